"""Links inside a plan's text: `site-builder check` (and so the build) reports, in Vietnamese and with the
line of the link, a relative link to a file that is not in the content folder and a "#…" link to a
heading the plan does not have. MkDocs alone says it only while building, in English, without a line."""

from __future__ import annotations

import re
from html import unescape as html_unescape
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import REPO, SAMPLE_FRONT, SEED_FILES, copy_project, run_cli
from site_builder.check.content_links import TEMPLATE_IDS, links_and_ids
from site_builder.model.paths import page_url

PLAN = "ke-hoach/2025/lien-ket.md"
TEXT = SAMPLE_FRONT + """tasks:
  - {id: "bao-cao-1", task: "Báo cáo"}
---

## I. MỤC ĐÍCH

Xem [phụ lục](phu-luc-2.pdf) và [kế hoạch năm trước](../2024/khong-co.md), [mục II](#ii-noi-dung).
Ảnh ![sơ đồ](so-do.png) và [ngoài](../../../ngoai.pdf); [tham chiếu][pl3].

## II. NỘI DUNG THỰC HIỆN

## II. NỘI DUNG THỰC HIỆN

Những liên kết đúng: [bản có chữ ký](ban-ky.pdf), [kế hoạch khác](hoang-hop-dan-van-chinh-quyen.md),
[mục I](#i-muc-dich), [mục II lặp lại](#ii-noi-dung-thuc-hien_1), [nhiệm vụ](#nv-bao-cao-1), [lịch sử](#lich-su-thay-doi),
[Chỉ thị 33](../../van-ban/index.md), [theo năm](../../nam/index.md), [cơ quan](../../co-quan/index.md), [trang chủ](../../index.md),
[hướng dẫn](../../huong-dan/truong-thong-tin.md), [dữ liệu](../../data/plans.csv), [lạ](#ii-noi-dung-thuc-hien),
[web](https://example.vn/x.pdf), [thư](mailto:ubnd@example.vn), [gọi](tel:0123), <https://example.vn>,
[cùng tệp](lien-ket.md#i-muc-dich), [tệp%20có%20dấu cách](ban%20ky.pdf), [chính nó](.).

MkDocs để nguyên: [văn bản](../../van-ban/), [không đuôi](hoang-hop-dan-van-chinh-quyen#i-muc-dich), [gốc](../../).
Cũng vậy: [tuyệt đối](/ke-hoach/2025/ban-ky.pdf), [thư mục](../2025/), [tìm kiếm](../../tim-kiem/index.html).

Trong mã thì không phải liên kết: `[x](khong-co-1.pdf)`, và

    [y](khong-co-2.pdf)

[pl3]: phu-luc-3.pdf
"""


def _line_of(needle: str) -> int:
    return next(i for i, line in enumerate(TEXT.split("\n"), start=1) if needle in line)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("lien-ket"))
    (project / "content" / PLAN).write_text(TEXT, encoding="utf-8")
    (project / "content/ke-hoach/2025/ban-ky.pdf").write_bytes(b"%PDF-1.4\n")
    (project / "content/ke-hoach/2025/ban ky.pdf").write_bytes(b"%PDF-1.4\n")
    return project


EXPECTED = [  # (written in the line containing, message)
    ("[phụ lục]", 'liên kết "phu-luc-2.pdf" trỏ tới tệp không có trong thư mục nội dung (ke-hoach/2025/phu-luc-2.pdf)'),
    ("[phụ lục]", 'liên kết "../2024/khong-co.md" trỏ tới tệp không có trong thư mục nội dung (ke-hoach/2024/khong-co.md)'),
    ("[phụ lục]", 'liên kết "#ii-noi-dung" trỏ tới đề mục không có trong kế hoạch này. Có phải ý bạn là "#ii-noi-dung-thuc-hien"?'),
    ("![sơ đồ]", 'ảnh "so-do.png" trỏ tới tệp không có trong thư mục nội dung'),
    ("![sơ đồ]", 'liên kết "../../../ngoai.pdf" trỏ ra ngoài thư mục nội dung'),
    ("[pl3]:", 'liên kết "phu-luc-3.pdf" trỏ tới tệp không có trong thư mục nội dung'),  # the line of the definition
    # A folder, a name without ".md" or an absolute path: MkDocs leaves it as written; say what works.
    ("[văn bản]", 'liên kết "../../van-ban/" không ghi tên tệp nên trang web để nguyên, không dẫn tới đâu; '
                  'hãy viết "../../van-ban/index.md".'),
    ("[văn bản]", 'liên kết "hoang-hop-dan-van-chinh-quyen#i-muc-dich" không ghi tên tệp nên trang web để nguyên, '
                  'không dẫn tới đâu; hãy viết "hoang-hop-dan-van-chinh-quyen.md#i-muc-dich".'),
    ("[văn bản]", 'liên kết "../../" không ghi tên tệp nên trang web để nguyên, không dẫn tới đâu; hãy viết "../../index.md".'),
    ("[tuyệt đối]", 'liên kết "/ke-hoach/2025/ban-ky.pdf" là đường dẫn tuyệt đối nên trang web để nguyên, '
                    'có thể không dẫn tới đúng chỗ; hãy viết "ban-ky.pdf".'),
    ("[tuyệt đối]", 'liên kết "../2025/" trỏ tới tệp không có trong thư mục nội dung (ke-hoach/2025)'),
    # The search page is a template MkDocs renders, not one of its files: it cannot rewrite a link to it.
    ("[tuyệt đối]", 'liên kết "../../tim-kiem/index.html" trỏ tới tệp không có trong thư mục nội dung (tim-kiem/index.html)'),
]


def _link_findings(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if "liên kết" in line or ": ảnh " in line]


@pytest.mark.parametrize("command", [("check", f"content/{PLAN}"), ("check",)])
def test_broken_links_are_warned_about_with_file_and_line(project, command):
    result = run_cli(*command, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr  # a warning never stops publishing
    found = _link_findings(result.stdout)
    for needle, message in EXPECTED:
        prefix = f"content/{PLAN}:{_line_of(needle)}: cảnh báo: {message}"
        assert any(line.startswith(prefix) for line in found), f"{prefix!r} not in:\n" + "\n".join(found)
    # Nothing else: working links, absolute URLs and anything inside code are fine.
    assert len(found) == len(EXPECTED), "\n".join(found)


def test_the_build_reports_the_same_and_still_publishes(project):
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(_link_findings(result.stdout)) == len(EXPECTED), result.stdout
    assert (project / "site" / page_url(PLAN) / "index.html").is_file()


# Links the checker must judge as MkDocs does: relative to a plan in ke-hoach/2025/.
AS_BUILT = [
    "../../van-ban/", "../../van-ban/index.md", "../../co-quan/", "../../co-quan/index.md",
    "hoang-hop-dan-van-chinh-quyen", "hoang-hop-dan-van-chinh-quyen.md", "hoang-hop-dan-van-chinh-quyen/",
    "../../", "../../index.md", "../../huong-dan/truong-thong-tin", "../../huong-dan/truong-thong-tin.md",
    "../../nam/2025/", "../../nam/2025/index.md", "../../data/plans.csv", "../../tim-kiem/", "../../tim-kiem/index.html",
    "/van-ban/index.md", "/ke-hoach/2025/ban-ky.pdf", "ban-ky.pdf", "../2025/", ".", "./",
]


def test_a_link_is_accepted_exactly_when_the_built_site_reaches_its_target(tmp_path):
    """Build a plan with each link, follow the href MkDocs wrote from the page's address on a site served
    under a folder (as a project's GitHub Pages site is), and compare with what the checker said; a
    suggested path must be one that reaches its target."""
    project = copy_project(tmp_path / "p")
    rel = "ke-hoach/2025/duong-dan.md"
    body = " ".join(f"[L{i}]({url})" for i, url in enumerate(AS_BUILT))
    (project / "content" / rel).write_text(SAMPLE_FRONT + "---\n\n" + body + "\n", encoding="utf-8")
    (project / "content/ke-hoach/2025/ban-ky.pdf").write_bytes(b"%PDF-1.4\n")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    warned = {m.group(1): m.group(2) for m in re.finditer(rf'^content/{rel}:\d+: cảnh báo: liên kết "([^"]*)" (.*)$',
                                                         result.stdout, re.M)}
    html = (project / "site" / page_url(rel) / "index.html").read_text(encoding="utf-8")
    base = "https://example.vn/xa/"
    reached = {}
    for href, i in re.findall(r'<a href="([^"]*)"[^>]*>L(\d+)</a>', html):
        address = urlsplit(urljoin(base + page_url(rel), html_unescape(href))).path
        local = project / "site" / unquote(address.removeprefix(urlsplit(base).path))
        reached[AS_BUILT[int(i)]] = address.startswith(urlsplit(base).path) and (
            local.is_file() or (local / "index.html").is_file())
    assert set(reached) == set(AS_BUILT), html
    assert {url for url, ok in reached.items() if not ok} == set(warned), (reached, warned)
    for message in warned.values():
        suggested = re.search(r'hãy viết "([^"]*)"', message)
        assert suggested is None or reached.get(suggested.group(1)), message


@pytest.mark.parametrize("body, rendered", [
    ("Không có liên kết.", False),
    ("[a](https://example.vn/x.pdf), [b]( <mailto:a@example.vn>), [c][d], <https://example.vn>\n\n[d]:\n  tel:0123", False),
    ("[a](https://example.vn) [b](phu-luc.pdf)", True),
    ("[a](#muc-ii)", True),
    ("[![ảnh](https://example.vn/a.png)](so-do.png)", True),
    ("[a][d]\n\n[d]:\n  phu-luc.pdf", True),  # the URL of a definition on the next line
    ("- mục\n\n        [d]: phu-luc.pdf", True),  # a definition inside a list
])
def test_only_a_text_with_a_link_to_check_is_rendered(monkeypatch, body, rendered):
    """Rendering is most of the checker's time on a plan: skipped when every link has a scheme."""
    import site_builder.check.content_links as content_links
    from site_builder.model.diagnostics import Diagnostics
    from site_builder.load.frontmatter import RawDocument

    calls = []
    monkeypatch.setattr(content_links, "links_and_ids", lambda *args: calls.append(args) or ([], set()))
    content_links.check_links(RawDocument(PLAN, PLAN, {}, {}, body, 1, body), None, Diagnostics())
    assert bool(calls) == rendered


def test_the_seed_plans_have_no_link_warnings():
    result = run_cli("check", cwd=REPO)
    assert result.returncode == 0, result.stdout
    assert not _link_findings(result.stdout), result.stdout


def test_heading_anchors_use_the_sites_slugify_and_duplicate_suffixes(tmp_path):
    path = tmp_path / "muc.md"
    path.write_text(SAMPLE_FRONT + "---\n\n## MỤC ĐÍCH\n\n## Lặp\n\n## Lặp\n\n"
                    "[a](#muc-dich) [b](#lap_1) [c](#muc-ich) [d](#lap_2)\n", encoding="utf-8")
    result = run_cli("check", str(path))
    found = _link_findings(result.stdout)
    # "MỤC ĐÍCH" is "muc-dich" on the site (paths.toc_slugify), not Python-Markdown's default "muc-ich".
    assert {re.sub(r"^.*?cảnh báo: ", "", line) for line in found} == {
        'liên kết "#muc-ich" trỏ tới đề mục không có trong kế hoạch này. Có phải ý bạn là "#muc-dich"?',
        'liên kết "#lap_2" trỏ tới đề mục không có trong kế hoạch này. Có phải ý bạn là "#lap_1"?',
    }, result.stdout
    assert len(found) == 2 and all(line.startswith(f"{path}:17: cảnh báo: ") for line in found), found


@pytest.mark.parametrize("rel", sorted(SEED_FILES.values()))
def test_heading_ids_are_those_of_the_built_page(seed_site, rel):
    """The ids the checker computes are exactly the heading ids MkDocs gives the plan's page."""
    from site_builder.model.diagnostics import Diagnostics
    from site_builder.load.frontmatter import load

    raw = load(REPO / "content" / rel, rel, rel, Diagnostics())
    _, ids = links_and_ids(raw.body, raw.body_line)
    html = (seed_site / page_url(rel) / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    built = set(re.findall(r'<h[1-6][^>]* id="([^"]+)"', article)) - {"sb-tasks-title", "sb-history-title", "sb-feedback-title"}
    assert ids == built


def test_template_ids_exist_in_the_plan_templates():
    templates = "".join(p.read_text(encoding="utf-8") for p in (REPO / "site_builder/templates").rglob("*.html"))
    for name in TEMPLATE_IDS:
        assert f'id="{name}"' in templates


def test_the_open_data_files_are_known_by_name():
    from site_builder.model.site_map import is_generated

    for src in ("data/plans.json", "data/plans.csv", "data/han-chot.ics", "data/directives.json", "nam/2025/index.md",
                "index.md"):
        assert is_generated(src), src
    # Written after MkDocs (they hash its output): MkDocs never rewrites a link to them.
    for src in ("data/plan.json", "data/", "data/index.md", "nam/2025/", "tim-kiem/index.md", "data/SHA256SUMS",
                "data/manifest.json"):
        assert not is_generated(src), src
