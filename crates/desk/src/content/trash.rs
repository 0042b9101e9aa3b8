//! Deleting articles softly: a deleted article leaves the list and search at once and
//! goes to the bin, where it can be brought back or deleted for good; the desk purges
//! it by itself only after [`PURGE_AFTER`], and never while a site still shows it, an
//! operation for it waits, or a translation of it has words.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::content::articles::{self, ArticleSummary, SUMMARY_COLUMNS, SummaryRow};
use crate::content::{no_article, texts};
use crate::error::{DeskError, Result};

/// Why the desk keeps an article in the bin past [`PURGE_AFTER`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BinKeep {
    /// A site still shows it: purging would forget how to unpublish it.
    Published,
    /// An operation for it is still in the outbox.
    Pending,
    /// A translation of it has words; a translation is never deleted with its source.
    Translated,
}

/// An article in the bin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BinEntry {
    pub article: ArticleSummary,
    pub deleted_at: String,
    /// When the desk removes it by itself, unless `kept`.
    pub purge_at: String,
    pub kept: Option<BinKeep>,
    /// Translations with words, which deleting it for good deletes too.
    pub translations: u32,
}

/// An article still on a site (`?1` is its id).
const ON_SITE: &str = "EXISTS (SELECT 1 FROM publications p
    WHERE p.article_id = ?1 AND p.unpublished_at IS NULL)";
/// An operation for it still open.
const PENDING: &str = "EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = ?1
    AND o.state IN ('queued', 'sending', 'failed', 'conflict'))";
/// Its translations that have words.
const TRANSLATED: &str = "(SELECT count(*) FROM article_texts t JOIN articles x
    ON x.id = t.article_id WHERE t.article_id = ?1 AND t.locale <> x.source_locale
    AND trim(t.title || t.standfirst || t.body) <> '')";

/// Removes articles for good with their texts, revisions and index entries.
fn remove(conn: &Connection, ids: &[String]) -> Result<usize> {
    let mut removed = 0;
    for id in ids {
        texts::forget_article(conn, id)?;
        removed += conn.execute("DELETE FROM articles WHERE id = ?1", [id])?;
    }
    Ok(removed)
}

/// How long a deleted article can still be brought back.
pub const PURGE_AFTER: Duration = Duration::days(30);

impl Desk {
    /// Moves an article to the bin: gone from the list and search, restorable with
    /// [`Desk::undelete_article`]. Deleting a deleted article changes nothing.
    pub fn delete_article(&self, id: Uuid) -> Result<()> {
        let now = stamp(self.clock.now());
        let db = self.db();
        let found = db
            .query_row(
                "SELECT 1 FROM articles WHERE id = ?1",
                [id.to_string()],
                |_| Ok(()),
            )
            .optional()?;
        found.ok_or_else(|| no_article(id))?;
        db.execute(
            "UPDATE articles SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), now],
        )?;
        self.changes.article(id);
        Ok(())
    }

    /// Brings a deleted article back where it was in the list.
    pub fn undelete_article(&self, id: Uuid) -> Result<ArticleSummary> {
        let db = self.db();
        let summary = articles::summary(&db, id)?;
        db.execute(
            "UPDATE articles SET deleted_at = NULL WHERE id = ?1",
            [id.to_string()],
        )?;
        self.changes.article(id);
        Ok(summary)
    }

    /// The bin, most recently deleted first.
    pub fn bin(&self) -> Result<Vec<BinEntry>> {
        let db = self.db();
        let rows: Vec<(SummaryRow, String)> = db
            .prepare(&format!(
                "SELECT {SUMMARY_COLUMNS}, a.deleted_at FROM articles a
                 LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 WHERE a.deleted_at IS NOT NULL
                 ORDER BY a.deleted_at DESC, a.id"
            ))?
            .query_map([], |r| Ok((SummaryRow::read(r, 0)?, r.get(9)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut entries = Vec::with_capacity(rows.len());
        for (row, deleted_at) in rows {
            let article = row.into_summary()?;
            let (on_site, pending, translations): (bool, bool, u32) = db.query_row(
                &format!("SELECT {ON_SITE}, {PENDING}, {TRANSLATED}"),
                [article.id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let kept = if on_site {
                Some(BinKeep::Published)
            } else if pending {
                Some(BinKeep::Pending)
            } else if translations > 0 {
                Some(BinKeep::Translated)
            } else {
                None
            };
            let purge_at = DateTime::parse_from_rfc3339(&deleted_at)
                .map(|t| stamp(t.with_timezone(&Utc) + PURGE_AFTER))
                .unwrap_or_default();
            entries.push(BinEntry {
                article,
                deleted_at,
                purge_at,
                kept,
                translations,
            });
        }
        Ok(entries)
    }

    /// Deletes an article in the bin for good, its translations included: the user's
    /// explicit choice. Refused while a site still shows it or an operation for it
    /// waits (unpublish it, or let the outbox finish, first), and for an article not in
    /// the bin.
    pub fn delete_forever(&self, id: Uuid) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let in_bin: bool = tx
            .query_row(
                "SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| no_article(id))?;
        if !in_bin {
            return Err(DeskError::invalid(
                "only an article in the bin can be deleted for good; move it to the bin first",
            ));
        }
        let (on_site, pending): (bool, bool) = tx.query_row(
            &format!("SELECT {ON_SITE}, {PENDING}"),
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if on_site {
            return Err(DeskError::conflict(
                "a site still shows this article; unpublish it before deleting it for good",
            ));
        }
        if pending {
            return Err(DeskError::conflict(
                "an operation for this article is still in the outbox; let it finish or \
                 cancel it before deleting the article for good",
            ));
        }
        remove(&tx, &[id.to_string()])?;
        tx.commit()?;
        self.changes.article(id);
        Ok(())
    }

    /// Removes for good the articles deleted before `now - PURGE_AFTER`, with their
    /// texts, revisions and index entries. Runs when the desk opens. Whatever
    /// [`BinKeep`] names keeps an article in the bin.
    pub(crate) fn purge_deleted(&self, now: DateTime<Utc>) -> Result<usize> {
        let cutoff = stamp(now - PURGE_AFTER);
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // The same conditions as the bin shows, on each row rather than one id.
        let of_row = |condition: &str| condition.replace("?1", "articles.id");
        let due: Vec<String> = tx
            .prepare(&format!(
                "SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?1
                 AND NOT {} AND NOT {} AND {} = 0",
                of_row(ON_SITE),
                of_row(PENDING),
                of_row(TRANSLATED)
            ))?
            .query_map([cutoff], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let purged = remove(&tx, &due)?;
        tx.commit()?;
        Ok(purged)
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::{desk, edit};
    use crate::{DeskErrorCode, SearchQuery};

    fn find(desk: &crate::Desk, text: &str) -> usize {
        desk.search_articles(&SearchQuery {
            text: text.into(),
            ..Default::default()
        })
        .unwrap()
        .hits
        .len()
    }

    #[test]
    fn delete_hides_and_undelete_brings_back() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let b = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Lighthouse keeper", "Storm notes"))
            .unwrap();
        assert_eq!(find(&desk, "lighthouse"), 1);
        desk.delete_article(a.id).unwrap();
        desk.delete_article(a.id).unwrap();
        assert_eq!(find(&desk, "lighthouse"), 0);
        let list = desk.list_articles().unwrap();
        assert_eq!(list.iter().map(|s| s.id).collect::<Vec<_>>(), vec![b.id]);
        assert_eq!(find(&desk, ""), 1);

        let back = desk.undelete_article(a.id).unwrap();
        assert_eq!(back.title, "Lighthouse keeper");
        assert_eq!(find(&desk, "lighthouse"), 1);
        assert_eq!(desk.list_articles().unwrap().len(), 2);
        assert_eq!(
            desk.delete_article(uuid::Uuid::now_v7()).unwrap_err().code,
            DeskErrorCode::NotFound
        );
    }

    #[test]
    fn purged_only_after_thirty_days() {
        let (_dir, desk) = desk();
        let t0 = chrono::Utc::now();
        desk.clock.set(t0);
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Gone soon", "x")).unwrap();
        desk.delete_article(a.id).unwrap();
        assert_eq!(
            desk.purge_deleted(t0 + chrono::Duration::days(29)).unwrap(),
            0
        );
        assert_eq!(desk.undelete_article(a.id).unwrap().title, "Gone soon");
        desk.delete_article(a.id).unwrap();
        assert_eq!(
            desk.purge_deleted(t0 + chrono::Duration::days(31)).unwrap(),
            1
        );
        assert_eq!(
            desk.article(a.id).unwrap_err().code,
            DeskErrorCode::NotFound
        );
        let revisions: i64 = desk
            .db()
            .query_row("SELECT count(*) FROM revisions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(revisions, 0);
    }

    #[test]
    fn the_bin_lists_what_it_keeps_and_why_and_deletes_for_good_on_request() {
        let (_dir, desk) = desk();
        let t0 = chrono::Utc::now();
        desk.clock.set(t0);
        let plain = desk.create_article().unwrap();
        desk.save_article(plain.id, &edit("Plain", "x")).unwrap();
        let translated = desk.create_article().unwrap();
        desk.save_article(translated.id, &edit("Translated", "y"))
            .unwrap();
        desk.add_translation(translated.id, "fr").unwrap();
        desk.save_translation(
            translated.id,
            "fr",
            &crate::TextEdit {
                title: "Traduit".into(),
                standfirst: String::new(),
                body: "y".into(),
                slug: String::new(),
                block_sources: None,
            },
        )
        .unwrap();
        let published = desk.create_article().unwrap();
        desk.save_article(published.id, &edit("On a site", "z"))
            .unwrap();
        desk.db()
            .execute(
                "INSERT INTO publications(article_id, site_url, version, urls, published_at)
                 VALUES (?1, 'https://news.example', 1, '{}', ?2)",
                rusqlite::params![published.id.to_string(), crate::clock::stamp(t0)],
            )
            .unwrap();
        let kept = desk.create_article().unwrap();
        for a in [plain.id, translated.id, published.id] {
            desk.delete_article(a).unwrap();
        }

        let bin = desk.bin().unwrap();
        let by_title = |t: &str| bin.iter().find(|e| e.article.title == t).unwrap();
        assert_eq!(bin.len(), 3, "the article not deleted is not in the bin");
        assert_eq!(by_title("Plain").kept, None);
        assert_eq!(
            by_title("Translated").kept,
            Some(super::BinKeep::Translated)
        );
        assert_eq!(by_title("Translated").translations, 1);
        assert_eq!(by_title("On a site").kept, Some(super::BinKeep::Published));
        assert!(by_title("Plain").purge_at > by_title("Plain").deleted_at);

        // Deleting for good: refused outside the bin and while a site shows it.
        assert_eq!(
            desk.delete_forever(kept.id).unwrap_err().code,
            DeskErrorCode::Invalid
        );
        assert_eq!(
            desk.delete_forever(published.id).unwrap_err().code,
            DeskErrorCode::Conflict
        );
        desk.delete_forever(translated.id).unwrap();
        assert_eq!(
            desk.article(translated.id).unwrap_err().code,
            DeskErrorCode::NotFound
        );
        let left: i64 = desk
            .db()
            .query_row(
                "SELECT count(*) FROM article_texts WHERE article_id = ?1",
                [translated.id.to_string()],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0, "its texts, the translation included, are gone");
        let titles: Vec<String> = desk
            .bin()
            .unwrap()
            .into_iter()
            .map(|e| e.article.title)
            .collect();
        assert_eq!(titles.len(), 2, "{titles:?}");
        assert!(!titles.contains(&"Translated".to_owned()));
    }
}
