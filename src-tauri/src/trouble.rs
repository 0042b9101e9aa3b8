//! When the database cannot be opened (damaged, read-only, locked, written by a newer
//! desk), the desk says so in a dialog, before any window, and offers to export every
//! article that can still be read. It never starts on a new empty database and never
//! writes to the one it could not open.

use std::path::PathBuf;
use std::process::ExitCode;

use dateline_l10n::{Domain, FluentArgs, Localizer};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

pub fn run(reason: String, db_file: PathBuf) -> ExitCode {
    let strings = Strings::for_os_language();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let handle = app.handle().clone();
            let mut args = FluentArgs::new();
            args.set("reason", reason.clone());
            app.dialog()
                .message(strings.get("db-trouble-body", Some(&args)))
                .title(strings.get("db-trouble-title", None))
                .kind(MessageDialogKind::Error)
                .buttons(MessageDialogButtons::OkCancelCustom(
                    strings.get("db-trouble-export", None),
                    strings.get("db-trouble-quit", None),
                ))
                .show(move |export| {
                    if export {
                        rescue(handle, db_file, strings);
                    } else {
                        handle.exit(1);
                    }
                });
            Ok(())
        })
        .run(tauri::generate_context!("../tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("dateline: {e}");
            ExitCode::FAILURE
        }
    }
}

fn rescue(handle: tauri::AppHandle, db_file: PathBuf, strings: Strings) {
    let dialogs = handle.clone();
    dialogs.dialog().file().pick_folder(move |folder| {
        let Some(dir) = folder.and_then(|f| f.into_path().ok()) else {
            handle.exit(1);
            return;
        };
        let message = match dateline_desk::rescue_export(&db_file, &dir) {
            Ok(report) => {
                let mut args = FluentArgs::new();
                args.set("written", report.written.len());
                args.set("failed", report.failed.len());
                args.set("dir", dir.display().to_string());
                strings.get("db-rescue-done", Some(&args))
            }
            Err(e) => e.to_string(),
        };
        let exit = handle.clone();
        handle
            .dialog()
            .message(message)
            .title(strings.get("db-trouble-title", None))
            .show(move |_| exit.exit(1));
    });
}

/// The dialog's strings in the OS language (there is no saved choice to read: the
/// database holding it is the thing that failed).
struct Strings {
    localizer: Localizer,
    locale: String,
}

impl Strings {
    fn for_os_language() -> Self {
        let localizer = Localizer::builtin(Domain::Desk).unwrap_or_else(|e| {
            // The built-in strings are checked by the tests; this cannot happen in a
            // build that passed them, but a dialog with ids beats no dialog.
            eprintln!("dateline: {e}");
            std::process::exit(1)
        });
        Self {
            localizer,
            locale: dateline_desk::os_ui_locale(),
        }
    }

    fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.localizer.format(&self.locale, id, args)
    }
}
