"""The command line: parses, then hands each subcommand to the services.

``coach-app`` alone opens the GUI on the default local database. Each command group
(``data``, ``sync``, ``export``, ``report``, ``server``) adds its commands and handles them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coach_app import logs
from coach_app.cli import data, export, keys, report, server, sync
from coach_app.cli.common import database_path, open_database
from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.messages import pick, set_language

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang or "ko")
    log_path = logs.setup()
    if getattr(args, "command", None) or args.demo_on_first_run:
        keys.install()  # the data passphrase, where needed, is asked in the terminal
    handler: Handler = getattr(args, "handler", _gui)
    try:
        return handler(args)
    except ValidationError as error:
        print(str(error), file=sys.stderr)
        return 2
    except CoachError as error:
        print(str(error), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `coach-app dump | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(pick("중단했습니다.", "Interrupted."), file=sys.stderr)
        return 130
    except Exception:
        logs.log.exception("unexpected error in %s", getattr(args, "command", "gui"))
        print(
            pick(
                f"예기치 못한 오류가 발생했습니다. 자세한 내용은 로그 파일에 있습니다: {log_path}",
                f"An unexpected error occurred. The details are in the log file: {log_path}",
            ),
            file=sys.stderr,
        )
        return 1


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="the local database file (default: coach.sqlite3 in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="coach-app",
        parents=[common],
        description="Coach: field-consultation coaching. Without a command, opens the window.",
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default=None,
        help="language (default: Korean, or as chosen in the window)",
    )
    parser.add_argument(
        "--demo-on-first-run",
        action="store_true",
        help="fill the database with demo data when it does not exist yet",
    )
    # For installer smoke tests: open the window, say how long it took, and quit.
    parser.add_argument("--start-and-quit", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    data.register(commands, common)
    sync.register(commands, common)
    export.register(commands, common)
    report.register(commands, common)
    data.register_import(commands, common)
    server.register(commands)
    keys.add_commands(commands, common)
    return parser


class _Version(argparse.Action):
    """``--version``: the installed version is looked up only when asked (it is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from coach_app import __version__

        print(f"coach-app {__version__}")  # on standard output, as argparse's own action
        parser.exit()


def _gui(args: argparse.Namespace) -> int:
    path = database_path(args)
    if args.demo_on_first_run and not path.exists():
        from coach_app.demo import DemoSize, build

        print(pick(f"데모 자료를 만드는 중: {path}", f"Creating demo data: {path}"))
        with open_database(args) as db:
            build(db, DemoSize())
    from coach_app.ui.app import run

    return run(path, args.lang, quit_after_start=args.start_and_quit)
