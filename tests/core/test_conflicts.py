"""Conflict review: versions side by side, resolve with a reason, undo; revision diffs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldapp.services import caselist
from fieldapp.services.case_filter import CaseFilter, count_matching
from fieldapp.services.case_review import (
    FieldChange,
    RevisionNotFound,
    case_revisions,
    diff_contents,
    revision_diff,
    revision_values,
)
from fieldapp.services.conflicts import ConflictError, ConflictReview
from fieldapp.services.interviews import InterviewService
from fieldapp.sync import SyncRecord, read_bundle
from fieldapp.vault import audit, interviews, sync_store
from fieldapp.vault.sync_outbox import INTERVIEW_KIND
from tests.core.test_sync_service_support import Office, interview_bundle, make_office


@dataclass
class Clash:
    office: Office
    review: ConflictReview
    reference: str

    def shown(self) -> interviews.InterviewRecord:
        return interviews.get_by_reference(self.office.supervisor.connection, self.reference)


def _export(office: Office) -> Path:
    result = office.laptop(0).export(office.folder(f"out{office.clock.now.timestamp()}"))
    assert result.path is not None
    return result.path


def _restored_version(office: Office, first: Path, changes: dict[str, object], *,
                      sequence: int, device_index: int = 0) -> Path:
    """The same revision with other content, as a laptop restored from a backup sends it."""
    device = sync_store.load_device_identity(office.laptops[device_index].connection)
    identity = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert device is not None and identity is not None
    known = sync_store.known_devices(office.supervisor.connection)
    received = read_bundle(first.read_bytes(), known_devices=known, supervisor=identity)
    record = next(r for r in received.records if r.kind == INTERVIEW_KIND)
    body = dict(record.body)
    content = dict(body["content"])  # type: ignore[arg-type]
    content["values"] = {**content["values"], **changes}  # type: ignore[dict-item]
    body.update(content=content, site=str(changes.get("site", body["site"])), author="amira2")
    other = SyncRecord(record.kind, record.uuid, record.revision, device.device_id, body)
    path = office.folder(f"restored{sequence}") / "b.fsb"
    path.write_bytes(interview_bundle(device, identity.public_keys(), [other],
                                      sequence=sequence))
    return path


@pytest.fixture
def clash(tmp_path: Path) -> Iterator[Clash]:
    office = make_office(tmp_path, laptops=2)
    done = office.record(0, 1)
    first = _export(office)
    office.boss().import_files([first])
    office.boss().import_files([_restored_version(office, first, {"site": "Gate 9", "age": 31},
                                                  sequence=2)])
    yield Clash(office, ConflictReview(office.supervisor, clock=office.clock), done.reference)
    office.close()


def test_versions_are_listed_numbered_and_compared_field_by_field(clash: Clash) -> None:
    [conflict] = clash.review.conflicts()
    assert (conflict.reference, conflict.revision, conflict.versions) == (clash.reference, 1, 2)
    assert conflict.resolution is None
    view = clash.review.view(clash.reference, 1)
    first, second = view.versions
    assert (first.number, first.shown, second.number, second.shown) == (1, True, 2, False)
    assert first.changes == ()
    assert second.changes == (FieldChange("age", 21, 31), FieldChange("site", "Gate 1", "Gate 9"))
    assert second.author == "amira2" and second.same_device
    assert count_matching(clash.office.supervisor.connection, CaseFilter(has_conflict=True)) == 1


def test_resolve_shows_the_chosen_version_and_undo_brings_back_the_first(clash: Clash) -> None:
    connection = clash.office.supervisor.connection
    resolution = clash.review.resolve(clash.reference, 1, 2, "the later visit corrected it")
    assert clash.shown().site == "Gate 9"
    assert dict(interviews.load_answers(connection, clash.shown().id)) != {}
    assert revision_values(clash.office.supervisor, clash.reference, 1)["age"] == 31
    assert caselist.count_cases(connection, caselist.CaseQuery(text="Gate 9")) == 1
    assert count_matching(connection, CaseFilter(has_conflict=True)) == 0
    entry = list(audit.entries(connection))[-1]
    assert entry.event == "conflict_resolved"
    assert entry.details == {"reference": clash.reference, "revision": 1,
                             "resolution": resolution.id,
                             "chosen": resolution.chosen_hash[:16],
                             "replaced": resolution.replaced_hash[:16]}
    assert "corrected" not in str(entry.details)
    [listed] = clash.review.conflicts()
    assert listed.resolution == resolution
    view = clash.review.view(clash.reference, 1)
    assert [v.shown for v in view.versions] == [False, True]

    with pytest.raises(ConflictError, match="resolved already"):
        clash.review.resolve(clash.reference, 1, 1, "changed my mind")
    undone = clash.review.undo(clash.reference, 1)
    assert undone.undone_by == "chief" and undone.id == resolution.id
    assert clash.shown().site == "Gate 1"
    assert revision_values(clash.office.supervisor, clash.reference, 1)["age"] == 21
    assert count_matching(connection, CaseFilter(has_conflict=True)) == 1
    entry = list(audit.entries(connection))[-1]
    assert entry.event == "conflict_resolution_undone"
    assert entry.details["resolution"] == resolution.id
    assert [r.reason for r in clash.review.history(clash.reference)] == [
        "the later visit corrected it"]
    with pytest.raises(ConflictError, match="no resolution to undo"):
        clash.review.undo(clash.reference, 1)
    # Resolved again after the undo: a second row, the first kept.
    clash.review.resolve(clash.reference, 1, 2, "checked again")
    assert [r.undone_at is None for r in clash.review.history(clash.reference)] == [False, True]
    assert audit.verify_chain(connection).ok


def test_bad_resolutions_are_refused_clearly(clash: Clash) -> None:
    with pytest.raises(ConflictError, match="say why"):
        clash.review.resolve(clash.reference, 1, 2, "  ")
    with pytest.raises(ConflictError, match="no version 3: choose 1 to 2"):
        clash.review.resolve(clash.reference, 1, 3, "typo")
    with pytest.raises(ConflictError, match=r"revision 2 of interview .* is not in conflict"):
        clash.review.resolve(clash.reference, 2, 1, "typo")
    assert clash.shown().site == "Gate 1"


def test_a_version_from_another_laptop_cannot_be_chosen(clash: Clash) -> None:
    office = clash.office
    # Laptop 2 sends a version of laptop 1's revision (same uuid and number).
    bundles = sorted(office.root.glob("out*/*"))
    office.boss().import_files([_restored_version(office, bundles[0], {"site": "Elsewhere"},
                                                  sequence=1, device_index=1)])
    view = clash.review.view(clash.reference, 1)
    assert [v.same_device for v in view.versions] == [True, True, False]
    with pytest.raises(ConflictError, match="another laptop"):
        clash.review.resolve(clash.reference, 1, 3, "looks right")


def test_revisions_of_a_case_side_by_side(tmp_path: Path) -> None:
    office = make_office(tmp_path, laptops=1)
    try:
        done = office.record(0, 4)
        vault = office.laptops[0]
        service = InterviewService(vault, office.library(vault), clock=office.clock)
        opened = service.begin_revision(done.reference, "age misheard")
        service.save(opened, opened.session.answer("/data/age", 52))
        service.finalise(opened)
        office.boss().import_files([_export(office)])
        supervisor = office.supervisor
        summaries = case_revisions(supervisor, done.reference)
        assert [(s.revision, s.reason, s.author) for s in summaries] == [
            (1, "", "laptop1"), (2, "age misheard", "laptop1")]
        assert summaries[1].changed_fields == 1
        diff = revision_diff(supervisor, done.reference, 1, 2)
        assert diff.changes == (FieldChange("age", 24, 52),)
        assert revision_diff(supervisor, done.reference, 2, 1).changes == (
            FieldChange("age", 52, 24),)
        with pytest.raises(RevisionNotFound, match=r"no revision 3 .*its revisions: 1, 2"):
            revision_diff(supervisor, done.reference, 1, 3)
    finally:
        office.close()


def test_contents_without_values_compare_by_answer_path() -> None:
    before = {"interview": {"answers": {"/data/a": 1, "/data/b": "x"}}}
    after = {"interview": {"answers": {"/data/a": 2, "/data/c": "y"}}}
    assert diff_contents(before, after) == (
        FieldChange("/data/a", 1, 2), FieldChange("/data/b", "x", None),
        FieldChange("/data/c", None, "y"))
