//! Who is reading: the session cookie, the CSRF cookie, the preferred language.
//!
//! CSRF protection is the double-submit kind: a random `dl_csrf` cookie (HttpOnly,
//! SameSite=Strict) whose value every form also carries in a hidden field; a post is
//! accepted only when the two match. Another site can make a browser post a form here,
//! but it can neither read the cookie nor set it, so it cannot fill in the field.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use chrono::Utc;
use cookie::{Cookie, SameSite};

use crate::app::AppState;
use crate::secrets;
use crate::storage::timestamp;

pub(crate) const SESSION_COOKIE: &str = "dl_session";
pub(crate) const CSRF_COOKIE: &str = "dl_csrf";
pub(crate) const LANG_COOKIE: &str = "lang";

/// A signed-in subscriber.
#[derive(Debug, Clone)]
pub(crate) struct Reader {
    pub email: String,
    pub tier: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Visit {
    pub reader: Option<Reader>,
    /// Hash of the session cookie, when there is one (valid or not).
    pub session_hash: Option<String>,
    /// The CSRF cookie as the browser sent it.
    pub csrf_sent: Option<String>,
    /// The token forms carry: the one sent, or a new one to set.
    pub csrf: String,
    pub csrf_is_new: bool,
    /// Path and query of this request, as sent (percent-encoded).
    pub path: String,
    /// `lang` cookie, else Accept-Language, else the site's default.
    pub preferred_locale: String,
}

impl Visit {
    /// The sign-in page's address, coming back here afterwards.
    pub(crate) fn signin_url(&self, locale: &str) -> String {
        let base = format!("/{locale}/account/signin");
        if self.path.starts_with(&base) {
            base
        } else {
            format!("{base}?next={}", encode_query_value(&self.path))
        }
    }

    pub(crate) fn csrf_cookie(&self, secure: bool) -> String {
        Cookie::build((CSRF_COOKIE, self.csrf.clone()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(secure)
            .build()
            .to_string()
    }

    /// Whether a form's token matches the cookie the browser sent.
    pub(crate) fn csrf_matches(&self, submitted: &str) -> bool {
        self.csrf_sent
            .as_deref()
            .is_some_and(|sent| !sent.is_empty() && secrets::constant_time_eq(sent, submitted))
    }
}

/// Every cookie named `name` in the request; the first one wins.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // Already read for this request (the page cache reads it to know the tier).
        if let Some(visit) = parts.extensions.get::<Visit>() {
            return Ok(visit.clone());
        }
        let headers = &parts.headers;
        let session_hash = cookie(headers, SESSION_COOKIE)
            .filter(|v| !v.is_empty())
            .map(|v| secrets::sha256_hex(&v));
        let reader = match &session_hash {
            Some(hash) => {
                let (hash, now) = (hash.clone(), timestamp(Utc::now()));
                match state.read(|db| db.session_subscriber(&hash, &now)).await {
                    Ok(found) => found.map(|s| Reader {
                        email: s.email,
                        tier: s.tier,
                    }),
                    Err(e) => {
                        // Failing open to "anonymous" only ever shows less.
                        tracing::error!("session lookup failed: {e}");
                        None
                    }
                }
            }
            None => None,
        };
        // Only a well-formed token is reused, so a planted odd value is replaced.
        let csrf_sent = cookie(headers, CSRF_COOKIE).filter(|v| v.len() == 43);
        let (csrf, csrf_is_new) = match &csrf_sent {
            Some(v) => (v.clone(), false),
            None => (secrets::random_secret(), true),
        };
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        Ok(Visit {
            reader,
            session_hash,
            csrf_sent,
            csrf,
            csrf_is_new,
            path,
            preferred_locale: super::locale::preferred(&state.config, headers),
        })
    }
}

/// Percent-encodes everything but unreserved characters and `/`, for a query value.
pub(crate) fn encode_query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes what a header value cannot hold (non-ASCII, controls, spaces),
/// leaving an already encoded path as it is.
pub(crate) fn encode_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `next` address is followed only when it stays on this site: a path starting with
/// one `/`. `//host` and `/\host` are other sites to a browser.
pub(crate) fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/fr/world/x?a=1"), Some("/fr/world/x?a=1"));
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/\nx",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn encodings() {
        assert_eq!(encode_query_value("/fr/a b?x=1&y"), "/fr/a%20b%3Fx%3D1%26y");
        assert_eq!(encode_non_ascii("/ja/港"), "/ja/%E6%B8%AF");
        assert_eq!(encode_non_ascii("/en-US/a%20b"), "/en-US/a%20b");
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, "a=1; dl_session=abc".parse().unwrap());
        h.append(header::COOKIE, "lang=fr".parse().unwrap());
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie(&h, LANG_COOKIE).as_deref(), Some("fr"));
        assert_eq!(cookie(&h, CSRF_COOKIE), None);
    }
}
