//! The rules an article's metadata must follow before it is stored, shared by the
//! editor's saves and by imports, so a file can never bring in what the editor refuses.

use crate::error::{DeskError, Result};

/// Tags trimmed, empty ones dropped, duplicates (ignoring case) removed, the first
/// spelling kept and the order kept: the order is the journalist's.
pub(crate) fn normalise_tags<S: AsRef<str>>(tags: &[S]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = tag
            .as_ref()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !tag.is_empty() && !out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            out.push(tag);
        }
    }
    out
}

/// A syndicated piece's source link: http or https with a host, or none.
pub(crate) fn check_source_url(url: Option<&str>) -> Result<Option<String>> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {
            Ok(Some(url.to_owned()))
        }
        _ => Err(DeskError::invalid(format!(
            "the source link {url:?} is not a web address (it must start with https:// or http://)"
        ))),
    }
}

/// An empty slug means "make one from the headline when publishing".
pub(crate) fn check_slug(slug: &str) -> Result<()> {
    if slug.is_empty() || dateline_protocol::is_valid_slug(slug) {
        Ok(())
    } else {
        Err(DeskError::invalid(format!(
            "the slug {slug:?} may hold only lowercase letters, digits and single hyphens"
        )))
    }
}

pub(crate) fn check_tier(tier: &str) -> Result<()> {
    if tier.trim().is_empty() {
        Err(DeskError::invalid("the access tier is empty"))
    } else {
        Ok(())
    }
}

/// A language tag as the desk uses them (`en`, `fr`, `pt-BR`, `zh-Hant`): letters,
/// then subtags of letters and digits joined by hyphens. It names files on export, so
/// nothing else may pass.
pub(crate) fn check_locale(locale: &str) -> Result<()> {
    let mut parts = locale.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(DeskError::invalid(format!(
            "{locale:?} is not a language tag"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            normalise_tags(&["  ports ", "Ports", "", "shipping  news", "ports", "  "]),
            vec!["ports", "shipping news"]
        );
    }

    #[test]
    fn source_links_must_be_web_addresses() {
        assert_eq!(check_source_url(None).unwrap(), None);
        assert_eq!(check_source_url(Some("  ")).unwrap(), None);
        assert_eq!(
            check_source_url(Some(" https://example.org/a ")).unwrap(),
            Some("https://example.org/a".into())
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org/",
            "example.org",
            "file:///etc/passwd",
        ] {
            assert!(check_source_url(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_and_locales() {
        assert!(check_slug("").is_ok());
        assert!(check_slug("économie-verte").is_ok());
        assert!(check_slug("Bad Slug").is_err());
        for good in ["en", "fr", "pt-BR", "zh-Hant", "ar"] {
            assert!(check_locale(good).is_ok(), "{good}");
        }
        for bad in ["", "e", "../x", "en_US", "en-", "fr/../../x"] {
            assert!(check_locale(bad).is_err(), "{bad}");
        }
    }
}
