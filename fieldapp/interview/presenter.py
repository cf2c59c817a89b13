"""Pages as they stand now: which are visible, what each shows, what blocks leaving it.

The page list comes from :class:`~fieldapp.interview.pages.PageBuilder` (cached until the
repeat structure changes); this module applies relevance to it (a page is visible when one of
its fields is, a repeat page when its repeat may have instances), renders
:class:`~fieldapp.interview.views.PageView` objects with group titles (``Journey 2`` for a
repeat instance), collects the problems that keep ``next()`` on a page, and measures progress.
"""

from __future__ import annotations

from fieldapp.interview.change import FieldError, Progress
from fieldapp.interview.instance import MAX_REPEAT_INSTANCES, InstanceState
from fieldapp.interview.instance_paths import generic_path, instance_index
from fieldapp.interview.pages import PageBuilder, PageKind, PageSpec
from fieldapp.interview.recompute import Evaluator
from fieldapp.interview.shape import AnswerShape
from fieldapp.interview.views import (
    NOT_ANSWERED,
    EntryView,
    PageView,
    QuestionView,
    RepeatView,
    ViewBuilder,
)
from fieldapp.xlsform import FormDefinition


class PagePresenter:
    """Visibility, rendering and progress of the pages of one session."""

    def __init__(self, form: FormDefinition, state: InstanceState, evaluator: Evaluator,
                 views: ViewBuilder, shape: AnswerShape, errors: dict[str, str]) -> None:
        self.form = form
        self.state = state
        self.evaluator = evaluator
        self.views = views
        self.shape = shape
        # Shared with the session, which updates it in place.
        self.errors = errors
        self._pages: tuple[int, tuple[PageSpec, ...]] | None = None

    def pages(self) -> tuple[PageSpec, ...]:
        version = self.state.structure_version
        if self._pages is None or self._pages[0] != version:
            self._pages = (version, PageBuilder(self.form, self.state).build())
        return self._pages[1]

    def sections(self) -> list[tuple[str, str]]:
        """Top-level groups and repeats, (ref, label), for a section menu."""
        return [(item.ref, self.views.text(item.label, None) or item.name)
                for item in self.form.body if not isinstance(item, str) and item.ref]

    def visible(self, page: PageSpec) -> bool:
        if page.kind is PageKind.REPEAT and page.repeat is not None:
            return self._repeat_visible(page.repeat)
        for path in page.fields:
            node = self.state.node(path)
            if node is not None and self.state.relevant(node):
                return True
        return False

    def _repeat_visible(self, repeat_path: str) -> bool:
        parent = self.state.node(repeat_path.rsplit("/", 1)[0])
        if parent is None or not self.state.relevant(parent):
            return False
        group = self.form.groups.get(generic_path(repeat_path))
        if group is None or group.relevant is None:
            return True
        with self.state.probe_instance(repeat_path) as probe:
            return self.evaluator.boolean(group.relevant, probe)

    def problems(self, page: PageSpec) -> list[FieldError]:
        problems = []
        for path in page.fields:
            node = self.state.node(path)
            question = self.state.question_of(node) if node is not None else None
            if node is None or question is None or not self.state.relevant(node):
                self.errors.pop(path, None)
                continue
            message = self.views.problem(question, node)
            if message is None:
                self.errors.pop(path, None)
            else:
                self.errors[path] = message
                problems.append(FieldError(path, self.shape.key_of(path), message))
        return problems

    def pending(self, page: PageSpec) -> int:
        """How many of the page's relevant fields still break a rule (errors left as they are)."""
        count = 0
        for path in page.fields:
            node = self.state.node(path)
            question = self.state.question_of(node) if node is not None else None
            if node is not None and question is not None and self.state.relevant(node) and (
                    self.views.problem(question, node) is not None):
                count += 1
        return count

    def page_view(self, key: str | None) -> PageView | None:
        """Page ``key`` as the UI shows it; None for no page (past the last one)."""
        page = next((p for p in self.pages() if p.key == key), None)
        if page is None:
            return None
        titles = tuple(self._group_title(path) for path in page.groups)
        if page.kind is PageKind.REPEAT and page.repeat is not None:
            group = self.form.groups[generic_path(page.repeat)]
            count = len(self.state.instances(page.repeat))
            return PageView(page.key, page.kind.value, titles, (), RepeatView(
                path=page.repeat, label=self.views.text(group.label, None) or group.name,
                count=count, can_add=count < MAX_REPEAT_INSTANCES, can_remove=count > 0))
        questions = tuple(view for view in (self.question_view(path) for path in page.fields)
                          if view is not None and view.relevant)
        return PageView(page.key, page.kind.value, titles, questions,
                        entry=self._removable_entry(page))

    def _removable_entry(self, page: PageSpec) -> EntryView | None:
        """The innermost open-ended repeat entry among the page's groups, if any."""
        for path in reversed(page.groups):
            repeat_path = path.rsplit("[", 1)[0]
            index = instance_index(path, repeat_path)
            group = self.form.groups.get(generic_path(path))
            if index and group is not None and group.repeat is not None and (
                    group.repeat.can_add_remove):
                return EntryView(repeat_path, index)
        return None

    def question_view(self, path: str) -> QuestionView | None:
        node = self.state.node(path)
        question = self.state.question_of(node) if node is not None else None
        if node is None or question is None:
            return None
        return self.views.question(question, node, self.state.path(node), self.errors.get(path))

    def _group_title(self, path: str) -> str:
        group = self.form.groups.get(generic_path(path))
        if group is None:
            return ""
        title = self.views.text(group.label, self.state.node(path)) or group.name
        number = instance_index(path, path.rsplit("[", 1)[0]) if path.endswith("]") else None
        return f"{title} {number}" if number is not None else title

    def position(self, current: str | None) -> tuple[int, int]:
        """(page number, visible pages) without counting answers: what a page turn shows."""
        keys = [page.key for page in self.pages() if self.visible(page)]
        return (keys.index(current) + 1 if current in keys else len(keys)), len(keys)

    def progress(self, current: str | None) -> Progress:
        visible = [page for page in self.pages() if self.visible(page)]
        keys = [page.key for page in visible]
        number = keys.index(current) + 1 if current in keys else len(keys)
        answered = total = 0
        for page in visible:
            for path in page.fields:
                node = self.state.node(path)
                question = self.state.question_of(node) if node is not None else None
                if node is None or question is None or question.kind in NOT_ANSWERED:
                    continue
                if self.state.relevant(node):
                    total += 1
                    answered += 1 if node.text else 0
        return Progress(number, len(keys), answered, total)
