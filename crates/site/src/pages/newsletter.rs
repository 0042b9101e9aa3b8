//! The newsletter: subscribing with double opt-in, confirming, unsubscribing.
//!
//! - `/{locale}/newsletter/` shows the form. The small form in every page's footer
//!   (`_newsletter.html`) posts the address here, which only fills it in: those pages
//!   are shared by every reader and carry no CSRF token, and a POST that changes
//!   nothing needs none. (A GET would put the address in URLs and logs.)
//! - `POST …/subscribe` (CSRF) stores a pending subscription and mails a confirmation
//!   link valid for 48 hours. An address already subscribed gets a mail saying so and
//!   the page is the same, so the form does not tell who subscribes.
//! - `…/confirm?token=` and `…/unsubscribe?token=` show a page with one button (a POST
//!   with CSRF), so mail scanners fetching links change nothing. Mail clients may also
//!   unsubscribe in one click as RFC 8058 describes: a POST whose body is
//!   `List-Unsubscribe=One-Click`, authorised by the token in the address (it carries
//!   no cookies, so it cannot carry a CSRF token either).

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, Utc};
use minijinja::context;
use serde::Deserialize;

use super::letters::{self, CONFIRM_LINK_HOURS, LetterKind, TokenForm, TokenQuery};
use super::locale::PageLocale;
use super::notice::{
    Action, Field, Link, Notice, check_form, form_expired, link_expired, notice, text, text_with,
};
use super::{Visit, form_page, redirect};
use crate::admin::normalise_email;
use crate::app::AppState;
use crate::ratelimit::ClientNet;
use crate::secrets;
use crate::storage::{MailTokenPurpose, NewsletterRequest, timestamp};

#[derive(Debug, Deserialize)]
pub(crate) struct NewsletterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    csrf: String,
}

fn newsletter_url(locale: &str) -> String {
    format!("/{locale}/newsletter/")
}

fn subscribe_again(state: &AppState, locale: &str) -> Link {
    Link {
        url: newsletter_url(locale),
        label: text(state, locale, "newsletter-again"),
    }
}

fn newsletter_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    email: &str,
    error: Option<String>,
) -> Response {
    let extra = context! { email => email, error => error };
    form_page(state, visit, locale, status, "newsletter.html", extra)
}

/// `GET /{locale}/newsletter/`: the form, with a signed-in reader's address filled in.
pub(crate) async fn page(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    let email = visit
        .reader
        .as_ref()
        .map(|r| r.email.clone())
        .unwrap_or_default();
    newsletter_page(&state, &visit, &locale, StatusCode::OK, &email, None)
}

/// `POST /{locale}/newsletter/`: the footer's form lands here with the address, which
/// is filled in; nothing is stored and nothing is sent.
pub(crate) async fn prefill(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<NewsletterForm>,
) -> Response {
    newsletter_page(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        form.email.trim(),
        None,
    )
}

pub(crate) async fn subscribe(
    State(state): State<AppState>,
    visit: Visit,
    client: ClientNet,
    PageLocale(locale): PageLocale,
    Form(form): Form<NewsletterForm>,
) -> Response {
    if let Some(refusal) = check_form(
        &state,
        &visit,
        &locale,
        &form.csrf,
        &newsletter_url(&locale),
    ) {
        return refusal;
    }
    let Ok(email) = normalise_email(&form.email) else {
        let error = text(&state, &locale, "signup-email-invalid");
        return newsletter_page(
            &state,
            &visit,
            &locale,
            StatusCode::UNPROCESSABLE_ENTITY,
            &form.email,
            Some(error),
        );
    };
    let back = subscribe_again(&state, &locale);
    if let Some(refusal) = letters::check_client(&state, &visit, &locale, &client, back).await {
        return refusal;
    }
    let token = secrets::random_secret();
    let now = Utc::now();
    let (hash, e, l) = (secrets::sha256_hex(&token), email.clone(), locale.clone());
    let (created, expires) = (
        timestamp(now),
        timestamp(now + Duration::hours(CONFIRM_LINK_HOURS)),
    );
    let request = state
        .db(move |db| db.request_newsletter(&e, &l, &hash, &created, &expires))
        .await;
    let kind = match request {
        Ok(NewsletterRequest::Pending) => LetterKind::ConfirmNewsletter {
            link: letters::token_link(&state, &format!("/{locale}/newsletter/confirm"), &token),
        },
        Ok(NewsletterRequest::AlreadyConfirmed) => LetterKind::AlreadySubscribed,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    if letters::send(&state, &locale, &email, kind).await.is_err() {
        return letters::not_sent(&state, &visit, &locale);
    }
    letters::check_inbox(&state, &visit, &locale, &email, letters::NEWSLETTER_INBOX)
}

/// The address a valid token of `purpose` was issued for.
async fn token_email(
    state: &AppState,
    token: &str,
    purpose: MailTokenPurpose,
) -> Result<Option<String>, crate::storage::StorageError> {
    let (hash, now) = (secrets::sha256_hex(token), timestamp(Utc::now()));
    state
        .db(move |db| db.mail_token_email(&hash, purpose, &now))
        .await
}

/// The two links in mails that lead to a page with one button.
#[derive(Debug, Clone, Copy)]
enum Step {
    Confirm,
    Unsubscribe,
}

impl Step {
    /// `data-testid`, the path after `/newsletter/`, and the heading, body and button.
    fn ids(self) -> (&'static str, &'static str, [&'static str; 3]) {
        match self {
            Step::Confirm => (
                "newsletter-confirm",
                "confirm",
                [
                    "newsletter-confirm-heading",
                    "newsletter-confirm-body",
                    "newsletter-confirm-button",
                ],
            ),
            Step::Unsubscribe => (
                "unsubscribe-confirm",
                "unsubscribe",
                [
                    "unsubscribe-heading",
                    "unsubscribe-body",
                    "unsubscribe-button",
                ],
            ),
        }
    }
}

/// A page asking to press one button, for a valid token.
fn one_button(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    step: Step,
    email: &str,
    token: String,
) -> Response {
    let (kind, action, [heading, body, button]) = step.ids();
    notice(
        state,
        visit,
        locale,
        StatusCode::OK,
        Notice {
            heading: text(state, locale, heading),
            paragraphs: vec![text_with(state, locale, body, &[("email", email.into())])],
            action: Some(Action {
                url: format!("/{locale}/newsletter/{action}"),
                label: text(state, locale, button),
                fields: vec![Field {
                    name: "token",
                    value: token,
                }],
            }),
            kind,
            ..Notice::default()
        },
    )
}

pub(crate) async fn confirm_page(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<TokenQuery>,
) -> Response {
    token_page(&state, &visit, &locale, Step::Confirm, query.token).await
}

pub(crate) async fn unsubscribe_page(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<TokenQuery>,
) -> Response {
    token_page(&state, &visit, &locale, Step::Unsubscribe, query.token).await
}

/// The page a mailed link opens: one button for a valid token, else a clear refusal.
async fn token_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    step: Step,
    token: String,
) -> Response {
    let purpose = match step {
        Step::Confirm => MailTokenPurpose::NewsletterConfirm,
        Step::Unsubscribe => MailTokenPurpose::Unsubscribe,
    };
    match token_email(state, &token, purpose).await {
        Ok(Some(email)) => one_button(state, visit, locale, step, &email, token),
        Ok(None) => link_expired(state, visit, locale, subscribe_again(state, locale)),
        Err(e) => super::internal_error(state, visit, locale, e),
    }
}

pub(crate) async fn confirm(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<TokenForm>,
) -> Response {
    if let Some(refusal) = check_form(
        &state,
        &visit,
        &locale,
        &form.csrf,
        &newsletter_url(&locale),
    ) {
        return refusal;
    }
    let (hash, now) = (secrets::sha256_hex(&form.token), timestamp(Utc::now()));
    match state.db(move |db| db.confirm_newsletter(&hash, &now)).await {
        Ok(Some(email)) => notice(
            &state,
            &visit,
            &locale,
            StatusCode::OK,
            Notice {
                heading: text(&state, &locale, "newsletter-confirmed-heading"),
                paragraphs: vec![text_with(
                    &state,
                    &locale,
                    "newsletter-confirmed-body",
                    &[
                        ("email", email.as_str().into()),
                        ("site", state.config.name.as_str().into()),
                    ],
                )],
                link: Some(Link {
                    url: format!("/{locale}/"),
                    label: text(&state, &locale, "site-home"),
                }),
                kind: "newsletter-confirmed",
                ..Notice::default()
            },
        ),
        Ok(None) => link_expired(&state, &visit, &locale, subscribe_again(&state, &locale)),
        Err(e) => super::internal_error(&state, &visit, &locale, e),
    }
}

pub(crate) async fn unsubscribe(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<TokenQuery>,
    Form(form): Form<TokenForm>,
) -> Response {
    // A one-click POST carries no cookies and so no CSRF token; the token in the
    // address is what authorises it.
    let one_click = form.list_unsubscribe == "One-Click" && !query.token.is_empty();
    if !one_click && !visit.csrf_matches(&form.csrf) {
        return form_expired(&state, &visit, &locale, &newsletter_url(&locale));
    }
    let token = if form.token.is_empty() {
        query.token
    } else {
        form.token
    };
    let email = match token_email(&state, &token, MailTokenPurpose::Unsubscribe).await {
        Ok(Some(email)) => email,
        Ok(None) => {
            return link_expired(&state, &visit, &locale, subscribe_again(&state, &locale));
        }
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let e = email.clone();
    if let Err(e) = state.db(move |db| db.unsubscribe_newsletter(&e)).await {
        return super::internal_error(&state, &visit, &locale, e);
    }
    tracing::info!(one_click, "a reader unsubscribed from the newsletter");
    notice(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        Notice {
            heading: text(&state, &locale, "unsubscribed-heading"),
            paragraphs: vec![text_with(
                &state,
                &locale,
                "unsubscribed-body",
                &[("email", email.as_str().into())],
            )],
            link: Some(subscribe_again(&state, &locale)),
            kind: "unsubscribed",
            ..Notice::default()
        },
    )
}

/// `/{locale}/newsletter` → `/{locale}/newsletter/`.
pub(crate) async fn without_slash(
    State(_state): State<AppState>,
    _visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    redirect(StatusCode::PERMANENT_REDIRECT, &newsletter_url(&locale))
}
