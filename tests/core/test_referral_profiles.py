"""Minimisation: which fields reach which service, checked against the written rules.

``SPEC`` restates the profile table of docs/referral.md; ``reference_model`` restates the
minimisation rules. ``select_fields`` is checked against them for every service type, every
consent, every single-section and two-section field, identifying or not, and many
``data_needed`` narrowings; a Hypothesis test then tries random mixes.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.referral.errors import ConsentError, ReferralError
from fieldapp.referral.model import (
    CONSENT_REQUIREMENTS,
    CONSENTS,
    SECTIONS,
    SERVICE_TYPES,
    ReferralField,
    ReferralRequest,
)
from fieldapp.referral.profiles import check_consent, select_fields
from fieldapp.referral.samples import sample_request, sample_service

ALL = frozenset(SECTIONS)
SPEC: dict[str, frozenset[str]] = {
    "national_referral": ALL,
    "child_protection": ALL,
    "shelter": frozenset({"consent", "person", "contact", "child", "needs", "safety"}),
    "medical": frozenset({"consent", "person", "child", "needs", "safety"}),
    "legal_aid": frozenset({
        "consent", "person", "contact", "documents", "child", "screening", "exploitation",
        "control", "recruitment", "journey", "narrative", "safety",
    }),
    "labour_inspection": frozenset(
        {"consent", "screening", "exploitation", "control", "recruitment"}
    ),
    "hotline": frozenset({"consent", "person", "contact", "needs", "safety"}),
    "consular": frozenset({"consent", "person", "contact", "documents", "needs"}),
}
NARROWINGS: list[frozenset[str]] = [
    frozenset(),
    *(frozenset({section}) for section in SECTIONS),
    frozenset({"needs", "safety"}),
    frozenset({"person", "contact", "documents", "journey"}),
    ALL,
]


def reference_model(
    field: ReferralField, service_type: str, data_needed: frozenset[str], consent: str
) -> bool:
    sections = SPEC[service_type]
    if data_needed:
        sections = sections & (data_needed | {"consent"})
    if consent == "child":
        sections = sections | {"child"}
    if consent == "anonymous":
        sections = sections - {"contact", "documents"}
        if field.identifying or field.sections & {"contact", "documents"}:
            return False
    if field.identifying and service_type == "labour_inspection" and consent != "full":
        return False
    return bool(field.sections & sections)


def all_fields() -> tuple[ReferralField, ...]:
    groups = [frozenset({s}) for s in SECTIONS]
    groups += [frozenset(pair) for pair in itertools.combinations(SECTIONS, 2)]
    groups.append(frozenset())
    return tuple(
        ReferralField(f"f{index}_{identifying}", "label", f"value {index}", sections, identifying)
        for index, sections in enumerate(groups)
        for identifying in (False, True)
    )


def request_for(
    service_type: str, consent: str, data_needed: frozenset[str],
    fields: tuple[ReferralField, ...],
) -> ReferralRequest:
    service = replace(sample_service(service_type), data_needed=data_needed,
                      consent_required="none")
    return replace(sample_request("en", service, consent), fields=fields)


FIELDS = all_fields()


@pytest.mark.parametrize("service_type", SERVICE_TYPES)
@pytest.mark.parametrize("consent", CONSENTS)
def test_select_fields_follows_the_rules_exhaustively(service_type: str, consent: str) -> None:
    for data_needed in NARROWINGS:
        request = request_for(service_type, consent, data_needed, FIELDS)
        chosen = select_fields(request)
        expected = tuple(
            f for f in FIELDS if reference_model(f, service_type, data_needed, consent)
        )
        assert chosen == expected, (service_type, consent, sorted(data_needed))


@pytest.mark.parametrize("service_type", SERVICE_TYPES)
def test_anonymous_referral_never_carries_identifying_or_contact(service_type: str) -> None:
    for data_needed in NARROWINGS:
        chosen = select_fields(request_for(service_type, "anonymous", data_needed, FIELDS))
        assert not any(f.identifying for f in chosen)
        assert not any(f.sections & {"contact", "documents"} for f in chosen)


@pytest.mark.parametrize("service_type", SERVICE_TYPES)
@pytest.mark.parametrize("consent", CONSENTS)
def test_no_field_outside_the_profile(service_type: str, consent: str) -> None:
    extra = {"child"} if consent == "child" else set()
    for data_needed in NARROWINGS:
        chosen = select_fields(request_for(service_type, consent, data_needed, FIELDS))
        for field in chosen:
            assert field.sections & (SPEC[service_type] | extra)
            if data_needed:
                assert field.sections & (data_needed | {"consent"} | extra)


def test_directory_cannot_widen_a_profile() -> None:
    wide = select_fields(request_for("medical", "full", ALL, FIELDS))
    default = select_fields(request_for("medical", "full", frozenset(), FIELDS))
    assert wide == default
    journey_only = [f for f in FIELDS if f.sections == {"journey"}]
    assert not set(journey_only) & set(wide)


def test_national_referral_with_full_consent_gets_every_tagged_field() -> None:
    chosen = select_fields(request_for("national_referral", "full", frozenset(), FIELDS))
    assert chosen == tuple(f for f in FIELDS if f.sections)


def test_labour_inspection_gets_identifying_fields_only_with_full_consent() -> None:
    for consent in CONSENTS:
        chosen = select_fields(request_for("labour_inspection", consent, frozenset(), FIELDS))
        assert any(f.identifying for f in chosen) == (consent == "full")


def test_child_referral_always_carries_the_child_section() -> None:
    for service_type in SERVICE_TYPES:
        chosen = select_fields(
            request_for(service_type, "child", frozenset({"needs"}), FIELDS)
        )
        assert any(f.sections == {"child"} for f in chosen)


def test_untagged_field_never_appears() -> None:
    for service_type, consent in itertools.product(SERVICE_TYPES, CONSENTS):
        chosen = select_fields(request_for(service_type, consent, frozenset(), FIELDS))
        assert all(f.sections for f in chosen)


RANDOM_REQUESTS = {
    "service_type": st.sampled_from(SERVICE_TYPES),
    "consent": st.sampled_from(CONSENTS),
    "data_needed": st.frozensets(st.sampled_from(SECTIONS)),
    "tags": st.lists(
        st.tuples(st.frozensets(st.sampled_from(SECTIONS), max_size=4), st.booleans()),
        max_size=12,
    ),
}


def check_random_request(
    service_type: str, consent: str, data_needed: frozenset[str],
    tags: list[tuple[frozenset[str], bool]],
) -> None:
    fields = tuple(
        ReferralField(f"f{i}", "label", "value", sections, identifying)
        for i, (sections, identifying) in enumerate(tags)
    )
    chosen = select_fields(request_for(service_type, consent, data_needed, fields))
    expected = tuple(f for f in fields if reference_model(f, service_type, data_needed, consent))
    assert chosen == expected


@settings(max_examples=150, deadline=None)
@given(**RANDOM_REQUESTS)
def test_select_fields_matches_reference_model_on_random_requests(
    service_type: str, consent: str, data_needed: frozenset[str],
    tags: list[tuple[frozenset[str], bool]],
) -> None:
    check_random_request(service_type, consent, data_needed, tags)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None)
@given(**RANDOM_REQUESTS)
def test_select_fields_matches_reference_model_long_round(
    service_type: str, consent: str, data_needed: frozenset[str],
    tags: list[tuple[frozenset[str], bool]],
) -> None:
    check_random_request(service_type, consent, data_needed, tags)


@pytest.mark.parametrize("service_type", SERVICE_TYPES)
@pytest.mark.parametrize("required", CONSENT_REQUIREMENTS)
@pytest.mark.parametrize("consent", CONSENTS)
def test_check_consent_matrix(service_type: str, required: str, consent: str) -> None:
    service = replace(sample_service(service_type), consent_required=required)
    request = sample_request("en", service, consent)
    allowed = (
        consent == "full"
        or required == "none"
        or (consent == "anonymous" and required == "anonymous_ok")
        or (consent == "child"
            and (service_type in ("child_protection", "national_referral")
                 or required == "anonymous_ok"))
    )
    if allowed:
        check_consent(request)
    else:
        with pytest.raises(ConsentError):
            check_consent(request)


def test_children_always_go_to_child_protection() -> None:
    service = replace(sample_service("child_protection"), consent_required="full")
    check_consent(sample_request("en", service, "child"))


@pytest.mark.parametrize(
    ("change", "word"),
    [
        ({"language": "de"}, "language"),
        ({"urgency": "later"}, "urgency"),
        ({"consent": "maybe"}, "consent"),
        ({"result_level": "victim"}, "result level"),
        ({"reference": "  "}, "reference"),
    ],
)
def test_invalid_request_is_refused_with_a_plain_message(
    change: dict[str, Any], word: str
) -> None:
    with pytest.raises(ReferralError) as caught:
        replace(sample_request("en"), **change)
    assert word in str(caught.value)


def test_unknown_section_and_duplicate_fields_are_refused() -> None:
    with pytest.raises(ReferralError, match="unknown referral sections"):
        ReferralField("x", "X", "secret answer", frozenset({"jouney"}), False)
    request = sample_request("en")
    with pytest.raises(ReferralError, match="appear twice") as caught:
        replace(request, fields=request.fields + request.fields[:1])
    assert request.fields[0].value not in str(caught.value)
