//! Choosing a new password: `/{locale}/account/reset`.
//!
//! The reader gives an address and always sees the same "check your inbox" page; only
//! an address with an account gets a mail, with a link whose token is stored hashed
//! (in `mail_tokens`), works for [`RESET_LINK_HOURS`] and only once. The link opens a
//! form for the new password, which must meet the sign-up rules. Setting it replaces
//! the hash, ends every session of the account (a stolen one too) and spends the token
//! in one transaction; the reader is then signed in with a new session.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, Utc};
use minijinja::context;
use serde::Deserialize;

use super::account::{CredentialsForm, signed_in_redirect};
use super::letters::{self, LetterKind, RESET_INBOX, RESET_LINK_HOURS, TokenQuery};
use super::locale::PageLocale;
use super::notice::{Link, check_form, link_expired, text};
use super::signup::{MIN_PASSWORD_CHARS, hash_off_workers, password_errors};
use super::{Visit, form_page};
use crate::admin::normalise_email;
use crate::app::AppState;
use crate::ratelimit::ClientNet;
use crate::secrets;
use crate::storage::{MailTokenPurpose, timestamp};

fn reset_url(locale: &str) -> String {
    format!("/{locale}/account/reset")
}

/// The new password's form.
#[derive(Deserialize)]
pub(crate) struct NewPasswordForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

// Not derived: the password must never reach a log through `{:?}`.
impl std::fmt::Debug for NewPasswordForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewPasswordForm").finish_non_exhaustive()
    }
}

/// `reset.html`: the address form, or with a `token` the new password's form.
fn reset_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    email: &str,
    token: &str,
    errors: Vec<String>,
) -> Response {
    let extra = context! {
        email => email,
        token => token,
        errors => errors,
        min_password => MIN_PASSWORD_CHARS,
    };
    form_page(state, visit, locale, status, "reset.html", extra)
}

pub(crate) async fn form(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    reset_page(&state, &visit, &locale, StatusCode::OK, "", "", Vec::new())
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    visit: Visit,
    client: ClientNet,
    PageLocale(locale): PageLocale,
    Form(form): Form<CredentialsForm>,
) -> Response {
    if let Some(refusal) = check_form(&state, &visit, &locale, &form.csrf, &reset_url(&locale)) {
        return refusal;
    }
    let Ok(email) = normalise_email(&form.email) else {
        let errors = vec![text(&state, &locale, "signup-email-invalid")];
        return reset_page(
            &state,
            &visit,
            &locale,
            StatusCode::UNPROCESSABLE_ENTITY,
            &form.email,
            "",
            errors,
        );
    };
    let back = Link {
        url: reset_url(&locale),
        label: text(&state, &locale, "reset-heading"),
    };
    if let Some(refusal) = letters::check_client(&state, &visit, &locale, &client, back).await {
        return refusal;
    }
    let token = secrets::random_secret();
    let (hash, address) = (secrets::sha256_hex(&token), email.clone());
    let now = Utc::now();
    let (created, expires) = (
        timestamp(now),
        timestamp(now + Duration::hours(RESET_LINK_HOURS)),
    );
    let stored = state
        .db(move |db| {
            if db.subscriber(&address)?.is_none() {
                return Ok(false);
            }
            db.insert_mail_token(
                &hash,
                MailTokenPurpose::PasswordReset,
                &address,
                &created,
                &expires,
            )?;
            Ok(true)
        })
        .await;
    match stored {
        Ok(true) => {
            let path = format!("/{locale}/account/reset/confirm");
            let link = letters::token_link(&state, &path, &token);
            let kind = LetterKind::ResetPassword { link };
            // Sent after the answer, so the answer takes as long, and reads the same,
            // whether the address has an account or not: neither the time a mail takes
            // nor a mail server's failure may tell someone who tries addresses which
            // ones are readers'. (`send` logs a failure; the reader can ask again.)
            let (state, locale, email) = (state.clone(), locale.clone(), email.clone());
            tokio::spawn(async move {
                let _ = letters::send(&state, &locale, &email, kind).await;
            });
        }
        // No account: no mail, and the same page.
        Ok(false) => {}
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    }
    letters::check_inbox(&state, &visit, &locale, &email, RESET_INBOX)
}

fn expired(state: &AppState, visit: &Visit, locale: &str) -> Response {
    link_expired(
        state,
        visit,
        locale,
        Link {
            url: reset_url(locale),
            label: text(state, locale, "reset-again"),
        },
    )
}

/// The address a reset token is valid for, or the page to answer with.
async fn token_email(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    token: &str,
) -> Result<String, Response> {
    let (hash, now) = (secrets::sha256_hex(token), timestamp(Utc::now()));
    let found = state
        .db(move |db| db.mail_token_email(&hash, MailTokenPurpose::PasswordReset, &now))
        .await;
    match found {
        Ok(Some(email)) => Ok(email),
        Ok(None) => Err(expired(state, visit, locale)),
        Err(e) => Err(super::internal_error(state, visit, locale, e)),
    }
}

/// The link from the mail: the new password's form. Opening it changes nothing.
pub(crate) async fn password_page(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<TokenQuery>,
) -> Response {
    match token_email(&state, &visit, &locale, &query.token).await {
        Ok(email) => reset_page(
            &state,
            &visit,
            &locale,
            StatusCode::OK,
            &email,
            &query.token,
            Vec::new(),
        ),
        Err(page) => page,
    }
}

pub(crate) async fn set_password(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<NewPasswordForm>,
) -> Response {
    if let Some(refusal) = check_form(&state, &visit, &locale, &form.csrf, &reset_url(&locale)) {
        return refusal;
    }
    let email = match token_email(&state, &visit, &locale, &form.token).await {
        Ok(email) => email,
        Err(page) => return page,
    };
    let errors = password_errors(&state, &locale, &email, &form.password);
    if !errors.is_empty() {
        return reset_page(
            &state,
            &visit,
            &locale,
            StatusCode::UNPROCESSABLE_ENTITY,
            &email,
            &form.token,
            errors,
        );
    }
    let password_hash = match hash_off_workers(form.password).await {
        Ok(hash) => hash,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let (hash, now) = (secrets::sha256_hex(&form.token), timestamp(Utc::now()));
    let reset = state
        .db(move |db| db.reset_password(&hash, &password_hash, &now))
        .await;
    match reset {
        Ok(Some(subscriber)) => {
            tracing::info!("a reader chose a new password; their other sessions ended");
            let target = format!("/{locale}/account/?reset=1");
            signed_in_redirect(&state, &visit, &locale, subscriber.id, &target).await
        }
        // Spent by a parallel request in the meantime.
        Ok(None) => expired(&state, &visit, &locale),
        Err(e) => super::internal_error(&state, &visit, &locale, e),
    }
}
