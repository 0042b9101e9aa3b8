//! Dates as readers of each language write them: "26 November 2026", "26 novembre 2026",
//! "26. November 2026", "2026年11月26日", from CLDR data that ICU4X compiles into the
//! binary (no data files to deploy, no network).
//!
//! The site dates its pages with these, and the desk's preview with the same code, so
//! the date a journalist sees above a draft is the one readers will see.
//!
//! Timestamps are RFC 3339 UTC text. A page shows the calendar day in the site's time
//! zone (`time_zone` in site.toml): an article out at 23:30 UTC is dated the next day on
//! a site in Berlin, as its readers there saw it appear. The machine-readable `datetime`
//! beside it stays the UTC instant, which is the same moment. The Gregorian calendar is
//! fixed rather than taken from the locale, because an edition's dates must agree with
//! each other and with that `datetime`.

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_locale::Locale;
use serde::Serialize;
use ts_rs::TS;

/// A moment as a page shows it: for people and for machines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DateStamp {
    /// RFC 3339 to the second, for `<time datetime>`, feeds and JSON-LD.
    pub datetime: String,
    /// The long date in the page's language.
    pub display: String,
}

impl DateStamp {
    /// `None` for text that is not a timestamp (stored data is never trusted blindly).
    /// `zone` is the site's: the day shown is the day it was there.
    pub fn new(locale: &str, zone: Tz, timestamp: &str) -> Option<Self> {
        parse_timestamp(timestamp).map(|t| Self::at(locale, zone, t))
    }

    /// As [`DateStamp::new`], for an instant already read.
    pub fn at(locale: &str, zone: Tz, t: DateTime<Utc>) -> Self {
        Self {
            datetime: t.to_rfc3339_opts(SecondsFormat::Secs, true),
            display: long_date(locale, t.with_timezone(&zone).date_naive()),
        }
    }
}

/// An RFC 3339 timestamp as a UTC instant; `None` for anything else.
pub fn parse_timestamp(timestamp: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(timestamp)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// "26 November 2026" in `locale`; the ISO date when ICU4X has nothing for it. `day` is
/// a calendar day already in the site's zone.
pub fn long_date(locale: &str, day: NaiveDate) -> String {
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
        // Locales come from a site's configuration; the bound is only a backstop.
        if formatters.len() >= 64 && !formatters.contains_key(locale) {
            formatters.clear();
        }
        let formatter = formatters.entry(locale.to_owned()).or_insert_with(|| {
            FixedCalendarDateTimeFormatter::try_new(parsed.into(), YMD::long()).ok()
        });
        match formatter {
            Some(f) => f.format(&date).to_string(),
            None => fallback(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(locale: &str) -> String {
        DateStamp::new(locale, Tz::UTC, "2026-11-26T23:30:00.000000Z")
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
        let s = DateStamp::new("fr", Tz::UTC, "2026-11-26T23:30:00.123456Z").unwrap();
        assert_eq!(s.datetime, "2026-11-26T23:30:00Z");
        assert_eq!(DateStamp::new("fr", Tz::UTC, "yesterday"), None);
    }

    #[test]
    fn the_day_shown_is_the_day_in_the_sites_zone() {
        let late = "2026-11-26T23:30:00Z";
        let in_zone = |locale, zone| DateStamp::new(locale, zone, late).unwrap();
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
        let early = DateStamp::new("fr", chrono_tz::America::New_York, "2026-11-27T03:00:00Z");
        assert_eq!(early.unwrap().display, "26 novembre 2026");
        // Summer time counts: 22:30 UTC is 00:30 in Berlin in July (+02:00), but still
        // 23:30 on the same day in winter.
        let summer = DateStamp::new("en-US", berlin, "2026-07-14T22:30:00Z").unwrap();
        assert_eq!(summer.display, "July 15, 2026");
        let winter = DateStamp::new("en-US", berlin, "2026-01-14T22:30:00Z").unwrap();
        assert_eq!(winter.display, "January 14, 2026");
    }
}
