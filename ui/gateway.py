"""The GUI's handle on the vault, whose connection lives on the database thread.

The unlocked :class:`~fieldapp.services.session.Vault` is created, used and locked only inside
jobs on the runner's thread; the GUI keeps just the account name and role it was told. Every
read or write goes through :meth:`VaultGateway.run` (a function of the vault) or
:meth:`VaultGateway.interviews` (a function of the interview service). The form library lives
as long as the gateway, so forms parsed once stay parsed across locks; its vault store always
reads through the connection of the moment. It is the process's one library: every unlock
registers it as the vault's (:func:`~fieldapp.services.form_library.share_library`), so the
services the app calls without a library (referrals, exports, sync) use it too. Locking is
queued behind the jobs already submitted, so an answer given just before a quick exit is saved
before the connection closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from fieldapp.services.caselist import scope_for
from fieldapp.services.form_library import share_library
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault import sync_store
from fieldapp.vault.account_notices import AccountNotice
from fieldapp.vault.database import Connection
from fieldapp.vault.errors import VaultError
from fieldapp.vault.keystore import Keystore
from fieldapp.xlsform import FormLibrary
from ui.tasks import Failure, TaskRunner

T = TypeVar("T")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("the vault is locked: sign in again")


@dataclass(frozen=True)
class Account:
    """Who is signed in, and on which kind of vault (``laptop`` or ``supervisor``)."""

    user: str
    role: str
    vault_role: str = sync_store.LAPTOP
    # Why the vault opened for reading only (a full disk, a read-only drive), if it did.
    read_only: FieldappError | None = None
    # What the unlock found about the accounts (ui.account_notices says it).
    notices: tuple[AccountNotice, ...] = ()

    @property
    def case_scope(self) -> str | None:
        """The interviewer filter of the case list (``None``: every interview)."""
        return scope_for(self.user, self.role, self.vault_role)

    @property
    def on_supervisor_vault(self) -> bool:
        return self.vault_role == sync_store.SUPERVISOR


def _account_of(vault: Vault) -> Account:
    return Account(vault.user, vault.role, sync_store.vault_role(vault.connection),
                   vault.read_only, tuple(vault.notices))


class VaultGateway:
    """Unlock, use and lock the vault through one task runner."""

    def __init__(
        self, paths: VaultPaths, runner: TaskRunner, library: FormLibrary | None = None
    ) -> None:
        self.paths = paths
        self.runner = runner
        self.account: Account | None = None
        self._vault: Vault | None = None  # touched only on the runner's thread
        self.library = library or FormLibrary(VaultFormStore(self._connection))

    def _connection(self) -> Connection:
        if self._vault is None:
            raise VaultLocked()
        return self._vault.connection

    def exists(self) -> bool:
        return self.paths.exists()

    def user_names(self) -> list[str]:
        """Account names for the sign-in list (the keystore shows them without a password)."""
        if not self.paths.keystore.exists():
            return []
        return [info.user for info in Keystore.load(self.paths.keystore).users()]

    def unlock(
        self,
        user: str,
        password: str,
        on_success: Callable[[Account], None],
        on_failure: Failure,
    ) -> None:
        def job() -> Account:
            self._close()
            self._vault = unlock_vault(self.paths, user=user, password=password)
            share_library(self._vault, self.library)
            return _account_of(self._vault)

        self.runner.submit(job, self._remember(on_success), on_failure)

    def create(
        self,
        user: str,
        password: str,
        on_success: Callable[[Account], None],
        on_failure: Failure,
    ) -> None:
        def job() -> Account:
            self._close()
            self._vault = create_vault(self.paths, user=user, password=password)
            share_library(self._vault, self.library)
            return _account_of(self._vault)

        self.runner.submit(job, self._remember(on_success), on_failure)

    def run(
        self,
        work: Callable[[Vault], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        def job() -> T:
            if self._vault is None:
                raise VaultLocked()
            return work(self._vault)

        self.runner.submit(job, on_success, on_failure)

    def interviews(
        self,
        work: Callable[[InterviewService], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        """Run ``work`` with the interview service of the unlocked vault."""
        self.run(lambda vault: work(InterviewService(vault, self.library)), on_success,
                 on_failure)

    def lock(self, on_done: Callable[[None], None] | None = None) -> None:
        """Close the connection and forget the key, after every job already queued."""
        self.account = None
        self.runner.submit(self._close, on_done, lambda _error: None)

    def _close(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.lock()

    def _remember(self, on_success: Callable[[Account], None]) -> Callable[[Account], None]:
        def remember(account: Account) -> None:
            self.account = account
            on_success(account)

        return remember
