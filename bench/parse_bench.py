"""Parsing the bundled corpus: seconds per run (median of 11), MB/s, and per document.

    python bench/parse_bench.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, median_ms, p95_ms, timed  # noqa: E402

from kg.parse import parse_bytes  # noqa: E402
from kg.patterns import forget_texts  # noqa: E402


def main() -> None:
    docs = {p.name: p.read_bytes() for p in sorted(DATA.glob("*.txt"))}
    # (each run reads the texts anew: the parser's memos of lines it has read are emptied first)
    total = timed(lambda: (forget_texts(), [parse_bytes(b, n) for n, b in docs.items()]), repeat=11)
    mb = sum(map(len, docs.values())) / 1e6
    print(f"Whole corpus ({len(docs)} documents, {mb:.2f} MB): median {median_ms(total):.0f} ms, "
          f"p95 {p95_ms(total):.0f} ms, {mb / (median_ms(total) / 1000):.2f} MB/s\n")
    print("| document | KB | median ms |")
    print("|---|---|---|")
    for name, data in docs.items():
        t = timed(lambda: (forget_texts(), parse_bytes(data, name)), repeat=11)
        print(f"| {name} | {len(data) / 1000:.0f} | {median_ms(t):.1f} |")


if __name__ == "__main__":
    main()
