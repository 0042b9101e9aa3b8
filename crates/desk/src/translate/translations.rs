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

/// Where a translation stands, as its translator says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TranslationStatus {
    InProgress,
    NeedsReview,
    Done,
}

impl TranslationStatus {
    fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "in_progress",
            Self::NeedsReview => "needs_review",
            Self::Done => "done",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "done" => Self::Done,
            "needs_review" => Self::NeedsReview,
            _ => Self::InProgress,
        }
    }
}

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
            let status = TranslationStatus::parse(&r.get::<_, String>(3)?);
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
mod tests {
    use super::*;
    use crate::DeskErrorCode;
    use crate::testutil::{desk, edit};
    use crate::translate::changes::{ParagraphChangeKind, paragraph_changes};

    fn text(title: &str, body: &str) -> TextEdit {
        TextEdit {
            title: title.into(),
            standfirst: String::new(),
            body: body.into(),
            slug: String::new(),
            block_sources: None,
        }
    }

    #[test]
    fn each_locale_has_its_own_history_and_restores_only_into_itself() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Harbour", "The cranes stopped."))
            .unwrap();
        desk.snapshot_revision(a.id, "en-US", Some("english draft"))
            .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        desk.save_translation(a.id, "fr", &text("Port", "Les grues se sont arrêtées."))
            .unwrap();
        let french = desk
            .snapshot_revision(a.id, "fr", Some("brouillon"))
            .unwrap();
        assert_eq!(french.locale, "fr");

        let english = desk.list_revisions(a.id, "en-US").unwrap();
        assert!(!english.is_empty());
        assert!(english.iter().all(|r| r.locale == "en-US"), "{english:?}");
        let in_french = desk.list_revisions(a.id, "fr").unwrap();
        assert!(in_french.iter().all(|r| r.locale == "fr"), "{in_french:?}");
        assert!(in_french.iter().any(|r| r.id == french.id));

        // Two locales are not two versions of one text.
        let across = desk
            .diff_revisions(a.id, english[0].id, french.id)
            .unwrap_err();
        assert_eq!(across.code, DeskErrorCode::Invalid, "{across:?}");

        // The French version never replaces the English text, and nothing changes.
        let refused = desk.restore_revision(a.id, "en-US", french.id).unwrap_err();
        assert_eq!(refused.code, DeskErrorCode::Invalid, "{refused:?}");
        assert!(refused.message.contains("fr"), "{refused:?}");
        assert_eq!(desk.article(a.id).unwrap().title, "Harbour");
        assert_eq!(desk.list_revisions(a.id, "en-US").unwrap(), english);

        // Into its own text it goes.
        desk.save_translation(a.id, "fr", &text("Port fermé", "Tout a changé."))
            .unwrap();
        desk.restore_revision(a.id, "fr", french.id).unwrap();
        assert_eq!(desk.text(a.id, "fr").unwrap().title, "Port");
        assert_eq!(desk.article(a.id).unwrap().title, "Harbour");

        // A locale the article has no text in has no history.
        let none = desk.list_revisions(a.id, "de").unwrap_err();
        assert_eq!(none.code, DeskErrorCode::NotFound, "{none:?}");
    }

    #[test]
    fn a_done_translation_becomes_outdated_when_the_source_changes() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(
            a.id,
            &edit("Tides", "The sea rose.\n\n<!-- paywall -->\n\nMore."),
        )
        .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        desk.save_translation(a.id, "fr", &text("Marées", "La mer monta."))
            .unwrap();
        let texts = desk
            .set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();
        let fr = texts.iter().find(|t| t.locale == "fr").unwrap();
        assert_eq!(fr.status, TranslationStatus::Done);
        assert!(!fr.outdated);
        assert!(!fr.has_cut, "the French text has no cut yet");
        assert!(texts[0].is_source && texts[0].has_cut);

        // Metadata alone does not outdate a translation; the text does.
        let mut e = edit("Tides", "The sea rose.\n\n<!-- paywall -->\n\nMore.");
        e.byline = "Ines Moreau".into();
        desk.save_article(a.id, &e).unwrap();
        assert!(!desk.texts(a.id).unwrap()[1].outdated);
        desk.save_article(a.id, &edit("Tides", "The sea rose higher."))
            .unwrap();
        let fr = desk.texts(a.id).unwrap().remove(1);
        assert!(fr.outdated);
        let fr = desk
            .set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap()
            .remove(1);
        assert!(!fr.outdated, "marked up to date");
    }

    #[test]
    fn a_changed_block_comes_with_its_changed_words() {
        use crate::DiffOp;
        let changes = paragraph_changes(
            "Dogs travel free.\n\nThe ferry leaves at six.",
            "Dogs travel free. Bicycles too.\n\nThe ferry leaves at seven.",
        );
        assert_eq!(changes.len(), 2);
        for c in &changes {
            assert_eq!(c.change, ParagraphChangeKind::Changed);
            let side = |keep: DiffOp| -> String {
                c.changed_words
                    .iter()
                    .filter(|w| w.op == DiffOp::Equal || w.op == keep)
                    .map(|w| w.text.as_str())
                    .collect()
            };
            // Either side is rebuilt from the parts.
            assert_eq!(Some(side(DiffOp::Insert)), c.after);
            assert_eq!(Some(side(DiffOp::Delete)), c.before);
        }
        let words = |op| -> Vec<&str> {
            changes[1]
                .changed_words
                .iter()
                .filter(|w| w.op == op)
                .map(|w| w.text.trim())
                .collect()
        };
        assert_eq!(
            words(DiffOp::Insert),
            ["seven"],
            "the full stop is the same in both"
        );
        assert_eq!(words(DiffOp::Delete), ["six"]);
        let same = paragraph_changes("Unchanged.", "Unchanged.");
        assert!(
            same[0].changed_words.is_empty(),
            "only changed blocks carry words"
        );
    }

    #[test]
    fn the_translator_sees_which_source_paragraphs_changed_since_done() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let before = "The ferry sails at six.\n\nTickets cost two euros.\n\nDogs ride free.";
        desk.save_article(a.id, &edit("Ferry", before)).unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        desk.save_translation(
            a.id,
            "fr",
            &text("Bac", "Le bac part à six heures.\n\nLe billet coûte deux euros.\n\nLes chiens voyagent gratuitement."),
        )
        .unwrap();
        desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();
        let none = desk.source_changes(a.id, "fr").unwrap();
        assert!(!none.outdated);
        assert!(
            none.paragraphs
                .iter()
                .all(|p| p.change == ParagraphChangeKind::Same)
        );

        let after = "The ferry sails at seven.\n\nTickets cost two euros.\n\nBikes ride free too.\n\nDogs ride free.";
        desk.save_article(a.id, &edit("Ferry news", after)).unwrap();
        let changes = desk.source_changes(a.id, "fr").unwrap();
        assert!(changes.outdated);
        assert_eq!(changes.title, Some(("Ferry".into(), "Ferry news".into())));
        let kinds: Vec<_> = changes.paragraphs.iter().map(|p| p.change).collect();
        use ParagraphChangeKind::*;
        assert_eq!(kinds, vec![Changed, Same, Added, Same], "{changes:?}");
        assert_eq!(
            changes.paragraphs[0].before.as_deref(),
            Some("The ferry sails at six.")
        );
        assert_eq!(
            changes.paragraphs[0].after.as_deref(),
            Some("The ferry sails at seven.")
        );
        assert_eq!(
            changes.paragraphs[2].after.as_deref(),
            Some("Bikes ride free too.")
        );
    }

    #[test]
    fn earlier_translations_are_suggested_for_like_paragraphs() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let source = a.source_locale.clone();
        desk.save_article(
            a.id,
            &edit("Ferry", "The harbour council voted on Tuesday to reopen the night ferry.\n\nRain is expected."),
        )
        .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        desk.save_translation(
            a.id,
            "fr",
            &text("Bac", "Le conseil du port a voté mardi la réouverture du bac de nuit.\n\nDe la pluie est attendue."),
        )
        .unwrap();
        // Not done yet: nothing in the memory.
        let asked = "The harbour council voted on Monday to reopen the night ferry.";
        assert!(
            desk.suggestions(asked, &source, "fr", None, 5)
                .unwrap()
                .is_empty()
        );
        desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();

        let found = desk.suggestions(asked, &source, "fr", None, 5).unwrap();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].translation.starts_with("Le conseil du port"));
        assert!(
            found[0].score >= 80 && found[0].score < 100,
            "{}",
            found[0].score
        );
        let exact = desk
            .suggestions("Rain is expected.", &source, "fr", None, 5)
            .unwrap();
        assert_eq!(exact[0].score, 100);
        assert_eq!(exact[0].translation, "De la pluie est attendue.");
        // Another language, or the article itself left out: nothing.
        assert!(
            desk.suggestions(asked, &source, "de", None, 5)
                .unwrap()
                .is_empty()
        );
        assert!(
            desk.suggestions(asked, &source, "fr", Some(a.id), 5)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_paragraph_translated_out_of_turn_stays_beside_its_source() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let source = a.source_locale.clone();
        let first = "The ferry sails at six in the morning.";
        let second = "Tickets for the crossing cost two euros.";
        desk.save_article(a.id, &edit("Ferry", &format!("{first}\n\n{second}")))
            .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        // Only the second paragraph is translated yet.
        let mut out_of_turn = text("Bac", "Le billet coûte deux euros.");
        out_of_turn.block_sources = Some(vec![second.into()]);
        desk.save_translation(a.id, "fr", &out_of_turn).unwrap();
        assert_eq!(
            desk.text(a.id, "fr").unwrap().block_sources,
            Some(vec![second.to_owned()])
        );

        // Marked done as it is: the memory pairs it with the second paragraph, not the
        // first.
        desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();
        let found = desk.suggestions(second, &source, "fr", None, 5).unwrap();
        assert_eq!(found[0].score, 100, "{found:?}");
        assert_eq!(found[0].translation, "Le billet coûte deux euros.");
        assert!(
            desk.suggestions(first, &source, "fr", None, 5)
                .unwrap()
                .iter()
                .all(|s| s.score < 100),
            "the first paragraph was never translated"
        );

        // An edit that adds a block without saying where it belongs (Write's editor)
        // retires the map: blocks pair by position again.
        let mut in_write = desk.text(a.id, "fr").unwrap();
        in_write.body = "Le bac part à six heures.\n\nLe billet coûte deux euros.".into();
        desk.save_translation(a.id, "fr", &in_write).unwrap();
        assert_eq!(desk.text(a.id, "fr").unwrap().block_sources, None);
    }

    #[test]
    fn the_dashboard_shows_each_translation_s_progress() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Ferry", "One.\n\nTwo.\n\nThree.\n\nFour."))
            .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        desk.save_translation(a.id, "fr", &text("Bac", "Un.\n\nDeux."))
            .unwrap();
        desk.add_translation(a.id, "de").unwrap();
        desk.save_translation(
            a.id,
            "de",
            &text("Fähre", "Eins.\n\nZwei.\n\nDrei.\n\nVier."),
        )
        .unwrap();
        desk.set_translation_status(a.id, "de", TranslationStatus::Done)
            .unwrap();
        let rows = desk.translation_overview().unwrap();
        assert_eq!(rows.len(), 1);
        let progress: std::collections::BTreeMap<_, _> = rows[0].progress.iter().cloned().collect();
        assert_eq!(progress["fr"], 50);
        assert_eq!(progress["de"], 100);
    }

    #[test]
    fn the_source_is_not_a_translation() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let source = a.source_locale.clone();
        assert!(
            desk.save_translation(a.id, &source, &text("x", "y"))
                .is_err()
        );
        assert!(
            desk.set_translation_status(a.id, &source, TranslationStatus::Done)
                .is_err()
        );
        desk.add_translation(a.id, "de").unwrap();
        assert!(desk.add_translation(a.id, "de").is_err(), "added twice");
        assert_eq!(desk.text(a.id, "de").unwrap(), text("", ""));
    }

    #[test]
    fn a_translation_whose_source_is_deleted_is_kept_and_flagged() {
        let (_dir, desk) = desk();
        let t0 = chrono::Utc::now();
        desk.clock.set(t0);
        let a = desk.create_article().unwrap();
        desk.save_article(
            a.id,
            &edit(
                "Night ferry",
                "The last boat left at ten.\n\nFog closed the bay.",
            ),
        )
        .unwrap();
        desk.add_translation(a.id, "fr").unwrap();
        let fr = text(
            "Le bac de nuit",
            "Le dernier bateau partit à dix heures.\n\nLe brouillard ferma la baie.",
        );
        desk.save_translation(a.id, "fr", &fr).unwrap();
        let row = |desk: &Desk| {
            desk.translation_overview()
                .unwrap()
                .into_iter()
                .find(|r| r.article.id == a.id)
        };
        assert!(!row(&desk).unwrap().source_deleted);
        assert!(!row(&desk).unwrap().in_bin);

        // In the bin: still on the dashboard, flagged, and the translator can go on.
        desk.delete_article(a.id).unwrap();
        let r = row(&desk).expect("kept on the dashboard");
        assert!(r.source_deleted);
        assert!(r.in_bin);
        assert!(r.texts.iter().any(|t| t.locale == "fr"));
        let fr = text("Le bac de nuit", "Le dernier bateau partit à dix heures.");
        desk.save_translation(a.id, "fr", &fr).unwrap();
        // Never purged with its source, however long it stays in the bin.
        assert_eq!(
            desk.purge_deleted(t0 + chrono::Duration::days(90)).unwrap(),
            0
        );
        assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
        // Out of the bin: no longer flagged.
        desk.undelete_article(a.id).unwrap();
        assert!(!row(&desk).unwrap().source_deleted);

        // The source emptied after the translation was done: flagged, the translation
        // untouched; written again, not flagged.
        desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();
        desk.save_article(a.id, &edit("", "")).unwrap();
        assert!(row(&desk).unwrap().source_deleted);
        assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
        desk.save_article(a.id, &edit("Night ferry", "The last boat left at ten."))
            .unwrap();
        assert!(!row(&desk).unwrap().source_deleted);

        // The source text's row itself gone (a hand-mended database): the dashboard
        // still lists the translation, flagged, and the workspace can open it.
        desk.db()
            .execute(
                "DELETE FROM article_texts WHERE article_id = ?1 AND locale = ?2",
                params![a.id.to_string(), a.source_locale],
            )
            .unwrap();
        let r = row(&desk).expect("still on the dashboard");
        assert!(r.source_deleted);
        assert_eq!(r.texts.len(), 1);
        assert!(desk.source_changes(a.id, "fr").unwrap().outdated);
        assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
    }

    #[test]
    fn a_translation_written_before_its_source_is_not_flagged() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.add_translation(a.id, "de").unwrap();
        desk.save_translation(a.id, "de", &text("Nachtfähre", "Das letzte Boot."))
            .unwrap();
        assert!(!desk.translation_overview().unwrap()[0].source_deleted);
        // An article in the bin with no translation stays off the dashboard.
        let b = desk.create_article().unwrap();
        desk.delete_article(b.id).unwrap();
        let ids: Vec<Uuid> = desk
            .translation_overview()
            .unwrap()
            .iter()
            .map(|r| r.article.id)
            .collect();
        assert_eq!(ids, vec![a.id]);
    }
}
