//! Connecting to a site and publishing an article to it.
//!
//! This is the skeleton path: a publish is sent at once and its answer recorded. The
//! outbox (queued while offline, retried with the same idempotency key) builds on it.

use dateline_protocol::{ArticlePut, ArticleText, PublishedArticle, SiteInfo, slugify};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use crate::client::{Expect, SiteClient, normalise_url};
use crate::clock::stamp;
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::revisions::{self, RevisionKind};
use crate::{Desk, SiteStatus, WorkflowState, settings};

impl Desk {
    /// Points the desk at a site: checks the token against it, then keeps the token in
    /// the keyring and the address and the site's description in the database.
    pub async fn connect(&self, site_url: &str, token: &str) -> Result<SiteInfo> {
        let url = normalise_url(site_url)?;
        let token = token.trim();
        if token.is_empty() {
            return Err(DeskError::invalid("the API token is empty"));
        }
        let info = SiteClient::new(&url, token)?.site_info().await?;
        self.keyring().store_token(&url, token)?;
        let db = self.db();
        settings::set(&db, settings::SITE_URL, &url)?;
        cache_site_info(&db, &info)?;
        Ok(info)
    }

    /// The configured site, refreshed from the network when it answers.
    pub async fn site_status(&self) -> Result<SiteStatus> {
        let Some(url) = self.site_url()? else {
            return Ok(SiteStatus {
                url: None,
                info: None,
                online: false,
                problem: Some(DeskError::new(
                    DeskErrorCode::NoSite,
                    "no site is configured",
                )),
            });
        };
        let cached = self.cached_site_info()?;
        let fresh = match self.client(&url) {
            Ok(client) => client.site_info().await,
            Err(e) => Err(e),
        };
        Ok(match fresh {
            Ok(info) => {
                cache_site_info(&self.db(), &info)?;
                SiteStatus {
                    url: Some(url),
                    info: Some(info),
                    online: true,
                    problem: None,
                }
            }
            Err(problem) => SiteStatus {
                url: Some(url),
                info: cached,
                online: false,
                problem: Some(problem),
            },
        })
    }

    pub(crate) fn cached_site_info(&self) -> Result<Option<SiteInfo>> {
        Ok(settings::get(&self.db(), settings::SITE_INFO)?
            .and_then(|json| serde_json::from_str(&json).ok()))
    }

    fn client(&self, url: &str) -> Result<SiteClient> {
        let token = self.keyring().token(url)?.ok_or_else(|| {
            DeskError::new(
                DeskErrorCode::Unauthorized,
                format!(
                    "no API token for {url} in the OS keyring; connect the desk to the site again"
                ),
            )
        })?;
        SiteClient::new(url, &token)
    }

    /// Publishes an article's source text to the configured site and records the
    /// site's answer. On any refusal the article is left exactly as it was.
    pub async fn publish(&self, id: Uuid) -> Result<PublishedArticle> {
        let url = self.site_url()?.ok_or_else(|| {
            DeskError::new(DeskErrorCode::NoSite, "no site is configured to publish to")
        })?;
        let client = self.client(&url)?;
        let (put, expect) = self.article_put(id, &url)?;
        let published = client.put_article(id, &put, expect, Uuid::new_v4()).await?;

        let mut db = self.db();
        let tx = db.transaction()?;
        tx.execute(
            "INSERT INTO publications(article_id, site_url, version, urls, published_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(article_id, site_url) DO UPDATE SET
               version = excluded.version, urls = excluded.urls,
               published_at = excluded.published_at",
            params![
                id.to_string(),
                url,
                published.version as i64,
                serde_json::to_string(&published.urls).unwrap_or_default(),
                stamp(self.clock.now())
            ],
        )?;
        for text in &put.texts {
            // Keep the slug the site now knows, so the next update keeps the address.
            tx.execute(
                "UPDATE article_texts SET slug = ?3 WHERE article_id = ?1 AND locale = ?2",
                params![id.to_string(), text.locale, text.slug],
            )?;
        }
        let moved = tx.execute(
            "UPDATE articles SET state = ?2 WHERE id = ?1 AND state <> ?2",
            params![id.to_string(), WorkflowState::Published.as_str()],
        )?;
        if moved > 0 {
            let now = stamp(self.clock.now());
            revisions::snapshot(
                &tx,
                id,
                &put.source_locale,
                RevisionKind::Workflow,
                Some(WorkflowState::Published.as_str()),
                &now,
            )?;
        }
        tx.commit()?;
        Ok(published)
    }

    fn article_put(&self, id: Uuid, site_url: &str) -> Result<(ArticlePut, Expect)> {
        let a = self.article(id)?;
        if a.title.trim().is_empty() {
            return Err(DeskError::invalid("the article has no headline yet"));
        }
        if a.section.is_empty() {
            return Err(DeskError::invalid("choose a section before publishing"));
        }
        let db = self.db();
        let (slug, byline): (String, String) = db.query_row(
            "SELECT t.slug, a.byline FROM articles a
             JOIN article_texts t ON t.article_id = a.id AND t.locale = a.source_locale
             WHERE a.id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let version: Option<i64> = db
            .query_row(
                "SELECT version FROM publications WHERE article_id = ?1 AND site_url = ?2",
                [id.to_string(), site_url.to_owned()],
                |r| r.get(0),
            )
            .optional()?;
        let slug = if slug.is_empty() {
            slugify(&a.title, &id.simple().to_string()[..12])
        } else {
            slug
        };
        let publish_at = a.publish_at.as_deref().and_then(crate::clock::parse_stamp);
        let put = ArticlePut {
            source_locale: a.source_locale.clone(),
            section: a.section,
            tags: a.tags,
            byline,
            source_url: a.source_url,
            tier: a.tier,
            publish_at,
            texts: vec![ArticleText {
                locale: a.source_locale,
                title: a.title,
                standfirst: a.standfirst,
                body: a.body,
                slug,
            }],
        };
        let expect = version.map_or(Expect::Absent, |v| Expect::Version(v as u64));
        Ok((put, expect))
    }
}

fn cache_site_info(db: &rusqlite::Connection, info: &SiteInfo) -> Result<()> {
    let json = serde_json::to_string(info)
        .map_err(|e| DeskError::storage(format!("cannot keep the site's description: {e}")))?;
    settings::set(db, settings::SITE_INFO, &json)
}
