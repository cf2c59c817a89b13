"""XLSX rows built segment by segment are the cells of FormTable.row, as SheetWriter writes
them, for real interviews, labels, and odd values."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from fieldapp.exports.source import ExportInterview, iter_interviews
from fieldapp.exports.table_plan import FormTable
from fieldapp.exports.xlsx_rows import RowXml
from fieldapp.exports.xlsx_writer import CellCache, cell_xml
from fieldapp.paths import VaultPaths
from fieldapp.services.exports import ExportService
from fieldapp.services.session import Vault, create_vault
from tests.core.export_support import add_copies, record_scenarios


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-xlsx-rows") / "vault")
    with create_vault(paths, user="chief", password="rows passphrase",
                      role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=3)
        add_copies(unlocked, 40)
        yield unlocked


def odd(interview: ExportInterview) -> ExportInterview:
    """The same interview with values no form writes but a vault might hold."""
    values = dict(interview.values)
    for name, value in list(values.items()):
        if isinstance(value, list) and value and isinstance(value[0], str):
            values[name] = " ".join([*value, "not_a_choice"])  # stored as text, with a stray
            break
    values["age_years"] = 3.5
    values["gender"] = True
    values["consent"] = ""
    return dataclasses.replace(interview, values=values)


@pytest.mark.parametrize("language", [None, "fr"])
def test_rows_are_the_table_cells(vault: Vault, language: str | None) -> None:
    layouts = ExportService(vault)._layouts(None)
    tables = {form_id: FormTable(layout, language) for form_id, layout in layouts.items()}
    rows = {form_id: RowXml(table, CellCache()) for form_id, table in tables.items()}
    interviews = list(iter_interviews(vault.connection))
    assert len(interviews) > 40
    for interview in [*interviews, *map(odd, interviews)]:
        table = tables[interview.form_id]
        expected = "".join(cell_xml(value) for value in table.row(interview))
        assert rows[interview.form_id].row(interview) == expected


def test_an_unhashable_value_is_written_as_its_text(vault: Vault) -> None:
    layouts = ExportService(vault)._layouts(None)
    interview = next(iter_interviews(vault.connection, "full_screening"))
    table = FormTable(layouts["full_screening"], None)
    plain = next(segment.names[0] for segment in table.segments if segment.plan is None)
    strange = dataclasses.replace(interview, values={**interview.values, plain: {"a": [1]}})
    expected = "".join(cell_xml(value) for value in table.row(strange))
    assert RowXml(table, CellCache()).row(strange) == expected
