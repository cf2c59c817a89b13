"""The pages of an interview, as ODK Collect pages a form.

Walking the form's body with the live instance gives the page list: one question per page,
except a group with the ``field-list`` (or ``table-list``) appearance, which is one page; each
repeat instance contributes its own pages; an open-ended repeat ends with a *repeat page*
where the officer adds another instance or moves on (a repeat with ``repeat_count`` has none).
Pages are keyed by the concrete path they show, which is what the vault keeps as the position.
Which pages are visible depends on relevance and is decided by the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from fieldapp.interview.instance import InstanceState
from fieldapp.interview.instance_paths import concrete
from fieldapp.xlsform import FormDefinition, Group

REPEAT_PAGE_SUFFIX = "#repeat"


class PageKind(StrEnum):
    QUESTIONS = "questions"
    REPEAT = "repeat"


@dataclass(frozen=True)
class PageSpec:
    """One page: the fields it shows, or the repeat it offers to extend."""

    key: str
    kind: PageKind
    fields: tuple[str, ...]
    groups: tuple[str, ...]
    section: str | None
    repeat: str | None = None


def _field_list(group: Group) -> bool:
    words = group.appearance.split()
    return "field-list" in words or "table-list" in words


class PageBuilder:
    """Builds the page list of one form over one live instance."""

    def __init__(self, form: FormDefinition, state: InstanceState) -> None:
        self.form = form
        self.state = state

    def build(self) -> tuple[PageSpec, ...]:
        pages: list[PageSpec] = []
        self._walk(self.form.body, {}, (), None, pages)
        return tuple(pages)

    def _walk(
        self,
        items: tuple[Group | str, ...],
        context: Mapping[str, str],
        groups: tuple[str, ...],
        section: str | None,
        pages: list[PageSpec],
    ) -> None:
        for item in items:
            if isinstance(item, str):
                path = concrete(item, context)
                pages.append(PageSpec(path, PageKind.QUESTIONS, (path,), groups, section))
                continue
            item_section = section or item.ref
            if item.repeat is not None and item.ref:
                self._repeat(item, context, groups, item_section, pages)
            elif _field_list(item):
                key = concrete(item.ref, context) if item.ref else self._anonymous(pages)
                fields = self._flatten(item.children, context)
                if fields:
                    pages.append(PageSpec(key, PageKind.QUESTIONS, fields, groups, item_section))
            else:
                inner = (*groups, concrete(item.ref, context)) if item.ref else groups
                self._walk(item.children, context, inner, item_section, pages)

    def _repeat(
        self,
        group: Group,
        context: Mapping[str, str],
        groups: tuple[str, ...],
        section: str | None,
        pages: list[PageSpec],
    ) -> None:
        assert group.ref is not None and group.repeat is not None
        repeat_path = concrete(group.ref, context)
        count = len(self.state.instances(repeat_path))
        for index in range(1, count + 1):
            instance_path = f"{repeat_path}[{index}]"
            inner_context = {**context, group.ref: instance_path}
            if _field_list(group):
                fields = self._flatten(group.children, inner_context)
                if fields:
                    pages.append(PageSpec(instance_path, PageKind.QUESTIONS, fields,
                                          (*groups, instance_path), section))
            else:
                self._walk(group.children, inner_context, (*groups, instance_path), section,
                           pages)
        if group.repeat.can_add_remove:
            pages.append(PageSpec(repeat_path + REPEAT_PAGE_SUFFIX, PageKind.REPEAT, (),
                                  groups, section, repeat=repeat_path))

    def _flatten(self, items: tuple[Group | str, ...],
                 context: Mapping[str, str]) -> tuple[str, ...]:
        fields: list[str] = []
        for item in items:
            if isinstance(item, str):
                fields.append(concrete(item, context))
            elif item.repeat is not None and item.ref:
                repeat_path = concrete(item.ref, context)
                count = len(self.state.instances(repeat_path))
                for index in range(1, count + 1):
                    inner = {**context, item.ref: f"{repeat_path}[{index}]"}
                    fields.extend(self._flatten(item.children, inner))
            else:
                fields.extend(self._flatten(item.children, context))
        return tuple(fields)

    @staticmethod
    def _anonymous(pages: list[PageSpec]) -> str:
        return f"#page{len(pages) + 1}"
