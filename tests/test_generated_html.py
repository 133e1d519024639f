"""Generated pages write their bulky parts (tables, lists of plans, the pager) as raw HTML blocks
(issue 9: Python-Markdown's inline processing of escaped table cells and links cost more than the
plans themselves). What that must not change: every front-matter value is text, escaped exactly
once; links are the final URLs MkDocs would have written; only what the sanitiser allows is used;
headings stay Markdown (table of contents); plan titles on a document page stay out of search."""

from __future__ import annotations

import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_cli
from site_builder.render import html_blocks, listings
from site_builder.render.listings import page_src
from site_builder.model.paths import page_url
from site_builder.stage.pipeline import load_site
from site_builder.model.settings import Settings
from site_builder.render.sanitize import ATTRIBUTES, TAGS

EPOCH = "1764000000"  # 2025-11-24: the task below (due 03/9/2025) is overdue
HOSTILE = 'A <b>x</b> & "q" | * _ [y](z)'
HOSTILE_UNIT = 'Tổ <i>1</i> & "co" | *x*'
HOSTILE_TASK = "Việc *một* <b>đậm</b> & [y](z) | `mã`"
PLAN = "ke-hoach/2025/thu-nghiem.md"


def _hostile_plan() -> str:
    return f"""---
title: {json.dumps(HOSTILE)}
doc_type: "Kế hoạch"
number: "7/KH-UBND"
issuer: "UBND xã Thử"
issued: 2025-03-01
locality: {{province: "Thanh Hóa", commune: "Thử"}}
tasks:
  - id: "a"
    task: {json.dumps(HOSTILE_TASK)}
    lead: {json.dumps(HOSTILE_UNIT)}
    due: 2025-09-03
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("generated-html"))
    (project / "content" / PLAN).write_text(_hostile_plan(), encoding="utf-8")
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


class _Article(HTMLParser):
    """The content of a built page: links (href, text) and the text of each table cell."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article class="md-content__inner …">
        self.links: list[tuple[str, str]] = []
        self.cells: list[str] = []
        self._a: list | None = None
        self._td: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self.depth = 1
        elif self.depth and tag == "article":
            self.depth += 1
        if not self.depth:
            return
        if tag == "a":
            self._a = [attrs.get("href") or "", ""]
        elif tag == "td":
            self._td = []

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "article":
            self.depth -= 1
        elif tag == "a" and self._a is not None:
            self.links.append((self._a[0], self._a[1]))
            self._a = None
        elif tag == "td" and self._td is not None:
            self.cells.append("".join(self._td).strip())
            self._td = None

    def handle_data(self, data):
        if self._a is not None:
            self._a[1] += data
        if self._td is not None:
            self._td.append(data)


def _article(site: Path, url: str) -> tuple[_Article, str]:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    parser = _Article()
    parser.feed(html)
    return parser, html


def _resolve(url: str, href: str) -> str:
    """A relative href on the page at `url` as a URL from the site root ("" is the home page)."""
    path = posixpath.normpath(posixpath.join(url, href.split("#")[0]))
    return "" if path == "." else path + "/"


PLAN_URL = page_url(PLAN)


@pytest.mark.parametrize("url", ["van-ban/33-ct-ttg-2021/", "nam/2025/", "co-quan/ubnd-xa-thu/", "dia-ban/thanh-hoa/",
                                 "han-chot/", "han-chot/thanh-hoa/"])
def test_a_hostile_title_is_literal_text_escaped_once(site, url):
    page, html = _article(site, url)
    # The title is the text of a link to its plan, character for character: not bold, not a link of
    # its own, no table cell split at "|", and no entity shown as "&amp;".
    assert (PLAN_URL, HOSTILE) in [(_resolve(url, h), t) for h, t in page.links], page.links
    assert "<b>x</b>" not in html and "&amp;amp;" not in html and "&amp;lt;" not in html
    assert "A &lt;b&gt;x&lt;/b&gt; &amp; \"q\" | * _ [y](z)</a>" in html


def test_a_hostile_title_in_the_directive_table_stays_in_its_cell(site):
    page, html = _article(site, "van-ban/33-ct-ttg-2021/")
    row = page.cells[page.cells.index(HOSTILE):][:6]
    assert row == [HOSTILE, "UBND xã Thử", "Thử, Thanh Hóa", "ngày 01 tháng 03 năm 2025", "7/KH-UBND", "thực hiện"]
    assert '<td data-label="Ngày ban hành"><span data-sort="2025-03-01">ngày 01 tháng 03 năm 2025</span></td>' in html


def test_task_tables_show_task_and_unit_as_text(site):
    for url in ("han-chot/", "han-chot/thanh-hoa/"):
        page, html = _article(site, url)
        task = next(t for h, t in page.links if h.endswith(PLAN_URL + "#nv-a"))
        assert task == HOSTILE_TASK  # no emphasis, no link, no code: the words the plan gives
        assert HOSTILE_UNIT in [t for _, t in page.links]
        assert "<em>một</em>" not in html and "<code>mã</code>" not in html
    units, _ = _article(site, "don-vi/")
    assert HOSTILE_UNIT in [t for _, t in units.links]
    unit_page = [h for h, t in units.links if t == HOSTILE_UNIT][0]
    page, _ = _article(site, _resolve("don-vi/", unit_page))
    assert HOSTILE in [t for _, t in page.links] and HOSTILE_TASK in [t for _, t in page.links]


def test_headings_stay_in_the_table_of_contents(site):
    _, html = _article(site, "van-ban/33-ct-ttg-2021/")
    toc = html[html.index('<nav class="md-nav md-nav--secondary"'):]
    toc = toc[:toc.index('<article class="md-content__inner')]
    for anchor in ("#cac-ke-hoach-trich-dan-6", "#cap-tinh", "#cap-xa", "#trien-khai-thuc-hien"):
        assert f'href="{anchor}"' in toc, anchor


def test_plan_titles_on_a_document_page_are_not_indexed(site):
    """Everything after the facts of a cited document is data-pagefind-ignore, headings included."""

    class Indexed(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack: list[tuple[bool, bool]] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in ("br", "img", "hr", "meta", "link", "input", "col"):
                return
            names = {k for k, _ in attrs}
            body, ignored = self.stack[-1] if self.stack else (False, False)
            self.stack.append((body or "data-pagefind-body" in names, ignored or "data-pagefind-ignore" in names))

        def handle_endtag(self, tag):
            if tag not in ("br", "img", "hr", "meta", "link", "input", "col") and self.stack:
                self.stack.pop()

        def handle_data(self, data):
            if self.stack and self.stack[-1] == (True, False) and data.strip():
                self.text.append(data.strip())

    parser = Indexed()
    parser.feed((site / "van-ban/33-ct-ttg-2021/index.html").read_text(encoding="utf-8"))
    indexed = " ".join(parser.text)
    assert "Chỉ thị số 33/CT-TTg" in indexed and "Thủ tướng Chính phủ" in indexed
    for words in ("A <b>x</b>", "Các kế hoạch trích dẫn", "Cấp xã", "Triển khai thực hiện", "Hoằng Hợp", "Quan hệ"):
        assert words not in indexed, words


# -- the Markdown that generated pages hand to MkDocs ---------------------------------------------------
PER_PAGE = 5
PLANS = 12


def _small_plan(i: int) -> str:
    return f"""---
title: "Kế hoạch {i} <số> & \\"{i}\\""
doc_type: "Kế hoạch"
number: "{i + 1}/KH-UBND"
issuer: "UBND xã Xã {i % 3}"
issued: 2025-01-{i % 28 + 1:02d}
locality: {{province: "Thanh Hóa", commune: "Xã {i % 3}"}}
tasks:
  - id: "a"
    task: "Báo cáo {i}"
    lead: "Văn phòng"
    due: 2025-0{i % 9 + 1}-01
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    content = tmp_path_factory.mktemp("md") / "content"
    (content / "ke-hoach").mkdir(parents=True)
    for i in range(PLANS):
        (content / "ke-hoach" / f"k{i:02d}.md").write_text(_small_plan(i), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(listings, "PER_PAGE", PER_PAGE)
        result = load_site(Settings(content, "thử"))
    assert not result.diagnostics.errors
    return result


OURS = ("index.md", "nam/", "co-quan/", "dia-ban/", "van-ban/", "han-chot/", "don-vi/")
HREF = re.compile(r'<a href="([^"]*)">([^<]*)</a>')


def _ours(loaded):
    return [p for p in loaded.pages if p.src_uri.startswith(OURS)]


def _markdown():
    import markdown
    import yaml

    from site_builder.model.paths import toc_slugify

    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for ext in config["markdown_extensions"]:
        name, options = next(iter(ext.items())) if isinstance(ext, dict) else (ext, {})
        names.append(name)
        configs[name] = options or {}
    configs["toc"] = {**configs.get("toc", {}), "slugify": toc_slugify}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def test_generated_pages_use_raw_html_only_where_markdown_leaves_it_alone(loaded):
    md = _markdown()
    for page in _ours(loaded):
        text = page.markdown.split("\n---\n", 1)[1]
        assert " markdown>" not in text and 'markdown="' not in text, page.src_uri  # no md_in_html wrapper
        if page.src_uri != "index.md":
            assert "](" not in text, page.src_uri  # no Markdown link left in a listing
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if re.match(r"<(div|table|ul|p)\b", line):  # a raw block opens: at a line start, after a blank line
                assert i == 0 or lines[i - 1] == "" or lines[i - 1].startswith("<"), (page.src_uri, line)
        html = md.reset().convert(text)
        # Raw blocks came through whole: none wrapped in a paragraph, none shown as text.
        assert not re.search(r"<p>\s*<(div|ul|table|p)\b", html), page.src_uri
        assert not re.search(r"&lt;/?(div|ul|li|table|tr|td|th|a|p|span|strong|em|br)\b", html), page.src_uri
        assert html.count("<table>") == text.count("<table>") and html.count("<li>") >= text.count("<li>"), page.src_uri


def test_generated_html_uses_only_what_the_sanitiser_keeps(loaded):
    for page in _ours(loaded):
        for tag, attrs in re.findall(r"<([a-z0-9]+)((?:\s[^>]*)?)>", page.markdown):
            assert tag in TAGS, (page.src_uri, tag)
            for name in re.findall(r'\s([a-z-]+)(?:="[^"]*")?', attrs):
                assert name in ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set()), (page.src_uri, tag, name)


def test_values_are_escaped_once(loaded):
    for page in _ours(loaded):
        assert "&amp;amp;" not in page.markdown and "&amp;lt;" not in page.markdown and "\\&" not in page.markdown
        assert "<số>" not in page.markdown, page.src_uri
    year = "".join(p.markdown for p in loaded.pages if p.src_uri.startswith("nam/2025/"))
    assert year.count("Kế hoạch 0 &lt;số&gt; &amp; &quot;0&quot;</a>") == 1


def _target(loaded, here: str, href: str) -> str:
    """The source file an href on the page `here` leads to, through the URLs MkDocs gives them."""
    sources = {page_url(p.src_uri): p.src_uri for p in loaded.pages} | {page_url(p.rel): p.rel for p in loaded.plans}
    return sources[_resolve(page_url(here), href)]


@pytest.mark.parametrize("first, expected", [
    ("nam/2025/index.md", PLANS),
    ("dia-ban/thanh-hoa/index.md", PLANS),  # a heading per commune, repeated on a page that continues it
    ("van-ban/33-ct-ttg-2021/index.md", PLANS),
])
def test_pager_and_plan_links_are_final_urls(loaded, first, expected):
    by_src = {p.src_uri: p for p in loaded.pages}
    pages = [by_src[page_src(first, n)] for n in range(1, 100) if page_src(first, n) in by_src]
    assert len(pages) == -(-expected // PER_PAGE) > 1
    plans = []
    for number, page in enumerate(pages, 1):
        text = page.markdown.split("## Triển khai thực hiện")[0]  # the cascade repeats plans on page 1
        links = [(_target(loaded, page.src_uri, h), t) for h, t in HREF.findall(text)]
        plans += [target for target, _ in links if target.startswith("ke-hoach/")]
        prev = [target for target, t in links if t == "← Trang trước"]
        nxt = [target for target, t in links if t == "Trang sau →"]
        assert prev == ([page_src(first, number - 1)] * 2 if number > 1 else [])
        assert nxt == ([page_src(first, number + 1)] * 2 if number < len(pages) else [])
        assert f'<p class="sb-pages" data-pagefind-ignore>Trang {number}/{len(pages)}' in page.markdown
    assert sorted(plans) == sorted(f"ke-hoach/k{i:02d}.md" for i in range(PLANS))


def test_links_to_the_home_page_and_to_files():
    assert html_blocks.href("nam/2025/index.md", "index.md") == "../../"
    assert html_blocks.href("index.md", "nam/index.md") == "nam/"
    assert html_blocks.href("han-chot/index.md", "data/han-chot.ics") == "../data/han-chot.ics"
    assert html_blocks.href("van-ban/x/trang-2/index.md", "van-ban/x/index.md") == "../"
    assert html_blocks.href("han-chot/index.md", "ke-hoach/2025/a.md", "nv-1") == "../ke-hoach/2025/a/#nv-1"
    assert html_blocks.block("<ul>\n<li>a\n \n\nb</li>\n</ul>") == "\n<ul>\n<li>a\nb</li>\n</ul>\n\n"  # stays one block
    assert html_blocks.external("javascript:alert(1)", "x") is None
    assert html_blocks.external(' https://example.org/?a=1&b="2"', "x") == '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">x</a>'


# -- a removed plan's own Markdown, and file names that are not ASCII ---------------------------------
RAW_LOOKING = """Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.

<p>Phụ lục: các việc</p>
| Việc | Hạn |
|---|---|
| Báo cáo sơ kết | 30/6/2025 |
"""
KEPT = "ke-hoach/2025/kế hoạch giữ lại.md"
GONE = "ke-hoach/2025/ke-hoach-go.md"


def _plan_text(title: str, number: str) -> str:
    return f"""---
title: "{title}"
doc_type: "Kế hoạch"
number: "{number}"
issuer: "UBND xã Thử"
issued: 2025-03-01
locality: {{province: "Thanh Hóa", commune: "Thử"}}
---

{RAW_LOOKING}"""


@pytest.fixture(scope="module")
def history_site(tmp_path_factory) -> Path:
    """A git repository where a plan whose text has a raw HTML line before a Markdown table was
    removed, and a plan with the same text and a Vietnamese file name stays."""
    from test_provenance import git

    project = copy_project(tmp_path_factory.mktemp("removed-raw"))
    (project / "content" / KEPT).write_text(_plan_text("Kế hoạch giữ lại", "8/KH-UBND"), encoding="utf-8")
    (project / "content" / GONE).write_text(_plan_text("Kế hoạch đã gỡ", "9/KH-UBND"), encoding="utf-8")
    intro = project / "content" / "gioi-thieu.md"
    intro.write_text(intro.read_text(encoding="utf-8") + f"\n[Kế hoạch giữ lại](<{KEPT}>)\n", encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Đăng kế hoạch", date="2025-03-02T09:00:00+07:00")
    git(project, "rm", "-q", f"content/{GONE}")
    git(project, "commit", "-q", "-m", "Gỡ kế hoạch 9/KH-UBND", date="2025-04-02T09:00:00+07:00")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"




def test_a_removed_plan_reads_its_text_as_a_plan_page_does(history_site):
    """The removed plan's page is generated, but its text is an official's Markdown: the line of raw
    HTML before the table stays one paragraph and the table is a table, exactly as on a plan page."""
    kept, kept_html = _article(history_site, page_url(KEPT))
    gone, gone_html = _article(history_site, "go-bo/ke-hoach-2025-ke-hoach-go/")
    assert kept.cells == ["Báo cáo sơ kết", "30/6/2025"]
    assert gone.cells == kept.cells
    assert "|---|" not in gone_html and "| Việc | Hạn |" not in gone_html


def test_links_to_a_file_with_a_vietnamese_name_are_the_urls_mkdocs_writes(history_site):
    # MkDocs' own link, from a Markdown page, to the plan; then every generated page's link to it.
    intro, _ = _article(history_site, "gioi-thieu/")
    ours = [h for h, t in intro.links if t == "Kế hoạch giữ lại"]
    assert ours == ["../ke-hoach/2025/k%E1%BA%BF%20ho%E1%BA%A1ch%20gi%E1%BB%AF%20l%E1%BA%A1i/"]
    wanted = _resolve("gioi-thieu/", ours[0])
    for url in ("", "nam/2025/", "co-quan/ubnd-xa-thu/", "van-ban/33-ct-ttg-2021/"):
        page, _ = _article(history_site, url)
        links = [_resolve(url, h) for h, t in page.links if t == "Kế hoạch giữ lại"]
        assert links and set(links) == {wanted}, (url, links)
    assert (history_site / "ke-hoach/2025/kế hoạch giữ lại/index.html").is_file()


def test_urls_dates_and_front_matter_of_untrusted_text():
    assert html_blocks.href("nam/2025/index.md", "ke-hoach/kế hoạch 1.md", "mục 2") == \
        "../../ke-hoach/k%E1%BA%BF%20ho%E1%BA%A1ch%201/#m%E1%BB%A5c%202"
    assert html_blocks.web_url("http://[::1") is None  # urlsplit raises on it
    assert html_blocks.web_url("https://a.vn\\@evil.example/") is None  # a browser's "/" is not urlsplit's
    assert html_blocks.web_url("https://a.vn/x y") is None and html_blocks.web_url("https://") is None
    assert html_blocks.web_url(" HTTPS://a.vn/van-ban(16) ") == "HTTPS://a.vn/van-ban(16)"
    assert html_blocks.date_cell("2025-03", "tháng 03 năm 2025") == '<span data-sort="2025-03">tháng 03 năm 2025</span>'
    assert html_blocks.date_cell(None, None) == html_blocks.date_cell("2025", None) == '<span data-sort="">chưa rõ</span>'
    # YAML refuses a few characters JSON writes as they are (DEL, U+FFFE) and reads others as line
    # breaks; a lone surrogate cannot be written at all. The front-matter must still be read as written.
    import yaml

    title = 'Kế hoạch\x7f "một"\x85 hai\u2028\ufffe \ud800 \x01\\'
    values = yaml.safe_load(listings.front_matter(title, "mô tả", {"sb_page": {"number": 1}}).split("---")[1])
    assert values == {"title": title.replace("\ud800", "\ufffd"), "description": "mô tả", "sb_page": {"number": 1}}


def test_directory_urls_are_required():
    assert html_blocks.directory_urls_problem({"use_directory_urls": True}) is None
    assert html_blocks.directory_urls_problem({"use_directory_urls": False, "config_file_path": "/x/mkdocs.yml"}) == (
        "mkdocs.yml: «use_directory_urls: false» không dùng được với plugin site-builder: các trang được tạo liên kết "
        "đến nhau bằng địa chỉ thư mục (ví dụ «ke-hoach/2025/ten/»). Hãy xoá dòng này hoặc ghi «use_directory_urls: true».")


def test_a_site_without_directory_urls_is_refused(tmp_path):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("use_directory_urls: true", "use_directory_urls: false"),
                      encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "«use_directory_urls: false» không dùng được với plugin site-builder" in result.stdout + result.stderr
    assert not (project / "site").exists()
