"""On a shared laptop the person's name or alias is sealed like the answers, and found by search.

The case list searches the name each interview records. Stored in clear, in the row or in the
full-text index, it would be read with the shared data key by any colleague; sealed under the
officer's key it is searched in memory with the keys of the account signed in. Checked on the
file's decrypted pages (the index keeps folded words in its own pages), and through the case
list as each account sees it. Child or adult and citizenship, which a supervisor's screens
filter on, are not kept in clear on a laptop at all.
"""

from __future__ import annotations

from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import caselist, sealed_labels
from fieldapp.services.case_search import SearchMatches
from fieldapp.services.caselist import CaseQuery, SortKey
from fieldapp.services.sealed_labels import SealedNames, fold
from fieldapp.services.session import Vault, unlock_vault
from fieldapp.vault import interviews, revisions
from fieldapp.vault.content_seal import is_sealed
from tests.core.officer_laptop import (
    INES,
    INES_PW,
    OMAR,
    OMAR_PW,
    SARA,
    SARA_PW,
    make_laptop,
)
from tests.core.vault_pages import decrypted_pages, decrypted_wal

NAME = "Fictional Zaïra Okonkwo-Lindqvist"


def _laptop(tmp_path: Path) -> VaultPaths:
    return make_laptop(tmp_path, second_supervisor=False)[0]


def _interview(vault: Vault, name: str, *, finalise: bool = True) -> int:
    record = interviews.create_interview(vault.connection, form_id="f", form_version="1",
                                         language="en", interviewer=vault.user,
                                         site="Fictional Post North")
    interviews.save_answers(vault.connection, record.id, [("/data/name", name)])
    caselist.set_person_label(vault.connection, record.id, name)
    if finalise:
        revisions.finalise(vault.connection, record.id, result_level="refer_now",
                           author=vault.user, content={"values": {
                               "is_child": "1", "citizenship": "XK", "name": name}})
    return record.id


def _found(vault: Vault, text: str, **query: object) -> list[int]:
    scope = caselist.vault_scope(vault.connection, vault.user, vault.role)
    wanted = CaseQuery(text=text, interviewer=scope, **query)  # type: ignore[arg-type]
    matches = SearchMatches()
    page = caselist.fetch_page(vault.connection, wanted, matches=matches)
    count = caselist.count_cases(vault.connection, wanted, matches)
    assert count == len(page.rows)
    return [row.id for row in page.rows]


def test_a_name_is_sealed_in_the_row_and_never_indexed(tmp_path: Path) -> None:
    paths = _laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        interview_id = _interview(ines, NAME)
        assert _found(ines, "zaira okonkwo") == [interview_id]  # the search index is built
        stored = ines.connection.execute(
            "SELECT person_label, is_child, citizenship FROM interviews WHERE id = ?",
            (interview_id,)).fetchone()
        data_key = ines.key
    assert is_sealed(stored[0])
    assert stored[1:] == (None, "")  # child or adult and citizenship: not on a laptop
    pages = decrypted_pages(paths.database, data_key) + decrypted_wal(
        paths.database.with_name("vault.db-wal"), data_key)
    for word in ("Zaïra", "zaira", "Okonkwo", "okonkwo", "lindqvist"):
        assert word.encode() not in pages
    assert b"fictional" in pages.lower() or b"north" in pages  # the site is indexed


def test_each_account_finds_the_names_its_keys_open(tmp_path: Path) -> None:
    paths = _laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        hers = _interview(ines, NAME)
        draft = _interview(ines, "Fictional Zaina Ortiz", finalise=False)
        assert _found(ines, "ZAIRA") == [hers]
        assert _found(ines, "zai") == [draft, hers]  # newest first
        assert _found(ines, "zai ortiz") == [draft]
        assert _found(ines, "zai north") == [draft, hers]  # a word of the site, one of a name
        assert _found(ines, "zai nowhere") == []
        assert _found(ines, "zai", sort=SortKey.RESULT, descending=False) == [hers, draft]
        assert _found(ines, "zai", statuses=frozenset({caselist.CaseStatus.DRAFT})) == [draft]
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        _interview(omar, "Fictional Omarov Zaitsev")
        assert len(_found(omar, "zai")) == 1  # his own; Ines's are neither shown nor opened
        assert caselist.count_cases(omar.connection, CaseQuery(text="zaira")) == 0
    with unlock_vault(paths, user=SARA, password=SARA_PW) as sara:
        assert len(_found(sara, "zai")) == 3  # the supervisor opens every officer's names
        assert _found(sara, "okonkwo") == [hers]


def test_a_changed_name_is_found_by_its_new_words_only(tmp_path: Path) -> None:
    paths = _laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        interview_id = _interview(ines, "Fictional Amara Quist", finalise=False)
        assert _found(ines, "amara") == [interview_id]
        caselist.set_person_label(ines.connection, interview_id, "Fictional Bellamy Quist")
        # The index never held the sealed name: nothing for it to re-index.
        assert ines.connection.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
        assert _found(ines, "amara") == []
        assert _found(ines, "bellamy") == [interview_id]
        caselist.set_person_label(ines.connection, interview_id, "")  # anonymous consent
        assert _found(ines, "quist") == []
        assert ines.connection.execute("SELECT person_label FROM interviews WHERE id = ?",
                                       (interview_id,)).fetchone()[0] == ""


def test_names_fold_as_the_index_folds_them() -> None:
    assert fold("Zaïra  OKONKWO-Lind_qvist") == ["zaira", "okonkwo", "lind", "qvist"]
    names = SealedNames([(1, "Zaïra Okonkwo"), (2, "Ẓaid Østergaard"), (3, "زينب")])
    assert names.starting_with("zai") == {1, 2}
    assert names.starting_with("ZAÏ oko") == {1}
    assert names.starting_with("زي") == {3}
    assert names.starting_with("okonkwoo") == set()
    assert len(names) == 3


def test_the_names_read_for_search_are_dropped_when_the_vault_locks(tmp_path: Path) -> None:
    paths = _laptop(tmp_path)
    ines = unlock_vault(paths, user=INES, password=INES_PW)
    _interview(ines, NAME)
    assert _found(ines, "zaira")
    connection = ines.connection
    assert connection in sealed_labels._known  # kept while she searches
    ines.lock()
    assert connection not in sealed_labels._known
