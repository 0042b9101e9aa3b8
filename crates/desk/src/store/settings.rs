//! Small key/value preferences and caches in the database. Never secrets.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

pub(crate) const UI_LOCALE: &str = "ui_locale";
/// "on" when the developer setting offers the pseudo-locales.
pub(crate) const PSEUDO_LOCALES: &str = "pseudo_locales";
/// Where the user left off (`interface::Place`, JSON).
pub(crate) const LAST_PLACE: &str = "last_place";
/// The `text::fold::FOLDING_VERSION` the search index was built with.
pub(crate) const SEARCH_INDEX_FOLDING: &str = "search_index_folding";
/// "pending" while the translation memory has not been seeded from the translations
/// done before it existed (set by migration 4).
pub(crate) const TRANSLATION_MEMORY_SEED: &str = "translation_memory_seed";

/// This desk's id in the newsroom (a UUIDv7 made on first use): its log's name on the
/// site and the `desk` of every revision it makes.
pub(crate) const DESK_ID: &str = "desk_id";

/// This desk's id, made and kept the first time it is asked for.
pub(crate) fn desk_id(conn: &Connection) -> Result<uuid::Uuid> {
    if let Some(id) = get(conn, DESK_ID)?.and_then(|s| uuid::Uuid::parse_str(&s).ok()) {
        return Ok(id);
    }
    let id = uuid::Uuid::now_v7();
    set(conn, DESK_ID, &id.to_string())?;
    Ok(id)
}

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(crate) fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
