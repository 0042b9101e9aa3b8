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
/// partial German locale's missing messages and file are errors, and nothing else is;
/// a French variant that lost its `{ $count }` is a warning.
#[test]
fn a_project_folder_resolves_references_across_a_locales_files() {
    let (code, output) = ftl_check(&["project"]);
    assert_eq!(code, Some(1), "{output}");
    // fr is complete, with one message and one file left over (errors here), and a
    // variant that lost its number (a warning).
    let french: Vec<&str> = output
        .lines()
        .filter(|l| l.contains("project/fr/"))
        .collect();
    assert_eq!(
        french,
        [
            "project/fr/main.ftl:3:1: error: obsolete-message: the reference has no message welcome-back: nothing shows it",
            "project/fr/main.ftl:14:8: warning: variant-lost-variable: files-selected [other] does not show $count, which the reference's [other] shows",
            "project/fr/retired.ftl:1:1: error: obsolete-file: en-US has no retired.ftl: nothing reads this file",
        ]
    );
    insta::assert_snapshot!(output);
}

/// The same project through its compare-locales configuration: the partial German
/// locale's missing messages and file, and French's obsolete message and file, are
/// warnings, counted and listed, and the check passes; `--strict` makes them errors.
#[test]
fn a_project_configuration_reports_missing_strings_as_warnings_unless_strict() {
    let (code, output) = ftl_check(&["--config", "project/l10n.toml"]);
    assert_eq!(code, Some(0), "{output}");
    insta::assert_snapshot!(output);

    let (code, output) = ftl_check(&["--config", "project/l10n.toml", "--strict"]);
    assert_eq!(code, Some(1), "{output}");
    assert!(
        output.contains("project/de/settings.ftl:1:1: error: missing-file: de has no settings.ftl"),
        "{output}"
    );
    assert!(
        output.contains(
            "project/en-US/main.ftl:8:1: error: missing-message: the message files-selected is not translated into de"
        ),
        "{output}"
    );
    assert!(
        output.contains("project/fr/retired.ftl:1:1: error: obsolete-file: "),
        "{output}"
    );
    assert!(
        output.contains("ftl-check: 5 error(s), 1 warning(s)"),
        "{output}"
    );
}

/// A configuration that includes another (`tests/fixtures/included`): the included
/// add-on's paths are checked too, below its own folder, in the locales of the project;
/// `[[filters]]` drop the missing beta banner, make a missing menu item an error (a
/// warning without the filter) and let the add-on's notes file be missing.
#[test]
fn a_configuration_checks_what_it_includes_and_applies_its_filters() {
    let (code, output) = ftl_check(&["--config", "included/l10n.toml"]);
    assert_eq!(code, Some(1), "the filter made an error: {output}");
    let findings: Vec<&str> = output.lines().filter(|l| l.contains(": ")).collect();
    assert_eq!(
        findings[..3],
        [
            "included/app/en-US/app.ftl:4:1: error: missing-message: the message menu-edit is not translated into de",
            "included/app/en-US/app.ftl:5:1: warning: missing-message: the message status-ready is not translated into de",
            "included/addon/en-US/addon.ftl:2:1: warning: missing-message: the message addon-open is not translated into de",
        ],
        "{output}"
    );
    assert!(!output.contains("beta-banner"), "ignored: {output}");
    assert!(!output.contains("notes.ftl"), "ignored: {output}");
    assert!(
        output.contains("ftl-check: 1 error(s), 2 warning(s)"),
        "{output}"
    );
    // `--strict` makes what no filter decides an error; what they ignore stays ignored.
    let (code, output) = ftl_check(&["--config", "included/l10n.toml", "--strict"]);
    assert_eq!(code, Some(1), "{output}");
    assert!(
        output.contains("ftl-check: 3 error(s), 0 warning(s)"),
        "{output}"
    );
    assert!(!output.contains("beta-banner"), "{output}");
}

/// A configuration that includes itself, through another, is refused, naming the
/// cycle and the file whose include closes it.
#[test]
fn an_include_cycle_is_refused_naming_the_cycle() {
    let dir = std::env::temp_dir().join(format!("ftl-check-cycle-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("addon")).unwrap();
    std::fs::write(
        dir.join("l10n.toml"),
        "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/*.ftl\"\nl10n = \"{locale}/*.ftl\"\n\
         [[includes]]\npath = \"addon/l10n.toml\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("addon/l10n.toml"),
        "[[includes]]\npath = \"../l10n.toml\"\n",
    )
    .unwrap();
    let top = dir.join("l10n.toml");
    let (code, output) = ftl_check(&["--config", top.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, Some(2), "{output}");
    let addon = dir.join("addon/l10n.toml");
    let expected = format!(
        "{}: [[includes]] #1 path: `../l10n.toml` makes an include cycle: {} includes {} includes {}",
        addon.display(),
        top.display(),
        addon.display(),
        top.display()
    );
    assert!(output.contains(&expected), "{expected}\n{output}");
}

/// A configuration ftl-check does not fully understand is refused, naming what.
#[test]
fn a_configuration_with_what_ftl_check_does_not_support_is_refused_by_name() {
    let dir = std::env::temp_dir().join(format!("ftl-check-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/**\"\n[[excludes]]\npath = \"other/l10n.toml\"\n",
            "`excludes` is not supported",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/**\"\n[[includes]]\npath = \"other/l10n.toml\"\n",
            "[[includes]] #1 path: `other/l10n.toml`: there is no configuration file ",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/**\"\n[[filters]]\npath = \"{locale}/a.ftl\"\naction = \"hide\"\n",
            "`[[filters]] #1 action` must be \"error\", \"warning\" or \"ignore\"",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{loc}/**\"\n",
            "[[paths]] #1 l10n: `{loc}/**`: unknown variable {loc}",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/?.ftl\"\nl10n = \"{locale}/?.ftl\"\n",
            "`?` in a path pattern is not supported",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/*.ftl\"\n",
            "does not have the same wildcards as its reference",
        ),
        (
            "locales = [\"fr\"]\n[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/**\"\ntest = [\"x\"]\n",
            "[[paths]] #1: `test` is not supported",
        ),
        (
            "[[paths]]\nreference = \"en-US/**\"\nl10n = \"{locale}/**\"\n",
            "no locales to check",
        ),
        ("locales = [\"fr\"\n", "not TOML"),
    ];
    for (toml, expected) in cases {
        let config = dir.join("l10n.toml");
        std::fs::write(&config, toml).unwrap();
        let (code, output) = ftl_check(&["--config", config.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{toml}: {output}");
        assert!(output.contains(expected), "{toml}: {output}");
        assert!(output.contains("l10n.toml: "), "names the file: {output}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
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
