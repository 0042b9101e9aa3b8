//! `POST /webhooks/billing`: the payment provider tells the site who paid for which tier.
//!
//! Requests are signed the way payment providers sign webhooks (Stripe's scheme):
//! `Dateline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The
//! signature is checked on the raw bytes before the body is parsed at all; `t` must be
//! within five minutes of our clock, so a captured request cannot be replayed later;
//! several `v1` values may come (the provider signs with the old and the new secret while
//! one is rotated), and any one that matches will do. Comparisons are constant-time
//! (`hmac`'s `verify_slice`).
//!
//! Each event id is applied at most once ([`crate::storage::ReaderStore::apply_billing_event`]):
//! a second delivery answers 200 and changes nothing, so the provider stops retrying.
//! Events the site does not act on are answered 200 too, for the same reason. One log
//! line per event says what happened, without the secret or the reader's address.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::json;
use sha2::Sha256;

use crate::admin::normalise_email;
use crate::app::AppState;
use crate::config::{MEMBERS_TIER, PUBLIC_TIER};
use crate::secret_files::Secret;
use crate::storage::{BillingEvent, timestamp};

pub(crate) const SIGNATURE_HEADER: &str = "dateline-signature";
/// Read when `[billing] webhook_secret_file` is not set.
pub const WEBHOOK_SECRET_ENV: &str = "DATELINE_BILLING_WEBHOOK_SECRET";
/// How far `t` may be from our clock, either way.
const TOLERANCE_SECS: i64 = 5 * 60;
/// A billing event is a few hundred bytes; anything much larger is not one.
pub(crate) const MAX_BODY: usize = 64 * 1024;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum SignatureError {
    /// No header, no `t`, no `v1`, or values that are not numbers / hex.
    Malformed,
    /// `t` is too far from now.
    OutsideTolerance,
    /// No `v1` matches.
    Mismatch,
}

/// Checks a `Dateline-Signature` header against the raw body at time `now`.
pub(crate) fn verify(
    secret: &[u8],
    header: Option<&str>,
    body: &[u8],
    now: i64,
) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Malformed)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        let Some((key, value)) = part.trim().split_once('=') else {
            continue;
        };
        match key {
            "t" => {
                timestamp = Some(
                    value
                        .parse::<i64>()
                        .map_err(|_| SignatureError::Malformed)?,
                )
            }
            "v1" => signatures.push(hex::decode(value).map_err(|_| SignatureError::Malformed)?),
            // Other schemes (v0, …) are ignored, as providers document.
            _ => {}
        }
    }
    let t = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if (now - t).abs() > TOLERANCE_SECS {
        return Err(SignatureError::OutsideTolerance);
    }
    let mut mac = HmacSha256::new_from_slice(secret).map_err(|_| SignatureError::Mismatch)?;
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let any = signatures
        .iter()
        .any(|s| mac.clone().verify_slice(s).is_ok());
    if any {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

/// The header a provider would send for `body` at time `t` (tests and tools use it).
pub fn sign(secret: &[u8], t: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}

#[derive(Debug, Deserialize)]
struct EventBody {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    email: String,
    #[serde(default)]
    tier: Option<String>,
    /// When the provider made the event (unix seconds); orders late deliveries.
    #[serde(default)]
    created: Option<i64>,
}

fn answer(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "code": code, "message": message }))).into_response()
}

pub(crate) async fn webhook(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(secret) = state.billing_secret.as_ref() else {
        // Not configured: as if the route did not exist.
        return answer(
            StatusCode::NOT_FOUND,
            "not_found",
            "billing webhooks are not enabled on this site",
        );
    };
    let signature = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
    if let Err(e) = verify_with(secret, signature, &body) {
        tracing::warn!(reason = ?e, "billing webhook refused: bad signature");
        return match e {
            SignatureError::Mismatch => answer(
                StatusCode::UNAUTHORIZED,
                "bad_signature",
                "the signature does not match",
            ),
            SignatureError::OutsideTolerance => answer(
                StatusCode::BAD_REQUEST,
                "stale_timestamp",
                "the signature's timestamp is more than five minutes from the server's clock",
            ),
            SignatureError::Malformed => answer(
                StatusCode::BAD_REQUEST,
                "bad_signature",
                "the Dateline-Signature header is missing or malformed",
            ),
        };
    }
    let event: EventBody = match serde_json::from_slice(&body) {
        Ok(e) => e,
        Err(e) => {
            tracing::warn!("billing webhook refused: unreadable body: {e}");
            return answer(
                StatusCode::BAD_REQUEST,
                "invalid",
                "the body is not an event",
            );
        }
    };
    let tier = match event.kind.as_str() {
        "subscription.created" | "subscription.updated" => event.tier.clone(),
        "subscription.canceled" => Some(MEMBERS_TIER.to_owned()),
        other => {
            tracing::info!(event_id = %event.id, event_type = other, outcome = "ignored", "billing event");
            return (StatusCode::OK, Json(json!({ "outcome": "ignored" }))).into_response();
        }
    };
    let Some(tier) = tier.filter(|t| t != PUBLIC_TIER && state.config.tier(t).is_some()) else {
        tracing::warn!(event_id = %event.id, event_type = %event.kind, tier = ?event.tier, outcome = "refused", "billing event names no tier of this site");
        return answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_tier",
            "the event names no paid tier of this site",
        );
    };
    let (Ok(email), true) = (
        normalise_email(&event.email),
        !event.id.is_empty() && event.id.len() <= 255,
    ) else {
        tracing::warn!(event_id = %event.id, outcome = "refused", "billing event with a bad id or e-mail address");
        return answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "the event needs an id (at most 255 characters) and an e-mail address",
        );
    };
    let stored = BillingEvent {
        id: event.id,
        kind: event.kind,
        email,
        tier,
        created: event.created,
    };
    let (id, kind, tier) = (stored.id.clone(), stored.kind.clone(), stored.tier.clone());
    let now = timestamp(Utc::now());
    match state
        .db(move |db| db.apply_billing_event(&stored, &now))
        .await
    {
        Ok(outcome) => {
            tracing::info!(event_id = %id, event_type = %kind, tier = %tier, outcome = outcome.as_str(), "billing event");
            (StatusCode::OK, Json(json!({ "outcome": outcome.as_str() }))).into_response()
        }
        Err(e) => {
            tracing::error!(event_id = %id, "billing event failed: {e}");
            // 500: the provider retries later, and the event id is not yet recorded.
            answer(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "internal error",
            )
        }
    }
}

fn verify_with(secret: &Secret, header: Option<&str>, body: &[u8]) -> Result<(), SignatureError> {
    verify(
        secret.expose().as_bytes(),
        header,
        body,
        Utc::now().timestamp(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"whsec_test_0123456789abcdef";
    const BODY: &[u8] =
        br#"{"id":"evt_1","type":"subscription.updated","email":"a@example.org","tier":"premium"}"#;

    #[test]
    fn a_signature_made_with_the_secret_verifies() {
        let header = sign(SECRET, 1_000, BODY);
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000), Ok(()));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000 + 300), Ok(()));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000 - 300), Ok(()));
    }

    #[test]
    fn anything_else_is_refused() {
        let header = sign(SECRET, 1_000, BODY);
        assert_eq!(
            verify(b"another secret", Some(&header), BODY, 1_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(SECRET, Some(&header), b"{}", 1_000),
            Err(SignatureError::Mismatch)
        );
        // The timestamp is part of what is signed.
        let moved = header.replace("t=1000", "t=1001");
        assert_eq!(
            verify(SECRET, Some(&moved), BODY, 1_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(SECRET, Some(&header), BODY, 1_000 + 301),
            Err(SignatureError::OutsideTolerance)
        );
        assert_eq!(
            verify(SECRET, Some(&header), BODY, 1_000 - 301),
            Err(SignatureError::OutsideTolerance)
        );
        for bad in ["", "t=1000", "v1=00", "t=x,v1=00", "t=1000,v1=zz"] {
            assert_eq!(
                verify(SECRET, Some(bad), BODY, 1_000),
                Err(SignatureError::Malformed),
                "{bad}"
            );
        }
        assert_eq!(
            verify(SECRET, None, BODY, 1_000),
            Err(SignatureError::Malformed)
        );
    }

    #[test]
    fn any_of_several_v1_values_may_match() {
        let good = sign(SECRET, 1_000, BODY);
        let old = sign(b"the previous secret", 1_000, BODY);
        let old_v1 = old.split_once(",v1=").unwrap().1;
        let both = format!("{good},v1={old_v1},v0=ignored");
        assert_eq!(verify(SECRET, Some(&both), BODY, 1_000), Ok(()));
        let reversed = format!("t=1000,v1={old_v1},{}", &good[7..]);
        assert_eq!(verify(SECRET, Some(&reversed), BODY, 1_000), Ok(()));
    }
}
