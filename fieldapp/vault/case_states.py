"""The two state machines of case work: HTCDS case status and a referral's follow-up.

A case (one interview) carries HTCDS ``cas_Status``: it opens ``Active``, may wait on
something (``FollowUp``), and ends ``Closed`` or ``ClosedReferred`` (handed on to another
organisation); a closed case can be reopened (``Active``), never moved straight from one
closing to the other, so the history always shows the reopening.

A referral's follow-up goes ``sent`` → ``received`` → ``accepted`` or ``declined``;
an accepted referral → ``services_started`` → ``closed``. A referral can be closed from any
open step (the person moved away, the service never answered, ...): closing after services
started is a success, closing before is not, and every unsuccessful step (``declined``, or
``closed`` before services started) needs a reason. ``declined`` and ``closed`` are final.
Services may answer without confirming receipt first, so ``sent`` may go straight to
``accepted`` or ``declined``, and ``received`` to ``services_started`` is refused (a service
starts only what it accepted). Pure data and functions: no database, so the rules are tested
on their own (property tests walk every path).
"""

from __future__ import annotations

from enum import StrEnum

from fieldapp.errors import FieldappError


class CaseStatus(StrEnum):
    """HTCDS ``cas_Status`` value names."""

    ACTIVE = "Active"
    FOLLOW_UP = "FollowUp"
    CLOSED = "Closed"
    CLOSED_REFERRED = "ClosedReferred"


class FollowUp(StrEnum):
    """The steps of a referral after its document went out."""

    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SERVICES_STARTED = "services_started"
    CLOSED = "closed"


CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.ACTIVE: frozenset(
        {CaseStatus.FOLLOW_UP, CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED}),
    CaseStatus.FOLLOW_UP: frozenset(
        {CaseStatus.ACTIVE, CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
    CaseStatus.CLOSED_REFERRED: frozenset({CaseStatus.ACTIVE}),
}

FOLLOW_UP_TRANSITIONS: dict[FollowUp, frozenset[FollowUp]] = {
    FollowUp.SENT: frozenset(
        {FollowUp.RECEIVED, FollowUp.ACCEPTED, FollowUp.DECLINED, FollowUp.CLOSED}),
    FollowUp.RECEIVED: frozenset({FollowUp.ACCEPTED, FollowUp.DECLINED, FollowUp.CLOSED}),
    FollowUp.ACCEPTED: frozenset({FollowUp.SERVICES_STARTED, FollowUp.CLOSED}),
    FollowUp.SERVICES_STARTED: frozenset({FollowUp.CLOSED}),
    FollowUp.DECLINED: frozenset(),
    FollowUp.CLOSED: frozenset(),
}

# Referrals still waiting for the receiving service to say yes or no.
AWAITING_ANSWER: frozenset[FollowUp] = frozenset({FollowUp.SENT, FollowUp.RECEIVED})


class InvalidTransition(FieldappError):
    """A status change the workflow does not allow; the message says what is allowed."""


class ReasonNeeded(FieldappError):
    def __init__(self, step: str) -> None:
        super().__init__(f"say why the referral did not succeed ({step}): give a reason")


def _names(values: frozenset[CaseStatus] | frozenset[FollowUp]) -> str:
    return ", ".join(sorted(str(value) for value in values)) or "nothing (it is final)"


def parse_case_status(text: str) -> CaseStatus:
    for status in CaseStatus:
        if text.strip().lower() == status.value.lower():
            return status
    raise InvalidTransition(
        f"unknown case status {text[:40]!r}: use one of {_names(frozenset(CaseStatus))}")


def parse_follow_up(text: str) -> FollowUp:
    wanted = text.strip().lower().replace("-", "_")
    for step in FollowUp:
        if wanted == step.value:
            return step
    raise InvalidTransition(
        f"unknown referral step {text[:40]!r}: use one of {_names(frozenset(FollowUp))}")


def check_case_transition(current: CaseStatus, wanted: CaseStatus) -> None:
    """Refuse a case status change the workflow does not allow."""
    allowed = CASE_TRANSITIONS[current]
    if wanted not in allowed:
        raise InvalidTransition(
            f"a case that is {current} cannot become {wanted}: it can become {_names(allowed)}")


def follow_up_succeeds(current: FollowUp, wanted: FollowUp) -> bool:
    """Whether the step ``current`` → ``wanted`` is a success (no reason needed)."""
    if wanted == FollowUp.DECLINED:
        return False
    if wanted == FollowUp.CLOSED:
        return current == FollowUp.SERVICES_STARTED
    return True


def check_follow_up(current: FollowUp, wanted: FollowUp, reason: str) -> bool:
    """Refuse a step the workflow does not allow; returns whether the step succeeds."""
    allowed = FOLLOW_UP_TRANSITIONS[current]
    if wanted not in allowed:
        raise InvalidTransition(
            f"a referral that is {current} cannot be marked {wanted}: "
            f"it can be marked {_names(allowed)}")
    succeeds = follow_up_succeeds(current, wanted)
    if not succeeds and not reason.strip():
        raise ReasonNeeded(str(wanted))
    return succeeds
