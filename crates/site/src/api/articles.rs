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

use super::idempotency::{self, Ask};
use super::preconditions::{self, Current, etag, header_text, if_match_accepts};
use super::validate::{self, FieldError};
use super::{ApiFailure, Caller, body as request_body};
use crate::app::AppState;
use crate::config::SiteConfig;
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
    let body = request_body::bytes(body, request_body::MAX_JSON_BYTES)?;
    let ask = Ask::new(
        &caller,
        key,
        idempotency::fingerprint("PUT", &raw_id, &headers, &body),
    );
    if let Some(replayed) = idempotency::replay(&state, &ask).await? {
        return Ok(replayed);
    }
    let id = parse_id(&raw_id)?;
    let put = read_put(&state.config, &body)?;
    let conflicts = slug_conflicts(&state, id, &put).await?;
    if !conflicts.is_empty() {
        return Err(invalid_fields(conflicts));
    }

    let current = state.db(move |db| db.article(id)).await?;
    if let Err(failure) = preconditions::check_write(
        &headers,
        &format!("article {id}"),
        current.as_ref().map(|c| Current {
            version: c.version,
            details: || current_details(&state, c),
        }),
    ) {
        return idempotency::replay_or(&state, &ask, failure).await;
    }

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
    let answer = ask.versioned(
        version,
        current.is_none(),
        format!("{}/articles/{id}", dateline_protocol::API_PREFIX),
        serde_json::to_vec(&published(&state, &stored)).map_err(ApiFailure::internal)?,
    );
    let write = ArticleWrite {
        id,
        version,
        put,
        visible_at,
        texts,
        now: now_text,
    };
    let outcome = state
        .db(move |db| db.save_article(&write, expected, &answer).map(|()| answer))
        .await;
    finish_write(&state, &ask, id, outcome).await
}

/// The body of a `PUT /articles/{id}` read and checked against the site's config: every
/// check that needs neither the database nor the id. The fuzz target drives this.
pub(crate) fn read_put(config: &SiteConfig, body: &[u8]) -> Result<ArticlePut, ApiFailure> {
    let put: ArticlePut = request_body::json(body, "an article")?;
    let errors = validate::check_article(config, &put);
    if errors.is_empty() {
        Ok(put)
    } else {
        Err(invalid_fields(errors))
    }
}

pub(crate) async fn delete_article(
    State(state): State<AppState>,
    caller: Caller,
    Path(raw_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiFailure> {
    caller.require_publisher()?;
    let key = idempotency::key(&headers)?;
    let ask = Ask::new(
        &caller,
        key,
        idempotency::fingerprint("DELETE", &raw_id, &headers, b""),
    );
    if let Some(replayed) = idempotency::replay(&state, &ask).await? {
        return Ok(replayed);
    }
    let id = parse_id(&raw_id)?;
    let current = state.db(move |db| db.article(id)).await?;
    let current = match current {
        Some(c) if !c.unpublished => c,
        other => {
            return idempotency::replay_or(&state, &ask, not_found(id, other.as_ref())).await;
        }
    };
    if let Some(value) = header_text(&headers, header::IF_MATCH)
        && !if_match_accepts(&value, current.version)
    {
        return idempotency::replay_or(&state, &ask, stale(&state, &current)).await;
    }
    let version = current.version + 1;
    let answer = ask.record(
        StatusCode::NO_CONTENT,
        vec![(header::ETAG.to_string(), etag(version))],
        Vec::new(),
    );
    let expected = current.version;
    let outcome = state
        .db(move |db| {
            db.unpublish_article(id, expected, version, &answer)
                .map(|()| answer)
        })
        .await;
    finish_write(&state, &ask, id, outcome).await
}

/// Turns the storage's verdict on a write into the answer.
async fn finish_write(
    state: &AppState,
    ask: &Ask,
    id: Uuid,
    outcome: Result<IdempotencyRecord, StorageError>,
) -> Result<Response, ApiFailure> {
    idempotency::settle(state, ask, outcome, async |e| match e {
        // Someone else wrote between our read and our write.
        StorageError::VersionConflict => match state.db(move |db| db.article(id)).await {
            Ok(Some(c)) => stale(state, &c),
            Ok(None) => preconditions::precondition_failed(
                "the article was removed while this write was checked",
                json!({}),
            ),
            Err(e) => e.into(),
        },
        StorageError::SlugTaken { locale, slug } => invalid_fields(vec![FieldError::new(
            "texts",
            format!("the slug {slug:?} is already used in {locale}"),
        )]),
        e => e.into(),
    })
    .await
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
        visible_at: crate::pages::dates::parse(&a.visible_at),
        article: a.put.clone(),
    }
}

fn current_details(state: &AppState, current: &StoredArticle) -> serde_json::Value {
    json!({ "current": published(state, current), "unpublished": current.unpublished })
}

fn stale(state: &AppState, current: &StoredArticle) -> ApiFailure {
    preconditions::stale(current.version, current_details(state, current))
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
