//! Which language a reader gets when the address does not say.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::visit::{LANG_COOKIE, Visit, cookie};
use crate::app::AppState;
use crate::config::SiteConfig;

/// The `lang` cookie when it names one of the site's locales, else the best match for
/// Accept-Language, else the site's default.
pub(crate) fn preferred(config: &SiteConfig, headers: &HeaderMap) -> String {
    if let Some(lang) = cookie(headers, LANG_COOKIE).filter(|l| config.has_locale(l)) {
        return lang;
    }
    let requested = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(dateline_l10n::parse_accept_language)
        .unwrap_or_default();
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let available: Vec<&str> = config.locales.iter().map(String::as_str).collect();
    dateline_l10n::negotiate(&requested, &available, &config.default_locale).to_owned()
}

/// `/`: sends the reader to their language's front page.
pub(crate) async fn root(visit: Visit) -> Response {
    let mut response = super::redirect(
        StatusCode::SEE_OTHER,
        &format!("/{}/", visit.preferred_locale),
    );
    let headers = response.headers_mut();
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    response
}

/// `/fr` is `/fr/`; anything else with one segment does not exist.
pub(crate) async fn locale_without_slash(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
) -> Response {
    if state.config.has_locale(&locale) {
        super::redirect(StatusCode::PERMANENT_REDIRECT, &format!("/{locale}/"))
    } else {
        super::not_found(&state, &visit, None)
    }
}

/// A language's name in itself, for the language chooser; the tag when we do not know it.
pub(crate) fn endonym(locale: &str) -> String {
    let language = locale.split('-').next().unwrap_or(locale);
    match language {
        "ar" => "العربية",
        "de" => "Deutsch",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "he" => "עברית",
        "hi" => "हिन्दी",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "pt" => "Português",
        "ru" => "Русский",
        "sv" => "Svenska",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "zh" => "中文",
        _ => locale,
    }
    .to_owned()
}
