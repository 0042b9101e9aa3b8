//! Where articles are now: the addresses links between articles resolve to, and the
//! old slugs that redirect to the current ones.

use rusqlite::{OptionalExtension, Transaction, named_params};
use uuid::Uuid;

use super::SqliteStorage;
use crate::storage::{ArticleAddress, OldAddress, StorageError};

impl SqliteStorage {
    pub(super) fn addresses_of(
        &self,
        ids: &[Uuid],
        now: &str,
    ) -> Result<Vec<ArticleAddress>, StorageError> {
        let conn = self.read();
        let mut stmt = conn.prepare_cached(
            "SELECT a.source_locale, a.section, t.locale, t.slug
             FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
             WHERE a.id = :id AND a.unpublished = 0 AND a.visible_at <= :now
             ORDER BY t.locale",
        )?;
        let mut found = Vec::new();
        for id in ids {
            let mut rows = stmt.query(named_params! { ":id": id.to_string(), ":now": now })?;
            let mut address: Option<ArticleAddress> = None;
            while let Some(row) = rows.next()? {
                let a = address.get_or_insert_with(|| ArticleAddress {
                    id: *id,
                    source_locale: String::new(),
                    section: String::new(),
                    texts: Vec::new(),
                });
                a.source_locale = row.get(0)?;
                a.section = row.get(1)?;
                a.texts.push((row.get(2)?, row.get(3)?));
            }
            found.extend(address);
        }
        Ok(found)
    }

    /// What became of the article whose `locale` text once had `slug`.
    pub(super) fn moved(
        &self,
        locale: &str,
        slug: &str,
        now: &str,
    ) -> Result<Option<OldAddress>, StorageError> {
        let conn = self.read();
        let found = conn
            .prepare_cached(
                "SELECT a.section, t.slug, a.unpublished, a.visible_at <= :now
                 FROM old_slugs AS o
                 JOIN articles AS a ON a.id = o.article_id
                 JOIN article_texts AS t ON t.article_id = o.article_id AND t.locale = o.locale
                 WHERE o.locale = :locale AND o.slug = :slug",
            )?
            .query_row(
                named_params! { ":locale": locale, ":slug": slug, ":now": now },
                |r| {
                    Ok(match (r.get::<_, bool>(2)?, r.get::<_, bool>(3)?) {
                        (true, _) => Some(OldAddress::Gone),
                        (false, true) => Some(OldAddress::Moved {
                            section: r.get(0)?,
                            slug: r.get(1)?,
                        }),
                        (false, false) => None,
                    })
                },
            )
            .optional()?;
        Ok(found.flatten())
    }
}

/// Before an article's texts are replaced: every slug they have now may become old.
pub(super) fn keep_slugs(tx: &Transaction<'_>, id: &str) -> Result<(), StorageError> {
    tx.execute(
        "INSERT OR REPLACE INTO old_slugs (locale, slug, article_id)
         SELECT locale, slug, article_id FROM article_texts WHERE article_id = ?1",
        [id],
    )?;
    Ok(())
}

/// After they are written: a slug a text has is nobody's old slug.
pub(super) fn forget_current_slugs(tx: &Transaction<'_>, id: &str) -> Result<(), StorageError> {
    tx.execute(
        "DELETE FROM old_slugs WHERE EXISTS (
             SELECT 1 FROM article_texts AS t
             WHERE t.article_id = ?1 AND t.locale = old_slugs.locale AND t.slug = old_slugs.slug)",
        [id],
    )?;
    Ok(())
}
