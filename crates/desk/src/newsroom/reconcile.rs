//! Brings what other desks did into the text on screen: where this desk's head is behind
//! another head, a fast-forward; where both moved, a three-way merge against their last
//! common ancestor, which is a new revision with both as parents, or, when the same
//! paragraph changed on both sides, a conflict kept for a person to resolve.
//!
//! Every desk decides the same way from the same revisions: the two heads are taken in
//! id order, a clean merge's id is derived from its parents' ids, and a field both sides
//! changed keeps the greater id's value. So two desks merging the same heads make the
//! same revision, which the site then holds once, and nobody merges merges forever.

use chrono::{DateTime, Utc};
use dateline_protocol::Role;
use dateline_protocol::sync::Change;
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::WorkflowState;
use crate::clock::stamp;
use crate::content::history::{self, parse_parents};
use crate::content::{parse_id, texts};
use crate::error::{DeskError, Result};
use crate::newsroom::dag::Dag;
use crate::newsroom::log;
use crate::newsroom::meta::{self, Meta, from_json, to_json};
use crate::store::settings;
use crate::text::merge::{merge_body, merge_line};
use crate::translate::translations::source_hash;

/// Names the revisions merges make: `v5(MERGES, "low+high")`.
const MERGES: Uuid = Uuid::from_u128(0x6d2c_5e0a_9a4b_4f3e_8d1c_2b7a_51f0_c0de);

fn merge_id(low: &str, high: &str) -> Uuid {
    Uuid::new_v5(&MERGES, format!("{low}+{high}").as_bytes())
}

/// Whether a desk of `role` may change a text: its merges of that text go out; others
/// stay on the desk (the desk that may will make the same one).
fn may_change_text(role: Option<Role>, is_source: bool) -> bool {
    match role {
        Some(Role::Writer) => is_source,
        Some(Role::Translator) => !is_source,
        Some(Role::Editor) | None => true,
    }
}

/// One revision's content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Version {
    pub title: String,
    pub standfirst: String,
    pub body: String,
    pub slug: String,
    pub status: Option<String>,
    pub source_uid: Option<String>,
}

pub(crate) fn version(conn: &Connection, uid: &str) -> Result<Version> {
    conn.prepare_cached(
        "SELECT title, standfirst, body, COALESCE(slug, ''), status, source_uid
         FROM revisions WHERE uid = ?1",
    )?
    .query_row([uid], |r| {
        Ok(Version {
            title: r.get(0)?,
            standfirst: r.get(1)?,
            body: r.get(2)?,
            slug: r.get(3)?,
            status: r.get(4)?,
            source_uid: r.get(5)?,
        })
    })
    .optional()?
    .ok_or_else(|| DeskError::storage(format!("revision {uid} is missing")))
}

pub(crate) fn text_dag(conn: &Connection, article: &str, locale: &str) -> Result<Dag> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT uid, parents FROM revisions
             WHERE article_id = ?1 AND locale = ?2 AND uid IS NOT NULL",
        )?
        .query_map(params![article, locale], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Dag::new(
        rows.into_iter()
            .map(|(u, p)| Ok((u, parse_parents(&p)?)))
            .collect::<Result<Vec<_>>>()?,
    ))
}

pub(crate) fn pick<T: PartialEq + Clone>(base: &T, low: &T, high: &T) -> T {
    if low == base {
        high.clone()
    } else if high == base || low == high {
        low.clone()
    } else {
        high.clone()
    }
}

/// The merge of two versions against their ancestor, or `None` if a person must decide.
fn merge_versions(base: &Version, low: &Version, high: &Version) -> Option<Version> {
    Some(Version {
        title: merge_line(&base.title, &low.title, &high.title).text()?,
        standfirst: merge_line(&base.standfirst, &low.standfirst, &high.standfirst).text()?,
        body: merge_body(&base.body, &low.body, &high.body).text()?,
        slug: pick(&base.slug, &low.slug, &high.slug),
        status: pick(&base.status, &low.status, &high.status),
        source_uid: pick(&base.source_uid, &low.source_uid, &high.source_uid),
    })
}

/// Reconciles one text with every head the desk holds of it. Returns whether the text on
/// screen changed.
pub(crate) fn text(
    conn: &Connection,
    role: Option<Role>,
    article: &str,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let id = parse_id(article)?;
    let now_s = stamp(now);
    let source_locale: String = conn.query_row(
        "SELECT source_locale FROM articles WHERE id = ?1",
        [article],
        |r| r.get(0),
    )?;
    if texts::open(conn, id, locale)?.is_none() {
        texts::create(conn, id, locale, &now_s)?;
    }
    // What was typed since the head becomes a revision first: nothing on screen is lost.
    log::snapshot_if_newer(conn, article, locale, now)?;
    let mut dag = text_dag(conn, article, locale)?;
    let mut base = history::base_uid(conn, id, locale)?;
    let mut changed = false;
    for head in dag.heads() {
        let next = match &base {
            Some(b) if *b == head || dag.descends(b, &head) => continue,
            Some(b) if !dag.descends(&head, b) => {
                let (low, high) = if *b < head {
                    (b.clone(), head.clone())
                } else {
                    (head.clone(), b.clone())
                };
                let ancestor = match dag.last_common_ancestor(&low, &high) {
                    Some(a) => version(conn, &a)?,
                    None => Version::default(),
                };
                let merged =
                    merge_versions(&ancestor, &version(conn, &low)?, &version(conn, &high)?);
                let Some(merged) = merged else {
                    conn.prepare_cached(
                        "INSERT OR IGNORE INTO text_conflicts(article_id, locale, theirs) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![article, locale, head])?;
                    continue;
                };
                let uid = merge_id(&low, &high).to_string();
                let shared = !may_change_text(role, locale == source_locale);
                let parents = [low, high];
                insert_merge(
                    conn, article, locale, &uid, &parents, &merged, shared, &now_s,
                )?;
                // The heads still to come are weighed against the merge, which follows
                // both of these.
                dag.insert(uid.clone(), parents.to_vec());
                uid
            }
            _ => head.clone(),
        };
        show(conn, id, locale, &version(conn, &next)?, &now_s)?;
        history::set_base(conn, id, locale, &next)?;
        base = Some(next);
        changed = true;
    }
    if changed && locale == source_locale && role.is_some_and(Role::may_publish) {
        withdraw_stale_approval(conn, id, locale, &now_s)?;
    }
    // A conflict ends when the head has taken the other side in (a resolution, or the
    // other desk's own merge).
    if let Some(b) = &base {
        let dag = text_dag(conn, article, locale)?;
        let taken = dag.ancestry(b);
        let open: Vec<String> = conn
            .prepare_cached(
                "SELECT theirs FROM text_conflicts WHERE article_id = ?1 AND locale = ?2",
            )?
            .query_map(params![article, locale], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for theirs in open {
            let superseded = !dag.heads().contains(&theirs);
            if taken.contains(&theirs) || superseded {
                conn.execute(
                    "DELETE FROM text_conflicts WHERE article_id = ?1 AND locale = ?2 AND theirs = ?3",
                    params![article, locale, theirs],
                )?;
            }
        }
    }
    Ok(changed)
}

/// An editor's approval (ready) is of the words they read: when a round brought other
/// words to an editor's desk, the article goes back to review, and the move syncs to
/// every desk. Approved words are those of the source's last "ready" revision, so a
/// desk joining late judges as the approving desk did.
fn withdraw_stale_approval(conn: &Connection, id: Uuid, locale: &str, now: &str) -> Result<()> {
    let state: String = conn.query_row(
        "SELECT state FROM articles WHERE id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    if state != WorkflowState::Ready.as_str() {
        return Ok(());
    }
    let words = |sql: &str| -> Result<Option<[String; 3]>> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row(params![id.to_string(), locale], |r| {
                Ok([r.get(0)?, r.get(1)?, r.get(2)?])
            })
            .optional()?)
    };
    let approved = words(
        "SELECT title, standfirst, body FROM revisions
         WHERE article_id = ?1 AND locale = ?2 AND kind = 'workflow' AND label = 'ready'
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )?;
    let shown = words(
        "SELECT title, standfirst, body FROM article_texts WHERE article_id = ?1 AND locale = ?2",
    )?;
    // Without the approval's revision there is nothing to judge by.
    if approved.is_none() || approved == shown {
        return Ok(());
    }
    let back = WorkflowState::InReview.as_str();
    conn.execute(
        "UPDATE articles SET state = ?2 WHERE id = ?1",
        params![id.to_string(), back],
    )?;
    history::snapshot(
        conn,
        id,
        locale,
        history::RevisionKind::Workflow,
        Some(back),
        now,
    )?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_merge(
    conn: &Connection,
    article: &str,
    locale: &str,
    uid: &str,
    parents: &[String],
    v: &Version,
    shared: bool,
    now: &str,
) -> Result<()> {
    let word_count = dateline_render::render_body(&v.body, true).word_count;
    conn.prepare_cached(
        "INSERT OR IGNORE INTO revisions(article_id, locale, kind, created_at, title, standfirst,
             body, word_count, uid, parents, desk, shared, slug, status, source_uid)
         VALUES (?1, ?2, 'merge', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        article,
        locale,
        now,
        v.title,
        v.standfirst,
        v.body,
        word_count,
        uid,
        to_json(&parents)?,
        settings::desk_id(conn)?.to_string(),
        shared,
        v.slug,
        v.status,
        v.source_uid,
    ])?;
    Ok(())
}

/// Puts a version on screen: its words through the one write path, then its slug,
/// status and the source it was checked against.
pub(crate) fn show(
    conn: &Connection,
    id: Uuid,
    locale: &str,
    v: &Version,
    now: &str,
) -> Result<()> {
    let text = texts::open(conn, id, locale)?
        .ok_or_else(|| DeskError::storage(format!("article {id} lost its {locale} text")))?;
    let old_body: String = conn.query_row(
        "SELECT body FROM article_texts WHERE id = ?1",
        [text.id],
        |r| r.get(0),
    )?;
    let words = texts::Words {
        title: &v.title,
        standfirst: &v.standfirst,
        body: &v.body,
        slug: (!v.slug.is_empty()).then_some(v.slug.as_str()),
        // A translation's map of which source block each block translates is this desk's
        // own; it no longer fits a body that changed.
        block_sources: (old_body != v.body).then_some(None),
    };
    texts::write(conn, text, &words, texts::Record::Synced, now)?;
    if let Some(status) = &v.status {
        conn.execute(
            "UPDATE article_texts SET status = ?2 WHERE id = ?1",
            params![text.id, status],
        )?;
    }
    if let Some(source) = &v.source_uid {
        let words: Option<(String, String, String)> = conn
            .prepare_cached("SELECT title, standfirst, body FROM revisions WHERE uid = ?1")?
            .query_row([source], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        if let Some((t, s, b)) = words {
            conn.execute(
                "UPDATE article_texts SET source_title = ?2, source_standfirst = ?3,
                   source_body = ?4, source_hash = ?5, source_uid = ?6
                 WHERE id = ?1",
                params![text.id, t, s, b, source_hash(&t, &s, &b), source],
            )?;
        }
    }
    Ok(())
}

fn article_dag(conn: &Connection, article: &str) -> Result<Dag> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached("SELECT uid, parents FROM article_nodes WHERE article_id = ?1")?
        .query_map([article], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Dag::new(
        rows.into_iter()
            .map(|(u, p)| {
                Ok((
                    u,
                    from_json::<Vec<String>>(&p, "a metadata revision's parents")?,
                ))
            })
            .collect::<Result<Vec<_>>>()?,
    ))
}

fn fields(conn: &Connection, uid: &str) -> Result<Meta> {
    meta::node(conn, uid)?
        .map(|(_, m)| m)
        .ok_or_else(|| DeskError::storage(format!("metadata revision {uid} is missing")))
}

/// Reconciles an article's metadata with every head of it, field by field. Returns
/// whether it changed.
pub(crate) fn article(
    conn: &Connection,
    role: Option<Role>,
    article: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    log::log_article(conn, article, now)?;
    let mut dag = article_dag(conn, article)?;
    let mut base: Option<String> = conn.query_row(
        "SELECT meta_base FROM articles WHERE id = ?1",
        [article],
        |r| r.get(0),
    )?;
    let mut changed = false;
    for head in dag.heads() {
        let next = match &base {
            Some(b) if *b == head || dag.descends(b, &head) => continue,
            Some(b) if !dag.descends(&head, b) => {
                let (low, high) = if *b < head {
                    (b.clone(), head.clone())
                } else {
                    (head.clone(), b.clone())
                };
                let ancestor = dag
                    .last_common_ancestor(&low, &high)
                    .map(|a| fields(conn, &a))
                    .transpose()?;
                let merged = Meta::merge(
                    ancestor.as_ref(),
                    &fields(conn, &low)?,
                    &fields(conn, &high)?,
                );
                let uid = merge_id(&low, &high);
                let desk = settings::desk_id(conn)?.to_string();
                let parents = [low, high];
                dag.insert(uid.to_string(), parents.to_vec());
                let fresh = meta::node(conn, &uid.to_string())?.is_none();
                meta::insert_node(
                    conn,
                    &uid.to_string(),
                    article,
                    &parents,
                    &meta::Origin {
                        desk: &desk,
                        author: "",
                        created_at: &stamp(now),
                    },
                    &merged,
                )?;
                if fresh && role != Some(Role::Translator) {
                    let parents = parents.iter().map(|p| parse_id(p)).collect::<Result<_>>()?;
                    let revision = merged.into_revision(uid, parse_id(article)?, parents);
                    log::append(conn, Change::Article(revision), None, now)?;
                }
                uid.to_string()
            }
            _ => head.clone(),
        };
        fields(conn, &next)?.write(conn, article)?;
        conn.execute(
            "UPDATE articles SET meta_base = ?2 WHERE id = ?1",
            params![article, next],
        )?;
        base = Some(next);
        changed = true;
    }
    Ok(changed)
}
