"""How the app looks: the shipped Noto fonts, the text size setting and one calm style sheet.

Fonts come from ``resources/fonts`` so Latin, Arabic and the other scripts the forms allow
render the same on every laptop, whatever the system has. The text size setting scales the
application font; widgets size themselves from it, so one number enlarges every screen.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fieldapp.paths import resource_path

BASE_POINT_SIZE = 11.0
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans Bengali",
            "Noto Sans Ethiopic", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Khmer",
            "Noto Sans Tamil", "Noto Sans Georgian", "Noto Sans Armenian", "Noto Sans Hebrew",
            "Noto Sans Lao"]

STYLE_SHEET = """
QWidget#page { background: palette(base); }
QLabel[role="title"] { font-size: 150%; font-weight: bold; }
QLabel[role="subtitle"] { font-size: 115%; font-weight: bold; }
QLabel[role="hint"] { color: #505a64; }
QLabel[role="guidance"] { color: #37474f; background: #eef3f7; padding: 6px;
                          border-left: 3px solid #90a4ae; }
QLabel[role="error"] { color: #b00020; font-weight: bold; }
QLabel[role="required"] { color: #b00020; }
QLabel[role="status"] { color: #505a64; }
QLabel[role="banner"] { background: #fff4e5; color: #5f3b00; padding: 8px;
                        border: 1px solid #f0c36d; }
QLabel[level="refer_now"] { background: #fde7e9; color: #8a1020; padding: 10px;
                            border: 2px solid #d9534f; font-size: 130%; font-weight: bold; }
QLabel[level="assess_further"] { background: #fff4e5; color: #6b4200; padding: 10px;
                                 border: 2px solid #f0ad4e; font-size: 130%; font-weight: bold; }
QLabel[level="no_indicators"] { background: #e8f5e9; color: #1b5e20; padding: 10px;
                                border: 2px solid #5cb85c; font-size: 130%; font-weight: bold; }
QLabel[level="stopped"] { background: #eceff1; color: #263238; padding: 10px;
                          border: 2px solid #90a4ae; font-size: 130%; font-weight: bold; }
QPushButton { padding: 6px 14px; }
QToolButton#quickExit { background: #37474f; color: white; font-weight: bold;
                        padding: 4px 12px; border-radius: 3px; }
QPushButton[primary="true"] { background: #1565c0; color: white; font-weight: bold; }
QPushButton[primary="true"]:disabled { background: #90a4ae; }

/* The interview (ui/interview): questions, large answer targets, officer-only tags, sections. */
QLabel[role="question"] { font-size: 125%; font-weight: bold; }
QLabel[role="note"] { font-size: 105%; }
QLabel[role="audience"] { color: #37474f; font-size: 90%; font-style: italic; }
QWidget#question[highlighted="true"] { background: #fff4c2; border: 2px solid #b26a00;
                                       border-radius: 4px; }
QFrame#choice { border: 1px solid #b0bec5; border-radius: 4px; background: palette(base); }
QFrame#choice[checked="true"] { border: 2px solid #1565c0; background: #e3f0fd; }
QRadioButton::indicator, QCheckBox::indicator { width: 1.1em; height: 1.1em; }
QPushButton[role="link"] { text-align: left; color: #0b57d0; text-decoration: underline;
                           border: none; background: transparent; }
"""


def load_fonts() -> None:
    """Register every shipped font with Qt (idempotent)."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def apply_look(app: QApplication, text_scale: int) -> None:
    """Set the application font at ``text_scale`` percent and the style sheet."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100.0)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
