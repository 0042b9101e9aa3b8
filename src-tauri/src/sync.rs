//! Runs the desk's background sync with the newsroom for the app's lifetime and tells
//! the window every change of the header's sync state (the `sync` event, its payload a
//! `SyncHeader`), so the header follows without polling.

use dateline_desk::Desk;
use tauri::{AppHandle, Emitter, Manager};

/// The event the front end listens to; its payload is a `SyncHeader`.
pub const EVENT: &str = "sync";

pub fn start(app: AppHandle) {
    let mut header = app.state::<Desk>().subscribe_sync();
    let emitter = app.clone();
    tauri::async_runtime::spawn(async move {
        while header.changed().await.is_ok() {
            let now = header.borrow_and_update().clone();
            let _ = emitter.emit(EVENT, &now);
        }
    });
    tauri::async_runtime::spawn(async move {
        app.state::<Desk>().run_sync().await;
    });
}
