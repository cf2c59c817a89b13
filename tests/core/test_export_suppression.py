"""Small-cell suppression: nothing under 11 is published and nothing withheld is recoverable.

Recoverability is checked here independently of the module's graph reasoning: a withheld entry
is recoverable when its unit vector lies in the row space of the table's equations restricted
to the withheld entries (exact rational elimination).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.exports.suppression import (
    CountTable,
    SuppressedTable,
    recoverable_positions,
    suppress_series,
    suppress_table,
)


def _grid(result: SuppressedTable) -> list[list[int | None]]:
    rows = [[*cells, total] for cells, total in zip(result.cells, result.row_totals, strict=True)]
    rows.append([*result.column_totals, result.grand_total])
    return rows


def _equations(n_rows: int, n_columns: int) -> list[dict[tuple[int, int], int]]:
    """Each row and column of the extended grid: its parts minus its total equal zero."""
    equations = []
    for r in range(n_rows):
        eq = {(r, c): 1 for c in range(n_columns - 1)}
        eq[(r, n_columns - 1)] = -1
        equations.append(eq)
    for c in range(n_columns):
        eq = {(r, c): 1 for r in range(n_rows - 1)}
        eq[(n_rows - 1, c)] = -1
        equations.append(eq)
    return equations


def _determined(grid: list[list[int | None]]) -> set[tuple[int, int]]:
    unknowns = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v is None]
    index = {p: i for i, p in enumerate(unknowns)}
    matrix = []
    for eq in _equations(len(grid), len(grid[0])):
        row = [Fraction(0)] * len(unknowns)
        for position, coefficient in eq.items():
            if position in index:
                row[index[position]] = Fraction(coefficient)
        matrix.append(row)
    # Reduced row echelon form.
    pivots: list[tuple[int, list[Fraction]]] = []
    for row in matrix:
        for col, pivot_row in pivots:
            if row[col] != 0:
                factor = row[col]
                row = [a - factor * b for a, b in zip(row, pivot_row, strict=True)]
        lead = next((i for i, v in enumerate(row) if v != 0), None)
        if lead is None:
            continue
        row = [v / row[lead] for v in row]
        pivots = [
            (col, [a - pr[lead] * b for a, b in zip(pr, row, strict=True)])
            for col, pr in pivots
        ]
        pivots.append((lead, row))
    determined = set()
    for position, i in index.items():
        vector = [Fraction(0)] * len(unknowns)
        vector[i] = Fraction(1)
        for col, pivot_row in pivots:
            if vector[col] != 0:
                factor = vector[col]
                vector = [a - factor * b for a, b in zip(vector, pivot_row, strict=True)]
        if all(v == 0 for v in vector):
            determined.add(position)
    return determined


counts_strategy = st.integers(min_value=1, max_value=6).flatmap(
    lambda rows: st.integers(min_value=1, max_value=6).flatmap(
        lambda columns: st.lists(
            st.lists(
                st.one_of(st.integers(0, 12), st.integers(0, 200)),
                min_size=columns,
                max_size=columns,
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


def _table(counts: list[list[int]]) -> CountTable:
    return CountTable.build(
        [f"r{i}" for i in range(len(counts))], [f"c{j}" for j in range(len(counts[0]))], counts
    )


@settings(max_examples=300, deadline=None)
@given(counts_strategy)
def test_no_published_cell_under_threshold_and_nothing_recoverable(counts: list[list[int]]) -> None:
    table = _table(counts)
    result = suppress_table(table)
    grid = _grid(result)
    truth = table.extended_grid()
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value is not None:
                assert value >= 11
                assert value == truth[r][c]
            elif truth[r][c] < 11:
                assert (r, c) in result.primary
    assert _determined(grid) == set()
    assert recoverable_positions(result.primary | result.complementary) == set()


def test_a_lone_small_cell_gets_a_complement_in_its_row_and_column() -> None:
    table = _table([[5, 40, 50], [30, 60, 70], [25, 80, 90]])
    result = suppress_table(table)
    assert result.primary == frozenset({(0, 0)})
    # The cheapest square through (0, 0): 40 and 30, closed by 60 (130 people withheld,
    # fewer than 40 + 25 + 80 through the last row).
    assert result.complementary == frozenset({(0, 1), (1, 0), (1, 1)})
    assert result.row_totals == (95, 160, 195)
    assert result.grand_total == 450
    assert _determined(_grid(result)) == set()


def test_a_table_with_nothing_small_is_published_whole() -> None:
    result = suppress_table(_table([[11, 20], [30, 40]]))
    assert result.primary == result.complementary == frozenset()
    assert result.cells == ((11, 20), (30, 40))


def test_zero_is_withheld_like_any_small_count() -> None:
    result = suppress_table(_table([[0, 20], [30, 40]]))
    assert (0, 0) in result.primary
    assert result.cells[0][0] is None


def test_a_small_total_is_withheld_with_its_cells() -> None:
    result = suppress_table(_table([[4, 5], [30, 40]]))
    assert result.row_totals[0] is None
    assert result.cells[0] == (None, None)
    assert _determined(_grid(result)) == set()


def test_as_rows_marks_withheld_numbers() -> None:
    rows = suppress_table(_table([[5, 40, 50], [30, 60, 70], [25, 80, 90]])).as_rows()
    assert rows[0] == ["", "c0", "c1", "c2", "Total"]
    assert rows[1] == ["r0", "*", "*", "50", "95"]
    assert rows[-1][0] == "Total"


def test_series_with_one_small_value_withholds_a_second() -> None:
    values, total = suppress_series(["a", "b", "c"], [3, 20, 50])
    assert values == (None, None, 50)
    assert total == 73


def test_mismatched_shapes_are_refused() -> None:
    with pytest.raises(ValueError):
        CountTable.build(["a"], ["x", "y"], [[1]])
    with pytest.raises(ValueError):
        CountTable.build(["a"], ["x"], [[-1]])
