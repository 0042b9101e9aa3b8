//! Articles and their texts in the local store.

use chrono::{SecondsFormat, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{DeskError, Result};
use crate::{Desk, settings};

/// Where an article is on its way to readers. Writers move draft <-> in_review;
/// editors do the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WorkflowState {
    Draft,
    InReview,
    Ready,
    Scheduled,
    Published,
    Unpublished,
}

impl WorkflowState {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkflowState::Draft => "draft",
            WorkflowState::InReview => "in_review",
            WorkflowState::Ready => "ready",
            WorkflowState::Scheduled => "scheduled",
            WorkflowState::Published => "published",
            WorkflowState::Unpublished => "unpublished",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "draft" => WorkflowState::Draft,
            "in_review" => WorkflowState::InReview,
            "ready" => WorkflowState::Ready,
            "scheduled" => WorkflowState::Scheduled,
            "published" => WorkflowState::Published,
            "unpublished" => WorkflowState::Unpublished,
            other => return Err(DeskError::storage(format!("unknown state {other:?}"))),
        })
    }
}

/// A line of the article list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ArticleSummary {
    pub id: Uuid,
    pub title: String,
    pub tier: String,
    pub state: WorkflowState,
    pub source_locale: String,
    pub updated_at: String,
}

/// An article with its source-locale text, as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Article {
    pub id: Uuid,
    pub source_locale: String,
    pub section: String,
    pub tier: String,
    pub state: WorkflowState,
    pub title: String,
    pub standfirst: String,
    pub body: String,
    pub updated_at: String,
    /// Public address of the source text on the configured site, once published.
    pub published_url: Option<String>,
}

/// What the editor saves: the source text and the article's tier and section.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct ArticleEdit {
    pub title: String,
    pub standfirst: String,
    pub body: String,
    pub tier: String,
    pub section: String,
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl Desk {
    /// A new, empty draft in the interface's language, in the site's first section.
    pub fn create_article(&self) -> Result<Article> {
        let id = Uuid::now_v7();
        let locale = self.ui_languages()?.chosen;
        let section = self
            .cached_site_info()?
            .and_then(|info| info.sections.first().map(|s| s.path.clone()))
            .unwrap_or_default();
        let now = now();
        let mut db = self.db();
        let tx = db.transaction()?;
        tx.execute(
            "INSERT INTO articles(id, source_locale, section, created_at, updated_at, edit_seq)
             VALUES (?1, ?2, ?3, ?4, ?4, (SELECT COALESCE(MAX(edit_seq), 0) + 1 FROM articles))",
            params![id.to_string(), locale, section, now],
        )?;
        tx.execute(
            "INSERT INTO article_texts(article_id, locale, updated_at) VALUES (?1, ?2, ?3)",
            params![id.to_string(), locale, now],
        )?;
        tx.commit()?;
        drop(db);
        self.article(id)
    }

    /// Every article, most recently edited first.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let db = self.db();
        let mut stmt = db.prepare(
            "SELECT a.id, COALESCE(t.title, ''), a.tier, a.state, a.source_locale, a.updated_at
             FROM articles a
             LEFT JOIN article_texts t ON t.article_id = a.id AND t.locale = a.source_locale
             ORDER BY a.edit_seq DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, title, tier, state, source_locale, updated_at) = row?;
            Ok(ArticleSummary {
                id: parse_id(&id)?,
                title,
                tier,
                state: WorkflowState::parse(&state)?,
                source_locale,
                updated_at,
            })
        })
        .collect()
    }

    pub fn article(&self, id: Uuid) -> Result<Article> {
        let site_url = self.site_url()?;
        let db = self.db();
        let row = db
            .query_row(
                "SELECT a.source_locale, a.section, a.tier, a.state, a.updated_at,
                        t.title, t.standfirst, t.body
                 FROM articles a
                 JOIN article_texts t ON t.article_id = a.id AND t.locale = a.source_locale
                 WHERE a.id = ?1",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| DeskError::not_found(format!("no article {id}")))?;
        let (source_locale, section, tier, state, updated_at, title, standfirst, body) = row;
        let published_url = match site_url {
            Some(url) => db
                .query_row(
                    "SELECT urls FROM publications WHERE article_id = ?1 AND site_url = ?2",
                    [id.to_string(), url],
                    |r| r.get::<_, String>(0),
                )
                .optional()?
                .and_then(|urls| {
                    serde_json::from_str::<std::collections::BTreeMap<String, String>>(&urls).ok()
                })
                .and_then(|urls| urls.get(&source_locale).cloned()),
            None => None,
        };
        Ok(Article {
            id,
            state: WorkflowState::parse(&state)?,
            source_locale,
            section,
            tier,
            title,
            standfirst,
            body,
            updated_at,
            published_url,
        })
    }

    /// Saves the editor's state of an article in one transaction. Saving what is
    /// already stored changes nothing, not even the modification time.
    pub fn save_article(&self, id: Uuid, edit: &ArticleEdit) -> Result<ArticleSummary> {
        if edit.tier.trim().is_empty() {
            return Err(DeskError::invalid("the access tier is empty"));
        }
        let current = self.article(id)?;
        let unchanged = current.title == edit.title
            && current.standfirst == edit.standfirst
            && current.body == edit.body
            && current.tier == edit.tier
            && current.section == edit.section;
        if !unchanged {
            let now = now();
            let mut db = self.db();
            let tx = db.transaction()?;
            tx.execute(
                "UPDATE articles SET tier = ?2, section = ?3, updated_at = ?4,
                   edit_seq = (SELECT MAX(edit_seq) + 1 FROM articles)
                 WHERE id = ?1",
                params![id.to_string(), edit.tier, edit.section, now],
            )?;
            tx.execute(
                "UPDATE article_texts SET title = ?3, standfirst = ?4, body = ?5, updated_at = ?6
                 WHERE article_id = ?1 AND locale = ?2",
                params![
                    id.to_string(),
                    current.source_locale,
                    edit.title,
                    edit.standfirst,
                    edit.body,
                    now
                ],
            )?;
            tx.commit()?;
        }
        let a = self.article(id)?;
        Ok(ArticleSummary {
            id,
            title: a.title,
            tier: a.tier,
            state: a.state,
            source_locale: a.source_locale,
            updated_at: a.updated_at,
        })
    }

    pub(crate) fn site_url(&self) -> Result<Option<String>> {
        settings::get(&self.db(), settings::SITE_URL)
    }
}

fn parse_id(s: &str) -> Result<Uuid> {
    Uuid::parse_str(s).map_err(|e| DeskError::storage(format!("bad article id {s:?}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Keyring;

    fn desk() -> (tempfile::TempDir, Desk) {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open_with_keyring(dir.path(), Keyring::service("dateline-test")).unwrap();
        (dir, desk)
    }

    fn edit(title: &str, body: &str) -> ArticleEdit {
        ArticleEdit {
            title: title.into(),
            standfirst: String::new(),
            body: body.into(),
            tier: "premium".into(),
            section: "world".into(),
        }
    }

    #[test]
    fn create_save_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let desk = Desk::open_with_keyring(dir.path(), Keyring::service("t")).unwrap();
            let a = desk.create_article().unwrap();
            assert_eq!(a.state, WorkflowState::Draft);
            assert_eq!(a.tier, "public");
            desk.save_article(a.id, &edit("Harbour cranes", "Body text."))
                .unwrap();
            a.id
        };
        let desk = Desk::open_with_keyring(dir.path(), Keyring::service("t")).unwrap();
        let a = desk.article(id).unwrap();
        assert_eq!(a.title, "Harbour cranes");
        assert_eq!(a.body, "Body text.");
        assert_eq!(a.tier, "premium");
        let list = desk.list_articles().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title, "Harbour cranes");
    }

    #[test]
    fn unchanged_save_keeps_modification_time() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let first = desk.save_article(a.id, &edit("T", "B")).unwrap();
        let second = desk.save_article(a.id, &edit("T", "B")).unwrap();
        assert_eq!(first.updated_at, second.updated_at);
    }

    #[test]
    fn list_is_newest_first() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let b = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("edited later", "")).unwrap();
        let ids: Vec<Uuid> = desk.list_articles().unwrap().iter().map(|s| s.id).collect();
        assert_eq!(ids, vec![a.id, b.id]);
    }

    #[test]
    fn unknown_article_and_empty_tier_are_clear_errors() {
        let (_dir, desk) = desk();
        let err = desk.article(Uuid::now_v7()).unwrap_err();
        assert_eq!(err.code, crate::DeskErrorCode::NotFound);
        let a = desk.create_article().unwrap();
        let mut e = edit("T", "B");
        e.tier = " ".into();
        assert_eq!(
            desk.save_article(a.id, &e).unwrap_err().code,
            crate::DeskErrorCode::Invalid
        );
        assert_eq!(desk.article(a.id).unwrap().title, "");
    }
}
