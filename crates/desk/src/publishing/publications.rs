//! What the sites confirmed: the version each site has of an article (the next
//! `If-Match`), its public addresses and slugs, and the workflow state that follows;
//! and "take theirs", the site's version replacing the desk's.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use dateline_protocol::PublishedArticle;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::WorkflowState;
use crate::clock::stamp;
use crate::content::articles;
use crate::content::history::{self, RevisionKind};
use crate::content::texts;
use crate::error::Result;

/// What the desk last heard from a site about an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Publication {
    pub site_url: String,
    #[ts(type = "number")]
    pub version: u64,
    pub urls: BTreeMap<String, String>,
    /// When it was last sent.
    pub published_at: String,
    /// When readers first saw it: the date the site gives the article, kept through
    /// updates and through being withdrawn and published again.
    pub first_published_at: String,
    pub unpublished: bool,
    /// On the site, and changed on the desk since: an update would send the changes.
    pub unsent_changes: bool,
}

pub(crate) fn publication(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
) -> Result<Option<Publication>> {
    let found = conn
        .prepare_cached(
            "SELECT version, urls, published_at, unpublished_at IS NOT NULL,
                    COALESCE(first_published_at, published_at) FROM publications
             WHERE article_id = ?1 AND site_url = ?2",
        )?
        .query_row(params![id.to_string(), site_url], |r| {
            Ok(Publication {
                site_url: site_url.to_owned(),
                version: r.get::<_, i64>(0)? as u64,
                urls: serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or_default(),
                published_at: r.get(2)?,
                unpublished: r.get(3)?,
                first_published_at: r.get(4)?,
                unsent_changes: false,
            })
        })
        .optional()?;
    let Some(mut publication) = found else {
        return Ok(None);
    };
    publication.unsent_changes = crate::content::sent::unsent_changes(conn, id, site_url)?;
    Ok(Some(publication))
}

/// Records the version and addresses a site confirmed. `visible_at` is the site's own
/// date for the article where it gave one; else the first send stands for it.
pub(crate) fn record_publication(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    version: u64,
    urls: &BTreeMap<String, String>,
    visible_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO publications(article_id, site_url, version, urls, published_at,
                                  first_published_at)
         VALUES (?1, ?2, ?3, ?4, ?5, COALESCE(?6, ?5))
         ON CONFLICT(article_id, site_url) DO UPDATE SET
           version = excluded.version, urls = excluded.urls,
           published_at = excluded.published_at, unpublished_at = NULL,
           first_published_at = COALESCE(?6, publications.first_published_at,
                                         excluded.first_published_at)",
    )?
    .execute(params![
        id.to_string(),
        site_url,
        version as i64,
        serde_json::to_string(urls).unwrap_or_else(|_| "{}".into()),
        stamp(now),
        visible_at.map(stamp),
    ])?;
    Ok(())
}

/// A publish the site confirmed: the version, the addresses, the slugs the site now
/// knows (so the next update keeps the addresses), and the workflow state.
pub(crate) fn confirm_published(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    published: &PublishedArticle,
    now: DateTime<Utc>,
) -> Result<()> {
    record_publication(
        conn,
        id,
        site_url,
        published.version,
        &published.urls,
        published.visible_at,
        now,
    )?;
    for text in &published.article.texts {
        // Only a text without a slug of its own takes the one made from its headline: a
        // slug the editor changed after this was queued is not put back.
        conn.prepare_cached(
            "UPDATE article_texts SET slug = ?3
             WHERE article_id = ?1 AND locale = ?2 AND slug = ''",
        )?
        .execute(params![id.to_string(), text.locale, text.slug])?;
    }
    let state = match published.article.publish_at {
        Some(at) if at > now => WorkflowState::Scheduled,
        _ => WorkflowState::Published,
    };
    move_to(conn, id, state, now)
}

/// An unpublish the site confirmed.
pub(crate) fn confirm_unpublished(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    version: u64,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE publications SET version = ?3, urls = '{}', unpublished_at = ?4
         WHERE article_id = ?1 AND site_url = ?2",
        params![id.to_string(), site_url, version as i64, stamp(now)],
    )?;
    move_to(conn, id, WorkflowState::Unpublished, now)
}

fn move_to(conn: &Connection, id: Uuid, state: WorkflowState, now: DateTime<Utc>) -> Result<()> {
    let moved = conn.execute(
        "UPDATE articles SET state = ?2 WHERE id = ?1 AND state <> ?2",
        params![id.to_string(), state.as_str()],
    )?;
    if moved > 0 {
        let source: String = conn.query_row(
            "SELECT source_locale FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        history::snapshot(
            conn,
            id,
            &source,
            RevisionKind::Workflow,
            Some(state.as_str()),
            &stamp(now),
        )?;
    }
    Ok(())
}

/// "Take theirs": the site's version of an article replaces the desk's texts and
/// metadata. Every text it replaces is kept as a revision first.
pub(crate) fn take_site_version(
    conn: &Connection,
    id: Uuid,
    theirs: &PublishedArticle,
    now: DateTime<Utc>,
) -> Result<()> {
    let now_s = stamp(now);
    let a = &theirs.article;
    conn.execute(
        "UPDATE articles SET section = ?2, byline = ?3, source_url = ?4, tier = ?5,
           publish_at = ?6
         WHERE id = ?1",
        params![
            id.to_string(),
            a.section,
            a.byline,
            a.source_url,
            a.tier,
            a.publish_at.map(stamp)
        ],
    )?;
    articles::set_tags(conn, id, &a.tags)?;
    for t in &a.texts {
        let text = texts::open_or_create(conn, id, &t.locale, &now_s)?;
        let words = texts::Words {
            title: &t.title,
            standfirst: &t.standfirst,
            body: &t.body,
            slug: Some(&t.slug),
            block_sources: None,
        };
        let record = texts::Record::Replacing {
            kind: RevisionKind::Restore,
            label: Some("site version"),
        };
        texts::write(conn, text, &words, record, &now_s)?;
    }
    articles::touch(conn, id, &now_s)?;
    Ok(())
}
