//! Checks on an `ArticlePut` that need only the config: each complaint names its field,
//! so the desk can point at it.

use std::collections::HashSet;

use dateline_protocol::{ArticlePut, MAX_SLUG_CHARS, is_valid_slug};
use serde::Serialize;

use crate::config::SiteConfig;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Every complaint about `put`, in field order; empty when it is acceptable.
pub(crate) fn check_article(config: &SiteConfig, put: &ArticlePut) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut err = |field: String, message: String| errors.push(FieldError::new(field, message));

    if !config.has_locale(&put.source_locale) {
        err(
            "source_locale".into(),
            format!("{:?} is not a locale of this site", put.source_locale),
        );
    }
    if config.section(&put.section).is_none() {
        err(
            "section".into(),
            format!("there is no section {:?}", put.section),
        );
    }
    if config.tier(&put.tier).is_none() {
        err("tier".into(), format!("there is no tier {:?}", put.tier));
    }
    if let Some(url) = &put.source_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        // It becomes a link on the page: only web addresses, never `javascript:`.
        err(
            "source_url".into(),
            format!("{url:?} must start with http:// or https://"),
        );
    }
    for (i, tag) in put.tags.iter().enumerate() {
        if tag.trim().is_empty() {
            err(format!("tags[{i}]"), "must not be empty".into());
        }
    }
    if put.texts.is_empty() {
        err("texts".into(), "publish at least one text".into());
    }
    let mut locales = HashSet::new();
    for (i, text) in put.texts.iter().enumerate() {
        if !config.has_locale(&text.locale) {
            err(
                format!("texts[{i}].locale"),
                format!("{:?} is not a locale of this site", text.locale),
            );
        } else if !locales.insert(text.locale.as_str()) {
            err(
                format!("texts[{i}].locale"),
                format!("a second text in {:?}", text.locale),
            );
        }
        if text.title.trim().is_empty() {
            err(format!("texts[{i}].title"), "must not be empty".into());
        }
        if !is_valid_slug(&text.slug) {
            err(
                format!("texts[{i}].slug"),
                format!(
                    "{:?} must be lowercase letters or digits in words joined by single hyphens \
                     (at most {MAX_SLUG_CHARS} characters)",
                    text.slug
                ),
            );
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_protocol::ArticleText;

    fn config() -> SiteConfig {
        SiteConfig::parse(
            "site.toml",
            include_str!("../../../../tests/fixtures/publication/site.toml"),
        )
        .unwrap()
    }

    fn put() -> ArticlePut {
        ArticlePut {
            source_locale: "en-US".into(),
            section: "economy/asia".into(),
            tags: vec!["trade".into()],
            byline: "Mei Tanaka".into(),
            source_url: None,
            tier: "premium".into(),
            publish_at: None,
            texts: vec![ArticleText {
                locale: "en-US".into(),
                title: "Ports".into(),
                standfirst: "S".into(),
                body: "B".into(),
                slug: "ports-2026".into(),
            }],
        }
    }

    #[test]
    fn a_good_article_passes() {
        assert_eq!(check_article(&config(), &put()), vec![]);
    }

    #[test]
    fn complaints_name_their_fields() {
        let mut p = put();
        p.tier = "gold".into();
        p.section = "sport".into();
        p.source_url = Some("javascript:alert(1)".into());
        p.texts[0].locale = "pt".into();
        p.texts[0].title = " ".into();
        p.texts[0].slug = "Bad Slug".into();
        let fields: Vec<String> = check_article(&config(), &p)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "section",
                "tier",
                "source_url",
                "texts[0].locale",
                "texts[0].title",
                "texts[0].slug"
            ]
        );
        p.texts.clear();
        assert!(
            check_article(&config(), &p)
                .iter()
                .any(|e| e.field == "texts")
        );
    }
}
