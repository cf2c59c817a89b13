"""Bidirectional text: the Unicode Bidirectional Algorithm (UAX #9) for one plain paragraph.

Arabic reads right to left, numbers and Latin names inside it left to right, and an Arabic name
in a French document right to left again. This module resolves each character's embedding level
(rules P2-P3, W1-W7, N0-N2, I1-I2) and orders the runs of a line for display (L1-L2). Field
values carry no markup, so explicit embeddings and isolates (X1-X10) are not supported: their
control characters are ignored like other boundary neutrals, while the implicit marks (LRM,
RLM, ALM) are honoured as the strong characters they are. Shaping (joining Arabic letters,
mirroring brackets) happens later, run by run, in :mod:`fieldapp.referral.textlayout`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_STRONG = frozenset({"L", "R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
_IGNORED = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})

# Paired brackets (BidiBrackets.txt), opening -> closing; the standard library has no table.
_PAIRS = (
    "()[]{}\u0f3a\u0f3b\u0f3c\u0f3d\u169b\u169c\u2045\u2046\u207d\u207e\u208d\u208e"
    "\u2308\u2309\u230a\u230b\u2329\u232a\u2768\u2769\u276a\u276b\u276c\u276d"
    "\u276e\u276f\u2770\u2771\u2772\u2773\u2774\u2775\u27c5\u27c6\u27e6\u27e7"
    "\u27e8\u27e9\u27ea\u27eb\u27ec\u27ed\u27ee\u27ef\u2983\u2984\u2985\u2986"
    "\u2987\u2988\u2989\u298a\u298b\u298c\u298d\u2990\u298f\u298e\u2991\u2992"
    "\u2993\u2994\u2995\u2996\u2997\u2998\u29d8\u29d9\u29da\u29db\u29fc\u29fd"
    "\u2e22\u2e23\u2e24\u2e25\u2e26\u2e27\u2e28\u2e29\u3008\u3009\u300a\u300b"
    "\u300c\u300d\u300e\u300f\u3010\u3011\u3014\u3015\u3016\u3017\u3018\u3019"
    "\u301a\u301b\ufe59\ufe5a\ufe5b\ufe5c\ufe5d\ufe5e\uff08\uff09\uff3b\uff3d"
    "\uff5b\uff5d\uff5f\uff60\uff62\uff63"
)
_OPENING = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
_CLOSING = frozenset(_OPENING.values())
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}  # canonically equivalent brackets
_BRACKET_DEPTH = 63  # BD16: stop pairing past this nesting


@dataclass(frozen=True)
class Run:
    """Characters ``start``..``end`` (logical, end exclusive) shown at one embedding level."""

    start: int
    end: int
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"


def paragraph_level(text: str, default: int) -> int:
    """Rules P2-P3: 1 when the first strong character is right-to-left, 0 when left-to-right."""
    for char in text:
        kind = bidi_class(char)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return default


def embedding_levels(text: str, base: int) -> list[int]:
    """The resolved level of every character of one paragraph at base level ``base``."""
    original = [bidi_class(char) for char in text]
    kept = [index for index, kind in enumerate(original) if kind not in _IGNORED]
    types = [original[index] for index in kept]
    edge = "R" if base % 2 else "L"
    _resolve_weak(types, edge)
    _resolve_brackets(
        [text[index] for index in kept], types, [original[index] for index in kept], edge, base
    )
    _resolve_neutral(types, edge, base)
    levels = [0] * len(text)
    for index, kind in zip(kept, types, strict=True):
        levels[index] = _implicit_level(kind, base)
    previous = base
    for index, kind in enumerate(original):
        if kind in _IGNORED:
            levels[index] = previous  # X9: ignored characters ride along with their neighbour
        previous = levels[index]
    return levels


def _resolve_weak(types: list[str], sos: str) -> None:
    """Rules W1-W7, in place, on one isolating run sequence."""
    previous = sos
    for index, kind in enumerate(types):  # W1
        if kind == "NSM":
            types[index] = previous
        previous = types[index]
    last_strong = sos
    for index, kind in enumerate(types):  # W2, then W3
        if kind in _STRONG:
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[index] = "AN"
    for index, kind in enumerate(types):
        if kind == "AL":
            types[index] = "R"
    for index in range(1, len(types) - 1):  # W4
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[index] = before
    index = 0
    while index < len(types):  # W5
        if types[index] != "ET":
            index += 1
            continue
        end = index
        while end < len(types) and types[end] == "ET":
            end += 1
        touches_number = (index > 0 and types[index - 1] == "EN") or (
            end < len(types) and types[end] == "EN"
        )
        if touches_number:
            types[index:end] = ["EN"] * (end - index)
        index = end
    for index, kind in enumerate(types):  # W6
        if kind in ("ES", "ET", "CS"):
            types[index] = "ON"
    last_strong = sos
    for index, kind in enumerate(types):  # W7
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[index] = "L"


def _bracket_pairs(chars: list[str], types: list[str]) -> list[tuple[int, int]]:
    """Rule BD16: matching bracket pairs, sorted by their opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if types[index] != "ON":
            continue
        char = _CANONICAL.get(char, char)
        if char in _OPENING:
            if len(stack) == _BRACKET_DEPTH:
                break
            stack.append((_CANONICAL.get(_OPENING[char], _OPENING[char]), index))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(
    chars: list[str], types: list[str], original: list[str], sos: str, base: int
) -> None:
    """Rule N0, in place: a bracket pair takes the direction of what it encloses or follows."""
    embedding = "R" if base % 2 else "L"

    def strong(kind: str) -> str | None:
        if kind in ("R", "EN", "AN"):
            return "R"
        return "L" if kind == "L" else None

    for opening, closing in _bracket_pairs(chars, types):
        inside = {strong(kind) for kind in types[opening + 1:closing]} - {None}
        if embedding in inside:
            resolved = embedding
        elif inside:
            # Only the opposite direction is inside: the pair follows it if the text before
            # the pair runs that way too, else the embedding direction.
            resolved = next(
                (found for kind in reversed(types[:opening]) if (found := strong(kind))), sos
            )
        else:
            continue
        for position in (opening, closing):
            types[position] = resolved
            # Marks on a bracket follow it (they took the bracket's old type in W1).
            follower = position + 1
            while follower < len(types) and original[follower] == "NSM":
                types[follower] = resolved
                follower += 1


def _resolve_neutral(types: list[str], edge: str, base: int) -> None:
    """Rules N1-N2, in place: neutrals take the direction around them, else the base's."""
    embedding = "R" if base % 2 else "L"

    def strong(kind: str) -> str:
        return "R" if kind in ("R", "EN", "AN") else kind

    index = 0
    while index < len(types):
        if types[index] not in _NEUTRAL:
            index += 1
            continue
        end = index
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = strong(types[index - 1]) if index > 0 else edge
        after = strong(types[end]) if end < len(types) else edge
        resolved = before if before == after else embedding
        types[index:end] = [resolved] * (end - index)
        index = end


def _implicit_level(kind: str, base: int) -> int:
    """Rules I1-I2."""
    if base % 2 == 0:
        if kind == "R":
            return base + 1
        if kind in ("AN", "EN"):
            return base + 2
        return base
    return base + 1 if kind in ("L", "EN", "AN") else base


def visual_runs(text: str, levels: Sequence[int], start: int, end: int, base: int) -> list[Run]:
    """The runs of line ``start``..``end`` in display order, left to right (rules L1-L2)."""
    line_levels = list(levels[start:end])
    # L1: whitespace at the end of the line goes back to the paragraph level.
    position = end - start
    while position > 0 and bidi_class(text[start + position - 1]) in ("WS", *_IGNORED):
        position -= 1
        line_levels[position] = base
    for index in range(end - start):
        if bidi_class(text[start + index]) in ("S", "B"):
            line_levels[index] = base
    runs: list[Run] = []
    for index, level in enumerate(line_levels):
        if runs and runs[-1].level == level:
            runs[-1] = Run(runs[-1].start, start + index + 1, level)
        else:
            runs.append(Run(start + index, start + index + 1, level))
    if not runs:
        return runs
    highest = max(run.level for run in runs)
    lowest_odd = min((run.level for run in runs if run.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # L2
        index = 0
        while index < len(runs):
            if runs[index].level < level:
                index += 1
                continue
            stop = index
            while stop < len(runs) and runs[stop].level >= level:
                stop += 1
            runs[index:stop] = reversed(runs[index:stop])
            index = stop
    return runs
