"""Searching the names sealed per officer on a shared laptop, in memory.

On a laptop whose content is sealed (:mod:`fieldapp.vault.content_seal`) the name or alias
recorded for an interview is stored sealed under its officer's key and kept out of the
full-text index, which the shared data key opens (:mod:`fieldapp.vault.search_index`). A
search there matches each word the officer typed either in the index (reference, form, site,
interviewer, and any name still clear) or in the names this account's keys open: an
interviewer's own, every officer's for a supervisor-role account. All words must match, as
in the index. The names are decrypted and folded in memory and written nowhere.

Folding follows the index's tokenizer (``unicode61 remove_diacritics 2``): letters and digits
make words, case and accents are dropped, and each typed word matches the start of a word.
The folded names are kept for one connection until anything is written to the vault (its
change count and the database's data version, as :class:`case_search.SearchMatches` keeps
matches), so typing a search letter by letter decrypts them once, and dropped when the vault
locks. On a laptop, with hundreds to a few thousand interviews, reading them takes
milliseconds.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from collections.abc import Sequence

from fieldapp.services import case_search
from fieldapp.vault.content_seal import LABEL, keyring_of
from fieldapp.vault.database import Connection

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> list[str]:
    """The words of ``text`` as the index's tokenizer sees them (no case, no accents)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _WORD.findall(bare.casefold())


class SealedNames:
    """The folded words of every sealed name one account opens, sorted for prefix lookup."""

    def __init__(self, named: Sequence[tuple[int, str]]) -> None:
        self._words = sorted((word, interview_id) for interview_id, name in named
                             for word in set(fold(name)))

    def __len__(self) -> int:
        return len({interview_id for _word, interview_id in self._words})

    def starting_with(self, typed: str) -> set[int]:
        """The interviews whose name has, for each word of ``typed``, a word it begins."""
        found: set[int] | None = None
        for prefix in fold(typed):
            ids: set[int] = set()
            at = bisect.bisect_left(self._words, (prefix, -1))
            while at < len(self._words) and self._words[at][0].startswith(prefix):
                ids.add(self._words[at][1])
                at += 1
            found = ids if found is None else found & ids
        return found or set()


_known: weakref.WeakKeyDictionary[Connection, tuple[tuple[int, int], SealedNames]] = (
    weakref.WeakKeyDictionary())


def sealed_names(connection: Connection) -> SealedNames:
    """The sealed names this connection's keys open, read again only after a write."""
    version = int(connection.execute("PRAGMA data_version").fetchone()[0])
    state = (connection.total_changes, version)
    known = _known.get(connection)
    if known is not None and known[0] == state:
        return known[1]
    names = read_sealed_names(connection)
    _known[connection] = (state, names)
    return names


def forget(connection: Connection) -> None:
    """Drop the names kept for ``connection`` (its vault is locking)."""
    _known.pop(connection, None)


def read_sealed_names(connection: Connection) -> SealedNames:
    """Decrypt and fold the sealed names this connection's keys open (not kept)."""
    keyring = keyring_of(connection)
    rows = connection.execute(
        "SELECT id, person_label FROM interviews WHERE typeof(person_label) = 'blob'"
    ).fetchall()
    return SealedNames([(int(row_id), str(keyring.open(label, LABEL)))
                        for row_id, label in rows if keyring.can_open(label)])


def matching_ids(connection: Connection, words: Sequence[str]) -> list[int]:
    """The interviews matching every typed word, in the index or in a sealed name (ascending).

    The caller refreshes the index first, as for any search."""
    names = sealed_names(connection)
    found: set[int] | None = None
    for word in words:
        ids = set(case_search.text_ids(connection, f'"{word}"*')) | names.starting_with(word)
        found = ids if found is None else found & ids
        if not found:
            return []
    return sorted(found or ())
