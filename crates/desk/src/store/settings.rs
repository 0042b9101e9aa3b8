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
