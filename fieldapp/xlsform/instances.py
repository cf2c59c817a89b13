"""The data trees of a form: the primary instance template and the secondary instances.

Expressions run over plain element trees without XML namespaces (``/data/age``, not
``/{http://www.w3.org/2002/xforms}data/...``), so every instance is copied without them here.
Secondary instances are the choice lists pyxform writes inline, and files beside the form:
``select_one_from_file`` / ``csv-external`` CSV files (``jr://file-csv/NAME.csv``) and XML files
(``jr://file/NAME.xml``). A CSV file becomes ``<root><item><name/><label/>...</item></root>`` as
in ODK Collect. Sidecar files are read through the XML parser of this module only: no entities,
no network, bounded size.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from lxml import etree

from fieldapp.xlsform.errors import FormLoadError

MAX_SIDECAR_BYTES = 16 * 1024 * 1024
MAX_CSV_ROWS = 200_000
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")

SidecarReader = Callable[[str], bytes | None]


def safe_parser(*, recover: bool = False) -> etree.XMLParser:
    """An XML parser that resolves no entities, fetches nothing and refuses huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        load_dtd=False,
        recover=recover,
    )


def plain_copy(element: etree._Element) -> etree._Element:
    """A deep copy of ``element`` with local names only and no namespaced attributes."""
    copy = etree.Element(etree.QName(element).localname)
    for name, value in element.attrib.items():
        if not str(name).startswith("{"):
            copy.set(str(name), str(value))
    copy.text = element.text if len(element) == 0 else None
    for child in element:
        if isinstance(child.tag, str):
            copy.append(plain_copy(child))
    return copy


def prefixed_attributes(
    element: etree._Element, skip: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The attributes of ``element`` with ``prefix:name`` keys (``fa:role``, ``htcds:field``)."""
    prefixes = {uri: prefix for prefix, uri in element.nsmap.items() if prefix}
    result: dict[str, str] = {}
    for raw_name, raw_value in element.attrib.items():
        name, value = str(raw_name), str(raw_value)
        if ":" in name and not name.startswith("{"):
            # A prefix the form never declared, kept as written (see parse_xform).
            result[name] = value
            continue
        qname = etree.QName(name)
        if qname.namespace:
            prefix = prefixes.get(qname.namespace)
            key = f"{prefix}:{qname.localname}" if prefix else str(name)
        else:
            key = qname.localname
        if key not in skip:
            result[key] = value
    return result


def read_secondary(
    instance: etree._Element, read_sidecar: SidecarReader
) -> etree._Element:
    """The root element of one secondary ``<instance>`` (inline, CSV or XML file)."""
    instance_id = instance.get("id", "")
    src = instance.get("src")
    if src is None:
        children = [child for child in instance if isinstance(child.tag, str)]
        if not children:
            return etree.Element("root")
        return plain_copy(children[0])
    filename = _sidecar_name(src, instance_id)
    data = read_sidecar(filename)
    if data is None:
        raise FormLoadError(
            f"the form needs the file '{filename}' beside it (list or choices for "
            f"'{instance_id}'), and it is missing"
        )
    if len(data) > MAX_SIDECAR_BYTES:
        raise FormLoadError(f"the file '{filename}' beside the form is too large")
    if filename.lower().endswith(".csv"):
        return csv_instance(filename, data)
    return xml_instance(filename, data)


def _sidecar_name(src: str, instance_id: str) -> str:
    for prefix in ("jr://file-csv/", "jr://file/"):
        if src.startswith(prefix):
            name = src[len(prefix) :]
            if "/" in name or "\\" in name or name in ("", ".", ".."):
                break
            return name
    raise FormLoadError(
        f"the list '{instance_id}' comes from '{src}', which this app cannot read offline"
    )


def csv_instance(filename: str, data: bytes) -> etree._Element:
    """``<root><item>`` per CSV row, one child per column with a usable name."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormLoadError(f"the file '{filename}' is not UTF-8 text") from error
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if not header:
            raise FormLoadError(f"the file '{filename}' has no header row")
        columns = [name.strip() for name in header]
        if "name" not in columns:
            raise FormLoadError(f"the file '{filename}' has no 'name' column")
        root = etree.Element("root")
        for count, row in enumerate(reader):
            if count >= MAX_CSV_ROWS:
                raise FormLoadError(f"the file '{filename}' has too many rows")
            if not any(cell.strip() for cell in row):
                continue
            item = etree.SubElement(root, "item")
            for column, cell in zip(columns, row, strict=False):
                if _NCNAME.match(column):
                    etree.SubElement(item, column).text = cell.strip()
    except csv.Error as error:
        raise FormLoadError(f"the file '{filename}' is not a readable CSV file") from error
    return root


def xml_instance(filename: str, data: bytes) -> etree._Element:
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise FormLoadError(f"the file '{filename}' is not well-formed XML") from error
    return plain_copy(root)
