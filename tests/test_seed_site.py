"""Build the seed site with the real CLI and inspect the HTML a citizen receives."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SAMPLE_PLAN, SEED_FILES, copy_project, run_cli
from fidelity import split_front_matter
from site_builder.model.fields import json_schema
from site_builder.model.paths import page_url


def plan_meta(rel: str) -> dict:
    return yaml.safe_load(split_front_matter((REPO / "content" / rel).read_text(encoding="utf-8"))[0])


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.resources: list[str] = []
        self.in_primary_nav = 0
        self.nav_hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
            if self.in_primary_nav:
                self.nav_hrefs.append(attrs["href"])
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.resources.append(attrs["src"])
        if tag == "link" and attrs.get("href") and attrs.get("rel") not in ("canonical",):
            self.resources.append(attrs["href"])
        if tag == "nav" and "md-nav--primary" in (attrs.get("class") or ""):
            self.in_primary_nav = 1
        elif tag == "nav" and self.in_primary_nav:
            self.in_primary_nav += 1

    def handle_endtag(self, tag):
        if tag == "nav" and self.in_primary_nav:
            self.in_primary_nav -= 1

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def resolve(page: Path, href: str, site: Path) -> str:
    """Site-relative URL of a link found on `page`."""
    href = href.split("#")[0]
    target = (page.parent / href).resolve().relative_to(site.resolve()).as_posix()
    if href.endswith("/") or href in ("", "."):
        target += "/"
    return target.removesuffix("index.html").removeprefix("./")


def page_of(site: Path, rel: str) -> Path:
    return site / page_url(rel) / "index.html"


@pytest.mark.parametrize("rel", sorted(SEED_FILES.values()))
def test_each_plan_has_its_page_with_metadata(seed_site, rel):
    meta = plan_meta(rel)
    html = page_of(seed_site, rel).read_text(encoding="utf-8")
    text = " ".join(parse(page_of(seed_site, rel)).text)
    assert re.search(rf"<h1[^>]*>{re.escape(meta['title'])}</h1>", html)
    assert 'class="sb-meta"' in html
    assert meta["issuer"] in text
    assert meta["signer"]["name"] in text
    assert meta["signer"]["title"] in text
    if meta.get("number"):
        assert meta["number"] in text
    else:
        assert "Chưa có số" in text
    if meta.get("issued"):
        assert "Tháng 01 năm 2025" in text and 'datetime="2025-01"' in html
    # The full text follows the panel, with its section headings in the table of contents.
    assert html.index('class="sb-meta"') < html.index("<h2 id=")
    assert 'class="md-nav md-nav--secondary"' in html and "Mục lục" in html
    # The closing block keeps the recipients and the signature.
    assert 'class="noi-nhan"' in html and 'class="chu-ky"' in html


def test_listings_link_to_every_plan(seed_site):
    plan_urls = {page_url(rel) for rel in SEED_FILES.values()}

    def linked_from(pages: list[Path]) -> set[str]:
        found = set()
        for page in pages:
            found |= {resolve(page, h, seed_site) for h in parse(page).hrefs if not h.startswith(("http", "#"))}
        return found & plan_urls

    assert linked_from([seed_site / "index.html"]) == plan_urls
    for family in ("nam", "co-quan", "dia-ban"):
        index = seed_site / family / "index.html"
        children = {resolve(index, h, seed_site) for h in parse(index).hrefs if not h.startswith(("http", "#"))}
        children = [seed_site / c / "index.html" for c in children if c.startswith(family + "/") and c != family + "/"]
        assert children, family
        assert linked_from(children) == plan_urls, family


def _listed(site: Path, listing: str) -> set[str]:
    page = site / listing / "index.html"
    return {resolve(page, h, site) for h in parse(page).hrefs if "ke-hoach/" in h}


def test_listings_group_plans_honestly(seed_site):
    years = " ".join(parse(seed_site / "nam" / "index.html").text)
    assert "2025" in years and "Chưa rõ năm ban hành" in years
    # Four plans filed under ke-hoach/2025/ (three of them undated) are plans of 2025; the one with
    # neither a date nor a year anywhere is «chưa rõ năm».
    filed_2025 = {page_url(rel) for rel in SEED_FILES.values() if rel.startswith("ke-hoach/2025/")}
    assert len(filed_2025) == 4 and _listed(seed_site, "nam/2025") == filed_2025
    assert _listed(seed_site, "nam/chua-ro-nam") == {page_url(SEED_FILES["003_b7d91b333b96f748.txt"])}
    unknown = " ".join(parse(seed_site / "nam" / "chua-ro-nam" / "index.html").text)
    assert "(chưa có số)" in unknown
    # Under each province, the plans whose front-matter names it; the two that name none under «Chưa rõ».
    expected: dict[str, set[str]] = {}
    for rel in SEED_FILES.values():
        province = (plan_meta(rel).get("locality") or {}).get("province") or "Chưa rõ tỉnh/thành phố"
        expected.setdefault(province, set()).add(page_url(rel))
    assert len(expected["Chưa rõ tỉnh/thành phố"]) == 2
    index = (seed_site / "dia-ban" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<li><a href="([^"]+)/">([^<]+)</a> — (\d+) văn bản</li>', index)
    assert {label: int(count) for _, label, count in listed} == {p: len(urls) for p, urls in expected.items()}
    for folder, label, _ in listed:
        assert _listed(seed_site, f"dia-ban/{folder}") == expected[label], label


def test_plans_stay_out_of_the_sidebar(seed_site):
    for rel in SEED_FILES.values():
        nav = parse(page_of(seed_site, rel)).nav_hrefs
        assert nav, "the page has a primary navigation"
        assert not [h for h in nav if "ke-hoach/" in h], nav


def test_vietnamese_ui_and_no_request_leaves_the_origin(seed_site):
    for page in seed_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert '<html lang="vi"' in html, page
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
        for resource in parse(page).resources:
            assert not re.match(r"^(https?:)?//", resource), f"{page}: external resource {resource}"


class _YamlAsJson(yaml.SafeLoader):
    """YAML as a JSON Schema editor reads it: `2025-01-15` is a string, not a date."""


_YamlAsJson.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _schema_errors(value, schema: dict, where: str = "") -> list[str]:
    """The JSON Schema keywords plan.schema.json uses, checked by hand (no validator is installed)."""
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not _schema_errors(value, s, where)]
        return [] if len(matching) == 1 else [f"{where}: {len(matching)} of oneOf"]
    kinds = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}
    kind = schema.get("type")
    if kind and (not isinstance(value, kinds[kind]) or (kind in ("integer", "number") and isinstance(value, bool))):
        return [f"{where}: not {kind}"]
    errors = []
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: not one of {schema['enum']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{where}: does not match {schema['pattern']}")
    if "minimum" in schema and value < schema["minimum"] or "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{where}: out of range")
    if kind == "array":
        for i, item in enumerate(value):
            errors += _schema_errors(item, schema.get("items", {}), f"{where}[{i}]")
    if kind == "object":
        errors += [f"{where}.{key}: required" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in schema.get("properties", {}):
                errors += _schema_errors(item, schema["properties"][key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}.{key}: not allowed")
    return errors


def _keys(schema: dict, prefix: str = "") -> set[str]:
    """Every property name of the schema, nested ones as «locality.province»."""
    found = set()
    for key, sub in schema.get("properties", {}).items():
        found.add(prefix + key)
        inner = sub.get("items", sub)
        if inner.get("type") == "object" and not prefix:
            found |= _keys(inner, key + ".")
    return found


def test_field_guide_and_schema_are_published(seed_site):
    published = json.loads((seed_site / "data" / "plan-front-matter.schema.json").read_text(encoding="utf-8"))
    committed = json.loads((REPO / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    assert published == committed
    assert committed == json_schema(), "run: site-builder schema > schema/plan.schema.json"
    # What the schema says is what the checker accepts: every seed plan passes it, broken ones do not.
    for rel in SEED_FILES.values():
        meta = yaml.load(split_front_matter((REPO / "content" / rel).read_text(encoding="utf-8"))[0], _YamlAsJson)
        assert _schema_errors(meta, published) == [], rel
    sample = yaml.load(SAMPLE_PLAN.split("---")[1], _YamlAsJson)
    assert _schema_errors(sample, published) == []
    for broken in ({k: v for k, v in sample.items() if k != "title"}, {**sample, "isued": "2025-01-15"},
                   {**sample, "number": 12}, {**sample, "issued": "15/01/2025"}, {**sample, "locality": {"comune": "Thử"}}):
        assert _schema_errors(broken, published), broken
    # The field guide documents every field the schema has, nested ones too, each with its label.
    guide = " ".join(parse(seed_site / "huong-dan" / "truong-thong-tin" / "index.html").text)
    keys = _keys(published)
    assert {"title", "issued", "locality.province", "signer.name", "tasks.due"} <= keys
    for key in keys:
        assert key in guide, key
    for key, sub in published["properties"].items():
        assert sub["title"] in guide, key


def test_generated_pages_are_not_written_into_content(seed_site):
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    assert files(seed_site.parent / "content") == files(REPO / "content")


def test_no_template_or_source_is_published_as_a_file(seed_site):
    # MkDocs copies every non-HTML file of a theme folder: none of ours may be a template.
    assert not (seed_site / "feeds").exists()
    assert not list(seed_site.rglob("*.py")) and not list(seed_site.rglob("*.j2"))


# Two communes whose names differ only in a tone mark, and a third spelling of the first with the old
# placement of the mark ("Hoà" = "Hòa"): two issuers, so two pages, though all three slug alike.
TWO_COMMUNES = {
    "ke-hoach/2025/xuan-hoa.md": "UBND xã Xuân Hòa",
    "ke-hoach/2025/xuan-hoa-cu.md": "UBND xã Xuân Hoà",
    "ke-hoach/2025/xuan-hoa-khac.md": "UBND xã Xuân Hóa",
}


def test_issuers_whose_names_differ_only_in_tone_marks_get_their_own_pages(tmp_path):
    project = copy_project(tmp_path / "p")
    for path in (project / "content/ke-hoach").rglob("*.md"):
        path.unlink()
    for number, (rel, issuer) in enumerate(TWO_COMMUNES.items(), start=1):
        plan = SAMPLE_PLAN.replace("UBND xã Thử", issuer).replace("12/KH-UBND", f"{number}/KH-UBND")
        plan = plan.replace('"Kế hoạch thử"', f'"Kế hoạch của {issuer}"')
        plan = plan.replace("---\n\n", 'tasks:\n  - id: "a"\n    task: "Báo cáo"\n    lead: "Văn phòng"\n    due: 2025-09-30\n---\n\n', 1)
        (project / "content" / rel).write_text(plan, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"

    def plans_on(page: Path) -> set[str]:
        return {resolve(page, h, site) for h in parse(page).hrefs if "ke-hoach/" in h} & {page_url(r) for r in TWO_COMMUNES}

    # Told apart by the names typed in Telex; the address both names would share lists both.
    hoa, hoa_other = site / "co-quan/ubnd-xax-xuaan-hoaf-thanh-hoa/index.html", site / "co-quan/ubnd-xax-xuaan-hoas-thanh-hoa/index.html"
    assert plans_on(hoa) == {page_url("ke-hoach/2025/xuan-hoa.md"), page_url("ke-hoach/2025/xuan-hoa-cu.md")}
    assert plans_on(hoa_other) == {page_url("ke-hoach/2025/xuan-hoa-khac.md")}
    assert "Xuân Hóa" in " ".join(parse(hoa_other).text) and "Xuân Hóa" not in " ".join(parse(hoa).text)
    index = site / "co-quan/index.html"
    assert {u for u in (resolve(index, h, site) for h in parse(index).hrefs) if u.startswith("co-quan/ubnd")} == {
        "co-quan/ubnd-xax-xuaan-hoaf-thanh-hoa/", "co-quan/ubnd-xax-xuaan-hoas-thanh-hoa/"}
    alike = site / "co-quan/ubnd-xa-xuan-hoa/index.html"
    assert {resolve(alike, h, site) for h in parse(alike).hrefs if "ubnd-xax" in h} == {
        "co-quan/ubnd-xax-xuaan-hoaf-thanh-hoa/", "co-quan/ubnd-xax-xuaan-hoas-thanh-hoa/"}
    assert "Các cơ quan có tên gần giống nhau" in alike.read_text(encoding="utf-8")
    # «Văn phòng» of each commune is a unit of its own, under its issuer's slug.
    assert plans_on(site / "don-vi/ubnd-xax-xuaan-hoaf-thanh-hoa/van-phong/index.html") == {
        page_url("ke-hoach/2025/xuan-hoa.md"), page_url("ke-hoach/2025/xuan-hoa-cu.md")}
    assert plans_on(site / "don-vi/ubnd-xax-xuaan-hoas-thanh-hoa/van-phong/index.html") == {page_url("ke-hoach/2025/xuan-hoa-khac.md")}
    # Each plan page's panel links to its own issuer's page.
    for rel, issuer in TWO_COMMUNES.items():
        page = page_of(site, rel)
        html = page.read_text(encoding="utf-8")
        href = re.search(r'<dt>Cơ quan ban hành</dt><dd><a href="([^"]+)">', html)[1]
        assert resolve(page, href, site) == ("co-quan/ubnd-xax-xuaan-hoas-thanh-hoa/" if "Hóa" in issuer else "co-quan/ubnd-xax-xuaan-hoaf-thanh-hoa/")


def test_issuer_pages_depend_only_on_each_issuers_own_name_and_province():
    from site_builder.catalog.catalog import Catalog
    from site_builder.model.plans import Locality, Plan
    from site_builder.model.site_map import issuer_page

    def plan(issuer: str, province: str | None = None) -> Plan:
        return Plan(rel=f"ke-hoach/{issuer}-{province}.md", path="", title=issuer, doc_type="Kế hoạch", issuer=issuer,
                    locality=Locality(province=province))

    def pages(*plans: Plan) -> dict[tuple, str]:
        catalog = Catalog(list(plans))
        return {(p.issuer, p.locality.province): issuer_page(p) for p in plans}, catalog

    names = ["Đoàn xã A", "Doan xã A", "ĐOÀN  XÃ A", "Doan xã A 2", "Ủy ban nhân dân xã B", "UBND xã B"]
    for order in (names, list(reversed(names))):
        found, catalog = pages(*(plan(n) for n in order))
        assert found == {
            ("Doan xã A", None): "co-quan/doan-xax-a/index.md", ("Doan xã A 2", None): "co-quan/doan-xa-a-2/index.md",
            ("Đoàn xã A", None): "co-quan/ddoanf-xax-a/index.md", ("ĐOÀN  XÃ A", None): "co-quan/ddoanf-xax-a/index.md",
            ("Ủy ban nhân dân xã B", None): "co-quan/ubnd-xa-b/index.md", ("UBND xã B", None): "co-quan/ubnd-xa-b/index.md",
        }
        assert sorted(g.key for g in catalog.by_issuer) == ["ddoanf-xax-a", "doan-xa-a-2", "doan-xax-a", "ubnd-xa-b"]
        assert {slug: [g.key for g in alike] for slug, alike in catalog.shared_issuer_slugs.items()} == {
            "doan-xa-a": ["doan-xax-a", "ddoanf-xax-a"]}
    # A third name that slugs alike moves neither of the first two.
    found, _ = pages(plan("Đoàn xã A"), plan("Doan xã A"), plan("Doán xã A"))
    assert found[("Đoàn xã A", None)] == "co-quan/ddoanf-xax-a/index.md" and found[("Doán xã A", None)] == "co-quan/doans-xax-a/index.md"
    # One name in two provinces: two issuers, each shown with its province; a plan naming no province
    # is its issuer's when the name is known in one province only.
    found, catalog = pages(plan("UBND xã Tân Phú", "Đồng Nai"), plan("UBND xã Tân Phú", "Bình Phước"),
                           plan("UBND xã Hòa Bình", "Thanh Hóa"), plan("UBND xã Hòa Bình"))
    assert found[("UBND xã Tân Phú", "Đồng Nai")] == "co-quan/ubnd-xax-taan-phus-dong-nai/index.md"
    assert found[("UBND xã Tân Phú", "Bình Phước")] == "co-quan/ubnd-xax-taan-phus-binh-phuoc/index.md"
    # … and a third in one of those provinces, or the same name in a third province, moves neither.
    again, _ = pages(plan("UBND xã Tân Phú", "Đồng Nai"), plan("UBND xã Tân Phú", "Bình Phước"),
                     plan("UBND xã Tân Phù", "Đồng Nai"), plan("UBND xã Tân Phú", "Long An"))
    assert {k: v for k, v in again.items() if k in found} == {k: v for k, v in found.items() if k in again}
    assert found[("UBND xã Hòa Bình", None)] == found[("UBND xã Hòa Bình", "Thanh Hóa")] == "co-quan/ubnd-xa-hoa-binh/index.md"
    assert sorted(g.name for g in catalog.by_issuer) == [
        "UBND xã Hòa Bình", "UBND xã Tân Phú (Bình Phước)", "UBND xã Tân Phú (Đồng Nai)"]


def test_an_undated_plan_says_which_year_it_is_listed_under_and_why(seed_site):
    page = page_of(seed_site, SEED_FILES["002_83576d4c190ef1ef.txt"]).read_text(encoding="utf-8")
    assert "văn bản không ghi ngày; xếp vào năm 2025 theo thư mục lưu văn bản" in page
    assert '<span data-pagefind-filter="year">2025</span>' in page
    dated = page_of(seed_site, SEED_FILES["000_566781da1b547808.txt"]).read_text(encoding="utf-8")
    assert "xếp vào năm" not in dated  # «tháng 01 năm 2025» says its year itself
    records = {r["url"]: r for r in json.loads((seed_site / "data" / "plans.json").read_text(encoding="utf-8"))["plans"]}
    years = {url: (r["year"], r["year_source"]) for url, r in records.items()}
    assert years[page_url(SEED_FILES["002_83576d4c190ef1ef.txt"])] == (2025, "thư mục")
    assert years[page_url(SEED_FILES["000_566781da1b547808.txt"])] == (2025, "ngày ban hành")
    assert years[page_url(SEED_FILES["003_b7d91b333b96f748.txt"])] == (None, None)


@pytest.mark.parametrize("rel, title, expected", [
    ("ke-hoach/2024/x.md", "Công tác năm 2025", (2024, "thư mục")),  # the folder is the official's choice
    ("ke-hoach/chua-ro-nam/x.md", "Công tác dân vận năm 2025", (2025, "trích yếu")),
    ("ke-hoach/chua-ro-nam/x.md", "Giai đoạn năm 2021 đến năm 2025", (None, None)),  # two years: no guess
    ("ke-hoach/x.md", "Kế hoạch 5 năm", (None, None)),
    ("ke-hoach/1800/x.md", "Năm 1999", (1999, "trích yếu")),
])
def test_the_year_a_plan_is_filed_under(rel, title, expected):
    from site_builder.check.validate import filed_year_of

    assert filed_year_of(rel, title) == expected
