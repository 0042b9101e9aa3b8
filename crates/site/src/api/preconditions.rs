//! `ETag`, `If-Match` and `If-None-Match` on the API's versioned resources (articles,
//! string overrides): a write must say which version it saw, so a stale desk is told
//! what is current instead of silently overwriting newer work.
//!
//! Versions are integers sent as strong entity tags (`"3"`). A write that replaces
//! something needs `If-Match` with the current version (428 without it, 412 with another);
//! `If-None-Match: *` asks for create-only.

use axum::http::{HeaderMap, StatusCode, header};
use dateline_protocol::ErrorCode;
use serde_json::json;

use super::ApiFailure;

/// The entity tag of a version.
pub(crate) fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

/// A header's value as text, if it is present and visible ASCII.
pub(crate) fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// `If-Match` holds one or more entity tags; versions are strong tags, but a weak
/// `W/"n"` from an intermediary is read as the same version.
pub(crate) fn if_match_accepts(value: &str, version: u64) -> bool {
    let wanted = etag(version);
    value
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t) == wanted)
}

pub(crate) fn precondition_failed(
    message: impl Into<String>,
    details: serde_json::Value,
) -> ApiFailure {
    ApiFailure::new(
        StatusCode::PRECONDITION_FAILED,
        ErrorCode::PreconditionFailed,
        message,
    )
    .with_details(details)
}

/// 412 for a write that named a version other than `version`; `details` describe what is
/// current, so the client can show it.
pub(crate) fn stale(version: u64, details: serde_json::Value) -> ApiFailure {
    precondition_failed(
        format!("If-Match does not name the current version, which is {version}"),
        details,
    )
}

/// The current version of the thing a write replaces, and how to describe it in a 412.
pub(crate) struct Current<F: FnOnce() -> serde_json::Value> {
    pub version: u64,
    pub details: F,
}

/// Checks a write's preconditions against what is stored: `current` is `None` when
/// `thing` (for messages: "article …", "the fr strings") does not exist yet.
pub(crate) fn check_write<F: FnOnce() -> serde_json::Value>(
    headers: &HeaderMap,
    thing: &str,
    current: Option<Current<F>>,
) -> Result<(), ApiFailure> {
    let if_none_match = header_text(headers, header::IF_NONE_MATCH);
    let if_match = header_text(headers, header::IF_MATCH);
    match (current, if_none_match.as_deref(), if_match) {
        (Some(c), Some(v), _) if v.split(',').any(|t| t.trim() == "*") => Err(precondition_failed(
            format!("{thing} already exists (If-None-Match: *)"),
            (c.details)(),
        )),
        (Some(c), _, Some(v)) if !if_match_accepts(&v, c.version) => {
            Err(stale(c.version, (c.details)()))
        }
        (None, _, Some(_)) => Err(precondition_failed(
            format!(
                "{thing} does not exist, so If-Match cannot match; send If-None-Match: * to create it"
            ),
            json!({ "current": null }),
        )),
        (Some(_), _, None) => Err(ApiFailure::new(
            StatusCode::PRECONDITION_REQUIRED,
            ErrorCode::PreconditionFailed,
            format!(
                "{thing} already exists; send If-Match: \"<version>\" with the version you last saw, \
                 so that newer changes are never overwritten blindly"
            ),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_reads_lists_weak_tags_and_star() {
        assert!(if_match_accepts("\"3\"", 3));
        assert!(if_match_accepts("W/\"3\"", 3));
        assert!(if_match_accepts("\"1\", \"3\"", 3));
        assert!(if_match_accepts("*", 3));
        assert!(!if_match_accepts("\"2\"", 3));
        assert!(!if_match_accepts("3", 3));
    }

    fn verdict(headers: &[(&'static str, &'static str)], current: Option<u64>) -> Option<u16> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(*name, value.parse().unwrap());
        }
        let current = current.map(|version| Current {
            version,
            details: move || json!({ "current": version }),
        });
        check_write(&map, "thing", current)
            .err()
            .map(|f| f.status().as_u16())
    }

    #[test]
    fn writes_must_name_the_version_they_replace() {
        assert_eq!(verdict(&[], None), None);
        assert_eq!(verdict(&[("if-none-match", "*")], None), None);
        assert_eq!(verdict(&[("if-match", "\"1\"")], None), Some(412));
        assert_eq!(verdict(&[], Some(2)), Some(428));
        assert_eq!(verdict(&[("if-none-match", "*")], Some(2)), Some(412));
        assert_eq!(verdict(&[("if-match", "\"1\"")], Some(2)), Some(412));
        assert_eq!(verdict(&[("if-match", "\"2\"")], Some(2)), None);
    }
}
