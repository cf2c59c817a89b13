"""The shared case filter applied to the dashboard's columns in memory, where it can be.

The dashboard's :class:`~fieldapp.services.dashboard.FactsIndex` holds, for every finalised
interview, the columns the review filter tests most: site, officer, form, creation time,
result level, child or adult. A filter on those alone is applied to the columns directly, in
C-level passes (a few milliseconds at 100,000 interviews), instead of asking the database for
the ids it keeps, which reads every row of an encrypted index (tens to hundreds of
milliseconds) at each filter change. The tests are those of
:func:`~fieldapp.services.case_filter.case_where`, value for value: the same sets, the same
day bounds compared as the same ISO texts. Case statuses, open conflicts and the free text
change without a new revision, or need the search index, so a filter using them goes to the
database (:func:`in_memory` says which).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from itertools import compress
from operator import gt, itemgetter, le
from typing import Any

from fieldapp.services.case_filter import AgeGroup, CaseFilter

CHILD = "child"
ADULT = "adult"
_AGE = {AgeGroup.CHILD: CHILD, AgeGroup.ADULT: ADULT, AgeGroup.UNKNOWN: None}


@dataclass(frozen=True)
class FilterColumns:
    """The columns a filter is tested on, one value per interview, in the index's order."""

    site: Sequence[Any]
    officer: Sequence[Any]
    form: Sequence[Any]
    created: Sequence[str]  # created_at as stored (ISO text)
    level: Sequence[Any]
    age: Sequence[str | None]  # CHILD, ADULT, or None when unknown


def in_memory(case_filter: CaseFilter) -> bool:
    """Whether the filter tests only what :class:`FilterColumns` holds."""
    return (not case_filter.case_statuses and case_filter.has_conflict is None
            and not case_filter.text)


def positions(columns: FilterColumns, case_filter: CaseFilter) -> list[int] | None:
    """Positions of the interviews the filter keeps, in order; ``None``: every one.

    Each test narrows the positions the previous ones kept, so a combined filter reads ever
    fewer values.
    """
    if not in_memory(case_filter):
        raise ValueError("this filter needs the database")
    tests: list[tuple[Callable[[Any], bool], Sequence[Any]]] = []
    for wanted, column in ((case_filter.sites, columns.site),
                           (case_filter.officers, columns.officer),
                           (case_filter.forms, columns.form),
                           (case_filter.result_levels, columns.level)):
        if wanted:
            tests.append((frozenset(wanted).__contains__, column))
    if case_filter.age_groups and set(case_filter.age_groups) != set(AgeGroup):
        ages = frozenset(_AGE[group] for group in case_filter.age_groups)
        tests.append((ages.__contains__, columns.age))
    if case_filter.created_from is not None:
        tests.append((partial(le, case_filter.created_from.isoformat()), columns.created))
    if case_filter.created_to is not None:
        high = (case_filter.created_to + timedelta(days=1)).isoformat()
        tests.append((partial(gt, high), columns.created))
    if not tests:
        return None
    (first, column), *others = tests
    kept = list(compress(range(len(column)), map(first, column)))
    for test, column in others:
        if not kept:
            break
        values = itemgetter(*kept)(column)
        kept = list(compress(kept, map(test, values if len(kept) > 1 else (values,))))
    return kept
