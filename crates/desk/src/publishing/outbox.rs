//! The outbox: every write to a site is first a row here, then a request.
//!
//! Publishing and unpublishing return as soon as the operation is stored; the sender
//! (`sender.rs`) delivers it whenever the site can be reached, across restarts. An
//! operation keeps one idempotency key for its whole life, and the version it sends as
//! `If-Match` is fixed the first time it is sent, so every retry is the same request and
//! the site applies it at most once, however often an answer is lost.
//!
//! Operations on one article and site go out in the order they were made. A newer
//! publish replaces older ones that cannot have reached the site (never sent, refused,
//! or in conflict); one that may have reached it is finished first.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use dateline_protocol::{ArticlePut, PublishedArticle};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::{parse_stamp, stamp};
use crate::error::{DeskError, DeskErrorCode, Result};

/// Where an operation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OpState {
    /// Waiting to be sent (first time, or again after a failure that may pass).
    Queued,
    Sending,
    /// The site confirmed it.
    Done,
    /// The site refused it for a reason that will not pass by itself (the token, the
    /// role, the content); see `error`.
    Failed,
    /// The site has a newer version than the desk had seen; the editor chooses.
    Conflict,
    /// Withdrawn by the editor, or replaced by a newer operation before it was sent.
    Cancelled,
}

impl OpState {
    fn parse(s: &str) -> Self {
        match s {
            "queued" => Self::Queued,
            "sending" => Self::Sending,
            "done" => Self::Done,
            "failed" => Self::Failed,
            "conflict" => Self::Conflict,
            _ => Self::Cancelled,
        }
    }

    /// Whether the operation still needs something: sending, or the editor.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Self::Queued | Self::Sending | Self::Failed | Self::Conflict
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OpAction {
    Publish,
    Unpublish,
}

impl OpAction {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Publish => "publish",
            Self::Unpublish => "unpublish",
        }
    }
}

/// An operation as the editor sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct OutboxOp {
    #[ts(type = "number")]
    pub id: i64,
    pub site_url: String,
    pub article_id: Uuid,
    /// The article's headline (in its source locale) when the operation was made.
    pub title: String,
    pub action: OpAction,
    pub state: OpState,
    /// The locales a publish sends.
    pub locales: Vec<String>,
    /// When it appears on the site, if scheduled.
    pub publish_at: Option<String>,
    pub attempts: u32,
    /// When it is sent next, while queued.
    pub next_attempt_at: Option<String>,
    /// Why the last attempt failed (while queued: why it is being retried).
    pub error: Option<DeskError>,
    /// Public addresses by locale, once done.
    pub urls: BTreeMap<String, String>,
    /// The bulk publish it belongs to.
    pub batch: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A conflict, with both versions for the editor to compare.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OutboxConflict {
    pub op: OutboxOp,
    /// What keeping the desk's version would send now.
    pub mine: Option<ArticlePut>,
    /// What the site has now (`None` if it never had the article).
    pub theirs: Option<PublishedArticle>,
    /// The site holds `theirs` unpublished: someone took the article off the site.
    pub theirs_unpublished: bool,
    /// What stops keeping the desk's version (the publish checks' errors), if anything.
    pub blocked: Vec<String>,
}

/// What a conflict keeps of the site's answer (`details` of its 412).
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct SiteVersion {
    pub current: Option<PublishedArticle>,
    #[serde(default)]
    pub unpublished: bool,
}

/// How the editor settles a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ConflictChoice {
    /// Send the desk's version over the site's (a new operation, with the site's
    /// version as `If-Match`, so a third writer in between is still caught).
    KeepMine,
    /// Take the site's version into the desk: its texts replace the desk's (the desk's
    /// are kept as a revision first) and nothing is sent.
    TakeTheirs,
}

/// How far a bulk publish has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BatchProgress {
    pub batch: String,
    pub total: u32,
    pub done: u32,
    /// Failed or in conflict: each needs a look. (Withdrawn operations, replaced by a
    /// newer publish, are not counted at all.)
    pub stopped: u32,
    /// Queued or sending.
    pub pending: u32,
}

/// Counts for the outbox's badge.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct OutboxCounts {
    pub pending: u32,
    /// Failed or in conflict: the editor must act.
    pub attention: u32,
}

/// What is stored as `result` of a done operation.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct DoneResult {
    pub version: u64,
    #[serde(default)]
    pub urls: BTreeMap<String, String>,
}

pub(crate) const OP_COLUMNS: &str = "o.id, o.site_url, o.article_id, o.action, o.state, \
     o.payload, o.attempts, o.next_attempt_at, o.error_code, o.error_message, o.result, \
     o.batch, o.created_at, o.updated_at, COALESCE(s.title, '')";

const OP_FROM: &str = "FROM outbox o JOIN articles a ON a.id = o.article_id
     LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale";

pub(crate) fn read_op(r: &Row<'_>) -> rusqlite::Result<OutboxOp> {
    let state = OpState::parse(&r.get::<_, String>(4)?);
    let action = if r.get::<_, String>(3)? == "unpublish" {
        OpAction::Unpublish
    } else {
        OpAction::Publish
    };
    let payload: Option<ArticlePut> = r
        .get::<_, Option<String>>(5)?
        .and_then(|p| serde_json::from_str(&p).ok());
    let error = match (
        r.get::<_, Option<String>>(8)?,
        r.get::<_, Option<String>>(9)?,
    ) {
        (Some(code), Some(message)) => Some(DeskError::new(parse_code(&code), message)),
        _ => None,
    };
    let urls = match state {
        OpState::Done => r
            .get::<_, Option<String>>(10)?
            .and_then(|j| serde_json::from_str::<DoneResult>(&j).ok())
            .map(|d| d.urls)
            .unwrap_or_default(),
        _ => BTreeMap::new(),
    };
    let id_text: String = r.get(2)?;
    Ok(OutboxOp {
        id: r.get(0)?,
        site_url: r.get(1)?,
        article_id: Uuid::parse_str(&id_text).unwrap_or_default(),
        title: r.get(14)?,
        action,
        state,
        locales: payload
            .as_ref()
            .map(|p| p.texts.iter().map(|t| t.locale.clone()).collect())
            .unwrap_or_default(),
        publish_at: payload.as_ref().and_then(|p| p.publish_at).map(stamp),
        attempts: r.get(6)?,
        next_attempt_at: (state == OpState::Queued).then(|| r.get(7)).transpose()?,
        error,
        urls,
        batch: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

/// The stable codes are stored as their serde names.
pub(crate) fn code_name(code: DeskErrorCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "site_rejected".into())
}

fn parse_code(name: &str) -> DeskErrorCode {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .unwrap_or(DeskErrorCode::SiteRejected)
}

pub(crate) fn op(conn: &Connection, id: i64) -> Result<OutboxOp> {
    conn.prepare_cached(&format!("SELECT {OP_COLUMNS} {OP_FROM} WHERE o.id = ?1"))?
        .query_row([id], read_op)
        .optional()?
        .ok_or_else(|| DeskError::not_found(format!("no operation {id} in the outbox")))
}

/// A new operation. Older operations on the same article and site that cannot have
/// reached the site are withdrawn: this one carries what they meant and more.
pub(crate) struct NewOp<'a> {
    pub site_url: &'a str,
    pub article_id: Uuid,
    pub action: OpAction,
    pub payload: Option<&'a ArticlePut>,
    /// Set when the version to expect is already known (a conflict settled by keeping
    /// the desk's version); otherwise fixed when first sent.
    pub expect: Option<String>,
    pub batch: Option<&'a str>,
}

/// What [`insert`] did: the new operation, and the older ones it withdrew (each of which
/// the caller announces with [`Desk::outbox_changed`] too).
pub(crate) struct Inserted {
    pub id: i64,
    pub replaced: Vec<i64>,
}

pub(crate) fn insert(conn: &Connection, new: &NewOp<'_>, now: DateTime<Utc>) -> Result<Inserted> {
    let now = stamp(now);
    let replaced: Vec<i64> = conn
        .prepare_cached(
            "UPDATE outbox SET state = 'cancelled', updated_at = ?3,
               error_code = 'conflict', error_message = 'replaced by a newer operation'
             WHERE article_id = ?1 AND site_url = ?2
               AND (state IN ('failed', 'conflict') OR (state = 'queued' AND attempts = 0))
             RETURNING id",
        )?
        .query_map(
            params![new.article_id.to_string(), new.site_url, now],
            |r| r.get(0),
        )?
        .collect::<rusqlite::Result<_>>()?;
    let payload = new
        .payload
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| DeskError::storage(format!("cannot store the operation: {e}")))?;
    conn.prepare_cached(
        "INSERT INTO outbox(site_url, article_id, action, payload, idempotency_key, expect,
                            state, next_attempt_at, batch, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7, ?8, ?7, ?7)",
    )?
    .execute(params![
        new.site_url,
        new.article_id.to_string(),
        new.action.as_str(),
        payload,
        Uuid::new_v4().to_string(),
        new.expect,
        now,
        new.batch
    ])?;
    Ok(Inserted {
        id: conn.last_insert_rowid(),
        replaced,
    })
}

impl Desk {
    /// The outbox, newest first: every open operation, and the finished ones of the last
    /// `recent` operations.
    pub fn outbox(&self, recent: u32) -> Result<Vec<OutboxOp>> {
        let db = self.db();
        let mut stmt = db.prepare_cached(&format!(
            "SELECT {OP_COLUMNS} {OP_FROM}
             WHERE o.state IN ('queued', 'sending', 'failed', 'conflict')
                OR o.id IN (SELECT id FROM outbox ORDER BY id DESC LIMIT ?1)
             ORDER BY o.id DESC"
        ))?;
        let rows = stmt.query_map([recent], read_op)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One operation.
    pub fn outbox_op(&self, id: i64) -> Result<OutboxOp> {
        op(&self.db(), id)
    }

    /// How many operations wait, and how many need the editor.
    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        Ok(self.db().query_row(
            "SELECT count(*) FILTER (WHERE state IN ('queued', 'sending')),
                    count(*) FILTER (WHERE state IN ('failed', 'conflict'))
             FROM outbox",
            [],
            |r| {
                Ok(OutboxCounts {
                    pending: r.get(0)?,
                    attention: r.get(1)?,
                })
            },
        )?)
    }

    /// Sends a queued or failed operation now instead of at its next attempt.
    pub fn retry_op(&self, id: i64) -> Result<OutboxOp> {
        let now = stamp(self.clock.now());
        let changed = self.db().execute(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?2, updated_at = ?2
             WHERE id = ?1 AND state IN ('queued', 'failed')",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(DeskError::conflict(
                "only a queued or failed operation can be sent again",
            ));
        }
        self.outbox_changed(id);
        self.outbox_op(id)
    }

    /// Withdraws an operation that cannot have reached the site: never sent, refused,
    /// or in conflict. One that was sent without an answer may already be on the site,
    /// so it must finish (it is retried until the site answers).
    pub fn cancel_op(&self, id: i64) -> Result<OutboxOp> {
        let now = stamp(self.clock.now());
        let changed = self.db().execute(
            "UPDATE outbox SET state = 'cancelled', updated_at = ?2
             WHERE id = ?1
               AND (state IN ('failed', 'conflict') OR (state = 'queued' AND attempts = 0))",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(DeskError::conflict(
                "this operation may already have reached the site (it was sent and no answer \
                 came back); it is retried until the site answers, and cannot be withdrawn",
            ));
        }
        self.outbox_changed(id);
        self.outbox_op(id)
    }

    /// A conflict's two versions: the site's, and what keeping the desk's would send now
    /// (the desk's current text in the operation's locales, which may be newer than what
    /// the operation held).
    pub fn outbox_conflict(&self, id: i64) -> Result<OutboxConflict> {
        let (op, result) = {
            let db = self.db();
            let op = op(&db, id)?;
            let result: Option<String> =
                db.query_row("SELECT result FROM outbox WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            (op, result)
        };
        if op.state != OpState::Conflict {
            return Err(DeskError::conflict("this operation is not in conflict"));
        }
        let (mine, blocked) = match op.action {
            OpAction::Publish => {
                let plan =
                    self.publish_plan(op.article_id, Some(&op.site_url), Some(&op.locales))?;
                let blocked = plan
                    .checks
                    .iter()
                    .filter(|c| c.severity == crate::publishing::checks::Severity::Error)
                    .map(|c| c.message.clone())
                    .collect();
                (Some(self.article_put(&plan)?), blocked)
            }
            OpAction::Unpublish => (None, Vec::new()),
        };
        let site: SiteVersion = result
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default();
        Ok(OutboxConflict {
            op,
            mine,
            theirs: site.current,
            theirs_unpublished: site.unpublished,
            blocked,
        })
    }

    /// Settles a conflict as the editor chose.
    pub fn resolve_conflict(&self, id: i64, choice: ConflictChoice) -> Result<OutboxOp> {
        let conflict = self.outbox_conflict(id)?;
        if choice == ConflictChoice::KeepMine && !conflict.blocked.is_empty() {
            return Err(DeskError::invalid(format!(
                "not sent: {}",
                conflict.blocked.join("; ")
            )));
        }
        let now = self.clock.now();
        let op = &conflict.op;
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Settled once: a second choice (a double click, a second window) finds it
        // settled already.
        let still = tx.execute(
            "UPDATE outbox SET state = 'cancelled', updated_at = ?2, error_code = 'conflict',
               error_message = ?3
             WHERE id = ?1 AND state = 'conflict'",
            params![
                id,
                stamp(now),
                match choice {
                    ConflictChoice::KeepMine => "settled by sending this desk's version",
                    ConflictChoice::TakeTheirs => "settled by taking the site's version",
                }
            ],
        )?;
        if still == 0 {
            return Err(DeskError::conflict(
                "this conflict has been settled already",
            ));
        }
        let mut replaced = Vec::new();
        let answer = match choice {
            ConflictChoice::KeepMine => {
                let expect = match &conflict.theirs {
                    Some(t) => t.version.to_string(),
                    None => "absent".to_owned(),
                };
                let inserted = insert(
                    &tx,
                    &NewOp {
                        site_url: &op.site_url,
                        article_id: op.article_id,
                        action: op.action,
                        payload: conflict.mine.as_ref(),
                        expect: Some(expect),
                        batch: op.batch.as_deref(),
                    },
                    now,
                )?;
                replaced = inserted.replaced;
                inserted.id
            }
            ConflictChoice::TakeTheirs => {
                let theirs = conflict.theirs.as_ref().ok_or_else(|| {
                    DeskError::conflict(
                        "the site no longer has this article; there is no version to take",
                    )
                })?;
                crate::publishing::publications::take_site_version(
                    &tx,
                    op.article_id,
                    theirs,
                    now,
                )?;
                if conflict.theirs_unpublished {
                    crate::publishing::publications::record_publication(
                        &tx,
                        op.article_id,
                        &op.site_url,
                        theirs.version,
                        &BTreeMap::new(),
                        theirs.visible_at,
                        now,
                    )?;
                    crate::publishing::publications::confirm_unpublished(
                        &tx,
                        op.article_id,
                        &op.site_url,
                        theirs.version,
                        now,
                    )?;
                } else {
                    crate::publishing::publications::record_publication(
                        &tx,
                        op.article_id,
                        &op.site_url,
                        theirs.version,
                        &theirs.urls,
                        theirs.visible_at,
                        now,
                    )?;
                    // The desk's texts are the site's now.
                    crate::content::sent::record_sent(
                        &tx,
                        op.article_id,
                        &op.site_url,
                        &theirs.article,
                    )?;
                }
                id
            }
        };
        tx.commit()?;
        drop(db);
        // Taking theirs replaced the desk's texts.
        self.changes.article(op.article_id);
        for id in replaced {
            self.outbox_changed(id);
        }
        self.outbox_changed(answer);
        self.outbox_op(answer)
    }

    /// Progress of a bulk publish.
    pub fn batch_progress(&self, batch: &str) -> Result<BatchProgress> {
        Ok(self.db().query_row(
            "SELECT count(*) FILTER (WHERE state <> 'cancelled'),
                    count(*) FILTER (WHERE state = 'done'),
                    count(*) FILTER (WHERE state IN ('failed', 'conflict')),
                    count(*) FILTER (WHERE state IN ('queued', 'sending'))
             FROM outbox WHERE batch = ?1",
            [batch],
            |r| {
                Ok(BatchProgress {
                    batch: batch.to_owned(),
                    total: r.get(0)?,
                    done: r.get(1)?,
                    stopped: r.get(2)?,
                    pending: r.get(3)?,
                })
            },
        )?)
    }

    /// Operations the site refused for their token go back in the queue (a new token
    /// was just stored).
    pub(crate) fn requeue_unauthorized(&self, site_url: &str) -> Result<()> {
        let now = stamp(self.clock.now());
        let ids: Vec<i64> = {
            let db = self.db();
            let mut stmt = db.prepare_cached(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?2, updated_at = ?2
                 WHERE site_url = ?1 AND state = 'failed'
                   AND error_code IN ('unauthorized', 'forbidden', 'keyring')
                 RETURNING id",
            )?;
            stmt.query_map(params![site_url, now], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            self.outbox_changed(id);
        }
        Ok(())
    }

    /// Tells the sender and the listeners that operation `id` changed.
    pub(crate) fn outbox_changed(&self, id: i64) {
        self.sender.wake.notify_one();
        if self.sender.events.receiver_count() > 0
            && let Ok(op) = self.outbox_op(id)
        {
            let _ = self.sender.events.send(op);
        }
    }
}

/// When an operation waiting for a retry is due, as stored.
pub(crate) fn due_time(s: &str) -> Option<DateTime<Utc>> {
    parse_stamp(s)
}
