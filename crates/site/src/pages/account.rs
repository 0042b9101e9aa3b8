//! Signing in and out, and the reader's account page. Sessions are random 256-bit
//! cookies stored as hashes; passwords are checked against argon2id hashes off the
//! async workers.
//!
//! Failed sign-ins are limited per address and per client network
//! ([`crate::ratelimit`]). The attempt is counted *before* the password is checked, in
//! the same transaction as the check of the limit, so parallel guesses cannot slip past
//! it together; a success then forgets the attempt and the address's earlier failures.
//! While limited, even the right password is refused, and no argon2 work is done.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::{Duration, Utc};
use cookie::{Cookie, SameSite};
use minijinja::context;
use serde::Deserialize;

use super::locale::PageLocale;
use super::notice::{Link, check_form, form_expired, text, too_many};
use super::visit::{SESSION_COOKIE, safe_next};
use super::{Visit, form_page, message_page, redirect};
use crate::admin::normalise_email;
use crate::app::AppState;
use crate::ratelimit::{self, ClientNet, SIGNIN_EMAIL_SCOPE};
use crate::secrets;
use crate::storage::{NewsletterStatus, RateOutcome, StorageError, timestamp};

const SESSION_DAYS: i64 = 30;

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    #[serde(default)]
    next: String,
}

/// The sign-in and sign-up forms. Every field defaults, so a form with a field missing
/// fails the CSRF or password check like any other bad form instead of getting a bare
/// 422.
#[derive(Deserialize)]
pub(crate) struct CredentialsForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub csrf: String,
    /// Where to go after signing in (sign-in only).
    #[serde(default)]
    pub next: String,
}

// Not derived: the password must never reach a log through `{:?}`.
impl std::fmt::Debug for CredentialsForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsForm")
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
    PageLocale(locale): PageLocale,
    Query(query): Query<NextQuery>,
) -> Response {
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
    form_page(state, visit, locale, status, "signin.html", extra)
}

pub(crate) async fn signin(
    State(state): State<AppState>,
    visit: Visit,
    client: ClientNet,
    PageLocale(locale): PageLocale,
    Form(form): Form<CredentialsForm>,
) -> Response {
    if !visit.csrf_matches(&form.csrf) {
        return form_expired(
            &state,
            &visit,
            &locale,
            &format!("/{locale}/account/signin"),
        );
    }
    let email_key = ratelimit::email_key(&form.email);
    let checks = ratelimit::signin_checks(&email_key, &client);
    let attempt = match state.db(move |db| db.rate_take(&checks, Utc::now())).await {
        Ok(RateOutcome::Allowed(ids)) => ids,
        Ok(RateOutcome::Limited { retry_at }) => {
            tracing::info!(client = %client.0, "sign-in refused: too many attempts");
            let back = Link {
                url: format!("/{locale}/"),
                label: text(&state, &locale, "site-home"),
            };
            return too_many(
                &state,
                &visit,
                &locale,
                retry_at,
                "too-many-signin-body",
                back,
            );
        }
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
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
            // The attempt stays counted: it was a failure.
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
    if let Err(e) = state
        .db(move |db| db.rate_forget(&attempt, Some((SIGNIN_EMAIL_SCOPE, &email_key))))
        .await
    {
        // The sign-in stands; the counters only forget a little later than they should.
        tracing::error!("forgetting sign-in attempts failed: {e}");
    }
    let target = if next.is_empty() {
        format!("/{locale}/")
    } else {
        next
    };
    signed_in_redirect(&state, &visit, &locale, subscriber.id, &target).await
}

/// Starts a session for the subscriber and sends the reader to `target` with its
/// cookie.
pub(crate) async fn signed_in_redirect(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    subscriber_id: i64,
    target: &str,
) -> Response {
    let cookie = match start_session(state, subscriber_id).await {
        Ok(cookie) => cookie,
        Err(e) => return super::internal_error(state, visit, locale, e),
    };
    let mut response = redirect(StatusCode::SEE_OTHER, target);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Stores a new session for the subscriber and returns its `Set-Cookie` value:
/// HttpOnly, SameSite=Lax (it must come along when a reader follows a link here),
/// Secure when the site is reached over HTTPS.
pub(crate) async fn start_session(
    state: &AppState,
    subscriber_id: i64,
) -> Result<String, StorageError> {
    let secret = secrets::random_secret();
    let hash = secrets::sha256_hex(&secret);
    let now = Utc::now();
    let (created, expires) = (
        timestamp(now),
        timestamp(now + Duration::days(SESSION_DAYS)),
    );
    state
        .db(move |db| db.insert_session(&hash, subscriber_id, &created, &expires))
        .await?;
    Ok(Cookie::build((SESSION_COOKIE, secret))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.is_https())
        .max_age(cookie::time::Duration::days(SESSION_DAYS))
        .build()
        .to_string())
}

pub(crate) async fn signout(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !visit.csrf_matches(&form.csrf) {
        return form_expired(&state, &visit, &locale, &format!("/{locale}/"));
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
    PageLocale(locale): PageLocale,
) -> Response {
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

#[derive(Debug, Deserialize)]
pub(crate) struct WelcomeQuery {
    #[serde(default)]
    welcome: Option<String>,
    /// Back from choosing a new password.
    #[serde(default)]
    reset: Option<String>,
}

/// `/{locale}/account/`: the address, the tier in the reader's language, the
/// newsletter with its switch, and signing out.
pub(crate) async fn overview(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Query(query): Query<WelcomeQuery>,
) -> Response {
    let Some(reader) = visit.reader.clone() else {
        return redirect(StatusCode::SEE_OTHER, &visit.signin_url(&locale));
    };
    let (email, now) = (reader.email.clone(), timestamp(Utc::now()));
    let status = match state.db(move |db| db.newsletter_status(&email, &now)).await {
        Ok(status) => status,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let config = &state.config;
    let extra = context! {
        email => reader.email,
        tier_name => config.tier_name(&reader.tier, &locale),
        // Anyone below the highest tier is offered the subscribe page.
        can_upgrade => config.tiers.iter().any(|t| t.rank > config.reader_rank(&reader.tier)),
        newsletter => match status {
            NewsletterStatus::None => "none",
            NewsletterStatus::Pending => "pending",
            NewsletterStatus::Confirmed => "confirmed",
        },
        welcome => query.welcome.is_some(),
        password_reset => query.reset.is_some(),
    };
    form_page(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        "account.html",
        extra,
    )
}

#[derive(Debug, Deserialize)]
pub(crate) struct NewsletterSwitch {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    subscribe: String,
}

/// The account page's newsletter switch. The account's address was proven when the
/// account was made, so no confirmation mail is needed here.
pub(crate) async fn newsletter_switch(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Form(form): Form<NewsletterSwitch>,
) -> Response {
    let account = format!("/{locale}/account/");
    if let Some(refusal) = check_form(&state, &visit, &locale, &form.csrf, &account) {
        return refusal;
    }
    let Some(reader) = visit.reader.clone() else {
        return redirect(StatusCode::SEE_OTHER, &visit.signin_url(&locale));
    };
    let on = form.subscribe == "1";
    let (email, l, now) = (reader.email, locale.clone(), timestamp(Utc::now()));
    let done = state
        .db(move |db| {
            if on {
                db.subscribe_newsletter_confirmed(&email, &l, &now)
            } else {
                db.unsubscribe_newsletter(&email)
            }
        })
        .await;
    match done {
        Ok(()) => redirect(StatusCode::SEE_OTHER, &account),
        Err(e) => super::internal_error(&state, &visit, &locale, e),
    }
}

/// `/{locale}/account` → `/{locale}/account/`.
pub(crate) async fn without_slash(
    State(_state): State<AppState>,
    _visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    redirect(
        StatusCode::PERMANENT_REDIRECT,
        &format!("/{locale}/account/"),
    )
}

#[cfg(test)]
mod tests {
    use argon2::password_hash::PasswordHash;

    use crate::secrets;

    /// A sign-in with an unknown address verifies the password against the dummy hash;
    /// for that to cost what a real check costs, the dummy must use the same algorithm
    /// and parameters as the hashes accounts have.
    #[test]
    fn unknown_addresses_cost_the_same_argon2_work_as_known_ones() {
        let real = secrets::hash_password("a reader's password").unwrap();
        let real = PasswordHash::new(&real).unwrap();
        let dummy = PasswordHash::new(secrets::dummy_password_hash()).unwrap();
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.algorithm.as_str(), "argon2id");
        assert_eq!(dummy.version, real.version);
        assert_eq!(dummy.params, real.params);
        assert!(!secrets::verify_password(
            "",
            secrets::dummy_password_hash()
        ));
    }
}
