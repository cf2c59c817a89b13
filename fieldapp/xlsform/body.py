"""Reading an XForm's ``<h:body>``: controls, groups, repeats, choices and setvalue actions.

The body decides what the officer sees and in what order: each control (``input``,
``select1``, ``select``, ``odk:rank``, ``range``, ``trigger``, ``upload``) with its label, hint,
guidance, appearance and parameters; groups (``field-list`` ones make one page) and repeats
(with ``jr:count`` for ``repeat_count``); ``itemset`` choice sources, including pyxform's
``randomize(...)`` wrapper, which is unwrapped here and applied by the session with a stable
seed; and ``setvalue`` actions nested in controls (the ``trigger`` column) or repeats
(defaults of new repeat instances). Inline ``<item>`` choices of hand-written XForms become a
secondary instance so that every select works the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

from fieldapp.expressions import CompiledExpression
from fieldapp.xlsform.binds import custom_attributes
from fieldapp.xlsform.compiling import ExpressionCompiler
from fieldapp.xlsform.model import (
    Choice,
    Group,
    Itemset,
    LocalizedText,
    Repeat,
    SetValue,
    TextTemplate,
)
from fieldapp.xlsform.texts import XF, Translations, body_text, itext_id

JR = "http://openrosa.org/javarosa"
CONTROLS = frozenset({"input", "select1", "select", "rank", "range", "trigger", "upload",
                      "secret", "textarea"})
_INSTANCE_CALL = re.compile(r"""^\s*instance\(\s*(['"])([^'"]+)\1\s*\)""")
_SKIPPED_ATTRIBUTES = frozenset({"ref", "appearance", "bind"})


@dataclass(frozen=True)
class ControlInfo:
    """What the body says about one field."""

    ref: str
    control: str
    appearance: str
    label: LocalizedText | None
    hint: LocalizedText | None
    guidance: LocalizedText | None
    itemset: Itemset | None
    parameters: Mapping[str, str]


@dataclass
class BodyReading:
    body: tuple[Group | str, ...] = ()
    controls: dict[str, ControlInfo] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    setvalues: list[SetValue] = field(default_factory=list)


@dataclass
class BodyReader:
    """Walks the body once; needs the binds, texts and secondary instances of the form."""

    compiler: ExpressionCompiler
    translations: Translations
    instances: dict[str, etree._Element]
    binds: Mapping[str, Mapping[str, str]]
    group_attributes: Mapping[str, Mapping[str, str]]
    result: BodyReading = field(default_factory=BodyReading)
    # Choice lists by (instance, value, label, itext): many questions share one list.
    _lists: dict[tuple[str, str, str, bool], tuple[Choice, ...]] = field(default_factory=dict)

    def read(self, body: etree._Element | None) -> BodyReading:
        if body is not None:
            self.result.body = self._children(body)
        return self.result

    def _children(self, parent: etree._Element) -> tuple[Group | str, ...]:
        items: list[Group | str] = []
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            local = etree.QName(child).localname
            if local == "group":
                items.append(self._group(child))
            elif local == "repeat":
                items.append(self._repeat(child, None))
            elif local in CONTROLS:
                ref = self._control(child, local)
                if ref:
                    items.append(ref)
            elif local == "setvalue":
                self._setvalue(child, None)
        return tuple(items)

    def _group(self, element: etree._Element) -> Group:
        ref = element.get("ref") or element.get("nodeset")
        repeats = [c for c in element if isinstance(c.tag, str)
                   and etree.QName(c).localname == "repeat"]
        # pyxform wraps each repeat in a group of the same ref that carries its label.
        if len(repeats) == 1 and repeats[0].get("nodeset") == ref:
            return self._repeat(repeats[0], element)
        group = Group(
            ref=ref,
            name=_name_of(ref),
            label=body_text(element.find(f"{{{XF}}}label"), self.translations,
                            self._output),
            hint=body_text(element.find(f"{{{XF}}}hint"), self.translations, self._output),
            appearance=element.get("appearance", ""),
            relevant=self._bind_expression(ref, "relevant"),
            children=self._children(element),
            bind_attributes=self._custom(ref),
            instance_attributes=dict(self.group_attributes.get(ref or "", {})),
            row=self.compiler.row_of_ref(ref),
        )
        if ref:
            self.result.groups[ref] = group
        return group

    def _repeat(self, element: etree._Element, wrapper: etree._Element | None) -> Group:
        ref = element.get("nodeset") or ""
        labelled = wrapper if wrapper is not None else element
        count_source = element.get(f"{{{JR}}}count")
        no_add_remove = (element.get(f"{{{JR}}}noAddRemove") or "").strip() == "true()"
        count = self.compiler.compile_optional(count_source, ref=ref, attribute="jr:count")
        group = Group(
            ref=ref,
            name=_name_of(ref),
            label=body_text(labelled.find(f"{{{XF}}}label"), self.translations,
                            self._output),
            hint=body_text(labelled.find(f"{{{XF}}}hint"), self.translations, self._output),
            appearance=" ".join(filter(None, [labelled.get("appearance", ""),
                                              element.get("appearance", "")])),
            relevant=self._bind_expression(ref, "relevant"),
            repeat=Repeat(count=count, can_add_remove=count is None and not no_add_remove),
            children=self._children(element),
            bind_attributes=self._custom(ref),
            instance_attributes=dict(self.group_attributes.get(ref, {})),
            row=self.compiler.row_of_ref(ref),
        )
        self.result.groups[ref] = group
        return group

    def _control(self, element: etree._Element, local: str) -> str | None:
        ref = element.get("ref") or element.get("bind")
        if not ref:
            return None
        hint_element = element.find(f"{{{XF}}}hint")
        parameters = {
            str(etree.QName(name).localname): str(value)
            for name, value in element.attrib.items()
            if etree.QName(name).localname not in _SKIPPED_ATTRIBUTES
        }
        self.result.controls[ref] = ControlInfo(
            ref=ref,
            control=local,
            appearance=element.get("appearance", ""),
            label=body_text(element.find(f"{{{XF}}}label"), self.translations, self._output),
            hint=body_text(hint_element, self.translations, self._output),
            guidance=body_text(hint_element, self.translations, self._output, form="guidance"),
            itemset=self._itemset(element, ref),
            parameters=parameters,
        )
        for child in element:
            if isinstance(child.tag, str) and etree.QName(child).localname == "setvalue":
                self._setvalue(child, ref)
        return ref

    def _setvalue(self, element: etree._Element, trigger_ref: str | None) -> None:
        ref = element.get("ref") or ""
        event = element.get("event", "")
        source = element.get("value")
        value = (self.compiler.compile(source, ref=ref, attribute="trigger" if trigger_ref
                                       else "setvalue") if source else None)
        self.result.setvalues.append(SetValue(event=event, ref=ref, value=value,
                                              trigger_ref=trigger_ref))

    def _itemset(self, element: etree._Element, ref: str) -> Itemset | None:
        itemset = element.find(f"{{{XF}}}itemset")
        if itemset is None:
            items = element.findall(f"{{{XF}}}item")
            if not items:
                return None
            inline_id = f"inline-{len(self.instances)}-{_name_of(ref)}"
            self.instances[inline_id] = self._inline_items(items)
            nodeset, value_ref, label_ref = f"instance('{inline_id}')/root/item", "name", "label"
        else:
            nodeset = str(itemset.get("nodeset", ""))
            value_element = itemset.find(f"{{{XF}}}value")
            label_element = itemset.find(f"{{{XF}}}label")
            value_ref = (str(value_element.get("ref", "name")) if value_element is not None
                         else "name")
            label_ref = (str(label_element.get("ref", "label")) if label_element is not None
                         else "label")
        nodeset, randomize, seed_source = unwrap_randomize(nodeset)
        match = _INSTANCE_CALL.match(nodeset)
        instance_id = match.group(2) if match else None
        label_is_itext = label_ref.replace(" ", "").startswith("jr:itext(")
        return Itemset(
            nodeset=self.compiler.compile(nodeset, ref=ref, attribute="itemset"),
            instance_id=instance_id,
            value_ref=value_ref,
            label_ref=_itext_argument(label_ref) if label_is_itext else label_ref,
            label_is_itext=label_is_itext,
            filtered="[" in nodeset,
            randomize=randomize,
            seed=(self.compiler.compile(seed_source, ref=ref, attribute="seed")
                  if seed_source else None),
            choices=self._choices(instance_id, value_ref, label_ref, label_is_itext),
        )

    def _choices(self, instance_id: str | None, value_ref: str, label_ref: str,
                 label_is_itext: bool) -> tuple[Choice, ...]:
        key = (instance_id or "", value_ref, label_ref, label_is_itext)
        known = self._lists.get(key)
        if known is None:
            known = self._lists[key] = self._read_choices(*key)
        return known

    def _read_choices(self, instance_id: str, value_ref: str, label_ref: str,
                      label_is_itext: bool) -> tuple[Choice, ...]:
        root = self.instances.get(instance_id)
        if root is None:
            return ()
        choices = []
        label_child = _itext_argument(label_ref) if label_is_itext else label_ref
        for item in root:
            name = (item.findtext(value_ref) or "").strip()
            label_value = item.findtext(label_child) or ""
            if label_is_itext:
                label = self.translations.text(label_value.strip())
            else:
                label = LocalizedText({"": TextTemplate((label_value,))}) if label_value else None
            choices.append(Choice(name=name, label=label))
        return tuple(choices)

    def _inline_items(self, items: list[etree._Element]) -> etree._Element:
        root = etree.Element("root")
        for item in items:
            entry = etree.SubElement(root, "item")
            etree.SubElement(entry, "name").text = (item.findtext(f"{{{XF}}}value") or "").strip()
            label = item.find(f"{{{XF}}}label")
            text_id = itext_id(label.get("ref")) if label is not None else None
            if text_id is not None:
                etree.SubElement(entry, "itextId").text = text_id
            else:
                etree.SubElement(entry, "label").text = (
                    label.text if label is not None and label.text else ""
                )
        return root

    def _bind_expression(self, ref: str | None, attribute: str) -> CompiledExpression | None:
        source = self.binds.get(ref or "", {}).get(attribute)
        return self.compiler.compile_optional(source, ref=ref, attribute=attribute)

    def _custom(self, ref: str | None) -> dict[str, str]:
        return custom_attributes(self.binds.get(ref or "", {}))

    def _output(self, source: str) -> CompiledExpression:
        return self.compiler.compile(source, ref=None, attribute="label")


def unwrap_randomize(nodeset: str) -> tuple[str, bool, str | None]:
    """``randomize(X, seed)`` -> (X, True, seed); anything else is returned unchanged."""
    text = nodeset.strip()
    if not (text.startswith("randomize(") and text.endswith(")")):
        return nodeset, False, None
    inner = text[len("randomize(") : -1]
    depth, quote = 0, ""
    for index, char in enumerate(inner):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            return inner[:index].strip(), True, inner[index + 1 :].strip() or None
    return inner.strip(), True, None


def _itext_argument(label_ref: str) -> str:
    inner = label_ref.strip()[len("jr:itext(") :].rstrip(") ")
    return inner.strip().strip("'\"")


def _name_of(ref: str | None) -> str:
    return ref.rstrip("/").rsplit("/", 1)[-1] if ref else ""
