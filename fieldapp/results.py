"""The screening result levels: their order of urgency, colour and icon, in one place.

A form's scoring gives one of four levels (``docs/forms.md``); an interview not finalised yet
has none (``""``). Every place that shows a level uses this table, so the case list, the result
screen and the referral document show the same colour and the same icon for it, and the case
list sorts by the same urgency.

Urgency order (most urgent first), decided on ``DOMAIN.md`` and ``docs/forms.md``:

1. ``refer_now``: the indicators meet the rule; refer now to the national referral authority.
2. ``stopped``: the interview stopped because it was not safe to continue. Nothing was scored,
   but the person or the officer may be in immediate danger and the escalation procedure
   applies, so it comes before a result that asks for a closer look later.
3. ``assess_further``: some indicators; full screening, information, a focal point.
4. ``no_indicators``: information on services and the hotline.
5. no result yet (a draft).

Colours are WCAG-checked pairs (``tests/core/test_results.py``): the text colour on its
background has a contrast ratio of at least 4.5:1, and the text colour alone (a list cell on
white) too. The colour is never the only mark: each level has its own icon shape and words.
"""

from __future__ import annotations

from dataclasses import dataclass

NO_RESULT = ""


@dataclass(frozen=True)
class ResultLevel:
    """How one level looks wherever it is shown."""

    code: str
    rank: int  # 0 is the most urgent
    text: str  # text colour, readable on white and on ``background``
    background: str  # a light tint behind the level's banner or badge
    border: str  # the banner's border and the icon's fill
    icon: str  # file name (without .svg) in resources/icons


LEVELS: tuple[ResultLevel, ...] = (
    ResultLevel("refer_now", 0, "#8a1020", "#fde7e9", "#c62828", "level-refer-now"),
    ResultLevel("stopped", 1, "#4a148c", "#f1e8fb", "#6a1b9a", "level-stopped"),
    ResultLevel("assess_further", 2, "#7a4100", "#fff1dc", "#e08a00", "level-assess-further"),
    ResultLevel("no_indicators", 3, "#1b5e20", "#e8f5e9", "#2e7d32", "level-no-indicators"),
    ResultLevel(NO_RESULT, 4, "#37474f", "#eceff1", "#78909c", "level-none"),
)

_BY_CODE = {level.code: level for level in LEVELS}


def level(code: str) -> ResultLevel:
    """The look of ``code``; an unknown code looks like "no result" and sorts last."""
    return _BY_CODE.get(code, _BY_CODE[NO_RESULT])


UNKNOWN_RANK = len(LEVELS)  # a code no shipped form gives: after everything else


def urgency_rank(code: str) -> int:
    found = _BY_CODE.get(code)
    return found.rank if found is not None else UNKNOWN_RANK


def urgency_sql(column: str) -> str:
    """An SQL expression giving ``column``'s urgency rank (unknown codes sort last)."""
    cases = " ".join(f"WHEN '{item.code}' THEN {item.rank}" for item in LEVELS)
    return f"(CASE {column} {cases} ELSE {UNKNOWN_RANK} END)"
