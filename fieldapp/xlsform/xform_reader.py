"""An XForm (as pyxform writes it) read into a frozen :class:`FormDefinition`.

The XForm is parsed with a parser that resolves no entities and fetches nothing. The primary
instance becomes a namespace-free template (repeat instances removed, one prototype kept per
repeat); the binds, the body and the itext become :class:`Question` and :class:`Group` records
whose expressions are compiled once. Field types the app deliberately does not offer (photos,
audio, files, location, barcodes) are refused here with :class:`UnsupportedFormFeature`,
naming the row, so a form fails at ``fieldapp form check`` rather than mid-interview.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

from fieldapp.expressions import CompiledExpression
from fieldapp.xlsform.binds import custom_attributes, data_type, read_binds
from fieldapp.xlsform.body import JR, BodyReader, BodyReading, ControlInfo
from fieldapp.xlsform.compiling import ExpressionCompiler
from fieldapp.xlsform.convert import ConvertedForm
from fieldapp.xlsform.errors import FormLoadError, UnsupportedFormFeature
from fieldapp.xlsform.instances import (
    SidecarReader,
    prefixed_attributes,
    read_secondary,
    safe_parser,
)
from fieldapp.xlsform.model import (
    FormDefinition,
    FormSource,
    Kind,
    Question,
    SetValue,
)
from fieldapp.xlsform.texts import XF, Translations, message_text, read_translations

XHTML = "http://www.w3.org/1999/xhtml"
ODK = "http://www.opendatakit.org/xforms"

_WHY_NOT = {
    "binary": "capturing photos, audio, video or files is not offered: sensitive media "
    "must not sit on field laptops",
    "geopoint": "location capture is not offered on field laptops",
    "geotrace": "location capture is not offered on field laptops",
    "geoshape": "location capture is not offered on field laptops",
    "barcode": "barcode scanning is not offered on field laptops",
}
_CONTROL_KINDS = {
    "select1": Kind.SELECT_ONE,
    "select": Kind.SELECT_MULTIPLE,
    "rank": Kind.RANK,
    "range": Kind.RANGE,
    "trigger": Kind.ACKNOWLEDGE,
}
_INPUT_KINDS = {
    "string": Kind.TEXT,
    "int": Kind.INTEGER,
    "integer": Kind.INTEGER,
    "decimal": Kind.DECIMAL,
    "date": Kind.DATE,
    "time": Kind.TIME,
    "dateTime": Kind.DATETIME,
}


@dataclass
class _Leaf:
    ref: str
    default: str
    attributes: dict[str, str]
    repeat: str | None


@dataclass
class _Template:
    root: etree._Element
    leaves: list[_Leaf] = field(default_factory=list)
    prototypes: dict[str, etree._Element] = field(default_factory=dict)
    preceding: dict[str, tuple[str, ...]] = field(default_factory=dict)
    group_attributes: dict[str, dict[str, str]] = field(default_factory=dict)


def parse_xform(text: str) -> etree._Element:
    """The XForm's root; tolerates only undeclared ``bind::`` prefixes, nothing else."""
    data = text.encode("utf-8")
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        parser = safe_parser(recover=True)
        root = etree.fromstring(data, parser)
        problems = [e for e in parser.error_log if e.type_name != "NS_ERR_UNDEFINED_NAMESPACE"]
        if root is None or problems:
            raise FormLoadError("the converted form is not well-formed XML") from None
        return root


def read_xform(
    converted: ConvertedForm, source: FormSource, read_sidecar: SidecarReader
) -> FormDefinition:
    root = parse_xform(converted.xform)
    head = root.find(f"{{{XHTML}}}head")
    model = head.find(f"{{{XF}}}model") if head is not None else None
    if head is None or model is None:
        raise FormLoadError("the converted form has no model")
    compiler = ExpressionCompiler(converted.sheets)
    translations = read_translations(
        model, lambda text: compiler.compile(text, ref=None, attribute="label")
    )
    binds = read_binds(model)
    _refuse_unsupported_actions(root)
    instances = [i for i in model.iterfind(f"{{{XF}}}instance")]
    primary = next((i for i in instances if i.get("id") is None), None)
    data_root = (next((c for c in primary if isinstance(c.tag, str)), None)
                 if primary is not None else None)
    if data_root is None:
        raise FormLoadError("the converted form has no data instance")
    secondary = {
        i.get("id", ""): read_secondary(i, read_sidecar) for i in instances if i.get("id")
    }
    body = root.find(f"{{{XHTML}}}body")
    repeat_refs = {r.get("nodeset", "") for r in body.iter(f"{{{XF}}}repeat")} if (
        body is not None) else set()
    template = _build_template(data_root, repeat_refs)
    reading = BodyReader(
        compiler=compiler, translations=translations, instances=secondary, binds=binds,
        group_attributes=template.group_attributes,
    ).read(body)
    questions = _questions(template, binds, reading, compiler, converted, translations)
    setvalues = [
        SetValue(
            event=element.get("event", ""),
            ref=element.get("ref", ""),
            value=compiler.compile_optional(
                element.get("value"), ref=element.get("ref"), attribute="setvalue"
            ),
        )
        for element in model.iterfind(f"{{{XF}}}setvalue")
    ] + reading.setvalues
    default_language = next(
        (t.get("lang") for t in model.iterfind(f"{{{XF}}}itext/{{{XF}}}translation")
         if (t.get("default") or "").strip() == "true()" and t.get("lang") != "default"),
        None,
    )
    languages = translations.languages
    if default_language is None and languages:
        default_language = languages[0]
    instance_name = next((q.calculate for q in questions.values()
                          if q.ref.endswith("/meta/instanceName")), None)
    title = (head.findtext(f"{{{XHTML}}}title") or "").strip()
    return FormDefinition(
        form_id=data_root.get("id", "") or etree.QName(data_root).localname,
        version=(data_root.get("version") or "").strip(),
        title=title or data_root.get("id", ""),
        languages=languages,
        default_language=default_language,
        root_name=etree.QName(data_root).localname,
        instance_name=instance_name,
        questions=questions,
        groups=reading.groups,
        body=reading.body,
        setvalues=tuple(setvalues),
        template=template.root,
        repeat_prototypes=template.prototypes,
        repeat_preceding=template.preceding,
        secondary_instances=secondary,
        source=source,
        warnings=converted.warnings,
        xform=converted.xform,
    )


def _refuse_unsupported_actions(root: etree._Element) -> None:
    for _element in root.iter("{*}setgeopoint", "{*}recordaudio"):
        raise UnsupportedFormFeature(
            "the form records location or background audio, which is not offered on "
            "field laptops (start-geopoint, background-audio)"
        )


def _build_template(data_root: etree._Element, repeat_refs: set[str]) -> _Template:
    template_attr = f"{{{JR}}}template"
    root_path = "/" + etree.QName(data_root).localname
    result = _Template(root=etree.Element(etree.QName(data_root).localname))
    for name, value in data_root.attrib.items():
        if not str(name).startswith("{"):
            result.root.set(name, value)

    def copy_children(source: etree._Element, target: etree._Element, path: str,
                      repeat: str | None) -> None:
        handled: set[str] = set()
        names: list[str] = []
        elements = [c for c in source if isinstance(c.tag, str)]
        for child in elements:
            local = etree.QName(child).localname
            child_path = f"{path}/{local}"
            is_repeat = child.get(template_attr) is not None or child_path in repeat_refs
            if is_repeat:
                if child_path not in handled:
                    handled.add(child_path)
                    chosen = next((c for c in elements if etree.QName(c).localname == local
                                   and c.get(template_attr) is not None), child)
                    prototype = etree.Element(local)
                    _note_group(chosen, child_path)
                    copy_children(chosen, prototype, child_path, child_path)
                    result.prototypes[child_path] = prototype
                    result.preceding[child_path] = tuple(names)
                    names.append(local)
                continue
            names.append(local)
            copy = etree.SubElement(target, local)
            for name, value in child.attrib.items():
                if not str(name).startswith("{"):
                    copy.set(name, value)
            if len([c for c in child if isinstance(c.tag, str)]):
                _note_group(child, child_path)
                copy_children(child, copy, child_path, repeat)
            else:
                copy.text = child.text if child.text and child.text.strip() else None
                result.leaves.append(_Leaf(
                    ref=child_path,
                    default=(copy.text or ""),
                    attributes=prefixed_attributes(child, frozenset({"jr:template"})),
                    repeat=repeat,
                ))

    def _note_group(element: etree._Element, path: str) -> None:
        result.group_attributes[path] = prefixed_attributes(element, frozenset({"jr:template"}))

    copy_children(data_root, result.root, root_path, None)
    return result


def _questions(
    template: _Template,
    binds: Mapping[str, Mapping[str, str]],
    reading: BodyReading,
    compiler: ExpressionCompiler,
    converted: ConvertedForm,
    translations: Translations,
) -> dict[str, Question]:
    rows = _RowCursor(converted)
    questions: dict[str, Question] = {}
    for leaf in template.leaves:
        attributes = binds.get(leaf.ref, {})
        control = reading.controls.get(leaf.ref)
        name = leaf.ref.rsplit("/", 1)[-1]
        row, sheet_type = rows.find(name)
        kind = _kind(leaf.ref, attributes, control, sheet_type, row)

        def expression(
            attribute: str, ref: str = leaf.ref, attributes: Mapping[str, str] = attributes
        ) -> CompiledExpression | None:
            return compiler.compile_optional(attributes.get(attribute), ref=ref,
                                             attribute=attribute)

        preload = attributes.get("jr:preload")
        questions[leaf.ref] = Question(
            ref=leaf.ref,
            name=name,
            kind=kind,
            data_type=data_type(attributes),
            control=control.control if control else None,
            xlsform_type=sheet_type,
            appearance=control.appearance if control else "",
            label=control.label if control else None,
            hint=control.hint if control else None,
            guidance=control.guidance if control else None,
            required_message=message_text(attributes.get("jr:requiredMsg"), translations),
            constraint_message=message_text(attributes.get("jr:constraintMsg"), translations),
            required=expression("required"),
            relevant=expression("relevant"),
            constraint=expression("constraint"),
            calculate=expression("calculate"),
            readonly=expression("readonly"),
            default=leaf.default,
            itemset=control.itemset if control else None,
            parameters=dict(control.parameters) if control else {},
            bind_attributes=custom_attributes(attributes),
            instance_attributes=leaf.attributes,
            preload=(preload, attributes.get("jr:preloadParams", "")) if preload else None,
            repeat=leaf.repeat,
            row=row,
        )
    return questions


class _RowCursor:
    """Finds survey rows by name, scanning on from the last match (names repeat in groups)."""

    def __init__(self, converted: ConvertedForm) -> None:
        self._rows = list(converted.sheets.survey)
        self._next = 0

    def find(self, name: str) -> tuple[int | None, str]:
        count = len(self._rows)
        for step in range(count):
            index = (self._next + step) % count
            if self._rows[index].get("name") == name:
                self._next = index + 1
                return index + 2, " ".join(str(self._rows[index].get("type", "")).split())
        return None, ""


def _kind(ref: str, attributes: Mapping[str, str], control: ControlInfo | None,
          sheet_type: str, row: int | None) -> Kind:
    dtype = data_type(attributes)
    base = sheet_type.split(" ", 1)[0] if sheet_type else ""
    if dtype in _WHY_NOT or (control is not None and control.control == "upload"):
        reason = _WHY_NOT.get(dtype, _WHY_NOT["binary"])
        name = ref.rsplit("/", 1)[-1]
        raise UnsupportedFormFeature(
            f"'{name}' has type '{base or dtype}', which this app does not support: {reason}",
            sheet="survey" if row else None, row=row, column="type" if row else None,
        )
    if attributes.get("jr:preload"):
        return Kind.METADATA
    if control is None:
        calculated = attributes.get("calculate") or base == "calculate"
        return Kind.CALCULATE if calculated else Kind.HIDDEN
    if control.control in _CONTROL_KINDS:
        kind = _CONTROL_KINDS[control.control]
        return Kind.TRIGGER if kind is Kind.ACKNOWLEDGE and base == "trigger" else kind
    readonly = attributes.get("readonly", "").strip() == "true()"
    if base == "note" or (not base and readonly and dtype == "string"):
        return Kind.NOTE
    input_kind = _INPUT_KINDS.get(dtype)
    if input_kind is None:
        name = ref.rsplit("/", 1)[-1]
        raise UnsupportedFormFeature(
            f"'{name}' has the data type '{dtype}', which this app does not support",
            sheet="survey" if row else None, row=row, column="type" if row else None,
        )
    return input_kind
