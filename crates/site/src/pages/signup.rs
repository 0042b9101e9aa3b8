//! Creating an account: `/{locale}/account/signup`.
//!
//! The account is made only when the link mailed to the address is followed, because
//! paid tiers arrive from the billing webhook by e-mail address: an account must belong
//! to whoever reads that mailbox. Until then the sign-up waits in `pending_signups`.
//!
//! The page never tells whether an address has an account. Both paths hash the password
//! (argon2id, off the async workers), store or look up one row, send one mail and show
//! the same "check your inbox" page; the owner of an existing account gets a mail saying
//! so, with a sign-in link, instead of a confirmation link.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, Utc};
use minijinja::context;

use super::account::CredentialsForm;
use super::letters::{self, CONFIRM_LINK_HOURS, LetterKind, TokenForm, TokenQuery};
use super::locale::PageLocale;
use super::notice::{
    Action, Field, Link, Notice, check_form, link_expired, notice, text, text_with,
};
use super::{Visit, form_page, redirect};
use crate::admin::normalise_email;
use crate::app::AppState;
use crate::ratelimit::ClientNet;
use crate::secrets;
use crate::storage::{PendingSignup, SignupConfirmation, timestamp};

/// Shorter passwords are refused.
pub(crate) const MIN_PASSWORD_CHARS: usize = 10;
/// Longer ones too: nobody types more, and it bounds the work a request can ask for.
const MAX_PASSWORD_CHARS: usize = 1024;

fn signup_url(locale: &str) -> String {
    format!("/{locale}/account/signup")
}

fn signup_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    email: &str,
    errors: Vec<String>,
) -> Response {
    let extra = context! {
        email => email,
        errors => errors,
        min_password => MIN_PASSWORD_CHARS,
    };
    form_page(state, visit, locale, status, "signup.html", extra)
}

pub(crate) async fn form(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    if visit.reader.is_some() {
        return redirect(StatusCode::SEE_OTHER, &format!("/{locale}/account/"));
    }
    signup_page(&state, &visit, &locale, StatusCode::OK, "", Vec::new())
}

/// The rules a new password must meet, as message ids of what is wrong.
fn password_problems(email: &str, password: &str) -> Vec<&'static str> {
    let chars = password.chars().count();
    let mut problems = Vec::new();
    if chars < MIN_PASSWORD_CHARS {
        problems.push("signup-password-short");
    }
    if chars > MAX_PASSWORD_CHARS {
        problems.push("signup-password-long");
    }
    if password.trim().to_lowercase() == email.trim().to_lowercase() {
        problems.push("signup-password-is-email");
    }
    problems
}

/// What is wrong with a new password for `email`, in the reader's language.
pub(crate) fn password_errors(
    state: &AppState,
    locale: &str,
    email: &str,
    password: &str,
) -> Vec<String> {
    password_problems(email, password)
        .into_iter()
        .map(|id| text_with(state, locale, id, &[("min", MIN_PASSWORD_CHARS.into())]))
        .collect()
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    visit: Visit,
    client: ClientNet,
    PageLocale(locale): PageLocale,
    Form(form): Form<CredentialsForm>,
) -> Response {
    if let Some(refusal) = check_form(&state, &visit, &locale, &form.csrf, &signup_url(&locale)) {
        return refusal;
    }
    let email = normalise_email(&form.email).ok();
    let mut errors = Vec::new();
    if email.is_none() {
        errors.push(text(&state, &locale, "signup-email-invalid"));
    }
    errors.extend(password_errors(
        &state,
        &locale,
        &form.email,
        &form.password,
    ));
    if !errors.is_empty() {
        return signup_page(
            &state,
            &visit,
            &locale,
            StatusCode::UNPROCESSABLE_ENTITY,
            &form.email,
            errors,
        );
    }
    let email = email.unwrap_or_default();
    let back = Link {
        url: signup_url(&locale),
        label: text(&state, &locale, "signup-heading"),
    };
    if let Some(refusal) = letters::check_client(&state, &visit, &locale, &client, back).await {
        return refusal;
    }

    // Hashed whether or not the address has an account, so both answers take as long.
    let hash = match hash_off_workers(form.password).await {
        Ok(hash) => hash,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let token = secrets::random_secret();
    let now = Utc::now();
    let signup = PendingSignup {
        email: email.clone(),
        password_hash: hash,
        token_hash: secrets::sha256_hex(&token),
        now: timestamp(now),
        expires_at: timestamp(now + Duration::hours(CONFIRM_LINK_HOURS)),
    };
    let stored = state
        .db(move |db| {
            if db.subscriber(&signup.email)?.is_some() {
                return Ok(false);
            }
            db.put_pending_signup(&signup)?;
            Ok(true)
        })
        .await;
    let kind = match stored {
        Ok(true) => LetterKind::ConfirmAccount {
            link: letters::token_link(&state, &format!("/{locale}/account/signup/confirm"), &token),
        },
        Ok(false) => LetterKind::AccountExists {
            link: letters::absolute(&state, &format!("/{locale}/account/signin")),
        },
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    if letters::send(&state, &locale, &email, kind).await.is_err() {
        return letters::not_sent(&state, &visit, &locale);
    }
    letters::check_inbox(&state, &visit, &locale, &email, letters::SIGNUP_INBOX)
}

/// Hashes a new password (argon2id) on the blocking pool, off the async workers.
pub(crate) async fn hash_off_workers(password: String) -> Result<String, String> {
    match tokio::task::spawn_blocking(move || secrets::hash_password(&password)).await {
        Ok(Ok(hash)) => Ok(hash),
        Ok(Err(e)) => Err(e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// The link from the mail: a page with one button, so a mail scanner that fetches the
/// link does not create the account or get its session.
pub(crate) async fn confirm_page(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<TokenQuery>,
) -> Response {
    let (hash, now) = (secrets::sha256_hex(&query.token), timestamp(Utc::now()));
    let email = match state
        .db(move |db| db.pending_signup_email(&hash, &now))
        .await
    {
        Ok(email) => email,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let Some(email) = email else {
        return expired(&state, &visit, &locale);
    };
    notice(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        Notice {
            heading: text(&state, &locale, "signup-confirm-heading"),
            paragraphs: vec![text_with(
                &state,
                &locale,
                "signup-confirm-body",
                &[("email", email.as_str().into())],
            )],
            action: Some(Action {
                url: format!("/{locale}/account/signup/confirm"),
                label: text(&state, &locale, "signup-confirm-button"),
                fields: vec![Field {
                    name: "token",
                    value: query.token,
                }],
            }),
            kind: "signup-confirm",
            ..Notice::default()
        },
    )
}

fn expired(state: &AppState, visit: &Visit, locale: &str) -> Response {
    link_expired(
        state,
        visit,
        locale,
        Link {
            url: signup_url(locale),
            label: text(state, locale, "signup-again"),
        },
    )
}

pub(crate) async fn confirm(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<TokenForm>,
) -> Response {
    if let Some(refusal) = check_form(&state, &visit, &locale, &form.csrf, &signup_url(&locale)) {
        return refusal;
    }
    let (hash, now) = (secrets::sha256_hex(&form.token), timestamp(Utc::now()));
    let outcome = match state.db(move |db| db.confirm_signup(&hash, &now)).await {
        Ok(outcome) => outcome,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    match outcome {
        SignupConfirmation::Created(subscriber) => {
            tracing::info!("a reader confirmed a new account");
            let target = format!("/{locale}/account/?welcome=1");
            super::account::signed_in_redirect(&state, &visit, &locale, subscriber.id, &target)
                .await
        }
        SignupConfirmation::AlreadyExists => notice(
            &state,
            &visit,
            &locale,
            StatusCode::OK,
            Notice {
                heading: text(&state, &locale, "signup-exists-heading"),
                paragraphs: vec![text(&state, &locale, "signup-exists-body")],
                link: Some(Link {
                    url: format!("/{locale}/account/signin"),
                    label: text(&state, &locale, "signin-link"),
                }),
                kind: "signup-exists",
                ..Notice::default()
            },
        ),
        SignupConfirmation::Unknown => expired(&state, &visit, &locale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_rules() {
        assert!(password_problems("a@b.org", "long enough pw").is_empty());
        assert_eq!(
            password_problems("a@b.org", "short"),
            ["signup-password-short"]
        );
        assert_eq!(
            password_problems("Reader@Example.org", "reader@example.org"),
            ["signup-password-is-email"]
        );
        // Counted in characters, not bytes.
        assert_eq!(
            password_problems("a@b.org", "ありがとうござい"),
            ["signup-password-short"]
        );
        assert!(password_problems("a@b.org", "ありがとうございました").is_empty());
        assert_eq!(
            password_problems("a@b.org", &"x".repeat(1025)),
            ["signup-password-long"]
        );
    }
}
