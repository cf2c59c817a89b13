"""Password stretching for key slots: Argon2id parameters, derivation and calibration.

:class:`KdfParams` is stored in every slot (and bound into its AES-GCM associated data, so it
cannot be lowered by editing the file). :func:`calibrate` picks parameters so one derivation
takes 0.5-1 s on this laptop, never below 64 MiB of memory or 3 passes. A slot whose stored
parameters are below that floor (made on an older release, or by a test) still opens: the
parameters are authenticated, so a weak slot is a choice made at creation, not an attack;
:meth:`KdfParams.meets_floor` lets the caller suggest a password change to re-seal it.

:data:`FAST_TEST_PARAMS` makes derivation take well under a millisecond and is for tests only.
Production code never picks it by default: :func:`params_for_new_slot` returns it only when the
environment variable ``FIELDAPP_INSECURE_TEST_KDF`` is exactly ``"1"``. That setting weakens
only slots created while it is set; existing slots keep the parameters they were sealed with.
"""

from __future__ import annotations

import functools
import math
import os
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

ALGORITHM = "argon2id"
KEY_BYTES = 32
SALT_BYTES = 16
INSECURE_TEST_KDF_ENV = "FIELDAPP_INSECURE_TEST_KDF"

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
# Upper bounds keep a tampered file from asking for many GiB or minutes of work before the
# GCM tag can reject it; calibration never goes near them.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 32
MAX_LANES = 16
CALIBRATION_ROUNDS = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters of one slot."""

    memory_kib: int
    iterations: int
    lanes: int
    algorithm: str = ALGORITHM

    def __post_init__(self) -> None:
        # Constructing impossible parameters in code is a bug; values read from a file are
        # checked by the keystore loader, which turns this into KeystoreDamaged.
        if self.algorithm != ALGORITHM:
            raise ValueError(f"unsupported key derivation {self.algorithm!r}")
        for name, value, low, high in (
            ("lanes", self.lanes, 1, MAX_LANES),
            ("iterations", self.iterations, 1, MAX_ITERATIONS),
            ("memory_kib", self.memory_kib, 8 * self.lanes, MAX_MEMORY_KIB),
        ):
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"Argon2id {name} must be an integer in {low}..{high}")

    def meets_floor(self) -> bool:
        """Whether these parameters are at least the production minimum."""
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.iterations >= FLOOR_ITERATIONS

    def as_dict(self) -> dict[str, object]:
        return {
            "algorithm": self.algorithm,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


CALIBRATION_START = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
FLOOR_PARAMS = KdfParams(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, lanes=4)
# Insecure on purpose: for tests only, selected explicitly (see params_for_new_slot).
FAST_TEST_PARAMS = KdfParams(memory_kib=256, iterations=1, lanes=1)

Measure = Callable[[KdfParams], float]


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key Argon2id makes from ``password`` and ``salt`` under ``params``.

    The password is NFC-normalised first, so the same password typed on keyboards or systems
    that compose accents differently gives the same key.
    """
    if len(salt) < 8:
        raise ValueError("an Argon2id salt must be at least 8 bytes")
    material = bytearray(unicodedata.normalize("NFC", password).encode("utf-8"))
    try:
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(bytes(material))
    finally:
        # Python keeps its own copies (the str, the bytes passed on); this clears ours.
        material[:] = bytes(len(material))


def time_one_derivation(params: KdfParams) -> float:
    """Seconds one derivation with ``params`` takes on this machine now."""
    salt = os.urandom(SALT_BYTES)
    start = time.perf_counter()
    derive_key("calibration", salt, params)
    return time.perf_counter() - start


def typical_derivation_time(params: KdfParams) -> float:
    """The median of three timings: single runs vary by a third on a busy laptop."""
    return statistics.median(time_one_derivation(params) for _ in range(3))


def calibrate(
    target_seconds: tuple[float, float] = (0.5, 1.0),
    *,
    measure: Measure = typical_derivation_time,
) -> KdfParams:
    """Parameters for which one derivation lands in ``target_seconds`` on this machine.

    Starts at 256 MiB, t=3, p=4. Too fast: passes are added. Too slow: passes added earlier
    are taken back first, then memory is scaled down, never below 64 MiB (on a machine too
    slow even for that, the floor wins over the time budget); memory is what makes guessing
    expensive on graphics cards, so it is the last thing given up. Inside the window, one
    more pass is added when that lands nearer its middle, so the result does not sit on an
    edge where ordinary noise pushes it out. No candidate is measured twice, and what is
    returned was measured: if the rounds run out, the candidate closest to the window.
    Takes a few seconds with the default ``measure``.
    """
    low, high = target_seconds
    if not 0 < low <= high:
        raise ValueError("target_seconds must be (low, high) with 0 < low <= high")
    candidate: KdfParams | None = CALIBRATION_START
    measured: dict[KdfParams, float] = {}
    while candidate is not None and candidate not in measured:
        if len(measured) >= CALIBRATION_ROUNDS:
            break
        elapsed = max(measure(candidate), 1e-9)
        measured[candidate] = elapsed
        following = _next_candidate(candidate, elapsed, low, high)
        if following is None:
            return candidate
        candidate = following
    return min(measured, key=lambda tried: (_distance(measured[tried], low, high),
                                            -tried.memory_kib, -tried.iterations))


def _next_candidate(
    params: KdfParams, elapsed: float, low: float, high: float
) -> KdfParams | None:
    """What to measure after ``params`` took ``elapsed`` seconds; None: keep ``params``."""
    middle = (low + high) / 2
    passes = params.iterations
    if elapsed > high:
        if passes > FLOOR_ITERATIONS:
            fewer = min(passes - 1, math.floor(passes * middle / elapsed))
            return replace(params, iterations=max(FLOOR_ITERATIONS, fewer))
        if params.memory_kib > FLOOR_MEMORY_KIB:
            return replace(params, memory_kib=_scaled_memory(params.memory_kib, middle / elapsed))
        return None
    if passes >= MAX_ITERATIONS:
        return None
    if elapsed < low:
        more = max(passes + 1, math.floor(passes * middle / elapsed))
        return replace(params, iterations=min(MAX_ITERATIONS, more))
    estimate = elapsed * (passes + 1) / passes
    if elapsed < middle and estimate <= high and middle - elapsed > estimate - middle:
        return replace(params, iterations=passes + 1)
    return None


def _scaled_memory(memory_kib: int, factor: float) -> int:
    """Memory scaled by ``factor``, whole MiB, at least the floor and smaller than before."""
    scaled = int(memory_kib * factor) // 1024 * 1024
    return max(FLOOR_MEMORY_KIB, min(scaled, memory_kib - 1024))


def _distance(elapsed: float, low: float, high: float) -> float:
    if elapsed < low:
        return low - elapsed
    return max(0.0, elapsed - high)


def params_for_new_slot() -> KdfParams:
    """Parameters for a slot created now: calibrated, or the fast test ones if asked for.

    The only place :data:`FAST_TEST_PARAMS` is chosen outside a test: when the environment
    variable ``FIELDAPP_INSECURE_TEST_KDF`` is exactly ``"1"``. It weakens newly created slots
    only; a slot keeps its parameters until its password is changed or reset.
    """
    if os.environ.get(INSECURE_TEST_KDF_ENV) == "1":
        return FAST_TEST_PARAMS
    return _calibrated_once()


@functools.cache
def _calibrated_once() -> KdfParams:
    """Calibrate once per process: the machine does not change between two new slots."""
    return calibrate()
