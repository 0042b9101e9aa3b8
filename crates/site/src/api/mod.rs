//! The publishing API under `/api/v1`: JSON in and out, types from `dateline-protocol`.
//!
//! Every answer that is not a success is an `ApiError {code, message, details}` with a
//! stable `code`, including unknown routes and malformed bodies, so the desk never has
//! to read message text.

mod articles;
mod auth;
mod idempotency;
pub(crate) mod validate;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
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
