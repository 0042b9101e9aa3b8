//! The one write path of a text (an article's title, standfirst, body and slug in one
//! locale). Everything that changes a text's words — typing in Write or Translate,
//! restoring a revision, importing a file, taking the site's version — goes through
//! [`write`], which keeps the search index and the history in step with the text inside
//! the caller's transaction; so a crash can never leave either behind the text, and no
//! caller can forget one.
//!
//! The search index (`search_index`, FTS5, one row per text, rowid = `article_texts.id`)
//! holds the text folded by `text::fold`, with its article's byline; `search` only reads
//! it. A byline is the article's, not a text's: whoever changes it, a trigger notes the
//! article (`search_stale_bylines`) and [`reindex_bylines`] (called by
//! `articles::touch`, which every change of an article ends with) re-indexes its texts
//! in the same transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::content::history::{self, RevisionKind};
use crate::error::Result;
use crate::store::settings;
use crate::text::fold::{FOLDING_VERSION, index_form};

/// A text of an article, found or made by [`open`] or [`open_or_create`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text<'a> {
    pub article: Uuid,
    pub locale: &'a str,
    pub id: i64,
    /// Made by this transaction: there is nothing in it to keep before replacing it.
    fresh: bool,
}

/// The words a write puts into a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body: &'a str,
    /// `None` keeps the slug the text has.
    pub slug: Option<&'a str>,
    /// A translation's block map as JSON (`Some(None)` clears it); `None` keeps it.
    pub block_sources: Option<Option<&'a str>>,
}

/// What the history records of a write.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Record<'a> {
    /// Typing: an autosave snapshot when the last one is five minutes old, then the
    /// text's autosaves are thinned.
    Typing(DateTime<Utc>),
    /// The text is replaced by another one (a restore, an import, the site's version):
    /// the text it replaces is kept first unless the history already has it, and the
    /// new text becomes a revision of this kind.
    Replacing {
        kind: RevisionKind,
        label: Option<&'a str>,
    },
    /// The text becomes a revision the newsroom brought, or a merge made with one: the
    /// caller has stored that revision and makes it the text's head, so nothing is
    /// snapshot (what was on screen was, before the merge).
    Synced,
}

impl<'a> Text<'a> {
    /// A text the caller has just read from `article_texts` (its row id).
    pub(crate) fn of(article: Uuid, locale: &'a str, id: i64) -> Self {
        Text {
            article,
            locale,
            id,
            fresh: false,
        }
    }
}

/// The text of `article` in `locale`, if it has one.
pub(crate) fn open<'a>(
    conn: &Connection,
    article: Uuid,
    locale: &'a str,
) -> Result<Option<Text<'a>>> {
    let id = conn
        .prepare_cached("SELECT id FROM article_texts WHERE article_id = ?1 AND locale = ?2")?
        .query_row(params![article.to_string(), locale], |r| r.get(0))
        .optional()?;
    Ok(id.map(|id| Text {
        article,
        locale,
        id,
        fresh: false,
    }))
}

/// A new, empty text of `article` in `locale` (indexed as empty).
pub(crate) fn create<'a>(
    conn: &Connection,
    article: Uuid,
    locale: &'a str,
    now: &str,
) -> Result<Text<'a>> {
    conn.prepare_cached(
        "INSERT INTO article_texts(article_id, locale, updated_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article.to_string(), locale, now])?;
    let id = conn.last_insert_rowid();
    index(conn, id, "", "", "")?;
    Ok(Text {
        article,
        locale,
        id,
        fresh: true,
    })
}

/// The text of `article` in `locale`, made empty if it has none.
pub(crate) fn open_or_create<'a>(
    conn: &Connection,
    article: Uuid,
    locale: &'a str,
    now: &str,
) -> Result<Text<'a>> {
    match open(conn, article, locale)? {
        Some(text) => Ok(text),
        None => create(conn, article, locale, now),
    }
}

/// Writes `words` into `text`, re-indexes it and records the write in its history.
pub(crate) fn write(
    conn: &Connection,
    text: Text<'_>,
    words: &Words<'_>,
    record: Record<'_>,
    now: &str,
) -> Result<()> {
    if let Record::Replacing { .. } = record
        && !text.fresh
    {
        history::keep_current(conn, text.article, text.locale, now)?;
    }
    conn.prepare_cached(
        "UPDATE article_texts SET title = ?2, standfirst = ?3, body = ?4,
           slug = CASE WHEN ?5 THEN ?6 ELSE slug END,
           block_sources = CASE WHEN ?7 THEN ?8 ELSE block_sources END,
           updated_at = ?9
         WHERE id = ?1",
    )?
    .execute(params![
        text.id,
        words.title,
        words.standfirst,
        words.body,
        words.slug.is_some(),
        words.slug,
        words.block_sources.is_some(),
        words.block_sources.flatten(),
        now
    ])?;
    index(conn, text.id, words.title, words.standfirst, words.body)?;
    match record {
        Record::Typing(at) => {
            if history::autosave_due(conn, text.article, text.locale, at)? {
                history::snapshot(
                    conn,
                    text.article,
                    text.locale,
                    RevisionKind::Autosave,
                    None,
                    now,
                )?;
                history::thin_text(conn, text.article, text.locale, at)?;
            }
        }
        Record::Replacing { kind, label } => {
            history::snapshot(conn, text.article, text.locale, kind, label, now)?;
        }
        Record::Synced => {}
    }
    Ok(())
}

/// Takes the texts of articles about to be deleted for good out of the index (the rows
/// themselves go with their article).
pub(crate) fn forget_article(conn: &Connection, article: &str) -> Result<()> {
    let texts: Vec<i64> = conn
        .prepare_cached("SELECT id FROM article_texts WHERE article_id = ?1")?
        .query_map([article], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for text in texts {
        unindex(conn, text)?;
    }
    Ok(())
}

/// Puts a text into the index with its article's byline as it is now, replacing what
/// was there for it.
fn index(
    conn: &Connection,
    text_id: i64,
    title: &str,
    standfirst: &str,
    body: &str,
) -> rusqlite::Result<()> {
    unindex(conn, text_id)?;
    let byline: String = conn
        .prepare_cached(
            "SELECT a.byline FROM article_texts t JOIN articles a ON a.id = t.article_id
             WHERE t.id = ?1",
        )?
        .query_row([text_id], |r| r.get(0))
        .optional()?
        .unwrap_or_default();
    conn.prepare_cached(
        "INSERT INTO search_index(rowid, title, standfirst, body, byline)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        text_id,
        index_form(title),
        index_form(standfirst),
        index_form(body),
        index_form(&byline)
    ])?;
    Ok(())
}

/// Re-indexes the texts of the articles whose byline changed since they were indexed.
pub(crate) fn reindex_bylines(conn: &Connection) -> Result<()> {
    index_texts(
        conn,
        "SELECT id, title, standfirst, body FROM article_texts
         WHERE article_id IN (SELECT article_id FROM search_stale_bylines)",
    )?;
    conn.prepare_cached("DELETE FROM search_stale_bylines")?
        .execute([])?;
    Ok(())
}

/// Indexes every text `sql` selects (its id, title, standfirst and body).
fn index_texts(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        index(
            conn,
            r.get(0)?,
            &r.get::<_, String>(1)?,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
        )?;
    }
    Ok(())
}

fn unindex(conn: &Connection, text_id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?
        .execute([text_id])?;
    Ok(())
}

/// Rebuilds the search index when it was built by another folding than today's (or
/// never: a database from before the index, or from before its version was recorded, or
/// whose index a migration made anew); otherwise brings any byline left behind up to
/// date.
pub(crate) fn refresh_index(conn: &Connection) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    if settings::get(&tx, settings::SEARCH_INDEX_FOLDING)?.as_deref() == Some(FOLDING_VERSION) {
        reindex_bylines(&tx)?;
    } else {
        rebuild_index(&tx)?;
        settings::set(&tx, settings::SEARCH_INDEX_FOLDING, FOLDING_VERSION)?;
    }
    tx.commit()?;
    Ok(())
}

/// Builds the whole index anew from the texts, as `text::fold` folds them now.
fn rebuild_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO search_index(search_index) VALUES ('delete-all')",
        [],
    )?;
    conn.execute("DELETE FROM search_stale_bylines", [])?;
    index_texts(
        conn,
        "SELECT id, title, standfirst, body FROM article_texts",
    )
}

/// Changes only a text's slug (metadata: neither the index nor the history holds it).
pub(crate) fn set_slug(conn: &Connection, text: Text<'_>, slug: &str, now: &str) -> Result<()> {
    conn.prepare_cached("UPDATE article_texts SET slug = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![text.id, slug, now])?;
    Ok(())
}
