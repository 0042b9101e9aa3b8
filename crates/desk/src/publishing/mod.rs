//! The editor's side of publishing: what an article would send, the checks before it
//! goes, what each kind of reader will receive, the line under the headline the site
//! will print, and putting it in the outbox.
//!
//! Nothing here talks to a site: [`Desk::publish`] and [`Desk::unpublish`] store an
//! operation and return; `sender.rs` delivers it. When the site confirms, the desk
//! records the version it now has (the next `If-Match`), the public addresses, the slugs
//! the site knows, and moves the article to published or scheduled.

pub(crate) mod checks;
pub(crate) mod outbox;
pub(crate) mod page_header;
pub(crate) mod publications;
pub(crate) mod readers;
pub(crate) mod schedule;
pub(crate) mod sender;

pub use checks::{Blocks, Check, CheckCode, Severity};
use checks::{check, default_locales, slugs_for};
pub use page_header::PreviewMeta;
pub use publications::Publication;
use publications::publication;
pub use readers::ReaderView;
pub use schedule::{ScheduleTime, editor_time_zone};

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use dateline_protocol::{ArticlePut, SiteInfo};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::{parse_stamp, stamp};
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::publishing::outbox::{NewOp, OpAction, OutboxOp};
use crate::translate::translations::{self, TextState};

/// Everything the Publish panel shows about an article and a site.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PublishPlan {
    pub article_id: Uuid,
    pub site_url: String,
    /// The site's description as last seen (tiers, sections, locales, time zone, role).
    pub site: Option<SiteInfo>,
    pub title: String,
    pub tier: String,
    pub section: String,
    pub publish_at: Option<String>,
    pub texts: Vec<TextState>,
    /// The locales checked (the source and every translation that is done and current,
    /// unless the request named others).
    pub locales: Vec<String>,
    /// The slug each checked locale will be published under.
    pub slugs: BTreeMap<String, String>,
    pub publication: Option<Publication>,
    /// The newest operation for this article and site, if any.
    pub last_op: Option<OutboxOp>,
    pub checks: Vec<Check>,
    /// The editor's time zone (IANA name), for showing times beside the site's.
    pub editor_time_zone: String,
}

/// What the editor asks to publish.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct PublishRequest {
    pub article_id: Uuid,
    /// `None`: the default site.
    pub site_url: Option<String>,
    /// `None`: the default choice of [`PublishPlan::locales`].
    pub locales: Option<Vec<String>>,
    /// The editor has seen that some of the locales are outdated translations.
    pub confirm_outdated: bool,
    /// When it should appear (RFC 3339); `None`: now.
    pub publish_at: Option<String>,
}

/// A bulk publish, as queued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BulkPublish {
    pub batch: String,
    pub queued: u32,
    /// Articles left out, with the first error that stopped each.
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Skipped {
    pub article_id: Uuid,
    pub title: String,
    pub reason: String,
}

impl Desk {
    /// What publishing `id` to `site_url` (the default site if `None`) would send, and
    /// what stands in its way. `locales`: the locales to check, else the default choice.
    pub fn publish_plan(
        &self,
        id: Uuid,
        site_url: Option<&str>,
        locales: Option<&[String]>,
    ) -> Result<PublishPlan> {
        let site_url = self.target_site(site_url)?;
        let site = self.site_info(&site_url)?;
        let article = self.article(id)?;
        let db = self.db();
        let texts = translations::text_states(&db, id)?;
        let locales: Vec<String> = match locales {
            Some(l) => l.to_vec(),
            None => default_locales(&texts, publication(&db, id, &site_url)?.as_ref()),
        };
        let slugs = slugs_for(id, &texts, &locales);
        let mut checks = Vec::new();
        check(
            &db,
            id,
            &site_url,
            site.as_ref(),
            &article,
            &texts,
            &locales,
            &slugs,
            self,
            &mut checks,
        )?;
        let publication = publication(&db, id, &site_url)?;
        let last_op: Option<i64> = db
            .query_row(
                "SELECT max(id) FROM outbox WHERE article_id = ?1 AND site_url = ?2",
                params![id.to_string(), site_url],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let last_op = last_op.map(|op| outbox::op(&db, op)).transpose()?;
        Ok(PublishPlan {
            article_id: id,
            site_url,
            site,
            title: article.title,
            tier: article.tier,
            section: article.section,
            publish_at: article.publish_at,
            texts,
            locales,
            slugs,
            publication,
            last_op,
            checks,
            editor_time_zone: editor_time_zone(),
        })
    }

    /// Puts a publish (or update) in the outbox and returns at once. Refused, with every
    /// error found, if a check fails; outdated translations need `confirm_outdated`.
    pub fn publish(&self, req: &PublishRequest) -> Result<OutboxOp> {
        self.queue_publish(req, None)
    }

    fn queue_publish(&self, req: &PublishRequest, batch: Option<&str>) -> Result<OutboxOp> {
        let publish_at = match req.publish_at.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(parse_stamp(s).ok_or_else(|| {
                DeskError::invalid(format!("{s:?} is not a date and time (RFC 3339)"))
            })?),
        };
        if self.is_deleted(req.article_id)? {
            return Err(DeskError::conflict(
                "the article is in the bin; restore it before publishing",
            ));
        }
        // The checks and the payload read the time from the article; a refused publish
        // puts the time it had back.
        let before = self.article(req.article_id)?.publish_at;
        self.set_publish_at(req.article_id, publish_at)?;
        let restore =
            || self.set_publish_at(req.article_id, before.as_deref().and_then(parse_stamp));
        let plan = match self.publish_plan(
            req.article_id,
            req.site_url.as_deref(),
            req.locales.as_deref(),
        ) {
            Ok(plan) => plan,
            Err(e) => {
                restore()?;
                return Err(e);
            }
        };
        let blocking: Vec<&str> = plan
            .checks
            .iter()
            .filter(|c| c.stops(req.confirm_outdated))
            .map(|c| c.message.as_str())
            .collect();
        if !blocking.is_empty() {
            restore()?;
            return Err(DeskError::invalid(format!(
                "not published: {}",
                blocking.join("; ")
            )));
        }
        let put = self.article_put(&plan)?;
        let now = self.clock.now();
        let inserted = {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let inserted = outbox::insert(
                &tx,
                &NewOp {
                    site_url: &plan.site_url,
                    article_id: req.article_id,
                    action: OpAction::Publish,
                    payload: Some(&put),
                    expect: None,
                    batch,
                },
                now,
            )?;
            tx.commit()?;
            inserted
        };
        for replaced in inserted.replaced {
            self.outbox_changed(replaced);
        }
        self.outbox_changed(inserted.id);
        self.outbox_op(inserted.id)
    }

    /// Puts an unpublish in the outbox. A publish that was never sent is simply
    /// withdrawn; one that may have reached the site is finished first, then undone.
    pub fn unpublish(&self, id: Uuid, site_url: Option<&str>) -> Result<OutboxOp> {
        let site_url = self.target_site(site_url)?;
        let mut replaced = Vec::new();
        let op = {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let publication = publication(&tx, id, &site_url)?;
            let pending = |attempted: bool| -> Result<Option<i64>> {
                Ok(tx
                    .query_row(
                        "SELECT max(id) FROM outbox WHERE article_id = ?1 AND site_url = ?2
                           AND action = 'publish' AND state IN ('queued', 'sending')
                           AND (attempts > 0) = ?3",
                        params![id.to_string(), site_url, attempted],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten())
            };
            let (sent, unsent) = (pending(true)?, pending(false)?);
            let live = publication.as_ref().is_some_and(|p| !p.unpublished);
            if !live && sent.is_none() {
                let Some(unsent) = unsent else {
                    return Err(DeskError::conflict(format!(
                        "the article is not published on {site_url}"
                    )));
                };
                tx.execute(
                    "UPDATE outbox SET state = 'cancelled', updated_at = ?2,
                       error_code = 'conflict', error_message = 'withdrawn by an unpublish'
                     WHERE id = ?1",
                    params![unsent, stamp(self.clock.now())],
                )?;
                tx.commit()?;
                unsent
            } else {
                let inserted = outbox::insert(
                    &tx,
                    &NewOp {
                        site_url: &site_url,
                        article_id: id,
                        action: OpAction::Unpublish,
                        payload: None,
                        expect: None,
                        batch: None,
                    },
                    self.clock.now(),
                )?;
                tx.commit()?;
                replaced = inserted.replaced;
                inserted.id
            }
        };
        // After the lock is released: announcing reads the operation back.
        for id in replaced {
            self.outbox_changed(id);
        }
        self.outbox_changed(op);
        self.outbox_op(op)
    }

    /// Queues many articles at once, each with its default locales. Articles whose
    /// checks fail are left out and listed; the rest share a batch for the progress bar.
    pub fn publish_many(&self, ids: &[Uuid], site_url: Option<&str>) -> Result<BulkPublish> {
        let batch = Uuid::now_v7().to_string();
        let mut queued = 0;
        let mut skipped = Vec::new();
        for &id in ids {
            let req = PublishRequest {
                article_id: id,
                site_url: site_url.map(str::to_owned),
                locales: None,
                confirm_outdated: false,
                publish_at: self.article(id).ok().and_then(|a| a.publish_at),
            };
            // One article's trouble does not stop the others: it is listed, and those
            // already queued go out under the batch the editor is shown.
            match self.queue_publish(&req, Some(&batch)) {
                Ok(_) => queued += 1,
                Err(e) => skipped.push(Skipped {
                    article_id: id,
                    title: self.article(id).map(|a| a.title).unwrap_or_default(),
                    reason: e.message,
                }),
            }
        }
        Ok(BulkPublish {
            batch,
            queued,
            skipped,
        })
    }

    fn target_site(&self, site_url: Option<&str>) -> Result<String> {
        match site_url {
            Some(url) => {
                let url = crate::sites::client::normalise_url(url)?;
                if self.sites()?.iter().any(|s| s.url == url) {
                    Ok(url)
                } else {
                    Err(DeskError::not_found(format!(
                        "{url} is not one of the desk's sites; add it in Settings"
                    )))
                }
            }
            None => self.site_url()?.ok_or_else(|| {
                DeskError::new(DeskErrorCode::NoSite, "no site is configured to publish to")
            }),
        }
    }

    fn is_deleted(&self, id: Uuid) -> Result<bool> {
        self.db()
            .query_row(
                "SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| crate::content::no_article(id))
    }

    fn set_publish_at(&self, id: Uuid, at: Option<DateTime<Utc>>) -> Result<()> {
        self.db().execute(
            "UPDATE articles SET publish_at = ?2 WHERE id = ?1",
            params![id.to_string(), at.map(stamp)],
        )?;
        Ok(())
    }

    pub(crate) fn article_put(&self, plan: &PublishPlan) -> Result<ArticlePut> {
        crate::content::sent::put_of(
            &self.db(),
            plan.article_id,
            &plan.locales,
            Some(&plan.slugs),
        )
    }
}

#[cfg(test)]
mod tests;
