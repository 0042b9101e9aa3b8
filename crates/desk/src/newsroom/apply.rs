//! Takes another desk's records in: a revision is stored beside this desk's own (the
//! text on screen changes only when [`reconcile`](super::reconcile) decides so), a new
//! article is made from its first metadata, a bin move is followed.
//!
//! A record whose parents or article have not arrived yet (they may be in a log the
//! round reads later) waits in `sync_pending` and is taken in once they have.

use chrono::{DateTime, Utc};
use dateline_protocol::sync::{Change, RelayedRecord, TextRevision};
use rusqlite::{Connection, OptionalExtension, params};

use crate::clock::stamp;
use crate::content::articles::touch;
use crate::content::texts;
use crate::error::Result;
use crate::newsroom::meta::{self, Meta, from_json, to_json};

/// What a record touched, for the reconcile that follows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Touched {
    Article(String),
    Text(String, String),
}

/// Takes a record in: `Ok(None)` when it has to wait for what it follows.
pub(crate) fn apply(
    conn: &Connection,
    relayed: &RelayedRecord,
    now: DateTime<Utc>,
) -> Result<Option<Vec<Touched>>> {
    let record = &relayed.record;
    let desk = record.desk.to_string();
    let made = stamp(record.created_at);
    match &record.change {
        Change::Text(t) => {
            let article = t.article_id.to_string();
            if !article_exists(conn, &article)?
                || !t
                    .parents
                    .iter()
                    .all(|p| revision_exists(conn, &p.to_string()).unwrap_or(false))
            {
                return Ok(None);
            }
            if !revision_exists(conn, &t.id.to_string())? {
                insert_revision(conn, t, &desk, &relayed.author, &made)?;
            }
            Ok(Some(vec![Touched::Text(article, t.locale.clone())]))
        }
        Change::Article(a) => {
            let article = a.article_id.to_string();
            let parents: Vec<String> = a.parents.iter().map(|p| p.to_string()).collect();
            for p in &parents {
                if meta::node(conn, p)?.is_none() {
                    return Ok(None);
                }
            }
            let fields = Meta::of(a);
            let uid = a.id.to_string();
            if !article_exists(conn, &article)? {
                conn.prepare_cached(
                    "INSERT INTO articles(id, source_locale, created_at, updated_at, meta_base)
                     VALUES (?1, ?2, ?3, ?3, ?4)",
                )?
                .execute(params![article, fields.source_locale, made, uid])?;
                fields.write(conn, &article)?;
                // An empty source text, as every article has; its words come as revisions.
                texts::create(conn, a.article_id, &fields.source_locale, &stamp(now))?;
                touch(conn, a.article_id, &stamp(now))?;
            }
            meta::insert_node(
                conn,
                &uid,
                &article,
                &parents,
                &meta::Origin {
                    desk: &desk,
                    author: &relayed.author,
                    created_at: &made,
                },
                &fields,
            )?;
            Ok(Some(vec![Touched::Article(article)]))
        }
        Change::Bin {
            article_id,
            deleted,
        } => {
            let article = article_id.to_string();
            let held: Option<Option<String>> = conn
                .prepare_cached("SELECT bin_record FROM articles WHERE id = ?1")?
                .query_row([&article], |r| r.get(0))
                .optional()?;
            let Some(held) = held else {
                return Ok(None);
            };
            // Bin moves have no parents: of two, the later record (UUIDv7) stands, on
            // every desk alike.
            let id = record.id.to_string();
            if held.is_none_or(|h| h < id) {
                conn.prepare_cached(
                    "UPDATE articles SET
                       deleted_at = CASE WHEN ?2 THEN COALESCE(deleted_at, ?3) ELSE NULL END,
                       bin_shared = ?2, bin_record = ?4
                     WHERE id = ?1",
                )?
                .execute(params![article, deleted, stamp(now), id])?;
            }
            Ok(Some(vec![Touched::Article(article)]))
        }
    }
}

fn article_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(crate) fn revision_exists(conn: &Connection, uid: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM revisions WHERE uid = ?1")?
        .query_row([uid], |_| Ok(()))
        .optional()?
        .is_some())
}

fn insert_revision(
    conn: &Connection,
    t: &TextRevision,
    desk: &str,
    author: &str,
    made: &str,
) -> Result<()> {
    let word_count = dateline_render::render_body(&t.body, true).word_count;
    let parents: Vec<String> = t.parents.iter().map(|p| p.to_string()).collect();
    let status = t.status.map(|s| s.as_str());
    conn.prepare_cached(
        "INSERT INTO revisions(article_id, locale, kind, label, created_at, title, standfirst,
                               body, word_count, uid, parents, desk, author, shared, slug,
                               status, source_uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14, ?15, ?16)",
    )?
    .execute(params![
        t.article_id.to_string(),
        t.locale,
        t.kind.as_str(),
        t.label,
        made,
        t.title,
        t.standfirst,
        t.body,
        word_count,
        t.id.to_string(),
        to_json(&parents)?,
        desk,
        author,
        t.slug,
        status,
        t.source_revision.map(|u| u.to_string()),
    ])?;
    Ok(())
}

/// Keeps a record that has to wait.
pub(crate) fn hold(conn: &Connection, relayed: &RelayedRecord) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO sync_pending(id, record, author) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![
        relayed.record.id.to_string(),
        to_json(&relayed.record)?,
        relayed.author
    ])?;
    Ok(())
}

/// Takes in the waiting records whose parents have arrived, until none more can be.
pub(crate) fn retry_held(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Touched>> {
    let mut touched = Vec::new();
    loop {
        let held: Vec<(String, String, String)> = conn
            .prepare_cached("SELECT id, record, author FROM sync_pending ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut progress = false;
        for (id, record, author) in held {
            let relayed = RelayedRecord {
                record: from_json(&record, "a waiting record")?,
                author,
            };
            if let Some(t) = apply(conn, &relayed, now)? {
                conn.execute("DELETE FROM sync_pending WHERE id = ?1", [id])?;
                touched.extend(t);
                progress = true;
            }
        }
        if !progress {
            return Ok(touched);
        }
    }
}
