//! Articles and their texts in the local store: creating, reading, saving.
//!
//! A save is one transaction: the article's metadata, its source text (through
//! `texts`, with the search index and the autosave revision), and the tags commit
//! together or not at all.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::content::states::WorkflowState;
use crate::content::{metadata, no_article, parse_id, texts};
use crate::error::Result;

/// A line of the article list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ArticleSummary {
    pub id: Uuid,
    /// The source text's headline.
    pub title: String,
    pub tier: String,
    pub state: WorkflowState,
    pub source_locale: String,
    pub section: String,
    pub tags: Vec<String>,
    pub byline: String,
    pub updated_at: String,
    /// The one move a writer may make from `state` (the rest of the workflow is the
    /// editors'): the desk's rule, so the interface need not know it.
    pub writer_move: Option<WorkflowState>,
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
    /// As [`ArticleSummary::writer_move`].
    pub writer_move: Option<WorkflowState>,
    pub title: String,
    pub standfirst: String,
    pub body: String,
    /// The source text's slug; empty until chosen or made at the first publish.
    pub slug: String,
    pub tags: Vec<String>,
    pub byline: String,
    /// Where a syndicated piece comes from.
    pub source_url: Option<String>,
    /// When it is scheduled to appear (an editor's decision).
    pub publish_at: Option<String>,
    pub updated_at: String,
    /// Public address of the source text on the configured site, once published.
    pub published_url: Option<String>,
    /// On the desk's site, and changed since it was sent there: an update would send
    /// the changes.
    pub unsent_changes: bool,
    /// The locales the article has a text in, the source locale first.
    pub locales: Vec<String>,
}

/// What the editor saves: the source text and the article's metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct ArticleEdit {
    pub title: String,
    pub standfirst: String,
    pub body: String,
    pub tier: String,
    pub section: String,
    /// Empty: made from the headline when first published.
    pub slug: String,
    /// Trimmed and deduplicated (ignoring case) when saved.
    pub tags: Vec<String>,
    pub byline: String,
    /// http(s) only; empty or `null` for none.
    pub source_url: Option<String>,
}

/// The current state of an article and its source text, read inside a transaction.
struct Current {
    summary: ArticleSummary,
    source_url: Option<String>,
    text_id: i64,
    standfirst: String,
    body: String,
    slug: String,
}

/// The columns `summary_row` reads, from `articles a` and the source text `s`.
pub(crate) const SUMMARY_COLUMNS: &str = "a.id, COALESCE(s.title, ''), a.tier, a.state, \
     a.source_locale, a.section, a.tags, a.byline, a.updated_at";

/// A row of `SUMMARY_COLUMNS`, starting at column `at`, still as stored.
pub(crate) struct SummaryRow([String; 9]);

impl SummaryRow {
    pub(crate) fn read(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let mut cols: [String; 9] = Default::default();
        for (i, col) in cols.iter_mut().enumerate() {
            *col = r.get(at + i)?;
        }
        Ok(Self(cols))
    }

    pub(crate) fn into_summary(self) -> Result<ArticleSummary> {
        let [
            id,
            title,
            tier,
            state,
            source_locale,
            section,
            tags,
            byline,
            updated_at,
        ] = self.0;
        let state = crate::content::states::parse_state(&state)?;
        Ok(ArticleSummary {
            id: parse_id(&id)?,
            title,
            tier,
            state,
            source_locale,
            section,
            tags: parse_tags(&tags),
            byline,
            updated_at,
            writer_move: state.writer_move(),
        })
    }
}

pub(crate) fn parse_tags(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// The summary of one article, deleted or not.
pub(crate) fn summary(conn: &Connection, id: Uuid) -> Result<ArticleSummary> {
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM articles a
         LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
         WHERE a.id = ?1"
    ))?
    .query_row([id.to_string()], |r| SummaryRow::read(r, 0))
    .optional()?
    .ok_or_else(|| no_article(id))?
    .into_summary()
}

/// Replaces an article's tags, in `articles.tags` and as rows to filter on.
pub(crate) fn set_tags(conn: &Connection, id: Uuid, tags: &[String]) -> Result<()> {
    let json = serde_json::to_string(tags).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached("UPDATE articles SET tags = ?2 WHERE id = ?1")?
        .execute(params![id.to_string(), json])?;
    conn.prepare_cached("DELETE FROM article_tags WHERE article_id = ?1")?
        .execute([id.to_string()])?;
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO article_tags(article_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![id.to_string(), tag])?;
    }
    Ok(())
}

/// Marks an article as the most recently edited, and brings the search index up to a
/// byline the change may have set (every change of an article ends here).
pub(crate) fn touch(conn: &Connection, id: Uuid, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE articles SET updated_at = ?2,
           edit_seq = (SELECT COALESCE(MAX(edit_seq), 0) + 1 FROM articles)
         WHERE id = ?1",
    )?
    .execute(params![id.to_string(), now])?;
    texts::reindex_bylines(conn)
}

fn current(conn: &Connection, id: Uuid) -> Result<Current> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, a.source_url,
                    s.id, s.standfirst, s.body, s.slug
             FROM articles a
             JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
             WHERE a.id = ?1"
        ))?
        .query_row([id.to_string()], |r| {
            Ok((
                SummaryRow::read(r, 0)?,
                r.get::<_, Option<String>>(9)?,
                r.get::<_, i64>(10)?,
                r.get::<_, String>(11)?,
                r.get::<_, String>(12)?,
                r.get::<_, String>(13)?,
            ))
        })
        .optional()?
        .ok_or_else(|| no_article(id))?;
    let (summary, source_url, text_id, standfirst, body, slug) = row;
    Ok(Current {
        summary: summary.into_summary()?,
        source_url,
        text_id,
        standfirst,
        body,
        slug,
    })
}

impl Desk {
    /// A new, empty draft in the interface's language, in the site's first section.
    pub fn create_article(&self) -> Result<Article> {
        let id = Uuid::now_v7();
        let locale = self.writing_locale()?;
        let section = self
            .cached_site_info()?
            .and_then(|info| info.sections.first().map(|s| s.path.clone()))
            .unwrap_or_default();
        let now = stamp(self.clock.now());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO articles(id, source_locale, section, created_at, updated_at, edit_seq)
             VALUES (?1, ?2, ?3, ?4, ?4, (SELECT COALESCE(MAX(edit_seq), 0) + 1 FROM articles))",
            params![id.to_string(), locale, section, now],
        )?;
        texts::create(&tx, id, &locale, &now)?;
        tx.commit()?;
        drop(db);
        self.changes.article(id);
        self.article(id)
    }

    /// Every article that is not deleted, most recently edited first.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let db = self.db();
        let mut stmt = db.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a
             LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
             WHERE a.deleted_at IS NULL
             ORDER BY a.edit_seq DESC"
        ))?;
        let rows = stmt.query_map([], |r| SummaryRow::read(r, 0))?;
        rows.map(|row| row?.into_summary()).collect()
    }

    /// An article with its source text (deleted articles too, so an open editor keeps
    /// working until the deletion is undone or the editor closes).
    pub fn article(&self, id: Uuid) -> Result<Article> {
        let site_url = self.site_url()?;
        let db = self.db();
        let cur = current(&db, id)?;
        let (publish_at,): (Option<String>,) = db.query_row(
            "SELECT publish_at FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?,)),
        )?;
        let mut locales: Vec<String> = db
            .prepare_cached(
                "SELECT locale FROM article_texts WHERE article_id = ?1 ORDER BY locale",
            )?
            .query_map([id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let src = &cur.summary.source_locale;
        locales.sort_by_key(|l| l != src);
        let unsent_changes = match &site_url {
            Some(url) => crate::content::sent::unsent_changes(&db, id, url)?,
            None => false,
        };
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
                .and_then(|urls| urls.get(src).cloned()),
            None => None,
        };
        let s = cur.summary;
        Ok(Article {
            id,
            source_locale: s.source_locale,
            section: s.section,
            tier: s.tier,
            state: s.state,
            writer_move: s.writer_move,
            title: s.title,
            standfirst: cur.standfirst,
            body: cur.body,
            slug: cur.slug,
            tags: s.tags,
            byline: s.byline,
            source_url: cur.source_url,
            publish_at,
            updated_at: s.updated_at,
            published_url,
            unsent_changes,
            locales,
        })
    }

    /// Saves the editor's state of an article in one transaction. Saving what is
    /// already stored changes nothing, not even the modification time.
    ///
    /// A deleted article is still saved (and stays deleted): a save racing a delete must
    /// not lose the last words typed.
    pub fn save_article(&self, id: Uuid, edit: &ArticleEdit) -> Result<ArticleSummary> {
        self.save_article_over(id, edit, None)
    }

    /// Saves `edit`, which a view made from `expected` (what it last knew was stored).
    /// When the stored article has changed since (the newsroom's sync brought another
    /// desk's work, another view saved), only what the view changed is applied: other
    /// fields keep what is stored, and a text changed on both sides is merged by
    /// paragraph, a paragraph changed on both keeping both versions. Nobody's words are
    /// written over.
    pub fn save_article_over(
        &self,
        id: Uuid,
        edit: &ArticleEdit,
        expected: Option<&ArticleEdit>,
    ) -> Result<ArticleSummary> {
        let rebased;
        let edit = match expected {
            Some(expected) if expected != edit => {
                let stored = self.stored_edit(id)?;
                if stored == *expected {
                    edit
                } else {
                    rebased = rebase(edit, expected, &stored);
                    &rebased
                }
            }
            _ => edit,
        };
        metadata::check_tier(&edit.tier)?;
        metadata::check_slug(&edit.slug)?;
        let source_url = metadata::check_source_url(edit.source_url.as_deref())?;
        let tags = metadata::normalise_tags(&edit.tags);
        let now = self.clock.now();

        let mut db = self.db();
        // IMMEDIATE: take the write lock first, so a busy database is reported before
        // anything is read, never as a failed upgrade halfway through.
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let cur = current(&tx, id)?;
        let s = &cur.summary;
        let text_changed =
            s.title != edit.title || cur.standfirst != edit.standfirst || cur.body != edit.body;
        let meta_changed = s.tier != edit.tier
            || s.section != edit.section
            || cur.slug != edit.slug
            || s.tags != tags
            || s.byline != edit.byline
            || cur.source_url != source_url;
        if !text_changed && !meta_changed {
            return Ok(cur.summary);
        }
        let now_s = stamp(now);
        tx.prepare_cached(
            "UPDATE articles SET tier = ?2, section = ?3, byline = ?4, source_url = ?5
             WHERE id = ?1",
        )?
        .execute(params![
            id.to_string(),
            edit.tier,
            edit.section,
            edit.byline,
            source_url
        ])?;
        if s.tags != tags {
            set_tags(&tx, id, &tags)?;
        }
        touch(&tx, id, &now_s)?;
        let text = texts::Text::of(id, &s.source_locale, cur.text_id);
        if text_changed {
            let words = texts::Words {
                title: &edit.title,
                standfirst: &edit.standfirst,
                body: &edit.body,
                slug: Some(&edit.slug),
                block_sources: None,
            };
            texts::write(&tx, text, &words, texts::Record::Typing(now), &now_s)?;
        } else if cur.slug != edit.slug {
            texts::set_slug(&tx, text, &edit.slug, &now_s)?;
        }
        let summary = summary(&tx, id)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(summary)
    }
}

impl Desk {
    /// The article as an [`ArticleEdit`], as stored now.
    fn stored_edit(&self, id: Uuid) -> Result<ArticleEdit> {
        let cur = current(&self.db(), id)?;
        Ok(ArticleEdit {
            title: cur.summary.title,
            standfirst: cur.standfirst,
            body: cur.body,
            tier: cur.summary.tier,
            section: cur.summary.section,
            slug: cur.slug,
            tags: cur.summary.tags,
            byline: cur.summary.byline,
            source_url: cur.source_url,
        })
    }
}

/// `edit`, made from `expected`, applied to `stored`: each field as the view changed
/// it, else as stored; texts changed on both sides merged.
fn rebase(edit: &ArticleEdit, expected: &ArticleEdit, stored: &ArticleEdit) -> ArticleEdit {
    use crate::text::merge::{rebase_body, rebase_line};
    fn field<T: PartialEq + Clone>(edit: &T, expected: &T, stored: &T) -> T {
        if edit == expected {
            stored.clone()
        } else {
            edit.clone()
        }
    }
    ArticleEdit {
        title: rebase_line(&edit.title, &expected.title, &stored.title),
        standfirst: rebase_line(&edit.standfirst, &expected.standfirst, &stored.standfirst),
        body: rebase_body(&edit.body, &expected.body, &stored.body),
        tier: field(&edit.tier, &expected.tier, &stored.tier),
        section: field(&edit.section, &expected.section, &stored.section),
        slug: field(&edit.slug, &expected.slug, &stored.slug),
        tags: field(&edit.tags, &expected.tags, &stored.tags),
        byline: field(&edit.byline, &expected.byline, &stored.byline),
        source_url: field(&edit.source_url, &expected.source_url, &stored.source_url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DeskErrorCode;
    use crate::testutil::{desk, edit};

    /// The editor saves what it typed over a text that changed under it (the newsroom
    /// brought a colleague's paragraph and tier): both stay.
    #[test]
    fn a_save_made_before_a_change_under_it_keeps_both() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let loaded = edit("Tides", "First.\n\nSecond.\n\nThird.\n");
        desk.save_article(a.id, &loaded).unwrap();
        let mut theirs = edit(
            "Tides",
            "First.\n\nSecond, as a colleague put it.\n\nThird.\n",
        );
        theirs.tier = "members".into();
        desk.save_article(a.id, &theirs).unwrap();

        let typed = edit("Tides", "First, as typed here.\n\nSecond.\n\nThird.\n");
        desk.save_article_over(a.id, &typed, Some(&loaded)).unwrap();
        let now = desk.article(a.id).unwrap();
        assert_eq!(
            now.body,
            "First, as typed here.\n\nSecond, as a colleague put it.\n\nThird.\n"
        );
        assert_eq!(
            now.tier, "members",
            "a field the editor did not touch stays as stored"
        );

        // The same paragraph on both sides: both versions stay, one after the other.
        let loaded = desk.stored_edit(a.id).unwrap();
        let mut theirs = loaded.clone();
        theirs.body = theirs.body.replace("Third.", "Third, theirs.");
        desk.save_article(a.id, &theirs).unwrap();
        let mut typed = loaded.clone();
        typed.body = typed.body.replace("Third.", "Third, mine.");
        desk.save_article_over(a.id, &typed, Some(&loaded)).unwrap();
        let body = desk.article(a.id).unwrap().body;
        assert!(body.contains("Third, mine.\n\nThird, theirs."), "{body}");
    }

    #[test]
    fn create_save_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let desk = crate::testutil::open(dir.path());
            let a = desk.create_article().unwrap();
            assert_eq!(a.state, WorkflowState::Draft);
            assert_eq!(a.tier, "public");
            desk.save_article(a.id, &edit("Harbour cranes", "Body text."))
                .unwrap();
            a.id
        };
        let desk = crate::testutil::open(dir.path());
        let a = desk.article(id).unwrap();
        assert_eq!(a.title, "Harbour cranes");
        assert_eq!(a.body, "Body text.");
        assert_eq!(a.tier, "premium");
        let list = desk.list_articles().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title, "Harbour cranes");
    }

    #[test]
    fn metadata_is_saved_normalised_and_reported() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        let mut e = edit("Ports", "Body");
        e.slug = "ports-reopen".into();
        e.tags = vec![
            " shipping ".into(),
            "Shipping".into(),
            "asia".into(),
            "".into(),
        ];
        e.byline = "Ana Ruiz".into();
        e.source_url = Some(" https://wire.example/123 ".into());
        let s = desk.save_article(a.id, &e).unwrap();
        assert_eq!(s.tags, vec!["shipping", "asia"]);
        assert_eq!(s.byline, "Ana Ruiz");
        assert_eq!(s.section, "world");
        let a = desk.article(a.id).unwrap();
        assert_eq!(a.slug, "ports-reopen");
        assert_eq!(a.source_url.as_deref(), Some("https://wire.example/123"));
        assert_eq!(a.tags, vec!["shipping", "asia"]);
        assert_eq!(a.locales, vec![a.source_locale.clone()]);
        assert_eq!(a.publish_at, None);
        // Clearing the link clears it.
        e.source_url = Some(String::new());
        desk.save_article(a.id, &e).unwrap();
        assert_eq!(desk.article(a.id).unwrap().source_url, None);
    }

    #[test]
    fn invalid_metadata_is_refused_and_nothing_changes() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Kept", "Kept body")).unwrap();
        let before = desk.article(a.id).unwrap();
        let mut bad_url = edit("Changed", "Changed");
        bad_url.source_url = Some("javascript:alert(1)".into());
        let mut bad_slug = edit("Changed", "Changed");
        bad_slug.slug = "Not A Slug".into();
        let mut bad_tier = edit("Changed", "Changed");
        bad_tier.tier = " ".into();
        for e in [bad_url, bad_slug, bad_tier] {
            assert_eq!(
                desk.save_article(a.id, &e).unwrap_err().code,
                DeskErrorCode::Invalid
            );
        }
        assert_eq!(desk.article(a.id).unwrap(), before);
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
    fn unknown_article_is_a_clear_error() {
        let (_dir, desk) = desk();
        let err = desk.article(Uuid::now_v7()).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::NotFound);
        let err = desk
            .save_article(Uuid::now_v7(), &edit("T", "B"))
            .unwrap_err();
        assert_eq!(err.code, DeskErrorCode::NotFound);
    }
}
