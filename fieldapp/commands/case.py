"""``fieldapp case``: a supervisor's case work by command.

``case list`` filters the cases as the review screen does (one :class:`CaseFilter`);
``case show`` prints one case (status and its history, notes, referrals and their follow-up,
revisions); ``case status`` and ``case note`` change a case; ``case followup``, ``case
referral`` and ``case waiting`` follow referrals after they were made (``referrals status``
stays the status the referring laptop recorded); ``case revisions``, ``case conflicts``,
``case conflict``, ``case resolve`` and ``case unresolve`` review revisions and version
conflicts. Note text is read from standard input only (after the password line with
``--password-stdin``), never from the command line, where shell history and process lists
would keep it. Nothing printed to standard error names a person or an answer.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from fieldapp.commands.context import CommandContext
from fieldapp.commands.core_choices import CoreChoices

AGE_GROUPS = CoreChoices("fieldapp.services.case_filter", "AgeGroup")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a date (YYYY-MM-DD)") from exc


def _positive(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a whole number")
    return int(text)


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", action="append", default=[], help="a site (repeatable)")
    parser.add_argument("--officer", action="append", default=[],
                        help="an officer's account (repeatable)")
    parser.add_argument("--form", action="append", default=[], help="a form id (repeatable)")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                        help="interviews started on or after this day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                        help="interviews started on or before this day")
    parser.add_argument("--result", action="append", default=[],
                        help="a result level, e.g. refer_now (repeatable)")
    parser.add_argument("--status", action="append", default=[],
                        help="a case status: Active, FollowUp, Closed, ClosedReferred")
    parser.add_argument("--age", action="append", default=[], choices=AGE_GROUPS, metavar="AGE",
                        help="child, adult or unknown (repeatable)")
    conflict = parser.add_mutually_exclusive_group()
    conflict.add_argument("--conflict", dest="conflict", action="store_const", const=True,
                          help="only cases with a version conflict not resolved")
    conflict.add_argument("--no-conflict", dest="conflict", action="store_const",
                          const=False, help="only cases without one")
    parser.add_argument("--search", default="", help="words or a reference to search for")


def register(subparsers: Any) -> None:
    case = subparsers.add_parser("case", help="case work: review, status, notes, follow-up")
    actions = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="cases, filtered as the review list filters")
    _filter_options(listing)
    listing.add_argument("--limit", type=_positive, default=None,
                         help="at most this many cases (default 1000)")
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.set_defaults(handler=_run("list"))

    show = actions.add_parser("show", help="one case: status, notes, referrals, revisions")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_run("show"))

    status = actions.add_parser("status", help="change the case status (HTCDS cas_Status)")
    status.add_argument("reference", metavar="REF")
    status.add_argument("status", metavar="STATUS",
                        help="Active, FollowUp, Closed or ClosedReferred")
    status.add_argument("--on", type=_day, metavar="DATE", help="the day decided (default today)")
    status.set_defaults(handler=_run("status"))

    note = actions.add_parser("note", help="add a dated note (text from standard input)")
    note.add_argument("reference", metavar="REF")
    note.add_argument("--text-stdin", action="store_true", required=True,
                      help="read the note from standard input (after the password line)")
    note.add_argument("--on", type=_day, metavar="DATE", help="the day it is about")
    note.set_defaults(handler=_run("note"))

    follow = actions.add_parser("followup", help="record a referral's next step")
    follow.add_argument("referral_id", metavar="ID", help="the referral's id (first characters)")
    follow.add_argument(
        "step", metavar="STEP",
        help="sent, received, accepted, declined, services_started or closed")
    follow.add_argument("--on", type=_day, metavar="DATE", help="the day it happened")
    follow.add_argument("--reason", default="",
                        help="why it did not succeed (needed for declined, or closed early)")
    follow.set_defaults(handler=_run("followup"))

    referral = actions.add_parser("referral", help="one referral's follow-up history")
    referral.add_argument("referral_id", metavar="ID")
    referral.add_argument("--json", action="store_true")
    referral.set_defaults(handler=_run("referral"))

    waiting = actions.add_parser("waiting", help="referrals waiting for an answer too long")
    waiting.add_argument("--days", type=_positive, required=True,
                         help="waiting for more than this many days")
    waiting.add_argument("--json", action="store_true")
    waiting.set_defaults(handler=_run("waiting"))

    revisions = actions.add_parser("revisions", help="a case's revisions, or two compared")
    revisions.add_argument("reference", metavar="REF")
    revisions.add_argument("--diff", nargs=2, type=_positive, metavar=("A", "B"),
                           help="what changed from revision A to revision B")
    revisions.add_argument("--json", action="store_true")
    revisions.set_defaults(handler=_run("revisions"))

    conflicts = actions.add_parser("conflicts", help="revisions held in more than one version")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_run("conflicts"))

    conflict = actions.add_parser("conflict", help="the versions of one revision side by side")
    conflict.add_argument("reference", metavar="REF")
    conflict.add_argument("--revision", type=_positive, required=True)
    conflict.add_argument("--json", action="store_true")
    conflict.set_defaults(handler=_run("conflict"))

    resolve = actions.add_parser("resolve", help="show one version of a conflicting revision")
    resolve.add_argument("reference", metavar="REF")
    resolve.add_argument("--revision", type=_positive, required=True)
    resolve.add_argument("--version", type=_positive, required=True,
                         help="the version to keep, as 'case conflict' numbers them")
    resolve.add_argument("--reason", required=True, help="why this version is kept")
    resolve.set_defaults(handler=_run("resolve"))

    unresolve = actions.add_parser("unresolve", help="undo the resolution of a revision")
    unresolve.add_argument("reference", metavar="REF")
    unresolve.add_argument("--revision", type=_positive, required=True)
    unresolve.set_defaults(handler=_run("unresolve"))


def _run(name: str) -> Callable[[argparse.Namespace, CommandContext], int]:
    """The handler ``name`` of :mod:`fieldapp.commands.case_run`, imported when it runs (the
    services it needs stay out of ``fieldapp --help``)."""

    def run(args: argparse.Namespace, ctx: CommandContext) -> int:
        from fieldapp.commands import case_run

        handler: Callable[[argparse.Namespace, CommandContext], int] = getattr(case_run, name)
        return handler(args, ctx)

    return run
