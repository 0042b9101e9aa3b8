//! Tells the window which article the desk just changed (the `article-changed` event,
//! its payload the id), so Write, Translate and Publish each show what another view
//! changed without polling.

use dateline_desk::Desk;
use tauri::{AppHandle, Emitter, Manager};
use tokio::sync::broadcast::error::RecvError;

/// The event the front end listens to; its payload is an article id, or `null` when
/// some were missed and everything shown should be read again.
pub const EVENT: &str = "article-changed";

pub fn start(app: AppHandle) {
    let mut changes = app.state::<Desk>().subscribe_changes();
    tauri::async_runtime::spawn(async move {
        loop {
            match changes.recv().await {
                Ok(id) => {
                    let _ = app.emit(EVENT, Some(id));
                }
                Err(RecvError::Lagged(_)) => {
                    let _ = app.emit(EVENT, None::<uuid::Uuid>);
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}
