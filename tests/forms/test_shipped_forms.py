"""The shipped screening instruments: they load, they are complete in four languages, their tags
use the fixed vocabularies, the referral directory is well formed, and every test scenario
beside each form gives its expected result through ``fieldapp form test``.

The HTCDS value names below are copied from docs DOMAIN.md (HTCDS 2.0, IOM, CC BY 4.0) so that a
typo in a workbook's choice names fails here rather than in an export.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pyxform.xls2xform import convert

REPO = Path(__file__).resolve().parents[2]
FORMS_DIR = REPO / "forms"
DIRECTORY = REPO / "resources" / "referral_directory.csv"
FORMS = sorted(FORMS_DIR.glob("*.xlsx"))
SHIPPED = ("rapid_screening", "full_screening")

LANGUAGES = ("English (en)", "Français (fr)", "Español (es)", "العربية (ar)")
TRANSLATED = ("label", "hint", "guidance_hint", "constraint_message", "required_message")
NAMESPACES = 'htcds="urn:iom:htcds:2.0" fa="urn:fieldapp:xlsform:1"'

ROLES = frozenset({
    "safe_to_continue", "consent", "is_child", "person_name", "site", "result_level",
    "result_action", "result_summary", "indicators_present", "dimensions_positive",
    "services_selected", "urgency",
    *(f"dimension_d{n}" for n in range(1, 7)),
})
SECTIONS = frozenset({
    "consent", "person", "contact", "screening", "exploitation", "control", "recruitment",
    "journey", "narrative", "needs", "safety", "child", "documents",
})
SERVICE_TYPES = frozenset({
    "shelter", "medical", "legal_aid", "child_protection", "national_referral", "hotline",
    "labour_inspection", "consular",
})
DIRECTORY_HEADER = [
    "id", "name", "type", "area", "languages", "hours", "phone", "email", "address",
    "consent_required", "data_needed", "notes",
]
CONSENT_REQUIRED = frozenset({"full", "anonymous_ok", "none"})
RESULT_LEVELS = frozenset({"refer_now", "assess_further", "no_indicators", "stopped"})

ISO_COUNTRY = re.compile(r"[A-Z]{2}")
ISO_LANGUAGE = re.compile(r"[a-z]{2}")
# HTCDS field -> its value names (DOMAIN.md, with the two documented additions to
# vic_MethodsOfControl and ForcedCriminality), or a pattern for ISO-coded fields.
HTCDS_VALUES: dict[str, frozenset[str] | re.Pattern[str]] = {
    "prs_Gender": frozenset({"Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine",
                             "NonConforming", "NonSpecifiedUnknown"}),
    "prs_Citizenship": ISO_COUNTRY,
    "hte_Country": ISO_COUNTRY,
    "prs_PrimaryLanguage": ISO_LANGUAGE,
    "vic_TraffickingStatus": frozenset({"PossibleVictimOfTrafficking", "ActualVictimOfTrafficking",
                                        "NotAVictimOfTrafficking"}),
    "vic_MethodOfRecruitment": frozenset({
        "AtAPlaceOfBusiness", "AtAnEducationalInstitution", "AtWork",
        "ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement", "ThroughATelevisionAdvert",
        "ThroughANewspaperAdvert", "ThroughFamilyOrFamilyEvents", "ThroughFriendsOrSocialEvents",
        "Other"}),
    "vic_RecruitmentWebsitesAndApps": frozenset({
        "Facebook", "Instagram", "WhatsApp", "Telegram", "FacebookMessenger", "Viber", "SnapChat",
        "Line", "4Sale", "WeChat", "QQ", "QZone", "TikTok", "Twitter", "Other"}),
    "vic_MethodsOfControl": frozenset({
        "PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily", "DebtBondage",
        "FalsePromises", "PhysicalAbuse", "SexualAbuse", "TakesEarnings",
        "RestrictsFinancialAccess", "RestrictsMedicalCare", "WithholdsNecessities",
        "PsychologicalAbuse", "PsychoactiveSubstance", "ExcessiveWorkingHours",
        "WithholdsDocuments", "Other", "RestrictsMovement", "UsesChildren"}),
    "vic_TypeOfExploitation": frozenset({
        "ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude",
        "ForcedMilitaryByNonStateActors", "OrganRemoval", "ForcedBegging", "ForcedAdoption",
        "Surrogacy", "Other", "ForcedCriminality"}),
    "vic_ForcedLabourIndustry": re.compile(r"[A-U]_[A-Za-z]+"),
    "vic_TypeOfSexExploitation": frozenset({"Prostitution", "Pornography",
                                            "RemoteInteractiveServices", "PrivateSexualServices"}),
    "vic_RelationshipToTrafficker": frozenset({"Familial", "Acquainted", "Unacquainted"}),
    "hte_Type": frozenset({"Recruitment", "Transit", "Exploitation"}),
    "cas_ReasonForOutgoingReferral": frozenset({"AdditionalServicesRequired",
                                                "MigrationOrChangeOfLocation", "Other"}),
    "con_Consent": frozenset({"TRUE", "FALSE"}),
    # the deciding organisation type of vic_TraffickingStatus (DOMAIN.md); field name chosen here
    "vic_IdentifyingOrganisationType": frozenset({
        "Police", "NGO", "CourtOrProsecution", "NonPoliceGovernmentalOrganization", "Other"}),
}
# Free-valued HTCDS fields (text, dates, numbers): tagged, but with no value list to check.
HTCDS_FREE = frozenset({
    "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_MobilePhone", "prs_IdentityNumber",
    "prs_NumberOfChildren", "vic_AgeWhenTrafficked", "hte_City", "hte_Date",
})
# Fields that identify a person must be identifying and asked only with full consent.
PERSON_IDENTIFIERS = frozenset({
    "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_MobilePhone", "prs_IdentityNumber",
})
FULL_CONSENT = "${consent} = 'full'"


# --- reading the workbooks ------------------------------------------------------------------


def _sheet(path: Path, name: str) -> list[dict[str, Any]]:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(workbook[name].iter_rows(values_only=True))
    finally:
        workbook.close()
    header = [str(cell) if cell is not None else "" for cell in rows[0]]
    records = []
    for number, row in enumerate(rows[1:], start=2):
        record = {key: value for key, value in zip(header, row, strict=False) if key}
        if any(value not in (None, "") for value in record.values()):
            record["_row"] = number
            records.append(record)
    return records


def _header(path: Path, name: str) -> list[str]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        first = next(workbook[name].iter_rows(max_row=1, values_only=True))
    finally:
        workbook.close()
    return [str(cell) for cell in first if cell is not None]


def _choices(path: Path) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    for record in _sheet(path, "choices"):
        lists.setdefault(str(record["list_name"]), []).append(record)
    return lists


def _list_name(type_: str) -> str | None:
    parts = type_.split()
    if parts[0] in ("select_one", "select_multiple") and len(parts) == 2:
        return parts[1]
    return None


@pytest.fixture(scope="module", params=FORMS, ids=[form.stem for form in FORMS])
def form(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def test_both_instruments_are_shipped() -> None:
    assert {path.stem for path in FORMS} >= set(SHIPPED)


# --- loading --------------------------------------------------------------------------------


def test_converts_with_pyxform_without_warnings(form: Path) -> None:
    warnings: list[str] = []
    result = convert(xlsform=str(form), warnings=warnings)
    assert warnings == []
    assert 'xmlns:htcds="urn:iom:htcds:2.0"' in result.xform
    assert 'xmlns:fa="urn:fieldapp:xlsform:1"' in result.xform


def test_loads_in_the_form_engine(form: Path) -> None:
    xlsform = _engine_module("fieldapp.xlsform")
    definition = xlsform.load_form(form)
    assert definition.form_id == form.stem
    assert len(definition.languages) == len(LANGUAGES)


def test_settings(form: Path) -> None:
    (settings,) = _sheet(form, "settings")
    assert settings["form_id"] == form.stem
    assert re.fullmatch(r"20\d{8}", str(settings["version"]))
    assert settings["default_language"] == "English (en)"
    assert settings["namespaces"] == NAMESPACES


# --- languages ------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", ["survey", "choices"])
def test_every_text_is_in_all_four_languages(form: Path, sheet: str) -> None:
    header = _header(form, sheet)
    for base in ("label",) if sheet == "choices" else TRANSLATED:
        assert [f"{base}::{lang}" in header for lang in LANGUAGES] == [True] * 4, base
        assert base not in header, f"untranslated '{base}' column"
    missing = []
    for record in _sheet(form, sheet):
        for base in TRANSLATED:
            texts = [record.get(f"{base}::{lang}") for lang in LANGUAGES]
            if any(texts) and not all(isinstance(text, str) and text.strip() for text in texts):
                missing.append(f"{sheet} row {record['_row']} {base}")
    assert missing == []


def test_every_question_and_choice_has_a_label(form: Path) -> None:
    unlabelled = [
        record["name"]
        for record in _sheet(form, "survey")
        if str(record["type"]).split()[0] not in ("calculate", "start", "end", "today")
        and not record.get("label::English (en)")
    ]
    assert unlabelled == []


def test_arabic_texts_are_arabic(form: Path) -> None:
    arabic = re.compile(r"[\u0600-\u06FF]")
    latin_only = []
    for sheet in ("survey", "choices"):
        for record in _sheet(form, sheet):
            for base in TRANSLATED:
                text = record.get(f"{base}::العربية (ar)")
                english = record.get(f"{base}::English (en)")
                # brand names (platforms) are the same in every language
                if text and text != english and not arabic.search(str(text)):
                    latin_only.append(f"{sheet} row {record['_row']}")
    assert latin_only == []


def test_field_names_are_ascii(form: Path) -> None:
    names = [str(record.get("name") or "") for record in _sheet(form, "survey")]
    names += [str(record["name"]) for record in _sheet(form, "choices")]
    assert [name for name in names if not name.isascii()] == []


# --- tags -----------------------------------------------------------------------------------


def test_roles_come_from_the_fixed_set_and_are_all_present_once(form: Path) -> None:
    roles = [str(r["bind::fa:role"]) for r in _sheet(form, "survey") if r.get("bind::fa:role")]
    assert set(roles) <= ROLES
    assert sorted(roles) == sorted(ROLES), "each role exactly once"


def test_referral_sections_and_identifying_tags(form: Path) -> None:
    for record in _sheet(form, "survey"):
        sections = str(record.get("bind::fa:referral") or "").split()
        assert set(sections) <= SECTIONS, record["name"]
        assert record.get("bind::fa:identifying") in (None, "true"), record["name"]


# Roles the referral shows in its own parts, never as a field row (fieldapp/referral/adapter.py).
SHOWN_ELSEWHERE = frozenset({
    "result_level", "result_action", "result_summary", "indicators_present",
    "dimensions_positive", "urgency", "services_selected", "is_child",
    *(f"dimension_d{n}" for n in range(1, 7)),
})
RECIPIENT_CODES = ("en", "fr", "es", "ar")


def test_every_referral_row_has_a_recipient_label_in_four_languages(form: Path) -> None:
    indicators = {str(item["name"]) for item in _choices(form)["ilo_indicator"]}
    arabic = re.compile(r"[\u0600-\u06FF]")
    rows = [
        record for record in _sheet(form, "survey")
        if record.get("bind::fa:referral")
        and str(record["type"]).split()[0] not in ("note", "calculate")
        and record.get("bind::fa:role") not in SHOWN_ELSEWHERE
        and record["name"] not in indicators
        and _list_name(str(record["type"])) != "ilo_indicator"
    ]
    assert rows
    for record in rows:
        labels = [record.get(f"bind::fa:recipient-{code}") for code in RECIPIENT_CODES]
        assert all(isinstance(label, str) and label.strip() for label in labels), record["name"]
        assert arabic.search(str(labels[-1])), record["name"]
        # a field label for a reader, not an interview prompt or an instruction
        assert not any("?" in str(label) or "(" in str(label) for label in labels), labels


def test_person_identifiers_are_tagged_and_need_full_consent(form: Path) -> None:
    for record in _sheet(form, "survey"):
        if record.get("bind::htcds:field") in PERSON_IDENTIFIERS or record.get(
            "bind::fa:role"
        ) == "person_name":
            assert record.get("bind::fa:identifying") == "true", record["name"]
            if record["type"] != "calculate":
                assert FULL_CONSENT in str(record.get("relevant") or ""), record["name"]


def test_htcds_tagged_fields_use_htcds_value_names(form: Path) -> None:
    lists = _choices(form)
    for record in _sheet(form, "survey"):
        field = record.get("bind::htcds:field")
        if not field:
            continue
        assert re.fullmatch(r"(prs|vic|per|cas|hte|con|org)_[A-Z][A-Za-z]+", field)
        assert field in HTCDS_VALUES or field in HTCDS_FREE, field
        allowed = HTCDS_VALUES.get(field)
        list_name = _list_name(str(record["type"]))
        if list_name is not None:
            assert allowed is not None, f"{field} has choices but no value list"
            names = [str(choice["name"]) for choice in lists[list_name]]
            assert names, list_name
            for name in names:
                ok = allowed.fullmatch(name) if isinstance(allowed, re.Pattern) else name in allowed
                assert ok, f"{record['name']}: {name!r} is not an HTCDS value of {field}"
        elif record["type"] == "calculate":
            # a name tested with selected() is a condition, not a value the calculation gives
            calculation = re.sub(r"selected\(\$\{\w+\}, '[^']+'\)", "",
                                 str(record["calculation"]))
            produced = set(re.findall(r"'([^']+)'", calculation))
            produced -= {"yes", "no", "full", "anonymous", "declined", "refer_now", "stopped",
                         "assess_further", "no_indicators"}
            produced = {value for value in produced if not value.startswith(("/", "$"))}
            if isinstance(allowed, re.Pattern):
                assert all(allowed.fullmatch(value) for value in produced), record["name"]
            else:
                assert produced <= allowed, f"{record['name']}: {produced - allowed}"


def test_indicator_metadata_lives_in_one_list(form: Path) -> None:
    indicators = _choices(form)["ilo_indicator"]
    names = [str(item["name"]) for item in indicators]
    assert len(names) == len(set(names))
    assert len(names) <= 60, "result_summary has 60 slots (indicators_text_1..4)"
    for item in indicators:
        assert item["dimension"] in {f"d{n}" for n in range(1, 7)}, item["name"]
        assert item["grade"] in {"S", "M", "W"}, item["name"]
    # DOMAIN.md: recruitment by abuse of vulnerability has no strong indicator for adults
    assert not [i for i in indicators if i["dimension"] == "d3" and i["grade"] == "S"]
    survey = {str(r.get("name")): r for r in _sheet(form, "survey")}
    answered = str(survey["indicators_answered"]["calculation"])
    counted = re.findall(r"\$\{(\w+)\} = 'yes', '(\w+) '", answered)
    assert counted, "indicators_answered lists the indicator questions"
    for question, indicator in counted:
        assert question == indicator, "an indicator question is named after its indicator"
        assert indicator in names
        assert survey[question]["type"] == "select_one yes_no_unsure"
    questions = [
        name for name, r in survey.items()
        if r["type"] == "select_one yes_no_unsure" and name in names
    ]
    assert sorted(questions) == sorted(q for q, _ in counted), "every question is counted"
    calculations = json.dumps([r.get("calculation") for r in survey.values()])
    grades = re.findall(r"grade = '([SMW])'", calculations)
    assert sorted(set(grades)) == ["M", "S", "W"], "grades are read from the list, not written out"


# --- the referral directory -----------------------------------------------------------------


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, strict=True))


def test_directory_has_the_fixed_header_and_allowed_values() -> None:
    rows = _csv(DIRECTORY)
    assert rows[0] == DIRECTORY_HEADER
    services = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(services) >= 16
    assert len({s["id"] for s in services}) == len(services)
    assert {s["type"] for s in services} == SERVICE_TYPES
    for service in services:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", service["id"]), service["id"]
        assert service["type"] in SERVICE_TYPES
        assert service["consent_required"] in CONSENT_REQUIRED
        assert set(service["data_needed"].split()) <= SECTIONS
        assert service["area"].split()
        assert all(re.fullmatch(r"[A-Z][A-Z0-9-]*", a) for a in service["area"].split())
        assert all(ISO_LANGUAGE.fullmatch(code) for code in service["languages"].split())
        # clearly fictional: marked names, a reserved number range, reserved e-mail domain
        assert service["name"].endswith("(sample)"), service["name"]
        assert re.fullmatch(r"\+000 555 01\d\d", service["phone"]), service["phone"]
        assert service["email"].endswith("@example.org"), service["email"]


def test_directory_loads_with_the_referral_loader() -> None:
    directory = _engine_module("fieldapp.referral.directory")
    assert len(directory.load_directory(DIRECTORY)) == len(_csv(DIRECTORY)) - 1


def test_form_service_lists_match_the_directory() -> None:
    directory = _csv(DIRECTORY)
    services = [dict(zip(directory[0], row, strict=True)) for row in directory[1:]]
    choices = _csv(FORMS_DIR / "services.csv")
    assert choices[0] == ["name", "label", "type", "area"]
    assert choices[1:] == [[s["id"], s["name"], s["type"], s["area"]] for s in services]
    areas = _csv(FORMS_DIR / "areas.csv")
    assert areas[0] == ["name", "label"]
    codes = {a for s in services for a in s["area"].split()} - {"ALL"}
    assert {row[0] for row in areas[1:]} == codes


def test_need_list_points_at_directory_service_types(form: Path) -> None:
    for need in _choices(form)["need"]:
        assert set(str(need.get("service_type") or "").split()) <= SERVICE_TYPES


# --- scenarios ------------------------------------------------------------------------------


def _scenarios(form: Path) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(form.with_suffix(".tests.json").read_text("utf-8"))
    return spec


def test_scenario_files_cover_the_required_cases(form: Path) -> None:
    spec = _scenarios(form)
    assert spec["form"] == form.name
    scenarios = spec["scenarios"]
    assert len(scenarios) >= 12
    assert len({s["name"] for s in scenarios}) == len(scenarios)
    assert {s["lang"] for s in scenarios} == {"en", "fr", "es", "ar"}
    expected = [s["expect"].get("values", {}) for s in scenarios]
    levels = {values.get("result_level") for values in expected}
    assert levels >= RESULT_LEVELS
    assert {"declined", "anonymous"} <= {values.get("consent") for values in expected}
    assert "1" in {values.get("is_child") for values in expected}
    answers = [s["answers"] for s in scenarios]
    assert any(a.get("age_doubt") == "yes" for a in answers), "age disputed"
    kinds = {k for a in answers for k in a.get("exploitation_types", [])}
    assert {"ForcedLabour", "SexualExploitation", "ForcedCriminality"} <= kinds
    assert all(s["expect"].get("complete") in (True, False) for s in scenarios)


def _engine_module(name: str) -> Any:
    # No skip on ImportError: a broken engine or a missing dependency must fail these tests.
    return importlib.import_module(name)


@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def test_every_scenario_passes_through_the_engine(form: Path) -> None:
    commands = _engine_module("fieldapp.commands.form")
    from fieldapp import cli

    if commands.__name__ in cli.COMMAND_MODULES:
        parser = cli.build_parser()
    else:  # the `form` group is not registered in fieldapp/cli.py yet
        parser = argparse.ArgumentParser(prog="fieldapp")
        commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["form", "test", str(form)])
    from fieldapp.commands.context import CommandContext, PasswordSource

    with _captured() as (out, err):
        ctx = CommandContext(data_dir=REPO / ".unused-data-dir", user=None,
                             passwords=PasswordSource(from_stdin=False), stdout=out, stderr=err)
        code = args.handler(args, ctx)
    report = out.getvalue() + err.getvalue()
    assert code == 0, report
    assert re.search(r"\b0 failed\b", report), report
    passed = int(re.search(r"(\d+) passed", report).group(1))  # type: ignore[union-attr]
    assert passed == len(_scenarios(form)["scenarios"]), report
