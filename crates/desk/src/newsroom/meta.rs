//! An article's metadata as the newsroom shares it: every field of the protocol's
//! `ArticleRevision` but its id and parents, read from and written to `articles`, and
//! merged field by field.

use chrono::{DateTime, Utc};
use dateline_protocol::WorkflowState;
use dateline_protocol::sync::ArticleRevision;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock::{parse_stamp, stamp};
use crate::content::articles::parse_tags;
use crate::content::states::parse_state;
use crate::error::{DeskError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Meta {
    pub source_locale: String,
    pub section: String,
    pub tags: Vec<String>,
    pub byline: String,
    pub source_url: Option<String>,
    pub tier: String,
    pub state: WorkflowState,
    pub publish_at: Option<DateTime<Utc>>,
}

impl Meta {
    pub(crate) fn of(a: &ArticleRevision) -> Self {
        Meta {
            source_locale: a.source_locale.clone(),
            section: a.section.clone(),
            tags: a.tags.clone(),
            byline: a.byline.clone(),
            source_url: a.source_url.clone(),
            tier: a.tier.clone(),
            state: a.state,
            publish_at: a.publish_at,
        }
    }

    pub(crate) fn into_revision(
        self,
        id: Uuid,
        article_id: Uuid,
        parents: Vec<Uuid>,
    ) -> ArticleRevision {
        ArticleRevision {
            id,
            article_id,
            parents,
            source_locale: self.source_locale,
            section: self.section,
            tags: self.tags,
            byline: self.byline,
            source_url: self.source_url,
            tier: self.tier,
            state: self.state,
            publish_at: self.publish_at,
        }
    }

    /// The article's metadata as the desk holds it now.
    pub(crate) fn read(conn: &Connection, id: &str) -> Result<Option<Meta>> {
        let row = conn
            .prepare_cached(
                "SELECT source_locale, section, tags, byline, source_url, tier, state, publish_at
                 FROM articles WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                ))
            })
            .optional()?;
        let Some((source_locale, section, tags, byline, source_url, tier, state, publish_at)) = row
        else {
            return Ok(None);
        };
        Ok(Some(Meta {
            source_locale,
            section,
            tags: parse_tags(&tags),
            byline,
            source_url,
            tier,
            state: parse_state(&state)?,
            publish_at: publish_at.as_deref().and_then(parse_stamp),
        }))
    }

    /// Puts these fields into the article's row (which exists).
    pub(crate) fn write(&self, conn: &Connection, id: &str) -> Result<()> {
        conn.prepare_cached(
            "UPDATE articles SET source_locale = ?2, section = ?3, tags = ?4, byline = ?5,
               source_url = ?6, tier = ?7, state = ?8, publish_at = ?9
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            self.source_locale,
            self.section,
            to_json(&self.tags)?,
            self.byline,
            self.source_url,
            self.tier,
            self.state.as_str(),
            self.publish_at.map(stamp),
        ])?;
        Ok(())
    }

    /// Each field as the side that changed it has it. Where both changed one field
    /// differently, the greater revision id's value stands, so that every desk settles
    /// the same way.
    pub(crate) fn merge(base: Option<&Meta>, low: &Meta, high: &Meta) -> Meta {
        fn pick<T: PartialEq + Clone>(base: Option<&T>, low: &T, high: &T) -> T {
            match base {
                Some(b) if low == b => high.clone(),
                Some(b) if high == b => low.clone(),
                _ => high.clone(),
            }
        }
        Meta {
            source_locale: pick(
                base.map(|b| &b.source_locale),
                &low.source_locale,
                &high.source_locale,
            ),
            section: pick(base.map(|b| &b.section), &low.section, &high.section),
            tags: pick(base.map(|b| &b.tags), &low.tags, &high.tags),
            byline: pick(base.map(|b| &b.byline), &low.byline, &high.byline),
            source_url: pick(
                base.map(|b| &b.source_url),
                &low.source_url,
                &high.source_url,
            ),
            tier: pick(base.map(|b| &b.tier), &low.tier, &high.tier),
            state: pick(base.map(|b| &b.state), &low.state, &high.state),
            publish_at: pick(
                base.map(|b| &b.publish_at),
                &low.publish_at,
                &high.publish_at,
            ),
        }
    }
}

pub(crate) fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| DeskError::storage(e.to_string()))
}

pub(crate) fn from_json<T: for<'de> Deserialize<'de>>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| DeskError::storage(format!("{what} is unreadable: {e}")))
}

/// A stored metadata revision: its parents and fields.
pub(crate) fn node(conn: &Connection, uid: &str) -> Result<Option<(Vec<String>, Meta)>> {
    let row: Option<(String, String)> = conn
        .prepare_cached("SELECT parents, fields FROM article_nodes WHERE uid = ?1")?
        .query_row([uid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    row.map(|(p, f)| {
        Ok((
            from_json(&p, "a metadata revision's parents")?,
            from_json(&f, "a metadata revision")?,
        ))
    })
    .transpose()
}

/// Who made a revision, where and when.
pub(crate) struct Origin<'a> {
    pub desk: &'a str,
    pub author: &'a str,
    pub created_at: &'a str,
}

/// Stores a metadata revision (unless it is stored already).
pub(crate) fn insert_node(
    conn: &Connection,
    uid: &str,
    article_id: &str,
    parents: &[String],
    origin: &Origin<'_>,
    meta: &Meta,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO article_nodes(uid, article_id, parents, desk, author, created_at, fields)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        uid,
        article_id,
        to_json(&parents)?,
        origin.desk,
        origin.author,
        origin.created_at,
        to_json(meta)?
    ])?;
    Ok(())
}
