"""Data minimisation: which fields of a referral reach which receiving service.

A profile per service type names the referral sections that type of service needs to act (a
shelter needs needs, safety and contact arrangements, not the journey; the national referral
authority gets everything). Rules, applied in this order by :func:`allowed_sections` and
:func:`select_fields`:

1. Start from the profile of the service's type.
2. A non-empty ``data_needed`` in the directory row *narrows* the profile: the service gets the
   sections in both. A directory file (edited by a supervisor, distributed by sync) can thus
   never widen what a type of service receives. The consent section always stays: every
   receiver must see on what basis the information reaches it.
3. A child referral (consent ``child``) always carries the child section.
4. An anonymous referral (consent ``anonymous``) drops every identifying field and the contact
   and documents sections, whatever the profile.
5. A profile may receive identifying fields only with full consent (labour inspection).

A field appears when one of its sections is allowed and none of them is withheld; a field
tagged with no section never appears. :func:`check_consent` says whether the consent given
allows a referral to the service at all: children are always referred to child protection.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.referral.errors import ConsentError
from fieldapp.referral.model import SECTIONS, ReferralField, ReferralRequest, Service

# Sections an anonymous referral never carries: they exist to reach or identify the person.
ANONYMOUS_WITHHELD: frozenset[str] = frozenset({"contact", "documents"})

# Services that act for every child whatever the consent: the statutory child route.
CHILD_ROUTE_TYPES: frozenset[str] = frozenset({"child_protection", "national_referral"})


@dataclass(frozen=True)
class Profile:
    """What one type of service receives by default."""

    service_type: str
    sections: frozenset[str]
    identifying_needs_full_consent: bool = False


def _profile(
    service_type: str, sections: str, *, identifying_needs_full_consent: bool = False
) -> Profile:
    names = frozenset(sections.split())
    assert names <= frozenset(SECTIONS), names - frozenset(SECTIONS)
    return Profile(service_type, names, identifying_needs_full_consent)


PROFILES: dict[str, Profile] = {
    profile.service_type: profile
    for profile in (
        _profile("national_referral", " ".join(SECTIONS)),
        _profile("child_protection", " ".join(SECTIONS)),
        _profile("shelter", "consent person contact child needs safety"),
        _profile("medical", "consent person child needs safety"),
        _profile(
            "legal_aid",
            "consent person contact documents child screening exploitation control"
            " recruitment journey narrative safety",
        ),
        _profile(
            "labour_inspection",
            "consent screening exploitation control recruitment",
            identifying_needs_full_consent=True,
        ),
        _profile("hotline", "consent person contact needs safety"),
        _profile("consular", "consent person contact documents needs"),
    )
}


def allowed_sections(service: Service, consent: str) -> frozenset[str]:
    """The sections a referral with this consent may show this service."""
    sections = PROFILES[service.type].sections
    if service.data_needed:
        sections = sections & (service.data_needed | {"consent"})
    if consent == "child":
        sections = sections | {"child"}
    if consent == "anonymous":
        sections = sections - ANONYMOUS_WITHHELD
    return sections


def withheld_sections(consent: str) -> frozenset[str]:
    """Sections whose fields never appear under this consent, whatever else they carry."""
    return ANONYMOUS_WITHHELD if consent == "anonymous" else frozenset()


def identifying_allowed(service: Service, consent: str) -> bool:
    """Whether fields that identify the person may reach this service."""
    if consent == "anonymous":
        return False
    if PROFILES[service.type].identifying_needs_full_consent:
        return consent == "full"
    return True


def select_fields(request: ReferralRequest) -> tuple[ReferralField, ...]:
    """The request's fields that its service may see, in their original order."""
    allowed = allowed_sections(request.service, request.consent)
    withheld = withheld_sections(request.consent)
    identifying = identifying_allowed(request.service, request.consent)
    return tuple(
        field
        for field in request.fields
        if field.sections & allowed
        and not field.sections & withheld
        and (identifying or not field.identifying)
    )


def check_consent(request: ReferralRequest) -> None:
    """Refuse a referral that the consent given does not allow for this service."""
    service = request.service
    if request.consent == "full" or service.consent_required == "none":
        return
    if request.consent == "child":
        if service.type in CHILD_ROUTE_TYPES or service.consent_required == "anonymous_ok":
            return
        raise ConsentError(
            "this service accepts only referrals with full consent: refer a child through"
            " child protection"
        )
    if service.consent_required == "full":
        raise ConsentError(
            "this service accepts only referrals with full consent, not anonymous ones"
        )
