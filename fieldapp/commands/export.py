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
from fieldapp.commands.vault import open_vault
from fieldapp.exports.output import OutputExists, encrypted_path, read_recipient
from fieldapp.services.exports import KINDS, ExportRequest, ExportService, check_request


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export", help="export interviews: csv, xlsx, htcds, openrosa or an anonymised aggregate",
        description="Export finalised interviews. Every kind but 'aggregate' holds personal "
        "data and needs --recipient FILE (age public key) or an explicit --plaintext.")
    export.add_argument("kind", choices=KINDS, metavar="KIND",
                        help="csv, xlsx, htcds (.json or .zip), openrosa or aggregate "
                        "(.csv or .xlsx)")
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="the file to write (never replaced; .age is added when encrypted)")
    export.add_argument("--form", metavar="ID", help="only this form's interviews")
    export.add_argument("--lang", metavar="CODE",
                        help="csv/xlsx: headers and choices as labels in this form language")
    protection = export.add_mutually_exclusive_group()
    protection.add_argument("--recipient", type=Path, metavar="FILE",
                            help="encrypt to the age public key (age1...) in FILE")
    protection.add_argument("--plaintext", action="store_true",
                            help="write personal data unencrypted (you take care of the file)")
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
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
