"""The look: every text colour readable on its background, one palette, and the style's rules."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from fieldapp.results import LEVELS
from ui.look import COLOURS, HIT_TARGET, SCREEN_MARGIN, apply_look, level_icon, style_sheet

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _declarations(body: str) -> dict[str, str]:
    found = {}
    for part in body.split(";"):
        if ":" in part:
            name, value = part.split(":", 1)
            found[name.strip()] = value.strip()
    return found


def text_pairs(sheet: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets either.

    A rule without a background is read on both page colours (window and content); a rule
    without a text colour uses the body ink.
    """
    pairs = []
    for selector, body in _RULE.findall(sheet):
        declared = _declarations(body)
        text = declared.get("color")
        background = declared.get("background")
        if text is None and background is None:
            continue
        for back in [background] if background else [COLOURS["window"], COLOURS["surface"]]:
            pairs.append((selector.strip(), text or COLOURS["ink"], back))
    return pairs


def test_contrast_of_a_known_pair() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scale", [100, 175])
def test_every_text_colour_reads_on_its_background(scale: int) -> None:
    pairs = text_pairs(style_sheet(scale))
    assert len(pairs) > 20
    weak = [(sel, fg, bg, round(contrast(fg, bg), 2)) for sel, fg, bg in pairs
            if contrast(fg, bg) < 4.5]
    assert weak == []


def test_the_palette_pairs_read_too() -> None:
    for text, back in (("ink", "window"), ("ink", "surface"), ("ink", "alternate"),
                       ("muted", "surface"), ("muted", "window"), ("muted", "alternate"),
                       ("on_primary", "primary"), ("disabled_ink", "disabled_bg"),
                       ("disabled_ink", "surface"), ("error", "surface"),
                       ("error", "window")):
        assert contrast(COLOURS[text], COLOURS[back]) >= 4.5, (text, back)
    for item in LEVELS:
        # A level's words in a list cell (on white or the alternate row) and in its banner.
        for back in (item.background, COLOURS["surface"], COLOURS["alternate"]):
            assert contrast(item.text, back) >= 4.5, (item.code, back)


def test_the_style_sheet_uses_only_named_colours() -> None:
    named = {c.lower() for c in COLOURS.values()}
    for item in LEVELS:
        named |= {item.text, item.background, item.border}
    used = {c.lower() for c in _HEX.findall(style_sheet(100))}
    assert used <= named


def test_sizes_follow_the_text_size() -> None:
    small, large = style_sheet(100), style_sheet(175)
    assert f"min-height: {HIT_TARGET}px" in small
    assert f"min-height: {round(HIT_TARGET * 1.75)}px" in large
    titles = [float(m) for m in re.findall(r'role="title"\] \{ font-size: ([\d.]+)pt', large)]
    assert titles and titles[0] > 11 * 1.75 * 1.4  # points, which Qt honours (not %)


def test_combo_lists_drop_down_instead_of_covering_the_window(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, 100)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems([f"Language {n}" for n in range(40)])
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    # 0: a list below the box, at most maxVisibleItems high; Fusion's default (1) is a menu
    # placed over the box that grows to the screen's height.
    assert combo.style().styleHint(QStyle.StyleHint.SH_ComboBox_Popup, option, combo) == 0
    assert combo.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin) == SCREEN_MARGIN


def test_every_level_has_an_icon_that_loads(qtbot: QtBot) -> None:
    for item in LEVELS:
        pixmap = level_icon(item.code).pixmap(24, 24)
        assert not pixmap.isNull(), item.code
        assert pixmap.toImage().pixelColor(12, 12).alpha() > 0, item.code


def test_each_result_banner_uses_its_level_colours() -> None:
    sheet = style_sheet(100)
    for item in LEVELS:
        rule = re.search(r'QLabel\[level="%s"\] \{([^}]*)\}' % (item.code or "none"), sheet)
        assert rule is not None, item.code
        declared = _declarations(rule.group(1))
        assert (declared["color"], declared["background"]) == (item.text, item.background)
