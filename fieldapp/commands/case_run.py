"""The ``fieldapp case`` handlers (the parser is :mod:`fieldapp.commands.case`, kept light)."""


from __future__ import annotations

import argparse
import json
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
from fieldapp.vault.case_states import CaseStatus, parse_case_status, parse_follow_up

MAX_NOTE_BYTES = 64 * 1024


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


def _dump(ctx: CommandContext, data: Any) -> None:
    ctx.say(json.dumps(data, indent=2, ensure_ascii=False))


def list(args: argparse.Namespace, ctx: CommandContext) -> int:
    case_filter = case_filter_of(args)
    with open_vault(ctx) as vault:
        lines = CaseWork(vault).list_cases(case_filter, limit=args.limit or DEFAULT_LIST_LIMIT)
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


def show(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        case = CaseWork(vault).case(args.reference)
        revisions = case_revisions(vault, case.interview.reference)
    if args.json:
        _dump(ctx, case_json(case, revisions))
    else:
        print_case(ctx, case, revisions)
    return 0


def status(args: argparse.Namespace, ctx: CommandContext) -> int:
    wanted: CaseStatus = parse_case_status(args.status)
    with open_vault(ctx) as vault:
        change = CaseWork(vault).set_status(args.reference, wanted, on=args.on)
    ctx.say(f"{args.reference.upper()}: {change.from_status} -> {change.to_status} "
            f"({change.changed_on})")
    return 0


def note(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        # The password line, if any, has been read: the rest of standard input is the note.
        text = ctx.passwords.stdin.read(MAX_NOTE_BYTES + 1)
        if len(text) > MAX_NOTE_BYTES:
            raise UsageError("the note on standard input is too long")
        note = CaseWork(vault).add_note(args.reference, text, on=args.on)
    ctx.say(f"{args.reference.upper()}: note {note.uuid[:8]} added ({note.noted_on})")
    return 0


def followup(args: argparse.Namespace, ctx: CommandContext) -> int:
    step = parse_follow_up(args.step)
    with open_vault(ctx) as vault:
        event = CaseWork(vault).follow_up(args.referral_id, step, on=args.on,
                                          reason=args.reason)
    outcome = "" if event.successful else " (unsuccessful)"
    ctx.say(f"referral {args.referral_id[:8]}: {event.step} on {event.event_on}{outcome}")
    return 0


def referral(args: argparse.Namespace, ctx: CommandContext) -> int:
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


def waiting(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        waiting = CaseWork(vault).waiting_referrals(args.days)
    print_waiting(ctx, waiting, as_json=args.json)
    return 0


def revisions(args: argparse.Namespace, ctx: CommandContext) -> int:
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


def conflicts(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        found = ConflictReview(vault).conflicts()
    conflict_lines(ctx, found, as_json=args.json)
    return 0


def conflict(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        view = ConflictReview(vault).view(args.reference, args.revision)
    if args.json:
        _dump(ctx, view_json(view))
    else:
        print_conflict_view(ctx, view)
    return 0


def resolve(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        resolution = ConflictReview(vault).resolve(args.reference, args.revision,
                                                   args.version, args.reason)
    ctx.say(f"{args.reference.upper()} revision {args.revision}: version {args.version} shown"
            f" (resolution {resolution.id})")
    return 0


def unresolve(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        undone = ConflictReview(vault).undo(args.reference, args.revision)
    ctx.say(f"{args.reference.upper()} revision {args.revision}: resolution {undone.id} undone,"
            " the version it replaced is shown again")
    return 0
