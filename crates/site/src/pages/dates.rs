//! Dates on the site's pages. How a date is written in each language, and which day a
//! moment falls on in the site's zone, is `dateline_l10n`'s (the desk's preview dates
//! drafts with the same code); this module adds what only pages need.

use chrono::{DateTime, SecondsFormat, Utc};
use icu_locale::{Locale, LocaleExpander};

/// A moment as a page shows it: for people and for machines.
pub(crate) use dateline_l10n::DateStamp as Stamp;

pub(crate) fn parse(timestamp: &str) -> Option<DateTime<Utc>> {
    dateline_l10n::parse_timestamp(timestamp)
}

/// RFC 3339 to the second; the text itself when it cannot be read.
pub(crate) fn iso(timestamp: &str) -> String {
    parse(timestamp).map_or_else(
        || timestamp.to_owned(),
        |t| t.to_rfc3339_opts(SecondsFormat::Secs, true),
    )
}

/// The locale as Open Graph spells it, `language_TERRITORY`: `fr` becomes `fr_FR`, `ar`
/// `ar_EG`, by CLDR's likely subtags.
pub(crate) fn og_locale(locale: &str) -> String {
    let Ok(mut id) = locale.parse::<Locale>().map(|l| l.id) else {
        return locale.replace('-', "_");
    };
    LocaleExpander::new_common().maximize(&mut id);
    match id.region {
        Some(region) => format!("{}_{}", id.language, region),
        None => id.language.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_dates_are_rfc3339_to_the_second() {
        assert_eq!(iso("2026-01-02T03:04:05.000000Z"), "2026-01-02T03:04:05Z");
        assert_eq!(iso("yesterday"), "yesterday");
    }

    #[test]
    fn open_graph_locales_have_a_territory() {
        assert_eq!(og_locale("en-US"), "en_US");
        assert_eq!(og_locale("fr"), "fr_FR");
        assert_eq!(og_locale("ja"), "ja_JP");
        assert_eq!(og_locale("ar"), "ar_EG");
        assert_eq!(og_locale("pt-BR"), "pt_BR");
        assert_eq!(og_locale("zh-Hans"), "zh_CN");
    }
}
