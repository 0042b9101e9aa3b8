//! `site.toml`: the publication's name, address, locales, time zone, tiers and sections.
//!
//! The file is checked as a whole before anything uses it, and every complaint names
//! the field at fault (`tiers[2].rank: duplicate rank 2`), because the operator who
//! reads it is editing that file by hand.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono_tz::Tz;
use dateline_protocol::{DEFAULT_TIME_ZONE, Role, Section, SiteInfo, Tier};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The tier every reader has, signed in or not.
pub const PUBLIC_TIER: &str = "public";
/// The tier of a free account; new subscribers start here.
pub const MEMBERS_TIER: &str = "members";

/// First path segments that the site's own pages use, so no section may take them.
const RESERVED_SECTIONS: &[&str] = &[
    "account",
    "assets",
    "api",
    "healthz",
    "language",
    "newsletter",
];

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: {message}")]
    Syntax { file: String, message: String },
    #[error("{file}: {field}: {message}")]
    Invalid {
        file: String,
        field: String,
        message: String,
    },
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub name: String,
    /// Where readers reach the site, without a trailing slash once validated.
    pub base_url: String,
    pub default_locale: String,
    pub locales: Vec<String>,
    /// The IANA time zone readers' dates are shown in (`Europe/Paris`); `UTC` when absent.
    /// An article published at 23:30 UTC is dated the next day on a site in Berlin.
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    /// `time_zone` as a zone, set once the name has been checked.
    #[serde(skip, default = "utc_zone")]
    zone: Tz,
    #[serde(default)]
    pub tiers: Vec<TierConfig>,
    #[serde(default)]
    pub sections: Vec<SectionConfig>,
    /// The site is reached through a reverse proxy that appends the client's address to
    /// `X-Forwarded-For`; only then is that header believed (for rate limits).
    #[serde(default)]
    pub behind_proxy: bool,
    #[serde(default)]
    pub mail: MailConfig,
    #[serde(default)]
    pub billing: BillingConfig,
}

fn default_time_zone() -> String {
    DEFAULT_TIME_ZONE.to_owned()
}

fn utc_zone() -> Tz {
    Tz::UTC
}

/// `[mail]`: how the site sends mail. Without `smtp_url`, mail is written to
/// `DIR/mail-spool/` for the operator to read or hand on.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    /// The sender, `Name <address>` or an address; by default the site's name at
    /// `noreply@` the base URL's host.
    #[serde(default)]
    pub from: Option<String>,
    /// `smtps://user@host:465` (TLS), `smtp://user@host:587?tls=required` (STARTTLS), or
    /// plain `smtp://localhost:25` to a relay on this machine.
    #[serde(default)]
    pub smtp_url: Option<String>,
    /// A file holding the SMTP password, so it need not sit in `smtp_url`; relative to
    /// the site folder. `DATELINE_SMTP_PASSWORD` is read when neither gives one.
    #[serde(default)]
    pub smtp_password_file: Option<std::path::PathBuf>,
}

// Not derived: `smtp_url` may hold a password, and the config is part of state that
// could be printed with `{:?}`.
impl std::fmt::Debug for MailConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailConfig")
            .field("from", &self.from)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("smtp_password_file", &self.smtp_password_file)
            .finish()
    }
}

/// `[billing]`: the payment provider's webhook.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BillingConfig {
    /// A file holding the webhook's signing secret, relative to the site folder. The
    /// secret never sits in site.toml itself; `DATELINE_BILLING_WEBHOOK_SECRET` is read
    /// when this is not set. Without either, the webhook is off.
    #[serde(default)]
    pub webhook_secret_file: Option<std::path::PathBuf>,
}

/// An SMTP URL with its password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(unparseable URL)".to_owned(),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierConfig {
    pub id: String,
    pub rank: u32,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionConfig {
    pub path: String,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

impl SiteConfig {
    /// Reads and validates a config file. Messages name the file by its file name.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |f| f.to_string_lossy().into_owned(),
        );
        Self::parse(&file, &text)
    }

    /// Parses and validates TOML text; `file` only labels the messages.
    pub fn parse(file: &str, text: &str) -> Result<Self, ConfigError> {
        let mut config: SiteConfig = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            file: file.to_owned(),
            message: e.message().to_owned()
                + &e.span()
                    .map(|s| format!(" (at line {})", line_of(text, s.start)))
                    .unwrap_or_default(),
        })?;
        config
            .validate()
            .map_err(|(field, message)| ConfigError::Invalid {
                file: file.to_owned(),
                field,
                message,
            })?;
        config.zone = parse_time_zone(&config.time_zone).unwrap_or(Tz::UTC);
        config.base_url = config.base_url.trim_end_matches('/').to_owned();
        Ok(config)
    }

    /// Replaces the base URL (for `serve --base-url`), with the same checks as the file.
    pub fn with_base_url(mut self, base_url: &str) -> Result<Self, ConfigError> {
        check_base_url(base_url).map_err(|message| ConfigError::Invalid {
            file: "--base-url".to_owned(),
            field: "base_url".to_owned(),
            message,
        })?;
        self.base_url = base_url.trim_end_matches('/').to_owned();
        Ok(self)
    }

    /// Every complaint is `(field, message)`; the first one found is returned.
    fn validate(&self) -> Result<(), (String, String)> {
        let err = |field: &str, message: String| Err((field.to_owned(), message));
        if self.name.trim().is_empty() {
            return err("name", "must not be empty".into());
        }
        if let Err(m) = check_base_url(&self.base_url) {
            return err("base_url", m);
        }
        if parse_time_zone(&self.time_zone).is_none() {
            return err(
                "time_zone",
                format!(
                    "{:?} is not an IANA time zone name (such as \"Europe/Paris\" or \"UTC\")",
                    self.time_zone
                ),
            );
        }

        if self.locales.is_empty() {
            return err("locales", "list at least one locale".into());
        }
        let mut seen = HashSet::new();
        for (i, locale) in self.locales.iter().enumerate() {
            check_locale(locale).or_else(|m| err(&format!("locales[{i}]"), m))?;
            if !seen.insert(locale.as_str()) {
                return err(
                    &format!("locales[{i}]"),
                    format!("duplicate locale {locale:?}"),
                );
            }
        }
        if !self.locales.contains(&self.default_locale) {
            return err(
                "default_locale",
                format!("{:?} is not one of locales", self.default_locale),
            );
        }

        let mut ids = HashSet::new();
        let mut ranks = HashSet::new();
        for (i, tier) in self.tiers.iter().enumerate() {
            if !is_identifier(&tier.id) {
                return err(
                    &format!("tiers[{i}].id"),
                    format!(
                        "{:?} must be lowercase letters, digits, '-' or '_'",
                        tier.id
                    ),
                );
            }
            if !ids.insert(tier.id.as_str()) {
                return err(
                    &format!("tiers[{i}].id"),
                    format!("duplicate tier id {:?}", tier.id),
                );
            }
            if !ranks.insert(tier.rank) {
                return err(
                    &format!("tiers[{i}].rank"),
                    format!("duplicate rank {}", tier.rank),
                );
            }
            self.check_names(&tier.names)
                .or_else(|m| err(&format!("tiers[{i}].names"), m))?;
        }
        // Readers who are not signed in are `public`, and accounts start as `members`:
        // both must exist, at the ranks the protocol documents.
        for (id, rank) in [(PUBLIC_TIER, 0), (MEMBERS_TIER, 1)] {
            match self.tiers.iter().position(|t| t.id == id) {
                None => return err("tiers", format!("must include {id:?} with rank {rank}")),
                Some(i) if self.tiers[i].rank != rank => {
                    return err(
                        &format!("tiers[{i}].rank"),
                        format!("tier {id:?} must have rank {rank}"),
                    );
                }
                Some(_) => {}
            }
        }

        let mut paths = HashSet::new();
        for (i, section) in self.sections.iter().enumerate() {
            let field = format!("sections[{i}].path");
            let segments: Vec<&str> = section.path.split('/').collect();
            if !segments.iter().all(|s| is_path_segment(s)) {
                return err(
                    &field,
                    format!(
                        "{:?} must be lowercase words of letters, digits and '-', separated by '/'",
                        section.path
                    ),
                );
            }
            if RESERVED_SECTIONS.contains(&segments[0]) {
                return err(
                    &field,
                    format!("{:?} is reserved for the site's own pages", segments[0]),
                );
            }
            if !paths.insert(section.path.as_str()) {
                return err(&field, format!("duplicate section {:?}", section.path));
            }
            self.check_names(&section.names)
                .or_else(|m| err(&format!("sections[{i}].names"), m))?;
        }
        for (i, section) in self.sections.iter().enumerate() {
            if let Some((parent, _)) = section.path.rsplit_once('/')
                && !paths.contains(parent)
            {
                return err(
                    &format!("sections[{i}].path"),
                    format!("parent section {parent:?} is not defined"),
                );
            }
        }
        self.validate_mail()
    }

    fn validate_mail(&self) -> Result<(), (String, String)> {
        let err = |field: &str, message: String| Err((field.to_owned(), message));
        let mail = &self.mail;
        if let Some(from) = &mail.from
            && from.parse::<lettre::message::Mailbox>().is_err()
        {
            return err(
                "mail.from",
                format!("{from:?} is not an address like \"Name <news@example.org>\""),
            );
        }
        let Some(smtp) = &mail.smtp_url else {
            if mail.smtp_password_file.is_some() {
                return err(
                    "mail.smtp_password_file",
                    "is set but mail.smtp_url is not".into(),
                );
            }
            return Ok(());
        };
        let shown = redact_url(smtp);
        let Ok(url) = url::Url::parse(smtp) else {
            return err("mail.smtp_url", format!("{shown} is not a URL"));
        };
        let host = url.host_str().unwrap_or_default();
        if host.is_empty() {
            return err("mail.smtp_url", format!("{shown} has no host"));
        }
        let encrypted = match url.scheme() {
            "smtps" => true,
            "smtp" => url
                .query_pairs()
                .any(|(k, v)| k == "tls" && (v == "required" || v == "opportunistic")),
            _ => {
                return err(
                    "mail.smtp_url",
                    format!("{shown} must start with smtps:// or smtp://"),
                );
            }
        };
        // Mail and the SMTP password cross a network only encrypted; an unencrypted
        // connection is for a relay on this machine.
        let loopback = host == "localhost"
            || host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        if !encrypted && !loopback {
            return err(
                "mail.smtp_url",
                format!(
                    "{shown} is unencrypted: use smtps://, or smtp://...?tls=required for STARTTLS"
                ),
            );
        }
        if url.password().is_some() && mail.smtp_password_file.is_some() {
            return err(
                "mail.smtp_password_file",
                "mail.smtp_url already holds a password: keep it in one place".into(),
            );
        }
        Ok(())
    }

    fn check_names(&self, names: &BTreeMap<String, String>) -> Result<(), String> {
        for (locale, name) in names {
            if !self.locales.contains(locale) {
                return Err(format!("{locale:?} is not one of locales"));
            }
            if name.trim().is_empty() {
                return Err(format!("the {locale:?} name must not be empty"));
            }
        }
        Ok(())
    }

    /// The zone readers' dates are shown in.
    pub fn zone(&self) -> Tz {
        self.zone
    }

    pub fn has_locale(&self, locale: &str) -> bool {
        self.locales.iter().any(|l| l == locale)
    }

    pub fn tier(&self, id: &str) -> Option<&TierConfig> {
        self.tiers.iter().find(|t| t.id == id)
    }

    pub fn section(&self, path: &str) -> Option<&SectionConfig> {
        self.sections.iter().find(|s| s.path == path)
    }

    /// The rank a reader's tier grants; a tier no longer configured grants what a free
    /// account does, so removing a tier from the file never grants more than it did.
    pub fn reader_rank(&self, id: &str) -> u32 {
        self.tier(id).map_or(1, |t| t.rank)
    }

    /// The rank an article's tier demands; a tier no longer configured demands more
    /// than any reader has, so the paywall fails closed.
    pub fn article_rank(&self, id: &str) -> u32 {
        self.tier(id).map_or(u32::MAX, |t| t.rank)
    }

    /// A tier's display name in `locale`, falling back to the default locale, then the id.
    pub fn tier_name(&self, id: &str, locale: &str) -> String {
        self.tier(id)
            .map(|t| self.localised(&t.names, locale))
            .and_then(|n| n.map(str::to_owned))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A section's display name in `locale`, falling back like [`Self::tier_name`].
    pub fn section_name(&self, path: &str, locale: &str) -> String {
        self.section(path)
            .and_then(|s| self.localised(&s.names, locale))
            .map(str::to_owned)
            .unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_owned())
    }

    fn localised<'a>(&self, names: &'a BTreeMap<String, String>, locale: &str) -> Option<&'a str> {
        names
            .get(locale)
            .or_else(|| names.get(&self.default_locale))
            .map(String::as_str)
    }

    /// What `GET /site` answers, for a caller holding `role`.
    pub fn site_info(&self, role: Role) -> SiteInfo {
        SiteInfo {
            name: self.name.clone(),
            base_url: self.base_url.clone(),
            default_locale: self.default_locale.clone(),
            locales: self.locales.clone(),
            time_zone: self.time_zone.clone(),
            tiers: self
                .tiers
                .iter()
                .map(|t| Tier {
                    id: t.id.clone(),
                    rank: t.rank,
                    names: t.names.clone(),
                })
                .collect(),
            sections: self
                .sections
                .iter()
                .map(|s| Section {
                    path: s.path.clone(),
                    names: s.names.clone(),
                })
                .collect(),
            role,
        }
    }

    /// Session cookies get `Secure` when readers reach the site over HTTPS.
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// An IANA zone by its exact name. Only names of the tz database are taken (no offsets
/// like `+02:00`, which would ignore summer time), spelt as the database does, so the
/// name the desk is told is one every tz library knows.
fn parse_time_zone(name: &str) -> Option<Tz> {
    name.parse::<Tz>().ok().filter(|z| z.name() == name)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn check_base_url(url: &str) -> Result<(), String> {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Err(format!("{url:?} must start with http:// or https://"));
    };
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        return Err(format!("{url:?} has no host"));
    }
    if url.contains(|c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>' | '\\')
    }) {
        return Err(format!(
            "{url:?} must be a plain address without query, fragment or spaces"
        ));
    }
    Ok(())
}

/// Locales appear in URLs and `lang` attributes, so they must be BCP 47 tags written the
/// canonical way (`en-US`, not `en_us`): two spellings would make two sites.
fn check_locale(locale: &str) -> Result<(), String> {
    match locale.parse::<LanguageIdentifier>() {
        Ok(id) if id.to_string().as_str() == locale => Ok(()),
        Ok(id) => Err(format!(
            "{locale:?} is not a canonical BCP 47 tag (write {:?})",
            id.to_string()
        )),
        Err(_) => Err(format!("{locale:?} is not a valid BCP 47 language tag")),
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn is_path_segment(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../../tests/fixtures/publication/site.toml");

    fn message(text: &str) -> String {
        SiteConfig::parse("site.toml", text)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn the_fixture_is_valid() {
        let c = SiteConfig::parse("site.toml", FIXTURE).unwrap();
        assert_eq!(c.name, "The Lantern Courier");
        assert_eq!(c.article_rank("premium"), 3);
        assert_eq!(c.reader_rank("premium"), 3);
        // Unknown tiers fail closed on both sides.
        assert_eq!(c.reader_rank("retired-tier"), 1);
        assert_eq!(c.article_rank("retired-tier"), u32::MAX);
        assert_eq!(c.tier_name("premium", "ja"), "プレミアム");
        assert_eq!(c.section_name("economy/asia", "fr"), "Asie");
        assert_eq!(c.section_name("economy/asia", "xx"), "Asia");
    }

    #[test]
    fn duplicate_rank_names_the_tier() {
        let text = FIXTURE.replace("id = \"members\"\nrank = 1", "id = \"members\"\nrank = 2");
        assert_eq!(message(&text), "site.toml: tiers[2].rank: duplicate rank 2");
    }

    #[test]
    fn default_locale_must_be_enabled() {
        let text = FIXTURE.replace("default_locale = \"en-US\"", "default_locale = \"pt\"");
        assert_eq!(
            message(&text),
            "site.toml: default_locale: \"pt\" is not one of locales"
        );
    }

    #[test]
    fn section_parent_must_exist() {
        let text = FIXTURE.replace("path = \"economy\"\n", "path = \"business\"\n");
        assert_eq!(
            message(&text),
            "site.toml: sections[2].path: parent section \"economy\" is not defined"
        );
    }

    #[test]
    fn public_tier_is_required_at_rank_zero() {
        let text = FIXTURE.replace("id = \"public\"", "id = \"everyone\"");
        assert_eq!(
            message(&text),
            "site.toml: tiers: must include \"public\" with rank 0"
        );
        let text = FIXTURE.replace("id = \"public\"\nrank = 0", "id = \"public\"\nrank = 7");
        assert_eq!(
            message(&text),
            "site.toml: tiers[0].rank: tier \"public\" must have rank 0"
        );
    }

    #[test]
    fn locales_must_be_bcp47() {
        let text = FIXTURE.replace("\"zh-Hans\"]", "\"not a tag\"]");
        assert_eq!(
            message(&text),
            "site.toml: locales[7]: \"not a tag\" is not a valid BCP 47 language tag"
        );
        let text = FIXTURE.replace("\"fr\", \"de\"", "\"fr\", \"de-de\"");
        assert!(message(&text).starts_with("site.toml: locales[2]: \"de-de\" is not a canonical"));
    }

    #[test]
    fn base_url_must_be_http() {
        let text = FIXTURE.replace("http://127.0.0.1:8080", "ftp://example.org");
        assert_eq!(
            message(&text),
            "site.toml: base_url: \"ftp://example.org\" must start with http:// or https://"
        );
    }

    #[test]
    fn reserved_and_malformed_sections_are_refused() {
        let text = FIXTURE.replace("path = \"culture\"", "path = \"account\"");
        assert!(message(&text).contains("sections[3].path: \"account\" is reserved"));
        let text = FIXTURE.replace("path = \"culture\"", "path = \"Culture/\"");
        assert!(message(&text).starts_with("site.toml: sections[3].path: \"Culture/\" must be"));
    }

    #[test]
    fn unknown_fields_and_syntax_errors_are_reported_with_the_file() {
        let m = message(&format!("{FIXTURE}\ncolour = \"red\"\n"));
        assert!(m.starts_with("site.toml: unknown field `colour`"), "{m}");
        assert!(message("name = ").starts_with("site.toml: "));
    }

    #[test]
    fn the_time_zone_is_checked_and_utc_by_default() {
        let c = SiteConfig::parse("site.toml", FIXTURE).unwrap();
        assert_eq!(c.time_zone, "Europe/Berlin");
        assert_eq!(c.zone(), chrono_tz::Europe::Berlin);
        assert_eq!(c.site_info(Role::Writer).time_zone, "Europe/Berlin");

        let without = FIXTURE.replace("time_zone = \"Europe/Berlin\"\n", "");
        let c = SiteConfig::parse("site.toml", &without).unwrap();
        assert_eq!((c.time_zone.as_str(), c.zone()), ("UTC", chrono_tz::UTC));

        for bad in ["Europe/Atlantis", "europe/berlin", "+02:00", ""] {
            let text = FIXTURE.replace("\"Europe/Berlin\"", &format!("{bad:?}"));
            assert_eq!(
                message(&text),
                format!(
                    "site.toml: time_zone: {bad:?} is not an IANA time zone name \
                     (such as \"Europe/Paris\" or \"UTC\")"
                )
            );
        }
    }

    #[test]
    fn base_url_override_is_checked_and_normalised() {
        let c = SiteConfig::parse("site.toml", FIXTURE).unwrap();
        assert!(c.clone().with_base_url("javascript:alert(1)").is_err());
        let c = c.with_base_url("https://news.example/").unwrap();
        assert_eq!(c.base_url, "https://news.example");
        assert!(c.is_https());
    }
}
