"""The referral's input model: what the renderer is given, as frozen dataclasses.

A :class:`ReferralRequest` holds everything one referral document shows, already in the
document language: labels and values come from the form in the language the officer chose, so
the renderer never translates answers. Fields carry the referral sections they belong to and
whether they identify the person; the profiles (:mod:`fieldapp.referral.profiles`) decide from
those tags which fields reach which service. Construction checks the closed vocabularies
(languages, urgency, consent, result levels, sections, service types) so an invalid request
fails early with a :class:`~fieldapp.referral.errors.ReferralError` naming the attribute.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from fieldapp.referral.errors import ReferralError

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ar")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

# Document order: the renderer shows sections in this order.
SECTIONS: tuple[str, ...] = (
    "consent",
    "person",
    "contact",
    "documents",
    "child",
    "screening",
    "exploitation",
    "control",
    "recruitment",
    "journey",
    "narrative",
    "needs",
    "safety",
)

SERVICE_TYPES: tuple[str, ...] = (
    "shelter",
    "medical",
    "legal_aid",
    "child_protection",
    "national_referral",
    "hotline",
    "labour_inspection",
    "consular",
)

CONSENT_REQUIREMENTS: tuple[str, ...] = ("full", "anonymous_ok", "none")
URGENCIES: tuple[str, ...] = ("immediate", "soon", "routine")
CONSENTS: tuple[str, ...] = ("full", "anonymous", "child")
RESULT_LEVELS: tuple[str, ...] = ("refer_now", "assess_further", "no_indicators", "stopped")
DIMENSION_CODES: tuple[str, ...] = ("d1", "d2", "d3", "d4", "d5", "d6")
GRADES: tuple[str, ...] = ("S", "M", "W")


def _require(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ReferralError(f"{what} must be one of {', '.join(allowed)}")


@dataclass(frozen=True)
class ReferralField:
    """One answer as the document shows it: label and value in the document language."""

    name: str
    label: str
    value: str
    sections: frozenset[str]
    identifying: bool

    def __post_init__(self) -> None:
        unknown = sorted(self.sections - frozenset(SECTIONS))
        if unknown:
            raise ReferralError(
                f"field {self.name!r} has unknown referral sections: {', '.join(unknown)}"
            )


@dataclass(frozen=True)
class IndicatorHit:
    """One indicator found present, with its ILO grade (strong, medium, weak)."""

    label: str
    grade: str

    def __post_init__(self) -> None:
        _require(self.grade, GRADES, "an indicator grade")


@dataclass(frozen=True)
class DimensionSummary:
    """One of the six ILO dimensions: whether it is positive and which indicators drove it."""

    code: str
    label: str
    positive: bool
    indicators: tuple[IndicatorHit, ...]

    def __post_init__(self) -> None:
        _require(self.code, DIMENSION_CODES, "a dimension code")


@dataclass(frozen=True)
class Service:
    """One row of the referral directory: a service a person can be referred to."""

    id: str
    name: str
    type: str
    area: tuple[str, ...]
    languages: tuple[str, ...]
    hours: str
    phone: str
    email: str
    address: str
    consent_required: str
    data_needed: frozenset[str]
    notes: str

    def __post_init__(self) -> None:
        _require(self.type, SERVICE_TYPES, "a service type")
        _require(self.consent_required, CONSENT_REQUIREMENTS, "consent_required")
        unknown = sorted(self.data_needed - frozenset(SECTIONS))
        if unknown:
            raise ReferralError(f"data_needed has unknown sections: {', '.join(unknown)}")


@dataclass(frozen=True)
class ReferralRequest:
    """Everything one referral document shows, before minimisation."""

    reference: str
    created_at: datetime
    language: str
    officer_name: str
    organisation: str
    service: Service
    reason: str
    urgency: str
    consent: str
    result_level: str
    result_action: str
    dimensions: tuple[DimensionSummary, ...]
    fields: tuple[ReferralField, ...]

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "the document language")
        _require(self.urgency, URGENCIES, "urgency")
        _require(self.consent, CONSENTS, "consent")
        _require(self.result_level, RESULT_LEVELS, "the result level")
        if not self.reference.strip():
            raise ReferralError("a referral needs a reference")
        counts = Counter(field.name for field in self.fields)
        duplicates = sorted(name for name, count in counts.items() if count > 1)
        if duplicates:
            raise ReferralError(f"fields appear twice: {', '.join(duplicates)}")
        codes = [dimension.code for dimension in self.dimensions]
        if len(set(codes)) != len(codes):
            raise ReferralError("a dimension appears twice in the screening summary")

    @property
    def rtl(self) -> bool:
        """Whether the document reads right to left."""
        return self.language in RTL_LANGUAGES
