//! Revisions: what a user does with a text's history (`history`): named snapshots,
//! the list, word diffs between any two, and restoring one.
//!
//! A history is a text's, that is one locale's: the list shows one locale's revisions,
//! a diff compares two revisions of the same locale, and a revision is restored only
//! into the text it was taken of. A French version never replaces the English text.
//!
//! Snapshots are taken on Ctrl+S (named), on every workflow change, on import, on
//! restore, and while editing at most every five minutes (`history` says how they are
//! kept and thinned). Restoring never deletes anything: the current text is kept as a
//! snapshot first if the history does not have it yet, and the restored text becomes a
//! new "restore" revision.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::content::articles::{self, Article};
use crate::content::history::{
    REVISION_COLUMNS, Revision, RevisionKind, into_revision, read_revision, snapshot, thin_text,
};
use crate::content::{parse_id, texts};
use crate::error::{DeskError, Result};
use crate::text::diff::{DiffChunk, diff_words};

/// Two revisions compared word by word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RevisionDiff {
    #[ts(type = "number")]
    pub from: i64,
    #[ts(type = "number")]
    pub to: i64,
    /// The diff of headline, standfirst and body, each separated by a blank line; a
    /// field empty in both revisions is left out.
    pub chunks: Vec<DiffChunk>,
}

fn load_text(
    conn: &Connection,
    article: Uuid,
    rid: i64,
) -> Result<(String, String, String, String)> {
    conn.prepare_cached(
        "SELECT locale, title, standfirst, body FROM revisions WHERE id = ?1 AND article_id = ?2",
    )?
    .query_row(params![rid, article.to_string()], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })
    .optional()?
    .ok_or_else(|| DeskError::not_found(format!("article {article} has no revision {rid}")))
}

/// The article's text in `locale`, or why there is none.
fn text_of<'a>(conn: &Connection, id: Uuid, locale: &'a str) -> Result<texts::Text<'a>> {
    articles::summary(conn, id)?;
    texts::open(conn, id, locale)?
        .ok_or_else(|| DeskError::not_found(format!("the article has no {locale} text")))
}

impl Desk {
    /// A named snapshot of the article's text in `locale` (Ctrl+S). An empty label is
    /// none.
    pub fn snapshot_revision(
        &self,
        id: Uuid,
        locale: &str,
        label: Option<&str>,
    ) -> Result<Revision> {
        let label = label.map(str::trim).filter(|l| !l.is_empty());
        let now = stamp(self.clock.now());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        text_of(&tx, id, locale)?;
        let rev = snapshot(&tx, id, locale, RevisionKind::Named, label, &now)?;
        tx.commit()?;
        Ok(rev)
    }

    /// The revisions of the article's text in `locale`, newest first.
    pub fn list_revisions(&self, id: Uuid, locale: &str) -> Result<Vec<Revision>> {
        let db = self.db();
        text_of(&db, id, locale)?;
        let mut stmt = db.prepare_cached(&format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE article_id = ?1 AND locale = ?2
             ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map(params![id.to_string(), locale], read_revision)?;
        rows.map(|r| into_revision(r?)).collect()
    }

    /// A word-level diff of two revisions of one text of the article (in either order).
    /// Revisions of two locales are not versions of each other, and are refused.
    pub fn diff_revisions(&self, id: Uuid, from: i64, to: i64) -> Result<RevisionDiff> {
        let db = self.db();
        let (from_locale, from_title, from_standfirst, from_body) = load_text(&db, id, from)?;
        let (to_locale, to_title, to_standfirst, to_body) = load_text(&db, id, to)?;
        drop(db);
        if from_locale != to_locale {
            return Err(DeskError::invalid(format!(
                "revision {from} is of the {from_locale} text and revision {to} of the                  {to_locale} text: a history compares versions of one text"
            )));
        }
        let old = [from_title, from_standfirst, from_body];
        let new = [to_title, to_standfirst, to_body];
        // A field empty on both sides (most often the standfirst) is left out, so it
        // does not show as a gap between headline and body.
        let (old, new): (Vec<&str>, Vec<&str>) = old
            .iter()
            .zip(&new)
            .filter(|(a, b)| !a.is_empty() || !b.is_empty())
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .unzip();
        let (old, new) = (old.join("\n\n"), new.join("\n\n"));
        Ok(RevisionDiff {
            from,
            to,
            chunks: diff_words(&old, &new),
        })
    }

    /// Makes a revision of the `locale` text that text again. The text being replaced is
    /// snapshotted first if the history lacks it, and the restored text becomes a new
    /// "restore" revision: restoring never loses or deletes anything. A revision of
    /// another locale is refused, and nothing changes.
    pub fn restore_revision(&self, id: Uuid, locale: &str, revision: i64) -> Result<Article> {
        let now = stamp(self.clock.now());
        {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (of, title, standfirst, body) = load_text(&tx, id, revision)?;
            if of != locale {
                return Err(DeskError::invalid(format!(
                    "revision {revision} is of the {of} text; it cannot replace the {locale} text"
                )));
            }
            let text = text_of(&tx, id, locale)?;
            let words = texts::Words {
                title: &title,
                standfirst: &standfirst,
                body: &body,
                slug: None,
                block_sources: None,
            };
            let label = revision.to_string();
            let record = texts::Record::Replacing {
                kind: RevisionKind::Restore,
                label: Some(&label),
            };
            texts::write(&tx, text, &words, record, &now)?;
            articles::touch(&tx, id, &now)?;
            tx.commit()?;
        }
        self.changes.article(id);
        self.article(id)
    }

    /// Thins the autosave snapshots of every text (the desk also thins a text's each
    /// time it takes one). Returns how many were removed.
    pub fn thin_revisions(&self) -> Result<usize> {
        let now = self.clock.now();
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let texts: Vec<(String, String)> = tx
            .prepare("SELECT DISTINCT article_id, locale FROM revisions WHERE kind = 'autosave'")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut removed = 0;
        for (article, locale) in texts {
            removed += thin_text(&tx, parse_id(&article)?, &locale, now)?;
        }
        tx.commit()?;
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_stamp;
    use crate::content::history::to_thin;
    use crate::testutil::{desk, edit};
    use crate::text::diff::DiffOp;
    use crate::{ArticleEdit, DeskErrorCode};
    use chrono::TimeZone;
    use chrono::{DateTime, Duration, Utc};

    fn at(h: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap() + Duration::hours(h)
    }

    #[test]
    fn autosave_every_five_minutes_while_editing() {
        let (_dir, desk) = desk();
        let t0 = at(0);
        desk.clock.set(t0);
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("T", "one")).unwrap();
        desk.clock.set(t0 + Duration::minutes(2));
        desk.save_article(a.id, &edit("T", "one two")).unwrap();
        desk.clock.set(t0 + Duration::minutes(4));
        desk.save_article(a.id, &edit("T", "one two three"))
            .unwrap();
        assert_eq!(desk.list_revisions(a.id, "en-US").unwrap().len(), 1);
        desk.clock.set(t0 + Duration::minutes(5));
        desk.save_article(a.id, &edit("T", "one two three four"))
            .unwrap();
        let revs = desk.list_revisions(a.id, "en-US").unwrap();
        assert_eq!(revs.len(), 2);
        assert!(revs.iter().all(|r| r.kind == RevisionKind::Autosave));
        assert_eq!(revs[0].word_count, 4, "newest first, with the new text");
        assert_eq!(revs[1].word_count, 1);
        // Metadata alone is not a new text.
        desk.clock.set(t0 + Duration::minutes(20));
        let mut e = edit("T", "one two three four");
        e.byline = "Someone".into();
        desk.save_article(a.id, &e).unwrap();
        assert_eq!(desk.list_revisions(a.id, "en-US").unwrap().len(), 2);
    }

    #[test]
    fn named_snapshot_diff_and_restore() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Cranes", "The harbour cranes return."))
            .unwrap();
        let named = desk
            .snapshot_revision(a.id, "en-US", Some("  first draft "))
            .unwrap();
        assert_eq!(named.kind, RevisionKind::Named);
        assert_eq!(named.label.as_deref(), Some("first draft"));
        assert_eq!(named.title, "Cranes");
        desk.save_article(a.id, &edit("Cranes", "The port cranes returned."))
            .unwrap();
        let second = desk.snapshot_revision(a.id, "en-US", Some(" ")).unwrap();
        assert_eq!(second.label, None);

        let d = desk.diff_revisions(a.id, named.id, second.id).unwrap();
        let changes: Vec<(DiffOp, &str)> = d
            .chunks
            .iter()
            .filter(|c| c.op != DiffOp::Equal)
            .map(|c| (c.op, c.text.as_str()))
            .collect();
        assert_eq!(
            changes,
            vec![
                (DiffOp::Delete, "harbour"),
                (DiffOp::Insert, "port"),
                (DiffOp::Delete, "return"),
                (DiffOp::Insert, "returned"),
            ]
        );

        // Unsaved-to-history typing is kept before the restore replaces it.
        desk.save_article(a.id, &edit("Cranes", "Typed after the snapshot."))
            .unwrap();
        let before = desk.list_revisions(a.id, "en-US").unwrap().len();
        let restored = desk.restore_revision(a.id, "en-US", named.id).unwrap();
        assert_eq!(restored.body, "The harbour cranes return.");
        let revs = desk.list_revisions(a.id, "en-US").unwrap();
        assert_eq!(revs.len(), before + 2, "kept current + restore");
        assert_eq!(revs[0].kind, RevisionKind::Restore);
        assert_eq!(
            revs[0].label.as_deref(),
            Some(named.id.to_string().as_str())
        );
        let kept = desk.diff_revisions(a.id, revs[1].id, revs[1].id).unwrap();
        assert!(kept.chunks[0].text.contains("Typed after the snapshot."));
        // Every earlier revision is still there.
        assert!(revs.iter().any(|r| r.id == named.id));
        assert!(revs.iter().any(|r| r.id == second.id));
    }

    #[test]
    fn a_standfirst_empty_on_both_sides_leaves_no_gap() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Cranes", "The cranes return."))
            .unwrap();
        let first = desk.snapshot_revision(a.id, "en-US", None).unwrap();
        desk.save_article(a.id, &edit("Cranes", "The cranes returned."))
            .unwrap();
        let second = desk.snapshot_revision(a.id, "en-US", None).unwrap();
        let whole: String = desk
            .diff_revisions(a.id, first.id, second.id)
            .unwrap()
            .chunks
            .iter()
            .filter(|c| c.op != DiffOp::Delete)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(whole, "Cranes\n\nThe cranes returned.");

        // A standfirst written later shows as inserted between headline and body.
        let with_standfirst = ArticleEdit {
            standfirst: "Back by spring.".into(),
            ..edit("Cranes", "The cranes returned.")
        };
        desk.save_article(a.id, &with_standfirst).unwrap();
        let third = desk.snapshot_revision(a.id, "en-US", None).unwrap();
        let d = desk.diff_revisions(a.id, second.id, third.id).unwrap();
        let inserted: String = d
            .chunks
            .iter()
            .filter(|c| c.op == DiffOp::Insert)
            .map(|c| c.text.as_str())
            .collect();
        assert!(inserted.contains("Back by spring."), "{d:?}");
        assert!(
            d.chunks
                .iter()
                .all(|c| c.op != DiffOp::Delete || c.text.trim().is_empty()),
            "nothing but the gap is removed: {d:?}"
        );
    }

    #[test]
    fn a_revision_counts_words_as_the_preview_does() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let body = "A [link to the port authority](https://example.org/a/very/long/path) \
                    and ![a crane](crane.png) with **bold** words.\n\n<!-- paywall -->\n\nMore.";
        desk.save_article(a.id, &edit("Counting", body)).unwrap();
        let named = desk.snapshot_revision(a.id, "en-US", None).unwrap();
        let preview = dateline_render::render_body(body, true).word_count;
        assert_eq!(named.word_count, preview);
        assert_ne!(
            preview,
            dateline_render::word_count(body),
            "the markup is not counted"
        );
    }

    #[test]
    fn revisions_of_another_article_are_not_found() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let b = desk.create_article().unwrap();
        let ra = desk.snapshot_revision(a.id, "en-US", None).unwrap();
        let rb = desk.snapshot_revision(b.id, "en-US", None).unwrap();
        assert_eq!(
            desk.diff_revisions(a.id, ra.id, rb.id).unwrap_err().code,
            DeskErrorCode::NotFound
        );
        assert_eq!(
            desk.restore_revision(a.id, "en-US", rb.id)
                .unwrap_err()
                .code,
            DeskErrorCode::NotFound
        );
        assert_eq!(
            desk.list_revisions(Uuid::now_v7(), "en-US")
                .unwrap_err()
                .code,
            DeskErrorCode::NotFound
        );
    }

    #[test]
    fn thinning_policy() {
        let now = at(24 * 30);
        let mut snaps = Vec::new();
        let mut id = 0;
        // Every 10 minutes for 30 days.
        let mut t = at(0);
        while t <= now {
            id += 1;
            snaps.push((id, t));
            t += Duration::minutes(10);
        }
        let drop: std::collections::HashSet<i64> = to_thin(&snaps, now).into_iter().collect();
        let kept: Vec<&(i64, DateTime<Utc>)> =
            snaps.iter().filter(|(id, _)| !drop.contains(id)).collect();
        let age = |t: &DateTime<Utc>| now - *t;
        // The last day: all (6 an hour, 24 hours, plus the one at `now`).
        let day = kept
            .iter()
            .filter(|(_, t)| age(t) < Duration::days(1))
            .count();
        assert_eq!(day, 6 * 24);
        // Between a day and a week: one per hour.
        let week = kept
            .iter()
            .filter(|(_, t)| age(t) >= Duration::days(1) && age(t) < Duration::days(7))
            .count();
        assert!((6 * 24..=6 * 24 + 1).contains(&week), "{week}");
        // Older: one per day.
        let older = kept
            .iter()
            .filter(|(_, t)| age(t) >= Duration::days(7))
            .count();
        assert!((23..=24).contains(&older), "{older}");
        // The newest of each hour is the one kept.
        let hour_ago = now - Duration::days(2);
        let bucket = hour_ago.timestamp().div_euclid(3600);
        let in_bucket: Vec<_> = snaps
            .iter()
            .filter(|(_, t)| t.timestamp().div_euclid(3600) == bucket)
            .collect();
        let newest = in_bucket.iter().max_by_key(|(_, t)| *t).unwrap();
        assert!(!drop.contains(&newest.0));
        assert!(
            in_bucket
                .iter()
                .filter(|(id, _)| !drop.contains(id))
                .count()
                == 1
        );
    }

    #[test]
    fn thinning_keeps_every_named_snapshot() {
        let (_dir, desk) = desk();
        let start = at(0);
        desk.clock.set(start);
        let a = desk.create_article().unwrap();
        // Ten days of editing, a save every six minutes, a named snapshot every 3 hours.
        let mut named = Vec::new();
        for step in 0..(10 * 24 * 10) {
            desk.clock.set(start + Duration::minutes(6 * step));
            desk.save_article(a.id, &edit("T", &format!("text {step}")))
                .unwrap();
            if step % 30 == 0 {
                named.push(desk.snapshot_revision(a.id, "en-US", Some("n")).unwrap().id);
            }
        }
        desk.clock.set(start + Duration::days(10));
        desk.thin_revisions().unwrap();
        let revs = desk.list_revisions(a.id, "en-US").unwrap();
        for id in &named {
            assert!(revs.iter().any(|r| r.id == *id), "named {id} was thinned");
        }
        let autosaves: Vec<_> = revs
            .iter()
            .filter(|r| r.kind == RevisionKind::Autosave)
            .collect();
        // 2400 saves; a snapshot at most every 5 minutes would be 2400 without thinning.
        assert!(autosaves.len() < 450, "{}", autosaves.len());
        // The last day is untouched: a snapshot for every save (every 6 minutes).
        let last_day = autosaves
            .iter()
            .filter(|r| {
                start + Duration::days(10) - parse_stamp(&r.created_at).unwrap() < Duration::days(1)
            })
            .count();
        assert!((239..=240).contains(&last_day), "{last_day}");
        // The history is still one chain: each revision follows the one kept before it.
        let chain: Vec<(String, String)> = desk
            .db()
            .prepare(
                "SELECT uid, parents FROM revisions WHERE article_id = ?1 AND locale = 'en-US'
                 ORDER BY id",
            )
            .unwrap()
            .query_map([a.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(chain.len(), revs.len());
        assert_eq!(chain[0].1, "[]");
        for pair in chain.windows(2) {
            assert_eq!(pair[1].1, format!("[\"{}\"]", pair[0].0), "a broken link");
        }
    }
}
