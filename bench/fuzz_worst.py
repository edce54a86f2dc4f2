"""Worst-case parsing time per megabyte over adversarial inputs, and the case that set it.

    python bench/fuzz_worst.py [--seconds 60] [--out bench/fuzz-worst.md]

A time-budgeted random search (seeded) over texts built from drafting fragments,
punctuation the grammar reads (quotes, "№", ":", ")", tabs, pipes, letter-spaced words)
and line shapes, each scaled to about 1 MB. It records the slowest case found.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from kg.errors import KzlexError
from kg.parse import parse_text

PIECES = ['"', "«", "»", "№ 5 ", "бұйрығына ", "бұйрығы", " ;x", ":", "1) ", "2. ", "3-тармақ ", "4-бөлім. ",
          "с ә й к е с ", "**", "| a | b |", "\t", "Ескерту. ", "мынадай редакцияда жазылсын", "толықтырылсын",
          "Қазақстан Республикасы Еңбек министрінің 2020 жылғы 30 желтоқсандағы ", "деген ", "(", ")", "\n", "\n\n",
          "      ", "ж" * 200, "БҰЙЫРАМЫН:", "Келісілді", "бекітілген", "қосымша", "Приложение к приказу "]


def case(rng: random.Random) -> str:
    motif = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12)))
    return motif * max(1, 1_000_000 // max(1, len(motif.encode())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "fuzz-worst.md")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    worst, runs = (0.0, ""), 0
    while time.monotonic() < deadline:
        text = case(rng)
        t = time.perf_counter()
        try:
            parse_text(text, "fuzz")
        except KzlexError:
            pass
        per_mb = (time.perf_counter() - t) / (len(text.encode()) / 1e6)
        runs += 1
        if per_mb > worst[0]:
            worst = (per_mb, text[:300])
    report = (f"# Worst case of `bench/fuzz_worst.py` (seed {args.seed}, {args.seconds:g} s, {runs} inputs of ~1 MB)\n\n"
              f"Slowest: {worst[0]:.2f} s per MB. Its first 300 characters:\n\n```\n{worst[1]}\n```\n")
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
