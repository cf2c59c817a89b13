"""The compiled-form cache: each form version converted once per machine, read once per process.

pyxform takes 0.3-0.9 s to turn a workbook into an XForm, and importing it half a second more;
reading the XForm into a :class:`FormDefinition` takes about a tenth of a second. So:

- **per process**, a compiled :class:`FormDefinition` is kept in memory under its content key,
  and every loader, library, service, command and export of the process gets that same object
  (a definition is immutable). Concurrent loads of one form wait for one compilation.
- **per machine**, what pyxform produced (the XForm text, its warnings and the survey rows'
  names and types) is kept as one JSON file per form in the per-user cache directory
  (:func:`fieldapp.paths.form_cache_dir`), so a later process reads the XForm and never imports
  pyxform. JSON, not pickle: the file is only data, read back through the same safe XML parser
  and expression compiler a fresh conversion goes through.

The content key is the SHA-256 of :data:`~fieldapp.xlsform.convert.COMPILER_VERSION`, pyxform's
version, the file name and the file's bytes: a changed workbook, a new pyxform or a new
conversion never meets an old entry (the newest :data:`MAX_ENTRIES` are kept). A missing,
unreadable, damaged, foreign (another owner, writable by others) or mismatched entry is ignored
and the form is converted again; a write is atomic (temporary file, then rename) and a failed
write is ignored. Only forms that already sit on disk in the clear (shipped forms, a file given
to ``fieldapp form check``) are written to the disk cache; a form kept only inside the vault is
compiled once per process and never leaves the vault. Nothing personal is ever cached: forms
are questionnaires, not answers.
See docs/form-engine.md ("The compiled-form cache").
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import stat
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from fieldapp.xlsform.convert import COMPILER_VERSION, ConvertedForm, SheetIndex
from fieldapp.xlsform.instances import SidecarReader
from fieldapp.xlsform.model import FormDefinition, FormSource

ENTRY_FORMAT = "fieldapp-converted-form"
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_DEFINITIONS = 64  # forms kept in memory per process (a laptop has a handful)
MAX_ENTRIES = 64  # files kept on disk; the oldest go first (a form author's old drafts)

# Compiles a form from its stored conversion (None: convert it first); returns the definition
# and the conversion it was read from.
Compile = Callable[[ConvertedForm | None], tuple[FormDefinition, ConvertedForm]]


@functools.cache
def pyxform_fingerprint() -> str:
    """pyxform's version, read from its package file without importing it (which is slow)."""
    try:
        spec = importlib.util.find_spec("pyxform")
        origin = spec.origin if spec is not None else None
        if origin is None:
            return "pyxform-unknown"
        return hashlib.sha256(Path(origin).read_bytes()).hexdigest()[:16]
    except (ImportError, OSError, ValueError):
        return "pyxform-unknown"


def content_key(filename: str, data: bytes) -> str:
    """The cache key of one form file: its bytes, its name and the converter's versions."""
    digest = hashlib.sha256()
    for part in (ENTRY_FORMAT, str(COMPILER_VERSION), pyxform_fingerprint(), filename):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


class ConversionStore:
    """Converted forms as JSON files in one directory (one per content key)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str) -> ConvertedForm | None:
        """The stored conversion, or None for anything short of a sound entry of ``key``."""
        try:
            with open(self.path(key), "rb") as handle:
                info = os.fstat(handle.fileno())
                if not _trusted(info) or info.st_size > MAX_ENTRY_BYTES:
                    return None
                entry = json.loads(handle.read())
            return _from_json(entry, key)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None

    def put(self, key: str, converted: ConvertedForm) -> None:
        """Keep ``converted`` (atomically; a cache that cannot be written is simply skipped)."""
        text = json.dumps(_to_json(converted, key), ensure_ascii=False, separators=(",", ":"))
        temporary: str | None = None
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".json",
                                                 dir=self.directory)  # mode 0600
            with os.fdopen(handle, "wb") as output:
                output.write(text.encode("utf-8"))
            os.replace(temporary, self.path(key))
            temporary = None
            self._prune()
        except OSError:
            pass
        finally:
            if temporary is not None:
                _remove_quietly(temporary)

    def _prune(self) -> None:
        """Keep the newest :data:`MAX_ENTRIES` entries (and no stale temporary files)."""
        found: list[tuple[float, Path]] = []
        for path in self.directory.glob("*.json"):
            with suppress(OSError):
                found.append((path.stat().st_mtime, path))
        found.sort(reverse=True)
        for _mtime, path in found[MAX_ENTRIES:]:
            _remove_quietly(str(path))


def _trusted(info: os.stat_result) -> bool:
    """A regular file of this user that nobody else may write (POSIX); any file elsewhere."""
    if not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid"):
        return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return True


def _remove_quietly(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)


def _to_json(converted: ConvertedForm, key: str) -> dict[str, Any]:
    # Only the survey rows' name and type are read after conversion (to name a row).
    survey = [{"name": str(row.get("name", "")), "type": str(row.get("type", ""))}
              for row in converted.sheets.survey]
    return {"format": ENTRY_FORMAT, "key": key, "xform": converted.xform,
            "warnings": list(converted.warnings), "survey": survey}


def _from_json(entry: Any, key: str) -> ConvertedForm | None:
    if not isinstance(entry, dict) or entry.get("format") != ENTRY_FORMAT:
        return None
    if entry.get("key") != key:
        return None  # renamed or copied over another entry
    xform, notes, survey = entry["xform"], entry["warnings"], entry["survey"]
    if not isinstance(xform, str) or not isinstance(notes, list) or not isinstance(survey, list):
        return None
    if not all(isinstance(note, str) for note in notes):
        return None
    rows: list[Mapping[str, str]] = []
    for row in survey:
        if not isinstance(row, dict) or not all(
                isinstance(row.get(name), str) for name in ("name", "type")):
            return None
        rows.append({"name": row["name"], "type": row["type"]})
    return ConvertedForm(xform=xform, warnings=tuple(notes), sheets=SheetIndex(survey=rows))


class CompiledForms:
    """Compiled definitions by content key, in memory, over an optional :class:`ConversionStore`.

    Thread-safe: one lock per key, so two threads asking for one form compile it once and get
    the same object, while other forms load alongside.
    """

    def __init__(self, store: ConversionStore | None) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = {}
        self._definitions: OrderedDict[str, FormDefinition] = OrderedDict()

    def load(self, source: FormSource, reader: SidecarReader, compile_form: Compile, *,
             persist: bool) -> FormDefinition:
        """The definition of ``source``: from memory when its sidecar files are unchanged,
        else compiled by ``compile_form`` from the stored conversion (or None: convert)."""
        key = content_key(source.filename, source.data)
        with self._locked(key):
            with self._lock:
                known = self._definitions.get(key)
            if known is not None and _same_sidecars(known, reader):
                with self._lock:
                    self._definitions.move_to_end(key)
                return known
            stored = self.store.get(key) if self.store is not None else None
            definition: FormDefinition | None = None
            if stored is not None:
                try:
                    definition, _converted = compile_form(stored)
                except Exception:  # a damaged entry: convert afresh below
                    definition = None
            if definition is None:
                definition, converted = compile_form(None)
                if persist and self.store is not None:
                    self.store.put(key, converted)
            with self._lock:
                self._definitions[key] = definition
                while len(self._definitions) > MAX_DEFINITIONS:
                    self._definitions.popitem(last=False)
            return definition

    def forget(self) -> None:
        """Drop what this process holds in memory (the disk entries stay)."""
        with self._lock:
            self._definitions.clear()

    @contextmanager
    def _locked(self, key: str) -> Iterator[None]:
        with self._lock:
            lock = self._key_locks.setdefault(key, threading.Lock())
        with lock:
            yield


def _same_sidecars(definition: FormDefinition, reader: SidecarReader) -> bool:
    """Whether the files the form read beside it still hold the same bytes."""
    try:
        return all(reader(name) == data for name, data in definition.source.sidecars.items())
    except Exception:  # any trouble reading them: compile again, which reports it
        return False


_SHARED: CompiledForms | None = None
_SHARED_LOCK = threading.Lock()


def compiled_forms() -> CompiledForms:
    """The process's cache, over the per-user cache directory (made on first use)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            from fieldapp.paths import form_cache_dir

            _SHARED = CompiledForms(ConversionStore(form_cache_dir()))
        return _SHARED


def use_compiled_forms(cache: CompiledForms | None) -> CompiledForms | None:
    """Replace the process's cache (None: make it again from the directory on next use);
    returns the previous one. For tools and tests that want another directory."""
    global _SHARED
    with _SHARED_LOCK:
        previous, _SHARED = _SHARED, cache
        return previous
