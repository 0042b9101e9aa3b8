//! `dateline connect URL`: point the desk at a site, with the token read from stdin so it
//! never appears in a process list or a shell history.
//!
//! `dateline rescue FOLDER`: export every article that can still be read from a database
//! the desk refuses to open (damaged, read-only, from a newer desk) as Markdown files.
//!
//! `dateline import PATH…` and `dateline export (ID | --all) FOLDER`: Markdown with front
//! matter in and out, for scripts, as the desk's Import and Export do. A file whose front
//! matter names an article the desk has updates that article's text as a new revision.
//!
//! `dateline sync`: one round with the newsroom (the default site): the desk's changes
//! out, the other desks' in. Open conflicts and refused changes are printed one per line
//! (`conflict`/`refused`, the article's id, the locale or `-`, what is wrong), tab
//! separated; the exit status is 0 when the round went through with nothing left for a
//! person, 2 when it went through and left conflicts or refusals, 1 when it failed.
//!
//! All work on the desk of `DATELINE_DATA_DIR` (else the user's app-data folder); the
//! exit status is 0 only when everything asked for was done.

use std::io::BufRead;
use std::process::ExitCode;

pub enum Verb {
    RunApp,
    Connect { url: String },
    Rescue { dir: String },
    Import { paths: Vec<String> },
    Export { id: Option<String>, dir: String },
    Sync,
}

const USAGE: &str = "usage: dateline                 open the desk
       dateline connect URL     point the desk at the site at URL; reads its API token from stdin
       dateline rescue FOLDER   export every article that can be read from the database to FOLDER
       dateline import PATH...  import Markdown files, or folders of them
       dateline export ID FOLDER     export one article's texts to FOLDER
       dateline export --all FOLDER  export every article (not those in the bin) to FOLDER
       dateline sync            one round with the newsroom: send this desk's changes, take the others'";

pub fn parse(args: &[String]) -> Result<Verb, &'static str> {
    match args {
        [] => Ok(Verb::RunApp),
        [verb, url] if verb == "connect" => Ok(Verb::Connect { url: url.clone() }),
        [verb, dir] if verb == "rescue" => Ok(Verb::Rescue { dir: dir.clone() }),
        [verb] if verb == "sync" => Ok(Verb::Sync),
        [verb, paths @ ..] if verb == "import" && !paths.is_empty() => Ok(Verb::Import {
            paths: paths.to_vec(),
        }),
        [verb, all, dir] if verb == "export" && all == "--all" => Ok(Verb::Export {
            id: None,
            dir: dir.clone(),
        }),
        [verb, id, dir] if verb == "export" && !id.starts_with('-') => Ok(Verb::Export {
            id: Some(id.clone()),
            dir: dir.clone(),
        }),
        _ => Err(USAGE),
    }
}

pub fn run(verb: Verb) -> ExitCode {
    let url = match verb {
        Verb::Connect { url } => url,
        Verb::Rescue { dir } => return rescue(&dir),
        Verb::Import { paths } => return import(&paths),
        Verb::Export { id, dir } => return export(id.as_deref(), &dir),
        Verb::Sync => return sync(),
        Verb::RunApp => return ExitCode::FAILURE,
    };
    let mut token = String::new();
    if let Err(e) = std::io::stdin().lock().read_line(&mut token) {
        eprintln!("dateline connect: cannot read the token from stdin: {e}");
        return ExitCode::FAILURE;
    }
    let desk = match super::open_desk() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dateline connect: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(runtime) = runtime("connect") else {
        return ExitCode::FAILURE;
    };
    match runtime.block_on(desk.connect(&url, &token)) {
        Ok(info) => {
            eprintln!(
                "dateline: connected to {} at {url} as {}; the token is in the OS keyring",
                info.name,
                info.role.as_str()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dateline connect: {e}");
            ExitCode::FAILURE
        }
    }
}

fn rescue(dir: &str) -> ExitCode {
    let Some(data) = dateline_desk::default_data_dir() else {
        eprintln!("dateline rescue: this system has no app-data folder; set DATELINE_DATA_DIR");
        return ExitCode::FAILURE;
    };
    let db = data.join(dateline_desk::DATABASE_FILE);
    match dateline_desk::rescue_export(&db, std::path::Path::new(dir)) {
        Ok(report) => {
            for problem in &report.failed {
                eprintln!("dateline rescue: could not read {problem}");
            }
            eprintln!(
                "dateline rescue: wrote {} files to {dir}",
                report.written.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dateline rescue: {e}");
            ExitCode::FAILURE
        }
    }
}

fn import(paths: &[String]) -> ExitCode {
    let desk = match super::open_desk() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dateline import: {e}");
            return ExitCode::FAILURE;
        }
    };
    match desk.import_markdown(paths) {
        Ok(report) => {
            for a in &report.imported {
                println!("{}\t{}", a.id, a.title);
            }
            for f in &report.failed {
                eprintln!("dateline import: {}: {}", f.path, f.reason);
            }
            eprintln!(
                "dateline import: {} imported or updated, {} refused",
                plural(report.imported.len(), "article", "articles"),
                report.failed.len()
            );
            if report.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("dateline import: {e}");
            ExitCode::FAILURE
        }
    }
}

fn export(id: Option<&str>, dir: &str) -> ExitCode {
    let desk = match super::open_desk() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dateline export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("dateline export: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let written = match id {
        None => desk.export_all(dir),
        Some(raw) => match uuid::Uuid::parse_str(raw) {
            Ok(id) => desk.export_article(id, dir),
            Err(_) => {
                eprintln!("dateline export: {raw:?} is not an article id (a UUID)");
                return ExitCode::FAILURE;
            }
        },
    };
    match written {
        Ok(paths) => {
            for p in &paths {
                println!("{p}");
            }
            eprintln!("dateline export: wrote {} files", paths.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dateline export: {e}");
            ExitCode::FAILURE
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn sync() -> ExitCode {
    let desk = match super::open_desk() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dateline sync: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(runtime) = runtime("sync") else {
        return ExitCode::FAILURE;
    };
    let report = match runtime.block_on(desk.sync()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("dateline sync: {e}");
            // What is known from before still needs a person.
            if let Ok(state) = desk.sync_state() {
                print_issues(&state);
            }
            return ExitCode::FAILURE;
        }
    };
    print_issues(&report.state);
    eprintln!(
        "dateline sync: sent {}, received {}; {} waiting, {} open, {} refused",
        plural(report.pushed as usize, "change", "changes"),
        plural(report.received as usize, "change", "changes"),
        report.state.waiting,
        plural(report.state.conflicts.len(), "conflict", "conflicts"),
        report.state.refused.len()
    );
    if report.state.conflicts.is_empty() && report.state.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn print_issues(state: &dateline_desk::SyncState) {
    for (kind, issues) in [("conflict", &state.conflicts), ("refused", &state.refused)] {
        for i in issues {
            let field = i
                .field
                .as_deref()
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            println!(
                "{kind}\t{}\t{}\t{}{field}",
                i.article_id,
                i.locale.as_deref().unwrap_or("-"),
                i.message
            );
        }
    }
}

/// A runtime for one verb's network calls; `None` (said on stderr) if none can be made.
fn runtime(verb: &str) -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => Some(r),
        Err(e) => {
            eprintln!("dateline {verb}: {e}");
            None
        }
    }
}
