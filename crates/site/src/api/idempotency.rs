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
use dateline_protocol::{ErrorCode, IDEMPOTENCY_KEY};
use sha2::{Digest, Sha256};

use super::{ApiFailure, Caller};
use crate::app::AppState;
use crate::storage::IdempotencyRecord;

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

/// The stored answer for this key, if there is one: replayed when the request is the
/// same, refused when it is not.
pub(crate) async fn replay(
    state: &AppState,
    caller: &Caller,
    key: &str,
    fingerprint: &str,
) -> Result<Option<Response>, ApiFailure> {
    let (token, k) = (caller.token_hash.clone(), key.to_owned());
    let Some(record) = state.db(move |db| db.idempotency(&token, &k)).await? else {
        return Ok(None);
    };
    if record.fingerprint != fingerprint {
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
