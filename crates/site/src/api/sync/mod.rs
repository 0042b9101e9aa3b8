//! The newsroom's relay, `/api/v1/sync/…`: desks push their own log of records and
//! fetch the others' (`dateline_protocol::sync` says how a round goes). The site checks
//! each record (see [`checks`]) and keeps it, or keeps only its place and the reason
//! when it refuses it, so that a desk's log never has a gap; it never merges.
//!
//! A push is idempotent by the records' ids: records the site already holds are
//! answered with the verdict they had, whatever the `Idempotency-Key`. Nothing here is
//! reachable without a newsroom token, and no reader's page reads these tables.

mod checks;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use dateline_protocol::ErrorCode;
use dateline_protocol::sync::{
    Change, MAX_RECORDS_PER_REQUEST, RecordVerdict, Refusal, RefusalCode, RelayedRecord, SyncPage,
    SyncPushed, SyncRecord, SyncStatus,
};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{ApiFailure, Caller, body};
use crate::app::AppState;
use crate::config::SiteConfig;
use crate::storage::newsroom::NewSyncEntry;
use crate::storage::{Storage, StorageError, timestamp};
use checks::{Known, Pusher};

/// The longest a desk may wait on `GET /sync/status` for news.
pub const MAX_WAIT_SECONDS: u64 = 25;

#[derive(Deserialize)]
pub(crate) struct StatusQuery {
    /// Wait up to this many seconds for the logs to grow past `total`.
    wait: Option<u64>,
    /// The sum of every desk's last sequence number as the desk last saw them.
    total: Option<u64>,
}

/// How far each desk's log goes. With `wait` and `total`, a long poll: the answer comes
/// as soon as the logs hold more than `total` records in all (at once if they already
/// do), or when the wait is over, so a desk hears of a colleague's change within a
/// moment without asking every second.
pub(crate) async fn status(
    State(state): State<AppState>,
    _caller: Caller,
    query: Result<Query<StatusQuery>, QueryRejection>,
) -> Result<Json<SyncStatus>, ApiFailure> {
    let Query(q) = query.map_err(|e| {
        ApiFailure::invalid(
            StatusCode::BAD_REQUEST,
            format!("wait= and total= take whole numbers: {}", e.body_text()),
        )
    })?;
    let wait = std::time::Duration::from_secs(q.wait.unwrap_or(0).min(MAX_WAIT_SECONDS));
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        // Listening before reading, so that an append between the two is not missed.
        let news = state.newsroom.notified();
        tokio::pin!(news);
        news.as_mut().enable();
        let desks = state.db(|db| db.sync_status()).await?;
        let total: u64 = desks.iter().map(|(_, seq)| seq).sum();
        let answer = Json(SyncStatus {
            desks: desks.into_iter().collect(),
        });
        let closing = state.closing.load(std::sync::atomic::Ordering::SeqCst);
        if q.total.is_none_or(|seen| seen != total) || wait.is_zero() || closing {
            return Ok(answer);
        }
        if tokio::time::timeout_at(deadline, news).await.is_err() {
            return Ok(answer);
        }
    }
}

/// The push as read before each record is: records stay JSON values so that one that
/// does not parse is refused alone.
#[derive(Deserialize)]
struct RawPush {
    desk: Uuid,
    records: Vec<Value>,
}

pub(crate) async fn push(
    State(state): State<AppState>,
    caller: Caller,
    raw: Result<Bytes, BytesRejection>,
) -> Result<Json<SyncPushed>, ApiFailure> {
    let bytes = body::bytes(raw, body::MAX_JSON_BYTES)?;
    let push: RawPush = body::json(&bytes, "a push of records ({desk, records})")?;
    if push.records.len() > MAX_RECORDS_PER_REQUEST {
        return Err(ApiFailure::invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("a push carries at most {MAX_RECORDS_PER_REQUEST} records"),
        ));
    }
    let config = state.config.clone();
    let answer = state
        .db(move |db| Ok(take_push(db, &config, &caller, push)))
        .await??;
    state.newsroom.notify_waiters();
    Ok(Json(answer))
}

/// Checks and stores a push, in one append.
fn take_push(
    db: &dyn Storage,
    config: &SiteConfig,
    caller: &Caller,
    push: RawPush,
) -> Result<SyncPushed, ApiFailure> {
    let desk = push.desk;
    let known_desk = db.sync_desk(desk)?;
    if let Some(d) = &known_desk
        && d.holder != caller.holder
    {
        return Err(claimed(desk));
    }
    let last = known_desk.map_or(0, |d| d.last_seq);
    let pusher = Pusher {
        role: caller.role,
        holder: &caller.holder,
    };
    let mut known = Known::new(db, config);
    let mut verdicts = Vec::new();
    let mut entries = Vec::new();
    for (i, raw) in push.records.into_iter().enumerate() {
        let (id, seq) = envelope(&raw, i)?;
        let expected = last + entries.len() as u64 + 1;
        if seq < expected {
            verdicts.push(replayed(db, desk, id, seq)?);
            continue;
        }
        if seq > expected {
            return Err(ApiFailure::invalid(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("records[{i}] has seq {seq}, but the next of desk {desk} is {expected}"),
            )
            .with_details(json!({ "field": format!("records[{i}].seq"), "expected": expected })));
        }
        if let Some((other_desk, other_seq)) = db.sync_record_place(id)? {
            return Err(ApiFailure::invalid(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "records[{i}]: record {id} is already seq {other_seq} of desk {other_desk}"
                ),
            )
            .with_details(json!({ "field": format!("records[{i}].id") })));
        }
        let (entry, refusal) = judge(&mut known, &pusher, desk, id, seq, raw)?;
        verdicts.push(RecordVerdict {
            id,
            seq,
            refused: refusal,
        });
        entries.push(entry);
    }
    let now = timestamp(chrono::Utc::now());
    match db.sync_append(desk, &caller.holder, last, &entries, &now) {
        Ok(()) => {}
        Err(StorageError::VersionConflict) => {
            return Err(ApiFailure::new(
                StatusCode::CONFLICT,
                ErrorCode::PreconditionFailed,
                format!(
                    "another push of desk {desk} landed meanwhile: ask the status and push again"
                ),
            ));
        }
        Err(StorageError::Duplicate) => return Err(claimed(desk)),
        Err(e) => return Err(e.into()),
    }
    Ok(SyncPushed {
        verdicts,
        last_seq: last + entries.len() as u64,
    })
}

fn claimed(desk: Uuid) -> ApiFailure {
    ApiFailure::new(
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
        format!("desk {desk} belongs to another member of the newsroom"),
    )
    .with_details(json!({ "field": "desk" }))
}

/// A record's id and place, read even when the rest of it does not parse: without them
/// it has no place in the log, and the push stops there.
fn envelope(raw: &Value, i: usize) -> Result<(Uuid, u64), ApiFailure> {
    let id = raw
        .get("id")
        .and_then(Value::as_str)
        .and_then(|s| Uuid::parse_str(s).ok());
    let seq = raw.get("seq").and_then(Value::as_u64).filter(|s| *s > 0);
    match (id, seq) {
        (Some(id), Some(seq)) => Ok((id, seq)),
        _ => Err(ApiFailure::invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("records[{i}] needs an `id` (a UUID) and a `seq` (1 or more)"),
        )
        .with_details(json!({ "field": format!("records[{i}]") }))),
    }
}

/// The verdict the site gave a record it already holds.
fn replayed(db: &dyn Storage, desk: Uuid, id: Uuid, seq: u64) -> Result<RecordVerdict, ApiFailure> {
    let stored = db.sync_entries(desk, seq - 1, 1)?.into_iter().next();
    match stored {
        Some(e) if e.id == id => Ok(RecordVerdict {
            id,
            seq,
            refused: e
                .refusal
                .as_deref()
                .map(serde_json::from_str::<Refusal>)
                .transpose()
                .map_err(ApiFailure::internal)?,
        }),
        other => Err(ApiFailure::new(
            StatusCode::CONFLICT,
            ErrorCode::PreconditionFailed,
            format!(
                "seq {seq} of desk {desk} is record {} here, not {id}: this desk's log is older \
                 than the newsroom's (restored from a backup?); fetch its own records first",
                other.map_or_else(|| "nothing".into(), |e| e.id.to_string())
            ),
        )
        .with_details(json!({ "seq": seq }))),
    }
}

/// Checks one record; the entry to store for it, and its refusal if any.
fn judge(
    known: &mut Known<'_>,
    pusher: &Pusher<'_>,
    desk: Uuid,
    id: Uuid,
    seq: u64,
    raw: Value,
) -> Result<(NewSyncEntry, Option<Refusal>), ApiFailure> {
    let refused = |refusal: Refusal| {
        let json = serde_json::to_string(&refusal).map_err(ApiFailure::internal)?;
        Ok((
            NewSyncEntry {
                seq,
                id,
                record: None,
                refusal: Some(json),
                node: None,
                article: None,
            },
            Some(refusal),
        ))
    };
    let record: SyncRecord = match serde_path_to_error::deserialize(raw) {
        Ok(r) => r,
        Err(e) => {
            let field = e.path().to_string();
            return refused(Refusal {
                code: RefusalCode::Invalid,
                field: (field != ".").then_some(field),
                message: format!("not a record: {}", e.into_inner()),
            });
        }
    };
    if record.desk != desk {
        return refused(Refusal {
            code: RefusalCode::Invalid,
            field: Some("desk".into()),
            message: format!(
                "the record says it is desk {}'s, pushed as desk {desk}'s",
                record.desk
            ),
        });
    }
    let node_id = match &record.change {
        Change::Text(t) => Some(t.id),
        Change::Article(a) => Some(a.id),
        Change::Bin { .. } => None,
    };
    // Two desks that merged the same two heads made the same revision, with the same
    // id (desks derive a merge's id from its parents'): the second is the first again.
    let mut same_node = false;
    if let Some(node) = node_id
        && let Some(held) = known.held_change(node)?
    {
        if held != record.change {
            return refused(Refusal {
                code: RefusalCode::Invalid,
                field: Some("change.id".into()),
                message: format!("revision {node} was already sent, with other content"),
            });
        }
        same_node = true;
    }
    if !same_node && let Err(refusal) = checks::check(known, pusher, &record.change)? {
        return refused(refusal);
    }
    known.accept(&record.change, pusher.holder);
    let json = serde_json::to_string(&record).map_err(ApiFailure::internal)?;
    let (node, article) = match &record.change {
        _ if same_node => (None, None),
        Change::Text(t) => (Some((t.id, t.article_id, Some(t.locale.clone()))), None),
        Change::Article(a) => (
            Some((a.id, a.article_id, None)),
            Some((a.article_id, a.source_locale.clone())),
        ),
        Change::Bin { .. } => (None, None),
    };
    Ok((
        NewSyncEntry {
            seq,
            id,
            record: Some(json),
            refusal: None,
            node,
            article,
        },
        None,
    ))
}

#[derive(Deserialize)]
pub(crate) struct PageQuery {
    #[serde(default)]
    after: u64,
    limit: Option<usize>,
}

pub(crate) async fn records(
    State(state): State<AppState>,
    _caller: Caller,
    Path(desk): Path<String>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<SyncPage>, ApiFailure> {
    let desk = Uuid::parse_str(&desk).map_err(|_| {
        ApiFailure::invalid(
            StatusCode::BAD_REQUEST,
            format!("{desk:?} is not a desk's id (a UUID)"),
        )
        .with_details(json!({ "field": "desk" }))
    })?;
    let Query(q) = query.map_err(|e| {
        ApiFailure::invalid(
            StatusCode::BAD_REQUEST,
            format!("after= and limit= take whole numbers: {}", e.body_text()),
        )
    })?;
    let limit = q
        .limit
        .unwrap_or(MAX_RECORDS_PER_REQUEST)
        .clamp(1, MAX_RECORDS_PER_REQUEST);
    let mut entries = state
        .db(move |db| db.sync_entries(desk, q.after, limit as u32 + 1))
        .await?;
    let more = entries.len() > limit;
    entries.truncate(limit);
    let last_seq = entries.last().map_or(q.after, |e| e.seq);
    let records = entries
        .into_iter()
        .filter_map(|e| {
            let record = e.record?;
            Some(
                serde_json::from_str(&record)
                    .map(|record| RelayedRecord {
                        record,
                        author: e.author,
                    })
                    .map_err(ApiFailure::internal),
            )
        })
        .collect::<Result<_, _>>()?;
    Ok(Json(SyncPage {
        records,
        last_seq,
        more,
    }))
}
