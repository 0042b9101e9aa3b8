//! The desk's clock. Revisions are taken and thinned by age, so tests move time by hand
//! instead of sleeping.

use std::sync::Mutex;

use chrono::{DateTime, SecondsFormat, Utc};

#[derive(Debug, Default)]
pub(crate) struct Clock {
    fixed: Mutex<Option<DateTime<Utc>>>,
}

impl Clock {
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.fixed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or_else(Utc::now)
    }

    #[cfg(test)]
    pub(crate) fn set(&self, at: DateTime<Utc>) {
        *self.fixed.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
    }
}

/// The one timestamp format in the database: RFC 3339 in UTC with milliseconds, so that
/// comparing two stored times as text orders them in time.
pub(crate) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn parse_stamp(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
