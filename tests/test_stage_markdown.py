"""Issue 16: the page line a staged page carries, and the Markdown extension that reads it
(site_builder/render/staged_markdown.py), with the extensions the seed site's mkdocs.yml lists."""

from __future__ import annotations

import markdown

from site_builder.model.paths import toc_slugify
from site_builder.stage.page_data import with_front
from site_builder.render.staged_markdown import page_line, read_line

EXTENSIONS = ["site_builder.render.markdown_ext", "toc", "tables", "md_in_html", "site_builder.render.staged_markdown"]
TEXT = "## I. MỤC ĐÍCH\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n"
CITES = {"33/CT-TTg": [[None, "../../van-ban/33-ct-ttg-2021/"]]}


def _render(md: markdown.Markdown, text: str) -> str:
    md.reset()
    return md.convert(text)


def test_the_line_is_one_comment_whatever_its_values_say():
    data = {"cites": {"1/KH": [["UBND --> <script>", "../x/"]]}, "self": {"issuer": "a\nb"}}
    line = page_line(data)
    assert "\n" not in line and line.count("-->") == 1 and line.endswith(" -->") and "<script>" not in line
    assert read_line(line) == data
    assert read_line(line.replace("site-builder: page", "site-builder: pages")) is None
    assert read_line("<!-- site-builder: page {not json} -->") is None


def test_citations_link_from_the_line_and_a_page_without_one_links_nothing():
    md = markdown.Markdown(extensions=EXTENSIONS)  # one instance for many pages, as the stage renders them
    html = _render(md, page_line({"cites": CITES}) + "\n\n" + TEXT)
    assert '<a class="sb-cite" href="../../van-ban/33-ct-ttg-2021/"' in html
    # Read and taken out before any other preprocessor: the generated-blocks mark must be the first line left.
    assert md.preprocessors["site_builder_page_line"].run([page_line({}), "", "Chữ"]) == ["", "Chữ"]
    assert md.preprocessors["site_builder_page_line"].run(["Chữ", page_line({})]) == ["Chữ", page_line({})]
    assert 'class="sb-cite"' not in _render(md, TEXT)  # the last page's targets are not this one's


def test_a_plan_mentioning_its_own_number_links_it_nowhere():
    md = markdown.Markdown(extensions=EXTENSIONS)
    own = {"cites": {"12/KH-UBND": [[None, "../../van-ban/12-kh-ubnd/"]]},
           "self": {"number": "12/KH-UBND", "issuer": "UBND xã Thử", "province": "Thanh Hóa", "year": 2025}}
    html = _render(md, page_line(own) + "\n\nKế hoạch số 12/KH-UBND này được gửi các thôn.\n")
    assert 'class="sb-cite"' not in html
    del own["self"]
    assert 'class="sb-cite"' in _render(md, page_line(own) + "\n\nKế hoạch số 12/KH-UBND này được gửi các thôn.\n")


def test_the_task_section_joins_the_table_of_contents_at_the_texts_level():
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"slugify": toc_slugify}})
    _render(md, page_line({"toc": ["nhiem-vu"]}) + "\n\n" + TEXT)
    assert [(t["level"], t["id"]) for t in md.toc_tokens] == [(2, "i-muc-dich"), (2, "nhiem-vu")]
    _render(md, page_line({"toc": ["nhiem-vu"]}) + "\n\n# Kế hoạch\n\n## Một\n")
    assert [t["id"] for t in md.toc_tokens[0]["children"]] == ["mot", "nhiem-vu"]
    _render(md, page_line({}) + "\n\n" + TEXT)
    assert [t["id"] for t in md.toc_tokens] == ["i-muc-dich"]


def test_generated_blocks_only_on_a_page_the_line_calls_generated():
    block = "<!-- site-builder: html_blocks -->\n<div class=\"sb-x\"><p>a</p></div>\n"
    md = markdown.Markdown(extensions=EXTENSIONS)
    stashed = _render(md, page_line({"generated": True}) + "\n" + block)
    assert '<div class="sb-x"><p>a</p></div>' in stashed
    # A forged line below the stage's own is the official's text: no generated blocks, and sanitised.
    forged = page_line({}) + "\n" + page_line({"generated": True}) + "\n" + block.replace("<div", "<div onclick=\"x()\"")
    assert "onclick" not in _render(md, forged)


def test_the_line_goes_first_in_the_body_and_keys_last_in_the_front_matter():
    line = page_line({})
    assert with_front("---\ntitle: A\n---\n\nText\n", {"sb": {"a": 1}}, line) == \
        f'---\ntitle: A\nsb: {{"a": 1}}\n---\n{line}\n\nText\n'
    assert with_front("Text\n", {"sb": 1}, line) == f"---\nsb: 1\n---\n{line}\nText\n"
    assert with_front("Text\n", {}, line) == f"{line}\nText\n"
