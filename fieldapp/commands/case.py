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
import json
from datetime import date
from typing import Any

from fieldapp.commands.case_output import (
    case_json,
    conflict_lines,
    line_json,
    print_case,
    print_conflict_view,
    print_waiting,
    referral_json,
    view_json,
)
from fieldapp.commands.context import CommandContext
from fieldapp.commands.vault import open_vault
from fieldapp.errors import UsageError
from fieldapp.services.case_filter import AgeGroup, CaseFilter
from fieldapp.services.case_review import case_revisions, revision_diff
from fieldapp.services.casework import DEFAULT_LIST_LIMIT, CaseWork
from fieldapp.services.conflicts import ConflictReview
from fieldapp.vault.case_states import CaseStatus, FollowUp, parse_case_status, parse_follow_up

MAX_NOTE_BYTES = 64 * 1024


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
    parser.add_argument("--age", action="append", default=[], choices=[g.value for g in AgeGroup],
                        help="child, adult or unknown (repeatable)")
    conflict = parser.add_mutually_exclusive_group()
    conflict.add_argument("--conflict", dest="conflict", action="store_const", const=True,
                          help="only cases with a version conflict not resolved")
    conflict.add_argument("--no-conflict", dest="conflict", action="store_const",
                          const=False, help="only cases without one")
    parser.add_argument("--search", default="", help="words or a reference to search for")


def case_filter_of(args: argparse.Namespace) -> CaseFilter:
    """The CaseFilter the filter options describe."""
    return CaseFilter(
        sites=frozenset(args.site), officers=frozenset(args.officer),
        forms=frozenset(args.form), created_from=args.date_from, created_to=args.date_to,
        result_levels=frozenset(args.result),
        case_statuses=frozenset(parse_case_status(s) for s in args.status),
        age_groups=frozenset(AgeGroup(a) for a in args.age),
        has_conflict=args.conflict, text=args.search,
    )


def register(subparsers: Any) -> None:
    case = subparsers.add_parser("case", help="case work: review, status, notes, follow-up")
    actions = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="cases, filtered as the review list filters")
    _filter_options(listing)
    listing.add_argument("--limit", type=_positive, default=DEFAULT_LIST_LIMIT)
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help="one case: status, notes, referrals, revisions")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    status = actions.add_parser("status", help="change the case status (HTCDS cas_Status)")
    status.add_argument("reference", metavar="REF")
    status.add_argument("status", metavar="STATUS",
                        help="Active, FollowUp, Closed or ClosedReferred")
    status.add_argument("--on", type=_day, metavar="DATE", help="the day decided (default today)")
    status.set_defaults(handler=_status)

    note = actions.add_parser("note", help="add a dated note (text from standard input)")
    note.add_argument("reference", metavar="REF")
    note.add_argument("--text-stdin", action="store_true", required=True,
                      help="read the note from standard input (after the password line)")
    note.add_argument("--on", type=_day, metavar="DATE", help="the day it is about")
    note.set_defaults(handler=_note)

    follow = actions.add_parser("followup", help="record a referral's next step")
    follow.add_argument("referral_id", metavar="ID", help="the referral's id (first characters)")
    follow.add_argument("step", metavar="STEP", help=", ".join(s.value for s in FollowUp))
    follow.add_argument("--on", type=_day, metavar="DATE", help="the day it happened")
    follow.add_argument("--reason", default="",
                        help="why it did not succeed (needed for declined, or closed early)")
    follow.set_defaults(handler=_followup)

    referral = actions.add_parser("referral", help="one referral's follow-up history")
    referral.add_argument("referral_id", metavar="ID")
    referral.add_argument("--json", action="store_true")
    referral.set_defaults(handler=_referral)

    waiting = actions.add_parser("waiting", help="referrals waiting for an answer too long")
    waiting.add_argument("--days", type=_positive, required=True,
                         help="waiting for more than this many days")
    waiting.add_argument("--json", action="store_true")
    waiting.set_defaults(handler=_waiting)

    revisions = actions.add_parser("revisions", help="a case's revisions, or two compared")
    revisions.add_argument("reference", metavar="REF")
    revisions.add_argument("--diff", nargs=2, type=_positive, metavar=("A", "B"),
                           help="what changed from revision A to revision B")
    revisions.add_argument("--json", action="store_true")
    revisions.set_defaults(handler=_revisions)

    conflicts = actions.add_parser("conflicts", help="revisions held in more than one version")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_conflicts)

    conflict = actions.add_parser("conflict", help="the versions of one revision side by side")
    conflict.add_argument("reference", metavar="REF")
    conflict.add_argument("--revision", type=_positive, required=True)
    conflict.add_argument("--json", action="store_true")
    conflict.set_defaults(handler=_conflict)

    resolve = actions.add_parser("resolve", help="show one version of a conflicting revision")
    resolve.add_argument("reference", metavar="REF")
    resolve.add_argument("--revision", type=_positive, required=True)
    resolve.add_argument("--version", type=_positive, required=True,
                         help="the version to keep, as 'case conflict' numbers them")
    resolve.add_argument("--reason", required=True, help="why this version is kept")
    resolve.set_defaults(handler=_resolve)

    unresolve = actions.add_parser("unresolve", help="undo the resolution of a revision")
    unresolve.add_argument("reference", metavar="REF")
    unresolve.add_argument("--revision", type=_positive, required=True)
    unresolve.set_defaults(handler=_unresolve)


def _dump(ctx: CommandContext, data: Any) -> None:
    ctx.say(json.dumps(data, indent=2, ensure_ascii=False))


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    case_filter = case_filter_of(args)
    with open_vault(ctx) as vault:
        lines = CaseWork(vault).list_cases(case_filter, limit=args.limit)
    if args.json:
        _dump(ctx, [line_json(line) for line in lines])
        return 0
    for line in lines:
        child = {True: "child", False: "adult", None: "-"}[line.is_child]
        ctx.say(f"{line.reference}  {line.created_at[:10]}  {line.form_id:<16} "
                f"{line.site[:18]:<18} {line.interviewer[:12]:<12} {line.result_level or '-':<15}"
                f" {line.status!s:<14} {child:<5}{'  conflict' if line.open_conflict else ''}")
    ctx.say(f"{len(lines)} case(s)")
    return 0


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        case = CaseWork(vault).case(args.reference)
        revisions = case_revisions(vault, case.interview.reference)
    if args.json:
        _dump(ctx, case_json(case, revisions))
    else:
        print_case(ctx, case, revisions)
    return 0


def _status(args: argparse.Namespace, ctx: CommandContext) -> int:
    wanted: CaseStatus = parse_case_status(args.status)
    with open_vault(ctx) as vault:
        change = CaseWork(vault).set_status(args.reference, wanted, on=args.on)
    ctx.say(f"{args.reference.upper()}: {change.from_status} -> {change.to_status} "
            f"({change.changed_on})")
    return 0


def _note(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        # The password line, if any, has been read: the rest of standard input is the note.
        text = ctx.passwords.stdin.read(MAX_NOTE_BYTES + 1)
        if len(text) > MAX_NOTE_BYTES:
            raise UsageError("the note on standard input is too long")
        note = CaseWork(vault).add_note(args.reference, text, on=args.on)
    ctx.say(f"{args.reference.upper()}: note {note.uuid[:8]} added ({note.noted_on})")
    return 0


def _followup(args: argparse.Namespace, ctx: CommandContext) -> int:
    step = parse_follow_up(args.step)
    with open_vault(ctx) as vault:
        event = CaseWork(vault).follow_up(args.referral_id, step, on=args.on,
                                          reason=args.reason)
    outcome = "" if event.successful else " (unsuccessful)"
    ctx.say(f"referral {args.referral_id[:8]}: {event.step} on {event.event_on}{outcome}")
    return 0


def _referral(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        followed = CaseWork(vault).referral(args.referral_id)
    if args.json:
        _dump(ctx, referral_json(followed))
        return 0
    record = followed.referral
    ctx.say(f"{record.uuid[:8]}  {record.reference}  {record.service_id}  now {followed.step}"
            f" since {followed.step_on}")
    for event in followed.events:
        why = f"  reason: {event.reason}" if event.reason else ""
        ctx.say(f"  {event.event_on}  {event.step!s:<17} by {event.recorded_by}{why}")
    return 0


def _waiting(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        waiting = CaseWork(vault).waiting_referrals(args.days)
    print_waiting(ctx, waiting, as_json=args.json)
    return 0


def _revisions(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        if args.diff:
            diff = revision_diff(vault, args.reference, args.diff[0], args.diff[1])
            summaries = []
        else:
            summaries = case_revisions(vault, args.reference)
    if args.diff:
        changes = [{"field": c.field, "before": c.before, "after": c.after}
                   for c in diff.changes]
        if args.json:
            _dump(ctx, {"reference": diff.reference, "from": diff.before.revision,
                        "to": diff.after.revision, "changes": changes})
            return 0
        ctx.say(f"{diff.reference}: revision {diff.before.revision} -> {diff.after.revision}"
                f" ({diff.after.author}, {diff.after.created_at[:16].replace('T', ' ')})")
        for change in diff.changes:
            ctx.say(f"  {change.field}: {change.before!r} -> {change.after!r}")
        ctx.say(f"{len(diff.changes)} field(s) changed")
        return 0
    if args.json:
        _dump(ctx, [{"revision": s.revision, "author": s.author, "reason": s.reason,
                     "created_at": s.created_at, "changed_fields": s.changed_fields}
                    for s in summaries])
        return 0
    for s in summaries:
        ctx.say(f"{s.revision:>3}  {s.created_at[:16].replace('T', ' ')}  {s.author:<12} "
                f"{s.changed_fields:>3} field(s)  {s.reason}")
    return 0


def _conflicts(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        found = ConflictReview(vault).conflicts()
    conflict_lines(ctx, found, as_json=args.json)
    return 0


def _conflict(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        view = ConflictReview(vault).view(args.reference, args.revision)
    if args.json:
        _dump(ctx, view_json(view))
    else:
        print_conflict_view(ctx, view)
    return 0


def _resolve(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        resolution = ConflictReview(vault).resolve(args.reference, args.revision,
                                                   args.version, args.reason)
    ctx.say(f"{args.reference.upper()} revision {args.revision}: version {args.version} shown"
            f" (resolution {resolution.id})")
    return 0


def _unresolve(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        undone = ConflictReview(vault).undo(args.reference, args.revision)
    ctx.say(f"{args.reference.upper()} revision {args.revision}: resolution {undone.id} undone,"
            " the version it replaced is shown again")
    return 0
