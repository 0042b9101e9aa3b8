//! The `dateline-site` binary as an operator uses it.

mod common;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::fixture_config;
use dateline_site::{STARTER_CONFIG, SiteConfig};
use dateline_test_support::run_with_stdin;
use scraper::{Html, Selector};

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

/// `init --data DIR` without `--config`: the command's answer.
fn init_with_starter(data: &Path) -> Output {
    run(&["init", "--data", data.to_str().unwrap()], "")
}

#[test]
fn init_without_a_config_writes_the_starter_and_says_where_and_what_to_edit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    let out = init_with_starter(&data);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let config = data.join("site.toml");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), STARTER_CONFIG);
    assert!(data.join("site.sqlite3").is_file());
    // What the site's own loader makes of it, as `serve` will.
    let loaded = SiteConfig::load(&config).unwrap();
    assert_eq!(loaded.name, "The Wrenhollow Herald");

    let said = text(&out.stderr);
    assert!(said.contains(&config.display().to_string()), "{said}");
    for what in [
        "name",
        "base_url",
        "locales",
        "time_zone",
        "tiers",
        "sections",
    ] {
        assert!(said.contains(what), "{what} missing from {said}");
    }
    assert!(
        said.contains(&format!("dateline-site serve --data {}", data.display())),
        "{said}"
    );
    assert!(
        out.stdout.is_empty(),
        "stdout stays empty: {}",
        text(&out.stdout)
    );
}

#[test]
fn init_again_keeps_an_edited_site_toml_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    assert!(init_with_starter(&data).status.success());
    let config = data.join("site.toml");
    let edited = STARTER_CONFIG.replace("The Wrenhollow Herald", "The Edited Herald");
    std::fs::write(&config, &edited).unwrap();

    let fixture = fixture_config();
    let with_config = ["--config", fixture.to_str().unwrap()];
    for extra in [&[][..], &with_config[..]] {
        let mut args = vec!["init", "--data", data.to_str().unwrap()];
        args.extend_from_slice(extra);
        let out = run(&args, "");
        assert!(!out.status.success(), "{args:?}");
        let said = text(&out.stderr);
        assert!(
            said.contains("is already initialised: its site.toml is left as it is"),
            "{args:?}: {said}"
        );
        assert_eq!(
            std::fs::read_to_string(&config).unwrap(),
            edited,
            "{args:?}"
        );
    }
}

/// `dateline-site serve` as a child process, killed when dropped.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Serving {
    /// Starts `serve --data DATA` on a free loopback port and waits until it answers;
    /// the address it serves at. Its log goes to a file beside DATA (a pipe nobody reads
    /// could fill and stall it), shown if it stops.
    async fn start(data: &Path) -> (Self, String) {
        // A port nobody holds now; the server binds it a moment later.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let listen = format!("127.0.0.1:{port}");
        let log = data.with_extension("log");
        let child = Command::new(env!("CARGO_BIN_EXE_dateline-site"))
            .args([
                "serve",
                "--data",
                data.to_str().unwrap(),
                "--listen",
                &listen,
            ])
            .env_remove("DATELINE_SITE_DATA")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut serving = Serving(child);
        let base = format!("http://{listen}");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = reqwest::get(format!("{base}/healthz")).await
                && r.status() == 200
            {
                return (serving, base);
            }
            if let Some(status) = serving.0.try_wait().unwrap() {
                let said = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("serve exited with {status}: {said}");
            }
            assert!(Instant::now() < deadline, "serve did not answer in 30 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

#[tokio::test]
async fn a_site_made_from_the_starter_serves_its_home_page_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    assert!(init_with_starter(&data).status.success());
    let (_serving, base) = Serving::start(&data).await;

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let root = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(root.status(), 303);
    assert_eq!(root.headers()["location"], "/en-US/");

    for (locale, section) in [("en-US", "News"), ("fr", "Actualités")] {
        let home = client
            .get(format!("{base}/{locale}/"))
            .send()
            .await
            .unwrap();
        assert_eq!(home.status(), 200, "/{locale}/");
        let page = Html::parse_document(&home.text().await.unwrap());
        let texts = |css: &str| -> Vec<String> {
            page.select(&Selector::parse(css).unwrap())
                .map(|e| e.text().collect::<String>().trim().to_owned())
                .collect()
        };
        assert_eq!(texts("title"), ["The Wrenhollow Herald"], "/{locale}/");
        assert_eq!(texts(".site-name"), ["The Wrenhollow Herald"], "/{locale}/");
        assert_eq!(texts("nav.sections a"), [section], "/{locale}/");
        let html = page
            .select(&Selector::parse("html").unwrap())
            .next()
            .unwrap();
        assert_eq!(html.value().attr("lang"), Some(locale));
        // Both languages are offered: the one shown, and a link to the other.
        assert_eq!(texts("[data-testid=language-chooser] li").len(), 2);
    }
}
