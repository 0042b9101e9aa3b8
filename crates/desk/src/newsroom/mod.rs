//! The desk's side of the newsroom (issue 15): a sync round with the default site's
//! relay, and what it leaves for people to look at (conflicts, refused changes).
//!
//! A round ([`Desk::sync`]): log what changed here since the last round
//! ([`log::catch_up`]); ask the site how far each desk's log goes; read back this desk's
//! own records the desk does not hold (it was restored from an old backup); push the
//! records the site has not judged; read every other desk's new records, page by page,
//! each page in one transaction that takes the records in ([`apply`]), brings them into
//! the texts on screen ([`reconcile`]) and moves the desk's place in that log; push the
//! merges this made. Every step is safe to repeat, so a round cut anywhere is resumed
//! by the next one.

mod apply;
pub(crate) mod background;
mod conflicts;
mod dag;
pub(crate) mod log;
mod meta;
mod reconcile;

use std::collections::BTreeSet;

use dateline_protocol::sync::{MAX_RECORDS_PER_REQUEST, Refusal, RelayedRecord, SyncPush};
use rusqlite::{Connection, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

pub use background::{SyncHeader, SyncProgress};
pub use conflicts::{ConflictPart, ConflictSide, TextConflict};

use crate::Desk;
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::newsroom::apply::Touched;
use crate::newsroom::meta::from_json;
use crate::sites::client::{SiteClient, SiteFailure};
use crate::store::settings;

/// A text or article that needs a person: a conflict to resolve, or a change the site
/// refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncIssue {
    pub article_id: Uuid,
    /// The text's locale; `None` for the article's metadata or its place in the bin.
    pub locale: Option<String>,
    /// The article's headline in its source language, to recognise it by.
    pub title: String,
    /// What is wrong, for people.
    pub message: String,
    /// The field the site named, for a refusal.
    pub field: Option<String>,
}

/// Where the desk stands with the newsroom: the header's sync state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncState {
    /// Whether the desk is connected to a site at all.
    pub connected: bool,
    /// Changes not yet given to the site (logged, or noticed and not yet logged).
    #[ts(type = "number")]
    pub waiting: u64,
    pub conflicts: Vec<SyncIssue>,
    pub refused: Vec<SyncIssue>,
}

/// What one round did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncReport {
    /// Records this desk gave the site.
    pub pushed: u32,
    /// Records of other desks taken in.
    pub received: u32,
    /// Articles whose texts or metadata changed here.
    pub changed: Vec<Uuid>,
    pub state: SyncState,
    /// Every desk's log's length summed, on the site, as this round left it.
    #[ts(type = "number")]
    pub site_total: u64,
}

/// How many times a round tries a request that failed for a passing reason.
const ATTEMPTS: u32 = 3;

async fn again<T, F, Fut>(mut call: F) -> std::result::Result<T, SiteFailure>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = std::result::Result<T, SiteFailure>>,
{
    let mut tried = 0;
    loop {
        match call().await {
            Err(e) if e.is_transient() && tried + 1 < ATTEMPTS => {
                tried += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100 * u64::from(tried))).await;
            }
            answer => return answer,
        }
    }
}

impl Desk {
    /// One sync round with the default site (see the module's notes).
    pub async fn sync(&self) -> Result<SyncReport> {
        let url = self.site_url()?.ok_or_else(|| {
            DeskError::new(
                DeskErrorCode::NoSite,
                "no site is configured: add one in Settings",
            )
        })?;
        let client = self.client(&url)?;
        let role = self.cached_site_info()?.map(|i| i.role);
        let me = {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            log::catch_up(&tx, self.clock.now())?;
            let me = settings::desk_id(&tx)?;
            tx.commit()?;
            me
        };
        let status = again(|| client.sync_status()).await?;
        let mut changed = BTreeSet::new();
        let own_missing = status
            .desks
            .get(&me)
            .copied()
            .unwrap_or(0)
            .saturating_sub(log::confirmed(&self.db())?);
        let mut to_fetch = own_missing;
        for (desk, last) in &status.desks {
            if *desk != me {
                to_fetch += last.saturating_sub(peer_seq(&self.db(), *desk)?);
            }
        }
        let mut fetched = 0u64;
        let mut progress = |n: u64| {
            fetched += n;
            self.sync_signals.progress(Some(background::SyncProgress {
                done: fetched.min(to_fetch),
                total: to_fetch,
            }));
        };
        let mut received = 0u32;

        // This desk's own records that the site holds and the desk lost.
        let on_site = status.desks.get(&me).copied().unwrap_or(0);
        let mut after = log::confirmed(&self.db())?;
        while after < on_site {
            let page = again(|| client.sync_fetch(me, after, MAX_RECORDS_PER_REQUEST)).await?;
            let mut db = self.db();
            let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut touched = Vec::new();
            for relayed in &page.records {
                if log::has(&tx, relayed.record.id)? {
                    log::judged(&tx, relayed.record.id, None)?;
                } else {
                    log::adopt(&tx, &relayed.record)?;
                    take_in(&tx, relayed, self.clock.now(), &mut touched)?;
                }
            }
            changed.extend(self.bring_in(&tx, role, touched)?);
            tx.commit()?;
            progress(page.last_seq.saturating_sub(after));
            if page.last_seq <= after || !page.more {
                break;
            }
            after = page.last_seq;
        }

        let pushed = self.push_all(&client, me, on_site).await?;

        let peers: Vec<(Uuid, u64)> = status
            .desks
            .iter()
            .filter(|(d, _)| **d != me)
            .map(|(d, s)| (*d, *s))
            .collect();
        for (desk, last) in peers {
            let mut after = peer_seq(&self.db(), desk)?;
            while after < last {
                let page =
                    again(|| client.sync_fetch(desk, after, MAX_RECORDS_PER_REQUEST)).await?;
                let mut db = self.db();
                let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let now = self.clock.now();
                // Whatever was typed while the page travelled is logged before a merge.
                log::catch_up(&tx, now)?;
                let mut touched = Vec::new();
                for relayed in &page.records {
                    take_in(&tx, relayed, now, &mut touched)?;
                }
                received += page.records.len() as u32;
                changed.extend(self.bring_in(&tx, role, touched)?);
                tx.execute(
                    "INSERT INTO sync_peers(desk, seq) VALUES (?1, ?2)
                     ON CONFLICT(desk) DO UPDATE SET seq = excluded.seq",
                    params![desk.to_string(), page.last_seq as i64],
                )?;
                tx.commit()?;
                progress(page.last_seq.saturating_sub(after));
                if page.last_seq <= after || !page.more {
                    break;
                }
                after = page.last_seq;
            }
        }
        // The merges the round made go out now, so that other desks take them rather than
        // make their own.
        let pushed = pushed + self.push_all(&client, me, on_site).await?;
        for id in &changed {
            self.changes.article(*id);
        }
        let site_total = status.desks.values().sum::<u64>() + u64::from(pushed);
        Ok(SyncReport {
            pushed,
            received,
            changed: changed.into_iter().collect(),
            state: self.sync_state()?,
            site_total,
        })
    }

    /// Retries the waiting records, reconciles what they and `touched` touched, and logs
    /// the merges made. Returns the articles that changed.
    fn bring_in(
        &self,
        conn: &Connection,
        role: Option<dateline_protocol::Role>,
        mut touched: Vec<Touched>,
    ) -> Result<Vec<Uuid>> {
        let now = self.clock.now();
        touched.extend(apply::retry_held(conn, now)?);
        let touched: BTreeSet<Touched> = touched.into_iter().collect();
        let mut changed = Vec::new();
        for t in touched {
            let (article, moved) = match &t {
                Touched::Article(a) => (a.clone(), reconcile::article(conn, role, a, now)?),
                Touched::Text(a, l) => (a.clone(), reconcile::text(conn, role, a, l, now)?),
            };
            let id = crate::content::parse_id(&article)?;
            if moved || matches!(t, Touched::Article(_)) {
                crate::content::articles::touch(conn, id, &crate::clock::stamp(now))?;
                changed.push(id);
            }
        }
        log::catch_up(conn, now)?;
        Ok(changed)
    }

    /// Pushes every record the site has not judged, in pages. An answer of 409 (the
    /// site holds other records of this desk at those places: an old backup's log)
    /// moves the unconfirmed records after the site's end and pushes again.
    async fn push_all(&self, client: &SiteClient, me: Uuid, on_site: u64) -> Result<u32> {
        let mut pushed = 0;
        let mut renumbered = false;
        loop {
            let records = log::unpushed(&self.db(), MAX_RECORDS_PER_REQUEST)?;
            if records.is_empty() {
                return Ok(pushed);
            }
            let push = SyncPush { desk: me, records };
            match again(|| client.sync_push(&push)).await {
                Ok(answer) => {
                    let mut db = self.db();
                    let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
                    for v in &answer.verdicts {
                        log::judged(&tx, v.id, v.refused.as_ref())?;
                    }
                    tx.commit()?;
                    pushed += answer.verdicts.len() as u32;
                    if answer.verdicts.is_empty() {
                        return Err(DeskError::new(
                            DeskErrorCode::Network,
                            "the site judged none of the records pushed",
                        ));
                    }
                }
                Err(e) if e.status == Some(reqwest::StatusCode::CONFLICT) && !renumbered => {
                    renumbered = true;
                    let status = again(|| client.sync_status()).await?;
                    let held = status.desks.get(&me).copied().unwrap_or(on_site);
                    let mut db = self.db();
                    let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
                    log::renumber_after(&tx, held)?;
                    tx.commit()?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Where the desk stands with the newsroom, from the database alone.
    pub fn sync_state(&self) -> Result<SyncState> {
        let connected = self.site_url()?.is_some();
        let db = self.db();
        let noticed: i64 = db.query_row(
            "SELECT (SELECT COUNT(*) FROM sync_dirty_articles) + (SELECT COUNT(*) FROM sync_dirty_texts)",
            [],
            |r| r.get(0),
        )?;
        Ok(SyncState {
            connected,
            waiting: log::waiting(&db)? + noticed as u64,
            conflicts: conflicts(&db)?,
            refused: refused(&db)?,
        })
    }
}

fn take_in(
    conn: &Connection,
    relayed: &RelayedRecord,
    now: chrono::DateTime<chrono::Utc>,
    touched: &mut Vec<Touched>,
) -> Result<()> {
    match apply::apply(conn, relayed, now)? {
        Some(t) => touched.extend(t),
        None => apply::hold(conn, relayed)?,
    }
    Ok(())
}

fn peer_seq(conn: &Connection, desk: Uuid) -> Result<u64> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT seq FROM sync_peers WHERE desk = ?1",
            [desk.to_string()],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        .unwrap_or(0) as u64)
}

fn title_of(conn: &Connection, article: &str) -> Result<String> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT t.title FROM articles a JOIN article_texts t
               ON t.article_id = a.id AND t.locale = a.source_locale WHERE a.id = ?1",
            [article],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_default())
}

fn conflicts(conn: &Connection) -> Result<Vec<SyncIssue>> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT DISTINCT article_id, locale FROM text_conflicts ORDER BY article_id, locale",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(article, locale)| {
            Ok(SyncIssue {
                article_id: crate::content::parse_id(&article)?,
                title: title_of(conn, &article)?,
                message: format!(
                    "the {locale} text was changed here and on another desk in the same paragraph"
                ),
                locale: Some(locale),
                field: None,
            })
        })
        .collect()
}

fn refused(conn: &Connection) -> Result<Vec<SyncIssue>> {
    let rows: Vec<(String, Option<String>, String)> = conn
        .prepare_cached(
            "SELECT article_id, locale, refusal FROM sync_log WHERE refusal IS NOT NULL
             ORDER BY seq",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // One line per text (or article): the first refusal says why; the ones after it
    // mostly follow from it (a revision whose parent was refused is refused too).
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (article, locale, refusal) in rows {
        if !seen.insert((article.clone(), locale.clone())) {
            continue;
        }
        let refusal: Refusal = from_json(&refusal, "a refusal")?;
        out.push(SyncIssue {
            article_id: crate::content::parse_id(&article)?,
            title: title_of(conn, &article)?,
            message: refusal.message,
            field: refusal.field,
            locale,
        });
    }
    Ok(out)
}
