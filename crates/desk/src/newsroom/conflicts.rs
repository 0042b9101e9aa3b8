//! Conflicts as people see and resolve them: for a text whose head could not take
//! another desk's head in by itself, the common ancestor, mine and theirs side by side,
//! clash by clash, with the words each side changed marked, and who made each side when.
//! A resolution is a revision with both heads as parents, which the next round shares.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::content::articles::touch;
use crate::content::{history, no_article};
use crate::error::{DeskError, Result};
use crate::newsroom::dag::Dag;
use crate::newsroom::reconcile::{self, Version};
use crate::text::diff::{DiffChunk, diff_words};
use crate::text::merge::{MergeBlock, Merged, Resolution, merge_body, merge_line};

/// One side of a conflict: a revision and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConflictSide {
    pub revision: String,
    /// The token holder's name the site gave; empty for this desk's own.
    pub author: String,
    pub desk: String,
    pub created_at: String,
}

/// A stretch of one field: the same on both sides (or merged), or a clash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ConflictPart {
    Clean {
        text: String,
    },
    Clash {
        /// Its place among the conflict's clashes (title's first, then standfirst's,
        /// then the body's), as [`Desk::resolve_text_conflict`] takes them.
        index: u32,
        base: String,
        mine: String,
        theirs: String,
        /// The ancestor's words against mine, and against theirs.
        mine_changes: Vec<DiffChunk>,
        theirs_changes: Vec<DiffChunk>,
    },
}

/// An open conflict of one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TextConflict {
    pub article_id: Uuid,
    pub locale: String,
    pub mine: ConflictSide,
    pub theirs: ConflictSide,
    /// `None` when the two began apart (two desks started the same translation).
    pub base: Option<ConflictSide>,
    pub title: Vec<ConflictPart>,
    pub standfirst: Vec<ConflictPart>,
    pub body: Vec<ConflictPart>,
    pub clashes: u32,
}

fn side(conn: &Connection, uid: &str) -> Result<ConflictSide> {
    conn.prepare_cached("SELECT author, desk, created_at FROM revisions WHERE uid = ?1")?
        .query_row([uid], |r| {
            Ok(ConflictSide {
                revision: uid.to_owned(),
                author: r.get(0)?,
                desk: r.get(1)?,
                created_at: r.get(2)?,
            })
        })
        .optional()?
        .ok_or_else(|| DeskError::storage(format!("revision {uid} is missing")))
}

struct Merges {
    title: Merged,
    standfirst: Merged,
    body: Merged,
}

fn merges(base: &Version, mine: &Version, theirs: &Version) -> Merges {
    Merges {
        title: merge_line(&base.title, &mine.title, &theirs.title),
        standfirst: merge_line(&base.standfirst, &mine.standfirst, &theirs.standfirst),
        body: merge_body(&base.body, &mine.body, &theirs.body),
    }
}

fn parts(merged: &Merged, next: &mut u32) -> Vec<ConflictPart> {
    merged
        .blocks
        .iter()
        .map(|b| match b {
            MergeBlock::Clean(text) => ConflictPart::Clean { text: text.clone() },
            MergeBlock::Conflict(c) => {
                *next += 1;
                ConflictPart::Clash {
                    index: *next - 1,
                    base: c.base.clone(),
                    mine: c.mine.clone(),
                    theirs: c.theirs.clone(),
                    mine_changes: diff_words(&c.base, &c.mine),
                    theirs_changes: diff_words(&c.base, &c.theirs),
                }
            }
        })
        .collect()
}

/// The three versions of a conflict: the ancestor, mine (the head) and theirs.
struct Sides {
    base_uid: Option<String>,
    mine_uid: String,
    base: Version,
    mine: Version,
    theirs: Version,
}

fn sides(conn: &Connection, id: Uuid, locale: &str, theirs: &str) -> Result<Sides> {
    let mine_uid = history::base_uid(conn, id, locale)?
        .ok_or_else(|| DeskError::not_found(format!("the {locale} text has no history")))?;
    let dag: Dag = reconcile::text_dag(conn, &id.to_string(), locale)?;
    let base_uid = dag.last_common_ancestor(&mine_uid, theirs);
    Ok(Sides {
        base: match &base_uid {
            Some(b) => reconcile::version(conn, b)?,
            None => Version::default(),
        },
        mine: typed_over(conn, id, locale, reconcile::version(conn, &mine_uid)?)?,
        theirs: reconcile::version(conn, theirs)?,
        base_uid,
        mine_uid,
    })
}

/// The head's version with the words as they are now: what was typed since the head
/// is mine too, and the next revision (a resolution's first step) records it.
fn typed_over(conn: &Connection, id: Uuid, locale: &str, head: Version) -> Result<Version> {
    let now: Option<(String, String, String)> = conn
        .prepare_cached(
            "SELECT title, standfirst, body FROM article_texts
             WHERE article_id = ?1 AND locale = ?2",
        )?
        .query_row(params![id.to_string(), locale], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(match now {
        Some((title, standfirst, body)) => Version {
            title,
            standfirst,
            body,
            ..head
        },
        None => head,
    })
}

fn open_conflicts(conn: &Connection, id: Uuid) -> Result<Vec<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT locale, theirs FROM text_conflicts WHERE article_id = ?1 ORDER BY locale, theirs",
        )?
        .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    /// The open conflicts of an article's texts.
    pub fn text_conflicts(&self, id: Uuid) -> Result<Vec<TextConflict>> {
        let db = self.db();
        let mut out = Vec::new();
        for (locale, theirs) in open_conflicts(&db, id)? {
            let s = sides(&db, id, &locale, &theirs)?;
            let m = merges(&s.base, &s.mine, &s.theirs);
            let mut next = 0;
            let title = parts(&m.title, &mut next);
            let standfirst = parts(&m.standfirst, &mut next);
            let body = parts(&m.body, &mut next);
            out.push(TextConflict {
                article_id: id,
                mine: side(&db, &s.mine_uid)?,
                theirs: side(&db, &theirs)?,
                base: s.base_uid.as_deref().map(|b| side(&db, b)).transpose()?,
                locale,
                title,
                standfirst,
                body,
                clashes: next,
            });
        }
        Ok(out)
    }

    /// Resolves the conflict of (`id`, `locale`) with `theirs`: `choices` has one
    /// resolution per clash, in the order [`TextConflict`] numbers them. The result
    /// becomes the text and a revision following both heads, shared by the next round.
    pub fn resolve_text_conflict(
        &self,
        id: Uuid,
        locale: &str,
        theirs: &str,
        choices: &[Resolution],
    ) -> Result<()> {
        let now = self.clock.now();
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let open = open_conflicts(&tx, id)?;
        if !open.iter().any(|(l, t)| l == locale && t == theirs) {
            return Err(DeskError::not_found(format!(
                "the {locale} text of article {id} has no open conflict with revision {theirs}"
            )));
        }
        // What was typed since the head is part of "mine".
        crate::newsroom::log::snapshot_if_newer(&tx, &id.to_string(), locale, now)?;
        let s = sides(&tx, id, locale, theirs)?;
        let mut m = merges(&s.base, &s.mine, &s.theirs);
        let total =
            m.title.clashes().count() + m.standfirst.clashes().count() + m.body.clashes().count();
        if choices.len() != total {
            return Err(DeskError::invalid(format!(
                "the conflict has {total} clashes and {} resolutions were given; it may have \
                 changed since it was shown",
                choices.len()
            )));
        }
        let mut choices = choices.iter().cloned();
        let mut settle = |merged: &mut Merged, line: bool| -> String {
            loop {
                let Some(clash) = merged.clashes().next().cloned() else {
                    break;
                };
                let how = match choices.next().unwrap_or(Resolution::Mine) {
                    // A headline keeps both on its one line, not as two paragraphs.
                    Resolution::Both if line => Resolution::Edited(
                        [clash.mine.trim(), clash.theirs.trim()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    how => how,
                };
                merged.resolve(0, how);
            }
            merged.text().unwrap_or_default()
        };
        let resolved = Version {
            title: settle(&mut m.title, true),
            standfirst: settle(&mut m.standfirst, true),
            body: settle(&mut m.body, false),
            slug: reconcile::pick(&s.base.slug, &s.mine.slug, &s.theirs.slug),
            status: reconcile::pick(&s.base.status, &s.mine.status, &s.theirs.status),
            source_uid: reconcile::pick(
                &s.base.source_uid,
                &s.mine.source_uid,
                &s.theirs.source_uid,
            ),
        };
        tx.query_row(
            "SELECT 1 FROM articles WHERE id = ?1",
            [id.to_string()],
            |_| Ok(()),
        )
        .optional()?
        .ok_or_else(|| no_article(id))?;
        let uid = Uuid::now_v7().to_string();
        let now_s = stamp(now);
        reconcile::insert_merge(
            &tx,
            &id.to_string(),
            locale,
            &uid,
            &[s.mine_uid.clone(), theirs.to_owned()],
            &resolved,
            false,
            &now_s,
        )?;
        reconcile::show(&tx, id, locale, &resolved, &now_s)?;
        history::set_base(&tx, id, locale, &uid)?;
        tx.execute(
            "DELETE FROM text_conflicts WHERE article_id = ?1 AND locale = ?2 AND theirs = ?3",
            params![id.to_string(), locale, theirs],
        )?;
        touch(&tx, id, &now_s)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(())
    }
}
