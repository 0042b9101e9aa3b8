//! `make run`'s Ctrl-C (issue 13, item 11). `scripts/run.sh` runs with stand-ins for the
//! site and the desk (`DATELINE_SITE_BIN`, `DATELINE_DESK_BIN`: small Python programs
//! that, like the real binaries, take SIGINT and SIGTERM themselves and write what
//! happens to one log) and gets SIGINT as a terminal sends it, to its whole process
//! group. It must close the desk first and wait for it, so that the desk's last save
//! still reaches the site, then stop the site, and end with status 0: `make` then says
//! nothing about an error.
//!
//! Needs only bash, setsid, curl, python3 and make (no display, no desk build).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use e2e::{free_port, repo_root};
use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

/// What the stand-ins share: the log, and waiting for a signal the way the real
/// binaries do (their own handlers, so a SIGINT ignored by the shell still counts).
const COMMON: &str = r#"
import os, signal, sys, threading, time, urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

def note(line):
    with open(os.environ["STANDIN_LOG"], "a") as f:
        f.write(line + "\n")

STOP = {signal.SIGINT, signal.SIGTERM}

def take_signals():
    # Before any thread starts, so that only the main thread's sigwait receives them.
    for s in STOP:
        signal.signal(s, lambda *_: None)
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP)
    signal.alarm(60)  # never outlives a test that failed

def next_signal():
    return signal.Signals(signal.sigwait(STOP)).name
"#;

const SITE: &str = r#"
cmd = sys.argv[1] if len(sys.argv) > 1 else ""
if cmd == "token":
    if sys.argv[2] == "create":
        print("stand-in-token")
elif cmd == "init":
    data = sys.argv[sys.argv.index("--data") + 1]
    os.makedirs(data, exist_ok=True)
    open(os.path.join(data, "site.toml"), "w").close()
elif cmd == "serve":
    host, port = sys.argv[sys.argv.index("--listen") + 1].rsplit(":", 1)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/save":
                note("site: received the desk's last save")
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    take_signals()
    server = ThreadingHTTPServer((host, int(port)), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    note("site: serving")
    note("site: stopped by " + next_signal())
else:
    sys.exit("stand-in site: unexpected " + " ".join(sys.argv[1:]))
"#;

const DESK: &str = r#"
url_file = os.path.join(os.path.dirname(os.environ["STANDIN_LOG"]), "desk-site-url")
if sys.argv[1:2] == ["connect"]:
    sys.stdin.read()
    with open(url_file, "w") as f:
        f.write(sys.argv[2])
    sys.exit(0)
with open(url_file) as f:
    url = f.read()
take_signals()
note("desk: open")
note("desk: asked to close by " + next_signal())
time.sleep(0.5)  # the page saves its last words, then the outbox sends them
try:
    urllib.request.urlopen(url + "/save", timeout=5).read()
    note("desk: sent its last save")
except Exception as e:
    note("desk: could not send its last save: %s" % e)
note("desk: exited")
"#;

/// The log of a Ctrl-C that went right.
const IN_ORDER: [&str; 7] = [
    "site: serving",
    "desk: open",
    "desk: asked to close by SIGTERM",
    "site: received the desk's last save",
    "desk: sent its last save",
    "desk: exited",
    "site: stopped by SIGTERM",
];

struct Run {
    status: ExitStatus,
    log: Vec<String>,
    /// The script's (and make's) stdout and stderr.
    output: String,
}

fn write_program(path: &Path, body: &str) -> Result<()> {
    fs::write(path, format!("#!/usr/bin/env python3\n{COMMON}\n{body}"))?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755))?;
    Ok(())
}

/// Runs `command` (which runs scripts/run.sh) in a process group of its own, as a
/// terminal's foreground job; once the desk is open, sends the group SIGINT.
fn ctrl_c(command: &mut Command, dir: &Path) -> Result<Run> {
    let bin = dir.join("bin");
    fs::create_dir(&bin)?;
    write_program(&bin.join("dateline-site"), SITE)?;
    write_program(&bin.join("dateline"), DESK)?;
    // An existing demo publication: no demo articles to publish.
    let demo = dir.join("demo");
    fs::create_dir_all(demo.join("site"))?;
    fs::write(demo.join("site/site.toml"), "")?;
    let log = dir.join("log");
    let out = dir.join("output");
    let output = fs::File::create(&out)?;
    let mut child = command
        .current_dir(repo_root())
        .env("DATELINE_SITE_BIN", bin.join("dateline-site"))
        .env("DATELINE_DESK_BIN", bin.join("dateline"))
        .env("DATELINE_DEMO_DIR", &demo)
        .env("DATELINE_PORT", free_port().to_string())
        .env("STANDIN_LOG", &log)
        // The script checks that there is a display and a session bus; the stand-ins
        // need neither.
        .env("DISPLAY", ":stand-in")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdin(Stdio::null())
        .stdout(output.try_clone()?)
        .stderr(output)
        .process_group(0)
        .spawn()
        .context("starting the script")?;
    let group = Pid::from_raw(i32::try_from(child.id())?);
    let read_log = || -> Vec<String> {
        fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let shown = || fs::read_to_string(&out).unwrap_or_default();

    let start = Instant::now();
    while !read_log().iter().any(|l| l == "desk: open") {
        if let Some(status) = child.try_wait()? {
            bail!(
                "the script ended before the desk opened ({status}):\n{}",
                shown()
            );
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = killpg(group, Signal::SIGKILL);
            bail!("the desk did not open within 30 s:\n{}", shown());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    killpg(group, Signal::SIGINT).context("Ctrl-C")?;
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = killpg(group, Signal::SIGKILL);
            bail!("the script did not end within 30 s of Ctrl-C:\n{}", shown());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Ok(Run {
        status,
        log: read_log(),
        output: shown(),
    })
}

/// `program args…` as a terminal starts a foreground job: with SIGINT and SIGQUIT at
/// their defaults. A test run started in the background of a shell without job control
/// inherits them ignored, and bash cannot trap a signal ignored when it started, so the
/// script under test would never see the Ctrl-C. (A small exec wrapper: the workspace
/// forbids the `unsafe` a `pre_exec` would need.)
fn as_terminal_job(program: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("python3");
    command
        .args([
            "-c",
            "import os, signal, sys\n\
             for s in (signal.SIGINT, signal.SIGQUIT): signal.signal(s, signal.SIG_DFL)\n\
             os.execvp(sys.argv[1], sys.argv[1:])",
        ])
        .arg(program)
        .args(args);
    command
}

#[test]
fn ctrl_c_closes_the_desk_then_the_site_and_ends_with_0() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let run = ctrl_c(
        &mut as_terminal_job(&repo_root().join("scripts/run.sh"), &[]),
        dir.path(),
    )?;
    assert_eq!(run.log, IN_ORDER, "the order of events\n{}", run.output);
    assert_eq!(run.status.code(), Some(0), "{}", run.output);
    Ok(())
}

#[test]
fn make_run_reports_no_error_on_ctrl_c() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut make = as_terminal_job(Path::new("make"), &["--no-print-directory", "run"]);
    let run = ctrl_c(&mut make, dir.path())?;
    assert_eq!(run.log, IN_ORDER, "the order of events\n{}", run.output);
    // make stops on SIGINT itself, after its recipe: with the recipe's status 0 it
    // prints nothing ("make: *** [Makefile:7: run] Error 130" before).
    assert!(!run.output.contains("make: ***"), "{}", run.output);
    Ok(())
}
