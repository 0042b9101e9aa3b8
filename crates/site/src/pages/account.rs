//! Signing in and out. Sessions are random 256-bit cookies stored as hashes; passwords
//! are checked against argon2id hashes off the async workers.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::{Duration, Utc};
use cookie::{Cookie, SameSite};
use minijinja::context;
use serde::Deserialize;

use super::visit::{SESSION_COOKIE, safe_next};
use super::{PageOptions, Visit, message_page, not_found, redirect, render_page};
use crate::admin::normalise_email;
use crate::app::AppState;
use crate::secrets;
use crate::storage::timestamp;

const SESSION_DAYS: i64 = 30;

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    #[serde(default)]
    next: String,
}

/// Every field defaults, so a form with a field missing fails the CSRF or password
/// check like any other bad form instead of getting a bare 422.
#[derive(Deserialize)]
pub(crate) struct SigninForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: String,
}

// Not derived: the password must never reach a log through `{:?}`.
impl std::fmt::Debug for SigninForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigninForm")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

pub(crate) async fn signin_form(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
    Query(query): Query<NextQuery>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return not_found(&state, &visit, None);
    }
    let next = safe_next(&query.next).unwrap_or_default();
    signin_page(&state, &visit, &locale, StatusCode::OK, "", next, false)
}

fn signin_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    email: &str,
    next: &str,
    failed: bool,
) -> Response {
    let extra = context! { email => email, next => next, failed => failed };
    let options = PageOptions {
        private: true,
        needs_csrf: true,
        ..PageOptions::default()
    };
    render_page(state, visit, locale, status, "signin.html", extra, options)
}

fn form_expired(state: &AppState, visit: &Visit, locale: &str) -> Response {
    message_page(
        state,
        visit,
        locale,
        StatusCode::FORBIDDEN,
        "form-expired-heading",
        "form-expired-body",
        Some((format!("/{locale}/account/signin"), "signin-link")),
    )
}

pub(crate) async fn signin(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
    Form(form): Form<SigninForm>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return not_found(&state, &visit, None);
    }
    if !visit.csrf_matches(&form.csrf) {
        return form_expired(&state, &visit, &locale);
    }
    // Rate limiting of sign-in attempts (per address and per account) belongs here;
    // it is a later issue. argon2's cost is the only brake until then.
    let next = safe_next(&form.next).unwrap_or_default().to_owned();
    let email = normalise_email(&form.email).ok();
    let password = form.password;
    let verified = state
        .db(move |db| {
            let subscriber = match &email {
                Some(e) => db.subscriber(e)?,
                None => None,
            };
            // An unknown address still costs one argon2 check, so the answer's timing
            // does not tell which addresses have accounts.
            let hash = subscriber
                .as_ref()
                .map_or(secrets::dummy_password_hash(), |s| s.password_hash.as_str());
            let ok = secrets::verify_password(&password, hash);
            Ok(subscriber.filter(|_| ok))
        })
        .await;
    let subscriber = match verified {
        Ok(Some(s)) => s,
        Ok(None) => {
            return signin_page(
                &state,
                &visit,
                &locale,
                StatusCode::UNAUTHORIZED,
                &form.email,
                &next,
                true,
            );
        }
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };

    let secret = secrets::random_secret();
    let hash = secrets::sha256_hex(&secret);
    let now = Utc::now();
    let (created, expires) = (
        timestamp(now),
        timestamp(now + Duration::days(SESSION_DAYS)),
    );
    let id = subscriber.id;
    if let Err(e) = state
        .db(move |db| db.insert_session(&hash, id, &created, &expires))
        .await
    {
        return super::internal_error(&state, &visit, &locale, e);
    }
    let cookie = Cookie::build((SESSION_COOKIE, secret))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.is_https())
        .max_age(cookie::time::Duration::days(SESSION_DAYS))
        .build();
    let target = if next.is_empty() {
        format!("/{locale}/")
    } else {
        next
    };
    let mut response = redirect(StatusCode::SEE_OTHER, &target);
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub(crate) async fn signout(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return not_found(&state, &visit, None);
    }
    if !visit.csrf_matches(&form.csrf) {
        return form_expired(&state, &visit, &locale);
    }
    if let Some(hash) = visit.session_hash.clone()
        && let Err(e) = state.db(move |db| db.delete_session(&hash)).await
    {
        return super::internal_error(&state, &visit, &locale, e);
    }
    let cleared = Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.is_https())
        .max_age(cookie::time::Duration::ZERO)
        .build();
    let mut response = redirect(StatusCode::SEE_OTHER, &format!("/{locale}/"));
    if let Ok(value) = HeaderValue::from_str(&cleared.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Where the paywall's button leads. Payments are a later issue; until then the page
/// says so and offers to sign in.
pub(crate) async fn subscribe(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return not_found(&state, &visit, None);
    }
    message_page(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        "subscribe-button",
        "subscribe-unavailable",
        Some((format!("/{locale}/account/signin"), "signin-link")),
    )
}
