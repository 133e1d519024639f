"""Identity of cited documents, and the pages that answer "which plans carry out this directive?"."""

from __future__ import annotations

import json

from conftest import REPO, SEED_FILES, copy_project, run_cli
from site_builder.citations import find_citations
from site_builder.directives import DirectiveIndex
from site_builder.identity import document_key
from site_builder.models import Locality
from site_builder.paths import page_url
from site_builder.pipeline import load_site


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
    assert "Cơ quan chưa có kế hoạch trích dẫn văn bản này" not in page  # every issuer cites it
    kh88 = (site / by_symbol["88-KH/HU"][0]["url"] / "index.html").read_text(encoding="utf-8")
    assert "Cơ quan chưa có kế hoạch trích dẫn văn bản này" in kh88 and "UBND xã Đường An" in kh88

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
    site = load_site(tmp_path / "content", "thử")
    assert not site.diagnostics.errors
    index: DirectiveIndex = site.directives
    ct33 = next(d for d in index.documents.values() if d.symbol.text == "33/CT-TTg")
    tree = index.cascade(ct33)
    assert [(p.title, [c.title for c, _ in kids]) for p, kids in tree] == [("Kế hoạch của tỉnh", ["Kế hoạch của xã"])]
    kh172 = next(d for d in index.documents.values() if d.symbol.text == "172/KH-UBND")
    assert kh172.published is not None and kh172.published.title == "Kế hoạch của tỉnh"


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
    assert f"{plan}:5: cảnh báo: implements.0: văn bản «33/CT-TTg» được khai báo" in result.stdout
    assert f"{plan}:5: lỗi: implements.1: «không phải số» không phải số, ký hiệu" in result.stdout
    assert result.returncode == 1


def test_document_slugs_depend_on_each_document_alone():
    from types import SimpleNamespace

    from site_builder.directives import assign_slugs
    from site_builder.identity import DocumentKey

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
