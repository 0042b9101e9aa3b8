//! The desk's SQLite database: opening, pragmas and append-only migrations, and telling
//! database trouble (locked, read-only, damaged, newer) apart before anything is written.

pub(crate) mod checkpoint;
pub(crate) mod migrations;
pub(crate) mod private;
pub(crate) mod settings;

use std::path::Path;

use rusqlite::Connection;

use crate::error::{DeskError, DeskErrorCode, Result};
use migrations::MIGRATIONS;
pub use migrations::SCHEMA_VERSION;

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
        // Owner-only from the first byte; SQLite gives the WAL and SHM the same mode.
        private::create_database_file(path)?;
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    } else {
        private::tighten_database(path);
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
    // The data derived from texts (search index, translation memory) is refreshed by
    // `Desk::open` afterwards.
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
        // The index is the desk's to fill (derived data), after the migrations.
        let desk = crate::testutil::open(dir.path());
        let conn = desk.db();
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
