"""Referral documents: minimised, multilingual PDF referrals, rendered and protected in memory.

The public surface: the input model (:mod:`~fieldapp.referral.model`), the directory loader
(:mod:`~fieldapp.referral.directory`), the minimisation profiles
(:mod:`~fieldapp.referral.profiles`), :func:`render_referral` and the protection functions
(:mod:`~fieldapp.referral.protect`). The rest (fonts, bidi, text layout, flowables, catalogue,
story) serves the renderer. See docs/referral.md.

The names are loaded on first use (PEP 562), so importing one light part (the directory, an
error class, the model) does not import ReportLab, HarfBuzz and pypdf with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF = {
    "filter_services": "directory", "load_directory": "directory",
    "ConsentError": "errors", "DirectoryError": "errors", "OutputExistsError": "errors",
    "ReferralError": "errors", "UnsupportedTextError": "errors",
    "DimensionSummary": "model", "IndicatorHit": "model", "ReferralField": "model",
    "ReferralRequest": "model", "Service": "model",
    "check_consent": "profiles", "select_fields": "profiles",
    "encrypt_pdf": "protect", "generate_passphrase": "protect",
    "neutral_file_name": "protect", "write_once": "protect",
    "render_referral": "render",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
