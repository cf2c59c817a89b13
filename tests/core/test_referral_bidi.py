"""Bidi ordering and line layout: UAX #9 results, line breaking, cleaning of typed text.

The expected display strings were produced with an independent implementation of the Unicode
Bidirectional Algorithm (the unicode-bidi crate behind python-bidi) and are kept here as fixed
vectors; the renderer itself has no such dependency.
"""

from __future__ import annotations

import pytest

from fieldapp.referral import bidi
from fieldapp.referral.fonts import FontBook
from fieldapp.referral.textlayout import TextSetter, clean_text

# (logical text, paragraph level, display order left to right; brackets are mirrored later,
# when HarfBuzz shapes a right-to-left run, so they appear unmirrored here)
VECTORS = [
    ('b:-\u05d1A*:1/./', 0, 'b:-\u05d1A*:1/./'),
    ('b:-\u05d1A*:1/./', 1, '/./A*:1\u05d1-:b'),
    ('+B% :\u0663\u06451', 0, '+B% :1\u0645\u0663'),
    ('+B% :\u0663\u06451', 1, '1\u0645\u0663: %B+'),
    (':$\u05b4A\u05d1+.\u0639\u0664[:/', 0, ':$\u05b4A\u0664\u0639.+\u05d1[:/'),
    (':$\u05b4A\u05d1+.\u0639\u0664[:/', 1, '/:[\u0664\u0639.+\u05d1A\u05b4$:'),
    ('./:2\u064e. ', 0, './:2\u064e. '),
    ('./:2\u064e. ', 1, ' .2\u064e:/.'),
    ('a+A!1)/\u0645%12]::', 0, 'a+A!1)/12%\u0645]::'),
    ('a+A!1)/\u0645%12]::', 1, '::]12%\u0645/)a+A!1'),
    ('/\u0639\u0644\u0639\u0645 ', 0, '/\u0645\u0639\u0644\u0639 '),
    ('/\u0639\u0644\u0639\u0645 ', 1, ' \u0645\u0639\u0644\u0639/'),
    ('\u063911\u0639-A*', 0, '\u063911\u0639-A*'),
    ('\u063911\u0639-A*', 1, '*A-\u063911\u0639'),
    ('BA):B/(!\u05d0!', 0, 'BA):B/(!\u05d0!'),
    ('BA):B/(!\u05d0!', 1, '!\u05d0!(/BA):B'),
    ('\u0639/\u05b4- .1$]\u0639!%', 0, '\u0639]$1. -\u05b4/\u0639!%'),
    ('\u0639/\u05b4- .1$]\u0639!%', 1, '%!\u0639]$1. -\u05b4/\u0639'),
    ('/BB2\u0645aA\u0645\u0663$ %a', 0, '/BB2\u0645aA\u0663\u0645$ %a'),
    ('/BB2\u0645aA\u0645\u0663$ %a', 1, 'a% $\u0663\u0645aA\u0645BB2/'),
    ('\u0644$\u0639\u0639\u05b4..2', 0, '2..\u05b4\u0639\u0639$\u0644'),
    ('\u0644$\u0639\u0639\u05b4..2', 1, '2..\u05b4\u0639\u0639$\u0644'),
    (',./!a\u0639', 0, ',./!a\u0639'),
    (',./!a\u0639', 1, '\u0639a!/.,'),
    ('-,[]\u05b4 b', 0, '-,[]\u05b4 b'),
    ('-,[]\u05b4 b', 1, 'b \u05b4][,-'),
    ('*a2.', 0, '*a2.'),
    ('*a2.', 1, '.a2*'),
    ('\u0645B[A \u05d1B', 0, '\u0645B[A \u05d1B'),
    ('\u0645B[A \u05d1B', 1, 'B\u05d1 B[A\u0645'),
    ('$\u05d0\u0663\u0664*1,1A [', 0, '$1,1*\u0663\u0664\u05d0A ['),
    ('$\u05d0\u0663\u0664*1,1A [', 1, '[ 1,1A*\u0663\u0664\u05d0$'),
    ('\u05d1\u05d0a-,:\u05d0\u0664', 0, '\u05d0\u05d1a-,:\u0664\u05d0'),
    ('\u05d1\u05d0a-,:\u05d0\u0664', 1, '\u0664\u05d0:,-a\u05d0\u05d1'),
    ('\u0663A*A ', 0, '\u0663A*A '),
    ('\u0663A*A ', 1, ' \u0663A*A'),
    ('b\u0664!B\u0639\u0645/.* ', 0, 'b\u0664!B\u0645\u0639/.* '),
    ('b\u0664!B\u0639\u0645/.* ', 1, ' *./\u0645\u0639B!b\u0664'),
    ('-*\u064e,', 0, '-*\u064e,'),
    ('-*\u064e,', 1, ',\u064e*-'),
    ('\u0644\u064e::\u05b4%[]B)\u0664a', 0, '\u064e\u0644::\u05b4%[]B)\u0664a'),
    ('\u0644\u064e::\u05b4%[]B)\u0664a', 1, '\u0664a)B][%\u05b4::\u064e\u0644'),
    ('\u064e%$\u064e[\u05b4\u0664', 0, '\u064e%$\u064e[\u05b4\u0664'),
    ('\u064e%$\u064e[\u05b4\u0664', 1, '\u0664\u05b4[\u064e$%\u064e'),
    ('B\u0663- :b', 0, 'B\u0663- :b'),
    ('B\u0663- :b', 1, 'b: -B\u0663'),
    ('[a$] \u05b4', 0, '[a$] \u05b4'),
    ('[a$] \u05b4', 1, '\u05b4 ]$a['),
    ('+ $%($]+b+.\u0639(', 0, '+ $%($]+b+.\u0639('),
    ('+ $%($]+b+.\u0639(', 1, '(\u0639.+b+]$(%$ +'),
    ('\u05d0(b)]', 0, '\u05d0(b)]'),
    ('\u05d0(b)]', 1, '])b(\u05d0'),
    ('!$,$:A-A%A2b\u0663\u0639', 0, '!$,$:A-A%A2b\u0639\u0663'),
    ('!$,$:A-A%A2b\u0663\u0639', 1, '\u0639A-A%A2b\u0663:$,$!'),
    (':2%2 .  ', 0, ':2%2 .  '),
    (':2%2 .  ', 1, '  . 2%2:'),
    ('\u0644-!2!1$', 0, '1!2!-\u0644$'),
    ('\u0644-!2!1$', 1, '$1!2!-\u0644'),
    ('*Ab\u05d1\u0644A', 0, '*Ab\u0644\u05d1A'),
    ('*Ab\u05d1\u0644A', 1, 'A\u0644\u05d1Ab*'),
    ('\u06452,(]\u0639', 0, '\u0639](,2\u0645'),
    ('\u06452,(]\u0639', 1, '\u0639](,2\u0645'),
    ('(/B/\u06641,)A$2+\u0663+', 0, '(/B/\u06641,)A$2+\u0663+'),
    ('(/B/\u06641,)A$2+\u0663+', 1, '+\u0663+A$2),\u06641/B/('),
    ('1\u0639(\u0664', 0, '1\u0664(\u0639'),
    ('1\u0639(\u0664', 1, '\u0664(\u06391'),
    ('+*\u05b4*\u05d0,:bB', 0, '+*\u05b4*\u05d0,:bB'),
    ('+*\u05b4*\u05d0,:bB', 1, 'bB:,\u05d0*\u05b4*+'),
    (']  !1[\u05b4*ab(!\u0639', 0, ']  !1[\u05b4*ab(!\u0639'),
    (']  !1[\u05b4*ab(!\u0639', 1, '\u0639!(ab*\u05b4[1!  ]'),
    ('\u05b4\u064e\u05d0\u0663b\u0645 2', 0, '\u05b4\u064e\u0663\u05d0b2 \u0645'),
    ('\u05b4\u064e\u05d0\u0663b\u0645 2', 1, '2 \u0645\u0663b\u05d0\u064e\u05b4'),
    ('\u05b4\u0663$\u0639b)/]]\u0645', 0, '\u05b4\u0639$\u0663b)/]]\u0645'),
    ('\u05b4\u0663$\u0639b)/]]\u0645', 1, '\u0645]]/)b\u0639$\u0663\u05b4'),
    ('%\u05b4b\u0664.]),1*', 0, '%\u05b4b\u0664.]),1*'),
    ('%\u05b4b\u0664.]),1*', 1, '*1,)].b\u0664\u05b4%'),
    (' \u064e*\u05b4', 0, ' \u064e*\u05b4'),
    (' \u064e*\u05b4', 1, '\u05b4*\u064e '),
    ('B]\u0639+!-aA', 0, 'B]\u0639+!-aA'),
    ('B]\u0639+!-aA', 1, 'aA-!+\u0639]B'),
    ('abc \u05e9\u05dc\u05d5\u05dd 123', 0, 'abc 123 \u05dd\u05d5\u05dc\u05e9'),
    ('abc \u05e9\u05dc\u05d5\u05dd 123', 1, '123 \u05dd\u05d5\u05dc\u05e9 abc'),
    ('\u05e9\u05dc\u05d5\u05dd abc 123!', 0, '\u05dd\u05d5\u05dc\u05e9 abc 123!'),
    ('\u05e9\u05dc\u05d5\u05dd abc 123!', 1, '!abc 123 \u05dd\u05d5\u05dc\u05e9'),
    (
        '\u0639\u0645\u0644 12-34 \u0639\u0645\u0644',
        0,
        '\u0644\u0645\u0639 34-12 \u0644\u0645\u0639',
    ),
    (
        '\u0639\u0645\u0644 12-34 \u0639\u0645\u0644',
        1,
        '\u0644\u0645\u0639 34-12 \u0644\u0645\u0639',
    ),
    ('R-7KQ2 \u0644\u064a\u0644\u0649', 0, 'R-7KQ2 \u0649\u0644\u064a\u0644'),
    ('R-7KQ2 \u0644\u064a\u0644\u0649', 1, '\u0649\u0644\u064a\u0644 R-7KQ2'),
    (
        '\u0644\u064a\u0644\u0649 (\u0645\u062b\u0627\u0644)',
        0,
        ')\u0644\u0627\u062b\u0645( \u0649\u0644\u064a\u0644',
    ),
    (
        '\u0644\u064a\u0644\u0649 (\u0645\u062b\u0627\u0644)',
        1,
        ')\u0644\u0627\u062b\u0645( \u0649\u0644\u064a\u0644',
    ),
    ('price $12.50 \u0639\u0645\u0644', 0, 'price $12.50 \u0644\u0645\u0639'),
    ('price $12.50 \u0639\u0645\u0644', 1, '\u0644\u0645\u0639 price $12.50'),
    ('1/2 \u0639\u0645\u0644', 0, '1/2 \u0644\u0645\u0639'),
    ('1/2 \u0639\u0645\u0644', 1, '\u0644\u0645\u0639 1/2'),
    ('a \u0661\u0662\u0663 b', 0, 'a \u0661\u0662\u0663 b'),
    ('a \u0661\u0662\u0663 b', 1, 'b \u0661\u0662\u0663 a'),
]


def display(text: str, base: int) -> str:
    levels = bidi.embedding_levels(text, base)
    runs = bidi.visual_runs(text, levels, 0, len(text), base)
    return "".join(
        text[run.start:run.end][::-1] if run.rtl else text[run.start:run.end] for run in runs
    )


@pytest.mark.parametrize(("text", "base", "expected"), VECTORS)
def test_display_order_matches_reference_vectors(text: str, base: int, expected: str) -> None:
    assert display(text, base) == expected


def test_levels_of_plain_scripts() -> None:
    assert bidi.embedding_levels("abc", 0) == [0, 0, 0]
    assert bidi.embedding_levels("عمل", 0) == [1, 1, 1]
    assert bidi.embedding_levels("abc", 1) == [2, 2, 2]
    # European digits after Arabic letters become Arabic numbers: level 2 in an RTL paragraph.
    assert bidi.embedding_levels("عمل 12", 1) == [1, 1, 1, 1, 2, 2]


def test_paragraph_level_follows_first_strong_character() -> None:
    assert bidi.paragraph_level("12 ليلى abc", 0) == 1
    assert bidi.paragraph_level("  Leila ليلى", 1) == 0
    assert bidi.paragraph_level("+000 555", 1) == 1  # no letter: the default decides
    assert bidi.paragraph_level("\u200f+000", 0) == 1  # a right-to-left mark is strong


def test_explicit_embeddings_are_ignored_not_drawn() -> None:
    text = "a\u202bb\u202cc"
    levels = bidi.embedding_levels(text, 0)
    assert levels == [0, 0, 0, 0, 0]


def test_trailing_spaces_return_to_paragraph_level() -> None:
    text = "abc   "
    levels = bidi.embedding_levels(text, 1)
    runs = bidi.visual_runs(text, levels, 0, len(text), 1)
    assert runs[0] == bidi.Run(3, 6, 1)  # the spaces sit at the line's start, on the left
    assert runs[-1] == bidi.Run(0, 3, 2)


def test_clean_text_drops_controls_and_composes() -> None:
    assert clean_text("e\u0301\tb\r\nc\x07") == "\u00e9 b\nc"
    assert clean_text("a\u2028b") == "a\nb"


@pytest.fixture(scope="module")
def latin_setter() -> TextSetter:
    return TextSetter(FontBook("en"), rtl=False)


@pytest.fixture(scope="module")
def arabic_setter() -> TextSetter:
    return TextSetter(FontBook("ar"), rtl=True)


def test_lines_fit_the_width(latin_setter: TextSetter) -> None:
    text = "The person asked for help to leave the house safely and quickly. " * 6
    lines = latin_setter.lines(text, size=10, bold=False, width=150, auto_direction=False)
    assert len(lines) > 5
    assert all(line.width <= 150 for line in lines)
    assert all(line.pieces for line in lines)


def test_newlines_make_paragraphs_and_blank_lines(latin_setter: TextSetter) -> None:
    lines = latin_setter.lines("one\n\ntwo", size=10, bold=False, width=300,
                               auto_direction=False)
    assert len(lines) == 3
    assert lines[1].width == 0


def test_a_word_wider_than_the_line_is_cut_between_clusters(latin_setter: TextSetter) -> None:
    word = "X" * 200
    lines = latin_setter.lines(word, size=10, bold=False, width=100, auto_direction=False)
    assert len(lines) > 5
    assert all(line.width <= 100 for line in lines)
    assert sum(len(piece.text) for line in lines for piece in line.pieces) == 200


def test_thai_without_spaces_is_cut_without_splitting_marks(latin_setter: TextSetter) -> None:
    name = "สวัสดีครับ" * 12
    lines = latin_setter.lines(name, size=10, bold=False, width=80, auto_direction=True)
    assert len(lines) > 2
    assert all(line.width <= 80 + 1 for line in lines)


def test_arabic_line_is_one_right_to_left_piece_per_font(arabic_setter: TextSetter) -> None:
    lines = arabic_setter.lines("إحالة الضحية", size=10, bold=False, width=300,
                                auto_direction=False)
    assert len(lines) == 1
    assert len(lines[0].pieces) == 1
    glyphs = lines[0].pieces[0].text
    # Shaped in visual order: the last letter of the last word (TEH MARBUTA, final form) first.
    assert glyphs[0] == "\ufe94"


def test_mixed_line_orders_pieces_for_display(arabic_setter: TextSetter) -> None:
    lines = arabic_setter.lines("الاسم: Leila", size=10, bold=False, width=400,
                                auto_direction=False)
    fonts = [piece.font for piece in lines[0].pieces]
    # Read from the right: the Arabic label, then the Latin name on the left.
    assert fonts[0].endswith("NotoSans-Regular")
    assert fonts[-1].endswith("NotoSansArabic-Regular")


def test_phone_number_in_arabic_document_reads_left_to_right(arabic_setter: TextSetter) -> None:
    lines = arabic_setter.lines("+000 555 0142", size=10, bold=False, width=400,
                                auto_direction=True)
    shown = "".join(piece.text for piece in lines[0].pieces)
    assert shown == "+000 555 0142"
