"""How many entries each open-ended repeat starts with: those the form's primary instance holds.

ODK creates, when an interview starts, the repeat entries written in the XForm's primary
instance (pyxform writes one beside the ``jr:template``), so questions inside them apply at
once: a required one must be answered or the entry removed. Only repeats outside other
repeats are counted; an entry added later starts from the repeat's template.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from fieldapp.xlsform import FormDefinition

_JR_TEMPLATE = "{http://openrosa.org/javarosa}template"


def initial_entries(form: FormDefinition) -> dict[str, int]:
    """Generic path of each top-level open-ended repeat -> entries at the start (may be 0)."""
    open_ended = [
        path for path, group in form.groups.items()
        if group.repeat is not None and group.repeat.can_add_remove
        and group.repeat.count is None
        and not any(path.startswith(other + "/") for other in form.repeat_prototypes)
    ]
    counts = _counts(form.xform)
    return {path: counts.get(path, 0) for path in open_ended}


@lru_cache(maxsize=32)
def _counts(xform: str) -> dict[str, int]:
    """Non-template elements per generic path in the primary instance."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        document = etree.fromstring(xform.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return {}
    instance = next((node for node in document.iter("{*}instance")), None)
    root = next(iter(instance.iterchildren(etree.Element)), None) if instance is not None else None
    counts: dict[str, int] = {}
    if root is None:
        return counts

    def walk(node: etree._Element, path: str) -> None:
        for child in node.iterchildren(etree.Element):
            if child.get(_JR_TEMPLATE) is not None:
                continue
            child_path = f"{path}/{etree.QName(child).localname}"
            counts[child_path] = counts.get(child_path, 0) + 1
            walk(child, child_path)

    walk(root, "/" + etree.QName(root).localname)
    return counts
