"""The form library of an open vault, one per vault for the whole process.

Every service and command that needs a form (interviews, referrals, exports, sync) asks
:func:`vault_library` instead of building a :class:`~fieldapp.xlsform.FormLibrary` of its own,
so a form version is looked up once per process and its definition is shared. (Compiling is
cached below that too, by the form file's content: :mod:`fieldapp.xlsform.cache`.) The library
holds the vault only weakly: when the vault is locked and dropped, its library goes with it,
and a vault unlocked again gets a new one, unless the app registered its own library for it
(:func:`share_library`): the desktop app keeps one library across locks and registers it on
every unlock, so the app and every service it calls share that one. Thread-safe: concurrent
callers get one library.
"""

from __future__ import annotations

import threading
import weakref

from fieldapp.errors import FieldappError
from fieldapp.services.interviews import VaultFormStore
from fieldapp.services.session import Vault
from fieldapp.vault.database import Connection
from fieldapp.xlsform import FormLibrary

# Reentrant: a weakref callback may run (garbage collection) while this thread holds it.
_LOCK = threading.RLock()
_LIBRARIES: dict[int, tuple[weakref.ref[Vault], FormLibrary]] = {}


class VaultGone(FieldappError):
    def __init__(self) -> None:
        super().__init__("the vault this form library belonged to is closed")


def vault_library(vault: Vault) -> FormLibrary:
    """The process's form library for ``vault`` (built-in forms and the vault's versions)."""
    key = id(vault)
    with _LOCK:
        entry = _LIBRARIES.get(key)
        if entry is not None and entry[0]() is vault:
            return entry[1]

        reference = weakref.ref(vault)

        def connection() -> Connection:
            alive = reference()
            if alive is None:
                raise VaultGone()
            return alive.connection

        library = FormLibrary(VaultFormStore(connection))
        _remember(vault, library)
        return library


def share_library(vault: Vault, library: FormLibrary) -> None:
    """Make ``library`` the one :func:`vault_library` gives for ``vault`` from now on.

    For an owner that keeps one library across locks (the desktop app's gateway, whose
    library reads through the connection of the moment): registered on each unlock, it is
    the only library of the process.
    """
    with _LOCK:
        _remember(vault, library)


def _remember(vault: Vault, library: FormLibrary) -> None:
    """Keep ``library`` for ``vault`` while the vault lives (call with the lock held)."""
    key = id(vault)

    def forget(reference: weakref.ref[Vault]) -> None:
        with _LOCK:
            if _LIBRARIES.get(key, (None,))[0] is reference:
                del _LIBRARIES[key]

    _LIBRARIES[key] = (weakref.ref(vault, forget), library)
