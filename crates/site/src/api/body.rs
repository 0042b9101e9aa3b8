//! Reading request bodies: size limits, and JSON whose faults are named by field.
//!
//! A client that sends a wrong body should learn from the answer what to fix, so a body
//! that is not the expected JSON is a 400 whose `details.field` is the path of the value
//! at fault (`texts[0].title`), and a body over the limit is a 413 naming the limit.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use dateline_protocol::ErrorCode;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::ApiFailure;

/// The largest JSON body the API reads. Articles are the big ones: a long read with
/// every translation stays far below it (the desk opens 5 MB bodies).
pub(crate) const MAX_JSON_BYTES: usize = 8 * 1024 * 1024;

/// The bytes of a body read under `limit` (the route's `DefaultBodyLimit`).
pub(crate) fn bytes(
    body: Result<Bytes, BytesRejection>,
    limit: usize,
) -> Result<Bytes, ApiFailure> {
    body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large(limit)
        } else {
            ApiFailure::invalid(e.status(), e.body_text())
        }
    })
}

pub(crate) fn too_large(limit: usize) -> ApiFailure {
    ApiFailure::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::TooLarge,
        format!("the body is larger than this route takes ({limit} bytes)"),
    )
    .with_details(json!({ "limit": limit }))
}

/// Parses `bytes` as `T`; `what` names `T` for the message ("an article").
pub(crate) fn json<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, ApiFailure> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // The root's path is "."; a fault there (not JSON, not an object) has no field.
            let field = (path != ".").then_some(path);
            let place = field
                .as_deref()
                .map(|f| format!("{f}: "))
                .unwrap_or_default();
            ApiFailure::invalid(
                StatusCode::BAD_REQUEST,
                format!("the body is not {what}: {place}{inner}"),
            )
            .with_details(json!({
                "field": field,
                "line": inner.line(),
                "column": inner.column(),
            }))
        })
        .and_then(|value| {
            de.end().map(|()| value).map_err(|e| {
                ApiFailure::invalid(
                    StatusCode::BAD_REQUEST,
                    format!("the body is not {what}: {e}"),
                )
                .with_details(json!({ "field": null, "line": e.line(), "column": e.column() }))
            })
        })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_protocol::ArticlePut;

    fn fault(body: &str) -> serde_json::Value {
        let failure = json::<ArticlePut>(body.as_bytes(), "an article").unwrap_err();
        assert_eq!(failure.status(), StatusCode::BAD_REQUEST);
        failure.details().clone()
    }

    const GOOD: &str = r#"{"source_locale":"en-US","section":"world","byline":"A","tier":"public",
        "texts":[{"locale":"en-US","title":"T","standfirst":"","body":"","slug":"t"}]}"#;

    #[test]
    fn faults_name_the_field() {
        assert!(json::<ArticlePut>(GOOD.as_bytes(), "an article").is_ok());
        assert_eq!(
            fault(&GOOD.replace(r#""tier":"public""#, r#""tier":5"#))["field"],
            "tier"
        );
        assert_eq!(
            fault(&GOOD.replace(r#""title":"T""#, r#""title":["T"]"#))["field"],
            "texts[0].title"
        );
        let unknown = fault(&GOOD.replace(r#""slug":"t""#, r#""slug":"t","html":"<b>""#));
        assert_eq!(unknown["field"], "texts[0].html", "{unknown}");
        let missing = fault(&GOOD.replace(r#""byline":"A","#, ""));
        assert_eq!(missing["field"], serde_json::Value::Null, "{missing}");
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let d = fault("{\n  \"tier\": ");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(2), Some(10))
        );
        let d = fault(&format!("{GOOD} trailing"));
        assert_eq!(d["field"], serde_json::Value::Null);
        assert!(fault("").is_object());
    }
}
