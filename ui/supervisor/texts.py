"""Words the supervisor screens show for core values: case statuses, follow-up steps, ages.

One place, so the review list, the case view and the dashboard say the same thing, and the
translation pass finds each text once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.vault.case_states import CaseStatus, FollowUp

_T = QCoreApplication


def case_status_label(status: CaseStatus | str) -> str:
    labels: dict[str, str] = {
        CaseStatus.ACTIVE: _T.translate("supervisor", "Active"),
        CaseStatus.FOLLOW_UP: _T.translate("supervisor", "Follow-up"),
        CaseStatus.CLOSED: _T.translate("supervisor", "Closed"),
        CaseStatus.CLOSED_REFERRED: _T.translate("supervisor", "Closed, referred"),
    }
    return labels.get(str(status), str(status))


def follow_up_label(step: FollowUp | str) -> str:
    labels: dict[str, str] = {
        FollowUp.SENT: _T.translate("supervisor", "Sent"),
        FollowUp.RECEIVED: _T.translate("supervisor", "Received"),
        FollowUp.ACCEPTED: _T.translate("supervisor", "Accepted"),
        FollowUp.DECLINED: _T.translate("supervisor", "Declined"),
        FollowUp.SERVICES_STARTED: _T.translate("supervisor", "Services started"),
        FollowUp.CLOSED: _T.translate("supervisor", "Closed"),
    }
    return labels.get(str(step), str(step))


def age_label(is_child: bool | None) -> str:
    if is_child is None:
        return _T.translate("supervisor", "Unknown")
    return (_T.translate("supervisor", "Child") if is_child
            else _T.translate("supervisor", "Adult"))


def conflict_label(has_conflict: bool) -> str:
    return _T.translate("supervisor", "Conflict") if has_conflict else ""
