//! Who is asking, and how often: the client's address, and the limits on sign-in
//! attempts and on mail the site sends on a stranger's request.
//!
//! Counters live in the database ([`crate::storage::ReaderStore::rate_take`]), so
//! several `dateline-site` processes share them and a restart forgets nothing.
//!
//! The client's address is the TCP peer's. `X-Forwarded-For` is believed only when
//! site.toml says `behind_proxy = true`, and then only its last entry: the one our own
//! proxy appended (anything before it the client may have written). IPv6 clients are
//! counted by their /64, which one household or host usually holds whole.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use chrono::{DateTime, Utc};

use crate::app::AppState;
use crate::secrets::sha256_hex;
use crate::storage::RateCheck;

const FIFTEEN_MINUTES: i64 = 15 * 60;
const HOUR: i64 = 60 * 60;

/// Failed sign-ins allowed per address (whether or not it has an account) per window.
pub(crate) const SIGNIN_PER_EMAIL: u32 = 5;
/// Sign-in attempts allowed per client network per window.
pub(crate) const SIGNIN_PER_CLIENT: u32 = 20;
/// Mails one client may have the site send per hour (sign-ups, newsletter requests).
pub(crate) const MAIL_PER_CLIENT: u32 = 20;
/// Mails one address may receive per hour on strangers' requests: the site cannot be
/// used to flood someone's inbox.
pub(crate) const MAIL_PER_RECIPIENT: u32 = 5;

pub(crate) const SIGNIN_EMAIL_SCOPE: &str = "signin-email";

/// The client's network as a counter key: an IPv4 address, or an IPv6 /64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ClientNet(pub String);

impl ClientNet {
    pub(crate) fn from_ip(ip: IpAddr) -> Self {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
            v4 => v4,
        };
        Self(match ip {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        })
    }
}

impl FromRequestParts<AppState> for ClientNet {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        let forwarded = state
            .config
            .behind_proxy
            .then(|| last_forwarded_for(&parts.headers))
            .flatten();
        Ok(match forwarded.or(peer) {
            Some(ip) => Self::from_ip(ip),
            // Only a server started without connection info gets here; all such
            // clients then share one counter, which errs towards limiting.
            None => Self("unknown".to_owned()),
        })
    }
}

/// The last address in the `X-Forwarded-For` headers, if it is one.
fn last_forwarded_for(headers: &axum::http::HeaderMap) -> Option<IpAddr> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .next_back()
        .and_then(|s| s.trim().parse().ok())
}

/// An e-mail address as a counter key: hashed, so the table holds no addresses, and
/// normalised like sign-in does, so `Ana@` and `ana@` share a counter.
pub(crate) fn email_key(email: &str) -> String {
    sha256_hex(&email.trim().to_lowercase())
}

pub(crate) fn signin_checks(email_key: &str, client: &ClientNet) -> Vec<RateCheck> {
    vec![
        RateCheck {
            scope: SIGNIN_EMAIL_SCOPE,
            key: email_key.to_owned(),
            limit: SIGNIN_PER_EMAIL,
            window_secs: FIFTEEN_MINUTES,
        },
        RateCheck {
            scope: "signin-ip",
            key: client.0.clone(),
            limit: SIGNIN_PER_CLIENT,
            window_secs: FIFTEEN_MINUTES,
        },
    ]
}

pub(crate) fn mail_client_check(client: &ClientNet) -> RateCheck {
    RateCheck {
        scope: "mail-ip",
        key: client.0.clone(),
        limit: MAIL_PER_CLIENT,
        window_secs: HOUR,
    }
}

pub(crate) fn mail_recipient_check(email: &str) -> RateCheck {
    RateCheck {
        scope: "mail-to",
        key: email_key(email),
        limit: MAIL_PER_RECIPIENT,
        window_secs: HOUR,
    }
}

/// Whole minutes until `retry_at`, at least one: what the reader is told.
pub(crate) fn minutes_until(retry_at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    let seconds = (retry_at - now).num_seconds().max(1);
    (seconds + 59) / 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_are_counted_by_address_or_ipv6_network() {
        let v4: IpAddr = "203.0.113.7".parse().unwrap();
        assert_eq!(ClientNet::from_ip(v4).0, "203.0.113.7");
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert_eq!(ClientNet::from_ip(mapped).0, "203.0.113.7");
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(ClientNet::from_ip(a), ClientNet::from_ip(b));
        assert_eq!(ClientNet::from_ip(a).0, "2001:db8:1:2::/64");
    }

    #[test]
    fn only_the_proxys_own_entry_of_x_forwarded_for_counts() {
        let mut h = axum::http::HeaderMap::new();
        h.append("x-forwarded-for", "6.6.6.6, 198.51.100.1".parse().unwrap());
        h.append("x-forwarded-for", "203.0.113.9".parse().unwrap());
        assert_eq!(last_forwarded_for(&h), Some("203.0.113.9".parse().unwrap()));
        h.append("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(last_forwarded_for(&h), None);
    }

    #[test]
    fn minutes_round_up() {
        let now = Utc::now();
        assert_eq!(minutes_until(now, now), 1);
        assert_eq!(minutes_until(now + chrono::Duration::seconds(61), now), 2);
        assert_eq!(minutes_until(now + chrono::Duration::seconds(900), now), 15);
    }

    #[test]
    fn email_keys_ignore_case_and_hold_no_address() {
        assert_eq!(email_key(" Ana@Example.org"), email_key("ana@example.org"));
        assert!(!email_key("ana@example.org").contains("ana"));
    }
}
