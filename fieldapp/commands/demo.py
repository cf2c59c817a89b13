"""``fieldapp demo``: a vault of fictional interviews to try the app or show it to others.

The account named with ``--user`` becomes a supervisor (so it sees every interview), with the
password from ``--password-stdin`` or a prompt. The interviews cover both screening forms,
every result level and every status; nothing in them is real.
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldapp.commands.context import CommandContext


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo", help="create a demo vault with fictional interviews (the account: supervisor)"
    )
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.demo import create_demo_vault

    user = ctx.require_user()
    password = ctx.passwords.read_new(f"New password for {user}: ")
    summary = create_demo_vault(ctx.paths, user=user, password=password)
    ctx.say(f"Demo vault created in {ctx.data_dir}: {summary.interviews} fictional interviews "
            f"({summary.drafts} drafts); account {user} (supervisor).")
    return 0
