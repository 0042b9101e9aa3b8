//! Which language a reader gets when the address does not say, and the language
//! chooser that lets them say it once for all.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::visit::{LANG_COOKIE, Visit, cookie, safe_next};
use crate::app::AppState;
use crate::config::SiteConfig;

/// How long a language choice is remembered.
const LANG_COOKIE_DAYS: i64 = 365;

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

/// `/fr` is `/fr/`; anything else with one segment does not exist ([`PageLocale`]).
pub(crate) async fn locale_without_slash(PageLocale(locale): PageLocale) -> Response {
    super::redirect(StatusCode::PERMANENT_REDIRECT, &format!("/{locale}/"))
}

#[derive(Debug, Deserialize)]
pub(crate) struct ChooseQuery {
    #[serde(default)]
    next: String,
}

/// `/{locale}/language?next=/fr/...`: where the language chooser's links lead. Remembers
/// the choice in the `lang` cookie, so `/` opens this language from now on, then shows
/// `next` (a page of this site; else the language's front page). A plain link, so
/// choosing works without JavaScript; it changes nothing but a preference, so a GET is
/// fine, and robots.txt keeps crawlers off it.
pub(crate) async fn choose(
    State(state): State<AppState>,
    _visit: Visit,
    PageLocale(locale): PageLocale,
    // A malformed query is a reader's typo, not a reason to refuse the choice.
    query: Result<Query<ChooseQuery>, QueryRejection>,
) -> Response {
    let next = query
        .as_ref()
        .ok()
        .and_then(|q| safe_next(&q.next))
        .map_or_else(|| format!("/{locale}/"), str::to_owned);
    let cookie = Cookie::build((LANG_COOKIE, locale))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.is_https())
        .max_age(cookie::time::Duration::days(LANG_COOKIE_DAYS))
        .build();
    let mut response = super::redirect(StatusCode::SEE_OTHER, &next);
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        headers.append(header::SET_COOKIE, value);
    }
    response
}

/// A language's name in itself, for the language chooser; the tag when we do not know it.
pub(crate) fn endonym(locale: &str) -> String {
    // Where one language is written or spoken in ways a reader tells apart, the variant.
    match locale {
        "pt-BR" => return "Português (Brasil)".to_owned(),
        "pt-PT" => return "Português (Portugal)".to_owned(),
        "zh-Hans" | "zh-CN" | "zh-SG" => return "简体中文".to_owned(),
        "zh-Hant" | "zh-TW" | "zh-HK" => return "繁體中文".to_owned(),
        _ => {}
    }
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

/// The `{locale}` of a page's address, one the site publishes in. Any other answers the
/// reader's 404 page before the handler runs, so no handler checks it itself.
#[derive(Debug)]
pub(crate) struct PageLocale(pub String);

impl axum::extract::FromRequestParts<AppState> for PageLocale {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Response> {
        use axum::response::IntoResponse;
        let Path(params) =
            Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
                .await
                .map_err(IntoResponse::into_response)?;
        match params.get("locale") {
            Some(locale) if state.config.has_locale(locale) => Ok(Self(locale.clone())),
            _ => {
                let Ok(visit) = Visit::from_request_parts(parts, state).await;
                Err(super::not_found(state, &visit, None))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::endonym;

    #[test]
    fn languages_are_named_in_themselves_with_their_variant_where_it_matters() {
        assert_eq!(endonym("fr"), "Français");
        assert_eq!(endonym("ja"), "日本語");
        assert_eq!(endonym("pt-BR"), "Português (Brasil)");
        assert_eq!(endonym("pt"), "Português");
        assert_eq!(endonym("zh-Hans"), "简体中文");
        assert_eq!(endonym("zh-Hant"), "繁體中文");
        assert_eq!(endonym("zh"), "中文");
        assert_eq!(endonym("xx-YY"), "xx-YY");
    }
}
