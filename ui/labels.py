"""Officer-facing words for the core's codes: case statuses, result levels, ILO dimensions.

The core speaks in stable codes (``refer_now``, ``finalised``, ``d4``); the screens show these
words in the app language. One place, so the case list, the result screen and the filters
agree. (Each text is a literal ``translate`` call so that ``pyside6-lupdate`` finds it.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.services.caselist import CaseStatus

RESULT_LEVELS = ("refer_now", "assess_further", "no_indicators", "stopped")
_T = QCoreApplication


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """Items separated as the app language writes a list (Arabic uses its own comma)."""
    return _T.translate("Labels", ", ").join(items)


def status_label(status: CaseStatus | str) -> str:
    return {
        CaseStatus.DRAFT: _T.translate("Labels", "Draft"),
        CaseStatus.FINALISED: _T.translate("Labels", "Finalised"),
        CaseStatus.REFERRED: _T.translate("Labels", "Referred"),
        CaseStatus.SYNCED: _T.translate("Labels", "Synced"),
    }.get(CaseStatus(status), str(status))


def result_label(level: str) -> str:
    return {
        "refer_now": _T.translate("Labels", "Strong indication: refer now"),
        "assess_further": _T.translate("Labels", "Some indicators: assess further"),
        "no_indicators": _T.translate("Labels", "No indicators identified"),
        "stopped": _T.translate("Labels", "Stopped: not safe to continue"),
        "": "—",
    }.get(level, level)


def short_result_label(level: str) -> str:
    return {
        "refer_now": _T.translate("Labels", "Refer now"),
        "assess_further": _T.translate("Labels", "Assess further"),
        "no_indicators": _T.translate("Labels", "No indicators"),
        "stopped": _T.translate("Labels", "Stopped"),
        "": "—",
    }.get(level, level)


def dimension_label(code: str) -> str:
    """The ILO/European Commission dimension names (Delphi indicators, 2009)."""
    return {
        "d1": _T.translate("Labels", "Deceptive recruitment"),
        "d2": _T.translate("Labels", "Coercive recruitment"),
        "d3": _T.translate("Labels", "Recruitment by abuse of vulnerability"),
        "d4": _T.translate("Labels", "Exploitative conditions"),
        "d5": _T.translate("Labels", "Coercion at destination"),
        "d6": _T.translate("Labels", "Abuse of vulnerability at destination"),
    }.get(code, code)


def grade_label(grade: str) -> str:
    return {
        "S": _T.translate("Labels", "strong"),
        "M": _T.translate("Labels", "medium"),
        "W": _T.translate("Labels", "weak"),
    }.get(grade, grade)


def urgency_label(urgency: str) -> str:
    return {
        "immediate": _T.translate("Labels", "Immediate"),
        "soon": _T.translate("Labels", "Soon"),
        "routine": _T.translate("Labels", "Routine"),
        "": "—",
    }.get(urgency, urgency)
