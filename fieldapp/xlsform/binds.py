"""An XForm's ``<bind>`` elements: the standard properties and the form's own tags.

A bind gives a field its type and its ``required``, ``relevant``, ``constraint``,
``calculate`` and ``readonly`` expressions, its messages and its preload (metadata). Any other
attribute came from a custom ``bind::`` column of the XLSForm: the screening forms tag fields
that way for referrals and exports (``fa:role``, ``fa:referral``, ``htcds:field``...), so those
are kept, keyed ``prefix:name`` as the author wrote them, and exposed on each field. ODK's own
namespaces (``jr:``, ``odk:``, ``orx:``, ``entities:``) are features, not tags.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from fieldapp.xlsform.instances import prefixed_attributes
from fieldapp.xlsform.texts import XF

STANDARD_BIND_ATTRIBUTES = frozenset(
    {"nodeset", "type", "required", "relevant", "constraint", "calculate", "readonly",
     "saveIncomplete"}
)
ODK_PREFIXES = ("jr:", "odk:", "orx:", "entities:", "xsd:")


def read_binds(model: etree._Element) -> dict[str, dict[str, str]]:
    """Bind attributes per ``nodeset``; a second bind on the same node adds to the first."""
    binds: dict[str, dict[str, str]] = {}
    for bind in model.iterfind(f"{{{XF}}}bind"):
        nodeset = (bind.get("nodeset") or "").strip()
        if not nodeset:
            continue
        binds.setdefault(nodeset, {}).update(prefixed_attributes(bind))
    return binds


def custom_attributes(attributes: Mapping[str, str]) -> dict[str, str]:
    """The attributes that came from the form's own ``bind::`` columns."""
    return {
        name: value
        for name, value in attributes.items()
        if name not in STANDARD_BIND_ATTRIBUTES and not name.startswith(ODK_PREFIXES)
    }


def data_type(attributes: Mapping[str, str]) -> str:
    """The bind type without an ``xsd:`` prefix (``string`` when there is none)."""
    value = attributes.get("type", "string").strip() or "string"
    return value.split(":", 1)[1] if value.startswith("xsd:") else value
