"""Citation scanning on hostile and normal text: time `find_citations` on about SIZE bytes of each
kind of text (default 1 MB). Issue 19's bound: 1 MB of any text in under 2 s.

    .venv/bin/python bench/citations_bench.py [SIZE_IN_KB]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from site_builder.model.citations import find_citations  # noqa: E402
from site_builder.load.frontmatter import split  # noqa: E402


def _seeds() -> str:
    texts = [split(p.read_text(encoding="utf-8"))[2] for p in sorted((HERE.parent / "content" / "ke-hoach").rglob("*.md"))]
    return "\n\n".join(texts)


def _numbered(unit: str, size: int) -> str:
    """`unit` with {n} counting up, repeated to `size` bytes."""
    out, total, n = [], 0, 1
    while total < size:
        piece = unit.format(n=n)
        out.append(piece)
        total += len(piece.encode("utf-8"))
        n += 1
    return "".join(out)


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode("utf-8")) + 1)


def texts(size: int) -> dict[str, str]:
    seeds = _seeds()
    return {
        # The reported case: one citation, then a list of numbers continuing it.
        "list «; số N/CT-TTg»": "Chỉ thị số 1/CT-TTg" + _numbered("; số {n}/CT-TTg", size),
        "list on many lines": "Chỉ thị số 1/CT-TTg" + _numbered(";\nsố {n}/CT-TTg", size),
        "chain «, N/QĐ-UBND»": "Quyết định số 1/QĐ-UBND" + _numbered(", {n}/QĐ-UBND", size),
        "chain «và số N»": "Quyết định số 1/QĐ-UBND" + _numbered(" và số {n}/QĐ-UBND ngày 01/02/2024", size),
        "dense citations": _numbered("Thực hiện Chỉ thị số {n}/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về "
                                     "tăng cường công tác dân vận; ", size),
        "list items without a citation": _numbered("; số {n}/CT-TTg", size),
        "type words only": _repeat("Chỉ thị Nghị quyết Kết luận của ", size),
        "type words and spaces": _repeat("Chỉ thị" + " " * 200 + "số" + " " * 200, size),
        "citations followed by long spaces": _repeat("Chỉ thị số 1/CT-TTg" + " " * 50_000 + ", ", size),
        "list items and long spaces": _repeat("Chỉ thị số 1/CT-TTg;" + " " * 20_000 + "số:" + " " * 20_000, size),
        "numbers and slashes": _repeat("1/2/3/4-5/6-7/", size),
        "long codes": _repeat("Chỉ thị số 1/" + "A" * 5000 + "-" + "B" * 5000 + " ", size),
        "separators": _repeat(";, và ;, số: ", size),
        "one long line of prose": _repeat("Tăng cường công tác dân vận chính quyền ở cơ sở ", size),
        "seed plans": _repeat(seeds, size),
    }


def main() -> None:
    size = int(sys.argv[1]) * 1024 if len(sys.argv) > 1 else 1 << 20
    print(f"| text (~{size // 1024:,} KB) | citations found | seconds |")
    print("|---|---|---|")
    for name, text in texts(size).items():
        text = text.encode("utf-8")[:size].decode("utf-8", "ignore")
        start = time.perf_counter()
        found = find_citations(text)
        seconds = time.perf_counter() - start
        print(f"| {name} | {len(found):,} | {seconds:.2f} |", flush=True)


if __name__ == "__main__":
    main()
