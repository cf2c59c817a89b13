"""``fieldapp form``: check an XLSForm, fill it headlessly, run its test scenarios.

``form check FILE`` loads and compiles a form (.xlsx, .csv or .md) and prints a short summary,
or one line naming the sheet, row and column of the first problem and exits non-zero.
``form fill FILE --answers A.json [--lang CODE]`` prints ``{complete, errors, values}`` as one
JSON object; answers that do not fit are reported in ``errors``, never as a traceback.
``form test FILE`` runs the scenarios of ``NAME.tests.json`` beside the form (FILE may be
either) and prints one line per scenario and a total. None of these touch the vault. The form
engine is imported inside the handlers, so ``fieldapp --help`` does not load pyxform.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.commands.context import CommandContext
from fieldapp.errors import UsageError

if TYPE_CHECKING:
    from fieldapp.xlsform import FormDefinition

MAX_ANSWERS_BYTES = 16 * 1024 * 1024


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "form", help="check, fill and test XLSForm questionnaires",
        description="Work with XLSForm questionnaires (.xlsx, .csv or .md) without a vault.",
    )
    actions = parser.add_subparsers(dest="form_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate a form and summarise it")
    check.add_argument("file", type=Path, help="the XLSForm (.xlsx, .csv or .md)")
    check.set_defaults(handler=check_form)
    fill = actions.add_parser("fill", help="fill a form from an answers file, print the result")
    fill.add_argument("file", type=Path, help="the XLSForm (.xlsx, .csv or .md)")
    fill.add_argument("--answers", type=Path, required=True,
                      help="JSON object of field names and values")
    fill.add_argument("--lang", default=None, help="form language, by name or code (en, fr...)")
    fill.set_defaults(handler=fill_answers)
    test = actions.add_parser("test", help="run the test scenarios shipped beside a form")
    test.add_argument("file", type=Path, help="the form, or its NAME.tests.json")
    test.set_defaults(handler=test_form)


def _load(path: Path) -> FormDefinition:
    from fieldapp.xlsform import FormLoadError, load_form

    try:
        return load_form(path)
    except FormLoadError as error:
        raise error.with_source(str(path)) from None


def check_form(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.xlsform import Kind

    form = _load(args.file)
    questions = sum(1 for q in form.questions.values()
                    if q.control is not None and q.kind is not Kind.NOTE)
    ctx.say(f"ok: {args.file}")
    ctx.say(f"  form id:   {form.form_id}")
    ctx.say(f"  version:   {form.version or '(none: set version on the settings sheet)'}")
    ctx.say(f"  title:     {form.title}")
    languages = ", ".join(form.languages) if form.languages else "(no translations)"
    ctx.say(f"  languages: {languages}")
    ctx.say(f"  questions: {questions} ({len(form.questions)} fields in all, with notes, "
            "calculations and metadata)")
    for warning in form.warnings:
        ctx.say(f"  warning:   {warning}")
    return 0


def fill_answers(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.interview import InterviewEnvironment
    from fieldapp.interview.fill import fill_form

    answers = _read_answers(args.answers)
    form = _load(args.file)
    environment = InterviewEnvironment(username=ctx.user or "")
    result = fill_form(form, answers, language=args.lang, environment=environment)
    ctx.say(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    return 0


def test_form(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fieldapp.interview.scenarios import load_scenarios, locate, run_scenarios

    form_path, tests_path = locate(args.file)
    scenarios = load_scenarios(tests_path)
    form = _load(form_path)
    results = run_scenarios(form, scenarios)
    for result in results:
        ctx.say(result.line())
    failed = sum(1 for result in results if not result.passed)
    ctx.say(f"{len(results) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            raise UsageError(f"{path}: the answers file is too large")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UsageError(f"{path}: no such answers file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: the answers file cannot be read") from error
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{path}: the answers file is not valid JSON (line {error.lineno}, "
            f"column {error.colno})") from error
    if not isinstance(data, dict):
        raise UsageError(f"{path}: the answers file must hold a JSON object of field names")
    return data
