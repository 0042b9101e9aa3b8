//! What changed in the source since a translation was marked done: the source's
//! blocks then and now, paired (same, changed, added, removed), with the changed words
//! of each changed block.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::error::{DeskError, Result};

/// What changed in the source since a translation was marked done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SourceChanges {
    pub locale: String,
    /// Whether the source changed at all since.
    pub outdated: bool,
    /// The headline then and now, when it changed.
    pub title: Option<(String, String)>,
    pub standfirst: Option<(String, String)>,
    /// The source's blocks (paragraphs, headings, list items) then and now, in order.
    pub paragraphs: Vec<ParagraphChange>,
}

/// One block of the source: as it was, as it is, or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ParagraphChange {
    pub change: ParagraphChangeKind,
    /// The block when the translation was done (`None` if it is new).
    pub before: Option<String>,
    /// The block now (`None` if it was removed).
    pub after: Option<String>,
    /// For a changed block, its words then and now compared (the revisions' word diff:
    /// CJK by character); empty for the others.
    pub changed_words: Vec<crate::DiffChunk>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ParagraphChangeKind {
    Same,
    Changed,
    Added,
    Removed,
}

/// The block-level differences between two bodies: a run of removed blocks facing a run
/// of added ones is paired up as "changed" blocks, the rest stand alone.
pub(crate) fn paragraph_changes(before: &str, after: &str) -> Vec<ParagraphChange> {
    use similar::{DiffOp, capture_diff_slices};
    let (old, new) = (
        crate::translate::blocks::blocks(before),
        crate::translate::blocks::blocks(after),
    );
    let mut out = Vec::new();
    let block = |s: &str| Some(s.to_owned());
    for op in capture_diff_slices(similar::Algorithm::Patience, &old, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                for b in &old[old_index..old_index + len] {
                    out.push(ParagraphChange {
                        change: ParagraphChangeKind::Same,
                        before: block(b),
                        after: block(b),
                        changed_words: Vec::new(),
                    });
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for b in &old[old_index..old_index + old_len] {
                    out.push(ParagraphChange {
                        change: ParagraphChangeKind::Removed,
                        before: block(b),
                        after: None,
                        changed_words: Vec::new(),
                    });
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for b in &new[new_index..new_index + new_len] {
                    out.push(ParagraphChange {
                        change: ParagraphChangeKind::Added,
                        before: None,
                        after: block(b),
                        changed_words: Vec::new(),
                    });
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for i in 0..old_len.max(new_len) {
                    let (b, a) = (
                        (i < old_len).then(|| old[old_index + i]),
                        (i < new_len).then(|| new[new_index + i]),
                    );
                    out.push(ParagraphChange {
                        change: match (b, a) {
                            (Some(_), Some(_)) => ParagraphChangeKind::Changed,
                            (Some(_), None) => ParagraphChangeKind::Removed,
                            _ => ParagraphChangeKind::Added,
                        },
                        before: b.map(str::to_owned),
                        after: a.map(str::to_owned),
                        changed_words: match (b, a) {
                            (Some(b), Some(a)) => crate::text::diff::diff_words(b, a),
                            _ => Vec::new(),
                        },
                    });
                }
            }
        }
    }
    out
}

impl Desk {
    /// What changed in the source since the translation into `locale` was marked done,
    /// block by block. A translation never marked done compares against an empty source
    /// (everything is new to it).
    pub fn source_changes(&self, id: Uuid, locale: &str) -> Result<SourceChanges> {
        let db = self.db();
        let row = db
            .query_row(
                "SELECT COALESCE(s.title, ''), COALESCE(s.standfirst, ''), COALESCE(s.body, ''),
                        COALESCE(t.source_title, ''), COALESCE(t.source_standfirst, ''),
                        COALESCE(t.source_body, '')
                 FROM articles a
                 LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 JOIN article_texts t ON t.article_id = a.id AND t.locale = ?2
                 WHERE a.id = ?1 AND t.locale <> a.source_locale",
                params![id.to_string(), locale],
                |r| {
                    Ok((
                        [r.get::<_, String>(0)?, r.get(1)?, r.get(2)?],
                        [r.get::<_, String>(3)?, r.get(4)?, r.get(5)?],
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| {
                DeskError::not_found(format!("the article has no {locale} translation"))
            })?;
        let (now, then) = row;
        let pair = |i: usize| (then[i] != now[i]).then(|| (then[i].clone(), now[i].clone()));
        Ok(SourceChanges {
            locale: locale.to_owned(),
            outdated: then != now,
            title: pair(0),
            standfirst: pair(1),
            paragraphs: paragraph_changes(&then[2], &now[2]),
        })
    }
}
