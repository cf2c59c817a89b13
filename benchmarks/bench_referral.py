"""Referral figures: one referral rendered, and rendered then encrypted, in milliseconds.

The sample is the fictional two-page referral in Arabic, the slowest language (every word is
shaped by HarfBuzz and reordered). Shaped words are cached per document only, so every round
costs what a fresh referral costs; font loading happens once per process and is reported
apart as the first render.
"""

from __future__ import annotations

import time

from benchmarks.table import BenchRow, median, percentile
from fieldapp.referral.protect import encrypt_pdf, generate_passphrase
from fieldapp.referral.render import render_referral
from fieldapp.referral.samples import sample_request

ROUNDS = 25
TARGET_MS = 300.0


def run() -> list[BenchRow]:
    request = sample_request("ar")
    start = time.perf_counter()
    render_referral(request)
    first = (time.perf_counter() - start) * 1000

    renders: list[float] = []
    protected: list[float] = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        render_referral(request)
        renders.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        encrypt_pdf(render_referral(request), generate_passphrase())
        protected.append((time.perf_counter() - start) * 1000)

    render_ms, protect_ms = median(renders), median(protected)
    return [
        BenchRow("first referral render (loads fonts)", first, "ms", note="once per process"),
        BenchRow("referral render (median)", render_ms, "ms", f"< {TARGET_MS:.0f} ms",
                 render_ms < TARGET_MS, note="Arabic sample, 2 pages"),
        BenchRow("referral render (p95)", percentile(renders, 0.95), "ms"),
        BenchRow("referral render + encrypt (median)", protect_ms, "ms",
                 f"< {TARGET_MS:.0f} ms", protect_ms < TARGET_MS, note="AES-256 R6"),
        BenchRow("referral render + encrypt (p95)", percentile(protected, 0.95), "ms"),
    ]
