"""Updates, supervisor to laptops: forms, directory and policy; signed, in order, never back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.errors import UsageError
from fieldapp.services.sync_errors import FormVersionClash
from fieldapp.services.sync_provisioning import directory_sidecars
from fieldapp.sync import FormFile, RetentionPolicy, SupervisorIdentity, Update, write_update
from fieldapp.sync.errors import UpdateRollback, WrongSupervisor
from fieldapp.vault import sync_store
from tests.conftest import REPO_ROOT
from tests.core.test_sync_service_support import DIRECTORY, MINI_FORM, START, Office, make_office

SERVICES_FORM = """\
# A fictional form that picks a service from the referral directory.
| survey |
| | type | name | label::English (en) | required |
| | select_one_from_file services.csv | service | Service | yes |
| settings |
| | form_id | version | default_language |
| | sync_services | 1 | English (en) |
"""


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=1)
    yield built
    built.close()


def _form(office: Office, name: str, text: str) -> Path:
    path = office.folder("forms-new") / name
    path.write_text(text, encoding="utf-8")
    return path


def _directory_without_last_service(office: Office) -> Path:
    lines = DIRECTORY.read_text(encoding="utf-8").splitlines()
    path = office.folder("directory") / "directory.csv"
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    return path


def _choices(office: Office, form_id: str) -> list[str]:
    library = office.library(office.laptops[0])
    form = library.get(form_id, library.versions(form_id)[-1])
    question = next(q for q in form.questions.values() if q.itemset is not None)
    assert question.itemset is not None
    return [choice.name for choice in question.itemset.choices]


def test_forms_directory_and_policy_arrive_in_order(office: Office) -> None:
    boss, laptop = office.boss(), office.laptop(0)
    version_two = _form(office, "mini2.md", MINI_FORM.replace("| sync_mini | 1 |",
                                                               "| sync_mini | 2 |"))
    services = _form(office, "services.md", SERVICES_FORM)
    first, number = boss.export_update(office.folder("u1"), forms=[version_two, services])
    assert number == 1
    shorter = _directory_without_last_service(office)
    second, number = boss.export_update(office.folder("u2"), directory=shorter,
                                        retention=RetentionPolicy(60, False))
    assert number == 2
    applied = laptop.import_updates([second, first])  # given out of order, applied in order
    assert [(a.update_sequence, a.forms_added) for a in applied] == [(1, 2), (2, 0)]
    connection = office.laptops[0].connection
    assert sync_store.retention_policy(connection) == RetentionPolicy(60, False)
    assert sync_store.stored_directory(connection) == shorter.read_bytes()
    assert office.library(office.laptops[0]).versions("sync_mini") == ["1", "2"]
    expected = [line.split(",")[0] for line in shorter.read_text("utf-8").splitlines()[1:]]
    assert _choices(office, "sync_services") == expected
    with pytest.raises(UpdateRollback):
        laptop.import_updates([first])
    assert laptop.status().update_sequence == 2


def test_a_forged_or_clashing_update_changes_nothing(office: Office) -> None:
    laptop = office.laptop(0)
    connection = office.laptops[0].connection
    before = (sync_store.stored_directory(connection), laptop.status().update_sequence)
    stranger = SupervisorIdentity.generate()
    forged = office.folder("forged") / "u.fsu"
    forged.write_bytes(write_update(Update(1, (), b"id,name\n", RetentionPolicy(0, False),
                                           START), stranger))
    with pytest.raises(WrongSupervisor):
        laptop.import_updates([forged])
    identity = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert identity is not None
    changed = MINI_FORM.replace("Name or alias", "Alias").encode("utf-8")
    clash = office.folder("clash") / "u.fsu"
    clash.write_bytes(write_update(Update(
        1, (FormFile("sync_mini", "1", "sync_mini.md", changed),),
        DIRECTORY.read_bytes()[:200], None, START), identity))
    with pytest.raises(FormVersionClash):
        laptop.import_updates([clash])
    assert (sync_store.stored_directory(connection), laptop.status().update_sequence) == before


def test_choice_files_are_generated_as_the_shipped_ones() -> None:
    generated = directory_sidecars(DIRECTORY.read_bytes())
    shipped = REPO_ROOT / "forms"
    assert generated["services.csv"] == (shipped / "services.csv").read_bytes()
    areas = generated["areas.csv"].decode("utf-8").splitlines()
    expected = (shipped / "areas.csv").read_text("utf-8").splitlines()
    assert areas[0] == expected[0] and sorted(areas[1:]) == sorted(expected[1:])


def test_an_update_needs_something_to_carry(office: Office) -> None:
    with pytest.raises(UsageError):
        office.boss().export_update(office.folder("empty"))
