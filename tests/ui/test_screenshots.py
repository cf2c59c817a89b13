"""The screenshot script writes every main screen, readable, from a throwaway demo vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ui import screenshots

SCREENS = ("unlock", "cases", "new-interview", "interview", "result", "referral", "sync",
           "settings", "import", "supervisor-import", "supervisor-export")


def test_every_main_screen_is_written(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    assert screenshots.main(["--out", str(out), "--language", "en"]) == 0
    for screen in SCREENS:
        image = QImage(str(out / f"app-{screen}.png"))
        assert not image.isNull(), screen
        assert image.width() >= 200 and image.height() >= 150, screen
        # Not a blank grab: more than a handful of distinct colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 8, screen
    main_window = QImage(str(out / "app-cases.png"))
    assert (main_window.width(), main_window.height()) == screenshots.SIZE
    assert not list(tmp_path.glob("fieldapp-shots-*"))
