//! The mails the site sends readers, in the reader's language, and the limits on
//! sending them.
//!
//! Every mail carries a fresh unsubscribe link (its token stored as a hash), shown at
//! its foot and in `List-Unsubscribe`. A mail asked for by a stranger (a sign-up, a
//! newsletter request) counts against the client's hourly allowance, which refuses
//! openly, and the recipient's, which stays silent: the page must look the same
//! whether or not a mail went out, or it would tell who has an account.

use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, Utc};
use serde::Deserialize;

use super::Visit;
use super::notice::{Link, Notice, notice, text, text_with, too_many};
use super::visit::encode_query_value;
use crate::app::AppState;
use crate::mail::Letter;
use crate::ratelimit::{ClientNet, mail_client_check, mail_recipient_check};
use crate::secrets;
use crate::storage::{MailTokenPurpose, RateOutcome, timestamp};

/// How long the unsubscribe link of a mail keeps working.
const UNSUBSCRIBE_LINK_DAYS: i64 = 365;
/// How long confirmation links (sign-up, newsletter) keep working.
pub(crate) const CONFIRM_LINK_HOURS: i64 = 48;
/// How long a password-reset link keeps working (and it works once).
pub(crate) const RESET_LINK_HOURS: i64 = 1;

/// `?token=…` of a link from a mail.
#[derive(Debug, Deserialize)]
pub(crate) struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// The one-button form of the page a mailed link opens.
#[derive(Debug, Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub csrf: String,
    /// RFC 8058's one-click unsubscribe sends `List-Unsubscribe=One-Click`.
    #[serde(default, rename = "List-Unsubscribe")]
    pub list_unsubscribe: String,
}

#[derive(Debug, Clone)]
pub(crate) enum LetterKind {
    /// Follow `link` to create the account.
    ConfirmAccount { link: String },
    /// Someone tried to sign up with an address that has an account; `link` signs in.
    AccountExists { link: String },
    /// Follow `link` to confirm the newsletter subscription.
    ConfirmNewsletter { link: String },
    /// Someone asked to subscribe an address that already is.
    AlreadySubscribed,
    /// Follow `link` to choose a new password.
    ResetPassword { link: String },
}

/// The site's absolute address of `path_and_query`.
pub(crate) fn absolute(state: &AppState, path_and_query: &str) -> String {
    format!("{}{path_and_query}", state.config.base_url)
}

/// A link carrying a token, as mails and pages spell it.
pub(crate) fn token_link(state: &AppState, path: &str, token: &str) -> String {
    absolute(
        state,
        &format!("{path}?token={}", encode_query_value(token)),
    )
}

fn compose(state: &AppState, locale: &str, kind: &LetterKind) -> (String, Vec<String>) {
    let site = state.config.name.as_str();
    let t = |id: &str| text_with(state, locale, id, &[("site", site.into())]);
    let within = |id: &str, hours: i64| {
        text_with(
            state,
            locale,
            id,
            &[("site", site.into()), ("hours", hours.into())],
        )
    };
    let hours = |id: &str| within(id, CONFIRM_LINK_HOURS);
    match kind {
        LetterKind::ConfirmAccount { link } => (
            t("mail-signup-subject"),
            vec![
                t("mail-signup-intro"),
                hours("mail-signup-action"),
                link.clone(),
                t("mail-signup-ignore"),
            ],
        ),
        LetterKind::AccountExists { link } => (
            t("mail-exists-subject"),
            vec![
                t("mail-exists-intro"),
                t("mail-exists-action"),
                link.clone(),
                t("mail-exists-ignore"),
            ],
        ),
        LetterKind::ConfirmNewsletter { link } => (
            t("mail-newsletter-subject"),
            vec![
                t("mail-newsletter-intro"),
                hours("mail-newsletter-action"),
                link.clone(),
                t("mail-newsletter-ignore"),
            ],
        ),
        LetterKind::AlreadySubscribed => (
            t("mail-subscribed-subject"),
            vec![t("mail-subscribed-intro"), t("mail-subscribed-nothing")],
        ),
        LetterKind::ResetPassword { link } => (
            t("mail-reset-subject"),
            vec![
                t("mail-reset-intro"),
                within("mail-reset-action", RESET_LINK_HOURS),
                link.clone(),
                t("mail-reset-ignore"),
            ],
        ),
    }
}

/// Why a mail was not sent.
#[derive(Debug)]
pub(crate) enum NotSent {
    /// Our failure (storage, spool, SMTP); already logged.
    Failed,
}

/// Checks the client's hourly mail allowance; returns the 429 page when it is used up.
pub(crate) async fn check_client(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    client: &ClientNet,
    back: Link,
) -> Option<Response> {
    let check = mail_client_check(client);
    match state.db(move |db| db.rate_take(&[check], Utc::now())).await {
        Ok(RateOutcome::Allowed(_)) => None,
        Ok(RateOutcome::Limited { retry_at }) => Some(too_many(
            state,
            visit,
            locale,
            retry_at,
            "too-many-mail-body",
            back,
        )),
        Err(e) => Some(super::internal_error(state, visit, locale, e)),
    }
}

/// Sends `kind` to `to` in `locale`, unless the recipient has had their hourly share
/// of mail, in which case nothing is sent and nothing is said.
pub(crate) async fn send(
    state: &AppState,
    locale: &str,
    to: &str,
    kind: LetterKind,
) -> Result<(), NotSent> {
    let check = mail_recipient_check(to);
    match state.db(move |db| db.rate_take(&[check], Utc::now())).await {
        Ok(RateOutcome::Allowed(_)) => {}
        Ok(RateOutcome::Limited { .. }) => {
            tracing::info!("mail not sent: the recipient's hourly allowance is used up");
            return Ok(());
        }
        Err(e) => {
            tracing::error!("mail not sent: {e}");
            return Err(NotSent::Failed);
        }
    }
    let token = secrets::random_secret();
    let (hash, email) = (secrets::sha256_hex(&token), to.to_owned());
    let now = Utc::now();
    let (created, expires) = (
        timestamp(now),
        timestamp(now + Duration::days(UNSUBSCRIBE_LINK_DAYS)),
    );
    if let Err(e) = state
        .db(move |db| {
            db.insert_mail_token(
                &hash,
                MailTokenPurpose::Unsubscribe,
                &email,
                &created,
                &expires,
            )
        })
        .await
    {
        tracing::error!("mail not sent: {e}");
        return Err(NotSent::Failed);
    }
    let unsubscribe_url = token_link(state, &format!("/{locale}/newsletter/unsubscribe"), &token);
    let (subject, mut paragraphs) = compose(state, locale, &kind);
    paragraphs.push(format!(
        "-- \n{}\n{unsubscribe_url}",
        text_with(
            state,
            locale,
            "mail-footer",
            &[("site", state.config.name.as_str().into())]
        )
    ));
    let letter = Letter {
        to: to.to_owned(),
        subject,
        body: paragraphs.join("\n\n") + "\n",
        unsubscribe_url,
    };
    state.mailer.send(letter).await.map_err(|e| {
        tracing::error!("mail not sent: {e}");
        NotSent::Failed
    })
}

/// What a "check your inbox" page says: message ids, and how long the link works.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Inbox {
    /// Says a mail went to `$email`.
    pub sent: &'static str,
    /// What to do with it, within `$hours`.
    pub body: &'static str,
    pub hours: i64,
}

pub(crate) const SIGNUP_INBOX: Inbox = Inbox {
    sent: "check-inbox-sent",
    body: "check-inbox-signup",
    hours: CONFIRM_LINK_HOURS,
};
pub(crate) const NEWSLETTER_INBOX: Inbox = Inbox {
    sent: "check-inbox-sent",
    body: "check-inbox-newsletter",
    hours: CONFIRM_LINK_HOURS,
};
/// A reset mail goes only to addresses with an account, so the page says "if".
pub(crate) const RESET_INBOX: Inbox = Inbox {
    sent: "check-inbox-reset-sent",
    body: "check-inbox-reset",
    hours: RESET_LINK_HOURS,
};

/// "Check your inbox": the same page whatever the mail said, or whether one went.
pub(crate) fn check_inbox(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    email: &str,
    inbox: Inbox,
) -> Response {
    notice(
        state,
        visit,
        locale,
        StatusCode::OK,
        Notice {
            heading: text(state, locale, "check-inbox-heading"),
            paragraphs: vec![
                text_with(state, locale, inbox.sent, &[("email", email.into())]),
                text_with(state, locale, inbox.body, &[("hours", inbox.hours.into())]),
            ],
            kind: "check-inbox",
            ..Notice::default()
        },
    )
}

/// 503: the mail could not be sent. Said the same way whichever mail it was.
pub(crate) fn not_sent(state: &AppState, visit: &Visit, locale: &str) -> Response {
    notice(
        state,
        visit,
        locale,
        StatusCode::SERVICE_UNAVAILABLE,
        Notice {
            heading: text(state, locale, "mail-failed-heading"),
            paragraphs: vec![text(state, locale, "mail-failed-body")],
            kind: "mail-failed",
            ..Notice::default()
        },
    )
}
