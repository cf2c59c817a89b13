"""Sync commands: supervisor keys, enrollment, devices, bundles, receipts, updates, status.

Each handler unlocks the vault, calls :mod:`fieldapp.services.sync` and prints a short plain
result (``bundle import`` and ``bundle inspect`` print JSON). Which vault may run what is the
service's business: a command run on the wrong kind of vault is refused with one line naming
the right one. Every file is written under an opaque name into the folder given with ``--out``
and read from the paths given; names of people or places never appear in output or file names.
docs/sync.md walks through the whole flow with these commands. The sync services are
imported when a handler runs, so ``fieldapp --help`` loads none of them.
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
    from fieldapp.services.session import Vault
    from fieldapp.services.sync import LaptopSync, SupervisorSync
    from fieldapp.sync import RetentionPolicy

DEFAULT_PURGE_DAYS = 30


def _supervisor(vault: Vault) -> SupervisorSync:
    from fieldapp.services.sync import SupervisorSync

    return SupervisorSync(vault)


def _laptop(vault: Vault) -> LaptopSync:
    from fieldapp.services.sync import LaptopSync

    return LaptopSync(vault)


def _days(text: str) -> int:
    from fieldapp.sync.enrollment import MAX_RETENTION_DAYS

    try:
        days = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a whole number of days") from exc
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(f"from 0 to {MAX_RETENTION_DAYS} days")
    return days


def _group(subparsers: Any, name: str, help_text: str) -> Any:
    parser = subparsers.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def register(subparsers: Any) -> None:
    supervisor = _group(subparsers, "supervisor", "supervisor keys and recovery recipient")
    keys = supervisor.add_parser("keys", help="write the public keys (and recovery recipient)")
    keys.add_argument("--out", type=Path, required=True, help="folder to write into")
    keys.set_defaults(handler=_supervisor_keys)
    recovery = supervisor.add_parser(
        "recovery", help="set the organisation's recovery recipient (an age public key file)")
    recovery.add_argument("file", type=Path, help="file holding the age1... public key")
    recovery.set_defaults(handler=_supervisor_recovery)

    enrollment = _group(subparsers, "enrollment", "enroll laptops with a supervisor")
    create = enrollment.add_parser("create", help="supervisor: sign an enrollment file")
    create.add_argument("--out", type=Path, required=True, help="folder to write into")
    create.add_argument("--organisation", required=True, help="organisation name to show")
    create.add_argument("--directory", type=Path, required=True,
                        help="referral directory (.csv or .xlsx)")
    create.add_argument("--form", type=Path, action="append", default=[],
                        help="a form to send (repeat; default: the built-in forms)")
    _retention_options(create, required=False)
    create.set_defaults(handler=_enrollment_create)
    apply = enrollment.add_parser("apply", help="laptop: enroll with a supervisor's file")
    apply.add_argument("file", type=Path)
    apply.add_argument("--fingerprint", help="the code shown on the supervisor's screen")
    apply.add_argument("--label", help="a neutral name for this laptop, e.g. 'Laptop 3'")
    apply.add_argument("--out", type=Path, help="also write the registration file here")
    apply.set_defaults(handler=_enrollment_apply)

    device = _group(subparsers, "device", "laptops known to a supervisor")
    register_parser = device.add_parser(
        "register", help="supervisor: accept a laptop's registration file")
    register_parser.add_argument("file", type=Path)
    register_parser.add_argument("--fingerprint", required=True,
                                 help="the code shown on the laptop's screen")
    register_parser.set_defaults(handler=_device_register)
    listing = device.add_parser("list", help="supervisor: accepted laptops and their bundles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_device_list)
    registration = device.add_parser(
        "registration", help="laptop: write this laptop's registration file again")
    registration.add_argument("--out", type=Path, required=True, help="folder to write into")
    registration.set_defaults(handler=_device_registration)

    bundle = _group(subparsers, "bundle", "sync bundles: laptop export, supervisor import")
    export = bundle.add_parser("export", help="laptop: write everything not yet acknowledged")
    export.add_argument("--out", type=Path, required=True, help="folder to write into")
    export.add_argument("--force", action="store_true",
                        help="write a bundle even when no interview is new")
    export.set_defaults(handler=_bundle_export)
    imports = bundle.add_parser("import", help="supervisor: import bundle files (JSON report)")
    imports.add_argument("files", type=Path, nargs="*")
    imports.add_argument("--inbox", type=Path,
                         help="import every bundle in this folder, moving each when done")
    imports.add_argument("--settle", type=float, default=5.0,
                         help="inbox: skip files changed in the last SECONDS (default 5)")
    imports.add_argument("--receipts", type=Path, help="also write the receipts here")
    imports.set_defaults(handler=_bundle_import)
    inspect = bundle.add_parser("inspect", help="supervisor: what a bundle holds (JSON)")
    inspect.add_argument("file", type=Path)
    inspect.set_defaults(handler=_bundle_inspect)
    conflicts = bundle.add_parser("conflicts", help="supervisor: records held in two versions")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_bundle_conflicts)

    receipt = _group(subparsers, "receipt", "receipts: supervisor to laptop")
    receipt_export = receipt.add_parser("export", help="supervisor: write receipts")
    receipt_export.add_argument("--out", type=Path, required=True, help="folder to write into")
    receipt_export.add_argument("--all", action="store_true",
                                help="every receipt again, not only new ones")
    receipt_export.set_defaults(handler=_receipt_export)
    receipt_import = receipt.add_parser("import", help="laptop: apply receipts, then purge")
    receipt_import.add_argument("files", type=Path, nargs="+")
    receipt_import.set_defaults(handler=_receipt_import)

    update = _group(subparsers, "update", "updates: forms, directory, policy to laptops")
    update_export = update.add_parser("export", help="supervisor: sign the next update")
    update_export.add_argument("--out", type=Path, required=True, help="folder to write into")
    update_export.add_argument("--form", type=Path, action="append", default=[],
                               help="a form version to send (repeat)")
    update_export.add_argument("--directory", type=Path, help="a new referral directory")
    _retention_options(update_export, required=False)
    update_export.set_defaults(handler=_update_export)
    update_import = update.add_parser("import", help="laptop: verify and apply update files")
    update_import.add_argument("files", type=Path, nargs="+")
    update_import.set_defaults(handler=_update_import)

    sync = _group(subparsers, "sync", "sync state of this vault")
    status = sync.add_parser("status", help="what is pending, sent, received")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_sync_status)
    purge = sync.add_parser("purge", help="laptop: apply the retention policy now")
    purge.set_defaults(handler=_sync_purge)


def _retention_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--purge-after-days", type=_days, required=required,
                        help="days a laptop keeps an acknowledged interview")
    parser.add_argument("--no-stub", action="store_true",
                        help="purge interviews completely (default: keep a stub in the log)")


def _retention(args: argparse.Namespace, default_days: int | None) -> RetentionPolicy | None:
    from fieldapp.sync import RetentionPolicy

    days = args.purge_after_days if args.purge_after_days is not None else default_days
    if days is None:
        if args.no_stub:
            raise UsageError("--no-stub goes with --purge-after-days")
        return None
    return RetentionPolicy(days, keep_stub=not args.no_stub)


def _dump(ctx: CommandContext, data: object) -> None:
    ctx.say(json.dumps(data, indent=2, ensure_ascii=False))


# -- supervisor ------------------------------------------------------------------------------


def _supervisor_keys(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        service = _supervisor(vault)
        written = service.export_keys(args.out)
        code = service.fingerprint()
    for path in written:
        ctx.say(f"Written: {path}")
    ctx.say(f"Supervisor code (compare on each laptop): {code}")
    return 0


def _supervisor_recovery(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        recipient = _supervisor(vault).set_recovery_recipient(args.file)
    ctx.say(f"Organisation recovery recipient set: {recipient}")
    ctx.say("New enrollment files carry it; this vault's key is sealed to it too.")
    return 0


def _enrollment_create(args: argparse.Namespace, ctx: CommandContext) -> int:
    retention = _retention(args, DEFAULT_PURGE_DAYS)
    assert retention is not None
    with open_vault(ctx) as vault:
        path, code = _supervisor(vault).create_enrollment(
            args.out, organisation=args.organisation, directory=args.directory,
            forms=args.form, retention=retention,
        )
    ctx.say(f"Enrollment file written: {path}")
    ctx.say(f"Supervisor code (the officer types it on the laptop): {code}")
    return 0


def _device_register(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        service = _supervisor(vault)
        known = {device.device_id for device in service.devices()}
        registration = service.register_device(args.file, args.fingerprint)
    if registration.device_id in known:
        ctx.say(f"Device {registration.device_id} ({registration.label}) was accepted before:"
                " nothing changed.")
    else:
        ctx.say(f"Device {registration.device_id} ({registration.label}) accepted.")
    return 0


def _require_folder(path: Path, option: str) -> None:
    if path.is_file():
        raise UsageError(f"{option} names a folder, and {path} is a file")
    if not path.is_dir():
        raise UsageError(f"{option}: the folder {path} does not exist")


def _device_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        devices = _supervisor(vault).devices()
    if args.json:
        _dump(ctx, [{
            "device_id": d.device_id, "label": d.label, "fingerprint": d.fingerprint,
            "accepted_at": d.accepted_at, "bundles": d.bundles,
            "last_sequence": d.last_sequence, "missing_sequences": list(d.missing_sequences),
        } for d in devices])
        return 0
    for d in devices:
        missing = f"  missing {', '.join(map(str, d.missing_sequences))}" if (
            d.missing_sequences) else ""
        ctx.say(f"{d.device_id}  {d.fingerprint}  {d.label:<20} bundles {d.bundles}, "
                f"last #{d.last_sequence}{missing}")
    if not devices:
        ctx.say("No device registered yet.")
    return 0


def _bundle_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    if bool(args.files) == bool(args.inbox):
        raise UsageError("give bundle files, or --inbox FOLDER (not both)")
    # Every argument is checked before anything is imported: a mistyped receipts folder
    # must not leave bundles imported without their report.
    if args.receipts is not None:
        _require_folder(args.receipts, "--receipts")
    if args.inbox is not None:
        _require_folder(args.inbox, "--inbox")
    for path in args.files or ():
        if not path.is_file():
            raise UsageError(f"no bundle file at {path}")
    with open_vault(ctx) as vault:
        service = _supervisor(vault)
        if args.inbox is not None:
            report = service.import_inbox(args.inbox, settle_seconds=args.settle)
        else:
            report = service.import_files(args.files)
        receipts = service.export_receipts(args.receipts) if args.receipts else []
    data = report.to_json()
    if args.receipts:
        data["receipts"] = [path.name for path in receipts]
    _dump(ctx, data)
    return 1 if report.rejected else 0


def _bundle_inspect(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        summary = _supervisor(vault).inspect(args.file)
    _dump(ctx, summary)
    return 1 if summary["problem"] else 0


def _bundle_conflicts(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        found = _supervisor(vault).conflicts()
    if args.json:
        _dump(ctx, [conflict.__dict__ for conflict in found])
        return 0
    for c in found:
        ctx.say(f"{c.kind} {c.uuid} revision {c.revision} from {c.device_id}: "
                f"{c.first_hash[:12]} kept, {c.other_hash[:12]} also kept ({c.flagged_at})")
    if not found:
        ctx.say("No conflicts.")
    return 0


def _receipt_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        written = _supervisor(vault).export_receipts(args.out, everything=args.all)
    for path in written:
        ctx.say(f"Written: {path}")
    ctx.say(f"{len(written)} receipt(s) written." if written else "No new receipts.")
    return 0


def _update_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        path, number = _supervisor(vault).export_update(
            args.out, forms=args.form, directory=args.directory,
            retention=_retention(args, None),
        )
    ctx.say(f"Update {number} written: {path}")
    return 0


# -- laptop ----------------------------------------------------------------------------------


def _enrollment_apply(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        done = _laptop(vault).apply_enrollment(
            args.file, fingerprint=args.fingerprint, label=args.label,
            registration_dir=args.out,
        )
    verb = "Enrolled with" if done.first_enrollment else "Enrollment refreshed from"
    ctx.say(f"{verb} {done.organisation} (supervisor {done.supervisor_fingerprint}); "
            f"{done.forms_added} form version(s) added.")
    ctx.say(f"This laptop's code (the supervisor compares it): {done.device_fingerprint}")
    if done.registration is not None:
        ctx.say(f"Registration file written: {done.registration}")
    return 0


def _device_registration(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        path, code = _laptop(vault).write_registration(args.out)
    ctx.say(f"Registration file written: {path}")
    ctx.say(f"This laptop's code (the supervisor compares it): {code}")
    return 0


def _bundle_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    _require_folder(args.out, "--out")
    with open_vault(ctx) as vault:
        result = _laptop(vault).export(args.out, force=args.force)
    if result.path is None:
        last = f" since bundle #{result.last_sequence}" if result.last_sequence else ""
        ctx.say(f"Nothing new to send{last}: no bundle written "
                f"({result.interview_revisions} interview revision(s) await a receipt). "
                "If the last bundle was lost, --force writes everything not yet acknowledged"
                " again.")
    else:
        ctx.say(f"Bundle #{result.sequence} written: {result.path}")
        ctx.say(f"{result.interview_revisions} interview revision(s), {result.referrals} "
                f"referral(s), {result.audit_entries} audit entries ({result.resent_records} "
                "sent before, not yet acknowledged).")
    if result.purged:
        ctx.say(f"{result.purged} acknowledged interview(s) purged by the retention policy.")
    return 0


def _receipt_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        results, purged = _laptop(vault).import_receipts(args.files)
    for item in results:
        extra = f", {item.unmatched} not matching what was sent" if item.unmatched else ""
        ctx.say(f"Receipt for bundle #{item.sequence}: {item.acknowledged} record(s) "
                f"acknowledged, {item.already} already{extra}.")
    ctx.say(f"{purged} interview(s) purged by the retention policy.")
    return 0


def _update_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        results = _laptop(vault).import_updates(args.files)
    for item in results:
        parts = [f"{item.forms_added} form version(s) added"]
        if item.directory_replaced:
            parts.append("referral directory replaced")
        if item.retention is not None:
            parts.append(f"purge after {item.retention.purge_after_days} day(s)")
        if item.case_outcomes:
            parts.append(f"outcome of {item.case_outcomes} case(s) from the supervisor")
        ctx.say(f"Update {item.update_sequence} applied: {', '.join(parts)}.")
    return 0


def _sync_purge(args: argparse.Namespace, ctx: CommandContext) -> int:
    with open_vault(ctx) as vault:
        purged = _laptop(vault).purge()
    ctx.say(f"{purged} interview(s) purged by the retention policy.")
    return 0


def _sync_status(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.vault.sync_store import SUPERVISOR, vault_role

    with open_vault(ctx) as vault:
        if vault_role(vault.connection) == SUPERVISOR:
            data: dict[str, Any] = {"role": SUPERVISOR,
                                    **_supervisor(vault).status().__dict__}
        else:
            status = _laptop(vault).status()
            data = {"role": "laptop", **status.__dict__}
            data["retention"] = None if status.retention is None else status.retention.__dict__
    if args.json:
        _dump(ctx, data)
    else:
        _print_status(ctx, data)
    return 0


def _print_status(ctx: CommandContext, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        ctx.say(f"{key.replace('_', ' '):<24} {'-' if value is None else value}")
