"""The citation parser on the forms real text uses, and properties that must hold for any input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.model.citations import canonical_symbol, find_citations


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("33/CT-TTg", "33/CT-TTg"),
        ("33-CT/TTg", "33/CT-TTg"),  # party shape with a state issuer
        ("33/ct-ttg", "33/CT-TTg"),
        ("33 / CT - TTg", "33/CT-TTg"),
        ("33/CT–TTg", "33/CT-TTg"),  # en dash
        ("61/2018/NĐ-CP", "61/2018/NĐ-CP"),
        ("61/2018/ND-CP", "61/2018/NĐ-CP"),  # ASCII ND
        ("12/QD-UBND", "12/QĐ-UBND"),
        ("10/2022/QH15", "10/2022/QH15"),
        ("1520/UBND-NC", "1520/UBND-NC"),  # công văn: no type code
        ("1669/NQUBTVQH15", "1669/NQ-UBTVQH15"),  # missing hyphen
        ("114-KL/TW", "114-KL/TW"),
        ("114- KL/TW", "114-KL/TW"),
        ("88-KH/HU", "88-KH/HU"),
        ("69-QĐi/TW", "69-QĐi/TW"),  # case-significant code
        ("30c/NQ-CP", "30c/NQ-CP"),
        ("13-ĐA/TU", "13-ĐA/TU"),
        ("13-DA/TU", "13-DA/TU"),  # Dự án, not Đề án: Đ is never folded
    ],
)
def test_canonical_forms(raw, canonical):
    symbol = canonical_symbol(raw)
    assert (symbol.text if symbol else None) == canonical


def test_hd_and_hđ_stay_different():
    assert canonical_symbol("5/HĐ-UBND").text == "5/HĐ-UBND"
    assert canonical_symbol("5/HD-UBND").text == "5/HD-UBND"


def test_citation_fields_from_running_text():
    text = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc tăng cường;"
    (c,) = find_citations(text)
    assert (c.symbol.text, c.type, c.date, c.body, c.raw, c.line) == (
        "33/CT-TTg", "Chỉ thị", "2021-11-26", "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg", 1,
    )
    assert c.symbol.issuers == ("TTg",) and c.symbol.national and not c.nonstandard


def test_symbol_broken_across_a_page_break():
    text = "Kế hoạch số 123/KH-\n\nUBND ngày 30/6/2023 của UBND huyện Hoằng Hoá về việc"
    (c,) = find_citations(text)
    assert c.symbol.text == "123/KH-UBND" and c.date == "2023-06-30" and c.body == "UBND huyện Hoằng Hoá"
    assert c.nonstandard


def test_a_title_stops_at_the_end_of_its_heading():
    """Issue 22: the plan's heading, then its first paragraph on the next line."""
    text = "# Kế hoạch 1/KH-BCĐ về triển khai công tác dân vận năm 2025 (Nghệ An)\nCăn cứ văn bản số 21/CT-TW, ngày 3/3/2025"
    first, second = find_citations(text)
    assert first.subject == "về triển khai công tác dân vận năm 2025 (Nghệ An)"
    assert second.symbol.text == "21/CT-TW"
    # A setext heading ends its line too, and a body never reads into the heading below it.
    (c,) = find_citations("Kế hoạch số 5/KH-UBND về công tác dân vận\n===\nCăn cứ luật")
    assert c.subject == "về công tác dân vận"
    (c,) = find_citations("Thực hiện Kế hoạch số 5/KH-UBND của UBND huyện Thử\n## Nhiệm vụ chung về tổ chức")
    assert (c.body, c.subject) == ("UBND huyện Thử", None)


def test_a_title_stops_at_the_end_of_its_paragraph():
    text = ("Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về tăng cường công tác dân vận\n\n"
            "UBND xã ban hành kế hoạch thực hiện như sau")
    (c,) = find_citations(text)
    assert c.subject == "về tăng cường công tác dân vận"
    # Within a paragraph a line end is only the text wrapping.
    (c,) = find_citations(text.replace("công tác dân vận\n\n", "công tác\ndân vận; "))
    assert c.subject == "về tăng cường công tác dân vận"
    # A title that would start in the next paragraph is not this citation's.
    (c,) = find_citations("Căn cứ Kế hoạch số 5/KH-UBND\n\nvề việc khác ở đoạn sau")
    assert c.subject is None


def test_an_issuing_body_reads_on_across_a_line_of_converted_pdf():
    """Text converted from PDF has a blank line after every line (seeds 003, 004); a body is a short name."""
    (c,) = find_citations("Thực hiện Kế hoạch số 175/KH-UBND ngày 24/12/2021 của Chủ tịch \n\nUBND tỉnh về thực hiện")
    assert c.body == "Chủ tịch UBND tỉnh" and c.subject == "về thực hiện"


def test_a_body_ends_before_its_verb():
    (c,) = find_citations("Kế hoạch số 45/KH-UBND ngày 12/01/2026 của UBND xã được gửi đến các thôn.")
    assert c.body == "UBND xã"


def test_several_numbers_after_one_type_name():
    cs = find_citations("các Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 02/01/2014 của Bộ Chính trị")
    assert [c.symbol.text for c in cs] == ["217-QĐ/TW", "218-QĐ/TW"]
    assert all(c.type == "Quyết định" and c.body == "Bộ Chính trị" for c in cs)


ND59 = "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"


@pytest.mark.parametrize("text, expected", [
    # A body named before the list belongs to every item; each item keeps its own date.
    ("Căn cứ các Nghị định của Chính phủ: số 59/2023/NĐ-CP ngày 14/8/2023; số 61/2023/NĐ-CP ngày 16/8/2023 quy định.",
     [("59/2023/NĐ-CP", "2023-08-14", "Chính phủ", 1), ("61/2023/NĐ-CP", "2023-08-16", "Chính phủ", 1)]),
    # A date and body stated after the last number are shared by the numbers before it.
    ("Thực hiện các Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
     [("217-QĐ/TW", "2013-12-12", "Bộ Chính trị", 1), ("218-QĐ/TW", "2013-12-12", "Bộ Chính trị", 1)]),
    # «; số …» continues the citation before it, on its own line, with its type and body.
    (f"Căn cứ {ND59};\nsố 61/2023/NĐ-CP ngày 16/8/2023.",
     [("59/2023/NĐ-CP", "2023-08-14", "Chính phủ", 1), ("61/2023/NĐ-CP", "2023-08-16", "Chính phủ", 2)]),
    # … the nearest one, when another citation stands between.
    ("Căn cứ Nghị định số 59/2023/NĐ-CP; Kế hoạch số 5/KH-UBND ngày 02/01/2025 của UBND huyện; số 7/KH-UBND.",
     [("59/2023/NĐ-CP", None, None, 1), ("5/KH-UBND", "2025-01-02", "UBND huyện", 1), ("7/KH-UBND", None, "UBND huyện", 1)]),
    ("Căn cứ Nghị định số 59/2023/NĐ-CP; số 61/2023/NĐ-CP.", [("59/2023/NĐ-CP", None, None, 1), ("61/2023/NĐ-CP", None, None, 1)]),
    ("Mở đầu. " * 60 + f"Căn cứ {ND59}; số 61/2023/NĐ-CP.",  # far into the text, close to each other
     [("59/2023/NĐ-CP", "2023-08-14", "Chính phủ", 1), ("61/2023/NĐ-CP", None, "Chính phủ", 1)]),
    # Up to 300 characters after the number, «; số …» continues it; further, it is no citation.
    ("Căn cứ Nghị định số 59/2023/NĐ-CP" + " x" * 150 + "; số 61/2023/NĐ-CP.",
     [("59/2023/NĐ-CP", None, None, 1), ("61/2023/NĐ-CP", None, None, 1)]),
    ("Căn cứ Nghị định số 59/2023/NĐ-CP" + " x" * 150 + " ; số 61/2023/NĐ-CP.", [("59/2023/NĐ-CP", None, None, 1)]),
    (f"Căn cứ {ND59}." + " x" * 160 + "; số 61/2023/NĐ-CP.", [("59/2023/NĐ-CP", "2023-08-14", "Chính phủ", 1)]),
    ("Chỉ thị số 33/CT-TTg, số 34/CT-TTg và 35/CT-TTg.", [("33/CT-TTg", None, None, 1), ("34/CT-TTg", None, None, 1),
                                                        ("35/CT-TTg", None, None, 1)]),
])
def test_lists_of_numbers_share_type_date_and_body_as_written(text, expected):
    found = find_citations(text)
    assert [(c.symbol.text, c.date, c.body, c.line) for c in found] == expected
    assert all(c.raw.startswith(c.type) for c in found)
    assert found[-1].type == ("Kế hoạch" if "KH-UBND" in expected[-1][0] else found[0].type)
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_date_in_words_and_number_with_colon():
    (c,) = find_citations("Kết luận số: 120-KL/TW ngày 07 tháng 01 năm 2016 của Bộ Chính trị")
    assert (c.symbol.text, c.date, c.body) == ("120-KL/TW", "2016-01-07", "Bộ Chính trị")


def test_decomposed_text_is_found():
    text = unicodedata.normalize("NFD", "Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về")
    (c,) = find_citations(text)
    assert c.symbol.text == "33/CT-TTg" and c.body == "Thủ tướng Chính phủ"


@pytest.mark.parametrize(
    "text",
    ["Số: /KH-UBND", "ngày 15/10/1949", "Điện thoại 0912/345-678", "TCVN ISO 2008:2015", "Nghị quyết 11 của Chính phủ"],
)
def test_not_citations(text):
    assert find_citations(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parser_never_raises(text):
    for c in find_citations(text):
        assert c.symbol.text and c.line >= 1


_symbols = st.builds(
    lambda n, sep, t, i: f"{n}{sep[0]}{t}{sep[1]}{i}",
    st.integers(1, 9999),
    st.sampled_from([("/", "-"), ("-", "/"), (" / ", " - "), ("–", "/")]),
    st.sampled_from(["CT", "KH", "QĐ", "QD", "NQ", "KL", "HD", "HĐ", "ĐA", "TB", "ct", "kh"]),
    st.sampled_from(["TTg", "CP", "UBND", "HĐND", "TW", "TU", "HU", "ĐU", "ttg"]),
)


@settings(max_examples=300, deadline=None)
@given(_symbols)
def test_canonicalisation_is_idempotent(raw):
    symbol = canonical_symbol(raw)
    if symbol is not None:
        again = canonical_symbol(symbol.text)
        assert again is not None and again.text == symbol.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), _symbols, st.text(max_size=60))
def test_a_citation_survives_any_surrounding_text(before, raw, after):
    symbol = canonical_symbol(raw)
    if symbol is None:
        return
    text = f"{before} Chỉ thị số {raw} {after}"
    assert symbol.text in [c.symbol.text for c in find_citations(text)]
