//! The translators' dashboard: every article with the state and progress of each of
//! its translations.

use serde::Serialize;
use ts_rs::TS;

use crate::Desk;
use crate::content::articles::{SUMMARY_COLUMNS, SummaryRow};
use crate::error::Result;
use crate::translate::translations::{TextState, TranslationStatus, source_gone, text_states};

/// One article's translations, for the translators' dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TranslationRow {
    pub article: crate::ArticleSummary,
    pub texts: Vec<TextState>,
    /// Per translation: the share of the source's blocks that have a block in the
    /// translation, 0–100 (a rough progress for the bar; 100 when done and current).
    pub progress: Vec<(String, u8)>,
    /// The source is gone, its translations kept: the article is in the bin, has no
    /// source text, or its source text was emptied after a translation was marked done
    /// against it.
    pub source_deleted: bool,
    /// The article is in the bin (and can be restored from there or from the dashboard).
    pub in_bin: bool,
}

impl Desk {
    /// Every article that is not deleted, with its translations' states and progress,
    /// most recently edited first: the translators' dashboard. Articles in the bin that
    /// have translations come last, flagged `source_deleted`, so no translator's work
    /// disappears from the dashboard with its source.
    pub fn translation_overview(&self) -> Result<Vec<TranslationRow>> {
        let live = self.list_articles()?;
        let db = self.db();
        let binned = db
            .prepare_cached(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM articles a
                 LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 WHERE a.deleted_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM article_texts t
                               WHERE t.article_id = a.id AND t.locale <> a.source_locale)
                 ORDER BY a.edit_seq DESC"
            ))?
            .query_map([], |r| SummaryRow::read(r, 0))?
            .map(|row| row?.into_summary())
            .collect::<Result<Vec<_>>>()?;
        let articles = live
            .into_iter()
            .map(|a| (a, false))
            .chain(binned.into_iter().map(|a| (a, true)));
        let mut rows = Vec::new();
        for (article, in_bin) in articles {
            let texts = text_states(&db, article.id)?;
            let source_deleted = in_bin || source_gone(&db, article.id)?;
            let bodies: Vec<(String, String)> = db
                .prepare_cached("SELECT locale, body FROM article_texts WHERE article_id = ?1")?
                .query_map([article.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let source_blocks = bodies
                .iter()
                .find(|(l, _)| *l == article.source_locale)
                .map_or(0, |(_, b)| crate::translate::blocks::blocks(b).len());
            let progress = texts
                .iter()
                .filter(|t| !t.is_source)
                .map(|t| {
                    let done = t.status == TranslationStatus::Done && !t.outdated;
                    let blocks = bodies
                        .iter()
                        .find(|(l, _)| *l == t.locale)
                        .map_or(0, |(_, b)| crate::translate::blocks::blocks(b).len());
                    let share = if done {
                        100
                    } else {
                        (blocks * 100)
                            .checked_div(source_blocks)
                            .map_or(0, |p| p.min(99) as u8)
                    };
                    (t.locale.clone(), share)
                })
                .collect();
            rows.push(TranslationRow {
                article,
                texts,
                progress,
                source_deleted,
                in_bin,
            });
        }
        Ok(rows)
    }
}
