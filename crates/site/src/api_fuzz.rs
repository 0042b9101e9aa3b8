//! The API's body parsing and checking, as pure functions for the fuzz target
//! (`fuzz/fuzz_targets/api_bodies.rs`) and the property tests: the same code the
//! `PUT /articles/{id}` and `PUT /strings/{locale}` handlers run before they look at
//! the database. Whatever the bytes, these must answer, never panic.

use dateline_protocol::{ApiError, ArticlePut, StringsPut};

use crate::api::fuzz;
use crate::config::SiteConfig;

/// A refusal: the HTTP status and the error body the API would send.
pub type Refusal = (u16, ApiError);

/// Parses and checks a `PUT /articles/{id}` body against `config`.
pub fn check_article_put(config: &SiteConfig, body: &[u8]) -> Result<ArticlePut, Refusal> {
    fuzz::read_article_put(config, body).map_err(refusal)
}

/// Parses and checks a `PUT /strings/{locale}` body against `config`.
pub fn check_strings_put(
    config: &SiteConfig,
    locale: &str,
    body: &[u8],
) -> Result<StringsPut, Refusal> {
    fuzz::read_strings_put(config, locale, body).map_err(refusal)
}

fn refusal(failure: crate::api::ApiFailure) -> Refusal {
    let (status, error) = failure.into_parts();
    (status.as_u16(), error)
}
