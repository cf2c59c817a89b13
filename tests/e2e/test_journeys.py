"""The journeys an officer takes, each in the real app on a real X server (see conftest)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import XServer, run_journey


def test_referral_dialog_closes_without_a_crash(x_server: XServer, tmp_path: Path,
                                                scale: int) -> None:
    run_journey(x_server, tmp_path, "referral_close", "--demo", scale=scale)
