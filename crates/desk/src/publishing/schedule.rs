//! Publishing at a time: wall-clock times in the site's zone or the editor's, across
//! daylight-saving changes.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::Desk;
use crate::clock::stamp;
use crate::error::{DeskError, Result};

/// A time in the site's zone and the editor's, from a wall-clock time in one of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ScheduleTime {
    /// RFC 3339, UTC: what is stored and sent.
    pub utc: String,
    /// `YYYY-MM-DDTHH:MM` in the site's zone and in the editor's.
    pub site_local: String,
    pub editor_local: String,
}

impl Desk {
    /// A wall-clock time in `zone` (`YYYY-MM-DDTHH:MM`) as an instant, shown in the
    /// site's zone and the editor's. A time that does not exist in the zone (the hour
    /// skipped when clocks go forward) or exists twice (when they go back) is refused
    /// with a message saying so.
    pub fn schedule_time(
        &self,
        local: &str,
        zone: &str,
        site_url: Option<&str>,
    ) -> Result<ScheduleTime> {
        let tz: chrono_tz::Tz = zone
            .parse()
            .map_err(|_| DeskError::invalid(format!("{zone:?} is not a time zone")))?;
        let naive = NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M")
            .map_err(|e| DeskError::invalid(format!("{local:?} is not a date and time: {e}")))?;
        let at = match tz.from_local_datetime(&naive) {
            chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
            chrono::LocalResult::None => {
                return Err(DeskError::invalid(format!(
                    "{local} does not exist in {zone} (the clocks skip that hour)"
                )));
            }
            chrono::LocalResult::Ambiguous(_, _) => {
                return Err(DeskError::invalid(format!(
                    "{local} happens twice in {zone} (the clocks go back that hour); choose \
                     another minute"
                )));
            }
        };
        let site_zone = self
            .site_info(&self.target_site(site_url)?)?
            .map(|s| s.time_zone)
            .unwrap_or_else(|| "UTC".into());
        Ok(ScheduleTime {
            utc: stamp(at),
            site_local: wall_clock(at, &site_zone),
            editor_local: wall_clock(at, &editor_time_zone()),
        })
    }
}

/// The editor's time zone (IANA name), or UTC if the OS does not say.
pub fn editor_time_zone() -> String {
    iana_time_zone::get_timezone().unwrap_or_else(|_| "UTC".into())
}

/// `at` as `YYYY-MM-DDTHH:MM` in `zone` (UTC if the zone is unknown).
fn wall_clock(at: DateTime<Utc>, zone: &str) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}
