//! The desk's own log: what it tells the newsroom, one record per change, numbered with
//! no gaps, each with an id for life (the outbox's discipline: a record pushed twice is
//! one record).
//!
//! Changes are logged when a round begins ([`catch_up`]), not as they are typed: the
//! triggers of migration 10 note which texts and articles changed, and the round turns
//! each into a revision (if the text on screen is newer than its head) and records. So
//! autosaves the newsroom never saw can still be thinned, and typing costs nothing more.

use chrono::{DateTime, Utc};
use dateline_protocol::sync::{Change, Refusal, SyncRecord, TextRevision, TranslationStatus};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::clock::stamp;
use crate::content::history::{self, RevisionKind, parse_parents};
use crate::content::parse_id;
use crate::error::{DeskError, Result};
use crate::newsroom::meta::{self, Meta, from_json, to_json};
use crate::store::settings;

/// Appends a record of `change` to the log and returns it.
pub(crate) fn append(
    conn: &Connection,
    change: Change,
    locale: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SyncRecord> {
    let seq: u64 = conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_log")?
        .query_row([], |r| r.get::<_, i64>(0))? as u64;
    let record = SyncRecord {
        id: Uuid::now_v7(),
        desk: settings::desk_id(conn)?,
        seq,
        created_at: now,
        change,
    };
    conn.prepare_cached(
        "INSERT INTO sync_log(seq, id, record, article_id, locale) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        seq as i64,
        record.id.to_string(),
        to_json(&record)?,
        record.change.article_id().to_string(),
        locale,
    ])?;
    Ok(record)
}

/// Logs every change made since the last round, in the order the site needs: an
/// article's metadata before its texts, a text's revisions parents first. Returns how
/// many records it wrote. The caller holds the transaction.
pub(crate) fn catch_up(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let mut logged = 0;
    let articles: Vec<String> = conn
        .prepare_cached("SELECT article_id FROM sync_dirty_articles ORDER BY article_id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &articles {
        logged += log_article(conn, id, now)?;
    }
    conn.execute("DELETE FROM sync_dirty_articles", [])?;

    let texts: Vec<(String, String)> = conn
        .prepare_cached("SELECT article_id, locale FROM sync_dirty_texts")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (article, locale) in &texts {
        snapshot_if_newer(conn, article, locale, now)?;
    }
    conn.execute("DELETE FROM sync_dirty_texts", [])?;

    let unshared: Vec<i64> = conn
        .prepare_cached("SELECT id FROM revisions WHERE shared = 0 ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for rid in unshared {
        logged += log_revision(conn, rid, now)?;
    }
    Ok(logged)
}

/// A new metadata revision if the article's metadata is not its head's, and a bin
/// record if the newsroom last heard otherwise of its place.
pub(crate) fn log_article(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<usize> {
    let Some(current) = Meta::read(conn, id)? else {
        return Ok(0);
    };
    let (base, deleted, bin_shared): (Option<String>, bool, bool) = conn
        .prepare_cached(
            "SELECT meta_base, deleted_at IS NOT NULL, bin_shared FROM articles WHERE id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let mut logged = 0;
    let head = match &base {
        Some(b) => meta::node(conn, b)?,
        None => None,
    };
    if head.as_ref().map(|(_, m)| m) != Some(&current) {
        let uid = Uuid::now_v7();
        let article_id = parse_id(id)?;
        let parents: Vec<String> = base.into_iter().collect();
        let desk = settings::desk_id(conn)?.to_string();
        meta::insert_node(
            conn,
            &uid.to_string(),
            id,
            &parents,
            &meta::Origin {
                desk: &desk,
                author: "",
                created_at: &stamp(now),
            },
            &current,
        )?;
        conn.prepare_cached("UPDATE articles SET meta_base = ?2 WHERE id = ?1")?
            .execute(params![id, uid.to_string()])?;
        let parents = parents.iter().map(|p| parse_id(p)).collect::<Result<_>>()?;
        append(
            conn,
            Change::Article(current.into_revision(uid, article_id, parents)),
            None,
            now,
        )?;
        logged += 1;
    }
    if deleted != bin_shared {
        let record = append(
            conn,
            Change::Bin {
                article_id: parse_id(id)?,
                deleted,
            },
            None,
            now,
        )?;
        conn.prepare_cached("UPDATE articles SET bin_shared = ?2, bin_record = ?3 WHERE id = ?1")?
            .execute(params![id, deleted, record.id.to_string()])?;
        logged += 1;
    }
    Ok(logged)
}

/// What a text holds besides its words, as a revision carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Extras {
    pub slug: String,
    /// A translation's status; `None` for the source text.
    pub status: Option<String>,
    /// The source revision a translation marked done was checked against.
    pub source_uid: Option<String>,
}

/// The text's slug, status and (for a translation done) the source revision whose words
/// it remembers.
pub(crate) fn current_extras(
    conn: &Connection,
    article: &str,
    locale: &str,
) -> Result<Option<Extras>> {
    /// A text as `article_texts` and its article hold it.
    struct Row {
        slug: String,
        status: String,
        is_source: bool,
        remembered: [Option<String>; 3],
        source_locale: String,
    }
    let row = conn
        .prepare_cached(
            "SELECT t.slug, t.status, t.locale = a.source_locale, t.source_title,
                    t.source_standfirst, t.source_body, a.source_locale
             FROM article_texts t JOIN articles a ON a.id = t.article_id
             WHERE t.article_id = ?1 AND t.locale = ?2",
        )?
        .query_row(params![article, locale], |r| {
            Ok(Row {
                slug: r.get(0)?,
                status: r.get(1)?,
                is_source: r.get(2)?,
                remembered: [r.get(3)?, r.get(4)?, r.get(5)?],
                source_locale: r.get(6)?,
            })
        })
        .optional()?;
    let Some(Row {
        slug,
        status,
        is_source,
        remembered: [st, ss, sb],
        source_locale,
    }) = row
    else {
        return Ok(None);
    };
    if is_source {
        return Ok(Some(Extras {
            slug,
            status: None,
            source_uid: None,
        }));
    }
    let source_uid = match (status.as_str(), st, ss, sb) {
        ("done", Some(t), Some(s), Some(b)) => conn
            .prepare_cached(
                "SELECT uid FROM revisions WHERE article_id = ?1 AND locale = ?2
                   AND title = ?3 AND standfirst = ?4 AND body = ?5
                 ORDER BY shared DESC, id DESC LIMIT 1",
            )?
            .query_row(params![article, source_locale, t, s, b], |r| r.get(0))
            .optional()?
            .flatten(),
        _ => None,
    };
    Ok(Some(Extras {
        slug,
        status: Some(status),
        source_uid,
    }))
}

/// Snapshots a text whose words (or, once its head is shared, slug or status) are not
/// its head's. An empty text that has no history yet (the source text a new article
/// from another desk starts with) is nothing to share.
pub(crate) fn snapshot_if_newer(
    conn: &Connection,
    article: &str,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let row: Option<(String, String, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT title, standfirst, body, base_uid FROM article_texts
             WHERE article_id = ?1 AND locale = ?2",
        )?
        .query_row(params![article, locale], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((title, standfirst, body, _)) = row else {
        return Ok(());
    };
    let id = parse_id(article)?;
    let base = history::base_uid(conn, id, locale)?;
    let newer = match &base {
        None => !(title.is_empty() && standfirst.is_empty() && body.is_empty()),
        Some(uid) => {
            let head = conn
                .prepare_cached(
                    "SELECT title, standfirst, body, shared, slug, status, source_uid
                     FROM revisions WHERE uid = ?1",
                )?
                .query_row([uid], |r| {
                    Ok((
                        [r.get::<_, String>(0)?, r.get(1)?, r.get(2)?],
                        r.get::<_, bool>(3)?,
                        Extras {
                            slug: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                            status: r.get(5)?,
                            source_uid: r.get(6)?,
                        },
                    ))
                })
                .optional()?;
            match head {
                None => true,
                Some(([t, s, b], shared, extras)) => {
                    let words = t != title || s != standfirst || b != body;
                    words || (shared && current_extras(conn, article, locale)? != Some(extras))
                }
            }
        }
    };
    if newer {
        history::snapshot(conn, id, locale, RevisionKind::Autosave, None, &stamp(now))?;
    }
    Ok(())
}

/// Logs one revision the newsroom has not heard of, with the text's slug and status as
/// they are now (kept with the revision from then on).
fn log_revision(conn: &Connection, rid: i64, now: DateTime<Utc>) -> Result<usize> {
    type Row = (
        String,
        String,
        String,
        Option<String>,
        String,
        String,
        String,
        Option<String>,
        String,
    );
    let (article, locale, kind, label, title, standfirst, body, uid, parents): Row = conn
        .prepare_cached(
            "SELECT article_id, locale, kind, label, title, standfirst, body, uid, parents
             FROM revisions WHERE id = ?1",
        )?
        .query_row([rid], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })?;
    let Some(extras) = current_extras(conn, &article, &locale)? else {
        return Ok(0);
    };
    let uid = match uid {
        Some(u) => u,
        None => {
            let u = Uuid::now_v7().to_string();
            conn.execute(
                "UPDATE revisions SET uid = ?2 WHERE id = ?1",
                params![rid, u],
            )?;
            u
        }
    };
    conn.prepare_cached(
        "UPDATE revisions SET shared = 1, slug = ?2, status = ?3, source_uid = ?4 WHERE id = ?1",
    )?
    .execute(params![rid, extras.slug, extras.status, extras.source_uid])?;
    let revision = TextRevision {
        id: parse_id(&uid)?,
        article_id: parse_id(&article)?,
        locale: locale.clone(),
        parents: parse_parents(&parents)?
            .iter()
            .map(|p| parse_id(p))
            .collect::<Result<_>>()?,
        kind: RevisionKind::parse(&kind)
            .ok_or_else(|| DeskError::storage(format!("unknown revision kind {kind:?}")))?,
        label,
        title,
        standfirst,
        body,
        slug: extras.slug,
        source_revision: extras.source_uid.as_deref().map(parse_id).transpose()?,
        status: extras.status.as_deref().and_then(TranslationStatus::parse),
    };
    append(conn, Change::Text(revision), Some(&locale), now)?;
    Ok(1)
}

/// The log's records the site has not given a verdict on, oldest first.
pub(crate) fn unpushed(conn: &Connection, limit: usize) -> Result<Vec<SyncRecord>> {
    conn.prepare_cached("SELECT record FROM sync_log WHERE pushed = 0 ORDER BY seq LIMIT ?1")?
        .query_map([limit as i64], |r| r.get::<_, String>(0))?
        .map(|json| from_json(&json?, "a record of the desk's log"))
        .collect()
}

/// How many records wait for the site.
pub(crate) fn waiting(conn: &Connection) -> Result<u64> {
    Ok(conn
        .prepare_cached("SELECT COUNT(*) FROM sync_log WHERE pushed = 0")?
        .query_row([], |r| r.get::<_, i64>(0))? as u64)
}

/// The site's verdict on a record: kept, or refused for `refusal`.
pub(crate) fn judged(conn: &Connection, id: Uuid, refusal: Option<&Refusal>) -> Result<()> {
    let refusal = refusal.map(to_json).transpose()?;
    conn.prepare_cached("UPDATE sync_log SET pushed = 1, refusal = ?2 WHERE id = ?1")?
        .execute(params![id.to_string(), refusal])?;
    Ok(())
}

/// Whether the log holds the record `id`.
pub(crate) fn has(conn: &Connection, id: Uuid) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sync_log WHERE id = ?1")?
        .query_row([id.to_string()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Highest sequence number the site confirmed of this log: where reading the desk's
/// own log back starts.
pub(crate) fn confirmed(conn: &Connection) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(MAX(seq), 0) FROM sync_log
             WHERE pushed = 1 AND seq < COALESCE((SELECT MIN(seq) FROM sync_log WHERE pushed = 0), 1 << 62)",
        )?
        .query_row([], |r| r.get::<_, i64>(0))? as u64)
}

/// Takes into the log a record of this desk's that the site holds and the log does not
/// (the desk was restored from a backup older than it): it goes at its own place, and
/// a record of the log that was never confirmed there moves to the end.
pub(crate) fn adopt(conn: &Connection, record: &SyncRecord) -> Result<()> {
    let seq = record.seq as i64;
    let held: Option<String> = conn
        .prepare_cached("SELECT record FROM sync_log WHERE seq = ?1")?
        .query_row([seq], |r| r.get(0))
        .optional()?;
    if let Some(json) = held {
        let mut moved: SyncRecord = from_json(&json, "a record of the desk's log")?;
        let end: i64 = conn.query_row("SELECT MAX(seq) + 1 FROM sync_log", [], |r| r.get(0))?;
        moved.seq = end as u64;
        conn.execute(
            "UPDATE sync_log SET seq = ?2, record = ?3, pushed = 0 WHERE seq = ?1",
            params![seq, end, to_json(&moved)?],
        )?;
    }
    let locale = match &record.change {
        Change::Text(t) => Some(t.locale.as_str()),
        _ => None,
    };
    conn.prepare_cached(
        "INSERT INTO sync_log(seq, id, record, article_id, locale, pushed) VALUES (?1, ?2, ?3, ?4, ?5, 1)",
    )?
    .execute(params![
        seq,
        record.id.to_string(),
        to_json(record)?,
        record.change.article_id().to_string(),
        locale
    ])?;
    Ok(())
}

/// Moves every record the site has not confirmed after `after`, keeping their order:
/// the site holds other records of this desk up to there (an old backup's log).
pub(crate) fn renumber_after(conn: &Connection, after: u64) -> Result<()> {
    let rows: Vec<(i64, String)> = conn
        .prepare("SELECT seq, record FROM sync_log WHERE pushed = 0 ORDER BY seq")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // Out of the way first, so that no two rows hold one number on the way.
    for (i, (seq, _)) in rows.iter().enumerate() {
        conn.execute(
            "UPDATE sync_log SET seq = ?2 WHERE seq = ?1",
            params![seq, -(i as i64) - 1],
        )?;
    }
    let first_free = (after as i64 + 1).max(conn.query_row(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_log WHERE seq > 0",
        [],
        |r| r.get::<_, i64>(0),
    )?);
    for (i, (_, json)) in rows.iter().enumerate() {
        let mut record: SyncRecord = from_json(json, "a record of the desk's log")?;
        record.seq = (first_free + i as i64) as u64;
        conn.execute(
            "UPDATE sync_log SET seq = ?2, record = ?3 WHERE seq = ?1",
            params![-(i as i64) - 1, record.seq as i64, to_json(&record)?],
        )?;
    }
    Ok(())
}
