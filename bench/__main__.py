"""`make bench`: run every benchmark and print one table of ratios."""

from __future__ import annotations

import argparse

from bench import foundation
from bench.harness import Figure, table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--visits", type=int, default=10)
    args = parser.parse_args()
    figures: list[Figure] = []
    figures += foundation.run(args.companies, args.visits)
    print(table(figures))


if __name__ == "__main__":
    main()
