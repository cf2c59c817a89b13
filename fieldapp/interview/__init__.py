"""The interview engine: one interview on one form version, as a plain-Python state machine.

:class:`InterviewSession` pages through a :class:`~fieldapp.xlsform.FormDefinition`, takes
answers, recomputes relevance and calculations, validates, navigates, and returns a
:class:`Change` after each step (with the ``writes`` the vault applies at once). It serialises
to a stable JSON form and to OpenRosa submission XML. :func:`fill_form` runs a form headlessly
from an answers object (``fieldapp form fill``); :mod:`.scenarios` runs a form's test
scenarios (``fieldapp form test``). No Qt here: the UI only renders what the session says.
"""

from fieldapp.interview.change import Change, FieldError, Navigation, Progress
from fieldapp.interview.environment import InterviewEnvironment
from fieldapp.interview.errors import AnswerError, InterviewDataError, SessionError
from fieldapp.interview.outline import (
    FormProgress,
    SectionNotApplicable,
    SectionState,
    SectionStatus,
)
from fieldapp.interview.pages import PageKind, PageSpec
from fieldapp.interview.session import Completion, InterviewSession
from fieldapp.interview.views import ChoiceView, EntryView, PageView, QuestionView, RepeatView

__all__ = [
    "AnswerError",
    "Change",
    "ChoiceView",
    "Completion",
    "EntryView",
    "FieldError",
    "FormProgress",
    "InterviewDataError",
    "InterviewEnvironment",
    "InterviewSession",
    "Navigation",
    "PageKind",
    "PageSpec",
    "PageView",
    "Progress",
    "QuestionView",
    "RepeatView",
    "SectionNotApplicable",
    "SectionState",
    "SectionStatus",
    "SessionError",
]
