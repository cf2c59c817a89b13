"""The form library: built-in forms plus forms imported into the vault, every version kept.

An interview is pinned to the exact (form id, version) it started on, so it must still open
after the app ships a newer built-in form or a supervisor imports a new version. The library
therefore reads built-in forms from ``forms/`` and every stored version through a
:class:`FormStore` (the vault implements it; :class:`InMemoryFormStore` serves tests), and
:meth:`FormLibrary.keep` copies a built-in version into the store when an interview starts on
it. A stored version is immutable: importing the same id and version with other content is
refused. A broken built-in form is reported, not fatal. Compiling is cached for the whole
process by content (:mod:`fieldapp.xlsform.cache`), so every library of the process shares the
compiled definitions; a library may be used from several threads (one lock guards its maps).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from fieldapp.errors import FieldappError
from fieldapp.xlsform.errors import FormLoadError
from fieldapp.xlsform.loader import load_form, load_form_source
from fieldapp.xlsform.model import FormDefinition, FormSource

BUILT_IN = "built-in"
IMPORTED = "imported"


class FormNotFound(FieldappError):
    def __init__(self, form_id: str, version: str | None = None) -> None:
        which = f"form '{form_id}'" + (f" version '{version}'" if version else "")
        super().__init__(f"no {which} in the form library")


@dataclass(frozen=True)
class StoredForm:
    """One stored version: the original file's bytes and the files beside it."""

    form_id: str
    version: str
    filename: str
    data: bytes
    sidecars: Mapping[str, bytes]


class FormStore(Protocol):
    """Where imported and pinned form versions live (the vault, in the app)."""

    def put(self, form_id: str, version: str, filename: str, data: bytes,
            sidecars: Mapping[str, bytes]) -> None: ...

    def get(self, form_id: str, version: str) -> StoredForm | None: ...

    def list(self) -> list[tuple[str, str]]: ...


class InMemoryFormStore:
    """A :class:`FormStore` in a dict, for tests and for tools without a vault."""

    def __init__(self) -> None:
        self._forms: dict[tuple[str, str], StoredForm] = {}

    def put(self, form_id: str, version: str, filename: str, data: bytes,
            sidecars: Mapping[str, bytes]) -> None:
        self._forms[(form_id, version)] = StoredForm(
            form_id, version, filename, bytes(data), dict(sidecars)
        )

    def get(self, form_id: str, version: str) -> StoredForm | None:
        return self._forms.get((form_id, version))

    def list(self) -> list[tuple[str, str]]:
        return sorted(self._forms)


@dataclass(frozen=True)
class FormEntry:
    """One form version as the library lists it."""

    form_id: str
    version: str
    title: str
    languages: tuple[str, ...]
    origin: str


def version_key(version: str) -> tuple[int, int, str]:
    """Orders versions as ODK authors write them: numbers numerically, else as text."""
    return (1, int(version), "") if version.isdigit() else (0, 0, version)


class FormLibrary:
    """Every form version available on this machine."""

    def __init__(self, store: FormStore | None = None, builtin_dir: Path | None = None,
                 loader: Callable[[Path], FormDefinition] = load_form) -> None:
        if builtin_dir is None:
            from fieldapp.paths import forms_dir

            builtin_dir = forms_dir()
        self._store = store if store is not None else InMemoryFormStore()
        self._builtin_dir = builtin_dir
        self._loader = loader
        self._builtin: dict[tuple[str, int, int], FormDefinition] = {}
        self._cache: dict[tuple[str, str], FormDefinition] = {}
        self._lock = threading.RLock()
        self.problems: list[str] = []

    def builtin_forms(self) -> list[FormDefinition]:
        """The forms shipped in ``forms/`` (re-read when a file changes)."""
        with self._lock:
            return self._builtin_forms()

    def _builtin_forms(self) -> list[FormDefinition]:
        forms: list[FormDefinition] = []
        problems: list[str] = []
        for path in self._builtin_files():
            stat = path.stat()
            key = (str(path), stat.st_mtime_ns, stat.st_size)
            definition = self._builtin.get(key)
            if definition is None:
                try:
                    definition = self._loader(path)
                except FormLoadError as error:
                    problems.append(str(error))
                    continue
                self._builtin[key] = definition
            forms.append(definition)
        self.problems = problems
        return forms

    def entries(self) -> list[FormEntry]:
        with self._lock:
            return self._entries()

    def _entries(self) -> list[FormEntry]:
        found: dict[tuple[str, str], FormEntry] = {}
        for definition in self.builtin_forms():
            found[(definition.form_id, definition.version)] = _entry(definition, BUILT_IN)
        for form_id, version in self._store.list():
            if (form_id, version) not in found:
                try:
                    definition = self.get(form_id, version)
                except FormLoadError as error:
                    self.problems.append(str(error))
                    continue
                found[(form_id, version)] = _entry(definition, IMPORTED)
        return sorted(found.values(), key=lambda e: (e.form_id, version_key(e.version)))

    def versions(self, form_id: str) -> list[str]:
        return [e.version for e in self.entries() if e.form_id == form_id]

    def latest(self, form_id: str) -> FormDefinition:
        versions = self.versions(form_id)
        if not versions:
            raise FormNotFound(form_id)
        return self.get(form_id, versions[-1])

    def get(self, form_id: str, version: str) -> FormDefinition:
        """Exactly this version (from the cache, the store, or the built-in forms)."""
        with self._lock:
            return self._get(form_id, version)

    def _get(self, form_id: str, version: str) -> FormDefinition:
        cached = self._cache.get((form_id, version))
        if cached is not None:
            return cached
        stored = self._store.get(form_id, version)
        if stored is not None:
            # A version held only in the vault stays there: its conversion is cached on disk
            # only when the same file ships with the app (in the clear already).
            definition = load_form_source(
                FormSource(stored.filename, stored.data, dict(stored.sidecars)),
                persist=self._ships(stored.data),
            )
            if (definition.form_id, definition.version) != (form_id, version):
                raise FormLoadError(
                    f"the stored copy of form '{form_id}' version '{version}' is another "
                    "form", source=stored.filename,
                )
        else:
            built_in = next((d for d in self._builtin_forms()
                             if (d.form_id, d.version) == (form_id, version)), None)
            if built_in is None:
                raise FormNotFound(form_id, version)
            definition = built_in
        self._cache[(form_id, version)] = definition
        return definition

    def _ships(self, data: bytes) -> bool:
        """Whether ``data`` is the content of one of the built-in form files."""
        for path in self._builtin_files():
            try:
                if path.stat().st_size == len(data) and path.read_bytes() == data:
                    return True
            except OSError:
                continue
        return False

    def _builtin_files(self) -> list[Path]:
        if not self._builtin_dir.is_dir():
            return []
        return [path for path in sorted(self._builtin_dir.glob("*.xlsx"))
                if not path.name.startswith(("~$", "."))]  # spreadsheet lock files

    def import_file(self, path: Path) -> FormDefinition:
        return self.import_definition(load_form(path))

    def import_source(self, source: FormSource) -> FormDefinition:
        return self.import_definition(load_form_source(source))

    def import_definition(self, definition: FormDefinition) -> FormDefinition:
        """Store this version; refuse a different form under an existing id and version."""
        with self._lock:
            return self._import_definition(definition)

    def _import_definition(self, definition: FormDefinition) -> FormDefinition:
        if not definition.version:
            raise FormLoadError(
                "the form has no version: set 'version' on the settings sheet so that "
                "interviews can be pinned to it",
                source=definition.source.filename, sheet="settings", column="version",
            )
        existing = self._existing_source(definition.form_id, definition.version)
        if existing is not None:
            if _same(existing, definition.source):
                return self._get(definition.form_id, definition.version)
            raise FormLoadError(
                f"form '{definition.form_id}' version '{definition.version}' is already in the "
                "library with other content: raise the version on the settings sheet",
                source=definition.source.filename, sheet="settings", column="version",
            )
        self._put(definition)
        self._cache[(definition.form_id, definition.version)] = definition
        return definition

    def keep(self, definition: FormDefinition) -> None:
        """Make sure this exact version stays available (call when an interview starts)."""
        with self._lock:
            if self._store.get(definition.form_id, definition.version) is None:
                self._put(definition)

    def _existing_source(self, form_id: str, version: str) -> FormSource | None:
        stored = self._store.get(form_id, version)
        if stored is not None:
            return FormSource(stored.filename, stored.data, dict(stored.sidecars))
        for built_in in self._builtin_forms():
            if (built_in.form_id, built_in.version) == (form_id, version):
                return built_in.source
        return None

    def _put(self, definition: FormDefinition) -> None:
        source = definition.source
        self._store.put(definition.form_id, definition.version, source.filename, source.data,
                        dict(source.sidecars))


def _same(left: FormSource, right: FormSource) -> bool:
    return left.data == right.data and dict(left.sidecars) == dict(right.sidecars)


def _entry(definition: FormDefinition, origin: str) -> FormEntry:
    return FormEntry(definition.form_id, definition.version, definition.title,
                     definition.languages, origin)


def form_ids(entries: Iterable[FormEntry]) -> list[str]:
    return sorted({entry.form_id for entry in entries})
