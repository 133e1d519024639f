"""The portal's own search (issue 22, site_builder.portal.search): a short record of every member plan
answers a national query from the portal's index alone; once a province is chosen, its full text comes
from its member site's own index (pagefind/members.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import run_cli, search_page, serve
from test_portal import EXTRA_B, EXTRA_B_TEXT, SEEDS_A, SEEDS_B, member_site, portal_project

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser  # noqa: E402,F401  (the shared fixture, not a copy)

DUONG_AN = "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam/"  # member B, Hải Phòng
HOANG_HOP = "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"  # member A, Thanh Hoá


@pytest.fixture(scope="module")
def www(tmp_path_factory):
    """Members A and B and their portal under one local server: /a/, /b/, /portal/."""
    root = tmp_path_factory.mktemp("portal-search")
    for name, keep, extra in (("a", SEEDS_A, None), ("b", SEEDS_B, {EXTRA_B: EXTRA_B_TEXT})):
        project = member_site(root / "projects", name, keep, extra)
        shutil.copytree(project / "site", root / "www" / name)
    with serve(root / "www") as base:
        members = "sites:\n" + "".join(f"  - name: Tỉnh {n.upper()}\n    url: {base}/{n}/\n    data: ../www/{n}/data\n"
                                       for n in ("a", "b"))
        project = portal_project(root, members)
        result = run_cli("build", "-d", str(root / "www" / "portal"), cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr
        yield base, root / "www" / "portal"


def _status(tab) -> str:
    return tab.text_content(".sb-search-page .sb-search__status")


def test_records_of_every_member_plan_are_in_the_portals_index(www):
    base, site = www
    listing = json.loads((site / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    members = json.loads((site / "pagefind" / "members.json").read_text(encoding="utf-8"))["members"]
    # 2 + 4 plans of the members, and the portal's searched national pages, in its first bundle.
    national = sum(1 for p in (site / "toan-quoc" / "van-ban").rglob("index.html") if "trang-" not in p.as_posix())
    assert [b["pages"] for b in listing["bundles"]] == [6 + national]
    assert [(m["name"], m["search"]) for m in members] == [("Tỉnh A", f"{base}/a/pagefind/"), ("Tỉnh B", f"{base}/b/pagefind/")]
    assert "Hải Phòng" in members[1]["provinces"] and "Hải Phòng" not in members[0]["provinces"]
    # The policy lets the search page read the members' indexes, and nothing else.
    head = (site / "tim-kiem" / "index.html").read_text(encoding="utf-8")[:2048]
    assert f"connect-src 'self' {base}" in head


def test_a_national_query_is_answered_from_the_portal_alone(www, browser):
    base, _ = www
    tab = browser.new_page()
    asked = []
    tab.on("request", lambda request: asked.append(request.url))
    newest, older = search_page(tab, f"{base}/portal", "Hoằng Hợp")
    assert newest[0] == f"{base}/a/{HOANG_HOP}" and older == []  # the member's own page
    assert "Thực hiện công tác Dân vận chính quyền năm 2025" in tab.text_content(".sb-search-page .sb-result__title")
    # "dang uy" finds «Đảng ủy» (đ folded as on the members' own pages).
    found = search_page(tab, f"{base}/portal", "dang uy")[0]
    assert f"{base}/b/ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van/" in found
    assert [u for u in asked if u.startswith(base) and not u.startswith(f"{base}/portal/")] == []
    tab.close()


def test_a_chosen_province_searches_its_members_full_text(www, browser):
    """«khéo» is in the text of Đường An's plan (member B, Hải Phòng), not in its title: the national
    records do not hold it; with Hải Phòng chosen, member B's own index finds the plan."""
    base, _ = www
    tab = browser.new_page()
    assert f"{base}/b/{DUONG_AN}" not in sum(search_page(tab, f"{base}/portal", "khéo"), [])
    asked = []
    tab.on("request", lambda request: asked.append(request.url))
    newest, older = search_page(tab, f"{base}/portal", "khéo", tinh="Hải Phòng")
    assert f"{base}/b/{DUONG_AN}" in [urljoin(base, href) for href in newest + older]  # same origin: a path
    assert "Tìm trong toàn văn các kế hoạch trên trang Tỉnh B." in _status(tab)
    assert any(u.startswith(f"{base}/b/pagefind/") for u in asked)
    assert not any(u.startswith(f"{base}/a/pagefind/") for u in asked)
    tab.close()


def test_member_plans_are_untrusted_records(tmp_path):
    """A record whose title or cited numbers cannot be used is left out of the search only, named; text is
    kept as text (the browser shows it with textContent); the search needs nothing else of the plan."""
    from test_portal import _load, _messages

    good = {"url": "ke-hoach/2025/tot/", "title": "<b>Kế hoạch</b> tốt", "doc_type": "Kế hoạch", "number": "5/KH-UBND",
            "number_canonical": "5/KH-UBND", "issuer": "UBND xã Đông", "issued": "2025-03", "cites": ["33/CT-TTg"],
            "locality": {"province": "Nghệ An", "commune": "Đông"}}
    no_title = good | {"url": "ke-hoach/2025/khong-ten/", "title": None}
    bad_cites = good | {"url": "ke-hoach/2025/so-sai/", "cites": "33/CT-TTg"}
    portal, diags = _load(tmp_path, [], [], a_plans=[good, no_title, bad_cites])
    assert diags.errors == []
    assert [r.url for r in portal.records] == ["https://a.example.vn/ke-hoach/2025/tot/"]
    out = _messages(diags)
    assert "plans.2.title: thiếu trường này. Bỏ qua mục «plans.2» của «Tỉnh A»." in out
    assert "plans.3.cites: phải là danh sách các số, ký hiệu văn bản (chuỗi)." in out
    record = portal.records[0].pagefind()
    assert record["meta"]["title"] == "<b>Kế hoạch</b> tốt" and record["meta"]["site"] == "Tỉnh A"
    assert record["filters"] == {"province": ["Nghệ An"], "year": ["2025"], "type": ["Kế hoạch"]}
    assert "Kế hoạch số 5/KH-UBND" in record["content"] and "Căn cứ 33/CT-TTg" in record["content"]
    assert record["content"].endswith("CT-TTg Dông") and record["meta"]["sb_tail"] == "1"  # «Đông» folded, not in excerpts


def test_a_preview_indexes_a_members_changed_records_again(tmp_path):
    """`site-builder serve` on a portal: a member's data copied in again changes the records, and the
    bundle holding them is indexed again though no page of the portal was rendered again."""
    import gzip

    from site_builder.model.dates import PartialDate
    from site_builder.model.plans import Locality
    from site_builder.portal.search import NationalRecord, record_bundles
    from site_builder.publish.search_bundles import Bundle, bundle_of
    from site_builder.publish.search_index import BundleIndexer, pagefind_binary

    def records(title: str) -> list[NationalRecord]:
        return [NationalRecord("https://a.example.vn/ke-hoach/2025/x/", title, "Kế hoạch", "5/KH-UBND", "UBND xã Đông",
                               PartialDate(2025, 3, None), Locality(province="Nghệ An"), (), "Tỉnh A")]

    def titles(site: Path) -> list[str]:
        found = []
        for fragment in (site / "pagefind").glob("*/fragment/*"):
            data = gzip.decompress(fragment.read_bytes())
            found.append(json.loads(data[data.index(b"{"):])["meta"]["title"])
        return found

    site = tmp_path / "site"
    indexer = BundleIndexer(site, pagefind_binary(Path(__file__).resolve().parent.parent))
    bundles = [Bundle("van-ban", first=True)]
    bundles += record_bundles(records("Kế hoạch cũ"), bundles[0])
    indexer.begin(bundles, bundle_of(bundles))
    indexer.finish("1.6.0")
    assert titles(site) == ["Kế hoạch cũ"]
    again = [Bundle("van-ban", first=True)]
    again += record_bundles(records("Kế hoạch mới"), again[0])
    indexer.update(again, bundle_of(again), set(), "1.6.0")
    assert titles(site) == ["Kế hoạch mới"]
