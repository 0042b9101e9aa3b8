//! The publishing API under `/api/v1`: JSON in and out, types from `dateline-protocol`.
//!
//! Every answer that is not a success is an `ApiError {code, message, details}` with a
//! stable `code`, including unknown routes and malformed bodies, so the desk never has
//! to read message text.
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET /site` | any token | the site's name, locales, time zone, tiers, sections |
//! | `GET /articles/{id}` | any token | a published article |
//! | `PUT`, `DELETE /articles/{id}` | editor | publish, update, unpublish |
//! | `GET /strings/{locale}` | any token | the locale's interface strings override |
//! | `PUT /strings/{locale}` | translator, editor | replace that override |
//! | `POST /images` | editor | upload an image (content-addressed) |
//! | `GET`, `HEAD /images/{name}` | any token | whether the site has that image |
//! | `GET /sync/status` | any token | how far each desk's log goes (the newsroom) |
//! | `POST /sync/records` | any token | the next records of the caller's desk, checked by role |
//! | `GET /sync/desks/{desk}/records` | any token | a desk's records after `?after=N` |
//!
//! JSON bodies may be up to 8 MB, images up to 20 MB; larger ones are 413 `too_large`.

mod articles;
mod auth;
mod body;
mod idempotency;
mod images;
mod preconditions;
pub(crate) mod strings;
mod sync;
pub(crate) mod validate;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dateline_protocol::{ApiError, ErrorCode, SiteInfo};

use crate::app::AppState;
use crate::storage::StorageError;
pub(crate) use auth::Caller;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/site", get(site))
        .route(
            "/articles/{id}",
            get(articles::get_article)
                .put(articles::put_article)
                .delete(articles::delete_article),
        )
        .route(
            "/strings/{locale}",
            get(strings::get_strings).put(strings::put_strings),
        )
        .route(
            "/images",
            post(images::post_image).layer(DefaultBodyLimit::max(images::MAX_IMAGE_BYTES)),
        )
        // `get` answers HEAD too, without the body.
        .route("/images/{name}", get(images::get_image))
        .route("/sync/status", get(sync::status))
        .route("/sync/records", post(sync::push))
        .route("/sync/desks/{desk}/records", get(sync::records))
        .fallback(|| async {
            ApiFailure::new(
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "there is no such API route",
            )
        })
        .method_not_allowed_fallback(|| async {
            ApiFailure::new(
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorCode::Invalid,
                "this route does not accept that method",
            )
        })
        .layer(DefaultBodyLimit::max(body::MAX_JSON_BYTES))
}

/// What the fuzz target drives: the parse-and-check steps of the API's write handlers.
pub(crate) mod fuzz {
    pub(crate) use super::articles::read_put as read_article_put;
    pub(crate) use super::strings::read_put as read_strings_put;
}

async fn site(State(state): State<AppState>, caller: Caller) -> Json<SiteInfo> {
    Json(state.config.site_info(caller.role))
}

/// An error answer: the status and the `ApiError` body.
#[derive(Debug)]
pub(crate) struct ApiFailure {
    status: StatusCode,
    error: ApiError,
}

impl ApiFailure {
    pub(crate) fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            error: ApiError::new(code, message),
        }
    }

    pub(crate) fn with_details(mut self, details: serde_json::Value) -> Self {
        self.error = self.error.with_details(details);
        self
    }

    pub(crate) fn invalid(status: StatusCode, message: impl Into<String>) -> Self {
        Self::new(status, ErrorCode::Invalid, message)
    }

    #[cfg(test)]
    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }

    #[cfg(test)]
    pub(crate) fn details(&self) -> &serde_json::Value {
        &self.error.details
    }

    pub(crate) fn into_parts(self) -> (StatusCode, ApiError) {
        (self.status, self.error)
    }

    /// A failure of ours: logged in full, answered without internals.
    pub(crate) fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!("API request failed: {cause}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "internal error",
        )
    }
}

impl From<StorageError> for ApiFailure {
    fn from(e: StorageError) -> Self {
        Self::internal(e)
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(self.error)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
