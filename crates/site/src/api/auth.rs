//! Bearer tokens: who is calling, and with which role.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use dateline_protocol::{ErrorCode, Role};

use super::ApiFailure;
use crate::app::AppState;
use crate::secrets;

/// The caller of an API route, known by a valid token.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    pub role: Role,
    /// The token's label: the holder's name, which the newsroom shows as the author of
    /// what this token pushes.
    pub holder: String,
    /// Scopes idempotency keys: two tokens never see each other's answers.
    pub token_hash: String,
}

impl Caller {
    /// Articles and images are published by editors only.
    pub(crate) fn require_publisher(&self) -> Result<(), ApiFailure> {
        self.require(
            self.role.may_publish(),
            "may not change articles or images; an editor's token may",
        )
    }

    /// 403 unless `allowed`; `refusal` finishes "a writer token …".
    pub(crate) fn require(&self, allowed: bool, refusal: &str) -> Result<(), ApiFailure> {
        if allowed {
            Ok(())
        } else {
            Err(ApiFailure::new(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                format!("a {} token {refusal}", self.role.as_str()),
            ))
        }
    }
}

fn unauthorized() -> ApiFailure {
    ApiFailure::new(
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthorized,
        "send a valid token as `Authorization: Bearer <token>`",
    )
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiFailure> {
        let value = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(unauthorized)?;
        let (scheme, token) = value.trim().split_once(' ').ok_or_else(unauthorized)?;
        let token = token.trim();
        if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
            return Err(unauthorized());
        }
        let token_hash = secrets::sha256_hex(token);
        let lookup = token_hash.clone();
        let (role, holder) = state
            .db(move |db| db.token_holder(&lookup))
            .await?
            .ok_or_else(unauthorized)?;
        Ok(Caller {
            role,
            holder,
            token_hash,
        })
    }
}
