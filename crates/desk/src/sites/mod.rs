//! The sites the desk publishes to: their addresses and last known descriptions in the
//! database, their tokens in the OS keyring and nowhere else.
//!
//! A newsroom may publish to more than one site. The first one added is the default (the
//! header's site, the sections offered to a new article). A site's description (`GET
//! /site`: name, role, locales, sections, tiers, time zone) is kept so that everything
//! that depends on it works offline, and refreshed whenever the site answers.

pub(crate) mod client;
pub(crate) mod keyring;

use dateline_protocol::SiteInfo;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

use crate::clock::stamp;
use crate::error::{DeskError, DeskErrorCode, Result};
use crate::sites::client::{SiteClient, normalise_url};

use crate::Desk;

/// What the desk knows about its site, for the header and the tier list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SiteStatus {
    pub url: Option<String>,
    /// The site's answer to `GET /site`, or the copy kept from the last connection.
    pub info: Option<dateline_protocol::SiteInfo>,
    /// Whether `info` is fresh from the site.
    pub online: bool,
    /// Why the site could not be reached or the token not read, if so.
    pub problem: Option<DeskError>,
}

/// A site in Settings.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SiteEntry {
    pub url: String,
    /// The site's description: fresh when `online`, else the copy from `refreshed_at`.
    pub info: Option<SiteInfo>,
    pub refreshed_at: Option<String>,
    pub online: bool,
    /// Why the site could not be reached or the token not read, when it could not.
    pub problem: Option<DeskError>,
}

impl Desk {
    /// Adds a site (or replaces its token): the token is checked against the site first,
    /// then kept in the keyring. Operations that the site refused for want of a valid
    /// token, or for the token's role, go back in the queue, to be sent with the new one.
    pub async fn add_site(&self, site_url: &str, token: &str) -> Result<SiteEntry> {
        let url = normalise_url(site_url)?;
        let token = token.trim();
        if token.is_empty() {
            return Err(DeskError::invalid("the API token is empty"));
        }
        let info = SiteClient::new(&url, token)?.site_info().await?;
        self.keyring().store_token(&url, token)?;
        self.sender
            .tokens
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let now = stamp(self.clock.now());
        {
            let db = self.db();
            db.execute(
                "INSERT INTO sites(url, added_at) VALUES (?1, ?2) ON CONFLICT(url) DO NOTHING",
                params![url, now],
            )?;
            keep_info(&db, &url, &info, &now)?;
        }
        self.requeue_unauthorized(&url)?;
        Ok(SiteEntry {
            url,
            info: Some(info),
            refreshed_at: Some(now),
            online: true,
            problem: None,
        })
    }

    /// `dateline connect`: [`Desk::add_site`], answering with the site's description.
    pub async fn connect(&self, site_url: &str, token: &str) -> Result<SiteInfo> {
        let entry = self.add_site(site_url, token).await?;
        entry
            .info
            .ok_or_else(|| DeskError::storage("the site's description was not kept"))
    }

    /// Every site, with what is known of it offline; nothing is fetched.
    pub fn sites(&self) -> Result<Vec<SiteEntry>> {
        let db = self.db();
        let mut stmt =
            db.prepare_cached("SELECT url, info, refreshed_at FROM sites ORDER BY added_at, url")?;
        let rows = stmt.query_map([], |r| {
            Ok(SiteEntry {
                url: r.get(0)?,
                info: r
                    .get::<_, Option<String>>(1)?
                    .and_then(|json| serde_json::from_str(&json).ok()),
                refreshed_at: r.get(2)?,
                online: false,
                problem: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// "Test connection": asks the site for its description with the stored token and
    /// keeps the answer. A site that does not answer is reported in `problem`, with the
    /// description kept from last time.
    pub async fn test_site(&self, site_url: &str) -> Result<SiteEntry> {
        let url = normalise_url(site_url)?;
        let mut entry = self
            .sites()?
            .into_iter()
            .find(|s| s.url == url)
            .ok_or_else(|| DeskError::not_found(format!("{url} is not one of the desk's sites")))?;
        let fresh = match self.client(&url) {
            Ok(client) => client.site_info().await.map_err(DeskError::from),
            Err(e) => Err(e),
        };
        match fresh {
            Ok(info) => {
                let now = stamp(self.clock.now());
                keep_info(&self.db(), &url, &info, &now)?;
                entry.info = Some(info);
                entry.refreshed_at = Some(now);
                entry.online = true;
            }
            Err(problem) => entry.problem = Some(problem),
        }
        Ok(entry)
    }

    /// Removes a site and its token. Refused while operations for it wait in the outbox:
    /// removing the site would strand them.
    pub fn remove_site(&self, site_url: &str) -> Result<()> {
        let url = normalise_url(site_url)?;
        let waiting: i64 = self.db().query_row(
            "SELECT count(*) FROM outbox
             WHERE site_url = ?1 AND state IN ('queued', 'sending', 'failed', 'conflict')",
            [&url],
            |r| r.get(0),
        )?;
        if waiting > 0 {
            return Err(DeskError::conflict(format!(
                "{waiting} operation(s) for {url} are still in the outbox; send or cancel \
                 them before removing the site"
            )));
        }
        self.keyring().delete_token(&url)?;
        let db = self.db();
        db.execute("DELETE FROM sites WHERE url = ?1", [&url])?;
        db.execute("DELETE FROM site_images WHERE site_url = ?1", [&url])?;
        Ok(())
    }

    /// The default site: the first one added.
    pub(crate) fn site_url(&self) -> Result<Option<String>> {
        Ok(self
            .db()
            .query_row(
                "SELECT url FROM sites ORDER BY added_at, url LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The kept description of a site, if the desk knows it.
    pub(crate) fn site_info(&self, url: &str) -> Result<Option<SiteInfo>> {
        let json: Option<Option<String>> = self
            .db()
            .query_row("SELECT info FROM sites WHERE url = ?1", [url], |r| r.get(0))
            .optional()?;
        Ok(json.flatten().and_then(|j| serde_json::from_str(&j).ok()))
    }

    /// The kept description of the default site.
    pub(crate) fn cached_site_info(&self) -> Result<Option<SiteInfo>> {
        match self.site_url()? {
            Some(url) => self.site_info(&url),
            None => Ok(None),
        }
    }

    /// The default site, refreshed from the network when it answers (the header).
    pub async fn site_status(&self) -> Result<SiteStatus> {
        let Some(url) = self.site_url()? else {
            return Ok(SiteStatus {
                url: None,
                info: None,
                online: false,
                problem: Some(DeskError::new(
                    DeskErrorCode::NoSite,
                    "no site is configured",
                )),
            });
        };
        let entry = self.test_site(&url).await?;
        Ok(SiteStatus {
            url: Some(entry.url),
            info: entry.info,
            online: entry.online,
            problem: entry.problem,
        })
    }

    /// A client for `url` with its token from the keyring.
    pub(crate) fn client(&self, url: &str) -> Result<SiteClient> {
        let token = self.keyring().token(url)?.ok_or_else(|| {
            DeskError::new(
                DeskErrorCode::Unauthorized,
                format!(
                    "no API token for {url} in the OS keyring; add the site again with a token"
                ),
            )
        })?;
        SiteClient::new(url, &token)
    }
}

fn keep_info(db: &rusqlite::Connection, url: &str, info: &SiteInfo, now: &str) -> Result<()> {
    let json = serde_json::to_string(info)
        .map_err(|e| DeskError::storage(format!("cannot keep the site's description: {e}")))?;
    db.execute(
        "UPDATE sites SET info = ?2, refreshed_at = ?3 WHERE url = ?1",
        params![url, json, now],
    )?;
    Ok(())
}
