"""How ``fieldapp case`` prints cases, referrals and conflicts: plain lines and JSON objects.

Kept apart from the argument handling in fieldapp/commands/case.py. Everything here goes to
standard output, which the supervisor asked for; nothing of it goes to standard error.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fieldapp.commands.context import CommandContext
from fieldapp.services.case_review import RevisionSummary
from fieldapp.services.casework import CaseLine, CaseSummary, ReferralFollowUp
from fieldapp.services.conflicts import CaseConflict, ConflictView
from fieldapp.vault.casework import WaitingReferral


def line_json(line: CaseLine) -> dict[str, Any]:
    return {"reference": line.reference, "created_at": line.created_at, "form": line.form_id,
            "site": line.site, "officer": line.interviewer, "result_level": line.result_level,
            "case_status": str(line.status), "is_child": line.is_child,
            "open_conflict": line.open_conflict}


def referral_json(followed: ReferralFollowUp) -> dict[str, Any]:
    record = followed.referral
    return {
        "id": record.uuid, "reference": record.reference, "service": record.service_id,
        "service_name": record.service_name, "made_at": record.created_at,
        "laptop_status": record.status, "followup": str(followed.step),
        "followup_on": followed.step_on,
        "events": [{"id": e.uuid, "step": str(e.step), "on": e.event_on,
                    "successful": e.successful, "reason": e.reason,
                    "recorded_by": e.recorded_by, "recorded_at": e.recorded_at}
                   for e in followed.events],
    }


def case_json(case: CaseSummary, revisions: Sequence[RevisionSummary]) -> dict[str, Any]:
    record = case.interview
    return {
        "reference": record.reference, "form": record.form_id, "version": record.form_version,
        "site": record.site, "officer": record.interviewer, "created_at": record.created_at,
        "result_level": record.result_level, "case_status": str(case.status),
        "case_status_on": case.status_on, "is_child": case.is_child,
        "citizenship": list(case.citizenship),
        "status_changes": [{"id": c.uuid, "from": str(c.from_status), "to": str(c.to_status),
                            "on": c.changed_on, "recorded_by": c.recorded_by}
                           for c in case.changes],
        "notes": [{"id": n.uuid, "on": n.noted_on, "text": n.text,
                   "recorded_by": n.recorded_by} for n in case.notes],
        "referrals": [referral_json(f) for f in case.referrals],
        "revisions": [{"revision": s.revision, "author": s.author, "reason": s.reason,
                       "created_at": s.created_at, "changed_fields": s.changed_fields}
                      for s in revisions],
    }


def print_case(ctx: CommandContext, case: CaseSummary,
               revisions: Sequence[RevisionSummary]) -> None:
    record = case.interview
    child = {True: "child", False: "adult", None: "unknown"}[case.is_child]
    ctx.say(f"{record.reference}  {record.form_id} {record.form_version}  {record.site}  "
            f"by {record.interviewer}  {record.created_at[:16].replace('T', ' ')}")
    ctx.say(f"Result: {record.result_level or '-'}   Age group: {child}   "
            f"Citizenship: {' '.join(case.citizenship) or '-'}")
    ctx.say(f"Case status: {case.status}" + (f" since {case.status_on}" if case.status_on
                                              else ""))
    for change in case.changes:
        ctx.say(f"  {change.changed_on}  {change.from_status} -> {change.to_status}"
                f"  by {change.recorded_by}")
    ctx.say(f"Notes: {len(case.notes)}")
    for note in case.notes:
        ctx.say(f"  {note.noted_on}  {note.recorded_by}: {note.text}")
    ctx.say(f"Referrals: {len(case.referrals)}")
    for followed in case.referrals:
        ctx.say(f"  {followed.referral.uuid[:8]}  {followed.referral.service_id}  "
                f"{followed.step} since {followed.step_on}")
    ctx.say(f"Revisions: {len(revisions)}")
    for summary in revisions:
        ctx.say(f"  {summary.revision:>3}  {summary.created_at[:16].replace('T', ' ')}  "
                f"{summary.author}  {summary.changed_fields} field(s)  {summary.reason}")


def print_waiting(ctx: CommandContext, waiting: Sequence[WaitingReferral], *,
                  as_json: bool) -> None:
    if as_json:
        ctx.say(json.dumps([{"id": w.referral_uuid, "reference": w.reference,
                             "service": w.service_id, "step": str(w.step),
                             "since": w.waiting_since, "days": w.days_waiting}
                            for w in waiting], indent=2, ensure_ascii=False))
        return
    for w in waiting:
        ctx.say(f"{w.referral_uuid[:8]}  {w.reference}  {w.service_id:<32} {w.step!s:<9}"
                f" since {w.waiting_since} ({w.days_waiting} days)")
    ctx.say(f"{len(waiting)} referral(s) waiting")


def conflict_lines(ctx: CommandContext, found: Sequence[CaseConflict], *,
                   as_json: bool) -> None:
    if as_json:
        ctx.say(json.dumps([{
            "reference": c.reference, "revision": c.revision, "versions": c.versions,
            "flagged_at": c.flagged_at,
            "resolution": None if c.resolution is None else {
                "id": c.resolution.id, "chosen": c.resolution.chosen_hash,
                "by": c.resolution.resolved_by, "at": c.resolution.resolved_at},
        } for c in found], indent=2, ensure_ascii=False))
        return
    for c in found:
        state = ("open" if c.resolution is None
                 else f"resolved by {c.resolution.resolved_by} ({c.resolution.id})")
        ctx.say(f"{c.reference}  revision {c.revision}  {c.versions} versions  {state}")
    ctx.say(f"{len(found)} conflict(s)")


def view_json(view: ConflictView) -> dict[str, Any]:
    return {
        "reference": view.conflict.reference, "revision": view.conflict.revision,
        "versions": [{
            "version": v.number, "content_hash": v.content_hash, "author": v.author,
            "finalised_at": v.finalised_at, "reason": v.reason, "shown": v.shown,
            "same_laptop": v.same_device,
            "changes": [{"field": c.field, "shown": c.before, "this_version": c.after}
                        for c in v.changes],
        } for v in view.versions],
    }


def print_conflict_view(ctx: CommandContext, view: ConflictView) -> None:
    ctx.say(f"{view.conflict.reference} revision {view.conflict.revision}:"
            f" {len(view.versions)} versions")
    for v in view.versions:
        marks = " (shown)" if v.shown else ""
        marks += "" if v.same_device else " (from another laptop)"
        ctx.say(f"Version {v.number}{marks}: by {v.author}, "
                f"{v.finalised_at[:16].replace('T', ' ')}, hash {v.content_hash[:16]}")
        for change in v.changes:
            ctx.say(f"  {change.field}: shown {change.before!r}, here {change.after!r}")
