//! The desk's SQLite database: opening, pragmas and append-only migrations, and telling
//! database trouble (locked, read-only, damaged, newer) apart before anything is written.

pub(crate) mod checkpoint;
pub(crate) mod settings;

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{DeskError, DeskErrorCode, Result};

/// Append-only: never edit a migration that has shipped, add a new one.
static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(
            r#"
        CREATE TABLE articles (
            id            TEXT PRIMARY KEY,       -- UUIDv7, made here, stable forever
            source_locale TEXT NOT NULL,
            section       TEXT NOT NULL DEFAULT '',
            tags          TEXT NOT NULL DEFAULT '[]',
            byline        TEXT NOT NULL DEFAULT '',
            source_url    TEXT,
            tier          TEXT NOT NULL DEFAULT 'public',
            state         TEXT NOT NULL DEFAULT 'draft',
            publish_at    TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            -- Grows with every edit across all articles: "most recently edited" without
            -- trusting two clock readings to differ.
            edit_seq      INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE article_texts (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            locale     TEXT NOT NULL,
            title      TEXT NOT NULL DEFAULT '',
            standfirst TEXT NOT NULL DEFAULT '',
            body       TEXT NOT NULL DEFAULT '',
            slug       TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (article_id, locale)
        );
        -- What the site last acknowledged, per site: the version to send as If-Match.
        CREATE TABLE publications (
            article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            site_url     TEXT NOT NULL,
            version      INTEGER NOT NULL,
            urls         TEXT NOT NULL,
            published_at TEXT NOT NULL,
            PRIMARY KEY (article_id, site_url)
        );
        -- Preferences and caches. Never secrets: those live in the OS keyring.
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        "#,
        ),
        // Issue 3: revisions, search, soft delete, images, tags as rows, stable text ids.
        M::up_with_hook(MIGRATION_2, |tx: &rusqlite::Transaction| {
            crate::content::texts::rebuild_index(tx)?;
            Ok(())
        }),
        // Issue 5: several sites, translation status, the outbox.
        M::up_with_hook(MIGRATION_3, |tx: &rusqlite::Transaction| {
            crate::translate::translations::mark_published_done(tx)?;
            Ok(())
        }),
        // Issue 6: what a translation was made from, and the translation memory.
        M::up_with_hook(MIGRATION_4, |tx: &rusqlite::Transaction| {
            crate::translate::translations::remember_done_sources(tx)?;
            Ok(())
        }),
        // Migration 5: which source block each block of a translation translates (JSON
        // array of the source blocks' text), so that a paragraph translated out of turn
        // stays beside its source; NULL pairs blocks by position.
        M::up("ALTER TABLE article_texts ADD COLUMN block_sources TEXT;"),
    ])
});

/// Migration 3. The one site of the foundation (two settings) becomes the first row of
/// `sites`; texts get a translation status (its hook marks the translations already on a
/// site as done, so updating those articles is not blocked); publishing goes through
/// the outbox.
const MIGRATION_3: &str = r#"
    -- The sites the desk publishes to. Their tokens are in the OS keyring under the URL.
    CREATE TABLE sites (
        url          TEXT PRIMARY KEY,
        info         TEXT,              -- the last GET /site answer (JSON), for offline use
        refreshed_at TEXT,
        added_at     TEXT NOT NULL
    );
    INSERT INTO sites(url, info, added_at)
        SELECT u.value, i.value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM settings u LEFT JOIN settings i ON i.key = 'site_info'
        WHERE u.key = 'site_url';
    DELETE FROM settings WHERE key IN ('site_url', 'site_info');

    -- A translation's status, and the source text it was last checked against (a hash of
    -- the source's title, standfirst and body): when the source moves on, a translation
    -- marked done is outdated until a translator has looked. Unused on source texts.
    ALTER TABLE article_texts ADD COLUMN status TEXT NOT NULL DEFAULT 'in_progress'
        CHECK (status IN ('in_progress', 'needs_review', 'done'));
    ALTER TABLE article_texts ADD COLUMN source_hash TEXT;

    -- Set when the site confirmed an unpublish; the version stays, for the next If-Match.
    ALTER TABLE publications ADD COLUMN unpublished_at TEXT;

    -- Images a site is known to have. Content-addressed, so once there, always there.
    CREATE TABLE site_images (
        site_url TEXT NOT NULL,
        name     TEXT NOT NULL,
        PRIMARY KEY (site_url, name)
    ) WITHOUT ROWID;

    -- Writes waiting for, or done by, a site. One row is one operation: its idempotency
    -- key never changes, so however often it is sent the site applies it once.
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        site_url        TEXT NOT NULL,
        article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        action          TEXT NOT NULL CHECK (action IN ('publish', 'unpublish')),
        payload         TEXT,             -- the ArticlePut, as it was when queued
        idempotency_key TEXT NOT NULL UNIQUE,
        -- NULL until first sent; then 'absent' or the version sent as If-Match, kept for
        -- every retry (a retry must be the same request, or the site refuses its key).
        expect          TEXT,
        state           TEXT NOT NULL
                        CHECK (state IN ('queued', 'sending', 'done', 'failed', 'conflict',
                                         'cancelled')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        error_code      TEXT,
        error_message   TEXT,
        -- done: the site's answer (urls, version); conflict: the site's current version.
        result          TEXT,
        batch           TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
    CREATE INDEX outbox_by_article ON outbox(article_id, site_url, id);
    CREATE INDEX outbox_by_batch ON outbox(batch) WHERE batch IS NOT NULL;
"#;

/// Migration 2. `article_texts` is rebuilt to give every text a stable integer id (an
/// implicit rowid may be renumbered by VACUUM, and the search index refers to texts by
/// it); its index is then filled from Rust by the migration's hook, because the folding
/// of text for search (see `fold.rs`) is Rust code.
const MIGRATION_2: &str = r#"
    CREATE TABLE article_texts_v2 (
        id         INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        locale     TEXT NOT NULL,
        title      TEXT NOT NULL DEFAULT '',
        standfirst TEXT NOT NULL DEFAULT '',
        body       TEXT NOT NULL DEFAULT '',
        slug       TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (article_id, locale)
    );
    INSERT INTO article_texts_v2(article_id, locale, title, standfirst, body, slug, updated_at)
        SELECT article_id, locale, title, standfirst, body, slug, updated_at FROM article_texts;
    DROP TABLE article_texts;
    ALTER TABLE article_texts_v2 RENAME TO article_texts;
    -- From a search hit (a text id) to its article without reading the text's row, which
    -- holds the whole body: a search of common words maps thousands of hits.
    CREATE INDEX article_texts_doc ON article_texts(id, article_id, locale);

    -- Soft delete: a deleted article leaves the list and search and can come back.
    ALTER TABLE articles ADD COLUMN deleted_at TEXT;
    -- Every save reads MAX(edit_seq); the list shows the live articles by edit_seq and
    -- counts them; the section filter takes a section and the range below it.
    CREATE INDEX articles_by_edit ON articles(edit_seq);
    CREATE INDEX articles_live_by_edit ON articles(edit_seq) WHERE deleted_at IS NULL;
    CREATE INDEX articles_by_section ON articles(section, edit_seq);

    -- The tags of articles.tags (the JSON the article carries), as rows to filter on.
    CREATE TABLE article_tags (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag        TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX article_tags_by_tag ON article_tags(tag, article_id);
    INSERT OR IGNORE INTO article_tags(article_id, tag)
        SELECT a.id, j.value FROM articles a, json_each(a.tags) j WHERE json_valid(a.tags);

    -- Snapshots of one text. Never updated; only autosave snapshots are ever deleted
    -- (thinned), and only with their article.
    CREATE TABLE revisions (
        id         INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        locale     TEXT NOT NULL,
        kind       TEXT NOT NULL
                   CHECK (kind IN ('autosave', 'named', 'workflow', 'restore', 'import')),
        label      TEXT,
        created_at TEXT NOT NULL,
        title      TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        body       TEXT NOT NULL,
        word_count INTEGER NOT NULL
    );
    CREATE INDEX revisions_by_text ON revisions(article_id, locale, id);

    -- Images the desk stores, content-addressed: the file is <data>/images/<name>.
    CREATE TABLE images (
        name       TEXT PRIMARY KEY,      -- "<sha256 hex>.<ext>"
        mime       TEXT NOT NULL,
        size       INTEGER NOT NULL,
        original   TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );

    -- Full-text search over every text. Contentless: the texts are already in
    -- article_texts, so only the index is kept; contentless_delete lets a save replace a
    -- text's entry by its rowid (= article_texts.id). The tokenizer only splits: folding
    -- happened in Rust (fold.rs), with marks kept as part of words.
    CREATE VIRTUAL TABLE search_index USING fts5(
        title, standfirst, body,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
    );
"#;

/// Migration 4. A translation marked done keeps the source it was checked against (so
/// a translator sees which paragraphs changed since), and the translation memory holds
/// the aligned paragraphs of every translation marked done. The hook fills both for the
/// translations already done, from the source as it is now.
const MIGRATION_4: &str = r#"
    ALTER TABLE article_texts ADD COLUMN source_title TEXT;
    ALTER TABLE article_texts ADD COLUMN source_standfirst TEXT;
    ALTER TABLE article_texts ADD COLUMN source_body TEXT;

    CREATE TABLE translation_memory (
        id            INTEGER PRIMARY KEY,
        article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_locale TEXT NOT NULL,
        target_locale TEXT NOT NULL,
        source_text   TEXT NOT NULL,
        target_text   TEXT NOT NULL,
        UNIQUE (article_id, target_locale, source_text)
    );
    CREATE INDEX translation_memory_pair
        ON translation_memory(source_locale, target_locale, source_text);
"#;

/// The schema version this desk writes (SQLite's `user_version`).
pub const SCHEMA_VERSION: i64 = 5;

/// How long a write waits for another connection before it is reported as `locked`.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Opens the database at `path`, creating it only if there is no file there.
///
/// Nothing is written before the file has been read as a database of a schema this desk
/// knows: a damaged file, a newer schema, a read-only file or folder are reported with
/// their own code and the file is left exactly as it was. In particular a damaged file is
/// never replaced by a new, empty database.
pub(crate) fn open(path: &Path) -> Result<Connection> {
    use rusqlite::OpenFlags;
    let exists = path.exists();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    if !exists {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let shown = path.display();
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;

    // The first read of the header: a file that is not a database fails here.
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .and_then(|v| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
                .map(|()| v)
        })
        .map_err(|e| open_error(path, e))?;
    if found > SCHEMA_VERSION {
        return Err(DeskError::storage(format!(
            "{shown} was written by a newer Dateline (schema {found}; this desk knows up to \
             {SCHEMA_VERSION}). Update the desk; the database was left untouched."
        )));
    }
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(read_only(path));
    }
    // WAL lets the UI read while a save commits. synchronous=NORMAL in WAL mode loses
    // at most the last transactions on a power cut, never corrupts, and a crash of the
    // app alone loses nothing committed (the crash test in tests/ kills a writer 200
    // times to show it): with autosave at most a second behind the keyboard, that is the
    // durability a writer needs at a fraction of FULL's fsyncs.
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| open_error(path, e))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 32 MiB of page cache instead of SQLite's 2 MiB: a search over a large archive
    // touches thousands of pages, and a desktop app can spare it.
    conn.pragma_update(None, "cache_size", -32_768)?;

    // All pending migrations run in one transaction; a failure leaves the previous schema.
    MIGRATIONS.to_latest(&mut conn).map_err(|e| {
        let e = DeskError::from(e);
        DeskError::new(e.code, format!("cannot migrate {shown}: {}", e.message))
    })?;
    Ok(conn)
}

/// The error for a database that failed while being opened: its trouble code if it has
/// one, else a check of the folder (SQLite reports an unwritable folder as "unable to
/// open" when it cannot create the WAL files).
fn open_error(path: &Path, e: rusqlite::Error) -> DeskError {
    let shown = path.display();
    match crate::error::trouble_code(&e) {
        Some(DeskErrorCode::Damaged) => DeskError::new(
            DeskErrorCode::Damaged,
            format!(
                "{shown} is damaged or is not a Dateline database ({e}). It was left as it \
                 is and no new database was made: export what can be read with \
                 `dateline rescue FOLDER`, then move the file away"
            ),
        ),
        Some(DeskErrorCode::ReadOnly) => read_only(path),
        Some(_) => e.into(),
        None if !folder_is_writable(path) => read_only(path),
        None => DeskError::storage(format!("cannot open {shown}: {e}")),
    }
}

fn read_only(path: &Path) -> DeskError {
    DeskError::new(
        DeskErrorCode::ReadOnly,
        format!(
            "{} cannot be written: the file or its folder is read-only. Make it writable \
             (or export what can be read with `dateline rescue FOLDER`); nothing was changed",
            path.display()
        ),
    )
}

fn folder_is_writable(path: &Path) -> bool {
    let dir = path.parent().unwrap_or(Path::new("."));
    tempfile::tempfile_in(dir).is_ok()
}

/// `PRAGMA integrity_check`: `Ok` if the database is sound, else `damaged` with what
/// SQLite found.
pub(crate) fn integrity_check(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let found: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if found == ["ok"] {
        Ok(())
    } else {
        Err(DeskError::new(
            DeskErrorCode::Damaged,
            format!(
                "the desk's database is damaged: {}",
                found.into_iter().take(5).collect::<Vec<_>>().join("; ")
            ),
        ))
    }
}

#[cfg(test)]
pub(crate) fn set_busy_timeout(conn: &Connection, t: std::time::Duration) {
    conn.busy_timeout(t).unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_foundation_s_one_site_becomes_the_first_of_the_sites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            MIGRATIONS.to_version(&mut conn, 2).unwrap();
            conn.execute_batch(
                r#"INSERT INTO settings(key, value) VALUES
                     ('site_url', 'https://news.example'),
                     ('site_info', '{"name":"Example"}'),
                     ('ui_locale', 'fr');"#,
            )
            .unwrap();
        }
        let conn = open(&path).unwrap();
        let (url, info): (String, String) = conn
            .query_row("SELECT url, info FROM sites", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(url, "https://news.example");
        assert_eq!(info, r#"{"name":"Example"}"#);
        let left: Vec<String> = conn
            .prepare("SELECT key FROM settings ORDER BY key")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(left, ["ui_locale"]);
    }

    #[test]
    fn translations_already_on_a_site_are_done_after_the_upgrade() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            MIGRATIONS.to_version(&mut conn, 2).unwrap();
            conn.execute_batch(
                r#"INSERT INTO articles(id, source_locale, created_at, updated_at, edit_seq)
                     VALUES ('a', 'en-US', 't', 't', 1);
                   INSERT INTO article_texts(article_id, locale, title, updated_at) VALUES
                     ('a', 'en-US', 'Tides', 't'), ('a', 'fr', 'Marées', 't'),
                     ('a', 'de', 'Gezeiten', 't');
                   INSERT INTO publications(article_id, site_url, version, urls, published_at)
                     VALUES ('a', 'https://news.example', 2,
                             '{"en-US": "https://news.example/en-US/x", "fr": "https://news.example/fr/x"}',
                             't');"#,
            )
            .unwrap();
        }
        let conn = open(&path).unwrap();
        let status = |locale: &str| -> (String, Option<String>) {
            conn.query_row(
                "SELECT status, source_hash FROM article_texts WHERE article_id = 'a' AND locale = ?1",
                [locale],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
        };
        let (fr, fr_hash) = status("fr");
        assert_eq!(fr, "done");
        assert_eq!(
            fr_hash.as_deref(),
            Some(crate::translate::translations::source_hash("Tides", "", "").as_str())
        );
        assert_eq!(status("de").0, "in_progress", "not on the site: not done");
    }

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
        assert_eq!(
            MIGRATIONS
                .current_version(&Connection::open_in_memory().unwrap())
                .unwrap(),
            rusqlite_migration::SchemaVersion::NoneSet
        );
    }

    #[test]
    fn refuses_a_newer_database_without_touching_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let conn = open(&path).unwrap();
            conn.execute(
                "INSERT INTO settings(key, value) VALUES ('canary', 'kept')",
                [],
            )
            .unwrap();
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                .unwrap();
        }
        let err = open(&path).unwrap_err();
        assert_eq!(err.code, crate::DeskErrorCode::Storage);
        assert!(err.message.contains("newer Dateline"), "{}", err.message);
        let conn = Connection::open(&path).unwrap();
        let v: String = conn
            .query_row("SELECT value FROM settings WHERE key='canary'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(v, "kept");
    }

    #[test]
    fn uses_wal() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("d.sqlite3")).unwrap();
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn migrates_a_version_1_database_and_indexes_its_texts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            MIGRATIONS.to_version(&mut conn, 1).unwrap();
            conn.execute_batch(
                "INSERT INTO articles(id, source_locale, tags, created_at, updated_at, edit_seq)
                 VALUES ('0195f3c2-0000-7000-8000-000000000001', 'fr', '[\"ports\"]', 't', 't', 1);
                 INSERT INTO article_texts(article_id, locale, title, body, updated_at)
                 VALUES ('0195f3c2-0000-7000-8000-000000000001', 'fr', 'Économie', 'Les grues', 't');",
            )
            .unwrap();
        }
        let conn = open(&path).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let (id, title): (i64, String) = conn
            .query_row("SELECT id, title FROM article_texts", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(title, "Économie");
        let found: i64 = conn
            .query_row(
                "SELECT rowid FROM search_index WHERE search_index MATCH '\"economie\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, id);
        let tag: String = conn
            .query_row("SELECT tag FROM article_tags", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tag, "ports");
    }

    #[test]
    fn a_held_database_is_locked_not_lost() {
        let (dir, desk) = crate::testutil::desk();
        let a = desk.create_article().unwrap();
        set_busy_timeout(&desk.db(), std::time::Duration::from_millis(50));
        let other = Connection::open(dir.path().join("desk.sqlite3")).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = desk
            .save_article(a.id, &crate::testutil::edit("Held", "x"))
            .unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Locked, "{}", err.message);
        other.execute_batch("ROLLBACK").unwrap();
        desk.save_article(a.id, &crate::testutil::edit("Held", "x"))
            .unwrap();
        assert_eq!(desk.article(a.id).unwrap().title, "Held");
    }

    #[test]
    fn a_full_disk_is_reported_and_the_save_works_once_there_is_space() {
        let (_dir, desk) = crate::testutil::desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &crate::testutil::edit("Short", "x"))
            .unwrap();
        // SQLite reports SQLITE_FULL when the file may not grow: the same error as a
        // full disk, without filling one.
        {
            let db = desk.db();
            let pages: i64 = db
                .pragma_query_value(None, "page_count", |r| r.get(0))
                .unwrap();
            db.pragma_update(None, "max_page_count", pages).unwrap();
        }
        let long = crate::testutil::edit("Long", &"words and more words ".repeat(20_000));
        let err = desk.save_article(a.id, &long).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::DiskFull, "{}", err.message);
        assert_eq!(desk.article(a.id).unwrap().title, "Short");
        desk.db()
            .pragma_update(None, "max_page_count", 1_073_741_823i64)
            .unwrap();
        desk.save_article(a.id, &long).unwrap();
        assert_eq!(desk.article(a.id).unwrap().title, "Long");
        desk.check_integrity().unwrap();
    }
}
