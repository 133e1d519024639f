"""Identity of cited documents, and the pages that answer "which plans carry out this directive?"."""

from __future__ import annotations

import datetime as dt
import json
import re

from conftest import REPO, SAMPLE_FRONT, SEED_FILES, copy_project, run_cli
from site_builder.model.citations import find_citations
from site_builder.model.diagnostics import Diagnostics
from site_builder.render.directive_pages import directives_json
from site_builder.catalog.directives import DirectiveIndex
from site_builder.model.identity import document_key
from site_builder.model.plans import Locality
from site_builder.model.paths import page_url
from site_builder.stage.pipeline import check_files, load_site
from site_builder.model.settings import Settings


def _citation(text):
    (c,) = find_citations(text)
    return c


def test_of_ubnd_tinh_means_the_citing_plans_province():
    c = _citation("Kế hoạch số 172/KH-UBND ngày 26/6/2023 của UBND tỉnh về việc")
    thanh_hoa, _ = document_key(c, Locality(province="Thanh Hoá"), "a.md")
    quang_ngai, _ = document_key(c, Locality(province="Quảng Ngãi"), "b.md")
    named, _ = document_key(_citation("Kế hoạch số 172/KH-UBND ngày 26/6/2023 của UBND tỉnh Thanh Hóa về"), Locality(), "c.md")
    assert thanh_hoa != quang_ngai
    assert thanh_hoa == named  # "Thanh Hoá" and "Thanh Hóa" are one province


def test_national_issuers_need_only_symbol_and_year():
    c = _citation("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về")
    a, _ = document_key(c, Locality(province="Thanh Hoá"), "a.md")
    b, _ = document_key(c, Locality(province="Hải Phòng"), "b.md")
    assert a == b and a.body is None and a.year == 2021


def test_unresolvable_local_body_stays_with_its_plan():
    c = _citation("Kế hoạch số 175/KH-UBND ngày 24/12/2021 của Chủ tịch UBND tỉnh về")
    a, _ = document_key(c, Locality(), "a.md")
    b, _ = document_key(c, Locality(), "b.md")
    assert a != b


def test_seed_directives_pages(tmp_path):
    project = copy_project(tmp_path / "p")
    assert run_cli("build", cwd=project).returncode == 0
    site = project / "site"
    data = json.loads((site / "data" / "directives.json").read_text(encoding="utf-8"))
    by_symbol = {}
    for d in data:
        by_symbol.setdefault(d["symbol"], []).append(d)

    # Chỉ thị 33/CT-TTg: one page, cited by all five plans (one writes "33-CT/TTg", one gives no date).
    (ct33,) = by_symbol["33/CT-TTg"]
    assert {c["url"] for c in ct33["citing"]} == {page_url(rel) for rel in SEED_FILES.values()}
    page = (site / ct33["url"] / "index.html").read_text(encoding="utf-8")
    for rel in SEED_FILES.values():
        assert page_url(rel).rstrip("/").split("/")[-1] in page
    assert "Cấp xã" in page and "Triển khai thực hiện" in page
    assert "đều đã có kế hoạch trích dẫn văn bản này" in page  # every issuer cites it, and the page says so
    kh88 = (site / by_symbol["88-KH/HU"][0]["url"] / "index.html").read_text(encoding="utf-8")
    # A district's plan cited by a plan naming no province: no commune of another province owes it one (issue 20).
    assert "Cơ quan chưa có kế hoạch trích dẫn văn bản này" in kh88 and "không ghi tỉnh, thành phố" in kh88
    assert "UBND xã Đường An" not in kh88

    # Kết luận 114-KL/TW: every seed that cites it, including the one written "114- KL/TW".
    (kl114,) = by_symbol["114-KL/TW"]
    citing = {c["url"] for c in kl114["citing"]}
    assert page_url(SEED_FILES["002_83576d4c190ef1ef.txt"]) in citing
    assert page_url(SEED_FILES["001_b6ebb32041facff5.txt"]) in citing
    assert page_url(SEED_FILES["004_c1cb2d977fcd6646.txt"]) in citing

    # Same number, different bodies: 3177/QĐ-UBND of huyện Nghĩa Hành (2021) ≠ of Hải Phòng (2025).
    assert len(by_symbol["3177/QĐ-UBND"]) == 2

    # The plan page links its citations and lists what it carries out.
    plan_html = (site / page_url(SEED_FILES["000_566781da1b547808.txt"]) / "index.html").read_text(encoding="utf-8")
    assert 'class="sb-cite"' in plan_html
    assert ct33["url"].rstrip("/").split("/")[-1] in plan_html
    assert "Thực hiện văn bản" in plan_html

    index = (site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert "33/CT-TTg" in index and "Văn bản của trung ương" in index
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Tra cứu theo văn bản chỉ đạo" in home


def test_cascade_from_directive_to_commune_plan(tmp_path):
    content = tmp_path / "content" / "ke-hoach"
    content.mkdir(parents=True)
    (content / "tinh.md").write_text("""---
title: "Kế hoạch của tỉnh"
doc_type: "Kế hoạch"
number: "172/KH-UBND"
issuer: "UBND tỉnh Thanh Hóa"
issued: 2023-06-26
locality: {province: "Thanh Hóa"}
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.
""", encoding="utf-8")
    (content / "xa.md").write_text("""---
title: "Kế hoạch của xã"
doc_type: "Kế hoạch"
number: "5/KH-UBND"
issuer: "UBND xã Hoằng Hợp"
issued: 2023-08-01
locality: {province: "Thanh Hoá", commune: "Hoằng Hợp"}
---

Thực hiện Kế hoạch số 172/KH-UBND ngày 26/6/2023 của UBND tỉnh về việc triển khai Chỉ thị số 33/CT-TTg.
""", encoding="utf-8")
    site = load_site(Settings(tmp_path / "content", "thử"))
    assert not site.diagnostics.errors
    index: DirectiveIndex = site.directives
    ct33 = next(d for d in index.documents.values() if d.symbol.text == "33/CT-TTg")
    tree = index.cascade(ct33)
    assert [(p.title, [c.title for c, _ in kids]) for p, kids in tree] == [("Kế hoạch của tỉnh", ["Kế hoạch của xã"])]
    kh172 = next(d for d in index.documents.values() if d.symbol.text == "172/KH-UBND")
    assert kh172.published is not None and kh172.published.title == "Kế hoạch của tỉnh"
    # directives.json says so, for a portal to know the document's full text is on a member's site.
    records = {d["symbol"]: d for d in json.loads(directives_json(index))}
    assert records["172/KH-UBND"]["published"] == "ke-hoach/tinh/" and records["33/CT-TTg"]["published"] is None


# A plan (number 15/KH-UBND of UBND xã Thử, 2025) whose text names its own number in its heading and
# elsewhere, with or without its year and issuer; then last year's plan of that number, and another
# body's. Issue 22: only the last two are documents it cites.
OWN_NUMBER_BODY = """# Kế hoạch 15/KH-UBND về công tác dân vận năm 2025 (xã Thử)
Căn cứ văn bản số 21/CT-TW ngày 3/3/2025 của Ban Bí thư.

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.

Kế hoạch số 15/KH-UBND ngày 15/01/2025 của UBND xã, gửi đến các thôn.

Kế hoạch 15/KH-UBND của Ủy ban nhân dân xã Thử, có hiệu lực từ ngày ký.

Kế hoạch số 15/KH-UBND ngày 10/3/2024 của UBND xã đã kết thúc; Kế hoạch số 15/KH-UBND của UBND huyện Khác, cũng vậy.
"""
OWN_NUMBER_PLAN = SAMPLE_FRONT.replace("12/KH-UBND", "15/KH-UBND") + "---\n\n" + OWN_NUMBER_BODY


def test_a_plan_is_not_its_own_citation(tmp_path):
    path = tmp_path / "ke-hoach" / "2025" / "k.md"
    path.parent.mkdir(parents=True)
    path.write_text(OWN_NUMBER_PLAN, encoding="utf-8")
    diags = Diagnostics()
    (plan,), _ = check_files([path], tmp_path, dt.date(2025, 11, 24), diags, None)
    assert [(c.symbol.text, c.year, c.body) for c in plan.citations] == [
        ("21/CT-TW", 2025, "Ban Bí thư"), ("33/CT-TTg", 2021, "Thủ tướng Chính phủ"),
        ("15/KH-UBND", 2024, "UBND xã"), ("15/KH-UBND", None, "UBND huyện Khác")]
    # No date of issue: the year it is filed under tells last year's plan from this one.
    undated = OWN_NUMBER_PLAN.replace("issued: 2025-01-15\n", "")
    path.write_text(undated, encoding="utf-8")
    (plan,), _ = check_files([path], tmp_path, dt.date(2025, 11, 24), diags, None)
    assert [(c.symbol.text, c.year) for c in plan.citations if c.symbol.text == "15/KH-UBND"] == [
        ("15/KH-UBND", 2024), ("15/KH-UBND", None)]
    # A plan of a national series (a Chỉ thị of the Prime Minister published on its own page).
    ttg = SAMPLE_FRONT.replace("12/KH-UBND", "33/CT-TTg").replace('"Kế hoạch"', '"Chỉ thị"')
    path.write_text(ttg.replace("issued: 2025-01-15", "issued: 2021-11-26") + "---\n\nChỉ thị số 33/CT-TTg ngày "
                    "26/11/2021 của Thủ tướng Chính phủ; Chỉ thị số 33/CT-TTg ngày 01/02/2020 (đã hết hiệu lực).\n",
                    encoding="utf-8")
    (plan,), _ = check_files([path], tmp_path, dt.date(2025, 11, 24), diags, None)
    assert [(c.symbol.text, c.year) for c in plan.citations] == [("33/CT-TTg", 2020)]


def test_a_plan_repeating_its_own_number_cites_nothing_new(tmp_path):
    project = copy_project(tmp_path / "p")
    plan = project / "content" / "ke-hoach" / "2025" / "tu-nhac-so.md"
    plan.write_text(OWN_NUMBER_PLAN, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    documents = json.loads((site / "data" / "directives.json").read_text(encoding="utf-8"))
    own = [d for d in documents if d["symbol"] == "15/KH-UBND"]
    assert {(d["year"], d["body_key"]) for d in own} == {(2024, "ubnd xã thử"), (None, "ubnd huyện khác")}
    assert not any(c["url"] == "ke-hoach/2025/tu-nhac-so/" and d["year"] == 2025 for d in own for c in d["citing"])
    record = next(p for p in json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))["plans"]
                  if p["source"] == "ke-hoach/2025/tu-nhac-so.md")
    assert record["cites"] == ["21/CT-TW", "33/CT-TTg", "15/KH-UBND"]
    # The plan's own page links the documents it cites, and never a page of itself.
    html = (site / "ke-hoach" / "2025" / "tu-nhac-so" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="sb-cite" href="[./]*van-ban/([^"]*)/"[^>]*>([^<]*)</a>', html)
    assert links == [("21-ct-tw-2025", "văn bản số 21/CT-TW"), ("33-ct-ttg-2021", "Chỉ thị số 33/CT-TTg"),
                     ("15-kh-ubnd-2024-ubnd-xa-thu", "Kế hoạch số 15/KH-UBND"),
                     ("15-kh-ubnd-khong-ro-nam-ubnd-huyen-khac", "Kế hoạch số 15/KH-UBND")]
    assert not (site / "van-ban" / "15-kh-ubnd-2025-ubnd-xa-thu").exists()
    listed = run_cli("refs", str(plan))
    assert listed.returncode == 0, listed.stderr
    assert [line.split(": ", 1)[1].split(" · ")[0] for line in listed.stdout.splitlines() if ".md:" in line] == [
        "Văn bản 21/CT-TW", "Chỉ thị 33/CT-TTg", "Kế hoạch 15/KH-UBND", "Kế hoạch 15/KH-UBND"]
    assert "Không tính 3 lần văn bản nhắc đến số, ký hiệu của chính nó." in listed.stdout


def test_refs_command_prints_citations(tmp_path):
    import yaml

    from conftest import SEEDS

    checked = yaml.safe_load((REPO / "tests" / "data" / "seed_citations.yaml").read_text(encoding="utf-8"))
    for other in SEED_FILES:
        # Both forms list the hand-checked citations of the seed (test_citations_seeds.py), alike.
        listed = run_cli("refs", str(SEEDS / other))
        items = json.loads(run_cli("refs", "--json", str(SEEDS / other)).stdout)
        expected = sorted((e["line"], e["symbol"], e["date"] or "") for e in checked[other])
        assert sorted((i["line"], i["symbol"], i["date"] or "") for i in items) == expected, other
        rows = listed.stdout.splitlines()
        assert listed.returncode == 0 and rows[-1] == f"{len(expected)} trích dẫn."
        for row, item in zip(rows[:-1], items, strict=True):
            assert row.startswith(f"{SEEDS / other}:{item['line']}: {item['type']} {item['symbol']}"), (row, item)
            if item["date"]:
                assert f" · {item['date']}" in row
    seed = SEEDS / "000_566781da1b547808.txt"
    result = run_cli("refs", str(seed))
    assert result.returncode == 0, result.stderr
    assert "33/CT-TTg" in result.stdout and ":10:" in result.stdout
    as_json = run_cli("refs", "--json", str(seed))
    items = json.loads(as_json.stdout)
    assert {"symbol", "type", "issuer", "date", "body", "raw", "line"} <= set(items[0])
    assert items[0]["symbol"] == "33/CT-TTg" and items[0]["date"] == "2021-11-26"
    piped = run_cli("refs", "-", input_text="Thực hiện Chỉ thị số 33-CT/TTg của Thủ tướng Chính phủ về")
    assert "33/CT-TTg" in piped.stdout and "33-CT/TTg" in piped.stdout


def test_declared_but_never_mentioned_is_a_warning(tmp_path):
    plan = tmp_path / "a.md"
    plan.write_text("""---
title: "Kế hoạch thử"
doc_type: "Kế hoạch"
issuer: "UBND xã Thử"
implements: ["33/CT-TTg", "không phải số"]
---

Nội dung không trích dẫn gì.
""", encoding="utf-8")
    result = run_cli("check", str(plan))
    assert f"{plan}:5: cảnh báo: implements.1: văn bản «33/CT-TTg» được khai báo" in result.stdout
    assert f"{plan}:5: lỗi: implements.2: «không phải số» không phải số, ký hiệu" in result.stdout
    assert result.returncode == 1


def test_document_slugs_depend_on_each_document_alone():
    from types import SimpleNamespace

    from site_builder.catalog.directives import assign_slugs
    from site_builder.model.identity import DocumentKey

    def docs(*bodies):
        found = [SimpleNamespace(key=DocumentKey("12/KH-UBND", 2025, body)) for body in bodies]
        assign_slugs(found)
        return {d.key.body: d.slug for d in found}

    alone = docs("ubnd xã xuân hòa")
    assert alone == {"ubnd xã xuân hòa": "12-kh-ubnd-2025-ubnd-xa-xuan-hoa"}
    two = docs("ubnd xã xuân hòa", "ubnd xã xuân hóa")
    assert two == {"ubnd xã xuân hòa": "12-kh-ubnd-2025-ubnd-xax-xuaan-hoaf",
                   "ubnd xã xuân hóa": "12-kh-ubnd-2025-ubnd-xax-xuaan-hoas"}
    three = docs("ubnd xã xuân hóa", "ubnd xã xuấn hòa", "ubnd xã xuân hòa")
    assert {k: three[k] for k in two} == two  # a third alike moves neither
    # A numbered slug never takes another document's own: «phường 2» keeps its address.
    wards = docs("ubnd phường 2", "ubnd phường", "ubnd phuong")
    assert wards["ubnd phường 2"] == "12-kh-ubnd-2025-ubnd-phuong-2"
    assert len(set(wards.values())) == 3
