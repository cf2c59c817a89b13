"""The interview's outline: its sections with a status each, and a progress that only moves on.

A *section* is one top-level group (or repeat) of the form, as the side list shows it. Each
has a :class:`SectionState`: ``current`` (the page on screen is in it), ``not_applicable`` (no
page of it is relevant now: earlier answers leave it out, so it cannot be opened), ``missing``
(it lies behind the officer and still has a required answer open or a rule broken), ``done``
(behind the officer and complete) or ``ahead``.

Progress is measured on the form's full page list, relevant or not: the current page's place
in it. Answering never moves it back (an answer that brings in new pages only adds pages the
officer will skip or visit ahead), and pages an answer leaves out count as passed when the
officer moves past them. Page counts of the relevant pages alone ("page 2 of 3", then "2 of 8",
then "4 of 14") grew as answers opened the form up, which read as going backwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from fieldapp.interview.errors import SessionError
from fieldapp.interview.instance_paths import is_within
from fieldapp.interview.pages import PageSpec


class SectionState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"
    AHEAD = "ahead"


@dataclass(frozen=True)
class SectionStatus:
    """One section of the side list: its group path, title and state."""

    ref: str
    label: str
    state: SectionState
    problems: int = 0

    @property
    def can_open(self) -> bool:
        return self.state is not SectionState.NOT_APPLICABLE


@dataclass(frozen=True)
class FormProgress:
    """Where the interview stands: ``step`` of ``steps`` over every page of the form, and
    the section on screen (``section_number`` of ``section_count``, 0 when none)."""

    step: int
    steps: int
    section_number: int
    section_count: int
    section_label: str

    @property
    def at_end(self) -> bool:
        return self.step >= self.steps


def page_in_section(page: PageSpec, ref: str) -> bool:
    return page.section == ref or page.key == ref or is_within(page.key, ref)


class Outline:
    """Section states and progress over one session's pages (read-only, computed on demand)."""

    def __init__(
        self,
        sections: Callable[[], list[tuple[str, str]]],
        pages: Callable[[], Sequence[PageSpec]],
        visible: Callable[[PageSpec], bool],
        problems: Callable[[PageSpec], int],
    ) -> None:
        self._sections = sections
        self._pages = pages
        self._visible = visible
        self._problems = problems

    def _index(self, pages: Sequence[PageSpec], current: str | None) -> int:
        """The current page's place in ``pages``; ``len(pages)`` past the last page."""
        if current is None:
            return len(pages)
        return next((i for i, page in enumerate(pages) if page.key == current), len(pages))

    def sections(self, current: str | None) -> list[SectionStatus]:
        pages = list(self._pages())
        here = self._index(pages, current)
        statuses = []
        for ref, label in self._sections():
            placed = [(i, page) for i, page in enumerate(pages) if page_in_section(page, ref)]
            shown = [(i, page) for i, page in placed if self._visible(page)]
            if not shown:
                statuses.append(SectionStatus(ref, label, SectionState.NOT_APPLICABLE))
                continue
            if any(page.key == current for _i, page in placed):
                state = SectionState.CURRENT
            elif shown[-1][0] < here:
                state = SectionState.DONE
            else:
                state = SectionState.AHEAD
            problems = 0
            if state is not SectionState.AHEAD:
                # Pages the officer passed (or jumped over) with answers still open.
                problems = sum(self._problems(page) for i, page in shown if i < here)
                if problems and state is SectionState.DONE:
                    state = SectionState.MISSING
            statuses.append(SectionStatus(ref, label, state, problems))
        return statuses

    def section_of(self, page_key: str | None) -> str | None:
        if page_key is None:
            return None
        page = next((p for p in self._pages() if p.key == page_key), None)
        if page is None:
            return None
        return next((ref for ref, _label in self._sections() if page_in_section(page, ref)),
                    None)

    def progress(self, current: str | None) -> FormProgress:
        pages = list(self._pages())
        here = self._index(pages, current)
        sections = self._sections()
        ref = self.section_of(current)
        number = next((i + 1 for i, (r, _l) in enumerate(sections) if r == ref), 0)
        label = sections[number - 1][1] if number else ""
        return FormProgress(step=min(here + 1, len(pages)) if current is not None else len(pages),
                            steps=len(pages), section_number=number,
                            section_count=len(sections), section_label=label)

    def check_open(self, ref: str) -> None:
        """Raise :class:`SectionNotApplicable` when section ``ref`` has no relevant page."""
        for section_ref, label in self._sections():
            if section_ref != ref:
                continue
            if not any(self._visible(page) for page in self._pages()
                       if page_in_section(page, ref)):
                raise SectionNotApplicable(label or ref)
            return


class SectionNotApplicable(SessionError):
    """The officer asked for a section that earlier answers leave out of this interview."""

    def __init__(self, label: str) -> None:
        super().__init__(f"'{label}' does not apply to this interview: earlier answers leave "
                         "it out")
        self.label = label
