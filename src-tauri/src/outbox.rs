//! Runs the desk's outbox sender for the app's lifetime and tells the window about every
//! operation that changes (the `outbox` event), so the Publish workspace and the
//! notifications follow without polling.

use dateline_desk::Desk;
use tauri::{AppHandle, Emitter, Manager};

/// The event the front end listens to; its payload is an `OutboxOp`.
pub const EVENT: &str = "outbox";

pub fn start(app: AppHandle) {
    let events = app.state::<Desk>().subscribe_outbox();
    let emitter = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut events = events;
        loop {
            match events.recv().await {
                Ok(op) => {
                    let _ = emitter.emit(EVENT, op);
                }
                // Missed some while the window was busy: the front end reloads the list
                // on the next event anyway.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
    tauri::async_runtime::spawn(async move {
        let desk = app.state::<Desk>();
        desk.run_outbox().await;
    });
}
