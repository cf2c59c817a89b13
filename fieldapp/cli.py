"""The ``fieldapp`` command: the GUI by default, and a sub-command for every core job.

Expected failures (:class:`~fieldapp.errors.FieldappError`) are printed as one line on stderr
with a non-zero exit code; a traceback means a bug. The GUI is imported only when it is asked
for, so the core and every sub-command run without Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from fieldapp import __version__
from fieldapp.commands.context import CommandContext, PasswordSource
from fieldapp.errors import FieldappError
from fieldapp.paths import default_data_dir

# Sub-command groups, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "fieldapp.commands.vault",
    "fieldapp.commands.form",
    "fieldapp.commands.interview",
    "fieldapp.commands.demo",
    "fieldapp.commands.sync",
    "fieldapp.commands.referral",
    "fieldapp.commands.case",
    "fieldapp.commands.export",
)

GUI_MODULE = "ui.app"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline, encrypted screening interviews, referrals and sync.",
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    add_global_options(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo vault with fictional data"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module: ModuleType = importlib.import_module(name)
        module.register(subparsers)
    for sub in _all_subparsers(parser):
        # The global options work after the sub-command too; SUPPRESS keeps a value given
        # before it from being reset.
        add_global_options(sub, default=argparse.SUPPRESS)
    return parser


def _all_subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:  # argparse offers no public walk of sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found.append(sub)
                found.extend(_all_subparsers(sub))
    return found


def add_global_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="vault directory (default: FIELDAPP_DATA_DIR or the per-user data folder)",
    )
    parser.add_argument("--user", default=default, help="account name to unlock with")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        default=False if default is None else default,
        help="read the password from the first line of standard input "
        "(a second password, when needed, from the second line)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CommandContext(
        data_dir=args.data_dir if args.data_dir is not None else default_data_dir(),
        user=args.user,
        passwords=PasswordSource(from_stdin=args.password_stdin),
        stdout=sys.stdout,
        stderr=sys.stderr,
    )
    try:
        if args.command is None:
            return run_gui(args, ctx)
        handler = getattr(args, "handler", None)
        if handler is None:
            parser.parse_args([*(argv or sys.argv[1:]), "--help"])
            return 2
        result: int = handler(args, ctx)
        return result
    except FieldappError as error:
        print(f"fieldapp: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("fieldapp: interrupted", file=sys.stderr)
        return 130


def run_gui(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Start the desktop app (the only place the core hands over to ``ui``)."""
    try:
        gui = importlib.import_module(GUI_MODULE)
    except ImportError as error:
        raise FieldappError(
            f"the desktop app is not available here ({error.name} is missing)"
        ) from error
    result: int = gui.run(args, ctx)
    return result
