"""Moving through an interview: the current page, next, back with history, jumps.

Navigation lives in the core (as Electrum's wizard keeps it out of the GUI): the UI asks for
``next()`` and renders whatever page the session reports. ``next()`` refuses to leave a page
whose visible questions break a ``required`` or ``constraint`` rule; ``back()`` retraces the
pages actually visited (skipping any that have since disappeared); ``jump()`` goes to a
section, page or field without validation, as the hierarchy view of ODK Collect does. The
position (``None`` once past the last page) and the history are plain strings for the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fieldapp.interview.change import FieldError, Navigation
from fieldapp.interview.errors import SessionError
from fieldapp.interview.instance_paths import is_within
from fieldapp.interview.pages import PageSpec

MAX_HISTORY = 2_000


class Navigator:
    """The current page and the history of visited pages."""

    def __init__(
        self,
        pages: Callable[[], Sequence[PageSpec]],
        visible: Callable[[PageSpec], bool],
        problems: Callable[[PageSpec], list[FieldError]],
    ) -> None:
        self._pages = pages
        self._visible = visible
        self._problems = problems
        self.current: str | None = None
        self.history: list[str] = []

    def visible_pages(self) -> list[PageSpec]:
        return [page for page in self._pages() if self._visible(page)]

    def current_page(self) -> PageSpec | None:
        if self.current is None:
            return None
        return next((page for page in self._pages() if page.key == self.current), None)

    def start(self, position: str | None = None) -> None:
        keys = {page.key for page in self.visible_pages()}
        if position is not None and position in keys:
            self.current = position
            return
        first = self.visible_pages()
        self.current = first[0].key if first else None

    def next(self) -> Navigation:
        page = self.current_page()
        if self.current is None or page is None:
            return Navigation(moved=False, page=self.current)
        problems = self._problems(page) if self._visible(page) else []
        if problems:
            return Navigation(moved=False, page=self.current, errors=tuple(problems))
        self._remember(self.current)
        self.current = self._after(self.current)
        return Navigation(moved=True, page=self.current)

    def back(self) -> Navigation:
        visible = {page.key for page in self.visible_pages()}
        while self.history:
            key = self.history.pop()
            if key in visible and key != self.current:
                self.current = key
                return Navigation(moved=True, page=key)
        previous = self._before(self.current)
        if previous is None:
            return Navigation(moved=False, page=self.current)
        self.current = previous
        return Navigation(moved=True, page=previous)

    def can_go_back(self) -> bool:
        """Whether ``back()`` would move (also from past the last page)."""
        visible = {page.key for page in self.visible_pages()}
        if any(key in visible and key != self.current for key in self.history):
            return True
        return self._before(self.current) is not None

    def jump(self, target: str) -> Navigation:
        """To the first visible page at or inside ``target`` (page key, path or group)."""
        for page in self.visible_pages():
            if (
                page.key == target
                or page.section == target
                or any(is_within(path, target) for path in page.fields)
                or any(is_within(group, target) for group in page.groups)
                or (page.repeat is not None and is_within(page.repeat, target))
            ):
                if page.key != self.current and self.current is not None:
                    self._remember(self.current)
                self.current = page.key
                return Navigation(moved=True, page=page.key)
        raise SessionError(f"no visible page or section '{target}' in this interview")

    def go(self, key: str) -> None:
        """Show ``key`` next (after adding a repeat instance), remembering where we were."""
        if self.current is not None and self.current != key:
            self._remember(self.current)
        self.current = key

    def rename(self, rename: Callable[[str], str | None]) -> None:
        """Apply a path change (a removed repeat instance) to the position and history."""
        if self.current is not None:
            self.current = rename(self.current)
        self.history = [new for new in (rename(key) for key in self.history) if new]

    def _remember(self, key: str) -> None:
        self.history.append(key)
        if len(self.history) > MAX_HISTORY:
            del self.history[: len(self.history) - MAX_HISTORY]

    def _after(self, key: str) -> str | None:
        pages = list(self._pages())
        index = next((i for i, page in enumerate(pages) if page.key == key), None)
        if index is None:
            return None
        return next((page.key for page in pages[index + 1 :] if self._visible(page)), None)

    def _before(self, key: str | None) -> str | None:
        pages = list(self._pages())
        if key is None:
            index = len(pages)
        else:
            found = next((i for i, page in enumerate(pages) if page.key == key), None)
            if found is None:
                return None
            index = found
        return next((page.key for page in reversed(pages[:index]) if self._visible(page)), None)
