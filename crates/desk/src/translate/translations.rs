//! An article's texts in other locales than its source, and whether each is ready.
//!
//! A translation has a status a translator sets (in progress, needs review, done) and
//! remembers the source it was checked against: a hash of the source's headline,
//! standfirst and body taken when it was marked done. When the source changes after
//! that, the translation is *outdated* until someone marks it up to date again. Only
//! translations that are done go out by default; outdated ones need the editor's
//! confirmation (the Publish workspace).

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::content::articles::touch;
use crate::content::metadata;
use crate::content::{no_article, texts};
use crate::error::{DeskError, Result};
use crate::store::settings;

/// Where a translation stands, as its translator says (shared by the newsroom).
pub use dateline_protocol::sync::TranslationStatus;

/// One of an article's texts, as the Publish workspace and the locale tabs list them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TextState {
    pub locale: String,
    pub is_source: bool,
    pub title: String,
    pub slug: String,
    /// The source's status is always `done`.
    pub status: TranslationStatus,
    /// Marked done, but the source has changed since.
    pub outdated: bool,
    /// Whether the body has a `<!-- paywall -->` line.
    pub has_cut: bool,
}

/// One text of an article, for the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TextEdit {
    pub title: String,
    pub standfirst: String,
    pub body: String,
    /// Empty: made from the headline when first published.
    pub slug: String,
    /// For a translation edited block by block: the source block each block of `body`
    /// translates, in order, so that a paragraph translated out of turn stays beside its
    /// source. Kept only while it has one entry per block; `None` pairs by position.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub block_sources: Option<Vec<String>>,
}

impl TextEdit {
    /// `block_sources` if it still fits the body (one entry per block), else `None`:
    /// an edit elsewhere (in Write) that adds or removes blocks retires it.
    fn fitting_block_sources(&self) -> Option<&[String]> {
        self.block_sources
            .as_deref()
            .filter(|m| m.len() == crate::translate::blocks::blocks(&self.body).len())
    }
}

/// The words of two versions of a text are the same (the block map is the view's own).
fn same_words(a: &TextEdit, b: &TextEdit) -> bool {
    a.title == b.title && a.standfirst == b.standfirst && a.body == b.body && a.slug == b.slug
}

/// `edit`, made from `expected`, applied to `stored`: each field as the view changed
/// it, else as stored. The block map goes with the body it was made for.
fn rebase_text(edit: &TextEdit, expected: &TextEdit, stored: &TextEdit) -> TextEdit {
    use crate::text::merge::{rebase_body, rebase_line};
    let body = rebase_body(&edit.body, &expected.body, &stored.body);
    let block_sources = if body == edit.body {
        edit.block_sources.clone()
    } else if body == stored.body {
        stored.block_sources.clone()
    } else {
        None
    };
    TextEdit {
        title: rebase_line(&edit.title, &expected.title, &stored.title),
        standfirst: rebase_line(&edit.standfirst, &expected.standfirst, &stored.standfirst),
        slug: if edit.slug == expected.slug {
            stored.slug.clone()
        } else {
            edit.slug.clone()
        },
        body,
        block_sources,
    }
}

pub(crate) fn block_sources_from_json(json: Option<String>) -> Option<Vec<String>> {
    json.and_then(|j| serde_json::from_str(&j).ok())
}

/// The hash a translation remembers of its source.
pub(crate) fn source_hash(title: &str, standfirst: &str, body: &str) -> String {
    let mut h = Sha256::new();
    for part in [title, standfirst, body] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    hex_string(&h.finalize())
}

fn hex_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The texts of an article, the source first.
pub(crate) fn text_states(conn: &Connection, id: Uuid) -> Result<Vec<TextState>> {
    let (source_locale, current_hash): (String, String) = conn
        .query_row(
            // A source text that is gone counts as an empty one: its translations are
            // still listed (and flagged on the dashboard), never an error.
            "SELECT a.source_locale, COALESCE(s.title, ''), COALESCE(s.standfirst, ''),
                    COALESCE(s.body, '')
             FROM articles a
             LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
             WHERE a.id = ?1",
            [id.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    source_hash(
                        &r.get::<_, String>(1)?,
                        &r.get::<_, String>(2)?,
                        &r.get::<_, String>(3)?,
                    ),
                ))
            },
        )
        .optional()?
        .ok_or_else(|| no_article(id))?;
    let mut stmt = conn.prepare_cached(
        "SELECT locale, title, slug, status, source_hash, body FROM article_texts
         WHERE article_id = ?1 ORDER BY locale",
    )?;
    let mut texts: Vec<TextState> = stmt
        .query_map([id.to_string()], |r| {
            let locale: String = r.get(0)?;
            let is_source = locale == source_locale;
            let status = TranslationStatus::parse(&r.get::<_, String>(3)?)
                .unwrap_or(TranslationStatus::InProgress);
            let hash: Option<String> = r.get(4)?;
            let body: String = r.get(5)?;
            Ok(TextState {
                is_source,
                title: r.get(1)?,
                slug: r.get(2)?,
                status: if is_source {
                    TranslationStatus::Done
                } else {
                    status
                },
                outdated: !is_source
                    && status == TranslationStatus::Done
                    && hash.as_deref() != Some(current_hash.as_str()),
                has_cut: dateline_render::split_body(&body, false).cut
                    == dateline_render::Cut::Marker,
                locale,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    texts.sort_by_key(|t| !t.is_source);
    Ok(texts)
}

/// Whether the article's source text is missing, or empty while a translation was
/// marked done against a source that had words (an article whose translation came
/// first, before any source was written, is not flagged).
pub(crate) fn source_gone(conn: &Connection, id: Uuid) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT s.id IS NULL
                 OR (trim(s.title) = '' AND trim(s.standfirst) = '' AND trim(s.body) = ''
                     AND EXISTS (SELECT 1 FROM article_texts t
                                 WHERE t.article_id = a.id AND t.locale <> a.source_locale
                                   AND trim(COALESCE(t.source_title, '') ||
                                            COALESCE(t.source_standfirst, '') ||
                                            COALESCE(t.source_body, '')) <> ''))
             FROM articles a
             LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
             WHERE a.id = ?1",
        )?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}

/// Keeps the source as it is now with the translation into `locale` (what "outdated"
/// is measured against), and puts the pair into the translation memory.
fn remember_source(conn: &Connection, id: Uuid, locale: &str) -> rusqlite::Result<()> {
    let texts = conn.query_row(
        "SELECT a.source_locale, s.title, s.standfirst, s.body, t.title, t.standfirst, t.body
         FROM articles a
         JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
         JOIN article_texts t ON t.article_id = a.id AND t.locale = ?2
         WHERE a.id = ?1",
        params![id.to_string(), locale],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                [r.get::<_, String>(1)?, r.get(2)?, r.get(3)?],
                [r.get::<_, String>(4)?, r.get(5)?, r.get(6)?],
            ))
        },
    );
    let (source_locale, source, target) = match texts {
        Ok(t) => t,
        Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(()),
        Err(e) => return Err(e),
    };
    conn.execute(
        "UPDATE article_texts SET source_title = ?3, source_standfirst = ?4, source_body = ?5
         WHERE article_id = ?1 AND locale = ?2",
        params![id.to_string(), locale, source[0], source[1], source[2]],
    )?;
    let block_sources = conn
        .query_row(
            "SELECT block_sources FROM article_texts WHERE article_id = ?1 AND locale = ?2",
            params![id.to_string(), locale],
            |r| r.get::<_, Option<String>>(0),
        )
        .map(block_sources_from_json)?;
    crate::translate::memory::remember(
        conn,
        id,
        &source_locale,
        locale,
        [&source[0], &source[1], &source[2]],
        [&target[0], &target[1], &target[2]],
        block_sources.as_deref(),
    )
    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// Fills the translation memory from the translations that were done before it existed
/// (migration 4 asks for it), once.
pub(crate) fn seed_memory_if_pending(conn: &Connection) -> Result<()> {
    if settings::get(conn, settings::TRANSLATION_MEMORY_SEED)?.as_deref() != Some("pending") {
        return Ok(());
    }
    let tx = conn.unchecked_transaction()?;
    let done: Vec<(String, String)> = tx
        .prepare(
            "SELECT t.article_id, t.locale FROM article_texts t
             JOIN articles a ON a.id = t.article_id
             WHERE t.status = 'done' AND t.locale <> a.source_locale",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (article, locale) in done {
        if let Ok(id) = Uuid::parse_str(&article) {
            remember_source(&tx, id, &locale)?;
        }
    }
    tx.execute(
        "DELETE FROM settings WHERE key = ?1",
        [settings::TRANSLATION_MEMORY_SEED],
    )?;
    tx.commit()?;
    Ok(())
}

impl Desk {
    /// The article's texts: the source first, then each translation with its status.
    pub fn texts(&self, id: Uuid) -> Result<Vec<TextState>> {
        text_states(&self.db(), id)
    }

    /// One text of an article.
    pub fn text(&self, id: Uuid, locale: &str) -> Result<TextEdit> {
        self.db()
            .query_row(
                "SELECT title, standfirst, body, slug, block_sources FROM article_texts
                 WHERE article_id = ?1 AND locale = ?2",
                params![id.to_string(), locale],
                |r| {
                    Ok(TextEdit {
                        title: r.get(0)?,
                        standfirst: r.get(1)?,
                        body: r.get(2)?,
                        slug: r.get(3)?,
                        block_sources: block_sources_from_json(r.get(4)?),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| DeskError::not_found(format!("the article has no {locale} text")))
    }

    /// Starts a translation into `locale`: an empty text, in progress.
    pub fn add_translation(&self, id: Uuid, locale: &str) -> Result<Vec<TextState>> {
        metadata::check_locale(locale)?;
        let now = stamp(self.clock.now());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: bool = tx
            .query_row(
                "SELECT 1 FROM article_texts WHERE article_id = ?1 AND locale = ?2",
                params![id.to_string(), locale],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        if exists {
            return Err(DeskError::conflict(format!(
                "the article already has a {locale} text"
            )));
        }
        crate::content::articles::summary(&tx, id)?;
        texts::create(&tx, id, locale, &now)?;
        touch(&tx, id, &now)?;
        let texts = text_states(&tx, id)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(texts)
    }

    /// Saves a translation's text. Saving what is stored changes nothing.
    pub fn save_translation(&self, id: Uuid, locale: &str, edit: &TextEdit) -> Result<()> {
        self.save_translation_over(id, locale, edit, None)
    }

    /// Saves a translation typed over `expected`, what the view last knew was stored.
    /// When the stored text changed since (the newsroom brought a colleague's words),
    /// only what the view changed is applied to it, and a paragraph changed on both
    /// sides keeps both: nothing typed, here or there, is written over.
    pub fn save_translation_over(
        &self,
        id: Uuid,
        locale: &str,
        edit: &TextEdit,
        expected: Option<&TextEdit>,
    ) -> Result<()> {
        metadata::check_slug(&edit.slug)?;
        let now = self.clock.now();
        let now_s = stamp(now);
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (text_id, stored): (i64, TextEdit) = tx
            .query_row(
                "SELECT t.id, t.title, t.standfirst, t.body, t.slug, t.block_sources
                 FROM article_texts t JOIN articles a ON a.id = t.article_id
                 WHERE t.article_id = ?1 AND t.locale = ?2 AND t.locale <> a.source_locale",
                params![id.to_string(), locale],
                |r| {
                    Ok((
                        r.get(0)?,
                        TextEdit {
                            title: r.get(1)?,
                            standfirst: r.get(2)?,
                            body: r.get(3)?,
                            slug: r.get(4)?,
                            block_sources: block_sources_from_json(r.get(5)?),
                        },
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| {
                DeskError::not_found(format!("the article has no {locale} translation"))
            })?;
        let rebased;
        let edit = match expected {
            Some(expected) if !same_words(expected, &stored) && !same_words(expected, edit) => {
                rebased = rebase_text(edit, expected, &stored);
                &rebased
            }
            _ => edit,
        };
        let block_sources = edit.fitting_block_sources().map(|m| m.to_vec());
        let edit = &TextEdit {
            block_sources,
            ..edit.clone()
        };
        if stored == *edit {
            return Ok(());
        }
        let map_json = edit
            .block_sources
            .as_ref()
            .map(|m| serde_json::to_string(m).unwrap_or_default());
        let words = texts::Words {
            title: &edit.title,
            standfirst: &edit.standfirst,
            body: &edit.body,
            slug: Some(&edit.slug),
            block_sources: Some(map_json.as_deref()),
        };
        let text = texts::Text::of(id, locale, text_id);
        texts::write(&tx, text, &words, texts::Record::Typing(now), &now_s)?;
        touch(&tx, id, &now_s)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(())
    }

    /// Sets a translation's status. Marking it done (also "mark up to date") records the
    /// source as it is now.
    pub fn set_translation_status(
        &self,
        id: Uuid,
        locale: &str,
        status: TranslationStatus,
    ) -> Result<Vec<TextState>> {
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let hash: String = tx
            .query_row(
                "SELECT s.title, s.standfirst, s.body FROM articles a
                 JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 WHERE a.id = ?1",
                [id.to_string()],
                |r| {
                    Ok(source_hash(
                        &r.get::<_, String>(0)?,
                        &r.get::<_, String>(1)?,
                        &r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| no_article(id))?;
        let changed = tx.execute(
            "UPDATE article_texts SET status = ?3,
               source_hash = CASE WHEN ?3 = 'done' THEN ?4 ELSE source_hash END
             WHERE article_id = ?1 AND locale = ?2
               AND locale <> (SELECT source_locale FROM articles WHERE id = ?1)",
            params![id.to_string(), locale, status.as_str(), hash],
        )?;
        if changed == 0 {
            return Err(DeskError::not_found(format!(
                "the article has no {locale} translation"
            )));
        }
        if status == TranslationStatus::Done {
            remember_source(&tx, id, locale)?;
        }
        let texts = text_states(&tx, id)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(texts)
    }
}

#[cfg(test)]
mod tests;
