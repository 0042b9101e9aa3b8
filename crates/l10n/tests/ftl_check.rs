//! The `ftl-check` command line on a folder of deliberately broken translations
//! (`tests/fixtures/broken`), and, when compare-locales is installed, the proof that it
//! finds at least everything compare-locales finds there.

use std::path::Path;
use std::process::Command;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

#[test]
fn reports_every_problem_of_the_broken_fixture() {
    let out = Command::new(env!("CARGO_BIN_EXE_ftl-check"))
        .arg("broken")
        .current_dir(fixtures())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors make it fail");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    insta::assert_snapshot!(format!("{stdout}--- stderr\n{stderr}"));
}

/// `ftl-check` run in the fixtures folder: exit code and everything it printed.
fn ftl_check(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ftl-check"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    (out.status.code(), format!("{stdout}--- stderr\n{stderr}"))
}

/// A healthy multi-file project (brand terms in brands.ftl used by the sibling files,
/// `[0]` and `[1]` variants in en-US and fr) checked as a folder: strict, so the
/// partial German locale's missing messages and file are errors, and nothing else is.
#[test]
fn a_project_folder_resolves_references_across_a_locales_files() {
    let (code, output) = ftl_check(&["project"]);
    assert_eq!(code, Some(1), "{output}");
    assert!(!output.contains("project/fr/"), "fr is complete: {output}");
    insta::assert_snapshot!(output);
}

#[test]
fn errors_only_and_a_clean_folder() {
    let out = Command::new(env!("CARGO_BIN_EXE_ftl-check"))
        .args(["--errors-only", "broken"])
        .current_dir(fixtures())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains(": warning: "), "{stdout}");
    assert!(stdout.contains(": error: duplicate-id: "), "{stdout}");

    let repo_locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let out = Command::new(env!("CARGO_BIN_EXE_ftl-check"))
        .arg(&repo_locales)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let out = Command::new(env!("CARGO_BIN_EXE_ftl-check"))
        .arg("no-such-folder")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn finds_at_least_what_compare_locales_finds() {
    if Command::new("compare-locales")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "SKIPPED: compare-locales is not installed (pip install compare-locales); \
             scripts/compare-locales.py compares the two"
        );
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/compare-locales.py");
    let out = Command::new("python3")
        .arg(script)
        .arg("--ftl-check")
        .arg(env!("CARGO_BIN_EXE_ftl-check"))
        .arg(fixtures().join("broken"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
