//! Runs the desk's outbox sender for the app's lifetime, tells the window about every
//! operation that changes (the `outbox` event, so the Publish workspace and its toasts
//! follow without polling), and, while the window is in the background, tells the
//! editor through the OS's notifications when a queued publish goes out or fails: an
//! article queued on a train goes out when the laptop is back online, with the desk
//! behind other windows. It also keeps every site's description fresh while online.

use std::collections::HashSet;

use dateline_desk::{BatchProgress, Desk, OpAction, OpState, OutboxOp};
use dateline_l10n::{Domain, FluentArgs, Localizer};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_notification::NotificationExt;

/// The event the front end listens to; its payload is an `OutboxOp`.
pub const EVENT: &str = "outbox";

pub fn start(app: AppHandle) {
    let events = app.state::<Desk>().subscribe_outbox();
    let listener = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut events = events;
        let strings = Localizer::builtin(Domain::Desk).ok();
        let mut batches_told = HashSet::new();
        loop {
            match events.recv().await {
                Ok(op) => {
                    let _ = listener.emit(EVENT, &op);
                    if let Some(strings) = &strings {
                        tell_if_away(&listener, strings, &op, &mut batches_told);
                    }
                }
                // Missed some while the window was busy: the front end reloads the list
                // on the next event anyway.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
    let refresher = app.clone();
    tauri::async_runtime::spawn(async move {
        let desk = app.state::<Desk>();
        desk.run_outbox().await;
    });
    tauri::async_runtime::spawn(async move {
        refresh_sites(&refresher).await;
    });
}

/// How often every site's description is asked for again while the desk runs.
const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Keeps every site's description (tiers, sections, locales, role, time zone) fresh
/// while online, at start and then every quarter of an hour; offline, the kept copy
/// stays as it was.
async fn refresh_sites(app: &AppHandle) {
    loop {
        let desk = app.state::<Desk>();
        for site in desk.sites().unwrap_or_default() {
            if let Ok(entry) = desk.test_site(&site.url).await
                && let Some(problem) = entry.problem
            {
                tracing::debug!("{} could not be refreshed: {problem}", site.url);
            }
        }
        tokio::time::sleep(REFRESH_EVERY).await;
    }
}

/// A notification through the OS when the window is not in front (in front, the
/// window's own toast says it). A system without a notification service is not an
/// error worth more than a debug line.
fn tell_if_away(app: &AppHandle, strings: &Localizer, op: &OutboxOp, told: &mut HashSet<String>) {
    let in_front = app
        .get_webview_window("main")
        .and_then(|w| w.is_focused().ok())
        .unwrap_or(false);
    if in_front {
        return;
    }
    let desk = app.state::<Desk>();
    let progress = match &op.batch {
        Some(batch) if told.contains(batch) => return,
        Some(batch) => match desk.batch_progress(batch) {
            Ok(p) => Some(p),
            Err(_) => return,
        },
        None => None,
    };
    let Some(notice) = notice(op, progress.as_ref()) else {
        return;
    };
    if let Some(batch) = &op.batch {
        told.insert(batch.clone());
    }
    let locale = desk
        .ui_languages()
        .map(|l| l.chosen)
        .unwrap_or_else(|_| dateline_l10n::REFERENCE_LOCALE.to_owned());
    let mut args = FluentArgs::new();
    for (name, value) in &notice.args {
        args.set(*name, value.clone());
    }
    let body = strings.format(&locale, notice.message, Some(&args));
    if let Err(e) = app.notification().builder().body(body).show() {
        tracing::debug!("no OS notification: {e}");
    }
}

/// What to tell the editor about an operation, as a message id of desk.ftl and its
/// arguments.
#[derive(Debug, PartialEq)]
struct Notice {
    message: &'static str,
    args: Vec<(&'static str, String)>,
}

/// The notice for `op`: one per single operation that finished, one per bulk publish
/// when its last operation has finished (with the batch's `progress`); none otherwise.
fn notice(op: &OutboxOp, progress: Option<&BatchProgress>) -> Option<Notice> {
    if let Some(p) = progress {
        if p.pending > 0 {
            return None;
        }
        let (message, count) = if p.stopped > 0 {
            ("notify-batch-stopped", p.stopped)
        } else {
            ("notify-batch-done", p.done)
        };
        let count_name = if p.stopped > 0 { "stopped" } else { "done" };
        return Some(Notice {
            message,
            args: vec![
                (count_name, count.to_string()),
                ("total", p.total.to_string()),
            ],
        });
    }
    let title = ("title", op.title.clone());
    match op.state {
        OpState::Done => Some(Notice {
            message: match op.action {
                OpAction::Publish => "toast-published",
                OpAction::Unpublish => "toast-unpublished",
            },
            args: vec![title],
        }),
        OpState::Failed => Some(Notice {
            message: "toast-op-failed",
            args: vec![
                title,
                (
                    "reason",
                    op.error
                        .as_ref()
                        .map(|e| e.message.clone())
                        .unwrap_or_default(),
                ),
            ],
        }),
        OpState::Conflict => Some(Notice {
            message: "toast-op-conflict",
            args: vec![title],
        }),
        OpState::Queued | OpState::Sending | OpState::Cancelled => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn op(state: OpState, batch: Option<&str>) -> OutboxOp {
        OutboxOp {
            id: 7,
            site_url: "https://news.example".into(),
            article_id: uuid::Uuid::nil(),
            title: "Harbour lights".into(),
            action: OpAction::Publish,
            state,
            locales: vec!["en-US".into()],
            publish_at: None,
            attempts: 1,
            next_attempt_at: None,
            error: None,
            urls: BTreeMap::new(),
            batch: batch.map(str::to_owned),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn progress(total: u32, done: u32, stopped: u32, pending: u32) -> BatchProgress {
        BatchProgress {
            batch: "b".into(),
            total,
            done,
            stopped,
            pending,
        }
    }

    #[test]
    fn single_operations_are_told_when_they_finish() {
        assert_eq!(notice(&op(OpState::Queued, None), None), None);
        assert_eq!(notice(&op(OpState::Sending, None), None), None);
        assert_eq!(notice(&op(OpState::Cancelled, None), None), None);
        let done = notice(&op(OpState::Done, None), None).unwrap();
        assert_eq!(done.message, "toast-published");
        assert_eq!(done.args, vec![("title", "Harbour lights".to_owned())]);
        let mut failed = op(OpState::Failed, None);
        failed.error = Some(dateline_desk::DeskError::forbidden("a writer's token"));
        let failed = notice(&failed, None).unwrap();
        assert_eq!(failed.message, "toast-op-failed");
        assert!(
            failed
                .args
                .contains(&("reason", "a writer's token".to_owned()))
        );
        assert_eq!(
            notice(&op(OpState::Conflict, None), None).unwrap().message,
            "toast-op-conflict"
        );
    }

    #[test]
    fn a_bulk_publish_is_told_once_at_its_end() {
        let one = op(OpState::Done, Some("b"));
        assert_eq!(notice(&one, Some(&progress(3, 2, 0, 1))), None);
        let end = notice(&one, Some(&progress(3, 3, 0, 0))).unwrap();
        assert_eq!(end.message, "notify-batch-done");
        assert_eq!(
            end.args,
            vec![("done", "3".to_owned()), ("total", "3".to_owned())]
        );
        let stopped = notice(&one, Some(&progress(3, 2, 1, 0))).unwrap();
        assert_eq!(stopped.message, "notify-batch-stopped");
    }

    #[test]
    fn every_notice_has_its_strings_in_every_locale() {
        for locale in dateline_l10n::builtin_locales(Domain::Desk) {
            let source = dateline_l10n::builtin_source(Domain::Desk, locale).unwrap();
            for id in [
                "toast-published",
                "toast-unpublished",
                "toast-op-failed",
                "toast-op-conflict",
                "notify-batch-done",
                "notify-batch-stopped",
            ] {
                assert!(
                    source.lines().any(|l| l.starts_with(&format!("{id} ="))),
                    "{id} is missing in {locale}"
                );
            }
        }
    }
}
