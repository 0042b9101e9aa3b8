//! `Idempotency-Key`: a retried write gets the first answer again instead of acting twice.
//!
//! Keys are scoped to the token that sent them. The stored answer is written in the same
//! transaction as the change it describes, so there is never a change without its
//! answer or an answer without its change. Only successful writes are stored: a failed
//! one changed nothing, and retrying it simply fails again or, if the world moved on,
//! gets a fresh verdict.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::Utc;
use dateline_protocol::{ErrorCode, IDEMPOTENCY_KEY};
use sha2::{Digest, Sha256};

use super::preconditions::etag;
use super::{ApiFailure, Caller};
use crate::app::AppState;
use crate::storage::{IdempotencyRecord, StorageError, timestamp};

/// Longest key accepted; UUIDs and ULIDs fit many times over.
const MAX_KEY_LEN: usize = 255;

/// The key of a write, required on every one.
pub(crate) fn key(headers: &HeaderMap) -> Result<String, ApiFailure> {
    let value = headers
        .get(IDEMPOTENCY_KEY)
        .ok_or_else(|| {
            ApiFailure::invalid(
                StatusCode::BAD_REQUEST,
                format!("the {IDEMPOTENCY_KEY} header is required on every write"),
            )
            .with_details(serde_json::json!({ "header": IDEMPOTENCY_KEY }))
        })?
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= MAX_KEY_LEN && k.bytes().all(|b| b.is_ascii_graphic()))
        .ok_or_else(|| {
            ApiFailure::invalid(
                StatusCode::BAD_REQUEST,
                format!("the {IDEMPOTENCY_KEY} header must be 1 to {MAX_KEY_LEN} visible ASCII characters"),
            )
            .with_details(serde_json::json!({ "header": IDEMPOTENCY_KEY }))
        })?;
    Ok(value.to_owned())
}

/// What makes two requests "the same": method, path, preconditions and body.
pub(crate) fn fingerprint(method: &str, path: &str, headers: &HeaderMap, body: &[u8]) -> String {
    let mut h = Sha256::new();
    for part in [
        method.as_bytes(),
        path.as_bytes(),
        headers
            .get(header::IF_MATCH)
            .map_or(&b""[..], HeaderValue::as_bytes),
        headers
            .get(header::IF_NONE_MATCH)
            .map_or(&b""[..], HeaderValue::as_bytes),
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part);
    }
    h.update(body);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// One write as idempotency sees it: whose key, and what was asked under it.
#[derive(Debug, Clone)]
pub(crate) struct Ask {
    token_hash: String,
    key: String,
    fingerprint: String,
}

impl Ask {
    /// `fingerprint` comes from [`fingerprint`].
    pub(crate) fn new(caller: &Caller, key: String, fingerprint: String) -> Self {
        Self {
            token_hash: caller.token_hash.clone(),
            key,
            fingerprint,
        }
    }

    /// The answer to this write, as it is sent and kept for replays.
    pub(crate) fn record(
        &self,
        status: StatusCode,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> IdempotencyRecord {
        IdempotencyRecord {
            token_hash: self.token_hash.clone(),
            key: self.key.clone(),
            fingerprint: self.fingerprint.clone(),
            status: status.as_u16(),
            headers,
            body,
            created_at: timestamp(Utc::now()),
        }
    }

    /// The JSON answer to an accepted write of a versioned resource: 201 with its
    /// `location` when the write `created` it, else 200; the version as `ETag`.
    pub(crate) fn versioned(
        &self,
        version: u64,
        created: bool,
        location: String,
        body: Vec<u8>,
    ) -> IdempotencyRecord {
        let mut headers = vec![
            (
                header::CONTENT_TYPE.to_string(),
                "application/json".to_owned(),
            ),
            (header::ETAG.to_string(), etag(version)),
        ];
        let status = if created {
            headers.push((header::LOCATION.to_string(), location));
            StatusCode::CREATED
        } else {
            StatusCode::OK
        };
        self.record(status, headers, body)
    }
}

/// The stored answer for this key, if there is one: replayed when the request is the
/// same, refused when it is not.
pub(crate) async fn replay(state: &AppState, ask: &Ask) -> Result<Option<Response>, ApiFailure> {
    let (token, k) = (ask.token_hash.clone(), ask.key.clone());
    let Some(record) = state.db(move |db| db.idempotency(&token, &k)).await? else {
        return Ok(None);
    };
    if record.fingerprint != ask.fingerprint {
        return Err(ApiFailure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::IdempotencyMismatch,
            format!(
                "this {IDEMPOTENCY_KEY} was already used for a different request; use a new key"
            ),
        ));
    }
    let mut response = to_response(&record)?;
    response
        .headers_mut()
        .insert("idempotent-replayed", HeaderValue::from_static("true"));
    Ok(Some(response))
}

/// A refusal that may only be the loser of a race with the same request (a retry sent
/// while the original was still being handled): if a request with this key has
/// committed meanwhile, its answer; else the refusal. Without this, a retry that read
/// the article just after its original wrote it would be told 412, a conflict with its
/// own write.
pub(crate) async fn replay_or(
    state: &AppState,
    ask: &Ask,
    failure: ApiFailure,
) -> Result<Response, ApiFailure> {
    match replay(state, ask).await? {
        Some(first) => Ok(first),
        None => Err(failure),
    }
}

/// Turns the storage's verdict on a write into the answer: the stored answer when it was
/// written, the first answer when a concurrent request with the same key committed
/// first, and `explain(error)` for any other refusal (a version conflict, say) unless a
/// request with the same key committed meanwhile.
pub(crate) async fn settle(
    state: &AppState,
    ask: &Ask,
    outcome: Result<IdempotencyRecord, StorageError>,
    explain: impl AsyncFnOnce(StorageError) -> ApiFailure,
) -> Result<Response, ApiFailure> {
    match outcome {
        Ok(answer) => to_response(&answer),
        Err(StorageError::IdempotencyKeyTaken) => replay(state, ask)
            .await?
            .ok_or_else(|| ApiFailure::internal("idempotency record vanished")),
        Err(e) => {
            let failure = explain(e).await;
            replay_or(state, ask, failure).await
        }
    }
}

/// Builds the answer a record describes, byte for byte.
pub(crate) fn to_response(record: &IdempotencyRecord) -> Result<Response, ApiFailure> {
    let mut response = Response::new(Body::from(record.body.clone()));
    *response.status_mut() = StatusCode::from_u16(record.status).map_err(ApiFailure::internal)?;
    for (name, value) in &record.headers {
        response.headers_mut().insert(
            HeaderName::try_from(name.as_str()).map_err(ApiFailure::internal)?,
            HeaderValue::try_from(value.as_str()).map_err(ApiFailure::internal)?,
        );
    }
    Ok(response)
}
