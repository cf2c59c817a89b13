"""From stored answers to a referral request: fields, consent, result and dimensions by tags."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from fieldapp.interview.fill import fill_form
from fieldapp.referral import ReferralError, ReferralRequest, Service, load_directory
from fieldapp.referral.adapter import (
    NoReferralTags,
    build_request,
    interview_facts,
    referral_consent,
)
from fieldapp.referral.profiles import select_fields
from fieldapp.xlsform import FormDefinition, FormSource, load_form, load_form_source
from tests.conftest import REPO_ROOT

FORMS = REPO_ROOT / "forms"
WHEN = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
LRM = "\u200e"

# A tagged form exercising every kind of value the adapter turns into words (fictional).
_SURVEY_COLUMNS = ("type", "name", "label::English (en)", "label::Français (fr)", "calculation",
                   "bind::fa:referral", "bind::fa:identifying", "bind::fa:role")
_SURVEY = (
    ("select_one consent", "consent", "Consent", "Consentement", "", "consent", "", "consent"),
    ("text", "alias", "Name or alias", "Nom ou alias", "", "person", "true", "person_name"),
    ("integer", "age", "Age", "Âge", "", "person child", "", ""),
    ("decimal", "debt", "Debt", "Dette", "", "control", "", ""),
    ("time", "seen_at", "Time seen", "Heure", "", "screening", "", ""),
    ("dateTime", "left_at", "Left at", "Parti à", "", "journey", "", ""),
    ("acknowledge", "explained", "Rights explained", "Droits expliqués", "", "consent", "", ""),
    ("select_multiple need", "needs", "Needs of ${alias}", "Besoins de ${alias}", "", "needs",
     "", ""),
    ("note", "reminder", "Screening is advisory", "Indicatif", "", "screening", "", ""),
    ("begin group", "first", "First", "Premier", "", "", "", ""),
    ("text", "place", "Place A", "Lieu A", "", "journey", "", ""),
    ("end group", "", "", "", "", "", "", ""),
    ("begin group", "second", "Second", "Second", "", "", "", ""),
    ("text", "place", "Place B", "Lieu B", "", "journey", "", ""),
    ("end group", "", "", "", "", "", "", ""),
    ("begin repeat", "stop", "Stop", "Étape", "", "", "", ""),
    ("text", "city", "City", "Ville", "", "journey", "", ""),
    ("text", "host", "Host", "Hôte", "", "contact", "true", ""),
    ("end repeat", "", "", "", "", "", "", ""),
    ("calculate", "is_child", "", "", "if(${age} < 18, 1, 0)", "child", "", "is_child"),
    ("calculate", "result_level", "", "",
     "if(count-selected(${needs}) > 0, 'assess_further', 'no_indicators')", "screening", "",
     "result_level"),
    ("calculate", "result_action", "", "", "'Refer'", "screening", "", "result_action"),
    ("calculate", "coded", "", "", "'TRUE'", "consent", "", ""),
)
_CHOICES = (
    ("consent", "full", "Full", "Complet"), ("consent", "anonymous", "Anonymous", "Anonyme"),
    ("need", "shelter", "Shelter", "Hébergement"), ("need", "medical", "Medical care",
                                                     "Soins médicaux"),
)


def _table(name: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    lines = [f"| {name} |", "| | " + " | ".join(header) + " |"]
    lines += ["| | " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


TAGGED_MD = "\n".join((
    _table("survey", _SURVEY_COLUMNS, _SURVEY),
    _table("choices", ("list_name", "name", "label::English (en)", "label::Français (fr)"),
           _CHOICES),
    _table("settings", ("form_id", "version", "default_language", "namespaces"),
           (("tagged", "1", "English (en)", 'fa="urn:fieldapp:xlsform:1"'),)),
)) + "\n"

TAGGED_ANSWERS: dict[str, Any] = {
    "consent": "full", "alias": "Nour (fictional)", "age": 31, "debt": 1250.5,
    "seen_at": "09:45", "left_at": "2026-03-02T18:30:00.000+01:00", "explained": "OK",
    "needs": ["shelter", "medical"], "first/place": "Quay 4", "second/place": "Yard 9",
    "stop": [{"city": "Port Sample", "host": "Aunt (fictional)"}, {"city": "Inland Town"}],
}


@pytest.fixture(scope="module")
def rapid() -> FormDefinition:
    return load_form(FORMS / "rapid_screening.xlsx")


@pytest.fixture(scope="module")
def full() -> FormDefinition:
    return load_form(FORMS / "full_screening.xlsx")


@pytest.fixture(scope="module")
def tagged() -> FormDefinition:
    return load_form_source(FormSource("tagged.md", TAGGED_MD.encode("utf-8")))


@pytest.fixture(scope="module")
def services() -> dict[str, Service]:
    return {s.id: s for s in load_directory(REPO_ROOT / "resources" / "referral_directory.csv")}


def scenario(form: str, name_start: str) -> dict[str, Any]:
    data = json.loads((FORMS / f"{form}.tests.json").read_text(encoding="utf-8"))
    return next(s for s in data["scenarios"] if s["name"].startswith(name_start))


def rows_of(form: FormDefinition, answers: dict[str, Any]) -> list[tuple[str, Any]]:
    filled = fill_form(form, answers, language="en")
    assert filled.complete, filled.errors
    return list(filled.session.answers().items())


def request(form: FormDefinition, rows: list[tuple[str, Any]], service: Service,
            language: str = "en", **extra: Any) -> ReferralRequest:
    return build_request(form, rows, reference="R-TEST-0001", language=language,
                         service=service, officer_name="Officer K (fictional)",
                         organisation="Border Agency (fictional)", created_at=WHEN, **extra)


def by_name(built: ReferralRequest) -> dict[str, Any]:
    return {field.name: field for field in built.fields}


def test_full_form_fields_in_french(full: FormDefinition, services: dict[str, Service]) -> None:
    answers = scenario("full_screening", "full interview with journey")["answers"]
    built = request(full, rows_of(full, answers), services["national-referral-office"], "fr")
    fields = by_name(built)
    assert built.consent == "full" and built.result_level == "refer_now"
    assert built.urgency == "soon"  # the interview's own
    assert built.result_action.startswith("Orientez")  # computed again in French
    # Choice labels in the document language; several joined; identifying from the tag.
    assert fields["gender"].value == "Féminin" and not fields["gender"].identifying
    assert fields["languages_spoken"].value == "Roumain, Russe"
    assert fields["given_name"].value == "Alex" and fields["given_name"].identifying
    assert fields["given_name"].sections == frozenset({"person"})
    assert fields["narrative"].identifying
    # The journey: one field per event, in order, with dates as ISO 8601.
    journey = [fields[f"journey[{n}]"] for n in (1, 2, 3)]
    assert [f.label for f in journey] == ["Lieu du voyage 1", "Lieu du voyage 2",
                                         "Lieu du voyage 3"]
    assert journey[0].value == f"Recrutement (point de départ) · Moldavie · Sample Town · " \
        f"{LRM}2026-03-01"
    assert "journey[4]" not in fields
    # Shown in the document's own parts, or not words: never field rows.
    for hidden in ("result_level", "result_action", "result_summary", "indicators_present",
                   "d1_positive", "dimensions_positive", "urgency", "services_selected",
                   "is_child", "con_consent", "trafficking_status", "person_name",
                   "work_hours", "deceived_job", "indicators_observed"):
        assert hidden not in fields


def test_dimensions_from_the_indicator_list(full: FormDefinition,
                                            services: dict[str, Service]) -> None:
    answers = scenario("full_screening", "full interview with journey")["answers"]
    built = request(full, rows_of(full, answers), services["national-referral-office"])
    dimensions = {d.code: d for d in built.dimensions}
    assert list(dimensions) == ["d1", "d2", "d3", "d4", "d5", "d6"]
    assert {code for code, d in dimensions.items() if d.positive} == {"d1", "d4", "d5"}
    assert dimensions["d1"].label == "Deceptive recruitment"
    assert [(hit.grade) for hit in dimensions["d5"].indicators] == ["S", "S", "M"]
    assert dimensions["d4"].indicators[0].label.startswith("Excessive working")
    assert dimensions["d3"].indicators == () and not dimensions["d3"].positive


def test_arabic_labels_and_action(rapid: FormDefinition, services: dict[str, Service]) -> None:
    answers = scenario("rapid_screening", "adult labour case")["answers"]
    built = request(rapid, rows_of(rapid, answers), services["national-referral-office"], "ar")
    fields = by_name(built)
    assert any("\u0600" <= char <= "\u06ff" for char in fields["gender"].label)
    assert any("\u0600" <= char <= "\u06ff" for char in built.result_action)
    assert all(any("\u0600" <= c <= "\u06ff" for c in d.label) for d in built.dimensions)


@pytest.mark.parametrize(
    ("name_start", "consent"),
    [("adult labour case", "full"), ("anonymous consent", "anonymous"),
     ("consent refused: anonymous", "anonymous"), ("child case", "child"),
     ("age disputed", "child")],
)
def test_consent_from_the_roles(rapid: FormDefinition, services: dict[str, Service],
                                name_start: str, consent: str) -> None:
    rows = rows_of(rapid, scenario("rapid_screening", name_start)["answers"])
    assert interview_facts(rapid, rows).consent == consent
    assert request(rapid, rows, services["national-referral-office"]).consent == consent


def test_consent_mapping() -> None:
    assert referral_consent("full", False) == "full"
    assert referral_consent("anonymous", False) == "anonymous"
    assert referral_consent("declined", False) == "anonymous"
    assert referral_consent("", False) == "anonymous"
    assert referral_consent("full", True) == "child"


def test_anonymous_referral_keeps_no_identifying_answer(
        rapid: FormDefinition, services: dict[str, Service]) -> None:
    answers = dict(scenario("rapid_screening", "anonymous consent")["answers"])
    answers["observations"] = "Marker observation QZX (fictional)"
    built = request(rapid, rows_of(rapid, answers), services["national-referral-office"])
    assert by_name(built)["observations"].identifying
    shown = select_fields(built)
    assert shown and all(not field.identifying for field in shown)
    assert not any("QZX" in field.value for field in shown)


def test_stopped_interview_has_no_dimension_table(
        rapid: FormDefinition, services: dict[str, Service]) -> None:
    rows = rows_of(rapid, scenario("rapid_screening", "unsafe to continue")["answers"])
    built = request(rapid, rows, services["national-referral-office"])
    assert built.result_level == "stopped" and built.dimensions == ()
    assert built.consent == "anonymous" and built.urgency == "soon"


def test_facts_and_urgency_override(rapid: FormDefinition, services: dict[str, Service]) -> None:
    rows = rows_of(rapid, scenario("rapid_screening", "adult labour case")["answers"])
    facts = interview_facts(rapid, rows)
    assert facts.result_level == "refer_now" and not facts.is_child
    assert "national-referral-office" in facts.services_selected
    built = request(rapid, rows, services["national-referral-office"], urgency="immediate",
                    reason="  Needs a safe place tonight ")
    assert built.urgency == "immediate" and built.reason == "Needs a safe place tonight"


def test_every_kind_of_value(tagged: FormDefinition, services: dict[str, Service]) -> None:
    built = request(tagged, rows_of(tagged, TAGGED_ANSWERS), services["national-referral-office"])
    fields = by_name(built)
    assert fields["age"].value == f"{LRM}31" and fields["debt"].value == f"{LRM}1250.5"
    assert fields["seen_at"].value == f"{LRM}09:45"
    assert fields["left_at"].value == f"{LRM}2026-03-02 18:30"
    assert fields["explained"].value == "Yes"
    assert fields["needs"].value == "Shelter, Medical care"
    assert fields["needs"].label == "Needs of Nour (fictional)"  # outputs filled in
    # One name in two groups: keyed by the path, so no two fields share a name.
    assert fields["first/place"].value == "Quay 4" and fields["second/place"].value == "Yard 9"
    # A repeat whose members carry different tags: one field per entry and set of tags.
    assert fields["stop[1]/1"].value == "Port Sample"
    assert fields["stop[1]/1"].sections == frozenset({"journey"})
    assert fields["stop[1]/2"].value == "Aunt (fictional)" and fields["stop[1]/2"].identifying
    assert fields["stop[2]/1"].value == "Inland Town" and "stop[2]/2" not in fields
    assert fields["stop[2]/1"].label == "Stop 2"
    # Notes and calculations without a label are no rows; the consent answer is.
    assert "reminder" not in fields and "coded" not in fields
    assert fields["consent"].value == "Full"
    assert built.dimensions == ()  # the form has no dimension roles


def test_every_kind_of_value_in_french(tagged: FormDefinition,
                                       services: dict[str, Service]) -> None:
    rows = rows_of(tagged, TAGGED_ANSWERS)
    fields = by_name(request(tagged, rows, services["national-referral-office"], "fr"))
    assert fields["needs"].value == "Hébergement, Soins médicaux"
    assert fields["explained"].value == "Oui" and fields["stop[2]/1"].label == "Étape 2"


def test_form_without_referral_tags(services: dict[str, Service]) -> None:
    form = load_form(REPO_ROOT / "tests" / "core" / "forms_md" / "screening_mini.md")
    rows = rows_of(form, {"safe": "no"})
    with pytest.raises(NoReferralTags, match="this form carries no referral tags"):
        request(form, rows, services["national-referral-office"])


def test_language_the_form_lacks(tagged: FormDefinition, services: dict[str, Service]) -> None:
    rows = rows_of(tagged, TAGGED_ANSWERS)
    with pytest.raises(ReferralError, match="no labels in the language 'ar'"):
        request(tagged, rows, services["national-referral-office"], "ar")
    with pytest.raises(ReferralError, match="document language"):
        request(tagged, rows, services["national-referral-office"], "de")


@pytest.mark.parametrize(
    ("language", "labels"),
    [("en", {"age_years": "Age", "citizenship": "Nationality", "consent_points":
             "Consent points explained"}),
     ("fr", {"age_years": "Âge", "citizenship": "Nationalité"}),
     ("es", {"age_years": "Edad", "citizenship": "Nacionalidad"}),
     ("ar", {"age_years": "العمر", "citizenship": "الجنسية"})],
)
def test_rows_carry_the_recipient_labels(rapid: FormDefinition, services: dict[str, Service],
                                         language: str, labels: dict[str, str]) -> None:
    rows = rows_of(rapid, scenario("rapid_screening", "adult labour case")["answers"])
    fields = by_name(request(rapid, rows, services["national-referral-office"], language))
    assert {name: fields[name].label for name in labels} == labels
    # no interview prompt or officer instruction reaches a recipient
    assert not [f.label for f in fields.values() if "?" in f.label or "tick" in f.label]


def test_a_field_without_a_recipient_label_keeps_its_question_label(
        tagged: FormDefinition, services: dict[str, Service]) -> None:
    fields = by_name(request(tagged, rows_of(tagged, TAGGED_ANSWERS),
                             services["national-referral-office"]))
    assert fields["age"].label == "Age" and fields["seen_at"].label == "Time seen"


def test_forced_criminality_reminder_reaches_the_referral(
        rapid: FormDefinition, services: dict[str, Service]) -> None:
    answers = scenario("rapid_screening", "#17.1 forced criminality observed")["answers"]
    built = request(rapid, rows_of(rapid, answers), services["national-referral-office"], "fr")
    assert "Non-sanction : une personne contrainte" in built.result_action
    assert built.result_action.startswith("Orientez")


def test_stopped_child_is_a_child_referral(rapid: FormDefinition,
                                           services: dict[str, Service]) -> None:
    answers = scenario("rapid_screening", "#17.4 safety stop, the person appears")["answers"]
    rows = rows_of(rapid, answers)
    facts = interview_facts(rapid, rows)
    assert facts.is_child and facts.consent == "child" and facts.urgency == "immediate"
    built = request(rapid, rows, services["port-east-childrens-services"])
    assert built.result_action.startswith("Call child protection first")
