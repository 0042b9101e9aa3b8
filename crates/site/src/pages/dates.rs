//! Dates as readers of each language write them: "26 November 2026", "26 novembre 2026",
//! "26. November 2026", "2026年11月26日", from CLDR data that ICU4X compiles into the
//! binary (no data files to deploy, no network).
//!
//! Timestamps are stored as RFC 3339 UTC text. A page shows the calendar day in the
//! site's time zone (`time_zone` in site.toml): an article out at 23:30 UTC is dated the
//! next day on a site in Berlin, as its readers there saw it appear. The machine-readable
//! `datetime` beside it stays the UTC instant, which is the same moment. The Gregorian
//! calendar is fixed rather than taken from the locale, because an edition's dates must
//! agree with each other and with that `datetime`.

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_locale::{Locale, LocaleExpander};
use serde::Serialize;

/// A moment as a page shows it: for people and for machines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Stamp {
    /// RFC 3339 to the second, for `<time datetime>`, feeds and JSON-LD.
    pub datetime: String,
    /// The long date in the page's language.
    pub display: String,
}

impl Stamp {
    /// `None` for text that is not a timestamp (stored data is never trusted blindly).
    /// `zone` is the site's: the day shown is the day it was there.
    pub(crate) fn new(locale: &str, zone: Tz, timestamp: &str) -> Option<Self> {
        let t = parse(timestamp)?;
        Some(Self {
            datetime: t.to_rfc3339_opts(SecondsFormat::Secs, true),
            display: long_date(locale, t.with_timezone(&zone).date_naive()),
        })
    }
}

pub(crate) fn parse(timestamp: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(timestamp)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// RFC 3339 to the second; the text itself when it cannot be read.
pub(crate) fn iso(timestamp: &str) -> String {
    parse(timestamp).map_or_else(
        || timestamp.to_owned(),
        |t| t.to_rfc3339_opts(SecondsFormat::Secs, true),
    )
}

/// "26 November 2026" in `locale`; the ISO date when ICU4X has nothing for it. `day` is
/// a calendar day already in the site's zone.
pub(crate) fn long_date(locale: &str, day: NaiveDate) -> String {
    let fallback = || day.format("%Y-%m-%d").to_string();
    let Ok(parsed) = locale.parse::<Locale>() else {
        return fallback();
    };
    let Ok(date) = Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8) else {
        return fallback();
    };
    // One formatter per locale and thread: making one was a twentieth of a signed-in
    // reader's page, and a thread-local keeps it (not `Send` without ICU4X's `sync`
    // feature) out of shared state.
    thread_local! {
        static FORMATTERS: std::cell::RefCell<
            std::collections::HashMap<String, Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>>,
        > = Default::default();
    }
    FORMATTERS.with_borrow_mut(|formatters| {
        // Locales come from the site's configuration; the bound is only a backstop.
        if formatters.len() >= 64 && !formatters.contains_key(locale) {
            formatters.clear();
        }
        let formatter = formatters.entry(locale.to_owned()).or_insert_with(|| {
            FixedCalendarDateTimeFormatter::try_new(parsed.into(), YMD::long())
                .inspect_err(|e| tracing::warn!("no date format for {locale}: {e}"))
                .ok()
        });
        match formatter {
            Some(f) => f.format(&date).to_string(),
            None => fallback(),
        }
    })
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

    fn on(locale: &str) -> String {
        Stamp::new(locale, Tz::UTC, "2026-11-26T23:30:00.000000Z")
            .unwrap()
            .display
    }

    #[test]
    fn long_dates_follow_each_language() {
        assert_eq!(on("en-US"), "November 26, 2026");
        assert_eq!(on("fr"), "26 novembre 2026");
        assert_eq!(on("de"), "26. November 2026");
        assert_eq!(on("es"), "26 de noviembre de 2026");
        assert_eq!(on("ja"), "2026年11月26日");
        assert_eq!(on("pt-BR"), "26 de novembro de 2026");
        assert_eq!(on("zh-Hans"), "2026年11月26日");
        assert!(on("ar").contains("نوفمبر"), "{}", on("ar"));
        // A tag ICU4X has no data for still gets a date, never an error.
        assert!(on("xx").contains("2026"), "{}", on("xx"));
        assert!(on("not a tag!").contains("2026"));
    }

    #[test]
    fn machine_dates_are_rfc3339_to_the_second() {
        let s = Stamp::new("fr", Tz::UTC, "2026-11-26T23:30:00.123456Z").unwrap();
        assert_eq!(s.datetime, "2026-11-26T23:30:00Z");
        assert_eq!(Stamp::new("fr", Tz::UTC, "yesterday"), None);
        assert_eq!(iso("2026-01-02T03:04:05.000000Z"), "2026-01-02T03:04:05Z");
    }

    #[test]
    fn the_day_shown_is_the_day_in_the_sites_zone() {
        let late = "2026-11-26T23:30:00Z";
        let in_zone = |locale, zone| Stamp::new(locale, zone, late).unwrap();
        // East of UTC it is already the next day, in winter (+01:00)...
        let berlin = chrono_tz::Europe::Berlin;
        assert_eq!(in_zone("en-US", berlin).display, "November 27, 2026");
        assert_eq!(in_zone("de", berlin).display, "27. November 2026");
        assert_eq!(in_zone("fr", berlin).display, "27 novembre 2026");
        assert_eq!(
            in_zone("ja", chrono_tz::Asia::Tokyo).display,
            "2026年11月27日"
        );
        // ...and the instant for machines is unchanged.
        assert_eq!(in_zone("de", berlin).datetime, "2026-11-26T23:30:00Z");
        // West of UTC, an early-morning UTC article is still the day before.
        let early = Stamp::new("fr", chrono_tz::America::New_York, "2026-11-27T03:00:00Z");
        assert_eq!(early.unwrap().display, "26 novembre 2026");
        // Summer time counts: 22:30 UTC is 00:30 in Berlin in July (+02:00), but still
        // 23:30 on the same day in winter.
        let summer = Stamp::new("en-US", berlin, "2026-07-14T22:30:00Z").unwrap();
        assert_eq!(summer.display, "July 15, 2026");
        let winter = Stamp::new("en-US", berlin, "2026-01-14T22:30:00Z").unwrap();
        assert_eq!(winter.display, "January 14, 2026");
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
