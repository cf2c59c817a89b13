"""Loading a form: from a file on disk, or from stored bytes and the files stored beside them.

``load_form(path)`` reads an XLSForm (.xlsx, .csv or .md) and the files it names beside it
(CSV choice lists, XML lists), converts it with pyxform, reads the XForm and compiles every
expression. ``load_form_source(source)`` does the same from bytes, as the form library keeps
them in the vault. The returned definition carries the exact bytes it came from, including
only the sidecar files the form actually uses, so the library can store that version as is.
Every failure, expected or not, reaches the caller as a :class:`FormLoadError` naming the file.
Both go through the process's compiled-form cache (:mod:`fieldapp.xlsform.cache`): a form
already compiled in this process is returned as is, and one converted before on this machine
skips pyxform. ``load_form`` may add a file's conversion to the disk cache (the file is on disk
in the clear anyway); ``load_form_source`` does so only when asked (``persist``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fieldapp.xlsform.cache import compiled_forms
from fieldapp.xlsform.convert import MAX_FORM_BYTES, ConvertedForm, convert_xlsform
from fieldapp.xlsform.dependencies import build_graph
from fieldapp.xlsform.errors import FormLoadError, one_line
from fieldapp.xlsform.instances import MAX_SIDECAR_BYTES, SidecarReader
from fieldapp.xlsform.model import FormDefinition, FormSource
from fieldapp.xlsform.xform_reader import read_xform


def load_form(path: Path) -> FormDefinition:
    """The compiled form in ``path``; sidecar files are looked for in the same folder."""
    path = Path(path)
    data = _read_file(path, MAX_FORM_BYTES, path.name)
    folder = path.parent

    def read_sidecar(name: str) -> bytes | None:
        candidate = folder / name
        if Path(name).name != name or not candidate.is_file():
            return None
        return _read_file(candidate, MAX_SIDECAR_BYTES, path.name)

    return load_form_source(FormSource(filename=path.name, data=data), read_sidecar,
                            persist=True)


def load_form_source(
    source: FormSource, read_sidecar: SidecarReader | None = None, *, persist: bool = False
) -> FormDefinition:
    """The compiled form in ``source`` (sidecars from ``source.sidecars``, else the reader).

    ``persist``: the form's bytes are on disk in the clear already, so its conversion may be
    kept in the per-user cache directory. Leave it off for forms held only in the vault.
    """

    def reader(name: str) -> bytes | None:
        data = source.sidecars.get(name)
        if data is None and read_sidecar is not None:
            data = read_sidecar(name)
        return data

    return compiled_forms().load(
        source, reader, lambda stored: compile_source(source, reader, stored), persist=persist
    )


def compile_source(
    source: FormSource, read_sidecar: SidecarReader, converted: ConvertedForm | None = None
) -> tuple[FormDefinition, ConvertedForm]:
    """Compile ``source`` (from ``converted`` when given, else through pyxform), uncached."""
    used: dict[str, bytes] = {}

    def reader(name: str) -> bytes | None:
        data = read_sidecar(name)
        if data is not None:
            used[name] = data
        return data

    try:
        if converted is None:
            converted = convert_xlsform(source.filename, source.data)
        definition = read_xform(converted, source, reader)
        graph = build_graph(definition.questions.values(), definition.groups.values())
    except FormLoadError as error:
        if error.source:
            raise
        raise error.with_source(source.filename) from error
    except RecursionError as error:
        raise FormLoadError(
            "the form is too deeply nested to be read", source=source.filename
        ) from error
    except Exception as error:
        raise FormLoadError(
            f"the form could not be read ({type(error).__name__}: {one_line(str(error), 120)})",
            source=source.filename,
        ) from error
    kept = FormSource(filename=source.filename, data=source.data, sidecars=dict(used))
    return dataclasses.replace(definition, source=kept, graph=graph), converted


def _read_file(path: Path, limit: int, label: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise FormLoadError(
                f"'{path.name}' is larger than {limit // (1024 * 1024)} MB", source=label
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise FormLoadError("no such file", source=str(path)) from error
    except IsADirectoryError as error:
        raise FormLoadError("this is a folder, not a form file", source=str(path)) from error
    except OSError as error:
        raise FormLoadError(
            f"the file cannot be read ({error.strerror or 'input/output error'})",
            source=str(path),
        ) from error
