"""The export use case: a supervisor's interviews out of the vault in a standard format.

``fieldapp export`` and the export dialog both call :meth:`ExportService.export` with an
:class:`ExportRequest`. The kinds: ``csv`` and ``xlsx`` (per-form tables), ``htcds`` (HTCDS 2.0
records, JSON or a zip of CSV by the output's suffix), ``openrosa`` (ODK Briefcase layout in a
zip) and ``aggregate`` (anonymised CTDC-style counts, CSV or XLSX by suffix). Every kind but
the aggregate holds personal data: it is written encrypted to an age recipient, or in plain
text only when the request says so explicitly; asking for neither or both is refused. Only
supervisor and admin accounts export. Every export is recorded in the audit log with its kind,
form, number of interviews, format and whether it was encrypted; never its content, file name
or folder (a file name may say more than it should).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from fieldapp.errors import FieldappError, UsageError
from fieldapp.exports import aggregate, htcds, openrosa, table_plan, tabular
from fieldapp.exports.layout import FormLayout, form_layout
from fieldapp.exports.output import encrypted_path, export_file
from fieldapp.exports.reader import PARALLEL_MIN_INTERVIEWS, VaultAccess, read_interviews
from fieldapp.exports.source import (
    ExportInterview,
    count_interviews,
    count_rows,
    form_versions,
)
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.form_library import vault_library
from fieldapp.services.session import ADMIN_ROLE, Vault
from fieldapp.vault import sync_store
from fieldapp.vault.audit import Clock, utc_now
from fieldapp.xlsform import FormDefinition, FormLibrary

KINDS = ("csv", "xlsx", "htcds", "openrosa", "aggregate")
ANONYMISED = frozenset({"aggregate"})
EXPORT_ROLES = (ADMIN_ROLE, "supervisor")
Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 500


class NothingToExport(FieldappError):
    def __init__(self, form_id: str | None) -> None:
        which = f" of form '{form_id}'" if form_id else ""
        super().__init__(f"there are no finalised interviews{which} to export")


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where. ``recipient`` is an age public key (``age1...``)."""

    kind: str
    out: Path
    form_id: str | None = None
    language: str | None = None
    recipient: str | None = None
    plaintext: bool = False
    case_filter: CaseFilter | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    format: str
    interviews: int
    encrypted: bool


def output_format(kind: str, out: Path) -> str:
    """The file format a kind writes to ``out`` (its suffix decides where there is a choice)."""
    suffix = out.suffix.lower() if out.suffix != ".age" else out.with_suffix("").suffix.lower()
    if kind == "htcds":
        if suffix not in (".json", ".zip"):
            raise UsageError("an HTCDS export is .json (records) or .zip (CSV tables)")
        return "json" if suffix == ".json" else "csv-zip"
    if kind == "aggregate":
        return "xlsx" if suffix == ".xlsx" else "csv"
    return {"csv": "csv-zip", "xlsx": "xlsx", "openrosa": "briefcase-zip"}[kind]


def check_request(request: ExportRequest) -> None:
    """Refuse a request that cannot run, before anything is read or written."""
    if request.kind not in KINDS:
        raise UsageError(f"unknown export kind {request.kind!r}: one of {', '.join(KINDS)}")
    if request.recipient is not None and request.plaintext:
        raise UsageError("choose either an age recipient or plaintext, not both")
    if request.kind not in ANONYMISED and request.recipient is None and not request.plaintext:
        raise UsageError(
            f"the {request.kind} export holds personal data: give an age recipient to encrypt "
            "it to (--recipient FILE), or choose --plaintext knowingly")
    output_format(request.kind, request.out)


class ExportService:
    """Exports of one unlocked vault. Use from the thread that owns its connection."""

    def __init__(self, vault: Vault, library: FormLibrary | None = None, *,
                 clock: Clock = utc_now) -> None:
        self.vault = vault
        self.library = library or vault_library(vault)
        self.clock = clock

    def form_ids(self) -> list[str]:
        """Forms with finalised interviews, for the dialog's choice."""
        return sorted({form_id for form_id, _ in form_versions(self.vault.connection)})

    def languages(self, form_id: str | None) -> list[str]:
        """The form languages the tables can be labelled in (every form's when None)."""
        layouts = self._layouts(form_id)
        return list(dict.fromkeys(lang for layout in layouts.values()
                                  for lang in layout.languages))

    def count(self, form_id: str | None = None, case_filter: CaseFilter | None = None) -> int:
        return count_interviews(self.vault.connection, form_id, case_filter)

    def _forms(self, form_id: str | None,
               case_filter: CaseFilter | None = None) -> dict[tuple[str, str], FormDefinition]:
        return {(f, v): self.library.get(f, v)
                for f, v in form_versions(self.vault.connection, form_id, case_filter)}

    def _layouts(self, form_id: str | None,
                 case_filter: CaseFilter | None = None) -> dict[str, FormLayout]:
        return _layouts_of(self._forms(form_id, case_filter))

    def _total(self, form_id: str | None, case_filter: CaseFilter | None) -> int:
        """How many interviews the export will go through (for its progress and whether to
        use the helpers). A supervisor's vault never holds content sealed per officer, so its
        rows are counted from the indexes; a laptop's are counted as this account opens them."""
        if sync_store.vault_role(self.vault.connection) == sync_store.SUPERVISOR:
            return count_rows(self.vault.connection, form_id, case_filter)
        return self.count(form_id, case_filter)

    def export(self, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
        check_request(request)
        self.vault.require_role("export interviews", *EXPORT_ROLES)
        fmt = output_format(request.kind, request.out)
        chosen = request.case_filter
        total = self._total(request.form_id, chosen)
        if total == 0:
            raise NothingToExport(request.form_id)
        forms = self._forms(request.form_id, chosen)
        layouts = _layouts_of(forms)
        if request.language and request.kind in ("csv", "xlsx") and not any(
                layout.resolve_language(request.language) for layout in layouts.values()):
            raise UsageError(f"no form here has the language {request.language!r}")
        path = encrypted_path(request.out) if request.recipient else request.out
        done = [0]
        # A large export reads (exports.reader) and compresses many small entries
        # (exports.zip_helper) in helper processes, on the other core.
        parallel = total >= PARALLEL_MIN_INTERVIEWS
        access = VaultAccess(self.vault.paths.database, self.vault.key,
                             self.vault.read_only is not None) if parallel else None

        def interviews(form_id: str | None) -> Iterator[ExportInterview]:
            for interview in read_interviews(self.vault.connection, access, form_id, chosen,
                                             parallel=parallel):
                yield interview
                done[0] += 1
                if progress is not None and done[0] % _PROGRESS_EVERY == 0:
                    progress(done[0], total)

        with export_file(path, request.recipient) as target:
            written = self._write(request, fmt, forms, layouts, interviews, target, parallel)
        if progress is not None:
            progress(total, total)
        self.vault.audit("export_written", {
            "kind": request.kind, "format": fmt, "form": request.form_id or "all",
            "interviews": written, "encrypted": request.recipient is not None,
            "language": request.language or "",
            # Whether a filter narrowed the export; not the filter, whose search text may
            # hold a name.
            "filtered": chosen is not None and not chosen.is_empty,
        })
        return ExportResult(path, request.kind, fmt, written, request.recipient is not None)

    def _write(self, request: ExportRequest, fmt: str,
               forms: dict[tuple[str, str], FormDefinition], layouts: dict[str, FormLayout],
               interviews: Callable[[str | None], Iterator[ExportInterview]],
               out: IO[bytes], parallel: bool) -> int:
        kind = request.kind
        if kind in ("csv", "xlsx"):
            tables = [table_plan.FormTable(layout, request.language) for layout in layouts.values()]
            writer = tabular.write_csv_zip if kind == "csv" else tabular.write_xlsx
            return writer(out, tables, interviews, parallel=parallel)
        if kind == "htcds":
            batches = [(htcds.HtcdsMapping.of(layout), _lazy(interviews, fid))
                       for fid, layout in layouts.items()]
            if fmt == "json":
                stamp = self.clock().isoformat(timespec="seconds")
                return htcds.write_json(out, batches, stamp)
            return htcds.write_csv_zip(out, batches)
        if kind == "openrosa":
            plans = {key: openrosa.SubmissionPlan(form) for key, form in forms.items()}
            newest = {fid: self.library.get(fid, layout.versions[-1])
                      for fid, layout in layouts.items()}
            return openrosa.write_briefcase_zip(out, newest, plans,
                                                interviews(request.form_id),
                                                parallel=parallel)
        counted = aggregate.collect((layout, _lazy(interviews, fid))
                                    for fid, layout in layouts.items())
        if fmt == "xlsx":
            aggregate.write_xlsx(out, counted)
        else:
            aggregate.write_csv(out, counted)
        return counted.people


def _layouts_of(forms: dict[tuple[str, str], FormDefinition]) -> dict[str, FormLayout]:
    """Each form's table layout over all its versions here."""
    grouped: dict[str, list[FormDefinition]] = {}
    for (fid, _), form in forms.items():
        grouped.setdefault(fid, []).append(form)
    return {fid: form_layout(versions) for fid, versions in grouped.items()}


def _lazy(interviews: Callable[[str | None], Iterator[ExportInterview]],
          form_id: str) -> Iterable[ExportInterview]:
    """The interviews of one form, read only when iterated (one cursor at a time)."""
    yield from interviews(form_id)
