//! Interface strings for the desk and the site, in Fluent.
//!
//! The strings live in `locales/<locale>/{desk,site}.ftl` (en-US is the reference) and
//! are built into the binaries by `build.rs`. This crate negotiates a reader's or a
//! user's language against the locales that exist, and formats messages with a fallback
//! to en-US, so a missing translation shows English rather than a message id.
//!
//! The site's strings can be overridden per locale while it runs (the newsroom sends its
//! own `.ftl` through the API): [`Localizer::set_override`] installs one, checked first by
//! [`check_override`] so that it can only replace messages that exist.

mod check;
mod compare;
mod dates;
mod document;
mod form;
mod numbers;
mod pseudo;
mod syntax;

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

mod catalog {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

pub use check::{FtlProblem, check_override};
pub use compare::{
    Code, ConfigError, FileReport, Filters, Finding, LocaleFiles, Project, Severity, check_folder,
    check_project, check_translation, check_translation_among, folder_project, load_config,
    ordinal_categories, plural_categories, plural_samples,
};
pub use dates::{DateStamp, long_date, parse_timestamp};
pub use document::{EditError, FtlDocument, Part, translator_notes};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use form::{
    EntryForm, FormArgument, FormAttribute, FormError, FormField, FormVariant, PluralSample,
    compose_entry, entry_form,
};
pub use pseudo::{Pseudo, pseudo_source};
pub use syntax::{Explained, SyntaxProblem, explain as explain_syntax_error};

/// The locale every other one falls back to, and the reference for translators.
pub const REFERENCE_LOCALE: &str = "en-US";

/// Which program's strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    Desk,
    Site,
}

impl Domain {
    fn file_stem(self) -> &'static str {
        match self {
            Domain::Desk => "desk",
            Domain::Site => "site",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("{locale}/{domain}.ftl: {message}")]
    Syntax {
        locale: String,
        domain: &'static str,
        message: String,
    },
    #[error("{0:?} is not a valid locale identifier")]
    BadLocale(String),
}

/// The built-in .ftl source of `locale` for `domain`, if that locale has one.
pub fn builtin_source(domain: Domain, locale: &str) -> Option<&'static str> {
    catalog::CATALOG
        .iter()
        .find(|(l, d, _)| *l == locale && *d == domain.file_stem())
        .map(|(_, _, src)| *src)
}

/// The locales that have built-in strings for `domain`, sorted.
pub fn builtin_locales(domain: Domain) -> Vec<&'static str> {
    catalog::CATALOG
        .iter()
        .filter(|(_, d, _)| *d == domain.file_stem())
        .map(|(l, _, _)| *l)
        .collect()
}

/// Picks the best of `available` for a user who asked for `requested` (most wanted
/// first, as in Accept-Language), falling back to `default`.
pub fn negotiate<'a>(requested: &[&str], available: &[&'a str], default: &'a str) -> &'a str {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|r| r.parse().ok()).collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default_id: Option<LanguageIdentifier> = default.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &avail,
        default_id.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| {
            let s = id.to_string();
            available.iter().find(|a| **a == s).copied()
        })
        .unwrap_or(default)
}

/// Parses an `Accept-Language` header into language tags, most wanted first.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut tags: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            (q > 0.0).then(|| (q, i, tag.to_owned()))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, t)| t).collect()
}

type Bundle = FluentBundle<FluentResource>;

/// Formatted messages for every locale of one domain. Cheap to share between threads.
pub struct Localizer {
    domain: Domain,
    bundles: HashMap<String, Bundle>,
    /// Replacements installed while running, by locale. Read on every message, written
    /// rarely; an `Arc` lets a reader format without holding the lock.
    overrides: RwLock<HashMap<String, Override>>,
}

struct Override {
    version: u64,
    bundle: Arc<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("domain", &self.domain)
            .field("locales", &self.locales())
            .field("overridden", &self.overridden())
            .finish()
    }
}

impl Localizer {
    /// Builds bundles from the built-in strings. A syntax error in a built-in file is a
    /// bug in the repository and is reported, not skipped.
    pub fn builtin(domain: Domain) -> Result<Self, L10nError> {
        let mut bundles = HashMap::new();
        for locale in builtin_locales(domain) {
            let source = builtin_source(domain, locale).unwrap_or_default();
            bundles.insert(
                locale.to_owned(),
                bundle_from_source(locale, domain.file_stem(), source)?,
            );
        }
        Ok(Self {
            domain,
            bundles,
            overrides: RwLock::new(HashMap::new()),
        })
    }

    /// Makes `source` the override of `locale`'s strings, replacing an older one, unless
    /// the installed override is already at `version` or newer (two writes that finish
    /// out of order leave the newer in place). Returns whether it was installed.
    ///
    /// `source` should have passed [`check_override`]; here it only has to parse.
    pub fn set_override(
        &self,
        locale: &str,
        version: u64,
        source: &str,
    ) -> Result<bool, L10nError> {
        let bundle = Arc::new(bundle_from_source(locale, self.domain.file_stem(), source)?);
        let mut overrides = self.overrides.write().unwrap_or_else(|e| e.into_inner());
        if overrides.get(locale).is_some_and(|o| o.version >= version) {
            return Ok(false);
        }
        overrides.insert(locale.to_owned(), Override { version, bundle });
        Ok(true)
    }

    /// The version of `locale`'s installed override, if it has one.
    pub fn override_version(&self, locale: &str) -> Option<u64> {
        self.read_overrides().get(locale).map(|o| o.version)
    }

    /// The locales that have an override, sorted.
    pub fn overridden(&self) -> Vec<String> {
        let mut l: Vec<String> = self.read_overrides().keys().cloned().collect();
        l.sort_unstable();
        l
    }

    fn read_overrides(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Override>> {
        // Writers replace whole entries, so a panic elsewhere cannot leave one half-made.
        self.overrides.read().unwrap_or_else(|e| e.into_inner())
    }

    fn override_bundle(&self, locale: &str) -> Option<Arc<Bundle>> {
        self.read_overrides().get(locale).map(|o| o.bundle.clone())
    }

    pub fn locales(&self) -> Vec<&str> {
        let mut l: Vec<&str> = self.bundles.keys().map(String::as_str).collect();
        l.sort_unstable();
        l
    }

    /// Formats message `id` in `locale`: its override, then its built-in string, then the
    /// same two in en-US, then the id itself.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for loc in [locale, REFERENCE_LOCALE] {
            let overridden = self.override_bundle(loc);
            for bundle in overridden
                .as_deref()
                .into_iter()
                .chain(self.bundles.get(loc))
            {
                if let Some(text) = format_in(bundle, id, args) {
                    return text;
                }
            }
        }
        id.to_owned()
    }

    /// Whether `locale` writes right to left.
    pub fn is_rtl(locale: &str) -> bool {
        locale
            .parse::<LanguageIdentifier>()
            .map(|id| id.character_direction() == unic_langid::CharacterDirection::RTL)
            .unwrap_or(false)
    }
}

fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn bundle_from_source(
    locale: &str,
    domain: &'static str,
    source: &str,
) -> Result<Bundle, L10nError> {
    let id: LanguageIdentifier = locale
        .parse()
        .map_err(|_| L10nError::BadLocale(locale.to_owned()))?;
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errs)| L10nError::Syntax {
            locale: locale.to_owned(),
            domain,
            message: errs
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeables confuse tests and plain-text outputs
    // (feeds, e-mail subjects); the templates set `dir` on their elements instead.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::format));
    bundle
        .add_resource(resource)
        .map_err(|errs| L10nError::Syntax {
            locale: locale.to_owned(),
            domain,
            message: format!("{} duplicate or invalid entries", errs.len()),
        })?;
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_file_parses() {
        for domain in [Domain::Desk, Domain::Site] {
            let l = Localizer::builtin(domain).unwrap();
            assert!(l.locales().contains(&"en-US"));
            assert!(l.locales().contains(&"fr"));
        }
    }

    #[test]
    fn every_locale_has_every_reference_message() {
        for domain in [Domain::Desk, Domain::Site] {
            let reference = message_ids(builtin_source(domain, REFERENCE_LOCALE).unwrap());
            for locale in builtin_locales(domain) {
                let ids = message_ids(builtin_source(domain, locale).unwrap());
                let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
                assert!(missing.is_empty(), "{locale}/{domain:?} lacks {missing:?}");
            }
        }
    }

    fn message_ids(source: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn formats_with_fallback_to_reference() {
        let l = Localizer::builtin(Domain::Site).unwrap();
        assert_eq!(l.format("fr", "subscribe-button", None), "S’abonner");
        assert_eq!(l.format("xx", "subscribe-button", None), "Subscribe");
        assert_eq!(l.format("fr", "no-such-message", None), "no-such-message");
    }

    #[test]
    fn an_override_comes_first_then_the_builtin_then_the_reference() {
        let l = Localizer::builtin(Domain::Site).unwrap();
        assert!(
            l.set_override("fr", 1, "subscribe-button = Rejoignez-nous\n")
                .unwrap()
        );
        assert_eq!(l.format("fr", "subscribe-button", None), "Rejoignez-nous");
        // Messages the override leaves out keep their built-in French.
        assert_eq!(l.format("fr", "signin-link", None), "Se connecter");
        // Other locales are untouched.
        assert_eq!(l.format("de", "subscribe-button", None), "Abonnieren");

        // An en-US override reaches locales that fall back to en-US.
        l.set_override("en-US", 1, "subscribe-button = Join us\n")
            .unwrap();
        assert_eq!(l.format("pt", "subscribe-button", None), "Join us");
        assert_eq!(l.format("fr", "subscribe-button", None), "Rejoignez-nous");
        assert_eq!(l.overridden(), ["en-US", "fr"]);
    }

    #[test]
    fn overrides_take_variables_and_plural_rules_of_their_locale() {
        let l = Localizer::builtin(Domain::Site).unwrap();
        l.set_override(
            "fr",
            1,
            "reading-time = { $minutes ->\n    [one] { $minutes } minute\n   *[other] { $minutes } minutes\n} de lecture\n",
        )
        .unwrap();
        let mut args = FluentArgs::new();
        args.set("minutes", 1);
        assert_eq!(
            l.format("fr", "reading-time", Some(&args)),
            "1 minute de lecture"
        );
        args.set("minutes", 4);
        assert_eq!(
            l.format("fr", "reading-time", Some(&args)),
            "4 minutes de lecture"
        );
    }

    #[test]
    fn an_older_override_never_replaces_a_newer_one() {
        let l = Localizer::builtin(Domain::Site).unwrap();
        assert!(
            l.set_override("de", 3, "subscribe-button = Drei\n")
                .unwrap()
        );
        assert!(
            !l.set_override("de", 2, "subscribe-button = Zwei\n")
                .unwrap()
        );
        assert_eq!(l.format("de", "subscribe-button", None), "Drei");
        assert_eq!(l.override_version("de"), Some(3));
        assert!(l.set_override("de", 4, "").unwrap());
        // An empty override brings the built-in strings back.
        assert_eq!(l.format("de", "subscribe-button", None), "Abonnieren");
        assert!(l.set_override("de", 5, "subscribe-button = {").is_err());
        assert_eq!(l.override_version("de"), Some(4));
    }

    #[test]
    fn negotiates_accept_language() {
        let tags = parse_accept_language("de-CH;q=0.9, fr-CA, en;q=0.1, *;q=0.5");
        assert_eq!(tags, vec!["fr-CA", "de-CH", "en"]);
        let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
        let avail = ["en-US", "fr", "de"];
        assert_eq!(negotiate(&tags, &avail, "en-US"), "fr");
        assert_eq!(negotiate(&["pt-BR"], &avail, "en-US"), "en-US");
        assert_eq!(negotiate(&["en-GB"], &avail, "de"), "en-US");
    }

    #[test]
    fn every_claimed_locale_is_built_in() {
        let claimed = ["en-US", "fr", "de", "es", "pt-BR", "ar", "ja", "zh-Hans"];
        for domain in [Domain::Desk, Domain::Site] {
            let mut builtin = builtin_locales(domain);
            builtin.sort_unstable();
            let mut expected = claimed.to_vec();
            expected.sort_unstable();
            assert_eq!(builtin, expected, "{domain:?}");
        }
    }

    #[test]
    fn chinese_and_brazilian_portuguese_are_negotiated_from_os_and_browser_tags() {
        let avail = builtin_locales(Domain::Desk);
        for (asked, chosen) in [
            ("zh-CN", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("zh-Hans-CN", "zh-Hans"),
            ("pt-BR", "pt-BR"),
            ("pt", "pt-BR"),
        ] {
            assert_eq!(negotiate(&[asked], &avail, "en-US"), chosen, "{asked}");
        }
    }

    #[test]
    fn new_locales_follow_their_plural_rules() {
        let l = Localizer::builtin(Domain::Desk).unwrap();
        let words = |locale: &str, n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            l.format(locale, "preview-words", Some(&args))
        };
        assert_eq!(words("pt-BR", 1), "1 palavra");
        assert_eq!(words("pt-BR", 0), "0 palavras");
        assert_eq!(words("pt-BR", 7), "7 palavras");
        assert_eq!(words("zh-Hans", 1), "1 字");
        assert_eq!(words("zh-Hans", 7), "7 字");

        let site = Localizer::builtin(Domain::Site).unwrap();
        let mut args = FluentArgs::new();
        args.set("minutes", 1);
        assert_eq!(
            site.format("pt-BR", "try-again-in", Some(&args)),
            "Tente novamente em 1 minuto."
        );
        args.set("minutes", 5);
        assert_eq!(
            site.format("zh-Hans", "try-again-in", Some(&args)),
            "请在 5 分钟后重试。"
        );
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert!(Localizer::is_rtl("ar"));
        assert!(!Localizer::is_rtl("ja"));
    }
}
