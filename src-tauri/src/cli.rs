//! `dateline connect URL`: point the desk at a site, with the token read from stdin so it
//! never appears in a process list or a shell history.
//!
//! `dateline rescue FOLDER`: export every article that can still be read from a database
//! the desk refuses to open (damaged, read-only, from a newer desk) as Markdown files.

use std::io::BufRead;
use std::process::ExitCode;

pub enum Verb {
    RunApp,
    Connect { url: String },
    Rescue { dir: String },
}

const USAGE: &str = "usage: dateline                 open the desk
       dateline connect URL     point the desk at the site at URL; reads its API token from stdin
       dateline rescue FOLDER   export every article that can be read from the database to FOLDER";

pub fn parse(args: &[String]) -> Result<Verb, &'static str> {
    match args {
        [] => Ok(Verb::RunApp),
        [verb, url] if verb == "connect" => Ok(Verb::Connect { url: url.clone() }),
        [verb, dir] if verb == "rescue" => Ok(Verb::Rescue { dir: dir.clone() }),
        _ => Err(USAGE),
    }
}

pub fn run(verb: Verb) -> ExitCode {
    let url = match verb {
        Verb::Connect { url } => url,
        Verb::Rescue { dir } => return rescue(&dir),
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
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("dateline connect: {e}");
            return ExitCode::FAILURE;
        }
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
