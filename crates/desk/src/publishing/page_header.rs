//! The line under a preview's headline (byline, date, reading time) as the desk's site
//! will print it: worded by the site's own strings and dated by the site's own
//! formatter (`dateline_l10n`), in the site's time zone, with the date the site gives an
//! article that was published before.

use std::sync::LazyLock;

use chrono_tz::Tz;
use dateline_l10n::{DateStamp, Domain, FluentArgs, Localizer};
use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::parse_stamp;
use crate::error::Result;

/// The line under a headline, as the site will print it: in the text's language, in the
/// site's own words ("By …", "4 min read") and with the date its readers will see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PreviewMeta {
    /// "By Tove Aldemir"; `None` without a byline.
    pub byline: Option<String>,
    /// The article's date on the site: when it first appeared, when it is scheduled to,
    /// or today for a draft published now.
    pub published: DateStamp,
    /// An update sent now, on a later day than the article's date.
    pub updated: Option<DateStamp>,
    /// The word the site puts before that date ("Updated").
    pub updated_on: String,
    /// "4 min read".
    pub reading_time: String,
}

/// The site's built-in strings, which the desk formats as the site does.
static SITE_STRINGS: LazyLock<Option<Localizer>> =
    LazyLock::new(|| Localizer::builtin(Domain::Site).ok());

impl Desk {
    /// The line under the headline of `locale`'s text of article `id`, if it were sent
    /// to the desk's site now. `byline` and `reading_minutes` are the editor's current
    /// ones, which may be ahead of the stored article.
    pub fn preview_meta(
        &self,
        id: Uuid,
        locale: &str,
        byline: &str,
        reading_minutes: u32,
    ) -> Result<PreviewMeta> {
        let now = self.clock.now();
        let publish_at: Option<String> = self
            .db()
            .query_row(
                "SELECT publish_at FROM articles WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| crate::content::no_article(id))?;
        let site = self.site_url()?;
        let first_seen = match &site {
            Some(url) => super::publication(&self.db(), id, url)?.map(|p| p.first_published_at),
            None => None,
        };
        // The site's zone decides the day; without a site, the editor's is the guess.
        let zone = match &site {
            Some(url) => self.site_info(url)?.map(|s| s.time_zone),
            None => None,
        }
        .unwrap_or_else(super::editor_time_zone);
        let zone: Tz = zone.parse().unwrap_or(Tz::UTC);

        // The site's rule: a publish time wins; an update keeps the first appearance.
        let shown = publish_at
            .or(first_seen)
            .as_deref()
            .and_then(parse_stamp)
            .unwrap_or(now);
        let published = DateStamp::at(locale, zone, shown);
        let updated = Some(DateStamp::at(locale, zone, now.max(shown)))
            .filter(|u| u.display != published.display);
        let say = |id: &str, args: FluentArgs| match SITE_STRINGS.as_ref() {
            Some(strings) => strings.format(locale, id, Some(&args)),
            None => String::new(),
        };
        let byline = byline.trim();
        Ok(PreviewMeta {
            byline: (!byline.is_empty()).then(|| {
                let mut args = FluentArgs::new();
                args.set("byline", byline.to_owned());
                say("byline", args)
            }),
            published,
            updated,
            updated_on: say("updated-on", FluentArgs::new()),
            reading_time: {
                let mut args = FluentArgs::new();
                args.set("minutes", i64::from(reading_minutes));
                say("reading-time", args)
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::{DateTime, Utc};

    use super::*;
    use crate::testutil::{desk, edit};

    const SITE: &str = "https://ledger.example";

    fn at(s: &str) -> DateTime<Utc> {
        parse_stamp(s).unwrap()
    }

    /// A desk whose site is in Tokyo, nine hours ahead of UTC: the day readers see is
    /// often not the UTC one, which is what these tests need to tell apart.
    fn desk_in_tokyo() -> (tempfile::TempDir, Desk, Uuid) {
        let (dir, desk) = desk();
        let info = serde_json::json!({
            "name": "The Harbour Ledger", "base_url": SITE, "default_locale": "en-US",
            "locales": ["en-US", "fr", "ja"], "tiers": [], "sections": [],
            "time_zone": "Asia/Tokyo", "role": "editor",
        });
        desk.db()
            .execute(
                "INSERT INTO sites(url, info, refreshed_at, added_at) VALUES (?1, ?2, ?3, ?3)",
                rusqlite::params![SITE, info.to_string(), "2026-11-01T08:00:00Z"],
            )
            .unwrap();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Cranes idle", "The quay was quiet."))
            .unwrap();
        (dir, desk, a.id)
    }

    /// A send confirmed at `when` by a site that says readers first saw the article at
    /// `visible_at` (or, an older site, says nothing).
    fn confirmed(desk: &Desk, id: Uuid, when: &str, visible_at: Option<&str>) {
        let urls = BTreeMap::from([("en-US".to_owned(), format!("{SITE}/en-US/x"))]);
        super::super::publications::record_publication(
            &desk.db(),
            id,
            SITE,
            1,
            &urls,
            visible_at.map(at),
            at(when),
        )
        .unwrap();
    }

    fn sent(desk: &Desk, id: Uuid, when: &str) {
        confirmed(desk, id, when, None);
    }

    #[test]
    fn a_draft_is_dated_today_in_the_sites_zone_and_worded_as_the_site_words_it() {
        let (_dir, desk, id) = desk_in_tokyo();
        // 20:00 UTC on the 26th is already the 27th in Tokyo.
        desk.clock.set(at("2026-11-26T20:00:00Z"));
        let meta = desk.preview_meta(id, "en-US", " Tove Aldemir ", 3).unwrap();
        assert_eq!(meta.published.display, "November 27, 2026");
        assert_eq!(meta.published.datetime, "2026-11-26T20:00:00Z");
        assert_eq!(meta.updated, None);
        let strings = Localizer::builtin(Domain::Site).unwrap();
        let mut args = FluentArgs::new();
        args.set("byline", "Tove Aldemir");
        assert_eq!(
            meta.byline,
            Some(strings.format("en-US", "byline", Some(&args)))
        );
        assert!(meta.byline.unwrap().contains("Tove Aldemir"));
        assert!(meta.reading_time.contains('3'), "{}", meta.reading_time);

        // Another text of the same article: the site's words and dates in its language.
        let french = desk.preview_meta(id, "fr", "Tove Aldemir", 3).unwrap();
        assert_eq!(french.published.display, "27 novembre 2026");
        assert_ne!(french.reading_time, meta.reading_time);
        assert_eq!(desk.preview_meta(id, "fr", "  ", 3).unwrap().byline, None);
    }

    #[test]
    fn a_published_article_keeps_its_first_date_and_an_update_on_a_later_day_says_so() {
        let (_dir, desk, id) = desk_in_tokyo();
        sent(&desk, id, "2026-11-20T01:00:00Z");
        // A second send a few days later is an update, not a new date.
        sent(&desk, id, "2026-11-24T01:00:00Z");
        desk.clock.set(at("2026-11-26T20:00:00Z"));
        let meta = desk.preview_meta(id, "en-US", "", 1).unwrap();
        assert_eq!(meta.published.display, "November 20, 2026");
        assert_eq!(meta.updated.unwrap().display, "November 27, 2026");
        assert_eq!(meta.updated_on, "Updated");

        // The same day: nothing to announce.
        desk.clock.set(at("2026-11-20T03:00:00Z"));
        assert_eq!(desk.preview_meta(id, "en-US", "", 1).unwrap().updated, None);
    }

    #[test]
    fn the_sites_date_wins_over_this_desks_first_send() {
        // Another desk published it on the 10th; this one first sends an update later.
        let (_dir, desk, id) = desk_in_tokyo();
        confirmed(
            &desk,
            id,
            "2026-11-24T01:00:00Z",
            Some("2026-11-10T01:00:00Z"),
        );
        desk.clock.set(at("2026-11-26T20:00:00Z"));
        let meta = desk.preview_meta(id, "en-US", "", 1).unwrap();
        assert_eq!(meta.published.display, "November 10, 2026");
        // A later answer without the field keeps what the site said.
        sent(&desk, id, "2026-11-25T01:00:00Z");
        let meta = desk.preview_meta(id, "en-US", "", 1).unwrap();
        assert_eq!(meta.published.display, "November 10, 2026");
    }

    #[test]
    fn a_scheduled_article_is_dated_when_it_will_appear() {
        let (_dir, desk, id) = desk_in_tokyo();
        desk.db()
            .execute(
                "UPDATE articles SET publish_at = '2026-12-23T16:00:00.000Z' WHERE id = ?1",
                [id.to_string()],
            )
            .unwrap();
        desk.clock.set(at("2026-11-26T20:00:00Z"));
        let meta = desk.preview_meta(id, "ja", "", 1).unwrap();
        assert_eq!(meta.published.display, "2026年12月24日");
        assert_eq!(meta.updated, None);
    }

    #[test]
    fn an_unknown_article_is_refused() {
        let (_dir, desk, _) = desk_in_tokyo();
        let err = desk
            .preview_meta(Uuid::now_v7(), "en-US", "", 1)
            .unwrap_err();
        assert_eq!(err.code, crate::DeskErrorCode::NotFound);
    }
}
