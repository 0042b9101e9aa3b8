//! `dateline connect URL`: point the desk at a site, with the token read from stdin so it
//! never appears in a process list or a shell history.

use std::io::BufRead;
use std::process::ExitCode;

pub enum Verb {
    RunApp,
    Connect { url: String },
}

const USAGE: &str = "usage: dateline                 open the desk
       dateline connect URL     point the desk at the site at URL; reads its API token from stdin";

pub fn parse(args: &[String]) -> Result<Verb, &'static str> {
    match args {
        [] => Ok(Verb::RunApp),
        [verb, url] if verb == "connect" => Ok(Verb::Connect { url: url.clone() }),
        _ => Err(USAGE),
    }
}

pub fn run(verb: Verb) -> ExitCode {
    let Verb::Connect { url } = verb else {
        return ExitCode::FAILURE;
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
