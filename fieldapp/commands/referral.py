"""``fieldapp directory``, ``fieldapp referral`` and ``fieldapp referrals``: referrals by command.

``directory list`` shows the services a referral can go to (the vault's directory, or a file
given with ``--file``). ``referral REF --service ID --out FILE`` makes the referral of a
finalised interview through :mod:`fieldapp.services.referrals` and writes it once; with
``--encrypt`` the file is AES-256 encrypted and standard output carries the passphrase and
nothing else, so a script can pass it on by another channel; what the command did goes to
standard error. ``referrals list REF`` and ``referrals status ID STATUS`` follow the referrals
made (``referral`` takes the reference as its first word, so the follow-up commands live under
their own name). Nothing printed names the person or an answer. The renderer and the services
are imported inside the handlers, so ``fieldapp --help`` does not load reportlab or pypdf.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.commands.context import CommandContext
from fieldapp.commands.core_choices import CoreChoices
from fieldapp.commands.vault import open_vault

if TYPE_CHECKING:
    from fieldapp.referral import Service
    from fieldapp.vault.referrals import ReferralRecord

LANGUAGES = CoreChoices("fieldapp.referral.model", "LANGUAGES")
SERVICE_TYPES = CoreChoices("fieldapp.referral.model", "SERVICE_TYPES")
URGENCIES = CoreChoices("fieldapp.referral.model", "URGENCIES")
STATUSES = CoreChoices("fieldapp.vault.referrals", "STATUSES")


def register(subparsers: Any) -> None:
    directory = subparsers.add_parser("directory", help="the referral directory")
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION",
                                       required=True)
    listing = actions.add_parser("list", help="services a referral can go to")
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.add_argument("--type", choices=SERVICE_TYPES, metavar="TYPE",
                         help="only services of this type: %(choices)s")
    listing.add_argument("--area", help="only services serving this area (or every area)")
    listing.add_argument("--file", type=Path,
                         help="a directory file (.csv or .xlsx) instead of the vault's")
    listing.set_defaults(handler=_directory_list)

    referral = subparsers.add_parser(
        "referral", help="make the referral document of a finalised interview")
    referral.add_argument("reference", metavar="REF", help="the interview's reference")
    referral.add_argument("--service", required=True, metavar="ID",
                          help="the receiving service's id (see 'directory list')")
    referral.add_argument("--out", required=True, type=Path, metavar="FILE",
                          help="the PDF to write (never replaced if it exists)")
    referral.add_argument("--lang", default=None, choices=LANGUAGES, metavar="LANG",
                          help="document language, %(choices)s (default: the interview's)")
    referral.add_argument("--encrypt", action="store_true",
                          help="AES-256 encrypt the file; the passphrase goes to stdout")
    referral.add_argument("--reason", default="", help="reason for the referral")
    referral.add_argument("--urgency", default=None, choices=URGENCIES, metavar="URGENCY",
                          help="%(choices)s (default: the urgency recorded in the interview)")
    referral.add_argument("--officer", default=None,
                          help="referring officer's name (default: the account name)")
    referral.add_argument("--organisation", default=None,
                          help="default: the organisation this laptop is enrolled with")
    referral.set_defaults(handler=_referral)

    follow = subparsers.add_parser("referrals", help="follow the referrals made")
    follow_actions = follow.add_subparsers(dest="referrals_command", metavar="ACTION",
                                           required=True)
    made = follow_actions.add_parser("list", help="the referrals of one interview")
    made.add_argument("reference", metavar="REF")
    made.add_argument("--json", action="store_true", help="one JSON array")
    made.set_defaults(handler=_referrals_list)
    status = follow_actions.add_parser("status", help="record what the service answered")
    status.add_argument("referral_id", metavar="ID",
                        help="the referral's id (or its first 8 characters)")
    status.add_argument("status", choices=STATUSES, metavar="STATUS", help="%(choices)s")
    status.set_defaults(handler=_referrals_status)


def _service_json(service: Service) -> dict[str, Any]:
    return {
        "id": service.id, "name": service.name, "type": service.type,
        "area": list(service.area), "languages": list(service.languages),
        "hours": service.hours, "phone": service.phone, "email": service.email,
        "address": service.address, "consent_required": service.consent_required,
        "data_needed": sorted(service.data_needed), "notes": service.notes,
    }


def _directory_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.referral import filter_services
    from fieldapp.services.referrals import list_directory

    if args.file is not None:
        services = list_directory(args.file)
    elif ctx.paths.exists():
        with open_vault(ctx) as vault:
            services = list_directory(vault)
    else:
        services = list_directory()
    services = filter_services(services, type=args.type, area=args.area)
    if args.json:
        ctx.say(json.dumps([_service_json(s) for s in services], indent=2,
                           ensure_ascii=False))
        return 0
    for service in services:
        ctx.say(f"{service.id:<32} {service.type:<18} {' '.join(service.area):<20} "
                f"{service.name}")
    ctx.say(f"{len(services)} service(s)")
    return 0


def _referral(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.referral.errors import OutputExistsError

    out: Path = args.out
    if out.exists():  # fail before unlocking and rendering; write_once checks again
        raise OutputExistsError(f"{out.name} exists already: choose another name")
    with open_vault(ctx) as vault:
        from fieldapp.services.referrals import default_language, make_referral, save_referral

        language = args.lang or default_language(vault, args.reference)
        made = make_referral(
            vault, args.reference, args.service, language, args.encrypt,
            reason=args.reason, urgency=args.urgency, officer_name=args.officer,
            organisation=args.organisation, file_name=out.name,
            deliver=lambda pdf: save_referral(out, pdf),
        )
    if made.passphrase is not None:
        ctx.say(made.passphrase)
        ctx.stderr.write(f"Referral {made.record.uuid[:8]} written to {out} (AES-256). "
                         "Give the passphrase by another channel than the file.\n")
    else:
        ctx.stderr.write(f"Referral {made.record.uuid[:8]} written to {out}. "
                         "The file is not encrypted: keep it safe.\n")
    return 0


def _record_json(record: ReferralRecord) -> dict[str, Any]:
    return {
        "id": record.uuid, "reference": record.reference, "service": record.service_id,
        "service_name": record.service_name, "service_type": record.service_type,
        "language": record.language, "encrypted": record.encrypted, "status": record.status,
        "created_at": record.created_at, "updated_at": record.updated_at,
        "created_by": record.created_by, "file_name": record.file_name,
    }


def _referrals_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services.referrals import list_referrals

    with open_vault(ctx) as vault:
        records = list_referrals(vault, args.reference)
    if args.json:
        ctx.say(json.dumps([_record_json(r) for r in records], indent=2, ensure_ascii=False))
        return 0
    for record in records:
        lock = "encrypted" if record.encrypted else "plain"
        ctx.say(f"{record.uuid[:8]}  {record.created_at[:16].replace('T', ' ')}  "
                f"{record.status:<9} {record.service_id:<32} {record.language} {lock}")
    ctx.say(f"{len(records)} referral(s)")
    return 0


def _referrals_status(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services.referrals import set_referral_status

    with open_vault(ctx) as vault:
        record = set_referral_status(vault, args.referral_id, args.status)
    ctx.say(f"Referral {record.uuid[:8]} of {record.reference}: {record.status}")
    return 0
