"""``fieldapp selftest``: check an installation end to end in a throwaway folder.

Prints one line per step (see :mod:`fieldapp.services.selftest`) and exits 1 if any failed.
``--no-gui`` leaves out the desktop app's window, for a machine that installed the core only.
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldapp.commands.context import CommandContext


def register(subparsers: Any) -> None:
    selftest = subparsers.add_parser(
        "selftest", help="check this installation end to end in a temporary folder")
    selftest.add_argument("--no-gui", action="store_true",
                          help="leave out the desktop app's window")
    selftest.set_defaults(handler=_selftest)


def _selftest(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp import __version__
    from fieldapp.services.selftest import run_selftest

    ctx.say(f"fieldapp {__version__} self-test")
    ok = run_selftest(lambda result: ctx.say(result.line()), gui=not args.no_gui)
    ctx.say("All steps passed." if ok else "The self-test failed (see above).")
    return 0 if ok else 1
