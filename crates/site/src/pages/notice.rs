//! Pages that tell the reader one thing and offer at most one button: "check your
//! inbox", "confirm your subscription", "unsubscribe?", "try again in 12 minutes".
//!
//! The button posts a form with the CSRF token, so following a link from a mail only
//! ever shows a page: mail scanners that fetch every link change nothing.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use minijinja::context;
use serde::Serialize;

use super::{PageOptions, Visit, render_page};
use crate::app::AppState;
use crate::ratelimit::minutes_until;

/// A formatted interface string.
pub(crate) fn text(state: &AppState, locale: &str, id: &str) -> String {
    state.l10n.format(locale, id, None)
}

/// A formatted interface string with arguments.
pub(crate) fn text_with(
    state: &AppState,
    locale: &str,
    id: &str,
    args: &[(&str, fluent_bundle::FluentValue<'_>)],
) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    state.l10n.format(locale, id, Some(&fluent))
}

#[derive(Debug, Serialize)]
pub(crate) struct Field {
    pub name: &'static str,
    pub value: String,
}

/// The page's one button: a POST to `url` with the CSRF token and `fields`.
#[derive(Debug, Serialize)]
pub(crate) struct Action {
    pub url: String,
    pub label: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Link {
    pub url: String,
    pub label: String,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct Notice {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub action: Option<Action>,
    pub link: Option<Link>,
    /// `data-testid` of the section, so tests and people can tell notices apart.
    pub kind: &'static str,
}

pub(crate) fn notice(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    notice: Notice,
) -> Response {
    let options = PageOptions {
        // Notices name addresses and carry tokens: for this reader only.
        private: true,
        needs_csrf: notice.action.is_some(),
        ..PageOptions::default()
    };
    render_page(
        state,
        visit,
        locale,
        status,
        "notice.html",
        // Notices are about accounts and the newsletter: the footer's box would only
        // ask again.
        context! { notice => notice, hide_newsletter_box => true },
        options,
    )
}

/// 429 with `Retry-After`, saying in the reader's language when to try again.
pub(crate) fn too_many(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    retry_at: DateTime<Utc>,
    body_id: &str,
    back: Link,
) -> Response {
    let now = Utc::now();
    let minutes = minutes_until(retry_at, now);
    let mut response = notice(
        state,
        visit,
        locale,
        StatusCode::TOO_MANY_REQUESTS,
        Notice {
            heading: text(state, locale, "too-many-heading"),
            paragraphs: vec![
                text(state, locale, body_id),
                text_with(
                    state,
                    locale,
                    "try-again-in",
                    &[("minutes", minutes.into())],
                ),
            ],
            link: Some(back),
            kind: "too-many",
            ..Notice::default()
        },
    );
    let seconds = (retry_at - now).num_seconds().max(1);
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// A link from a mail that is unknown, used up or too old.
pub(crate) fn link_expired(state: &AppState, visit: &Visit, locale: &str, again: Link) -> Response {
    notice(
        state,
        visit,
        locale,
        StatusCode::NOT_FOUND,
        Notice {
            heading: text(state, locale, "link-expired-heading"),
            paragraphs: vec![text(state, locale, "link-expired-body")],
            link: Some(again),
            kind: "link-expired",
            ..Notice::default()
        },
    )
}

/// The check every form handler starts with: the form carries the CSRF token of the
/// page it came from (else 403, `back` to retry). (The locale is checked by
/// [`PageLocale`](super::locale::PageLocale) before the handler runs.)
/// Returns the refusal to answer with, if any.
pub(crate) fn check_form(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    csrf: &str,
    back: &str,
) -> Option<Response> {
    if !visit.csrf_matches(csrf) {
        return Some(form_expired(state, visit, locale, back));
    }
    None
}

/// A form posted without the token of the page it came from.
pub(crate) fn form_expired(state: &AppState, visit: &Visit, locale: &str, back: &str) -> Response {
    super::message_page(
        state,
        visit,
        locale,
        StatusCode::FORBIDDEN,
        "form-expired-heading",
        "form-expired-body",
        Some((back.to_owned(), "form-expired-back")),
    )
}
