"""The referral document's content: the platypus story built from a minimised request.

Order follows the referral model in DOMAIN.md: title block with reference, date and a QR code
of the reference; the status line; the referral itself (officer, organisation, receiving
service, reason, urgency); consent; then the sections the profile allows, in the order of
:data:`~fieldapp.referral.model.SECTIONS`, with the screening summary by ILO dimension where
``screening`` is allowed. Each field appears once, under the first allowed section it is tagged
with; empty answers are left out. In Arabic every table is mirrored (labels on the right) and
every line starts at the right margin.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from fieldapp.referral.catalogue import text
from fieldapp.referral.flowables import PairRow, QrCode, TextBlock, TextStyle
from fieldapp.referral.model import SECTIONS, DimensionSummary, ReferralField, ReferralRequest
from fieldapp.referral.profiles import allowed_sections
from fieldapp.referral.textlayout import TextSetter
from fieldapp.results import level

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
ACCENT = colors.HexColor("#1f4e79")
ALERT = colors.HexColor("#8a1c1c")
RULE = colors.HexColor("#c9ced6")
ALERT_FILL = colors.HexColor("#fbeeee")
HEAD_FILL = colors.HexColor("#eef2f7")

TITLE = TextStyle(size=20, bold=True, color=ACCENT, leading=1.3)
HEADING = TextStyle(size=12, bold=True, color=ACCENT, space_before=10, space_after=3)
# The label's leading puts its first baseline on the value's: the two sit side by side.
LABEL = TextStyle(size=8.5, bold=True, color=MUTED, leading=1.58)
VALUE = TextStyle(size=9.5, color=INK)
NOTE = TextStyle(size=8, color=MUTED, space_before=4)
STATUS = TextStyle(size=11, bold=True, color=ALERT, align="center")
QR_SIZE = 72.0
# A left-to-right mark before a code or date keeps it in one left-to-right piece after an
# Arabic label (otherwise the bidi algorithm shows 2024-06-14 as 14-06-2024).
LRM = "\u200e"
LABEL_SHARE = 0.32  # of the frame width, for the label column of field tables


class StoryBuilder:
    """Builds the flowables of one referral for one frame width."""

    def __init__(self, request: ReferralRequest, setter: TextSetter, width: float) -> None:
        self.request = request
        self.setter = setter
        self.width = width
        self.lang = request.language

    def _t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def block(self, content: str, style: TextStyle, *, value: bool = False) -> TextBlock:
        return TextBlock(content, self.setter, style, auto_direction=value)

    def build(self, fields: Sequence[ReferralField]) -> list[Flowable]:
        request = self.request
        story: list[Flowable] = [self._title(), self._status()]
        story += self._heading("section.referral")
        story += self._pairs(self._referral_rows())
        service_type = self._t(f"type.{request.service.type}")
        story.append(self.block(self._t("minimised", type=service_type), NOTE))
        allowed = allowed_sections(request.service, request.consent)
        placed = _place(fields, allowed)
        story += self._heading("section.consent")
        story.append(self.block(self._t(f"consent.{request.consent}"), VALUE))
        story += self._field_rows(placed.get("consent", []))
        for section in SECTIONS[1:]:
            if section == "screening" and "screening" in allowed:
                story += self._heading("section.screening")
                story += self._screening()
                story += self._field_rows(placed.get(section, []))
            elif placed.get(section):
                story += self._heading(f"section.{section}")
                if section == "narrative":
                    story += self._narrative(placed[section])
                else:
                    story += self._field_rows(placed[section])
        return story

    def _title(self) -> Table:
        request = self.request
        lines = [
            self.block(self._t("title"), TITLE),
            self.block(f"{self._t('reference')}: {LRM}{request.reference}", VALUE),
            self.block(f"{self._t('date')}: {LRM}{request.created_at:%Y-%m-%d %H:%M}", VALUE),
        ]
        cells: list[object] = [lines, QrCode(request.reference, QR_SIZE)]
        widths = [self.width - QR_SIZE - 8, QR_SIZE + 8]
        align = "RIGHT"
        if self.setter.rtl:
            cells.reverse()
            widths.reverse()
            align = "LEFT"
        table = Table([cells], colWidths=widths)
        qr_column = 0 if self.setter.rtl else 1
        table.setStyle(
            TableStyle([
                self._font_command(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (qr_column, 0), (qr_column, 0), align),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ])
        )
        return table

    def _status(self) -> Table:
        table = Table([[self.block(self._t("status"), STATUS)]], colWidths=[self.width])
        table.setStyle(
            TableStyle([
                self._font_command(),
                ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ])
        )
        table.spaceBefore = 10
        return table

    def _font_command(self) -> tuple[object, ...]:
        # Tables set their cell font even around flowables: name an embedded one, or the
        # PDF would list an unembedded Helvetica.
        return ("FONTNAME", (0, 0), (-1, -1), self.setter.book.primary(False))

    def _heading(self, key: str) -> list[Flowable]:
        # A heading never ends a page: it needs room for itself and a first row.
        return [CondPageBreak(50), self.block(self._t(key), HEADING)]

    def _referral_rows(self) -> list[tuple[str, str]]:
        request = self.request
        service = request.service
        contact = " · ".join(part for part in (service.phone, service.email, service.address)
                             if part)
        rows = [
            (self._t("officer"), request.officer_name),
            (self._t("organisation"), request.organisation),
            (self._t("service"), service.name),
            (self._t("service_type"), self._t(f"type.{service.type}")),
            (self._t("service_contact"), contact),
            (self._t("hours"), service.hours),
            (self._t("reason"), request.reason),
            (self._t("urgency"), self._t(f"urgency.{request.urgency}")),
        ]
        return [(label, value) for label, value in rows if value.strip()]

    def _field_rows(self, fields: Sequence[ReferralField]) -> list[Flowable]:
        return self._pairs([(field.label, field.value) for field in fields
                            if field.value.strip()])

    def _pairs(self, rows: Sequence[tuple[str, str]]) -> list[Flowable]:
        return [
            PairRow(self.block(label, LABEL, value=True), self.block(value, VALUE, value=True),
                    LABEL_SHARE, self.setter.rtl, RULE)
            for label, value in rows
        ]

    def _narrative(self, fields: Sequence[ReferralField]) -> list[Flowable]:
        story: list[Flowable] = []
        for field in fields:
            if field.value.strip():
                story.append(self.block(field.label, LABEL, value=True))
                story.append(self.block(field.value, VALUE, value=True))
        return story

    def _screening(self) -> list[Flowable]:
        request = self.request
        # The result in its level's colour (fieldapp.results), as on screen and in the list.
        shown = TextStyle(size=VALUE.size, bold=True,
                          color=colors.HexColor(level(request.result_level).text))
        story: list[Flowable] = [PairRow(
            self.block(self._t("result"), LABEL, value=True),
            self.block(self._t(f"result.{request.result_level}"), shown, value=True),
            LABEL_SHARE, self.setter.rtl, RULE)]
        story += self._pairs([(self._t("action"), request.result_action)])
        if request.dimensions:
            header = [
                self.block(self._t(key), LABEL)
                for key in ("dimension", "dimension_result", "indicators")
            ]
            data = [header] + [self._dimension_row(d) for d in request.dimensions]
            widths = [self.width * 0.3, self.width * 0.16, self.width * 0.54]
            story.append(self._table(data, widths))
        return story

    def _dimension_row(self, dimension: DimensionSummary) -> list[Flowable]:
        hits = "\n".join(
            f"{hit.label} ({self._t(f'grade.{hit.grade}')})" for hit in dimension.indicators
        )
        result = self._t("positive" if dimension.positive else "negative")
        result_style = TextStyle(size=VALUE.size, bold=dimension.positive,
                                 color=ALERT if dimension.positive else INK)
        return [
            self.block(dimension.label, VALUE, value=True),
            self.block(result, result_style),
            self.block(hits or self._t("no_indicator"), VALUE, value=True),
        ]

    def _table(self, data: list[list[Flowable]], widths: list[float]) -> Table:
        """A table with a header row, mirrored in right-to-left documents."""
        if self.setter.rtl:
            data = [list(reversed(row)) for row in data]
            widths = list(reversed(widths))
        commands: list[tuple[object, ...]] = [
            self._font_command(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table


def _place(
    fields: Sequence[ReferralField], allowed: frozenset[str]
) -> dict[str, list[ReferralField]]:
    """Each field under the first of its sections that the profile allows."""
    placed: dict[str, list[ReferralField]] = {}
    for field in fields:
        section = next((name for name in SECTIONS if name in field.sections & allowed), None)
        if section is not None:
            placed.setdefault(section, []).append(field)
    return placed


def story_texts(request: ReferralRequest, fields: Sequence[ReferralField]) -> list[tuple[str, str]]:
    """Every piece of request text the document may show, named for error messages."""
    service = request.service
    texts = [
        ("reference", request.reference),
        ("officer_name", request.officer_name),
        ("organisation", request.organisation),
        ("service name", service.name),
        ("service contact", " ".join((service.phone, service.email, service.address))),
        ("service hours", service.hours),
        ("reason", request.reason),
        ("result_action", request.result_action),
    ]
    for dimension in request.dimensions:
        texts.append((f"dimension {dimension.code}", dimension.label))
        texts += [(f"dimension {dimension.code}", hit.label) for hit in dimension.indicators]
    for field in fields:
        texts += [(field.name, field.label), (field.name, field.value)]
    return texts
