//! The history of a text, as stored: snapshots (revisions) of its title, standfirst and
//! body, when they are taken and how autosave snapshots are thinned with age.
//!
//! A snapshot is never changed. Only autosave snapshots are ever removed, by thinning:
//! all of the last day are kept, then the newest of each hour for a week, then the
//! newest of each day. Snapshots are taken by `texts` (the write path) and by the
//! workflow; `revisions` is what the user does with them.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::clock::parse_stamp;
use crate::content::parse_id;
use crate::error::{DeskError, Result};

/// Why a snapshot was taken: the newsroom's own list, as revisions are shared.
pub use dateline_protocol::sync::RevisionKind;

fn parse_kind(s: &str) -> Result<RevisionKind> {
    RevisionKind::parse(s).ok_or_else(|| DeskError::storage(format!("unknown revision kind {s:?}")))
}

/// A line of the history list (the text itself is fetched by diff or restore).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Revision {
    #[ts(type = "number")]
    pub id: i64,
    pub article_id: Uuid,
    pub locale: String,
    pub kind: RevisionKind,
    pub label: Option<String>,
    pub created_at: String,
    pub title: String,
    /// Words of the body (CJK counted by characters).
    pub word_count: u32,
    /// Its id in the newsroom (UUIDv7, or derived from its parents' for a merge).
    pub uid: String,
    /// Who made it, as the site names the token holder; empty for this desk's own.
    pub author: String,
    /// The desk that made it.
    pub desk: String,
    /// Made on this desk.
    pub mine: bool,
    /// The revisions it follows (two for a merge).
    pub parents: Vec<String>,
}

/// While editing, at most one autosave snapshot per text in this time.
pub(crate) const AUTOSAVE_EVERY: Duration = Duration::minutes(5);

pub(crate) const REVISION_COLUMNS: &str = "id, article_id, locale, kind, label, created_at, \
     title, word_count, uid, author, desk, parents, \
     desk = (SELECT value FROM settings WHERE key = 'desk_id')";

pub(crate) fn read_revision(r: &rusqlite::Row<'_>) -> rusqlite::Result<[Option<String>; 13]> {
    Ok([
        Some(r.get::<_, i64>(0)?.to_string()),
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        Some(r.get::<_, i64>(7)?.to_string()),
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
        Some(r.get::<_, Option<bool>>(12)?.unwrap_or(true).to_string()),
    ])
}

pub(crate) fn into_revision(cols: [Option<String>; 13]) -> Result<Revision> {
    let [
        id,
        article_id,
        locale,
        kind,
        label,
        created_at,
        title,
        words,
        uid,
        author,
        desk,
        parents,
        mine,
    ] = cols.map(Option::unwrap_or_default);
    let label = cols_label(label);
    Ok(Revision {
        id: id.parse().unwrap_or_default(),
        article_id: parse_id(&article_id)?,
        locale,
        kind: parse_kind(&kind)?,
        label,
        created_at,
        title,
        word_count: words.parse().unwrap_or_default(),
        uid,
        author,
        // A desk from before the newsroom wrote none: it was this one.
        mine: mine == "true" || desk.is_empty(),
        desk,
        parents: if parents.is_empty() {
            Vec::new()
        } else {
            parse_parents(&parents)?
        },
    })
}

fn cols_label(label: String) -> Option<String> {
    (!label.is_empty()).then_some(label)
}

/// Copies the current text of (`id`, `locale`) into a new revision.
pub(crate) fn snapshot(
    conn: &Connection,
    id: Uuid,
    locale: &str,
    kind: RevisionKind,
    label: Option<&str>,
    now: &str,
) -> Result<Revision> {
    let (title, standfirst, body): (String, String, String) = conn
        .prepare_cached(
            "SELECT title, standfirst, body FROM article_texts
             WHERE article_id = ?1 AND locale = ?2",
        )?
        .query_row(params![id.to_string(), locale], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?
        .ok_or_else(|| DeskError::not_found(format!("article {id} has no {locale} text")))?;
    // The count the preview and the footer show: words as a reader reads them, not the
    // Markdown's addresses and markup.
    let word_count = dateline_render::render_body(&body, true).word_count;
    // A node of the text's history: it follows the revision the text on screen follows
    // (its head), not merely the newest stored, which may be another desk's.
    let head = base_uid(conn, id, locale)?;
    let parents = serde_json::to_string(&head.into_iter().collect::<Vec<_>>())
        .map_err(|e| DeskError::storage(e.to_string()))?;
    let uid = Uuid::now_v7().to_string();
    conn.prepare_cached(
        "INSERT INTO revisions(article_id, locale, kind, label, created_at, title, standfirst,
                               body, word_count, uid, parents, desk)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id.to_string(),
        locale,
        kind.as_str(),
        label,
        now,
        title,
        standfirst,
        body,
        word_count,
        uid,
        parents,
        crate::store::settings::desk_id(conn)?.to_string(),
    ])?;
    let rowid = conn.last_insert_rowid();
    set_base(conn, id, locale, &uid)?;
    Ok(Revision {
        id: rowid,
        article_id: id,
        locale: locale.to_owned(),
        kind,
        label: label.map(str::to_owned),
        created_at: now.to_owned(),
        title,
        word_count,
        author: String::new(),
        desk: crate::store::settings::desk_id(conn)?.to_string(),
        mine: true,
        parents: serde_json::from_str(&parents).unwrap_or_default(),
        uid,
    })
}

/// The revision the text on screen follows (its head; migration 10 set it for the texts
/// made before). `None` for a text with no history yet, or one whose history so far is
/// only other desks' revisions that it has not taken.
pub(crate) fn base_uid(conn: &Connection, id: Uuid, locale: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT base_uid FROM article_texts WHERE article_id = ?1 AND locale = ?2")?
        .query_row(params![id.to_string(), locale], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Makes `uid` the text's head.
pub(crate) fn set_base(conn: &Connection, id: Uuid, locale: &str, uid: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE article_texts SET base_uid = ?3 WHERE article_id = ?1 AND locale = ?2",
    )?
    .execute(params![id.to_string(), locale, uid])?;
    Ok(())
}

/// Snapshots the current text unless its head revision already holds exactly it, so
/// that nothing typed is lost when the text is about to be replaced (restore, import).
pub(crate) fn keep_current(conn: &Connection, id: Uuid, locale: &str, now: &str) -> Result<()> {
    let same: Option<bool> = conn
        .prepare_cached(
            "SELECT r.title = t.title AND r.standfirst = t.standfirst AND r.body = t.body
             FROM article_texts t
             LEFT JOIN revisions r ON r.uid = t.base_uid
             WHERE t.article_id = ?1 AND t.locale = ?2",
        )?
        .query_row(params![id.to_string(), locale], |r| r.get(0))
        .optional()?
        .flatten();
    if same != Some(true) {
        snapshot(conn, id, locale, RevisionKind::Autosave, None, now)?;
    }
    Ok(())
}

/// Whether the newest snapshot of the text is older than [`AUTOSAVE_EVERY`] (or there is
/// none).
pub(crate) fn autosave_due(
    conn: &Connection,
    id: Uuid,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let last: Option<String> = conn
        .prepare_cached(
            "SELECT created_at FROM revisions WHERE article_id = ?1 AND locale = ?2
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![id.to_string(), locale], |r| r.get(0))
        .optional()?;
    Ok(match last.as_deref().and_then(parse_stamp) {
        Some(at) => now - at >= AUTOSAVE_EVERY,
        None => true,
    })
}

/// Which autosave snapshots (id, time) thinning removes at `now`: none younger than a
/// day; the newest of each clock hour up to a week; the newest of each day after that.
pub(crate) fn to_thin(autosaves: &[(i64, DateTime<Utc>)], now: DateTime<Utc>) -> Vec<i64> {
    let mut sorted = autosaves.to_vec();
    // Newest first: the first one seen in a bucket is the one kept.
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    let mut kept_buckets = std::collections::HashSet::new();
    let mut drop = Vec::new();
    for (id, at) in sorted {
        let age = now - at;
        let bucket = if age < Duration::days(1) {
            continue;
        } else if age < Duration::days(7) {
            (0, at.timestamp().div_euclid(3600))
        } else {
            (1, at.timestamp().div_euclid(86_400))
        };
        if !kept_buckets.insert(bucket) {
            drop.push(id);
        }
    }
    drop.sort_unstable();
    drop
}

/// Thins the autosave snapshots of one text. Only this desk's own that the newsroom never
/// heard of may go (another revision anywhere may name a shared one as its parent), and
/// never the text's head.
pub(crate) fn thin_text(
    conn: &Connection,
    id: Uuid,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<usize> {
    let autosaves: Vec<(i64, DateTime<Utc>)> = conn
        .prepare_cached(
            "SELECT r.id, r.created_at FROM revisions r
             JOIN article_texts t ON t.article_id = r.article_id AND t.locale = r.locale
             WHERE r.article_id = ?1 AND r.locale = ?2 AND r.kind = 'autosave'
               AND r.shared = 0 AND r.uid IS NOT t.base_uid",
        )?
        .query_map(params![id.to_string(), locale], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .filter_map(|row| match row {
            Ok((id, at)) => parse_stamp(&at).map(|at| Ok((id, at))),
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?;
    let drop = to_thin(&autosaves, now);
    for rid in &drop {
        splice_out(conn, *rid)?;
    }
    Ok(drop.len())
}

/// Deletes autosave `rid`, and has the revisions that followed it follow what it
/// followed, so that thinning never leaves a revision naming a parent that is gone.
fn splice_out(conn: &Connection, rid: i64) -> Result<()> {
    let found: Option<(Option<String>, String)> = conn
        .prepare_cached("SELECT uid, parents FROM revisions WHERE id = ?1 AND kind = 'autosave'")?
        .query_row([rid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((uid, parents)) = found else {
        return Ok(());
    };
    if let Some(uid) = uid {
        let inherited = parse_parents(&parents)?;
        let children: Vec<(i64, String)> = conn
            .prepare_cached(
                "SELECT id, parents FROM revisions
                 WHERE EXISTS (SELECT 1 FROM json_each(revisions.parents) WHERE value = ?1)",
            )?
            .query_map([&uid], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (child, theirs) in children {
            let mut next: Vec<String> = Vec::new();
            for p in parse_parents(&theirs)? {
                let replacement = if p == uid { inherited.clone() } else { vec![p] };
                for q in replacement {
                    if !next.contains(&q) {
                        next.push(q);
                    }
                }
            }
            let json =
                serde_json::to_string(&next).map_err(|e| DeskError::storage(e.to_string()))?;
            conn.prepare_cached("UPDATE revisions SET parents = ?2 WHERE id = ?1")?
                .execute(params![child, json])?;
        }
    }
    conn.prepare_cached("DELETE FROM revisions WHERE id = ?1")?
        .execute([rid])?;
    Ok(())
}

/// A revision's `parents` column.
pub(crate) fn parse_parents(json: &str) -> Result<Vec<String>> {
    serde_json::from_str(json)
        .map_err(|e| DeskError::storage(format!("a revision's parents are unreadable: {e}")))
}
