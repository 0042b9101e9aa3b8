//! The `dateline-site` binary as an operator uses it.

mod common;

use std::process::{Command, Output};

use common::fixture_config;
use dateline_test_support::run_with_stdin;

fn run(args: &[&str], stdin: &str) -> Output {
    run_with_stdin(
        Command::new(env!("CARGO_BIN_EXE_dateline-site"))
            .args(args)
            .env_remove("DATELINE_SITE_DATA"),
        stdin,
    )
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn init_then_tokens_and_subscribers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    let data = data.to_str().unwrap();
    let config = fixture_config();
    let config = config.to_str().unwrap();

    let out = run(&["init", "--data", data, "--config", config], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.path().join("site/site.sqlite3").is_file());
    let copied = std::fs::read(dir.path().join("site/site.toml")).unwrap();
    assert_eq!(copied, std::fs::read(config).unwrap());

    // A second init changes nothing and says why.
    std::fs::write(dir.path().join("site/site.toml"), "name = \"kept\"").unwrap();
    let out = run(&["init", "--data", data, "--config", config], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is already initialised"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("site/site.toml")).unwrap(),
        "name = \"kept\""
    );
    std::fs::write(dir.path().join("site/site.toml"), copied).unwrap();

    let out = run(
        &[
            "token", "create", "--data", data, "--role", "editor", "--label", "desk",
        ],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "only the token on stdout: {stdout:?}");
    assert!(
        lines[0].starts_with("dl_") && lines[0].len() == 46,
        "{stdout:?}"
    );

    let out = run(&["token", "list", "--data", data], "");
    let listing = text(&out.stdout);
    assert!(listing.contains("desk\teditor\t"), "{listing}");
    assert!(!listing.contains(lines[0]), "list never shows a token");

    let out = run(&["token", "revoke", "--data", data, "--label", "desk"], "");
    assert!(out.status.success());
    let out = run(&["token", "revoke", "--data", data, "--label", "desk"], "");
    assert!(!out.status.success());

    let out = run(
        &[
            "subscriber",
            "add",
            "--data",
            data,
            "--email",
            "ana@example.org",
        ],
        "\n",
    );
    assert!(!out.status.success(), "an empty password is refused");
    let out = run(
        &[
            "subscriber",
            "add",
            "--data",
            data,
            "--email",
            "ana@example.org",
        ],
        "s3cret\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(
        &[
            "subscriber",
            "grant",
            "--data",
            data,
            "--email",
            "ana@example.org",
            "--tier",
            "gold",
        ],
        "",
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no tier \"gold\""),
        "{}",
        text(&out.stderr)
    );
    let out = run(
        &[
            "subscriber",
            "grant",
            "--data",
            data,
            "--email",
            "ana@example.org",
            "--tier",
            "premium",
        ],
        "",
    );
    assert!(out.status.success());
    let out = run(&["subscriber", "list", "--data", data], "");
    assert!(text(&out.stdout).contains("ana@example.org\tpremium\t"));
    let out = run(
        &[
            "subscriber",
            "revoke",
            "--data",
            data,
            "--email",
            "ana@example.org",
        ],
        "",
    );
    assert!(out.status.success());
    let out = run(&["subscriber", "list", "--data", data], "");
    assert!(text(&out.stdout).contains("ana@example.org\tmembers\t"));
    assert!(
        !text(&out.stdout).contains("argon2"),
        "no password hashes in listings"
    );
}

#[test]
fn an_invalid_config_is_refused_naming_the_field() {
    let fixture = std::fs::read_to_string(fixture_config()).unwrap();
    for (from, to, message) in [
        (
            "default_locale = \"en-US\"",
            "default_locale = \"pt\"",
            "site.toml: default_locale: \"pt\" is not one of locales",
        ),
        (
            "time_zone = \"Europe/Berlin\"",
            "time_zone = \"Europe/Bonn\"",
            "site.toml: time_zone: \"Europe/Bonn\" is not an IANA time zone name",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("site.toml");
        assert!(fixture.contains(from), "{from}");
        std::fs::write(&bad, fixture.replace(from, to)).unwrap();
        let data = dir.path().join("site");
        let out = run(
            &[
                "init",
                "--data",
                data.to_str().unwrap(),
                "--config",
                bad.to_str().unwrap(),
            ],
            "",
        );
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains(message), "{}", text(&out.stderr));
        assert!(!data.join("site.toml").exists());
    }
}

#[test]
fn commands_on_an_uninitialised_folder_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        &[
            "token",
            "create",
            "--data",
            dir.path().to_str().unwrap(),
            "--role",
            "writer",
        ],
        "",
    );
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("not an initialised site folder"));
}
