//! Delivering the outbox to the sites.
//!
//! One loop ([`Desk::run_outbox`]) sends every operation that is due, a few at a time,
//! then sleeps until the next retry is due or a new operation arrives. An operation that
//! got no answer, or an answer saying the site or something in front of it is failing
//! (5xx, 408, 429), is retried with exponential backoff and full jitter (so a hundred
//! desks coming back online do not all knock at once); one the site refused for a reason
//! that will not pass by itself is `failed` with the site's reason; a stale `If-Match`
//! is a `conflict` with the site's current version kept for the editor.
//!
//! An operation found `sending` when the desk starts was cut off mid-flight: it goes
//! back in the queue and is sent again, with its same key and precondition.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use dateline_protocol::{ArticlePut, ErrorCode, PublishedArticle};
use rusqlite::{OptionalExtension, params};
use tokio::sync::{Notify, broadcast};
use uuid::Uuid;

use crate::Desk;
use crate::clock::stamp;
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::publishing::outbox::{self, DoneResult, OpAction, OutboxOp};
use crate::sites::client::{Expect, SiteClient, SiteFailure};

/// How the sender retries. The defaults suit a desk on a train; tests make them short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendPolicy {
    /// The wait before the first retry; it doubles with every failed attempt.
    pub first_retry: Duration,
    /// The longest wait between two attempts.
    pub max_retry: Duration,
    /// How many operations are sent at once.
    pub concurrency: usize,
    /// How long one request may take before it counts as unanswered.
    pub request_timeout: Duration,
}

impl Default for SendPolicy {
    fn default() -> Self {
        Self {
            first_retry: Duration::from_secs(2),
            max_retry: Duration::from_secs(5 * 60),
            concurrency: 4,
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl SendPolicy {
    /// The wait after the `attempt`-th failed attempt: exponential, capped, and drawn
    /// at random from its upper half.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .first_retry
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(20));
        let ceiling = exp.min(self.max_retry);
        let half = ceiling / 2;
        half + half.mul_f64(rand::random::<f64>())
    }
}

/// The sender's state inside [`Desk`].
#[derive(Debug)]
pub(crate) struct Signals {
    pub wake: Notify,
    pub events: broadcast::Sender<OutboxOp>,
    pub policy: Mutex<SendPolicy>,
    /// Grows whenever a token is stored, so a running delivery stops using a client
    /// made with the token it replaced.
    pub tokens: std::sync::atomic::AtomicU64,
}

impl Default for Signals {
    fn default() -> Self {
        Self {
            wake: Notify::new(),
            events: broadcast::channel(1024).0,
            policy: Mutex::new(SendPolicy::default()),
            tokens: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

/// An operation taken for sending.
struct Claimed {
    id: i64,
    site_url: String,
    article_id: Uuid,
    action: OpAction,
    payload: Option<ArticlePut>,
    key: Uuid,
    expect: Expect,
    attempts: u32,
}

enum Delivered {
    Published(Box<PublishedArticle>),
    Unpublished(u64),
}

/// What one attempt came to, with the images it got onto the site on the way.
struct Attempt {
    outcome: std::result::Result<Delivered, SiteFailure>,
    images_sent: Vec<String>,
}

impl Desk {
    pub fn send_policy(&self) -> SendPolicy {
        *self.sender.policy.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_send_policy(&self, policy: SendPolicy) {
        *self.sender.policy.lock().unwrap_or_else(|e| e.into_inner()) = policy;
        self.sender.wake.notify_one();
    }

    /// Every change of an operation's state, as it happens.
    pub fn subscribe_outbox(&self) -> broadcast::Receiver<OutboxOp> {
        self.sender.events.subscribe()
    }

    /// Puts back in the queue the operations a sender of an earlier run was cut off
    /// in the middle of (they keep their key and precondition, so sending them again is
    /// safe), and those that failed only because the keyring could not be read.
    ///
    /// Only the process that sends may do this ([`Desk::run_outbox`] does, first): a
    /// second process opening the database (`dateline connect`) must not take back the
    /// operations the running desk is sending.
    pub fn recover_outbox(&self) -> Result<()> {
        let now = stamp(self.clock.now());
        self.db().execute(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?1
             WHERE state = 'sending' OR (state = 'failed' AND error_code = 'keyring')",
            [now],
        )?;
        Ok(())
    }

    /// Sends the outbox forever: every due operation, then a sleep until the next one is
    /// due or a new one arrives. Run it on the async runtime for the desk's lifetime.
    pub async fn run_outbox(&self) {
        if let Err(e) = self.recover_outbox() {
            tracing::warn!("the outbox could not be recovered: {e}");
        }
        loop {
            let wait = match self.deliver_due().await {
                Ok(Some(next)) => (next - self.clock.now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .max(Duration::from_millis(5)),
                Ok(None) => Duration::from_secs(3600),
                Err(e) => {
                    tracing::warn!("the outbox could not be read: {e}");
                    Duration::from_secs(5)
                }
            };
            tokio::select! {
                () = self.sender.wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Sends every operation that is due now, `concurrency` at a time (the next one
    /// starts as soon as one finishes); answers when the next one will be due.
    ///
    /// If the database fails on the way, the operations taken and not yet recorded go
    /// back in the queue rather than staying `sending` until the next start.
    pub async fn deliver_due(&self) -> Result<Option<DateTime<Utc>>> {
        let mut taken = Vec::new();
        if let Err(e) = self.deliver(&mut taken).await {
            if let Err(back) = self.release(&taken) {
                tracing::warn!("operations stay in sending until the next start: {back}");
            }
            return Err(e);
        }
        self.next_due()
    }

    async fn deliver(&self, taken: &mut Vec<i64>) -> Result<()> {
        use futures_util::stream::{FuturesUnordered, StreamExt};
        use std::sync::atomic::Ordering;
        let policy = self.send_policy();
        let width = policy.concurrency.max(1);
        let mut clients: HashMap<String, (u64, Result<SiteClient>)> = HashMap::new();
        let mut in_flight = FuturesUnordered::new();
        loop {
            if in_flight.len() < width {
                for c in self.claim_due(width - in_flight.len())? {
                    taken.push(c.id);
                    self.outbox_changed(c.id);
                    let generation = self.sender.tokens.load(Ordering::SeqCst);
                    let entry = clients
                        .entry(c.site_url.clone())
                        .or_insert_with(|| (generation, self.site_client(&c.site_url, &policy)));
                    if entry.0 != generation {
                        *entry = (generation, self.site_client(&c.site_url, &policy));
                    }
                    let client = entry.1.clone();
                    in_flight.push(async move {
                        let attempt = match &client {
                            Ok(client) => self.attempt(client, &c).await,
                            Err(e) => Attempt {
                                outcome: Err(SiteFailure {
                                    status: None,
                                    api: None,
                                    error: e.clone(),
                                }),
                                images_sent: Vec::new(),
                            },
                        };
                        (c, client.is_err(), attempt)
                    });
                }
            }
            let Some((c, no_client, attempt)) = in_flight.next().await else {
                return Ok(());
            };
            let others = self.record(&c, attempt, no_client, &policy)?;
            taken.retain(|id| *id != c.id);
            for other in others {
                self.outbox_changed(other);
            }
            self.outbox_changed(c.id);
        }
    }

    /// Puts operations taken for sending back in the queue.
    fn release(&self, ids: &[i64]) -> Result<()> {
        let now = stamp(self.clock.now());
        let db = self.db();
        let mut stmt = db.prepare_cached(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?2
             WHERE id = ?1 AND state = 'sending'",
        )?;
        for id in ids {
            stmt.execute(params![id, now])?;
        }
        Ok(())
    }

    /// When the next operation that can be taken is due: queued, and not waiting behind
    /// an earlier operation on the same article and site (that one's own time counts).
    fn next_due(&self) -> Result<Option<DateTime<Utc>>> {
        let next: Option<String> = self
            .db()
            .query_row(
                "SELECT min(o.next_attempt_at) FROM outbox o
                 WHERE o.state = 'queued'
                   AND NOT EXISTS (
                     SELECT 1 FROM outbox e
                     WHERE e.article_id = o.article_id AND e.site_url = o.site_url
                       AND e.id < o.id AND e.state IN ('queued', 'sending'))",
                [],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(next.as_deref().and_then(outbox::due_time))
    }

    /// A client for `url` with its token from the keyring, or why there is none.
    fn site_client(&self, url: &str, policy: &SendPolicy) -> Result<SiteClient> {
        match self.keyring().token(url)? {
            Some(token) => SiteClient::with_timeout(url, &token, policy.request_timeout),
            None => Err(DeskError::new(
                DeskErrorCode::Unauthorized,
                format!(
                    "no API token for {url} in the OS keyring; add the site again with a \
                     token and the operation will be sent"
                ),
            )),
        }
    }

    /// Takes up to `n` due operations, at most one per article and site, in order.
    fn claim_due(&self, n: usize) -> Result<Vec<Claimed>> {
        let now = stamp(self.clock.now());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        type Row = (
            i64,
            String,
            String,
            String,
            Option<String>,
            String,
            Option<String>,
            u32,
        );
        let rows: Vec<Row> = {
            let mut stmt = tx.prepare_cached(
                "SELECT o.id, o.site_url, o.article_id, o.action, o.payload, o.idempotency_key,
                        o.expect, o.attempts
                 FROM outbox o
                 WHERE o.state = 'queued' AND o.next_attempt_at <= ?1
                   AND NOT EXISTS (
                     SELECT 1 FROM outbox e
                     WHERE e.article_id = o.article_id AND e.site_url = o.site_url
                       AND e.id < o.id AND e.state IN ('queued', 'sending'))
                 ORDER BY o.next_attempt_at, o.id
                 LIMIT ?2",
            )?;
            stmt.query_map(params![now, n as i64], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let mut claimed = Vec::with_capacity(rows.len());
        for (id, site_url, article_id, action, payload, key, expect, attempts) in rows {
            // The precondition is fixed at the first attempt: the version the desk last
            // saw confirmed, after every earlier operation on the article has finished.
            let expect = match expect {
                Some(e) => e,
                None => tx
                    .prepare_cached(
                        "SELECT version FROM publications WHERE article_id = ?1 AND site_url = ?2",
                    )?
                    .query_row(params![article_id, site_url], |r| r.get::<_, i64>(0))
                    .optional()?
                    .map_or_else(|| "absent".to_owned(), |v| v.to_string()),
            };
            tx.prepare_cached(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, expect = ?2,
                   updated_at = ?3
                 WHERE id = ?1",
            )?
            .execute(params![id, expect, now])?;
            claimed.push(Claimed {
                id,
                site_url,
                article_id: Uuid::parse_str(&article_id)
                    .map_err(|e| DeskError::storage(format!("bad article id in outbox: {e}")))?,
                action: if action == "unpublish" {
                    OpAction::Unpublish
                } else {
                    OpAction::Publish
                },
                payload: payload.and_then(|p| serde_json::from_str(&p).ok()),
                key: Uuid::parse_str(&key)
                    .map_err(|e| DeskError::storage(format!("bad key in outbox: {e}")))?,
                expect: expect.parse().map_or(Expect::Absent, Expect::Version),
                attempts: attempts + 1,
            });
        }
        tx.commit()?;
        Ok(claimed)
    }

    /// One attempt at one operation: the images it needs, then the article.
    async fn attempt(&self, client: &SiteClient, c: &Claimed) -> Attempt {
        let mut images_sent = Vec::new();
        let outcome = match c.action {
            OpAction::Publish => match &c.payload {
                Some(put) => match self.send_images(client, c, put, &mut images_sent).await {
                    Ok(()) => client
                        .put_article(c.article_id, put, c.expect, c.key)
                        .await
                        .map(|p| Delivered::Published(Box::new(p))),
                    Err(f) => Err(f),
                },
                None => Err(final_failure(DeskError::storage(
                    "the operation's article could not be read from the outbox",
                ))),
            },
            OpAction::Unpublish => match c.expect {
                Expect::Version(v) => match client.delete_article(c.article_id, v, c.key).await {
                    Ok(version) => Ok(Delivered::Unpublished(version)),
                    Err(f) => already_unpublished(&f).map(Delivered::Unpublished).ok_or(f),
                },
                Expect::Absent => Err(final_failure(DeskError::conflict(
                    "the article was never published to this site",
                ))),
            },
        };
        Attempt {
            outcome,
            images_sent,
        }
    }

    /// Uploads the images `put` refers to that the site does not have yet.
    async fn send_images(
        &self,
        client: &SiteClient,
        c: &Claimed,
        put: &ArticlePut,
        sent: &mut Vec<String>,
    ) -> std::result::Result<(), SiteFailure> {
        let mut names: Vec<String> = put
            .texts
            .iter()
            .flat_map(|t| dateline_render::image_refs(&t.body))
            .collect();
        names.sort();
        names.dedup();
        let known: Vec<String> = {
            let db = self.db();
            let mut stmt = db
                .prepare_cached("SELECT name FROM site_images WHERE site_url = ?1")
                .map_err(|e| final_failure(e.into()))?;
            stmt.query_map([&c.site_url], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(|e| final_failure(e.into()))?
        };
        for name in names.into_iter().filter(|n| !known.contains(n)) {
            if !client.has_image(&name).await? {
                let (bytes, mime) = self.image(&name).map_err(|e| {
                    final_failure(DeskError::new(
                        e.code,
                        format!("the article uses the image {name}, which this desk does not have"),
                    ))
                })?;
                let key = Uuid::new_v5(
                    &Uuid::NAMESPACE_URL,
                    format!("{}/images/{name}", c.site_url).as_bytes(),
                );
                client.upload_image(bytes, mime, key).await?;
            }
            sent.push(name);
        }
        Ok(())
    }

    /// Records what an attempt came to; answers the other operations it withdrew.
    /// `no_client`: the keyring gave no token (or failed), so nothing was sent.
    fn record(
        &self,
        c: &Claimed,
        attempt: Attempt,
        no_client: bool,
        policy: &SendPolicy,
    ) -> Result<Vec<i64>> {
        let mut replaced = Vec::new();
        let now = self.clock.now();
        let now_s = stamp(now);
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for name in &attempt.images_sent {
            tx.prepare_cached("INSERT OR IGNORE INTO site_images(site_url, name) VALUES (?1, ?2)")?
                .execute(params![c.site_url, name])?;
        }
        // A 412 whose current version is exactly what this publish sends: an earlier
        // attempt got through and its answer was lost, and the retry was judged afresh
        // (the site keeps keys per token, and the token was replaced meanwhile).
        let outcome = match attempt.outcome {
            Err(f) if f.status == Some(reqwest::StatusCode::PRECONDITION_FAILED) => {
                match already_applied(&f, c) {
                    Some(current) => Ok(Delivered::Published(Box::new(current))),
                    None => Err(f),
                }
            }
            other => other,
        };
        // A 412 whose current version is one this desk sent earlier for the article (an
        // attempt that got through without an answer, under an operation since replaced
        // or refused): not someone else's change, so this operation goes again over it,
        // with a new key (the site stored nothing under the refused one).
        if let Err(f) = &outcome
            && f.status == Some(reqwest::StatusCode::PRECONDITION_FAILED)
            && let Some(current) = current_version(f).filter(|_| !site_unpublished(f))
            && c.action == OpAction::Publish
            && sent_earlier(&tx, c, &current.article)?
        {
            tx.prepare_cached(
                "UPDATE outbox SET state = 'queued', expect = ?2, idempotency_key = ?3,
                   next_attempt_at = ?4, updated_at = ?4
                 WHERE id = ?1",
            )?
            .execute(params![
                c.id,
                current.version.to_string(),
                Uuid::new_v4().to_string(),
                now_s
            ])?;
            tx.commit()?;
            return Ok(replaced);
        }
        match outcome {
            Ok(Delivered::Published(published)) => {
                let result = DoneResult {
                    version: published.version,
                    urls: published.urls.clone(),
                };
                set_done(&tx, c.id, &result, &now_s)?;
                crate::publishing::publications::confirm_published(
                    &tx,
                    c.article_id,
                    &c.site_url,
                    &published,
                    now,
                )?;
                // What was sent is what the desk compares its texts with from now on.
                crate::content::sent::record_sent(
                    &tx,
                    c.article_id,
                    &c.site_url,
                    c.payload.as_ref().unwrap_or(&published.article),
                )?;
            }
            Ok(Delivered::Unpublished(version)) => {
                set_done(
                    &tx,
                    c.id,
                    &DoneResult {
                        version,
                        urls: BTreeMap::new(),
                    },
                    &now_s,
                )?;
                crate::publishing::publications::confirm_unpublished(
                    &tx,
                    c.article_id,
                    &c.site_url,
                    version,
                    now,
                )?;
            }
            Err(f) if f.is_transient() && !no_client => {
                let next = now
                    + chrono::Duration::from_std(policy.backoff(c.attempts))
                        .unwrap_or(chrono::Duration::seconds(60));
                tx.execute(
                    "UPDATE outbox SET state = 'queued', next_attempt_at = ?2, error_code = ?3,
                       error_message = ?4, updated_at = ?5
                     WHERE id = ?1",
                    params![
                        c.id,
                        stamp(next),
                        outbox::code_name(f.error.code),
                        f.error.message,
                        now_s
                    ],
                )?;
            }
            Err(f) if f.status == Some(reqwest::StatusCode::PRECONDITION_FAILED) => {
                let theirs = outbox::SiteVersion {
                    current: current_version(&f),
                    unpublished: site_unpublished(&f),
                };
                tx.execute(
                    "UPDATE outbox SET state = 'conflict', result = ?2, error_code = 'conflict',
                       error_message = ?3, updated_at = ?4
                     WHERE id = ?1",
                    params![
                        c.id,
                        serde_json::to_string(&theirs).ok(),
                        "the site has a newer version than this desk had seen: compare the two \
                         and choose",
                        now_s
                    ],
                )?;
                // Later publishes of the article would meet the same newer version; the
                // editor's choice carries the desk's latest text.
                replaced = tx
                    .prepare_cached(
                        "UPDATE outbox SET state = 'cancelled', error_code = 'conflict',
                           error_message = 'replaced by the conflict before it',
                           updated_at = ?3
                         WHERE article_id = ?1 AND site_url = ?2 AND state = 'queued'
                           AND attempts = 0 AND action = 'publish'
                         RETURNING id",
                    )?
                    .query_map(params![c.article_id.to_string(), c.site_url, now_s], |r| {
                        r.get(0)
                    })?
                    .collect::<rusqlite::Result<_>>()?;
            }
            Err(f) => {
                let error = explain(f);
                tx.execute(
                    "UPDATE outbox SET state = 'failed', error_code = ?2, error_message = ?3,
                       updated_at = ?4
                     WHERE id = ?1",
                    params![c.id, outbox::code_name(error.code), error.message, now_s],
                )?;
            }
        }
        tx.commit()?;
        Ok(replaced)
    }
}

fn set_done(tx: &rusqlite::Connection, id: i64, result: &DoneResult, now: &str) -> Result<()> {
    let json = serde_json::to_string(result)
        .map_err(|e| DeskError::storage(format!("cannot store the site's answer: {e}")))?;
    tx.execute(
        "UPDATE outbox SET state = 'done', result = ?2, error_code = NULL,
           error_message = NULL, updated_at = ?3
         WHERE id = ?1",
        params![id, json, now],
    )?;
    Ok(())
}

/// A failure that retrying will not mend.
fn final_failure(error: DeskError) -> SiteFailure {
    SiteFailure {
        status: Some(reqwest::StatusCode::UNPROCESSABLE_ENTITY),
        api: None,
        error,
    }
}

/// The site's current version of the article, from a 412's details.
fn current_version(f: &SiteFailure) -> Option<PublishedArticle> {
    let current = f.api.as_ref()?.details.get("current")?;
    serde_json::from_value(current.clone()).ok()
}

/// Whether a 412 says the site holds the article unpublished.
fn site_unpublished(f: &SiteFailure) -> bool {
    f.api
        .as_ref()
        .and_then(|a| a.details.get("unpublished"))
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false)
}

/// The site's current version when it is exactly what a publish sends, live.
fn already_applied(f: &SiteFailure, c: &Claimed) -> Option<PublishedArticle> {
    let current = current_version(f)?;
    (c.action == OpAction::Publish
        && !site_unpublished(f)
        && c.payload.as_ref() == Some(&current.article))
    .then_some(current)
}

/// Whether an earlier operation of this desk on the article and site sent `article`.
fn sent_earlier(tx: &rusqlite::Connection, c: &Claimed, article: &ArticlePut) -> Result<bool> {
    let mut stmt = tx.prepare_cached(
        "SELECT payload FROM outbox
         WHERE article_id = ?1 AND site_url = ?2 AND id < ?3 AND action = 'publish'
           AND attempts > 0 AND payload IS NOT NULL",
    )?;
    let payloads = stmt.query_map(params![c.article_id.to_string(), c.site_url, c.id], |r| {
        r.get::<_, String>(0)
    })?;
    for payload in payloads {
        if serde_json::from_str::<ArticlePut>(&payload?).ok().as_ref() == Some(article) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The version of an article the site says is already unpublished.
fn already_unpublished(f: &SiteFailure) -> Option<u64> {
    let api = f.api.as_ref()?;
    if api.code != ErrorCode::NotFound || api.details.get("unpublished")? != true {
        return None;
    }
    api.details.get("version")?.as_u64()
}

/// The editor's words for a refusal.
fn explain(f: SiteFailure) -> DeskError {
    let e = f.error;
    match e.code {
        DeskErrorCode::Unauthorized => DeskError::new(
            e.code,
            format!(
                "the site refused the API token ({}). It may have been revoked: add the site \
                 again with a new token and the operation will be sent",
                e.message
            ),
        ),
        DeskErrorCode::Forbidden => DeskError::new(
            e.code,
            format!(
                "the site refused: {}. Publishing needs an editor's token",
                e.message
            ),
        ),
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() {
        let p = SendPolicy {
            first_retry: Duration::from_secs(2),
            max_retry: Duration::from_secs(60),
            ..SendPolicy::default()
        };
        for _ in 0..200 {
            let first = p.backoff(1);
            assert!(first >= Duration::from_secs(1) && first <= Duration::from_secs(2));
            let fourth = p.backoff(4);
            assert!(fourth >= Duration::from_secs(8) && fourth <= Duration::from_secs(16));
            let late = p.backoff(40);
            assert!(late >= Duration::from_secs(30) && late <= Duration::from_secs(60));
        }
        let spread: std::collections::HashSet<_> = (0..50).map(|_| p.backoff(3)).collect();
        assert!(spread.len() > 10, "jitter spreads the retries");
    }
}
