"""``fieldapp selftest``: the whole chain once, in a throwaway folder, to prove an installation.

An IT unit that installs the app (from the wheel or the frozen folder) runs it to see that
every part arrived: the shipped forms and resources, the SQLCipher library, the form engine,
the referral renderer and its encryption, sync, and the desktop app's window. It makes a laptop
vault and unlocks it, records an interview from a scenario shipped beside a built-in form,
renders that interview's referral encrypted and opens it with its passphrase, enrolls the
laptop with a supervisor vault made for the purpose, exports a bundle and imports it there,
builds the app's unlock window offscreen, and deletes the folder. Nothing touches the user's
own vault. Each step reports one line; the first failure stops the run, because every later
step needs the earlier ones.

The vaults use the production minimum of the key derivation (not a test setting); all data is
fictional, taken from the shipped scenarios.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.paths import VaultPaths, forms_dir, resource_path
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault.kdf import FLOOR_PARAMS

FORM_ID = "rapid_screening"
LAPTOP_USER = "selftest-officer"
SUPERVISOR_USER = "selftest-chief"
# The Qt window is built through the same hand-over as ``fieldapp`` without a sub-command.
GUI_MODULE = "ui.app"
UNLOCK_MODULE = "ui.unlock"
SHIPPED_FILES = (
    ("forms", f"{FORM_ID}.xlsx"),
    ("forms", f"{FORM_ID}.tests.json"),
    ("resources", "referral_directory.csv"),
    ("resources", "fonts/NotoSans-Regular.ttf"),
    ("resources", "fonts/NotoSansArabic-Regular.ttf"),
    ("resources", "translations/fieldapp_fr.qm"),
)


class SelfTestFailed(Exception):
    """A step found something wrong (the message says what)."""


@dataclass(frozen=True)
class StepResult:
    """One step: its name, whether it passed, what it found and how long it took."""

    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        mark = "ok  " if self.ok else "FAIL"
        return f"{mark} {self.name}: {self.detail} ({self.seconds:.1f} s)"


def _password() -> str:
    # A fresh random password per run: the throwaway vaults are never unlockable later.
    return os.urandom(12).hex()


class SelfTest:
    """The steps, run in order in ``work_dir`` (a new folder that is removed at the end)."""

    def __init__(self, work_dir: Path, *, gui: bool = True) -> None:
        self.work = work_dir
        self.gui = gui
        self._stack = ExitStack()
        self._laptop: Vault | None = None
        self._supervisor: Vault | None = None
        self._reference = ""
        self._scenario: dict[str, Any] = {}
        self._passwords = {LAPTOP_USER: _password(), SUPERVISOR_USER: _password()}

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [
            ("shipped files", self.shipped_files),
            ("vault", self.make_and_unlock),
            ("interview", self.record_interview),
            ("referral", self.encrypted_referral),
            ("enrollment", self.enroll),
            ("bundle", self.bundle_round_trip),
        ]
        if self.gui:
            steps.append(("desktop app", self.unlock_window))
        return steps

    def run(self) -> Iterator[StepResult]:
        """Yield each step's result; stops after the first failure, then cleans up."""
        failed = False
        try:
            for name, step in self.steps():
                result = _timed(name, step)
                yield result
                if not result.ok:
                    failed = True
                    break
        finally:
            self._stack.close()
        cleanup = _timed("clean up", self.remove_everything)
        if not failed or not cleanup.ok:
            yield cleanup

    # -- steps ---------------------------------------------------------------------------

    def shipped_files(self) -> str:
        missing = [f"{folder}/{name}" for folder, name in SHIPPED_FILES
                   if not (forms_dir() if folder == "forms" else resource_path()).joinpath(
                       name).is_file()]
        if missing:
            raise SelfTestFailed(f"missing from the installation: {', '.join(missing)} "
                                 f"(looked in {forms_dir().parent})")
        return f"forms and resources found in {forms_dir().parent}"

    def make_and_unlock(self) -> str:
        paths = VaultPaths(self.work / "laptop")
        create_vault(paths, user=LAPTOP_USER, password=self._passwords[LAPTOP_USER],
                     params=FLOOR_PARAMS).lock()
        self._laptop = unlock_vault(paths, user=LAPTOP_USER,
                                    password=self._passwords[LAPTOP_USER])
        self._stack.callback(self._laptop.lock)
        return "a new encrypted vault was created, locked and unlocked"

    def record_interview(self) -> str:
        from fieldapp.services.interviews import InterviewService, VaultFormStore
        from fieldapp.xlsform import FormLibrary

        laptop = self._need(self._laptop)
        self._scenario = _referral_scenario()
        service = InterviewService(laptop, FormLibrary(VaultFormStore(lambda: laptop.connection)))
        record = service.record_answers(FORM_ID, self._scenario["answers"],
                                        language=self._scenario.get("lang"))
        self._reference = record.reference
        level = service.detail(record.reference).result.level
        expected = self._scenario.get("expect", {}).get("values", {}).get("result_level")
        if expected is not None and level != expected:
            raise SelfTestFailed(f"scored {level!r}, the scenario expects {expected!r}")
        return f"scenario {self._scenario['name']!r} recorded and scored {level}"

    def encrypted_referral(self) -> str:
        from pypdf import PasswordType, PdfReader

        from fieldapp.services.referrals import make_referral

        laptop = self._need(self._laptop)
        service_id = self._scenario["answers"]["services_selected"][0]
        made = make_referral(laptop, self._reference, service_id, "en", True,
                             reason="installation self-test")
        if made.passphrase is None:
            raise SelfTestFailed("the referral was not encrypted")
        reader = PdfReader(io.BytesIO(made.pdf))
        if not reader.is_encrypted:
            raise SelfTestFailed("the referral PDF is not encrypted")
        if reader.decrypt("not the passphrase") != PasswordType.NOT_DECRYPTED:
            raise SelfTestFailed("the referral PDF opens with a wrong passphrase")
        if reader.decrypt(made.passphrase) == PasswordType.NOT_DECRYPTED:
            raise SelfTestFailed("the referral PDF does not open with its passphrase")
        pages = len(reader.pages)
        if not reader.pages[0].extract_text().strip():
            raise SelfTestFailed("the decrypted referral has no text")
        return f"{pages} page(s), {len(made.pdf) // 1024} KiB, opens only with its passphrase"

    def enroll(self) -> str:
        from fieldapp.services.sync import LaptopSync, SupervisorSync
        from fieldapp.sync import RetentionPolicy
        from fieldapp.vault.sync_store import SUPERVISOR

        laptop = self._need(self._laptop)
        self._supervisor = create_vault(
            VaultPaths(self.work / "supervisor"), user=SUPERVISOR_USER,
            password=self._passwords[SUPERVISOR_USER], params=FLOOR_PARAMS,
            vault_role=SUPERVISOR)
        self._stack.callback(self._supervisor.lock)
        stick = self.work / "stick"
        stick.mkdir()
        supervisor = SupervisorSync(self._supervisor)
        enrollment, code = supervisor.create_enrollment(
            stick, organisation="Self-test", directory=resource_path("referral_directory.csv"),
            retention=RetentionPolicy(30, True))
        applied = LaptopSync(laptop).apply_enrollment(
            enrollment, fingerprint=code, label="Self-test laptop", registration_dir=stick)
        if applied.registration is None:
            raise SelfTestFailed("no registration file was written")
        supervisor.register_device(applied.registration, applied.device_fingerprint)
        return "laptop enrolled with a new supervisor vault, and accepted by it"

    def bundle_round_trip(self) -> str:
        from fieldapp.services.sync import LaptopSync, SupervisorSync

        outbox = self.work / "outbox"
        outbox.mkdir()
        exported = LaptopSync(self._need(self._laptop)).export(outbox)
        if exported.path is None:
            raise SelfTestFailed("the laptop wrote no bundle")
        report = SupervisorSync(self._need(self._supervisor)).import_files([exported.path])
        if report.rejected:
            reasons = json.dumps(report.to_json()["files"])
            raise SelfTestFailed(f"the supervisor rejected the bundle: {reasons}")
        shown = report.to_json()["interview_revisions_shown"]
        if shown < 1:
            raise SelfTestFailed("the bundle was imported but no interview arrived")
        return f"bundle #{exported.sequence} exported and imported ({shown} interview(s))"

    def unlock_window(self) -> str:
        # No window appears on the user's screen: Qt draws offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            gui: Any = importlib.import_module(GUI_MODULE)
            unlock: Any = importlib.import_module(UNLOCK_MODULE)
        except ImportError as error:
            raise SelfTestFailed(f"the desktop app cannot load ({error})") from error
        self._need(self._laptop).lock()
        window = gui.build_window(self.work / "laptop", last_user=LAPTOP_USER)
        try:
            window.show()
            gui.application().processEvents()
            panel = window.findChild(unlock.UnlockPanel)
            if panel is None or not panel.isVisible():
                raise SelfTestFailed("the main window opened without its unlock screen")
        finally:
            window.shut_down()
            window.deleteLater()
        platform = gui.application().platformName()
        return f"the main window opened on the unlock screen (Qt platform {platform})"

    def remove_everything(self) -> str:
        shutil.rmtree(self.work, ignore_errors=True)
        if self.work.exists():
            raise SelfTestFailed(f"could not remove {self.work}")
        return "every vault and file of the self-test was deleted"

    @staticmethod
    def _need(vault: Vault | None) -> Vault:
        if vault is None:
            raise SelfTestFailed("an earlier step did not finish")
        return vault


def _referral_scenario() -> dict[str, Any]:
    """The first shipped scenario that finishes the form with consent and a chosen service."""
    path = forms_dir() / f"{FORM_ID}.tests.json"
    scenarios = json.loads(path.read_text(encoding="utf-8"))["scenarios"]
    for scenario in scenarios:
        answers = scenario.get("answers", {})
        if (scenario.get("expect", {}).get("complete") and answers.get("consent") == "full"
                and answers.get("services_selected")):
            return dict(scenario)
    raise SelfTestFailed(f"{path.name} has no complete scenario with consent and a service")


def _timed(name: str, step: Callable[[], str]) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step()
    except Exception as error:  # every failure, expected or not, becomes one FAIL line
        message = str(error) or type(error).__name__
        return StepResult(name, False, message, time.perf_counter() - start)
    return StepResult(name, True, detail, time.perf_counter() - start)


def run_selftest(report: Callable[[StepResult], None], *, gui: bool = True) -> bool:
    """Run every step in a new temporary folder; ``report`` gets each result as it comes."""
    work = Path(tempfile.mkdtemp(prefix="fieldapp-selftest-"))
    ok = True
    for result in SelfTest(work, gui=gui).run():
        report(result)
        ok = ok and result.ok
    return ok
