"""``fieldapp interview``: list, record and show interviews from the command line.

``record`` is for back-office entry of paper forms and for automation: it takes an answers file
in the shape ``fieldapp form fill`` reads (a JSON object of field names), records the
interview, finalises it and prints its reference; incomplete answers are refused with the
fields named. ``list`` follows the account's role like the case list (interviewers see their
own, supervisors everything). Output is plain text, or JSON with ``--json``; it names
references, forms, sites and results, never the person's answers, except ``show``, which is
asked for one interview by an account allowed to see it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.commands.context import CommandContext
from fieldapp.commands.vault import open_vault
from fieldapp.errors import UsageError

if TYPE_CHECKING:
    from fieldapp.services.caselist import CaseRow
    from fieldapp.services.interviews import InterviewService, ScreeningResult
    from fieldapp.services.session import Vault

MAX_ANSWERS_BYTES = 16 * 1024 * 1024


def register(subparsers: Any) -> None:
    interview = subparsers.add_parser("interview", help="list, record and show interviews")
    actions = interview.add_subparsers(dest="interview_command", metavar="ACTION",
                                       required=True)
    listing = actions.add_parser("list", help="interviews this account may see")
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.add_argument("--search", default="", help="words to search for (prefixes)")
    listing.set_defaults(handler=_list)
    record = actions.add_parser(
        "record", help="record and finalise an interview from an answers file"
    )
    record.add_argument("--form", required=True, help="form id, such as rapid_screening")
    record.add_argument("--version", default=None, help="form version (default: the latest)")
    record.add_argument("--answers", type=Path, required=True,
                        help="JSON object of field names and values (as 'form fill' reads)")
    record.add_argument("--lang", default=None, help="interview language (code or name)")
    record.set_defaults(handler=_record)
    show = actions.add_parser("show", help="one interview: details, result and answers")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


def service_for(vault: Vault) -> InterviewService:
    # Imported here: the form engine and the services load only when a command runs.
    from fieldapp.services.form_library import vault_library
    from fieldapp.services.interviews import InterviewService

    return InterviewService(vault, vault_library(vault))


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import caselist
    from fieldapp.services.case_search import SearchMatches
    from fieldapp.services.caselist import CaseQuery

    matches = SearchMatches()  # the search is read once for every page
    with open_vault(ctx) as vault:
        query = CaseQuery(text=args.search, interviewer=caselist.vault_scope(
            vault.connection, vault.user, vault.role))
        rows: list[CaseRow] = []
        cursor = None
        while True:
            page = caselist.fetch_page(vault.connection, query, cursor, matches=matches)
            rows.extend(page.rows)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    if args.json:
        ctx.say(json.dumps([{
            "reference": row.reference, "created_at": row.created_at, "form": row.form_id,
            "version": row.form_version, "site": row.site, "status": str(row.status),
            "result_level": row.result_level, "interviewer": row.interviewer,
            "revision": row.revision,
        } for row in rows], indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        ctx.say(f"{row.reference}  {row.created_at[:16].replace('T', ' ')}  "
                f"{row.form_id:<16} {row.status!s:<9} {row.result_level or '-':<15} "
                f"{row.interviewer:<12} {row.site}")
    ctx.say(f"{len(rows)} interview(s)")
    return 0


def _read_answers(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            raise UsageError(f"{path}: the answers file is too large")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UsageError(f"{path}: no such answers file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the answers file") from error
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno})"
        ) from error


def _record(args: argparse.Namespace, ctx: CommandContext) -> int:
    answers = _read_answers(args.answers)
    with open_vault(ctx) as vault:
        record = service_for(vault).record_answers(
            args.form, answers, version=args.version, language=args.lang
        )
    ctx.say(record.reference)
    return 0


def _result_json(result: ScreeningResult) -> dict[str, Any]:
    return {
        "level": result.level, "action": result.action, "summary": result.summary,
        "dimensions_positive": list(result.dimensions_positive),
        "indicators": [{"name": i.name, "label": i.label, "dimension": i.dimension,
                        "grade": i.grade} for i in result.indicators],
        "is_child": result.is_child, "consent": result.consent, "urgency": result.urgency,
        "services": list(result.services), "service_labels": list(result.service_labels),
        "needs": [{"question": n.question, "answer": n.answer} for n in result.needs],
    }


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        detail = service_for(vault).detail(args.reference)
    record = detail.record
    if args.json:
        ctx.say(json.dumps({
            "reference": record.reference, "form": record.form_id,
            "version": record.form_version, "language": record.language, "site": record.site,
            "interviewer": record.interviewer, "status": record.status,
            "revision": record.revision, "created_at": record.created_at,
            "finalised_at": record.finalised_at, "purged_at": record.purged_at,
            "result": _result_json(detail.result),
            "values": detail.values,
            "revisions": [{"revision": r.revision, "reason": r.reason, "author": r.author,
                           "created_at": r.created_at} for r in detail.revisions],
        }, indent=2, ensure_ascii=False, default=str))
        return 0
    result = detail.result
    ctx.say(f"Reference:   {record.reference}")
    ctx.say(f"Form:        {record.form_id} {record.form_version} ({record.language})")
    ctx.say(f"Site:        {record.site}")
    ctx.say(f"Interviewer: {record.interviewer}")
    ctx.say(f"Status:      {record.status}, revision {record.revision}")
    ctx.say(f"Result:      {result.level or '-'}")
    if record.purged_at:
        ctx.say(f"Purged:      {record.purged_at} (the answers left this laptop once the"
                " supervisor had them; the result is as it was stored)")
    if result.action:
        ctx.say(f"Action:      {result.action}")
    if result.dimensions_positive:
        ctx.say(f"Dimensions:  {' '.join(result.dimensions_positive)}")
    for indicator in result.indicators:
        ctx.say(f"  - {indicator.label} ({indicator.dimension}, {indicator.grade})")
    return 0
