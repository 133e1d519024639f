"""Citation extraction over the five seeds, against a hand-checked list of every citation."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import SEEDS
from site_builder.model.citations import find_citations, prepare

EXPECTED = yaml.safe_load((Path(__file__).parent / "data" / "seed_citations.yaml").read_text(encoding="utf-8"))


def _key(symbol, date, line):
    return (symbol, date, line)


def test_precision_and_recall_on_the_seeds():
    true_pos = found_total = expected_total = 0
    missed, spurious = [], []
    for seed, expected in sorted(EXPECTED.items()):
        text = (SEEDS / seed).read_text(encoding="utf-8")
        got = Counter(_key(c.symbol.text, c.date, c.line) for c in find_citations(text))
        want = Counter(_key(e["symbol"], e["date"], e["line"]) for e in expected)
        true_pos += sum((got & want).values())
        found_total += sum(got.values())
        expected_total += sum(want.values())
        missed += [(seed, k) for k in (want - got).elements()]
        spurious += [(seed, k) for k in (got - want).elements()]
    precision, recall = true_pos / found_total, true_pos / expected_total
    print(f"\ncitations in seeds: precision {precision:.3f}, recall {recall:.3f} ({true_pos}/{expected_total})")
    assert precision >= 0.98 and recall >= 0.98, {"missed": missed, "spurious": spurious}


def test_bodies_match_the_hand_checked_list():
    agree = total = 0
    wrong = []
    for seed, expected in sorted(EXPECTED.items()):
        text = (SEEDS / seed).read_text(encoding="utf-8")
        by_key: dict = {}
        for c in find_citations(text):
            by_key.setdefault((c.symbol.text, c.line), []).append(c)
        for e in expected:
            candidates = by_key.get((e["symbol"], e["line"]))
            if not candidates:
                continue
            c = candidates.pop(0)
            total += 1
            if (c.body or None) == (e["body"] or None):
                agree += 1
            else:
                wrong.append((seed, e["line"], e["symbol"], e["body"], c.body))
    print(f"\nissuing bodies: {agree}/{total} as hand-checked")
    assert agree / total >= 0.95, wrong


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_raw_text_is_kept(seed):
    """`raw` is the seed's own words: the span at start:end of the (NFC, dash-normalised) text, its
    white space collapsed, on the line given — a later number of a list gets its type name before it."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    prepared = prepare(text)
    found = find_citations(text)
    assert found
    for c in found:
        span = " ".join(prepared[c.start:c.end].split())
        assert c.raw in (span, f"{c.type} {span}"), (c.raw, span)
        assert c.raw.casefold().startswith(c.type.casefold()) and any(ch.isdigit() for ch in span)
        # The number (the span's first digit) is on the line given.
        number_at = c.start + re.search(r"\d", prepared[c.start:c.end]).start()
        assert prepared.count("\n", 0, number_at) + 1 == c.line, (c.raw, c.line)
