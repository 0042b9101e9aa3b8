//! `GET` and `PUT /strings/{locale}`: the newsroom's own wording of the site's interface.
//!
//! The body is a Fluent resource holding the messages to replace (a subset of
//! `locales/en-US/site.ftl`); the others keep their built-in text. It is checked before
//! anything is stored: a syntax error, an id the site does not have or a variable the
//! site never fills is a 422 naming every problem by line and column. An accepted
//! override is stored with a version (`ETag`, `If-Match` as for articles) and installed
//! in the running site's `Localizer` at once, so the next page uses it; at start-up the
//! stored overrides are installed again.
//!
//! Translators and editors may write strings (translators submit them from the desk;
//! editors may correct them); writers may only read them.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use dateline_l10n::{Domain, FtlProblem, check_override};
use dateline_protocol::{ErrorCode, SiteStrings, StringsPut};
use serde_json::json;

use super::idempotency::{self, Ask};
use super::preconditions::{self, Current, etag};
use super::{ApiFailure, Caller, body as request_body};
use crate::app::AppState;
use crate::config::SiteConfig;
use crate::storage::{StorageError, StoredStrings, timestamp};

pub(crate) async fn get_strings(
    State(state): State<AppState>,
    _caller: Caller,
    Path(locale): Path<String>,
) -> Result<Response, ApiFailure> {
    check_locale(&state.config, &locale)?;
    let wanted = locale.clone();
    match state.db(move |db| db.site_strings(&wanted)).await? {
        Some(stored) => Ok((
            [(header::ETAG, etag(stored.version))],
            axum::Json(to_wire(stored)),
        )
            .into_response()),
        None => Err(ApiFailure::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!("the site uses its built-in {locale} strings: there is no override"),
        )
        .with_details(json!({ "locale": locale }))),
    }
}

pub(crate) async fn put_strings(
    State(state): State<AppState>,
    caller: Caller,
    Path(locale): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiFailure> {
    caller.require(
        caller.role.may_write_strings(),
        "may not change the site's strings; a translator's or an editor's token may",
    )?;
    let key = idempotency::key(&headers)?;
    let body = request_body::bytes(body, request_body::MAX_JSON_BYTES)?;
    let ask = Ask::new(
        &caller,
        key,
        idempotency::fingerprint("PUT", &format!("strings/{locale}"), &headers, &body),
    );
    if let Some(replayed) = idempotency::replay(&state, &ask).await? {
        return Ok(replayed);
    }
    let put = read_put(&state.config, &locale, &body)?;

    let wanted = locale.clone();
    let current = state.db(move |db| db.site_strings(&wanted)).await?;
    if let Err(failure) = preconditions::check_write(
        &headers,
        &format!("the {locale} strings override"),
        current.as_ref().map(|c| Current {
            version: c.version,
            details: || current_details(c),
        }),
    ) {
        return idempotency::replay_or(&state, &ask, failure).await;
    }

    let version = current.as_ref().map_or(1, |c| c.version + 1);
    let now = timestamp(Utc::now());
    let stored = StoredStrings {
        locale: locale.clone(),
        ftl: put.ftl,
        version,
        updated_at: now.clone(),
    };
    let answer = ask.versioned(
        version,
        current.is_none(),
        format!("{}/strings/{locale}", dateline_protocol::API_PREFIX),
        serde_json::to_vec(&to_wire(stored.clone())).map_err(ApiFailure::internal)?,
    );
    let expected = current.map(|c| c.version);
    let saving = stored.clone();
    let saved = state
        .db(move |db| {
            db.save_site_strings(&saving, expected, &answer)
                .map(|()| answer)
        })
        .await;
    let installs = saved.is_ok();
    let response = idempotency::settle(&state, &ask, saved, async |e| {
        match e {
            // Another write for this locale landed between our read and our write.
            StorageError::VersionConflict => {
                let wanted = locale.clone();
                match state.db(move |db| db.site_strings(&wanted)).await {
                    Ok(Some(c)) => preconditions::stale(c.version, current_details(&c)),
                    Ok(None) => preconditions::precondition_failed(
                        "the override changed while this write was checked",
                        json!({}),
                    ),
                    Err(e) => e.into(),
                }
            }
            e => e.into(),
        }
    })
    .await?;
    if installs {
        install(&state, &stored);
    }
    Ok(response)
}

/// The body of a `PUT /strings/{locale}` read and checked: every check that needs no
/// database. The fuzz target drives this.
pub(crate) fn read_put(
    config: &SiteConfig,
    locale: &str,
    body: &[u8],
) -> Result<StringsPut, ApiFailure> {
    check_locale(config, locale)?;
    let put: StringsPut = request_body::json(body, "a strings resource")?;
    let problems = check_override(Domain::Site, &put.ftl);
    if problems.is_empty() {
        Ok(put)
    } else {
        Err(invalid_ftl(&problems))
    }
}

/// Makes a stored override the one the pages use. Used after a write and at start-up.
pub(crate) fn install(state: &AppState, stored: &StoredStrings) {
    match state
        .l10n
        .set_override(&stored.locale, stored.version, &stored.ftl)
    {
        Ok(_) => {}
        // Only checked resources are stored, so this means a bug or a hand-edited
        // database: the built-in strings stay in use.
        Err(e) => tracing::error!(
            "the {} strings override (version {}) cannot be used: {e}",
            stored.locale,
            stored.version
        ),
    }
}

fn check_locale(config: &SiteConfig, locale: &str) -> Result<(), ApiFailure> {
    if config.has_locale(locale) {
        Ok(())
    } else {
        Err(ApiFailure::invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("locale: {locale:?} is not a locale of this site"),
        )
        .with_details(json!({ "field": "locale", "locale": locale })))
    }
}

/// 422 naming every problem; the first one's place is repeated at the top of `details`
/// so a client can jump to it without reading the list.
fn invalid_ftl(problems: &[FtlProblem]) -> ApiFailure {
    let first = &problems[0];
    let mut message = format!("ftl: {first}");
    if problems.len() > 1 {
        message.push_str(&format!(" (and {} more)", problems.len() - 1));
    }
    let errors: Vec<serde_json::Value> = problems.iter().map(problem_json).collect();
    let (line, column) = first.position();
    ApiFailure::invalid(StatusCode::UNPROCESSABLE_ENTITY, message).with_details(json!({
        "field": "ftl",
        "line": line,
        "column": column,
        "message": first.to_string(),
        "errors": errors,
    }))
}

fn problem_json(problem: &FtlProblem) -> serde_json::Value {
    let (line, column) = problem.position();
    let mut value = json!({
        "kind": problem.kind(),
        "line": line,
        "column": column,
        "message": problem.to_string(),
    });
    if let Some(id) = problem.id() {
        value["id"] = json!(id);
    }
    match problem {
        FtlProblem::UnknownVariable { variable, .. } => value["variable"] = json!(variable),
        FtlProblem::UnknownAttribute { attribute, .. } => value["attribute"] = json!(attribute),
        FtlProblem::UnknownReference { reference, .. } => value["reference"] = json!(reference),
        _ => {}
    }
    value
}

fn to_wire(stored: StoredStrings) -> SiteStrings {
    SiteStrings {
        locale: stored.locale,
        version: stored.version,
        ftl: stored.ftl,
    }
}

fn current_details(current: &StoredStrings) -> serde_json::Value {
    json!({ "current": to_wire(current.clone()) })
}
