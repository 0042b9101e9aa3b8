//! `GET`, `PUT` and `DELETE /articles/{id}`.
//!
//! A write is checked in this order: token, role, idempotency key (a replay answers
//! before anything else is looked at), id, body, fields, slugs, then the version
//! preconditions. The server renders every body itself; it never accepts HTML.
//!
//! `DELETE` unpublishes: the article stays stored (its slugs stay reserved, so an old
//! address never shows a different story), its pages answer 410 Gone, and
//! `GET /articles/{id}` answers 404 `not_found` with details
//! `{"unpublished": true, "version": n}`. A later `PUT` with `If-Match: "n"`
//! publishes it again.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use dateline_protocol::{ArticlePut, ErrorCode, PublishedArticle};
use serde_json::json;
use uuid::Uuid;

use super::validate::{self, FieldError};
use super::{ApiFailure, Caller, idempotency};
use crate::app::AppState;
use crate::storage::{
    ArticleWrite, IdempotencyRecord, StorageError, StoredArticle, StoredText, timestamp,
};

pub(crate) async fn get_article(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiFailure> {
    let id = parse_id(&id)?;
    let article = state.db(move |db| db.article(id)).await?;
    match article {
        Some(a) if !a.unpublished => {
            let etag = etag(a.version);
            let body = published(&state, &a);
            Ok(([(header::ETAG, etag)], axum::Json(body)).into_response())
        }
        other => Err(not_found(id, other.as_ref())),
    }
}

pub(crate) async fn put_article(
    State(state): State<AppState>,
    caller: Caller,
    Path(raw_id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiFailure> {
    caller.require_publisher()?;
    let key = idempotency::key(&headers)?;
    let body = body.map_err(|e| ApiFailure::invalid(e.status(), e.body_text()))?;
    let fingerprint = idempotency::fingerprint("PUT", &raw_id, &headers, &body);
    if let Some(replayed) = idempotency::replay(&state, &caller, &key, &fingerprint).await? {
        return Ok(replayed);
    }
    let id = parse_id(&raw_id)?;
    let put: ArticlePut = serde_json::from_slice(&body).map_err(|e| {
        ApiFailure::invalid(
            StatusCode::BAD_REQUEST,
            format!("the body is not an article: {e}"),
        )
    })?;

    let mut errors = validate::check_article(&state.config, &put);
    if errors.is_empty() {
        errors = slug_conflicts(&state, id, &put).await?;
    }
    if !errors.is_empty() {
        return Err(invalid_fields(errors));
    }

    let current = state.db(move |db| db.article(id)).await?;
    check_put_preconditions(&state, &headers, id, current.as_ref())?;

    let now = Utc::now();
    let now_text = timestamp(now);
    let expected = current.as_ref().map(|c| c.version);
    let version = expected.map_or(1, |v| v + 1);
    let visible_at = match (put.publish_at, &current) {
        (Some(at), _) => timestamp(at),
        // An update without a publish time keeps the article's place in the listings.
        (None, Some(c)) if c.visible_at <= now_text => c.visible_at.clone(),
        (None, _) => now_text.clone(),
    };
    let paid = state.config.article_rank(&put.tier) > 0;
    let texts = put
        .texts
        .iter()
        .map(|t| {
            let r = dateline_render::render_body(&t.body, paid);
            StoredText {
                locale: t.locale.clone(),
                title: t.title.clone(),
                standfirst: t.standfirst.clone(),
                slug: t.slug.clone(),
                body: t.body.clone(),
                free_html: r.free_html,
                paid_html: r.paid_html,
                word_count: r.word_count,
                reading_minutes: r.reading_minutes,
            }
        })
        .collect();
    let stored = StoredArticle {
        id,
        version,
        unpublished: false,
        visible_at: visible_at.clone(),
        put: put.clone(),
    };
    let status = if current.is_some() {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let mut answer_headers = vec![
        (
            header::CONTENT_TYPE.to_string(),
            "application/json".to_owned(),
        ),
        (header::ETAG.to_string(), etag(version)),
    ];
    if status == StatusCode::CREATED {
        answer_headers.push((
            header::LOCATION.to_string(),
            format!("{}/articles/{id}", dateline_protocol::API_PREFIX),
        ));
    }
    let answer = IdempotencyRecord {
        token_hash: caller.token_hash.clone(),
        key: key.clone(),
        fingerprint: fingerprint.clone(),
        status: status.as_u16(),
        headers: answer_headers,
        body: serde_json::to_vec(&published(&state, &stored)).map_err(ApiFailure::internal)?,
        created_at: now_text.clone(),
    };
    let write = ArticleWrite {
        id,
        version,
        put,
        visible_at,
        texts,
        now: now_text,
    };
    let saving = answer.clone();
    let outcome = state
        .db(move |db| db.save_article(&write, expected, &saving))
        .await;
    finish_write(&state, &caller, &key, &fingerprint, id, outcome, &answer).await
}

pub(crate) async fn delete_article(
    State(state): State<AppState>,
    caller: Caller,
    Path(raw_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiFailure> {
    caller.require_publisher()?;
    let key = idempotency::key(&headers)?;
    let fingerprint = idempotency::fingerprint("DELETE", &raw_id, &headers, b"");
    if let Some(replayed) = idempotency::replay(&state, &caller, &key, &fingerprint).await? {
        return Ok(replayed);
    }
    let id = parse_id(&raw_id)?;
    let current = state.db(move |db| db.article(id)).await?;
    let current = match current {
        Some(c) if !c.unpublished => c,
        other => return Err(not_found(id, other.as_ref())),
    };
    if let Some(value) = header_text(&headers, header::IF_MATCH)
        && !if_match_accepts(&value, current.version)
    {
        return Err(stale(&state, &current));
    }
    let version = current.version + 1;
    let answer = IdempotencyRecord {
        token_hash: caller.token_hash.clone(),
        key: key.clone(),
        fingerprint: fingerprint.clone(),
        status: StatusCode::NO_CONTENT.as_u16(),
        headers: vec![(header::ETAG.to_string(), etag(version))],
        body: Vec::new(),
        created_at: timestamp(Utc::now()),
    };
    let saving = answer.clone();
    let expected = current.version;
    let outcome = state
        .db(move |db| db.unpublish_article(id, expected, version, &saving))
        .await;
    finish_write(&state, &caller, &key, &fingerprint, id, outcome, &answer).await
}

/// Turns the storage's verdict on a write into the answer.
async fn finish_write(
    state: &AppState,
    caller: &Caller,
    key: &str,
    fingerprint: &str,
    id: Uuid,
    outcome: Result<(), StorageError>,
    answer: &IdempotencyRecord,
) -> Result<Response, ApiFailure> {
    match outcome {
        Ok(()) => idempotency::to_response(answer),
        // Someone else wrote between our read and our write.
        Err(StorageError::VersionConflict) => {
            let current = state.db(move |db| db.article(id)).await?;
            Err(match current {
                Some(c) => stale(state, &c),
                None => precondition_failed(
                    "the article was removed while this write was checked",
                    json!({}),
                ),
            })
        }
        // A concurrent request with the same key committed first: answer as a retry would.
        Err(StorageError::IdempotencyKeyTaken) => {
            idempotency::replay(state, caller, key, fingerprint)
                .await?
                .ok_or_else(|| ApiFailure::internal("idempotency record vanished"))
        }
        Err(StorageError::SlugTaken { locale, slug }) => {
            Err(invalid_fields(vec![FieldError::new(
                "texts",
                format!("the slug {slug:?} is already used in {locale}"),
            )]))
        }
        Err(e) => Err(e.into()),
    }
}

fn check_put_preconditions(
    state: &AppState,
    headers: &HeaderMap,
    id: Uuid,
    current: Option<&StoredArticle>,
) -> Result<(), ApiFailure> {
    let if_none_match = header_text(headers, header::IF_NONE_MATCH);
    let if_match = header_text(headers, header::IF_MATCH);
    match (current, if_none_match.as_deref(), if_match) {
        (Some(c), Some(v), _) if v.split(',').any(|t| t.trim() == "*") => Err(precondition_failed(
            format!("article {id} already exists (If-None-Match: *)"),
            current_details(state, c),
        )),
        (Some(c), _, Some(v)) if !if_match_accepts(&v, c.version) => Err(stale(state, c)),
        (None, _, Some(_)) => Err(precondition_failed(
            format!(
                "article {id} does not exist, so If-Match cannot match; send If-None-Match: * to create it"
            ),
            json!({ "current": null }),
        )),
        (Some(_), _, None) => Err(ApiFailure::new(
            StatusCode::PRECONDITION_REQUIRED,
            ErrorCode::PreconditionFailed,
            format!(
                "article {id} already exists; send If-Match: \"<version>\" with the version you last saw, \
                 so that newer changes are never overwritten blindly"
            ),
        )),
        _ => Ok(()),
    }
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// `If-Match` holds one or more entity tags; versions are strong tags, but a weak
/// `W/"n"` from an intermediary is read as the same version.
fn if_match_accepts(value: &str, version: u64) -> bool {
    let wanted = etag(version);
    value
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t) == wanted)
}

fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

fn parse_id(raw: &str) -> Result<Uuid, ApiFailure> {
    Uuid::parse_str(raw).map_err(|_| {
        invalid_fields(vec![FieldError::new(
            "id",
            format!("{raw:?} is not a UUID"),
        )])
    })
}

fn invalid_fields(errors: Vec<FieldError>) -> ApiFailure {
    let first = &errors[0];
    let mut message = format!("{}: {}", first.field, first.message);
    if errors.len() > 1 {
        message.push_str(&format!(" (and {} more)", errors.len() - 1));
    }
    ApiFailure::invalid(StatusCode::UNPROCESSABLE_ENTITY, message)
        .with_details(json!({ "field": first.field, "errors": errors }))
}

/// Slugs already held by other articles in the same locale.
async fn slug_conflicts(
    state: &AppState,
    id: Uuid,
    put: &ArticlePut,
) -> Result<Vec<FieldError>, ApiFailure> {
    let wanted: Vec<(String, String)> = put
        .texts
        .iter()
        .map(|t| (t.locale.clone(), t.slug.clone()))
        .collect();
    let owners = state
        .db(move |db| {
            wanted
                .iter()
                .map(|(locale, slug)| db.slug_owner(locale, slug))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(owners
        .into_iter()
        .enumerate()
        .filter(|(_, owner)| owner.is_some_and(|o| o != id))
        .map(|(i, _)| {
            let t = &put.texts[i];
            FieldError::new(
                format!("texts[{i}].slug"),
                format!(
                    "{:?} is already used by another article in {}",
                    t.slug, t.locale
                ),
            )
        })
        .collect())
}

fn published(state: &AppState, a: &StoredArticle) -> PublishedArticle {
    let base = &state.config.base_url;
    PublishedArticle {
        id: a.id,
        version: a.version,
        urls: a
            .put
            .texts
            .iter()
            .map(|t| {
                (
                    t.locale.clone(),
                    format!("{base}/{}/{}/{}", t.locale, a.put.section, t.slug),
                )
            })
            .collect(),
        article: a.put.clone(),
    }
}

fn current_details(state: &AppState, current: &StoredArticle) -> serde_json::Value {
    json!({ "current": published(state, current), "unpublished": current.unpublished })
}

fn precondition_failed(message: impl Into<String>, details: serde_json::Value) -> ApiFailure {
    ApiFailure::new(
        StatusCode::PRECONDITION_FAILED,
        ErrorCode::PreconditionFailed,
        message,
    )
    .with_details(details)
}

fn stale(state: &AppState, current: &StoredArticle) -> ApiFailure {
    precondition_failed(
        format!(
            "If-Match does not name the current version, which is {}",
            current.version
        ),
        current_details(state, current),
    )
}

fn not_found(id: Uuid, article: Option<&StoredArticle>) -> ApiFailure {
    let failure = ApiFailure::new(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        format!("there is no article {id}"),
    );
    match article {
        Some(a) => failure.with_details(json!({ "unpublished": true, "version": a.version })),
        None => failure,
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
}
