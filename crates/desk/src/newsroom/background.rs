//! Sync without anyone asking: a round whenever something changed on the desk (a
//! moment after, so a burst of saves is one round), whenever the site says another desk
//! pushed (a long poll of `GET /sync/status`), every minute anyway, and at once on
//! "Sync now". Offline, it tries again with growing pauses, and as soon as anything
//! changes. What the header shows is a [`SyncHeader`], sent on every change of it.

use std::time::Duration;

use serde::Serialize;
use tokio::sync::{Notify, watch};
use ts_rs::TS;

use crate::Desk;
use crate::clock::stamp;
use crate::error::{DeskError, DeskErrorCode};

/// The header's sync state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncHeader {
    /// Whether the desk has a site (a newsroom) at all.
    pub connected: bool,
    /// Whether the last round reached the site.
    pub online: bool,
    /// A round is running.
    pub syncing: bool,
    /// Changes not yet given to the site.
    #[ts(type = "number")]
    pub waiting: u64,
    pub conflicts: u32,
    pub refused: u32,
    pub last_synced_at: Option<String>,
    /// Why the last round failed.
    pub problem: Option<DeskError>,
    /// Records of other desks taken in by the running round, of how many there are
    /// (a new desk joining a large newsroom watches this).
    pub progress: Option<SyncProgress>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncProgress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

#[derive(Debug)]
pub(crate) struct Signals {
    now: Notify,
    header: watch::Sender<SyncHeader>,
}

impl Default for Signals {
    fn default() -> Self {
        Self {
            now: Notify::new(),
            header: watch::channel(SyncHeader::default()).0,
        }
    }
}

impl Signals {
    pub(crate) fn progress(&self, progress: Option<SyncProgress>) {
        self.header.send_if_modified(|h| {
            let changed = h.progress != progress;
            h.progress = progress;
            changed
        });
    }
}

/// After a change, how long the desk waits for more before a round.
const SETTLE: Duration = Duration::from_millis(150);
/// A round at least this often while online.
const EVERY: Duration = Duration::from_secs(60);
/// How long one long poll of the site lasts.
const LISTEN: Duration = Duration::from_secs(25);
const FIRST_RETRY: Duration = Duration::from_secs(2);
const LONGEST_RETRY: Duration = Duration::from_secs(60);

impl Desk {
    /// The header's sync state, as it changes.
    pub fn subscribe_sync(&self) -> watch::Receiver<SyncHeader> {
        self.sync_signals.header.subscribe()
    }

    /// Asks the background sync for a round now ("Sync now").
    pub fn sync_now(&self) {
        self.sync_signals.now.notify_one();
    }

    /// The header's sync state now, counted afresh from the database.
    pub fn sync_header(&self) -> crate::Result<SyncHeader> {
        self.refresh_header(|_| {})
    }

    fn refresh_header(&self, change: impl FnOnce(&mut SyncHeader)) -> crate::Result<SyncHeader> {
        let state = self.sync_state()?;
        self.sync_signals.header.send_modify(|h| {
            h.connected = state.connected;
            h.waiting = state.waiting;
            h.conflicts = state.conflicts.len() as u32;
            h.refused = state.refused.len() as u32;
            change(h);
        });
        Ok(self.sync_signals.header.borrow().clone())
    }

    /// Runs the background sync until the desk is dropped with the app.
    pub async fn run_sync(&self) {
        let mut changes = self.subscribe_changes();
        let mut retry = FIRST_RETRY;
        loop {
            if !matches!(self.site_url(), Ok(Some(_))) {
                let _ = self.refresh_header(|h| h.online = false);
                tokio::select! {
                    _ = self.sync_signals.now.notified() => {}
                    _ = tokio::time::sleep(EVERY) => {}
                }
                continue;
            }
            let _ = self.refresh_header(|h| h.syncing = true);
            let outcome = self.sync().await;
            let online = match &outcome {
                Ok(_) => true,
                Err(e) => !matches!(e.code, DeskErrorCode::Network),
            };
            let now = stamp(self.clock.now());
            let _ = self.refresh_header(|h| {
                h.syncing = false;
                h.progress = None;
                h.online = online;
                match &outcome {
                    Ok(_) => {
                        h.problem = None;
                        h.last_synced_at = Some(now);
                    }
                    Err(e) => h.problem = Some(e.clone()),
                }
            });
            match outcome {
                Ok(report) => {
                    retry = FIRST_RETRY;
                    // What the round itself announced wakes one more round, which finds
                    // nothing to do; a change made while it ran must not be lost.
                    self.wait_for_news(&mut changes, Some(report.site_total))
                        .await;
                }
                Err(e) => {
                    tracing::debug!("sync round failed: {e}");
                    tokio::select! {
                        _ = self.sync_signals.now.notified() => {}
                        _ = changes.recv() => tokio::time::sleep(SETTLE).await,
                        _ = tokio::time::sleep(retry) => {}
                    }
                    retry = (retry * 2).min(LONGEST_RETRY);
                }
            }
        }
    }

    /// Waits until a round is worth running: a change here, news from the site, "Sync
    /// now", or a minute gone.
    async fn wait_for_news(
        &self,
        changes: &mut tokio::sync::broadcast::Receiver<uuid::Uuid>,
        total: Option<u64>,
    ) {
        let listen = async {
            let Some(total) = total else {
                return std::future::pending().await;
            };
            let Ok(Some(url)) = self.site_url() else {
                return std::future::pending().await;
            };
            let Ok(client) = self.client(&url) else {
                return std::future::pending().await;
            };
            loop {
                match client.sync_wait(total, LISTEN).await {
                    Ok(status) if status.desks.values().sum::<u64>() != total => return,
                    Ok(_) => {}
                    // The round that follows says what is wrong.
                    Err(_) => return,
                }
            }
        };
        tokio::select! {
            _ = self.sync_signals.now.notified() => {}
            _ = changes.recv() => tokio::time::sleep(SETTLE).await,
            _ = listen => {}
            _ = tokio::time::sleep(EVERY) => {}
        }
    }
}
