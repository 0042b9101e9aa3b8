//! The desk's shell: the window, the IPC commands and a tiny command line.
//!
//! Everything the desk does lives in `dateline-desk`; this crate only adapts it to
//! Tauri (each command is a one-line call) and to the command line (`dateline connect`,
//! which `make run` uses to hand the desk a site and its token).

mod changes;
mod cli;
mod commands;
mod dlimg;
#[cfg(test)]
mod ipc_generation;
mod outbox;
mod shutdown;
mod sync;
mod trouble;

use std::process::ExitCode;

use dateline_desk::Desk;

/// Runs `dateline` with the process's arguments: the app, or a command-line verb.
pub fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(cli::Verb::RunApp) => run_app(),
        Ok(verb) => cli::run(verb),
        Err(usage) => {
            eprintln!("{usage}");
            ExitCode::from(2)
        }
    }
}

fn open_desk() -> Result<Desk, String> {
    let dir = data_dir()?;
    Desk::open(&dir).map_err(|e| e.to_string())
}

fn data_dir() -> Result<std::path::PathBuf, String> {
    dateline_desk::default_data_dir()
        .ok_or_else(|| "this system has no app-data folder; set DATELINE_DATA_DIR".to_owned())
}

fn run_app() -> ExitCode {
    let dir = match data_dir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("dateline: {e}");
            return ExitCode::FAILURE;
        }
    };
    let desk = match Desk::open(&dir) {
        Ok(desk) => desk,
        Err(e) => {
            eprintln!("dateline: {e}");
            return trouble::run(e.message, dir.join(dateline_desk::DATABASE_FILE));
        }
    };
    let result = tauri::Builder::default()
        .manage(desk)
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .register_uri_scheme_protocol("dlimg", dlimg::respond)
        .setup(|app| {
            // The main window is made here, not from the config, so that a desk whose
            // database failed to open (trouble.rs) shows its dialog and no editor.
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .ok_or("tauri.conf.json has no main window")?
                .clone();
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
            tauri::async_runtime::spawn(shutdown::close_on_signal(app.handle().clone()));
            outbox::start(app.handle().clone());
            changes::start(app.handle().clone());
            sync::start(app.handle().clone());
            Ok(())
        })
        // Every `#[tauri::command]` of commands.rs, listed by build.rs (build/ipc.rs).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/ipc_handler.rs")))
        .run(tauri::generate_context!("../tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {e}");
            ExitCode::FAILURE
        }
    }
}
