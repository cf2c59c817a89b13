"""The journeys an officer takes, each in the real app on a real X server (see conftest)."""

from __future__ import annotations

from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.sync.enrollment import RetentionPolicy
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import XServer, run_journey


def test_first_run_setup_enrol_lock_sign_in_export(x_server: XServer, tmp_path: Path,
                                            scale: int) -> None:
    supervisor = create_vault(VaultPaths(tmp_path / "supervisor"), user="chief",
                              password="supervisor passphrase", vault_role="supervisor")
    with supervisor:
        stick = tmp_path / "stick"
        stick.mkdir()
        enrollment, code = SupervisorSync(supervisor).create_enrollment(
            stick, organisation="Example Outreach (fictional)",
            directory=REPO_ROOT / "resources" / "referral_directory.csv",
            forms=[REPO_ROOT / "forms" / "rapid_screening.xlsx"],
            retention=RetentionPolicy(30, True))
    export = tmp_path / "export-stick"
    export.mkdir()
    run_journey(x_server, tmp_path / "home", "first_run", scale=scale,
                env={"FIELDAPP_E2E_ENROLLMENT": str(enrollment), "FIELDAPP_E2E_CODE": code,
                     "FIELDAPP_E2E_STICK": str(export)})
    assert [path.suffix for path in export.iterdir()] == [".fsb"]


def test_referral_dialog_closes_without_a_crash(x_server: XServer, tmp_path: Path,
                                                scale: int) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    run_journey(x_server, tmp_path / "home", "referral_close", "--demo", scale=scale,
                env={"FIELDAPP_E2E_SAVE_DIR": str(saved)})
    assert [path.name for path in saved.iterdir()] == ["referral.pdf"]


def test_finalise_asks_for_confirmation(x_server: XServer, tmp_path: Path, scale: int) -> None:
    run_journey(x_server, tmp_path, "finalise_confirm", "--demo", scale=scale)


def test_arabic_respondent_with_english_officer(x_server: XServer, tmp_path: Path,
                                                scale: int) -> None:
    run_journey(x_server, tmp_path, "arabic_respondent", "--demo", scale=scale)


def test_quick_exit_mid_typing_and_back(x_server: XServer, tmp_path: Path, scale: int) -> None:
    run_journey(x_server, tmp_path, "quick_exit", "--demo", scale=scale)


def test_dialogs_close_by_button_escape_and_title_bar(x_server: XServer, tmp_path: Path,
                                                      scale: int) -> None:
    run_journey(x_server, tmp_path, "dialogs", "--demo", scale=scale)


def test_new_interview_consent_declined(x_server: XServer, tmp_path: Path, scale: int) -> None:
    run_journey(x_server, tmp_path, "consent_declined", "--demo", scale=scale)


def test_new_interview_child_path(x_server: XServer, tmp_path: Path, scale: int) -> None:
    run_journey(x_server, tmp_path, "child_path", "--demo", scale=scale)
