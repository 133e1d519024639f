"""A plan carrying attacks: nothing executable reaches the built site, every page has a
Content-Security-Policy that Chromium enforces without complaint, and secrets are refused."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import copy_project, run_cli, serve

HOSTILE = """---
title: "<script>alert('xss-title')</script> Kế hoạch \\" onmouseover=\\"alert('xss-attr')"
doc_type: "Kế hoạch"
issuer: "UBND xã <img src=x onerror=alert('xss-issuer')>"
description: "\\"><script>alert('xss-description')</script>"
signer: {name: "<b onclick=alert('xss-signer')>A</b>", title: "Chủ tịch"}
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.

<script>alert('xss-script')</script>

<p onclick="alert('xss-onclick')">Đoạn có thuộc tính sự kiện.</p>

[Bấm vào đây](javascript:alert('xss-js-link'))

<a href="javascript:alert('xss-js-a')">liên kết</a>

<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="xss-data-img">

<iframe src="https://example.com/xss-iframe"></iframe>

<style>body { background: url("https://example.com/xss-style") }</style>

<form id="xss-form" action="https://example.com/steal"><input name="xss-input"><button>Gửi</button></form>

<div class="cuoi-van-ban" markdown>
Nội dung hợp lệ vẫn còn: **chữ đậm** và [liên kết nội bộ](../../gioi-thieu.md).
</div>
"""

class _Elements(HTMLParser):
    """Every element and attribute the browser would see; text is only text."""

    def __init__(self, forms_allowed: bool):
        super().__init__()
        self.forms_allowed = forms_allowed
        self.bad: list[str] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction") and value.startswith(("javascript:", "data:")):
                self.bad.append(f"<{tag} {name}={value[:30]}>")
            if "xss" in value and name in ("name", "src", "action"):  # slugs in href and id may spell it
                self.bad.append(f"<{tag} {name}={value[:30]}>")
        if tag in ("iframe", "object", "embed") or (tag in ("form", "input", "button", "textarea", "select") and not self.forms_allowed):
            self.bad.append(f"<{tag}>")
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "xss" in data:
            self.bad.append(f"script/style containing {data[:40]!r}")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    (project / "content/ke-hoach/2025/tan-cong.md").write_text(HOSTILE, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_no_payload_survives_in_any_page(hostile_site):
    page = (hostile_site / "ke-hoach/2025/tan-cong/index.html").read_text(encoding="utf-8")
    assert "Đoạn có thuộc tính sự kiện." in page and "<strong>chữ đậm</strong>" in page  # content kept
    # Nothing executable on any page (the header's search box is our own form, so forms are
    # allowed outside the page content)...
    for html in hostile_site.rglob("*.html"):
        parser = _Elements(forms_allowed=True)
        parser.feed(html.read_text(encoding="utf-8"))
        assert parser.bad == [], f"{html.relative_to(hostile_site)}: {parser.bad}"
    # ...and in the hostile plan's own content, no form element either.
    article = page[page.index("<article"): page.index("</article>")]
    strict = _Elements(forms_allowed=False)
    strict.feed(article)
    assert strict.bad == []
    assert "xss-iframe" not in page and "xss-style" not in page and "example.com/steal" not in page


def test_front_matter_values_are_escaped(hostile_site):
    page = (hostile_site / "ke-hoach/2025/tan-cong/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;" in page or "&lt;script&gt;alert(&#x27;xss-title" in page
    assert "<script>alert('xss-title')" not in page
    assert "&lt;img src=x" in page  # the issuer, shown as text
    for listing in ("index.html", "nam/chua-ro-nam/index.html", "co-quan/index.html"):
        assert "<script>alert" not in (hostile_site / listing).read_text(encoding="utf-8")


def test_every_page_carries_a_content_security_policy(hostile_site):
    for html in hostile_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
        assert match, html
        policy = match.group(1)
        assert "default-src 'self'" in policy and "object-src 'none'" in policy and "'unsafe-eval'" not in policy
        assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]


@pytest.mark.parametrize(
    "body, line, words",
    [
        ("Nội dung.\n\n**TỐI MẬT**\n", 10, "dấu độ mật «TỐI MẬT»"),
        ("Độ mật: Mật\n", 8, "dấu độ mật"),
    ],
)
def test_secrecy_mark_is_an_error(tmp_path, body, line, words):
    path = tmp_path / "mat.md"
    path.write_text('---\ntitle: "A"\ndoc_type: "Kế hoạch"\nissuer: "UBND xã A"\n---\n\n' + "\n" + body, encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert f"{path}:{line}: lỗi: " in result.stdout and words in result.stdout


def test_personal_identifiers_are_warnings_naming_the_line(tmp_path):
    path = tmp_path / "ca-nhan.md"
    path.write_text('---\ntitle: "A"\ndoc_type: "Kế hoạch"\nissuer: "UBND xã A"\n---\n\nBí mật nhà nước.\n'
                    "Ông A, CCCD 038090001234, điện thoại 0912 345 678.\n", encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stdout  # warnings only: "bí mật" is not a secrecy mark
    assert f"{path}:8: cảnh báo: có dãy 12 chữ số «038090001234»" in result.stdout
    assert f"{path}:8: cảnh báo: có số điện thoại «0912 345 678»" in result.stdout


def test_chromium_reports_no_policy_violation(hostile_site):
    from test_browser import ARGS, CHROMIUM

    sync_api = pytest.importorskip("playwright.sync_api")
    pages = ["/", "/ke-hoach/2025/tan-cong/", "/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/", "/nam/",
             "/van-ban/", "/van-ban/33-ct-ttg-2021/", "/dia-ban/", "/go-bo/", "/du-lieu-mo/", "/tim-kiem/?q=d%C3%A2n+v%E1%BA%ADn",
             "/khong-co-trang-nay/"]
    with serve(hostile_site) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for path in pages:
            tab = browser.new_page()
            tab.add_init_script("window.__violations = [];"
                                "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")
            dialogs = []
            tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            tab.goto(base + path, wait_until="networkidle")
            if path.startswith("/tim-kiem/"):
                tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search-page .sb-search__status').textContent)")
            assert tab.evaluate("window.__violations") == [], path
            assert dialogs == [], path  # no alert() ran
            tab.close()
        browser.close()


_INLINE = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)


def test_no_page_carries_an_inline_script_and_the_policy_is_one_for_all(hostile_site):
    """The policy comes from the templates, not from the finished pages: it names no script hash, so
    it is the same for every page, and no page has an inline script it would have to allow."""
    policies = set()
    for html in hostile_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        inline = [m["body"][:60] for m in _INLINE.finditer(text)
                  if "src=" not in m["attrs"] and "application/json" not in m["attrs"]]
        assert inline == [], html
        policies.add(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text).group(1))
    assert len(policies) == 1 and "sha256-" not in policies.pop()


def test_material_scripts_are_loaded_from_files_as_material_writes_them():
    """Each of Material's inline scripts (partials/javascripts/) is shipped as a file with the same code,
    the page's values read from the tag; a Material upgrade that changes one fails here."""
    from importlib import resources

    material = Path(resources.files("material")) / "templates" / "partials" / "javascripts"
    ours = Path(resources.files("site_builder")) / "assets"
    tag_values = {'new URL("{{ config.extra.scope | d(base_url) }}",location)': "new URL(document.currentScript.dataset.scope,location)",
                  'base=new URL("{{ base_url }}")': "base=new URL(document.currentScript.dataset.base,location)"}
    names = {"base": ["base"], "announce": ["announce"], "consent": ["consent"], "outdated": ["outdated"],
             "palette": ["palette"], "content": ["content-tabs", "content"]}
    for partial, files in names.items():
        scripts = re.findall(r"<script>(.*?)</script>", (material / f"{partial}.html").read_text(encoding="utf-8"), re.S)
        assert len(scripts) == len(files), partial
        for script, name in zip(scripts, files):
            for template, value in tag_values.items():
                script = script.replace(template, value)
            code = [ln for ln in (ours / f"md-{name}.js").read_text(encoding="utf-8").splitlines() if not ln.startswith("//")]
            assert code == [script], name


def test_a_script_that_escapes_markup_is_still_blocked(hostile_site, tmp_path):
    """As if escaping had failed: a script and an event handler written into a built page do not run."""
    import shutil

    from test_browser import ARGS, CHROMIUM

    sync_api = pytest.importorskip("playwright.sync_api")
    site = tmp_path / "site"
    shutil.copytree(hostile_site, site)
    page = site / "ke-hoach" / "2025" / "tan-cong" / "index.html"
    html = page.read_text(encoding="utf-8")
    injected = ('<meta name="author" content=""><script>document.title="PWNED-HEAD"</script>',
                '<script>document.body.dataset.pwned="1"</script><img src="x" onerror="document.body.dataset.pwned=2">')
    html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + injected[0], 1)
    html = html.replace('<div class="sb-plan__text">', '<div class="sb-plan__text">' + injected[1], 1)
    assert injected[0] in html and injected[1] in html
    page.write_text(html, encoding="utf-8")
    with serve(site) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.add_init_script("window.__violations = [];"
                            "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));")
        tab.goto(base + "/ke-hoach/2025/tan-cong/", wait_until="networkidle")
        assert "PWNED" not in tab.title()
        assert tab.evaluate("document.body.dataset.pwned") is None
        assert len(tab.evaluate("window.__violations")) >= 3  # two scripts and the handler, each refused
        assert tab.evaluate("typeof __md_get") == "function"  # Material's own scripts ran, from their files
        browser.close()
