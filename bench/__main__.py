"""`make bench`: run every benchmark and print one table of ratios."""

from __future__ import annotations

import argparse
import os
import tempfile

from bench import capacity, encryption, exports, foundation, gui, pages, reports, sync
from bench.harness import Figure, table


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--visits", type=int, default=10)
    parser.add_argument("--laptops", type=int, default=200, help="for the capacity benchmark")
    parser.add_argument(
        "--in-flight", type=int, default=50, help="syncs at once in the capacity benchmark"
    )
    parser.add_argument(
        "--only",
        choices=(
            "foundation",
            "sync",
            "capacity",
            "gui",
            "pages",
            "exports",
            "reports",
            "encryption",
        ),
        default=None,
    )
    args = parser.parse_args()
    _keys_without_a_keyring()
    figures: list[Figure] = []
    if args.only in (None, "foundation"):
        figures += foundation.run(args.companies, args.visits)
    if args.only in (None, "sync"):
        # About 100,000 rows on the server: 5,000 companies with 10 visits each.
        figures += sync.run(companies=max(args.companies // 2, 1), visits=args.visits)
    if args.only in (None, "capacity"):
        figures += capacity.run(args.laptops, args.in_flight)
    if args.only in (None, "exports"):
        figures += exports.run(args.companies, args.visits)
    if args.only in (None, "reports"):
        figures += reports.run()
    if args.only in (None, "gui"):
        figures += gui.run(args.companies, args.visits)
    if args.only == "pages":  # part of the gui benchmark; alone, on a database of its own
        figures += pages.run(args.companies, args.visits)
    if args.only in (None, "encryption"):
        figures += encryption.run(max(args.companies // 5, 1), args.visits)
    print(table(figures))


def _keys_without_a_keyring() -> None:
    """The benchmark databases are encrypted like any other; on a machine with no keyring
    their keys go to files in a temporary folder (as in the tests), never asked for."""
    from coach_app.store import keys

    if not keys.has_keyring():
        os.environ[keys.ENV_KEYRING] = "tests.keyring_file.FileKeyring"
        os.environ["COACH_TEST_KEYRING_FOLDER"] = tempfile.mkdtemp(prefix="coach-bench-keys-")


if __name__ == "__main__":
    main()
