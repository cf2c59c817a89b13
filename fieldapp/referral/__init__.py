"""Referral documents: minimised, multilingual PDF referrals, rendered and protected in memory.

The public surface: the input model (:mod:`~fieldapp.referral.model`), the directory loader
(:mod:`~fieldapp.referral.directory`), the minimisation profiles
(:mod:`~fieldapp.referral.profiles`), :func:`render_referral` and the protection functions
(:mod:`~fieldapp.referral.protect`). The rest (fonts, bidi, text layout, flowables, catalogue,
story) serves the renderer. See docs/referral.md.
"""

from fieldapp.referral.directory import filter_services, load_directory
from fieldapp.referral.errors import (
    ConsentError,
    DirectoryError,
    OutputExistsError,
    ReferralError,
    UnsupportedTextError,
)
from fieldapp.referral.model import (
    DimensionSummary,
    IndicatorHit,
    ReferralField,
    ReferralRequest,
    Service,
)
from fieldapp.referral.profiles import check_consent, select_fields
from fieldapp.referral.protect import (
    encrypt_pdf,
    generate_passphrase,
    neutral_file_name,
    write_once,
)
from fieldapp.referral.render import render_referral

__all__ = [
    "ConsentError",
    "DimensionSummary",
    "DirectoryError",
    "IndicatorHit",
    "OutputExistsError",
    "ReferralError",
    "ReferralField",
    "ReferralRequest",
    "Service",
    "UnsupportedTextError",
    "check_consent",
    "encrypt_pdf",
    "filter_services",
    "generate_passphrase",
    "load_directory",
    "neutral_file_name",
    "render_referral",
    "select_fields",
    "write_once",
]
