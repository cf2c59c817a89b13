"""What the sync use cases refuse, as typed errors, and the guards that raise them.

The file formats have their own rejections (``fieldapp.sync.errors``: damaged, forged, wrong
supervisor...). These are the refusals of the use cases around them: a command run on the wrong
kind of vault or account, a laptop not enrolled yet, a fingerprint that does not match, an
enrollment older than the one applied, a form version that would change under pinned
interviews, an output folder that is not there. Each is a
:class:`~fieldapp.errors.FieldappError` with a plain message and no personal data.
"""

from __future__ import annotations

from pathlib import Path

from fieldapp.errors import FieldappError, UsageError
from fieldapp.services.session import ADMIN_ROLE, Vault
from fieldapp.vault.sync_store import LAPTOP, SUPERVISOR, vault_role

SUPERVISOR_ACCOUNT = "supervisor"


class SyncUseError(FieldappError):
    """Base of the sync use-case refusals."""


class WrongVaultRole(SyncUseError):
    def __init__(self, action: str, needed: str) -> None:
        other = LAPTOP if needed == SUPERVISOR else SUPERVISOR
        hint = ("a supervisor vault is made with 'fieldapp init --role supervisor'"
                if needed == SUPERVISOR else "this is done on the officers' laptops")
        super().__init__(f"only a {needed} vault can {action}: this vault is a {other} vault "
                         f"({hint})")


class NotEnrolled(SyncUseError):
    def __init__(self) -> None:
        super().__init__(
            "this laptop is not enrolled yet: apply the supervisor's enrollment file first "
            "('fieldapp enrollment apply FILE --fingerprint CODE')"
        )


class FingerprintMismatch(SyncUseError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"the code typed does not match the {what}'s fingerprint: it was not accepted. "
            "Compare the codes again on both screens; if they differ, the file may have been "
            "swapped on the way"
        )


class EnrollmentOutdated(SyncUseError):
    def __init__(self) -> None:
        super().__init__(
            "this enrollment file is not newer than the one already applied: it was not "
            "applied (an older file must not roll forms or the retention policy back)"
        )


class FormVersionClash(SyncUseError):
    def __init__(self, form_id: str, version: str) -> None:
        super().__init__(
            f"form '{form_id}' version '{version}' is already in this vault with other "
            "content: nothing was applied; raise the version on the form's settings sheet"
        )


class ImportCancelled(SyncUseError):
    def __init__(self) -> None:
        super().__init__("the import was cancelled: the files not yet imported were left as "
                         "they are")


def require_vault_role(vault: Vault, needed: str, action: str) -> None:
    if vault_role(vault.connection) != needed:
        raise WrongVaultRole(action, needed)


def require_manager(vault: Vault, action: str) -> None:
    """Enrollment, trust and provisioning are for admin and supervisor accounts."""
    vault.require_role(action, ADMIN_ROLE, SUPERVISOR_ACCOUNT)


def output_folder(folder: Path) -> Path:
    """``folder`` if it is an existing directory (sync files are never written elsewhere)."""
    folder = folder.expanduser()
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist")
    return folder
