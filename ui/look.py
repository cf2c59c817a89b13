"""How the app looks, from this one place: fonts, type scale, spacing, colours, icons, style sheet.

Fonts come from ``resources/fonts`` so Latin, Arabic and the other scripts the forms allow
render the same on every laptop, whatever the system has. The text size setting scales the
application font, the type scale, the spacing and the minimum height of everything clickable,
so one number enlarges every screen. Colours are named in :data:`COLOURS` (and the result
levels in :mod:`fieldapp.results`); the style sheet uses only those names, and a test computes
the WCAG contrast of every text colour on its background (at least 4.5:1). Screens mark their
widgets with properties (``role="title"``, ``primary=true``, ``level="refer_now"``) instead
of styling them. ``docs/design.md`` describes the whole and says why.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption
from PySide6.QtWidgets import QWidget as _QWidget

from fieldapp.paths import resource_path
from fieldapp.results import LEVELS, level

BASE_POINT_SIZE = 11.0
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans Bengali",
            "Noto Sans Ethiopic", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Khmer",
            "Noto Sans Tamil", "Noto Sans Georgian", "Noto Sans Armenian", "Noto Sans Hebrew",
            "Noto Sans Lao"]

# The type scale: each step is a multiple of the body size (which follows the text size).
TYPE_SCALE = {"small": 0.9, "body": 1.0, "note": 1.05, "subtitle": 1.2, "question": 1.25,
              "title": 1.5, "banner": 1.3}
# Spacing, in pixels at 100 %: one unit of 4 px; screens keep 16 px from the window's edge
# and 12 px between blocks; controls are at least 36 px high (a finger or a shaky touchpad).
SPACING_UNIT = 4
SCREEN_MARGIN = 16
BLOCK_GAP = 12
HIT_TARGET = 36

# Every colour the style sheet uses. The text/background pairs are checked in
# tests/ui/test_look.py: at least 4.5:1.
COLOURS = {
    "ink": "#1d2733",  # body text
    "muted": "#4a5561",  # hints, status lines
    "window": "#f3f5f8",  # around the content (a light blue-grey, not flat grey)
    "surface": "#ffffff",  # content, tables, inputs
    "alternate": "#f2f6fb",  # every other table row
    "line": "#9aa7b4",  # borders of inputs and tables (not text)
    "primary": "#1560bd",  # the main action of a screen, selection
    "primary_dark": "#0d4a94",  # primary hovered or pressed
    "on_primary": "#ffffff",
    "disabled_bg": "#dde3e8",
    "disabled_ink": "#56616c",
    "error": "#b00020",
    "guidance_bg": "#e8f0f8",
    "guidance_ink": "#1f3346",
    "guidance_rule": "#5b87b5",
    "banner_bg": "#fff1dc",
    "banner_ink": "#5f3b00",
    "banner_rule": "#e0a040",
    "quick_exit": "#263238",
    "on_quick_exit": "#ffffff",
    "highlight_bg": "#fff4c2",  # a question a missing-answer link moved to
    "highlight_rule": "#b26a00",
    "chosen_bg": "#e3f0fd",  # an answer row that is ticked
    "link": "#0b57d0",
}

STYLE_SHEET = """
QWidget#page { background: $surface; }
QLabel[role="title"] { font-size: ${title_pt}pt; font-weight: bold; color: $ink; }
QLabel[role="subtitle"] { font-size: ${subtitle_pt}pt; font-weight: bold; color: $ink; }
QLabel[role="hint"] { color: $muted; }
QLabel[role="status"] { color: $muted; }
QLabel[role="guidance"] { color: $guidance_ink; background: $guidance_bg; padding: ${gap}px;
                          border-left: 4px solid $guidance_rule; }
QLabel[role="error"] { color: $error; font-weight: bold; }
QLabel[role="warning"] { color: $banner_ink; font-weight: bold; }
QLabel[role="required"] { color: $error; }
QLabel[role="banner"] { background: $banner_bg; color: $banner_ink; padding: ${gap}px;
                        border: 1px solid $banner_rule; }
$levels
QPushButton, QComboBox, QToolBar QToolButton { min-height: ${hit}px; }
QPushButton { padding: 0 ${wide}px; }
QPushButton[primary="true"] { background: $primary; color: $on_primary; font-weight: bold;
                              border: 1px solid $primary_dark; border-radius: 4px; }
QPushButton[primary="true"]:hover, QPushButton[primary="true"]:pressed {
    background: $primary_dark; color: $on_primary; }
QPushButton[primary="true"]:disabled { background: $disabled_bg; color: $disabled_ink;
                                       border: 1px solid $line; }
QToolButton#quickExit { background: $quick_exit; color: $on_quick_exit; font-weight: bold;
                        padding: 0 ${wide}px; border-radius: 4px; }
QComboBox { combobox-popup: 0; }
QComboBox QAbstractItemView::item { min-height: ${row}px; padding: 0 ${unit}px; }
QHeaderView::section { padding: ${unit}px; font-weight: bold; color: $ink; }
QTableView { gridline-color: $alternate; }

/* The interview (ui/interview): questions, large answer targets, officer-only tags, sections. */
QLabel[role="question"] { font-size: ${question_pt}pt; font-weight: bold; color: $ink; }
QLabel[role="note"] { font-size: ${note_pt}pt; }
QLabel[role="audience"] { color: $muted; font-size: ${small_pt}pt; font-style: italic; }
QWidget#question[highlighted="true"] { background: $highlight_bg;
                                       border: 2px solid $highlight_rule; border-radius: 4px; }
QFrame#choice { border: 1px solid $line; border-radius: 4px; background: $surface; }
QFrame#choice[checked="true"] { border: 2px solid $primary; background: $chosen_bg; }
QRadioButton::indicator, QCheckBox::indicator { width: 1.1em; height: 1.1em; }
QPushButton[role="link"] { text-align: left; color: $link; text-decoration: underline;
                           border: none; background: $surface; }
"""

_LEVEL_RULE = """QLabel[level="$code"] { background: $background; color: $text; padding: ${gap}px;
    border: 2px solid $border; border-radius: 4px; font-size: ${banner_pt}pt;
    font-weight: bold; }
"""


def _px(value: int, text_scale: int) -> int:
    return round(value * text_scale / 100)


def style_sheet(text_scale: int) -> str:
    """The style sheet at ``text_scale`` percent (sizes in points and pixels follow it)."""
    body = BASE_POINT_SIZE * text_scale / 100
    sizes = {
        "title_pt": f"{body * TYPE_SCALE['title']:.1f}",
        "subtitle_pt": f"{body * TYPE_SCALE['subtitle']:.1f}",
        "banner_pt": f"{body * TYPE_SCALE['banner']:.1f}",
        "question_pt": f"{body * TYPE_SCALE['question']:.1f}",
        "note_pt": f"{body * TYPE_SCALE['note']:.1f}",
        "small_pt": f"{body * TYPE_SCALE['small']:.1f}",
        "unit": str(_px(SPACING_UNIT, text_scale)),
        "gap": str(_px(BLOCK_GAP - SPACING_UNIT, text_scale)),
        "wide": str(_px(BLOCK_GAP + SPACING_UNIT, text_scale)),
        "hit": str(_px(HIT_TARGET, text_scale)),
        "row": str(_px(HIT_TARGET - SPACING_UNIT, text_scale)),
    }
    levels = "".join(
        Template(_LEVEL_RULE).substitute(
            code=item.code or "none", background=item.background, text=item.text,
            border=item.border, **sizes)
        for item in LEVELS
    )
    return Template(STYLE_SHEET).substitute(COLOURS, levels=levels, **sizes)


class LookStyle(QProxyStyle):
    """Fusion everywhere (the same look on every laptop) with the app's spacing."""

    def __init__(self, text_scale: int) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.text_scale = text_scale

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: _QWidget | None = None) -> int:
        spacing = {
            QStyle.PixelMetric.PM_LayoutLeftMargin: SCREEN_MARGIN,
            QStyle.PixelMetric.PM_LayoutRightMargin: SCREEN_MARGIN,
            QStyle.PixelMetric.PM_LayoutTopMargin: BLOCK_GAP,
            QStyle.PixelMetric.PM_LayoutBottomMargin: BLOCK_GAP,
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing: BLOCK_GAP,
            QStyle.PixelMetric.PM_LayoutVerticalSpacing: BLOCK_GAP - SPACING_UNIT,
        }.get(metric)
        if spacing is not None:
            return _px(spacing, self.text_scale)
        return super().pixelMetric(metric, option, widget)


def palette() -> QPalette:
    """The window colours behind the style sheet (what Fusion paints itself)."""
    colours = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "ink",
        QPalette.ColorRole.Base: "surface",
        QPalette.ColorRole.AlternateBase: "alternate",
        QPalette.ColorRole.Text: "ink",
        QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "ink",
        QPalette.ColorRole.Highlight: "primary",
        QPalette.ColorRole.HighlightedText: "on_primary",
        QPalette.ColorRole.ToolTipBase: "surface",
        QPalette.ColorRole.ToolTipText: "ink",
        QPalette.ColorRole.PlaceholderText: "muted",
    }
    for role, name in roles.items():
        colours.setColor(role, QColor(COLOURS[name]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor(COLOURS["disabled_ink"]))
    return colours


def load_fonts() -> None:
    """Register every shipped font with Qt (idempotent)."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def apply_look(app: QApplication, text_scale: int) -> None:
    """Set the style, palette, application font at ``text_scale`` percent and style sheet."""
    app.setStyle(LookStyle(text_scale))
    app.setPalette(palette())
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100.0)
    app.setFont(font)
    app.setStyleSheet(style_sheet(text_scale))


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` (a plain SVG file)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def level_icon(code: str) -> QIcon:
    """The icon of a result level (see :mod:`fieldapp.results`)."""
    return icon(level(code).icon)


def level_colour(code: str) -> QColor:
    """The text colour of a result level, readable on white."""
    return QColor(level(code).text)

