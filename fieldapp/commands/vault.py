"""Vault commands: init, user, rotate-key, backup, restore, check, audit, recovery.

``init`` makes a field laptop's vault, or with ``--role supervisor`` a supervisor's (with its
sync keys; see ``fieldapp.commands.sync``).
Each handler unlocks through :mod:`fieldapp.services.session`, calls one service and prints a
short plain result. Passwords come from the context's password source: with
``--password-stdin`` the signing-in password is the first line and a second password (a new
account's, a new password) the second line. The services are imported inside the handlers, so
building the parser (and ``fieldapp --help``) loads none of the vault code.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.commands.context import CommandContext
from fieldapp.commands.core_choices import CoreChoices

if TYPE_CHECKING:
    from fieldapp.services.session import Vault

ROLES = CoreChoices("fieldapp.vault.keystore_records", "ROLES")
VAULT_ROLES = CoreChoices("fieldapp.vault.sync_store", "VAULT_ROLES")


def open_vault(ctx: CommandContext) -> Vault:
    """Unlock the vault of ``ctx`` with the user and first password."""
    from fieldapp.services.session import unlock_vault

    user = ctx.require_user()
    password = ctx.passwords.read(f"Password for {user}: ")
    vault = unlock_vault(ctx.paths, user=user, password=password)
    if vault.read_only:
        print(f"fieldapp: note: {vault.read_only}; the vault is open read-only",
              file=ctx.stderr)
    for notice in vault.notices:
        print(f"fieldapp: note: {notice}", file=ctx.stderr)
    return vault


def register(subparsers: Any) -> None:
    init = subparsers.add_parser("init", help="create a new vault and its first (admin) account")
    init.add_argument(
        "--role", choices=VAULT_ROLES, default=None, metavar="ROLE",
        help="laptop (default) or supervisor: a supervisor vault gets its sync keys at once",
    )
    init.set_defaults(handler=_init)

    user = subparsers.add_parser("user", help="manage accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add an account (its password: second stdin line)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="interviewer", metavar="ROLE",
                     help="%(choices)s (default: %(default)s)")
    add.set_defaults(handler=_user_add)
    listing = user.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_user_list)
    remove = user.add_parser("remove", help="remove an account and rotate the vault key")
    remove.add_argument("name")
    remove.set_defaults(handler=_user_remove)
    passwd = user.add_parser(
        "passwd", help="change your password, or (admin) reset another account's"
    )
    passwd.add_argument("name", nargs="?", help="another account to reset (admin only)")
    passwd.set_defaults(handler=_user_passwd)

    rotate = subparsers.add_parser("rotate-key", help="re-encrypt the vault with a new key")
    rotate.set_defaults(handler=_rotate_key)

    backup = subparsers.add_parser("backup", help="write an encrypted backup file")
    backup.add_argument("--out", type=Path, required=True)
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore", help="restore a backup (the current vault is moved aside, not deleted)"
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=_restore)

    check = subparsers.add_parser("check", help="check database, encryption and audit log")
    check.set_defaults(handler=_check)

    salvage_parser = subparsers.add_parser(
        "salvage", help="copy every readable interview of a damaged vault into a new vault")
    salvage_parser.add_argument("--out", type=Path, required=True,
                                help="a new (or empty) folder for the salvaged vault")
    salvage_parser.set_defaults(handler=_salvage)

    audit_parser = subparsers.add_parser("audit", help="show or verify the audit log")
    audit_parser.add_argument("--verify", action="store_true", help="verify the hash chain")
    audit_parser.add_argument("--since", type=int, default=0, help="entries after this number")
    audit_parser.add_argument("--json", action="store_true")
    audit_parser.set_defaults(handler=_audit)

    recovery = subparsers.add_parser("recovery", help="password recovery by a supervisor")
    actions = recovery.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    set_key = actions.add_parser("set-key", help="seal the vault key to a supervisor public key")
    set_key.add_argument("file", type=Path, help="file holding the age public key (age1...)")
    set_key.set_defaults(handler=_recovery_set_key)
    keygen = actions.add_parser("keygen", help="make a recovery identity (supervisor machine)")
    keygen.add_argument("--out", type=Path, required=True)
    keygen.set_defaults(handler=_recovery_keygen)
    reset = actions.add_parser(
        "reset", help="supervisor machine: give an account of a copied keystore a new password"
    )
    reset.add_argument("keystore", type=Path, help="the laptop's keystore.json (a copy)")
    reset.add_argument("--identity", type=Path, required=True)
    reset.add_argument("--account", required=True, help="the account to reset")
    reset.set_defaults(handler=_recovery_reset)


def _init(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services.session import create_vault
    from fieldapp.vault.sync_store import LAPTOP, SUPERVISOR

    user = ctx.require_user()
    password = ctx.passwords.read_new(f"New password for {user}: ")
    vault_role = getattr(args, "role", None) or LAPTOP
    with create_vault(ctx.paths, user=user, password=password, vault_role=vault_role):
        pass
    ctx.say(f"Vault created in {ctx.data_dir} with admin account {user}.")
    if vault_role == SUPERVISOR:
        ctx.say("This is a supervisor vault: its sync keys were made and are kept inside it.")
    return 0


def _user_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    with open_vault(ctx) as vault:
        password = ctx.passwords.read_new(f"Password for the new account {args.name}: ")
        accounts.add_user(vault, args.name, args.role, password)
    ctx.say(f"Account {args.name} added ({args.role}).")
    return 0


def _user_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    with open_vault(ctx) as vault:
        users = accounts.list_users(vault)
        # Slots the admin-signed record does not vouch for are refused at unlock.
        altered = set(vault.keystore.altered_accounts())
    if args.json:
        ctx.say(json.dumps([
            {"name": u.user, "role": u.role, "disabled": u.disabled,
             "failed_attempts": u.failed_attempts, "altered": u.user in altered}
            for u in users
        ], indent=2))
        return 0
    for info in users:
        state = ("altered" if info.user in altered
                 else "disabled" if info.disabled else "active")
        ctx.say(f"{info.user:<24} {info.role:<12} {state}")
    return 0


def _user_remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    with open_vault(ctx) as vault:
        retired = accounts.remove_user(vault, args.name)
    ctx.say(f"Account {args.name} removed; the vault key was rotated.")
    if retired is not None and retired.officers:
        ctx.say(f"Interview keys it could open were retired: new interviews of "
                f"{retired.officers} officer(s) are sealed under fresh keys.")
    return 0


def _user_passwd(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts
    from fieldapp.services.session import unlock_vault

    user = ctx.require_user()
    current = ctx.passwords.read(f"Password for {user}: ")
    with unlock_vault(ctx.paths, user=user, password=current) as vault:
        if args.name and args.name != user:
            new = ctx.passwords.read_new(f"New password for {args.name}: ")
            accounts.reset_password(vault, args.name, new)
            ctx.say(f"Password of {args.name} reset.")
        else:
            new = ctx.passwords.read_new("New password: ")
            accounts.change_password(vault, current, new)
            ctx.say("Password changed.")
    return 0


def _rotate_key(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    with open_vault(ctx) as vault:
        accounts.rotate_key(vault)
    ctx.say("The vault is now encrypted with a new key; every account keeps its password.")
    return 0


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import maintenance

    with open_vault(ctx) as vault:
        written = maintenance.backup(vault, args.out)
    ctx.say(f"Encrypted backup written to {written}.")
    return 0


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import maintenance

    user = ctx.require_user()
    password = ctx.passwords.read(f"Password for {user} (as in the backup): ")
    moved = maintenance.restore(ctx.paths, args.file, user=user, password=password)
    if moved is not None:
        ctx.say(f"Restored. The previous vault was kept in {moved}.")
    else:
        ctx.say("Restored.")
    return 0


def _check(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import maintenance

    with open_vault(ctx) as vault:
        results = maintenance.check_vault(vault)
    for result in results:
        ctx.say(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    healthy = all(result.ok for result in results)
    ctx.say("The vault is healthy." if healthy else "The vault has problems (see above).")
    return 0 if healthy else 1


def _salvage(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services.salvage import UNKNOWN, salvage

    with open_vault(ctx) as vault:
        report = salvage(vault, args.out)
    ctx.say(f"{report.interviews} interviews copied into a new vault in {report.folder};"
            " every account keeps its password there.")
    if report.left_behind:
        ctx.say(f"left behind (partly on a damaged page): {', '.join(report.left_behind)}")
    for table, lost in sorted(report.lost.items()):
        ctx.say(f"lost from {table}: {'some rows' if lost == UNKNOWN else lost}")
    ctx.say("Nothing was lost." if report.complete else
            "Keep the damaged vault: a backup may hold what could not be read.")
    return 0


def _audit(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.vault import audit

    with open_vault(ctx) as vault:
        if args.verify:
            report = audit.verify_chain(vault.connection)
            if report.ok:
                ctx.say(f"Audit log intact: {report.entries} entries.")
                return 0
            for problem in report.problems:
                ctx.say(f"FAIL {problem}")
            return 1
        listed = list(audit.entries(vault.connection, since=args.since))
    if args.json:
        ctx.say(json.dumps([
            {"seq": e.seq, "at": e.at, "actor": e.actor, "event": e.event,
             "details": e.details, "hash": e.hash} for e in listed
        ], indent=2, ensure_ascii=False))
    else:
        for entry in listed:
            details = " ".join(f"{k}={v}" for k, v in sorted(entry.details.items()))
            ctx.say(f"{entry.seq:>6} {entry.at} {entry.actor:<16} {entry.event} {details}".rstrip())
    return 0


def _recovery_set_key(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    with open_vault(ctx) as vault:
        recipient = accounts.set_recovery_key(vault, args.file)
    ctx.say(f"Recovery key set: {recipient}")
    return 0


def _recovery_keygen(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    recipient = accounts.new_recovery_identity(args.out)
    ctx.say(f"Recovery identity written to {args.out}. Public key for laptops:\n{recipient}")
    return 0


def _recovery_reset(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.services import accounts

    new = ctx.passwords.read_new(f"New password for {args.account}: ")
    accounts.reset_password_with_recovery(args.keystore, args.identity, args.account, new)
    ctx.say(f"Password of {args.account} reset in {args.keystore}; copy it back to the laptop.")
    return 0
