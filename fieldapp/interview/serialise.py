"""An interview as data: its stable JSON form, and its OpenRosa submission XML.

The JSON form (``format`` ``fieldapp-interview``, ``format_version`` 1) carries the form id
and version it is pinned to, the language, the position and history, and the answer rows
exactly as the vault stores them, so ``from_json(to_json())`` is the same interview. The
submission is the ODK instance document (``<data id=... version=...>``) with non-relevant
nodes left out, as ODK Collect submits it, and ``meta/instanceID`` as ``uuid:...``, so an
organisation can feed ODK Central or KoboToolbox.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree

from fieldapp.interview.errors import InterviewDataError
from fieldapp.xlsform import FormDefinition

if TYPE_CHECKING:
    from fieldapp.interview.session import InterviewSession

FORMAT = "fieldapp-interview"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SavedInterview:
    """What a saved interview holds besides the form: rows, language and position."""

    rows: list[tuple[str, Any]]
    language: str | None
    position: str | None
    history: list[str]


def interview_json(session: InterviewSession) -> dict[str, Any]:
    """The interview as one JSON-ready object (answers sorted by path)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "form_id": session.form.form_id,
        "form_version": session.form.version,
        "language": session.language,
        "position": session.current_page,
        "history": session.history,
        "answers": dict(sorted(session.answers().items())),
    }


def read_interview_json(form: FormDefinition, data: Mapping[str, Any]) -> SavedInterview:
    """The parts of a saved interview, checked against ``form`` (its exact version)."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise InterviewDataError("this is not a saved interview")
    if data.get("format_version") != FORMAT_VERSION:
        raise InterviewDataError(
            f"saved interview format {str(data.get('format_version'))[:20]!r} is not supported"
        )
    if (data.get("form_id"), data.get("form_version")) != (form.form_id, form.version):
        raise InterviewDataError(
            f"the interview belongs to form '{str(data.get('form_id'))[:80]}' version "
            f"'{str(data.get('form_version'))[:40]}', not '{form.form_id}' version "
            f"'{form.version}'"
        )
    answers = data.get("answers")
    history = data.get("history") or []
    position = data.get("position")
    language = data.get("language")
    if not isinstance(answers, Mapping) or not isinstance(history, list):
        raise InterviewDataError("the saved interview has no answers")
    return SavedInterview(
        rows=list(answers.items()),
        language=language if isinstance(language, str) else None,
        position=position if isinstance(position, str) else None,
        history=[key for key in history if isinstance(key, str)],
    )


def submission_xml(session: InterviewSession) -> bytes:
    """The OpenRosa submission instance (UTF-8 XML with declaration)."""
    state = session.state
    template = session.form.template

    def copy(node: etree._Element) -> etree._Element | None:
        if not state.relevant(node):
            return None
        out = etree.Element(node.tag)
        for name, value in node.attrib.items():
            out.set(name, value)
        if len(node) == 0:
            out.text = node.text
        for child in node:
            copied = copy(child)
            if copied is not None:
                out.append(copied)
        return out

    root = copy(state.root)
    if root is None:  # the root is always relevant; keep mypy and readers certain
        root = etree.Element(template.tag)
    for name in ("id", "version"):
        value = template.get(name)
        if value:
            root.set(name, value)
    meta = root.find("meta")
    if meta is None:
        meta = etree.SubElement(root, "meta")
    instance_id = meta.find("instanceID")
    if instance_id is None:
        instance_id = etree.SubElement(meta, "instanceID")
    if not (instance_id.text or "").startswith("uuid:"):
        instance_id.text = "uuid:" + (instance_id.text or session.environment.uuid_factory())
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
