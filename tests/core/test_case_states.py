"""The case-status and referral follow-up state machines, alone (no database)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.vault.case_states import (
    AWAITING_ANSWER,
    CASE_TRANSITIONS,
    FOLLOW_UP_TRANSITIONS,
    CaseStatus,
    FollowUp,
    InvalidTransition,
    ReasonNeeded,
    check_case_transition,
    check_follow_up,
    parse_case_status,
    parse_follow_up,
)


@pytest.mark.parametrize("current", list(CaseStatus))
@pytest.mark.parametrize("wanted", list(CaseStatus))
def test_every_case_transition_is_allowed_or_refused_clearly(current: CaseStatus,
                                                             wanted: CaseStatus) -> None:
    if wanted in CASE_TRANSITIONS[current]:
        check_case_transition(current, wanted)
    else:
        with pytest.raises(InvalidTransition) as refused:
            check_case_transition(current, wanted)
        assert f"is {current} cannot become {wanted}" in refused.value.message


def test_closed_cases_only_reopen() -> None:
    for closed in (CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED):
        assert CASE_TRANSITIONS[closed] == {CaseStatus.ACTIVE}
    with pytest.raises(InvalidTransition, match="it can become Active"):
        check_case_transition(CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED)


def test_names_are_read_forgivingly_and_unknown_ones_refused() -> None:
    assert parse_case_status("followup") is CaseStatus.FOLLOW_UP
    assert parse_case_status(" ClosedReferred ") is CaseStatus.CLOSED_REFERRED
    assert parse_follow_up("services-started") is FollowUp.SERVICES_STARTED
    with pytest.raises(InvalidTransition, match="use one of Active, Closed"):
        parse_case_status("Open")
    with pytest.raises(InvalidTransition, match="unknown referral step"):
        parse_follow_up("lost")


def test_unsuccessful_steps_need_a_reason() -> None:
    with pytest.raises(ReasonNeeded):
        check_follow_up(FollowUp.SENT, FollowUp.DECLINED, "  ")
    with pytest.raises(ReasonNeeded):
        check_follow_up(FollowUp.ACCEPTED, FollowUp.CLOSED, "")
    assert check_follow_up(FollowUp.SERVICES_STARTED, FollowUp.CLOSED, "") is True
    assert check_follow_up(FollowUp.RECEIVED, FollowUp.DECLINED, "no places") is False
    with pytest.raises(InvalidTransition, match="it can be marked nothing"):
        check_follow_up(FollowUp.DECLINED, FollowUp.ACCEPTED, "")
    with pytest.raises(InvalidTransition, match="cannot be marked services_started"):
        check_follow_up(FollowUp.RECEIVED, FollowUp.SERVICES_STARTED, "")


@given(st.lists(st.tuples(st.sampled_from(list(FollowUp)), st.booleans()), max_size=12))
def test_any_sequence_of_steps_keeps_the_machine_consistent(
        steps: list[tuple[FollowUp, bool]]) -> None:
    """Whatever is tried, in any order: only listed steps happen, final states stay final,
    an unsuccessful step never happens without a reason, and a referral waits for an answer
    only before the service said yes or no."""
    state = FollowUp.SENT
    history = [state]
    for wanted, with_reason in steps:
        reason = "moved away" if with_reason else ""
        try:
            succeeded = check_follow_up(state, wanted, reason)
        except (InvalidTransition, ReasonNeeded) as refused:
            assert wanted not in FOLLOW_UP_TRANSITIONS[state] or (
                isinstance(refused, ReasonNeeded) and not with_reason)
            continue
        assert wanted in FOLLOW_UP_TRANSITIONS[state]
        assert succeeded or with_reason
        state = wanted
        history.append(state)
    finals = [i for i, step in enumerate(history) if not FOLLOW_UP_TRANSITIONS[step]]
    assert not finals or finals[0] == len(history) - 1
    answered = [i for i, step in enumerate(history) if step not in AWAITING_ANSWER]
    assert all(history[i] not in AWAITING_ANSWER for i in range(answered[0], len(history))) \
        if answered else True
    assert len(history) == len(set(history))  # no step is reached twice: no loops
