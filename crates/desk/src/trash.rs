//! Deleting articles softly: a deleted article leaves the list and search at once and
//! can be brought back; it is purged for good only after [`PURGE_AFTER`] in the bin.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;

use crate::articles::{self, ArticleSummary, no_article};
use crate::clock::stamp;
use crate::error::Result;
use crate::{Desk, search};

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
        Ok(summary)
    }

    /// Removes for good the articles deleted before `now - PURGE_AFTER`, with their
    /// texts, revisions and index entries. Runs when the desk opens. An article with a
    /// translation that has words is kept in the bin: a translation is never deleted
    /// with its source (the Translate dashboard shows it, flagged).
    pub(crate) fn purge_deleted(&self, now: DateTime<Utc>) -> Result<usize> {
        let cutoff = stamp(now - PURGE_AFTER);
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // An article still on a site, or with an operation still open, is kept: purging
        // it would forget the version the site has and the way to unpublish it.
        const PURGEABLE: &str = "deleted_at IS NOT NULL AND deleted_at < ?1
            AND NOT EXISTS (SELECT 1 FROM publications p
                            WHERE p.article_id = articles.id AND p.unpublished_at IS NULL)
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = articles.id
                            AND o.state IN ('queued', 'sending', 'failed', 'conflict'))
            AND NOT EXISTS (SELECT 1 FROM article_texts t WHERE t.article_id = articles.id
                            AND t.locale <> articles.source_locale
                            AND trim(t.title || t.standfirst || t.body) <> '')";
        let texts: Vec<i64> = tx
            .prepare(&format!(
                "SELECT t.id FROM article_texts t
                 WHERE t.article_id IN (SELECT id FROM articles WHERE {PURGEABLE})"
            ))?
            .query_map([&cutoff], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for text in texts {
            search::unindex_text(&tx, text)?;
        }
        let purged = tx.execute(
            &format!("DELETE FROM articles WHERE {PURGEABLE}"),
            [&cutoff],
        )?;
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
}
