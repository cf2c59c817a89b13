"""``fieldapp export KIND --out PATH``: a supervisor's interviews in a standard format.

KIND is one of csv, xlsx, htcds, openrosa (personal data: ``--recipient FILE`` encrypts the
file to that age public key, ``--plaintext`` writes it in the clear, one of the two is
required) or aggregate (anonymised; needs neither). ``--form ID`` limits the export to one
form, ``--lang CODE`` labels the CSV and XLSX tables in that form language. The request is
checked before the vault is unlocked, so a wrong option costs no password. What the command
did goes to standard error; nothing printed names a person or an answer.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldapp.commands.context import CommandContext
from fieldapp.commands.core_choices import CoreChoices
from fieldapp.commands.vault import open_vault
from fieldapp.errors import UsageError

KINDS = CoreChoices("fieldapp.services.exports", "KINDS")


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export", help="export interviews: csv, xlsx, htcds, openrosa or an anonymised aggregate",
        description="Export finalised interviews. Every kind but 'aggregate' holds personal "
        "data and needs --recipient FILE (age public key) or an explicit --plaintext.")
    export.add_argument("kind", choices=KINDS, metavar="KIND",
                        help="csv, xlsx, htcds (.json or .zip), openrosa or aggregate "
                        "(.csv or .xlsx)")
    export.add_argument("--out", type=Path, metavar="PATH",
                        help="the file to write (never replaced; .age is added when encrypted)")
    export.add_argument("--form", metavar="ID", help="only this form's interviews")
    export.add_argument("--lang", metavar="CODE",
                        help="csv/xlsx: headers and choices as labels in this form language")
    protection = export.add_mutually_exclusive_group()
    protection.add_argument("--recipient", type=Path, metavar="FILE",
                            help="encrypt to the age public key (age1...) in FILE")
    protection.add_argument("--plaintext", action="store_true",
                            help="write personal data unencrypted (you take care of the file)")
    export.add_argument("--push", metavar="URL",
                        help="openrosa: send the submissions to this OpenRosa server's "
                        "submission URL instead of writing a file (needs fieldapp[central])")
    export.add_argument("--push-user", metavar="NAME",
                        help="the server account, if it asks for one; its password is read "
                        "after the vault's")
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.push is not None:
        return _push(args, ctx)
    if args.out is None:
        raise UsageError("give --out PATH (or, for openrosa, --push URL)")
    # The exporters (openpyxl, lxml, the vault) load when an export runs, not for --help.
    from fieldapp.exports.output import OutputExists, encrypted_path, read_recipient
    from fieldapp.services.exports import ExportRequest, ExportService, check_request

    recipient = read_recipient(args.recipient) if args.recipient is not None else None
    request = ExportRequest(kind=args.kind, out=args.out, form_id=args.form,
                            language=args.lang, recipient=recipient,
                            plaintext=bool(args.plaintext))
    check_request(request)
    target = encrypted_path(args.out) if recipient else args.out
    if target.exists():  # fail before unlocking; the writer checks again
        raise OutputExists(target)
    with open_vault(ctx) as vault:
        result = ExportService(vault).export(request)
    how = "encrypted with age" if result.encrypted else (
        "anonymised" if result.kind == "aggregate" else "NOT encrypted: keep it safe")
    ctx.stderr.write(f"{result.kind} export of {result.interviews} interview(s) written to "
                     f"{result.path} ({result.format}, {how}).\n")
    return 0


def _push(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Send the openrosa submissions to a server (see fieldapp.exports.openrosa_push)."""
    from fieldapp.exports import openrosa_push as push
    from fieldapp.services.exports import EXPORT_ROLES
    from fieldapp.services.form_library import vault_library

    if args.kind != "openrosa":
        raise UsageError("--push sends OpenRosa submissions: use it with 'export openrosa'")
    if args.out is not None or args.recipient is not None or args.plaintext or args.lang:
        raise UsageError("--push writes no file: leave out --out, --recipient, --plaintext "
                         "and --lang")
    server = push.server_key(args.push)  # refused before the vault is unlocked
    with open_vault(ctx) as vault:
        vault.require_role("export interviews", *EXPORT_ROLES)
        library = vault_library(vault)
        done = push.accepted_before(vault, server)
        # Each accepted instance is recorded as it goes (a stopped push resumes from there);
        # the push as a whole is recorded once it is done, with counts only.
        report = push.push(
            push.submissions(vault, library, args.form), args.push, user=args.push_user,
            password=lambda: ctx.passwords.read("Server password: "), done=done,
            on_accepted=lambda item: push.record_accepted(vault, server, item))
        vault.audit(push.PUSHED_EVENT, {"server": server, "form": args.form or "all",
                                        "sent": report.sent, "already": report.already,
                                        "skipped": report.skipped})
    ctx.stderr.write(f"{report.sent} submission(s) sent to {server}, {report.already} the "
                     f"server had already, {report.skipped} sent before and skipped.\n")
    return 0
