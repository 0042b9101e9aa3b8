//! The property the API's body fuzzing checks, shared by the cargo-fuzz target
//! (`fuzz/fuzz_targets/api_bodies.rs`) and `tests/api_random_bodies.rs`, included by
//! path so the two cannot drift apart.
//!
//! Whatever the bytes, parsing and checking a `PUT /articles/{id}` or
//! `PUT /strings/{locale}` body answers: an accepted body is really acceptable (it
//! survives a round trip, an accepted override can be installed), and a refusal is a
//! 400 or 422 `invalid` with a message, never a panic or a 500.

use std::sync::OnceLock;

use dateline_l10n::{Domain, Localizer};
use dateline_protocol::{ApiError, ErrorCode};
use dateline_site::SiteConfig;
use dateline_site::api_fuzz::{check_article_put, check_strings_put};

pub fn config() -> &'static SiteConfig {
    static CONFIG: OnceLock<SiteConfig> = OnceLock::new();
    CONFIG.get_or_init(|| {
        SiteConfig::parse(
            "site.toml",
            include_str!("../../../../tests/fixtures/publication/site.toml"),
        )
        .expect("the fixture config is valid")
    })
}

fn localizer() -> &'static Localizer {
    static L10N: OnceLock<Localizer> = OnceLock::new();
    L10N.get_or_init(|| Localizer::builtin(Domain::Site).expect("built-in strings parse"))
}

fn check_refusal(what: &str, input: &[u8], status: u16, error: &ApiError) {
    assert!(
        matches!(status, 400 | 422),
        "{what}: status {status} for {:?}: {error:?}",
        String::from_utf8_lossy(input)
    );
    assert_eq!(error.code, ErrorCode::Invalid, "{what}: {error:?}");
    assert!(!error.message.is_empty(), "{what}: empty message");
    if status == 422 {
        assert!(error.details["field"].is_string(), "{what}: {error:?}");
    }
}

/// Checks the property for one input, as an article body, as a strings body for a locale
/// its first byte picks, and (when it is text) as the `.ftl` of a strings body.
pub fn fuzz_one(data: &[u8]) {
    let config = config();
    match check_article_put(config, data) {
        Ok(put) => {
            assert!(config.tier(&put.tier).is_some());
            assert!(config.section(&put.section).is_some());
            assert!(put.texts.iter().all(|t| config.has_locale(&t.locale)));
            let again = serde_json::to_vec(&put).expect("an article serialises");
            assert_eq!(check_article_put(config, &again).map_err(|e| e.1), Ok(put));
        }
        Err((status, error)) => check_refusal("article", data, status, &error),
    }

    let locales = ["en-US", "fr", "ar", "ja", "zh-Hans", "ko-KR", ""];
    let (locale, rest) = match data.split_first() {
        Some((first, rest)) => (locales[*first as usize % locales.len()], rest),
        None => ("fr", data),
    };
    check_strings(locale, rest);
    if let Ok(text) = std::str::from_utf8(data) {
        let body = serde_json::to_vec(&serde_json::json!({ "ftl": text })).unwrap();
        check_strings("fr", &body);
    }
}

fn check_strings(locale: &str, body: &[u8]) {
    match check_strings_put(config(), locale, body) {
        Ok(put) => {
            assert!(config().has_locale(locale));
            // Version 1 each time: only whether it installs matters here.
            let installed = localizer().set_override(locale, 1, &put.ftl);
            assert!(
                installed.is_ok(),
                "accepted but not installable: {:?}",
                put.ftl
            );
        }
        Err((status, error)) => check_refusal("strings", body, status, &error),
    }
}
