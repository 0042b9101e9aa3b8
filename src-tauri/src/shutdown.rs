//! Ctrl-C or SIGTERM (as `make run` or a session logout sends) closes the window the
//! way the user would, so the front end saves the last second of typing first. A second
//! signal exits at once.

use tauri::{AppHandle, Manager};

pub async fn close_on_signal(app: AppHandle) {
    let mut signals = 0;
    while next_signal().await {
        signals += 1;
        match app.get_webview_window("main") {
            Some(window) if signals == 1 => {
                tracing::info!("closing the desk after the last save");
                if window.close().is_err() {
                    app.exit(130);
                }
            }
            _ => app.exit(130),
        }
    }
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
