"""The vault database's schema, as the numbered steps that built it, oldest first.

Each :class:`Migration` is one forward-only step (:mod:`fieldapp.vault.migrations` applies
them). Add a step by appending to ``MIGRATIONS`` with the next number; never edit one that
has shipped: vaults in the field were built by it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "vault metadata and audit log",
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            event     TEXT NOT NULL,
            details   TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        """,
    ),
    Migration(
        2,
        "forms, interviews, answers and revisions",
        """
        CREATE TABLE forms (
            form_id     TEXT NOT NULL,
            version     TEXT NOT NULL,
            title       TEXT NOT NULL,
            filename    TEXT NOT NULL,
            content     BLOB NOT NULL,
            sidecars    TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        );
        CREATE TABLE interviews (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            reference    TEXT NOT NULL UNIQUE,
            form_id      TEXT NOT NULL,
            form_version TEXT NOT NULL,
            language     TEXT NOT NULL,
            site         TEXT NOT NULL DEFAULT '',
            interviewer  TEXT NOT NULL,
            status       TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'finalised')),
            revision     INTEGER NOT NULL DEFAULT 0,
            position     TEXT NOT NULL DEFAULT '',
            result_level TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            finalised_at TEXT
        );
        CREATE INDEX interviews_by_interviewer ON interviews (interviewer, created_at);
        CREATE INDEX interviews_by_created ON interviews (created_at);
        CREATE TABLE answers (
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            path         TEXT NOT NULL,
            value        TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (interview_id, path)
        ) WITHOUT ROWID;
        CREATE TABLE interview_revisions (
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            revision     INTEGER NOT NULL,
            content      TEXT NOT NULL,
            reason       TEXT NOT NULL DEFAULT '',
            author       TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            PRIMARY KEY (interview_id, revision)
        ) WITHOUT ROWID;
        """,
    ),
    Migration(
        3,
        "case list: search index, person label, referral and sync marks, sort indexes",
        # Search is a contentless FTS5 index over what the case list finds: reference, form,
        # site, interviewer and ``person_label`` (the name or alias the officer recorded, empty
        # when consent is anonymous). It keeps no copy of the columns, so clearing a label and
        # re-indexing leaves no trace of the name. Nothing here uses triggers: under SQLCipher
        # a trigger on ``interviews`` costs a statement journal per inserted row (about ten
        # times the insert itself), which a bulk import cannot afford. The case-list service
        # indexes new rows by id and changed rows from ``search_queue`` before each search.
        # The status expression index serves the case list's sort by status.
        """
        ALTER TABLE interviews ADD COLUMN person_label TEXT NOT NULL DEFAULT '';
        ALTER TABLE interviews ADD COLUMN referred_at TEXT;
        ALTER TABLE interviews ADD COLUMN synced_at TEXT;
        ALTER TABLE interviews ADD COLUMN revision_reason TEXT NOT NULL DEFAULT '';
        CREATE INDEX interviews_by_site ON interviews (site);
        CREATE INDEX interviews_by_result ON interviews (result_level);
        CREATE INDEX interviews_by_case_status ON interviews (
            CASE WHEN status = 'draft' THEN 'draft' WHEN synced_at IS NOT NULL THEN 'synced'
                 WHEN referred_at IS NOT NULL THEN 'referred' ELSE status END
        );
        CREATE VIRTUAL TABLE interviews_fts USING fts5(
            reference, form_id, site, interviewer, person_label,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE search_queue (interview_id INTEGER PRIMARY KEY);
        """,
    ),
    Migration(
        4,
        "sync: identities, settings, referral directory, export state, import ledger, purge",
        # Identities hold private key bytes: they live only here, inside the encrypted vault.
        # Laptop side: ``sync_bundles_out`` and ``sync_outbox`` (one row per exported record
        # revision, keyed like the bundle format by uuid and revision) say what left and what
        # the supervisor acknowledged; a bundle's uuid is sealed inside it, so the laptop
        # learns it from the receipt, which also names the sequence number. Supervisor side:
        # ``sync_bundles_in`` is the bundle ledger: the very file received (still signed and
        # encrypted to the supervisor, so it can be verified again at any time) and the
        # receipt signed at import. ``sync_records`` names the first version of every record
        # revision and where it sits in its bundle, ``sync_conflicts`` every later, different
        # version, and ``sync_pending`` the interview revisions received but not yet shown as
        # interviews (the import's second step). Their uuids and hashes are raw bytes: the
        # (uuid, revision) index takes a bulk import's records at random places, and smaller
        # keys mean fewer pages rewritten by each bundle's commit. No foreign keys on the
        # sync tables: a bulk import would pay a parent lookup per row for links it makes.
        # ``purged_at`` marks the stub a retention purge leaves (migration 2's status check
        # admits only draft and finalised, and rebuilding that table is not worth a status).
        """
        CREATE TABLE sync_identities (
            role       TEXT PRIMARY KEY CHECK (role IN ('device', 'supervisor')),
            secret     BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE sync_settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE referral_directory (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            content     BLOB NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE TABLE sync_bundles_out (
            sequence        INTEGER PRIMARY KEY,
            bundle_uuid     TEXT,
            file_name       TEXT NOT NULL,
            record_count    INTEGER NOT NULL,
            exported_at     TEXT NOT NULL,
            acknowledged_at TEXT
        );
        CREATE TABLE sync_outbox (
            uuid            TEXT NOT NULL,
            revision        INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            local_id        INTEGER NOT NULL,
            content_hash    TEXT NOT NULL,
            bundle_sequence INTEGER NOT NULL,
            exported_at     TEXT NOT NULL,
            acknowledged_at TEXT,
            PRIMARY KEY (uuid, revision)
        ) WITHOUT ROWID;
        CREATE INDEX sync_outbox_by_source ON sync_outbox (kind, local_id);
        CREATE TABLE sync_devices (
            device_id   TEXT PRIMARY KEY,
            public_key  BLOB NOT NULL,
            label       TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            accepted_at TEXT NOT NULL,
            accepted_by TEXT NOT NULL
        );
        CREATE TABLE sync_bundles_in (
            id                  INTEGER PRIMARY KEY,
            bundle_uuid         TEXT NOT NULL UNIQUE,
            device_id           TEXT NOT NULL,
            sequence            INTEGER NOT NULL,
            sequence_status     TEXT NOT NULL,
            missing_sequences   TEXT NOT NULL,
            record_count        INTEGER NOT NULL,
            new_records         INTEGER NOT NULL,
            duplicate_records   INTEGER NOT NULL,
            conflict_records    INTEGER NOT NULL,
            file_name           TEXT NOT NULL,
            created_at          TEXT NOT NULL,
            imported_at         TEXT NOT NULL,
            imported_by         TEXT NOT NULL,
            file                BLOB NOT NULL,
            receipt             BLOB NOT NULL,
            receipt_exported_at TEXT
        );
        CREATE INDEX sync_bundles_in_by_device ON sync_bundles_in (device_id, sequence);
        CREATE TABLE sync_records (
            id           INTEGER PRIMARY KEY,
            uuid         BLOB NOT NULL,
            revision     INTEGER NOT NULL,
            kind         TEXT NOT NULL,
            device_id    TEXT NOT NULL,
            content_hash BLOB NOT NULL,
            bundle_id    INTEGER NOT NULL,
            position     INTEGER NOT NULL,
            UNIQUE (uuid, revision)
        );
        CREATE TABLE sync_conflicts (
            uuid         BLOB NOT NULL,
            revision     INTEGER NOT NULL,
            content_hash BLOB NOT NULL,
            kind         TEXT NOT NULL,
            device_id    TEXT NOT NULL,
            bundle_id    INTEGER NOT NULL,
            position     INTEGER NOT NULL,
            flagged_at   TEXT NOT NULL,
            PRIMARY KEY (uuid, revision, content_hash)
        );
        CREATE TABLE sync_pending (record_id INTEGER PRIMARY KEY);
        ALTER TABLE interviews ADD COLUMN purged_at TEXT;
        """,
    ),
    Migration(
        5,
        "referrals: one row per referral document made, with its status",
        # No PDF bytes and no answers here: a referral row names the interview, the service
        # (id, name and type as they were when the referral was made, since a later directory
        # may drop or rename the service), the document language, whether the file was
        # encrypted, the status the receiving service reported and the neutral file name.
        # Deleting an interview (a retention purge without a stub) takes its referrals along.
        """
        CREATE TABLE referrals (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            service_id   TEXT NOT NULL,
            service_name TEXT NOT NULL,
            service_type TEXT NOT NULL,
            language     TEXT NOT NULL,
            encrypted    INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
            status       TEXT NOT NULL DEFAULT 'sent'
                         CHECK (status IN ('sent', 'accepted', 'declined', 'completed')),
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            created_by   TEXT NOT NULL,
            file_name    TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX referrals_by_interview ON referrals (interview_id, created_at);
        """,
    ),
    Migration(
        6,
        "case list: form sort index; references indexed for search without their type letter",
        # Every reference starts with the same letter and dash ("R-"), so indexing that letter
        # made a one-letter search ("R", or a name's first letter) match every interview. The
        # search index now holds the reference from its first dash on; a typed reference is
        # looked up in the reference index itself (fieldapp.services.caselist). The rows the
        # index held are indexed again here, the same rows, so the search mark stays true.
        # The form index lets the case list sort by form by walking an index, as it does for
        # every other column.
        """
        CREATE INDEX interviews_by_form ON interviews (form_id);
        INSERT INTO interviews_fts (interviews_fts) VALUES ('delete-all');
        INSERT INTO interviews_fts (rowid, reference, form_id, site, interviewer, person_label)
            SELECT id, substr(reference, instr(reference, '-') + 1), form_id, site,
                   interviewer, person_label
            FROM interviews
            WHERE id <= coalesce(
                (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through'),
                0)
        """,
    ),
    Migration(
        7,
        "interview revisions in an ordinary table",
        # A revision holds a whole interview (kilobytes of JSON). In a WITHOUT ROWID table
        # every such row spills out of the key's b-tree into overflow pages, and a supervisor
        # importing 100,000 interviews wrote them three times slower than into a rowid table
        # with the same key. Same columns, same key (now a unique index), same rows.
        """
        CREATE TABLE interview_revisions_next (
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            revision     INTEGER NOT NULL,
            content      TEXT NOT NULL,
            reason       TEXT NOT NULL DEFAULT '',
            author       TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            PRIMARY KEY (interview_id, revision)
        );
        INSERT INTO interview_revisions_next
            (interview_id, revision, content, reason, author, created_at)
            SELECT interview_id, revision, content, reason, author, created_at
            FROM interview_revisions ORDER BY interview_id, revision;
        DROP TABLE interview_revisions;
        ALTER TABLE interview_revisions_next RENAME TO interview_revisions
        """,
    ),
    Migration(
        8,
        "case work: HTCDS case status, case notes, referral follow-up, conflict resolutions",
        # ``case_status`` is HTCDS cas_Status; every interview opens as Active. Each change is
        # kept in ``case_status_changes`` (dated by the supervisor, recorded when and by whom)
        # and the interview row holds the latest, so the review list filters without a join.
        # ``is_child`` (1, 0, or NULL when unknown) and ``citizenship`` (ISO 3166 alpha-2
        # codes, space-separated) are read from the latest revision's values (the forms'
        # ``is_child`` and ``citizenship`` fields) so the review filters and the dashboard
        # count children and nationalities without opening a revision; rows already held are
        # filled here from their latest revision. ``interviews_for_review`` holds every column
        # the review filters and the dashboard test, so counting any filter reads this index
        # alone, never the table (fieldapp.services.case_filter says why that matters). A
        # referral's follow-up is a state machine (``referral_events``, one row per step,
        # with the date it happened and the reason when the referral did not succeed); the
        # referral row holds the current step and its date, indexed, for the list of
        # referrals waiting too long for an answer. The
        # referral's ``status`` of migration 5 stays what the referring laptop recorded.
        # A conflict resolution names the version of a revision chosen (by content hash; every
        # version stays in the bundle ledger), why, by whom and when; undoing one stamps
        # ``undone_at`` and keeps the row, and at most one resolution per revision is in force.
        # Note and reason texts live only in these tables, never in the audit log. Referral
        # records received from laptops are queued to become referral rows (sync_referrals).
        """
        ALTER TABLE interviews ADD COLUMN case_status TEXT NOT NULL DEFAULT 'Active'
            CHECK (case_status IN ('Active', 'FollowUp', 'Closed', 'ClosedReferred'));
        ALTER TABLE interviews ADD COLUMN case_status_on TEXT;
        ALTER TABLE interviews ADD COLUMN is_child INTEGER CHECK (is_child IN (0, 1));
        ALTER TABLE interviews ADD COLUMN citizenship TEXT NOT NULL DEFAULT '';
        CREATE INDEX interviews_for_review ON interviews (
            created_at, site, interviewer, form_id, result_level, case_status, is_child,
            citizenship
        );
        UPDATE interviews SET
            is_child = (
                SELECT CASE json_extract(r.content, '$.values.is_child')
                       WHEN '1' THEN 1 WHEN 1 THEN 1 WHEN '0' THEN 0 WHEN 0 THEN 0 END
                FROM interview_revisions r WHERE r.interview_id = interviews.id
                ORDER BY r.revision DESC LIMIT 1),
            citizenship = coalesce((
                SELECT CASE json_type(r.content, '$.values.citizenship')
                       WHEN 'array' THEN (SELECT group_concat(j.value, ' ')
                                          FROM json_each(r.content, '$.values.citizenship') j)
                       WHEN 'text' THEN trim(json_extract(r.content, '$.values.citizenship'))
                       END
                FROM interview_revisions r WHERE r.interview_id = interviews.id
                ORDER BY r.revision DESC LIMIT 1), '');
        CREATE TABLE case_status_changes (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            from_status  TEXT NOT NULL,
            to_status    TEXT NOT NULL
                         CHECK (to_status IN ('Active', 'FollowUp', 'Closed', 'ClosedReferred')),
            changed_on   TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            recorded_by  TEXT NOT NULL
        );
        CREATE INDEX case_status_changes_by_interview ON case_status_changes (interview_id, id);
        CREATE TABLE case_notes (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            noted_on     TEXT NOT NULL,
            text         TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            recorded_by  TEXT NOT NULL
        );
        CREATE INDEX case_notes_by_interview ON case_notes (interview_id, id);
        ALTER TABLE referrals ADD COLUMN followup TEXT NOT NULL DEFAULT 'sent'
            CHECK (followup IN ('sent', 'received', 'accepted', 'declined', 'services_started',
                                'closed'));
        ALTER TABLE referrals ADD COLUMN followup_on TEXT;
        CREATE INDEX referrals_by_followup ON referrals (followup, followup_on);
        CREATE TABLE referral_events (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            referral_id  INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
            event        TEXT NOT NULL
                         CHECK (event IN ('sent', 'received', 'accepted', 'declined',
                                          'services_started', 'closed')),
            event_on     TEXT NOT NULL,
            successful   INTEGER NOT NULL CHECK (successful IN (0, 1)),
            reason       TEXT NOT NULL DEFAULT '',
            recorded_at  TEXT NOT NULL,
            recorded_by  TEXT NOT NULL
        );
        CREATE INDEX referral_events_by_referral ON referral_events (referral_id, id);
        CREATE TABLE conflict_resolutions (
            id           INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            revision     INTEGER NOT NULL,
            chosen_hash  BLOB NOT NULL,
            replaced_hash BLOB NOT NULL,
            reason       TEXT NOT NULL,
            resolved_at  TEXT NOT NULL,
            resolved_by  TEXT NOT NULL,
            undone_at    TEXT,
            undone_by    TEXT
        );
        CREATE UNIQUE INDEX conflict_resolutions_in_force
            ON conflict_resolutions (interview_id, revision) WHERE undone_at IS NULL;
        CREATE INDEX sync_conflicts_by_kind ON sync_conflicts (kind, uuid);
        INSERT OR IGNORE INTO sync_pending (record_id)
            SELECT id FROM sync_records WHERE kind = 'referral'
        """,
    ),
    Migration(
        9,
        "types of exploitation and means of control of each interview, for the dashboard",
        # The dashboard counts these two select_multiple answers, which only a revision's
        # JSON holds (kilobytes to decrypt and decode per interview). One row per interview
        # keeps them as they are shown: the choices as stored (space-separated names, or the
        # JSON list as ``json_extract`` gives it; NULL when unanswered), with the interview's
        # ``revision`` and ``updated_at`` they were read for, so a reader can tell a row that
        # a later write left behind and read that interview's revision instead
        # (fieldapp.vault.case_facts). Rows of interviews already held are filled here from
        # their shown revision; imports add theirs as they write the interview.
        """
        CREATE TABLE interview_choice_facts (
            interview_id INTEGER PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
            revision     INTEGER NOT NULL,
            updated_at   TEXT NOT NULL,
            exploitation TEXT,
            control      TEXT
        );
        INSERT INTO interview_choice_facts
            (interview_id, revision, updated_at, exploitation, control)
            SELECT i.id, i.revision, i.updated_at,
                   CASE json_type(r.content, '$.values.exploitation_types')
                       WHEN 'array' THEN json_extract(r.content, '$.values.exploitation_types')
                       WHEN 'text' THEN json_extract(r.content, '$.values.exploitation_types')
                   END,
                   CASE json_type(r.content, '$.values.methods_of_control')
                       WHEN 'array' THEN json_extract(r.content, '$.values.methods_of_control')
                       WHEN 'text' THEN json_extract(r.content, '$.values.methods_of_control')
                   END
            FROM interviews i JOIN interview_revisions r
                ON r.interview_id = i.id AND r.revision = i.revision
            WHERE i.status = 'finalised' AND json_valid(r.content)
            ORDER BY i.id
        """,
    ),
    Migration(
        10,
        "per-officer content keys: the keys made and who each is wrapped to",
        # Each officer's answers and revisions are sealed (AES-256-GCM) under a content key of
        # their own (fieldapp.vault.content_seal). The key itself is never stored in clear:
        # ``content_key_grants`` holds it age-encrypted to each age recipient allowed to read
        # it (the officer's slot, every supervisor-role slot, the recovery recipient), so the
        # shared data key that opens this file does not open the content. Key ids are random
        # and name no one; ``officer`` is the account name the interviews already carry.
        # ``sealed_revisions`` holds each finalised revision's sync record age-encrypted to
        # the supervisor (and the recovery recipient) by an account that could read it, with
        # the hash of the clear record and who it is sealed to: any account exports it, only
        # the supervisor opens it (fieldapp.services.sync_sealing).
        """
        CREATE TABLE content_keys (
            key_id     TEXT PRIMARY KEY,
            officer    TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX content_keys_by_officer ON content_keys (officer, created_at);
        CREATE TABLE content_key_grants (
            key_id    TEXT NOT NULL REFERENCES content_keys (key_id) ON DELETE CASCADE,
            recipient TEXT NOT NULL,
            wrapped   BLOB NOT NULL,
            PRIMARY KEY (key_id, recipient)
        ) WITHOUT ROWID;
        CREATE INDEX content_key_grants_by_recipient ON content_key_grants (recipient);
        CREATE TABLE sealed_revisions (
            uuid         TEXT NOT NULL,
            revision     INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            recipients   TEXT NOT NULL,
            sealed       BLOB NOT NULL,
            PRIMARY KEY (uuid, revision)
        ) WITHOUT ROWID
        """,
    ),
    Migration(
        11,
        "retired content keys: never chosen again for new content",
        # A content key whose grant to an account was deleted (the account was removed, or
        # its slot replaced) is retired: it still opens what was sealed under it, and every
        # account holding it keeps it for reading, but new content of its officer is sealed
        # under a fresh key (fieldapp.vault.content_retirement). NULL: in use.
        """
        ALTER TABLE content_keys ADD COLUMN retired_at TEXT
        """,
    ),
)
