//! The editor's side of publishing: what an article would send, the checks before it
//! goes, what each kind of reader will receive, and putting it in the outbox.
//!
//! Nothing here talks to a site: [`Desk::publish`] and [`Desk::unpublish`] store an
//! operation and return; `sender.rs` delivers it. When the site confirms, the desk
//! records the version it now has (the next `If-Match`), the public addresses, the slugs
//! the site knows, and moves the article to published or scheduled.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use dateline_protocol::{ArticlePut, ArticleText, PublishedArticle, SiteInfo, slugify};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::clock::{parse_stamp, stamp};
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::outbox::{self, NewOp, OpAction, OutboxOp};
use crate::revisions::{self, RevisionKind};
use crate::translations::{self, TextState, TranslationStatus};
use crate::{Desk, WorkflowState, articles, search};

/// How serious a finding is: errors stop the publish, warnings ask for a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding of the checks before publishing. `code` is stable, for the interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Check {
    pub severity: Severity,
    pub code: String,
    pub locale: Option<String>,
    pub message: String,
}

/// What the desk last heard from a site about an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Publication {
    pub site_url: String,
    #[ts(type = "number")]
    pub version: u64,
    pub urls: BTreeMap<String, String>,
    pub published_at: String,
    pub unpublished: bool,
}

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

/// What one kind of reader receives of one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReaderView {
    /// `anonymous` for a reader without an account, else a tier id.
    pub reader: String,
    /// The tier's name in the text's locale (or the id).
    pub reader_name: String,
    pub sees_everything: bool,
    pub title: String,
    pub standfirst: String,
    /// What this reader receives.
    pub shown_html: String,
    /// What the site holds back from this reader (shown in the desk, marked).
    pub hidden_html: Option<String>,
}

/// A time in the site's zone and the editor's, from a wall-clock time in one of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ScheduleTime {
    /// RFC 3339, UTC: what is stored and sent.
    pub utc: String,
    /// `YYYY-MM-DDTHH:MM` in the site's zone and in the editor's.
    pub site_local: String,
    pub editor_local: String,
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
            .filter(|c| {
                c.severity == Severity::Error || (c.code == "outdated" && !req.confirm_outdated)
            })
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

    /// "Preview as reader": what an anonymous reader and each tier's reader receives of
    /// the `locale` text, rendered by the site's pipeline, with the held-back part apart.
    pub fn reader_views(
        &self,
        id: Uuid,
        site_url: Option<&str>,
        locale: &str,
    ) -> Result<Vec<ReaderView>> {
        let site_url = self.target_site(site_url)?;
        let site = self.site_info(&site_url)?.ok_or_else(|| {
            DeskError::new(
                DeskErrorCode::NoSite,
                format!("the desk has not yet seen {site_url}'s tiers: test the connection"),
            )
        })?;
        let article = self.article(id)?;
        let text = self.text(id, locale)?;
        let article_rank = site
            .tiers
            .iter()
            .find(|t| t.id == article.tier)
            .map_or(u32::MAX, |t| t.rank);
        let rendered = crate::render_preview(&text.body, article_rank > 0);
        let name = |names: &BTreeMap<String, String>, fallback: &str| {
            names
                .get(locale)
                .or_else(|| names.get(&site.default_locale))
                .cloned()
                .unwrap_or_else(|| fallback.to_owned())
        };
        let mut tiers = site.tiers.clone();
        tiers.sort_by_key(|t| t.rank);
        let mut readers: Vec<(String, String, u32)> =
            vec![("anonymous".into(), "anonymous".into(), 0)];
        readers.extend(
            tiers
                .iter()
                .filter(|t| t.rank > 0)
                .map(|t| (t.id.clone(), name(&t.names, &t.id), t.rank)),
        );
        Ok(readers
            .into_iter()
            .map(|(reader, reader_name, rank)| {
                let sees_everything = rank >= article_rank || rendered.paid_html.is_none();
                let (shown_html, hidden_html) = if sees_everything {
                    let mut all = rendered.free_html.clone();
                    all.push_str(rendered.paid_html.as_deref().unwrap_or(""));
                    (all, None)
                } else {
                    (rendered.free_html.clone(), rendered.paid_html.clone())
                };
                ReaderView {
                    reader,
                    reader_name,
                    sees_everything,
                    title: text.title.clone(),
                    standfirst: text.standfirst.clone(),
                    shown_html,
                    hidden_html,
                }
            })
            .collect())
    }

    /// A wall-clock time in `zone` (`YYYY-MM-DDTHH:MM`) as an instant, shown in the
    /// site's zone and the editor's. A time that does not exist in the zone (the hour
    /// skipped when clocks go forward) or exists twice (when they go back) is refused
    /// with a message saying so.
    pub fn schedule_time(
        &self,
        local: &str,
        zone: &str,
        site_url: Option<&str>,
    ) -> Result<ScheduleTime> {
        let tz: chrono_tz::Tz = zone
            .parse()
            .map_err(|_| DeskError::invalid(format!("{zone:?} is not a time zone")))?;
        let naive = NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M")
            .map_err(|e| DeskError::invalid(format!("{local:?} is not a date and time: {e}")))?;
        let at = match tz.from_local_datetime(&naive) {
            chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
            chrono::LocalResult::None => {
                return Err(DeskError::invalid(format!(
                    "{local} does not exist in {zone} (the clocks skip that hour)"
                )));
            }
            chrono::LocalResult::Ambiguous(_, _) => {
                return Err(DeskError::invalid(format!(
                    "{local} happens twice in {zone} (the clocks go back that hour); choose \
                     another minute"
                )));
            }
        };
        let site_zone = self
            .site_info(&self.target_site(site_url)?)?
            .map(|s| s.time_zone)
            .unwrap_or_else(|| "UTC".into());
        Ok(ScheduleTime {
            utc: stamp(at),
            site_local: wall_clock(at, &site_zone),
            editor_local: wall_clock(at, &editor_time_zone()),
        })
    }

    fn target_site(&self, site_url: Option<&str>) -> Result<String> {
        match site_url {
            Some(url) => {
                let url = crate::client::normalise_url(url)?;
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
            .ok_or_else(|| articles::no_article(id))
    }

    fn set_publish_at(&self, id: Uuid, at: Option<DateTime<Utc>>) -> Result<()> {
        self.db().execute(
            "UPDATE articles SET publish_at = ?2 WHERE id = ?1",
            params![id.to_string(), at.map(stamp)],
        )?;
        Ok(())
    }

    pub(crate) fn article_put(&self, plan: &PublishPlan) -> Result<ArticlePut> {
        let a = self.article(plan.article_id)?;
        let mut texts = Vec::with_capacity(plan.locales.len());
        for locale in &plan.locales {
            let t = self.text(plan.article_id, locale)?;
            texts.push(ArticleText {
                locale: locale.clone(),
                title: t.title,
                standfirst: t.standfirst,
                body: t.body,
                slug: plan.slugs.get(locale).cloned().unwrap_or_default(),
            });
        }
        Ok(ArticlePut {
            source_locale: a.source_locale,
            section: a.section,
            tags: a.tags,
            byline: a.byline,
            source_url: a.source_url,
            tier: a.tier,
            publish_at: a.publish_at.as_deref().and_then(parse_stamp),
            texts,
        })
    }
}

/// The source, and every translation that is done and not outdated; on an update, also
/// every locale already on the site.
fn default_locales(texts: &[TextState], publication: Option<&Publication>) -> Vec<String> {
    texts
        .iter()
        .filter(|t| {
            t.is_source
                || (t.status == TranslationStatus::Done && !t.outdated)
                || publication.is_some_and(|p| !p.unpublished && p.urls.contains_key(&t.locale))
        })
        .map(|t| t.locale.clone())
        .collect()
}

/// The slug of each locale: the one it has, else one made from its headline.
fn slugs_for(id: Uuid, texts: &[TextState], locales: &[String]) -> BTreeMap<String, String> {
    let fallback = id.simple().to_string()[..12].to_owned();
    locales
        .iter()
        .filter_map(|l| texts.iter().find(|t| &t.locale == l))
        .map(|t| {
            let slug = if t.slug.is_empty() {
                slugify(&t.title, &fallback)
            } else {
                t.slug.clone()
            };
            (t.locale.clone(), slug)
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn check(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    site: Option<&SiteInfo>,
    article: &crate::Article,
    texts: &[TextState],
    locales: &[String],
    slugs: &BTreeMap<String, String>,
    desk: &Desk,
    out: &mut Vec<Check>,
) -> Result<()> {
    let mut push = |severity, code: &str, locale: Option<&str>, message: String| {
        out.push(Check {
            severity,
            code: code.to_owned(),
            locale: locale.map(str::to_owned),
            message,
        })
    };
    use Severity::{Error, Warning};
    let Some(site) = site else {
        push(
            Error,
            "site_unknown",
            None,
            format!("the desk has not yet seen {site_url}: test the connection in Settings"),
        );
        return Ok(());
    };
    if !site.role.may_publish() {
        push(
            Warning,
            "role",
            None,
            format!(
                "the token for {} is a {}'s: the site will refuse to publish",
                site.name,
                site.role.as_str()
            ),
        );
    }
    let tier = site.tiers.iter().find(|t| t.id == article.tier);
    if tier.is_none() {
        push(
            Error,
            "tier_unknown",
            None,
            format!("{} has no tier {:?}", site.name, article.tier),
        );
    }
    let paid = tier.is_some_and(|t| t.rank > 0);
    if article.section.is_empty() {
        push(Error, "section_missing", None, "choose a section".into());
    } else if !site.sections.iter().any(|s| s.path == article.section) {
        push(
            Error,
            "section_unknown",
            None,
            format!("{} has no section {:?}", site.name, article.section),
        );
    }
    if locales.is_empty() {
        push(
            Error,
            "no_locale",
            None,
            "choose at least one locale".into(),
        );
    }
    if let Some(at) = article.publish_at.as_deref().and_then(parse_stamp)
        && at < desk.clock.now()
    {
        push(
            Warning,
            "schedule_past",
            None,
            "the scheduled time has passed: the article will appear at once".into(),
        );
    }
    let source_cut = texts.iter().any(|t| t.is_source && t.has_cut);
    for locale in locales {
        let l = Some(locale.as_str());
        let Some(text) = texts.iter().find(|t| &t.locale == locale) else {
            push(
                Error,
                "no_text",
                l,
                format!("the article has no {locale} text"),
            );
            continue;
        };
        if !site.locales.contains(locale) {
            push(
                Error,
                "locale_unknown",
                l,
                format!("{} does not publish in {locale}", site.name),
            );
        }
        if text.title.trim().is_empty() {
            push(
                Error,
                "no_headline",
                l,
                format!("the {locale} text has no headline"),
            );
        }
        if !text.is_source && text.status != TranslationStatus::Done {
            push(
                Error,
                "not_done",
                l,
                format!("the {locale} translation is not marked done"),
            );
        } else if text.outdated {
            push(
                Warning,
                "outdated",
                l,
                format!(
                    "the {locale} translation is outdated: the source changed after it was done"
                ),
            );
        }
        if paid && source_cut && !text.has_cut {
            push(
                Error,
                "cut_missing",
                l,
                format!(
                    "the source has a paywall cut but the {locale} text has none: its paid part \
                     would start at a different place"
                ),
            );
        }
        if let Some(slug) = slugs.get(locale) {
            let taken: Option<String> = conn
                .query_row(
                    "SELECT COALESCE(s.title, '') FROM article_texts t
                     JOIN publications p ON p.article_id = t.article_id AND p.site_url = ?4
                     LEFT JOIN article_texts s ON s.article_id = t.article_id
                       AND s.locale = t.locale
                     WHERE t.locale = ?1 AND t.slug = ?2 AND t.article_id <> ?3
                     LIMIT 1",
                    params![locale, slug, id.to_string(), site_url],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(other) = taken {
                push(
                    Error,
                    "slug_taken",
                    l,
                    format!("the {locale} address {slug:?} is already used by {other:?}"),
                );
            }
        }
        let body: String = conn.query_row(
            "SELECT body FROM article_texts WHERE article_id = ?1 AND locale = ?2",
            params![id.to_string(), locale],
            |r| r.get(0),
        )?;
        for name in dateline_render::image_refs(&body) {
            if crate::image_mime(&name).is_none() || !desk.images_dir().join(&name).is_file() {
                push(
                    Error,
                    "image_missing",
                    l,
                    format!(
                        "the {locale} text uses the image {name}, which this desk does not have"
                    ),
                );
            }
        }
    }
    Ok(())
}

pub(crate) fn publication(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
) -> Result<Option<Publication>> {
    Ok(conn
        .prepare_cached(
            "SELECT version, urls, published_at, unpublished_at IS NOT NULL FROM publications
             WHERE article_id = ?1 AND site_url = ?2",
        )?
        .query_row(params![id.to_string(), site_url], |r| {
            Ok(Publication {
                site_url: site_url.to_owned(),
                version: r.get::<_, i64>(0)? as u64,
                urls: serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or_default(),
                published_at: r.get(2)?,
                unpublished: r.get(3)?,
            })
        })
        .optional()?)
}

/// Records the version and addresses a site confirmed.
pub(crate) fn record_publication(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    version: u64,
    urls: &BTreeMap<String, String>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO publications(article_id, site_url, version, urls, published_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(article_id, site_url) DO UPDATE SET
           version = excluded.version, urls = excluded.urls,
           published_at = excluded.published_at, unpublished_at = NULL",
    )?
    .execute(params![
        id.to_string(),
        site_url,
        version as i64,
        serde_json::to_string(urls).unwrap_or_else(|_| "{}".into()),
        stamp(now)
    ])?;
    Ok(())
}

/// A publish the site confirmed: the version, the addresses, the slugs the site now
/// knows (so the next update keeps the addresses), and the workflow state.
pub(crate) fn confirm_published(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    published: &PublishedArticle,
    now: DateTime<Utc>,
) -> Result<()> {
    record_publication(conn, id, site_url, published.version, &published.urls, now)?;
    for text in &published.article.texts {
        // Only a text without a slug of its own takes the one made from its headline: a
        // slug the editor changed after this was queued is not put back.
        conn.prepare_cached(
            "UPDATE article_texts SET slug = ?3
             WHERE article_id = ?1 AND locale = ?2 AND slug = ''",
        )?
        .execute(params![id.to_string(), text.locale, text.slug])?;
    }
    let state = match published.article.publish_at {
        Some(at) if at > now => WorkflowState::Scheduled,
        _ => WorkflowState::Published,
    };
    move_to(conn, id, state, now)
}

/// An unpublish the site confirmed.
pub(crate) fn confirm_unpublished(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    version: u64,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE publications SET version = ?3, urls = '{}', unpublished_at = ?4
         WHERE article_id = ?1 AND site_url = ?2",
        params![id.to_string(), site_url, version as i64, stamp(now)],
    )?;
    move_to(conn, id, WorkflowState::Unpublished, now)
}

fn move_to(conn: &Connection, id: Uuid, state: WorkflowState, now: DateTime<Utc>) -> Result<()> {
    let moved = conn.execute(
        "UPDATE articles SET state = ?2 WHERE id = ?1 AND state <> ?2",
        params![id.to_string(), state.as_str()],
    )?;
    if moved > 0 {
        let source: String = conn.query_row(
            "SELECT source_locale FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        revisions::snapshot(
            conn,
            id,
            &source,
            RevisionKind::Workflow,
            Some(state.as_str()),
            &stamp(now),
        )?;
    }
    Ok(())
}

/// "Take theirs": the site's version of an article replaces the desk's texts and
/// metadata. Every text it replaces is kept as a revision first.
pub(crate) fn take_site_version(
    conn: &Connection,
    id: Uuid,
    theirs: &PublishedArticle,
    now: DateTime<Utc>,
) -> Result<()> {
    let now_s = stamp(now);
    let a = &theirs.article;
    conn.execute(
        "UPDATE articles SET section = ?2, byline = ?3, source_url = ?4, tier = ?5,
           publish_at = ?6
         WHERE id = ?1",
        params![
            id.to_string(),
            a.section,
            a.byline,
            a.source_url,
            a.tier,
            a.publish_at.map(stamp)
        ],
    )?;
    articles::set_tags(conn, id, &a.tags)?;
    for t in &a.texts {
        let existing: Option<i64> = conn
            .query_row(
                "SELECT id FROM article_texts WHERE article_id = ?1 AND locale = ?2",
                params![id.to_string(), t.locale],
                |r| r.get(0),
            )
            .optional()?;
        let text_id = match existing {
            Some(text_id) => {
                revisions::keep_current(conn, id, &t.locale, &now_s)?;
                text_id
            }
            None => articles::insert_text(conn, id, &t.locale, &now_s)?,
        };
        conn.execute(
            "UPDATE article_texts SET title = ?2, standfirst = ?3, body = ?4, slug = ?5,
               updated_at = ?6
             WHERE id = ?1",
            params![text_id, t.title, t.standfirst, t.body, t.slug, now_s],
        )?;
        search::index_text(conn, text_id, &t.title, &t.standfirst, &t.body)?;
        revisions::snapshot(
            conn,
            id,
            &t.locale,
            RevisionKind::Restore,
            Some("site version"),
            &now_s,
        )?;
    }
    articles::touch(conn, id, &now_s)?;
    Ok(())
}

/// The editor's time zone (IANA name), or UTC if the OS does not say.
pub fn editor_time_zone() -> String {
    iana_time_zone::get_timezone().unwrap_or_else(|_| "UTC".into())
}

/// `at` as `YYYY-MM-DDTHH:MM` in `zone` (UTC if the zone is unknown).
fn wall_clock(at: DateTime<Utc>, zone: &str) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}
