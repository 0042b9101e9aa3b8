//! The desk's SQLite database: opening, pragmas and append-only migrations.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{DeskError, Result};

/// Append-only: never edit a migration that has shipped, add a new one.
static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![M::up(
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
    )])
});

/// The schema version this desk writes (SQLite's `user_version`).
pub const SCHEMA_VERSION: i64 = 1;

pub(crate) fn open(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)
        .map_err(|e| DeskError::storage(format!("cannot open {}: {e}", path.display())))?;
    // WAL lets the UI read while a save commits. synchronous=NORMAL in WAL mode loses
    // at most the last transactions on a power cut, never corrupts, and a crash of the
    // app alone loses nothing committed: with autosave at most a second behind the
    // keyboard, that is the durability a writer needs at a fraction of FULL's fsyncs.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;

    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(DeskError::storage(format!(
            "{} was written by a newer Dateline (schema {found}; this desk knows up to \
             {SCHEMA_VERSION}). Update the desk; the database was left untouched.",
            path.display()
        )));
    }
    // Each migration runs in one transaction; a failure leaves the previous schema.
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|e| DeskError::storage(format!("cannot migrate {}: {e}", path.display())))?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
