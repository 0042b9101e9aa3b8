//! Translation memory: the desk's earlier translations, paragraph by paragraph, offered
//! while translating an identical or similar source paragraph. Offline, in SQLite.
//!
//! When a translation is marked done, its body and the source's are cut into blocks
//! (paragraphs, headings, list items: whatever blank lines separate) and paired in
//! order, with the headline and the standfirst as pairs of their own. Pairs are kept only
//! when both sides have the same number of blocks, since a translation that merged or
//! split paragraphs cannot be aligned by position, and a wrong pair is worse than none.
//! A suggestion's score is the share of words the two source paragraphs have in common
//! (`similar`'s ratio over word tokens), 100 for an identical paragraph.

use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::error::Result;
use crate::translate::blocks::blocks;

/// Below this score a suggestion is more distraction than help.
const MIN_SCORE: u8 = 50;

/// A translation the desk made before of a paragraph like the one being translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Suggestion {
    /// The earlier source paragraph.
    pub source: String,
    /// Its translation.
    pub translation: String,
    /// 100: the same paragraph; less: how much of it is the same.
    pub score: u8,
    pub article_id: Uuid,
}

/// Replaces the memory's pairs of one translation with those of its texts now.
pub(crate) fn remember(
    conn: &Connection,
    article_id: Uuid,
    source_locale: &str,
    target_locale: &str,
    source: [&str; 3],
    target: [&str; 3],
    block_sources: Option<&[String]>,
) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM translation_memory WHERE article_id = ?1 AND target_locale = ?2",
    )?
    .execute(params![article_id.to_string(), target_locale])?;
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    // Headline and standfirst pair with each other.
    for i in 0..2 {
        pairs.push((source[i].trim(), target[i].trim()));
    }
    let (from, to) = (blocks(source[2]), blocks(target[2]));
    match block_sources.filter(|m| m.len() == to.len()) {
        // Each block beside the source block it translates, if that is still the
        // source's (it is when the translation is marked done).
        Some(map) => pairs.extend(
            map.iter()
                .zip(to)
                .filter(|(s, _)| from.contains(&s.as_str()))
                .map(|(s, t)| (s.as_str(), t)),
        ),
        None if from.len() == to.len() => pairs.extend(from.into_iter().zip(to)),
        None => {}
    }
    let mut insert = conn.prepare_cached(
        "INSERT OR REPLACE INTO translation_memory(article_id, source_locale, target_locale,
                                                   source_text, target_text)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (s, t) in pairs {
        // The paywall line (an HTML comment) is the same in every language.
        if s.is_empty() || t.is_empty() || s.starts_with("<!--") {
            continue;
        }
        insert.execute(params![
            article_id.to_string(),
            source_locale,
            target_locale,
            s,
            t
        ])?;
    }
    Ok(())
}

/// How alike two paragraphs are, 0–100, by shared words.
pub(crate) fn score(a: &str, b: &str) -> u8 {
    if a == b {
        return 100;
    }
    // Words, CJK characters and punctuation; the spaces between words would make any
    // two sentences look half alike.
    let words = |s| -> Vec<&str> {
        crate::text::diff::tokens(s)
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .collect()
    };
    let (ta, tb) = (words(a), words(b));
    let ratio = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_slices(&ta, &tb)
        .ratio();
    // Never 100 for texts that differ.
    ((ratio * 100.0).floor() as u8).min(99)
}

impl Desk {
    /// Earlier translations into `target_locale` of paragraphs like `paragraph` (in
    /// `source_locale`), best first: the identical ones, then similar ones scoring at
    /// least 50. `exclude` leaves out an article's own memory (the one being
    /// translated).
    pub fn suggestions(
        &self,
        paragraph: &str,
        source_locale: &str,
        target_locale: &str,
        exclude: Option<Uuid>,
        limit: usize,
    ) -> Result<Vec<Suggestion>> {
        let paragraph = paragraph.trim();
        if paragraph.is_empty() {
            return Ok(Vec::new());
        }
        let excluded = exclude.map(|id| id.to_string()).unwrap_or_default();
        // Paragraphs far shorter or longer cannot reach the minimum score: skip them in
        // SQL rather than diff them.
        let len = paragraph.chars().count() as i64;
        let db = self.db();
        let mut stmt = db.prepare_cached(
            "SELECT source_text, target_text, article_id FROM translation_memory
             WHERE source_locale = ?1 AND target_locale = ?2 AND article_id <> ?3
               AND length(source_text) BETWEEN ?4 AND ?5",
        )?;
        let rows = stmt.query_map(
            params![source_locale, target_locale, excluded, len / 3, len * 3],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )?;
        let mut found = Vec::new();
        for row in rows {
            let (source, translation, article) = row?;
            let score = score(paragraph, &source);
            if score >= MIN_SCORE {
                found.push(Suggestion {
                    source,
                    translation,
                    score,
                    article_id: Uuid::parse_str(&article).unwrap_or_default(),
                });
            }
        }
        found.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.translation.cmp(&b.translation))
        });
        // The same translation of the same paragraph from several articles once.
        found.dedup_by(|a, b| a.source == b.source && a.translation == b.translation);
        found.truncate(limit.max(1));
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_follow_shared_words() {
        let a = "The harbour council voted on Tuesday to reopen the night ferry.";
        assert_eq!(score(a, a), 100);
        let close = "The harbour council voted on Monday to reopen the night ferry.";
        let far = "Rain is expected across the valley by the weekend.";
        assert!(score(a, close) >= 80, "{}", score(a, close));
        assert!(score(a, close) < 100);
        assert!(score(a, far) < MIN_SCORE, "{}", score(a, far));
    }
}
