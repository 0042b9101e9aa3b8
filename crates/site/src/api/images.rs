//! `POST /images` and `GET`/`HEAD /images/{name}`: content-addressed uploads.
//!
//! The desk uploads the images an article refers to before publishing it, and asks by
//! name first to skip those the site already has. An upload is taken only if its bytes
//! really are the image format its `Content-Type` names (PNG, JPEG, GIF, WebP or AVIF;
//! never SVG, which can carry scripts), at most 20 MB. It is stored as
//! `DIR/media/<sha256>.<ext>`, served to readers at `/media/<sha256>.<ext>`: the same
//! bytes uploaded again are the same file and the same answer (201 the first time, 200
//! after). Uploading is an editor's job, like publishing.
//!
//! The file is put in place before its record is written, in one transaction with the
//! answer for the idempotency key, so a record never names a missing file. A refused
//! upload writes nothing.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use dateline_protocol::{ErrorCode, ImageFormat, MEDIA_PREFIX, UploadedImage, parse_image_name};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::idempotency::{self, Ask};
use super::preconditions::header_text;
use super::{ApiFailure, Caller, body as request_body};
use crate::app::AppState;
use crate::storage::{MediaRecord, timestamp};

/// The largest upload, as `DefaultBodyLimit` wants it.
pub(crate) const MAX_IMAGE_BYTES: usize = dateline_protocol::MAX_IMAGE_BYTES as usize;

pub(crate) async fn post_image(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiFailure> {
    caller.require_publisher()?;
    let key = idempotency::key(&headers)?;
    let declared = header_text(&headers, header::CONTENT_TYPE).unwrap_or_default();
    let format = ImageFormat::from_mime(&declared).ok_or_else(|| unsupported(&declared))?;
    let body = request_body::bytes(body, MAX_IMAGE_BYTES)?;
    // The declared type is part of what was asked: the same bytes as another type are
    // another request.
    let ask = Ask::new(
        &caller,
        key,
        idempotency::fingerprint("POST", &format!("images {declared}"), &headers, &body),
    );
    if let Some(replayed) = idempotency::replay(&state, &ask).await? {
        return Ok(replayed);
    }
    check_bytes(format, &body)?;

    let hash = format!("{:x}", Sha256::digest(&body));
    let name = format.name(&hash);
    let image = UploadedImage {
        url: format!("{MEDIA_PREFIX}{name}"),
        hash,
        name: name.clone(),
    };
    let answer_body = serde_json::to_vec(&image).map_err(ApiFailure::internal)?;
    let record = MediaRecord {
        name: name.clone(),
        mime: format.mime().to_owned(),
        size: body.len() as u64,
        created_at: timestamp(Utc::now()),
    };
    // Files before records: a record must never name a missing file.
    let media = state.media.clone();
    let file = record.name.clone();
    tokio::task::spawn_blocking(move || media.store(&file, &body))
        .await
        .map_err(ApiFailure::internal)?
        .map_err(|e| ApiFailure::internal(format!("storing image {name}: {e}")))?;

    let location = format!("{}/images/{name}", dateline_protocol::API_PREFIX);
    let asked = ask.clone();
    let outcome = state
        .db(move |db| {
            // Whether this upload is the first is decided inside the transaction, so two
            // concurrent uploads of the same bytes get one 201 and one 200.
            let answer = |created: bool| {
                asked.record(
                    if created {
                        StatusCode::CREATED
                    } else {
                        StatusCode::OK
                    },
                    vec![
                        (
                            header::CONTENT_TYPE.to_string(),
                            "application/json".to_owned(),
                        ),
                        (header::LOCATION.to_string(), location.clone()),
                    ],
                    answer_body.clone(),
                )
            };
            db.save_media(&record, &answer).map(answer)
        })
        .await;
    idempotency::settle(&state, &ask, outcome, async |e| e.into()).await
}

/// `GET /images/{name}` (and `HEAD`): whether the site has this image, for any token.
pub(crate) async fn get_image(
    State(state): State<AppState>,
    _caller: Caller,
    Path(name): Path<String>,
) -> Result<Response, ApiFailure> {
    let Some((hash, _)) = parse_image_name(&name) else {
        return Err(ApiFailure::invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("name: {name:?} is not an image name (<sha256 hex>.<png|jpg|gif|webp|avif>)"),
        )
        .with_details(json!({ "field": "name" })));
    };
    let hash = hash.to_owned();
    let wanted = name.clone();
    let record = state.db(move |db| db.media(&wanted)).await?;
    match record {
        Some(r) if state.media.holds(&r.name, r.size) => Ok(axum::Json(UploadedImage {
            url: format!("{MEDIA_PREFIX}{name}"),
            hash,
            name,
        })
        .into_response()),
        _ => Err(ApiFailure::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!("the site has no image {name}"),
        )),
    }
}

fn unsupported(declared: &str) -> ApiFailure {
    let shown = if declared.is_empty() {
        "no Content-Type".to_owned()
    } else {
        format!("Content-Type {declared:?}")
    };
    ApiFailure::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
        format!("{shown} is not an image the site takes (PNG, JPEG, GIF, WebP or AVIF)"),
    )
    .with_details(json!({
        "content_type": declared,
        "accepted": ImageFormat::ALL.map(ImageFormat::mime),
    }))
}

/// The bytes must be the declared format, recognised by their magic numbers: a client's
/// word is not enough for a file readers' browsers will open.
fn check_bytes(declared: ImageFormat, bytes: &[u8]) -> Result<(), ApiFailure> {
    let detected = infer::get(bytes).map(|kind| kind.mime_type());
    if detected.and_then(ImageFormat::from_mime) == Some(declared) {
        return Ok(());
    }
    let what = match detected {
        Some(mime) => format!("{mime} data"),
        None if bytes.is_empty() => "empty".to_owned(),
        None => "not a format the site recognises".to_owned(),
    };
    Err(ApiFailure::invalid(
        StatusCode::UNPROCESSABLE_ENTITY,
        format!("the body is declared {} but is {what}", declared.mime()),
    )
    .with_details(json!({ "content_type": declared.mime(), "detected": detected })))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn bytes_must_be_the_declared_format() {
        assert!(check_bytes(ImageFormat::Png, PNG).is_ok());
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0];
        let failure = check_bytes(ImageFormat::Png, &jpeg).unwrap_err();
        assert_eq!(failure.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(failure.details()["detected"], "image/jpeg");
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assert!(check_bytes(ImageFormat::Png, svg).is_err());
        assert!(check_bytes(ImageFormat::Gif, b"").is_err());
    }

    #[test]
    fn svg_and_other_types_are_unsupported() {
        for declared in ["image/svg+xml", "text/html", "", "application/octet-stream"] {
            assert!(ImageFormat::from_mime(declared).is_none(), "{declared}");
            let failure = unsupported(declared);
            assert_eq!(failure.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
            assert_eq!(failure.details()["content_type"], declared);
        }
    }
}
