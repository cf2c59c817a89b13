"""Form engine benchmark: a 300-question form with cross-references, loaded and answered.

The generated workbook has 100 integer questions (constraints, relevance on the one before),
100 yes/no questions (relevance on an integer question) and 100 calculations chained one on
the next (each adds a yes/no answer to the previous total), in groups of ten, half of them
field-list pages, plus an open repeat. Answering an early yes/no question therefore reaches
every later calculation: the worst case of incremental recomputation. Rows: load and compile
the .xlsx (target < 500 ms) and the time of one ``answer()`` including recomputation (median
and p95 over a few hundred answers, target p95 < 20 ms), and the load of the same unchanged
workbook again as a new process makes it (from the compiled-form cache: no pyxform) and within
one process (the shared definition).
"""

from __future__ import annotations

import importlib
import random
import tempfile
import time
from pathlib import Path

import openpyxl

from benchmarks.table import BenchRow, median, percentile
from fieldapp.expressions import compile_expression
from fieldapp.interview import AnswerError, InterviewEnvironment, InterviewSession
from fieldapp.xlsform import load_form
from fieldapp.xlsform.cache import CompiledForms, ConversionStore, use_compiled_forms

GROUPS = 30
ANSWERS = 300


def write_form(path: Path) -> None:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "required", "relevant", "constraint",
                   "calculation", "appearance"])
    for group in range(GROUPS):
        survey.append(["begin group", f"g{group}", f"Section {group}", "", "", "", "",
                       "field-list" if group % 2 else ""])
        for item in range(10):
            index = group * 10 + item
            number = index // 3
            kind = index % 3
            if kind == 0:
                relevant = f"${{n{number - 1}}} != 999" if number else ""
                survey.append(["integer", f"n{number}", f"Count {number}", "", relevant,
                               ". >= 0 and . < 1000", "", ""])
            elif kind == 1:
                survey.append(["select_one yes_no", f"s{number}", f"Indicator {number}", "",
                               f"${{n{number}}} != 7 or ${{n{number}}} = ''", "", "", ""])
            else:
                previous = f"${{c{number - 1}}}" if number else "0"
                survey.append(["calculate", f"c{number}", "", "", "", "",
                               f"{previous} + if(${{s{number}}} = 'yes', 1, 0)", ""])
        survey.append(["end group", "", "", "", "", "", "", ""])
    survey.append(["begin repeat", "events", "Events", "", "", "", "", ""])
    survey.append(["text", "place", "Place", "", "", "", "", ""])
    survey.append(["end repeat", "", "", "", "", "", "", ""])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["yes_no", "yes", "Yes"])
    choices.append(["yes_no", "no", "No"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["bench_300", "1"])
    book.save(path)


def run() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(prefix="bench-forms-") as folder:
        path = Path(folder) / "bench_300.xlsx"
        write_form(path)
        # A compiled-form cache of this run only: the first load converts, as a new form does.
        conversions = ConversionStore(Path(folder) / "cache")
        previous = use_compiled_forms(CompiledForms(conversions))
        try:
            # pyxform's import (about half a second) is not the load's: commands pay it once,
            # and only when a form is really converted (see bench_formcache).
            importlib.import_module("pyxform.xls2xform")
            started = time.perf_counter()
            form = load_form(path)
            load_ms = (time.perf_counter() - started) * 1000
            use_compiled_forms(CompiledForms(conversions))  # as a new process would: nothing
            forget = getattr(compile_expression, "cache_clear", None)  # in memory, not even
            if forget is not None:  # the compiled expressions
                forget()
            started = time.perf_counter()
            load_form(path)
            cached_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            load_form(path)
            again_ms = (time.perf_counter() - started) * 1000
        finally:
            use_compiled_forms(previous)
    session = InterviewSession.start(form, environment=InterviewEnvironment())
    chooser = random.Random(20261122)
    numbers = [q.ref for q in form.questions.values() if q.name.startswith("n")]
    indicators = [q.ref for q in form.questions.values() if q.name.startswith("s")]
    samples: list[float] = []
    for count in range(ANSWERS):
        if count % 2:
            path_, value = chooser.choice(indicators), chooser.choice(["yes", "no"])
        else:
            path_, value = chooser.choice(numbers), str(chooser.randrange(0, 20))
        started = time.perf_counter()
        try:
            session.answer(path_, value)
        except AnswerError:
            continue
        samples.append((time.perf_counter() - started) * 1000)
    first = indicators[0]
    worst: list[float] = []
    for value in ["yes", "no"] * 20:
        started = time.perf_counter()
        session.answer(first, value)
        worst.append((time.perf_counter() - started) * 1000)
    questions = sum(1 for q in form.questions.values() if q.name[:1] in "nsc")
    return [
        BenchRow(f"load and compile a {questions}-question .xlsx", load_ms, "ms", "< 500",
                 load_ms < 500, "pyxform converts it"),
        BenchRow("the same, unchanged, in a new process (compiled-form cache)", cached_ms,
                 "ms", "", None, f"{cached_ms / load_ms:.2f}x the first load"),
        BenchRow("the same again in one process (shared definition)", again_ms, "ms"),
        BenchRow("answer + recompute, median", median(samples), "ms", "", None,
                 f"{len(samples)} random answers"),
        BenchRow("answer + recompute, p95", percentile(samples, 0.95), "ms", "< 20",
                 percentile(samples, 0.95) < 20),
        BenchRow("answer reaching all 100 chained calculations, p95",
                 percentile(worst, 0.95), "ms", "< 20", percentile(worst, 0.95) < 20),
    ]
