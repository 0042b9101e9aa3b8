//! Ctrl-C or SIGTERM (as `make run` or a session logout sends) closes the window the
//! way the user would, so the front end saves the last second of typing first.
//!
//! Signals often come in pairs (the terminal's SIGINT to the whole process group, then
//! a script's SIGTERM), so more signals during a grace period are ignored; if the window
//! has not closed by the end of it, the desk exits anyway.

use std::time::Duration;

use tauri::{AppHandle, Manager};

/// How long the front end gets to save and close after the first signal.
const GRACE: Duration = Duration::from_secs(5);

pub async fn close_on_signal(app: AppHandle) {
    if !next_signal().await {
        return;
    }
    tracing::info!("closing the desk after the last save");
    // Whatever happens to the window or the event loop, the process ends after the
    // grace period: every save is a committed transaction, so nothing is half-written.
    std::thread::spawn(|| {
        std::thread::sleep(GRACE);
        tracing::warn!("the window did not close in time; exiting");
        std::process::exit(130);
    });
    match app.get_webview_window("main") {
        Some(window) => {
            let _ = window.close();
        }
        None => app.exit(130),
    }
    // Further signals are part of the same request; keep them from killing the desk
    // mid-save.
    while next_signal().await {}
}

/// Waits for SIGINT or SIGTERM; false if signals cannot be watched here.
#[cfg(unix)]
async fn next_signal() -> bool {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut int), Ok(mut term)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        return false;
    };
    tokio::select! {
        _ = int.recv() => true,
        _ = term.recv() => true,
    }
}

#[cfg(not(unix))]
async fn next_signal() -> bool {
    tokio::signal::ctrl_c().await.is_ok()
}
