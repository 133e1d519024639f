"""The five seed plans are published in full: every character of their wording, and front-matter
that states only what the document states."""

from __future__ import annotations

import pytest
import yaml

from conftest import REPO, SEED_FILES, SEEDS
from fidelity import compare, split_front_matter, stream


@pytest.mark.parametrize("seed, rel", sorted(SEED_FILES.items()))
def test_body_keeps_every_character_of_the_seed(seed, rel):
    seed_text = (SEEDS / seed).read_text(encoding="utf-8")
    markdown = (REPO / "content" / rel).read_text(encoding="utf-8")
    header, mismatch = compare(seed_text, markdown)
    assert mismatch is None, f"{rel} diverges from {seed} at stream offset {mismatch}"

    # What is not in the body is exactly the header that moved into front-matter.
    meta = yaml.safe_load(split_front_matter(markdown)[0])
    expected = []
    if "number" in meta:
        expected.append("Số:" + meta["number"])
    if "place" in meta:
        expected.append(meta["place"] + ", ngày")
    expected += [meta["doc_type"].upper(), meta["title"]]
    leftover = header
    for piece in expected:
        assert stream(piece) in leftover, f"{piece!r} not found in the seed header of {seed}"
        leftover = leftover.replace(stream(piece), "", 1)
    # Only the date words of the date line may remain ("tháng01năm2025").
    assert leftover.replace("tháng", "").replace("năm", "").strip("0123456789") == "", leftover


def test_front_matter_states_only_what_documents_state():
    metas = {
        seed: yaml.safe_load(split_front_matter((REPO / "content" / rel).read_text(encoding="utf-8"))[0])
        for seed, rel in SEED_FILES.items()
    }
    hoang_hop = metas["000_566781da1b547808.txt"]
    assert hoang_hop["number"] == "/KH-UBND"  # "Số: /KH-UBND": the number is blank
    assert hoang_hop["issued"] == "2025-01"  # "ngày tháng 01 năm 2025": no day
    for seed in ("001_b6ebb32041facff5.txt", "002_83576d4c190ef1ef.txt", "003_b7d91b333b96f748.txt", "004_c1cb2d977fcd6646.txt"):
        assert "number" not in metas[seed] and "issued" not in metas[seed], seed
    assert "locality" not in metas["003_b7d91b333b96f748.txt"]  # "UBND tỉnh" never names the province
    assert "province" not in metas["002_83576d4c190ef1ef.txt"]["locality"]
