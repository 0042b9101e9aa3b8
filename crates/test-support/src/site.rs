//! [`TestSite`]: a real site on 127.0.0.1:0 in a temporary folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dateline_protocol::Role;
use reqwest::redirect::Policy;
use serde_json::Value;
use tokio::sync::oneshot;

use crate::mail::{self, Mail};
use crate::paths::{binary, fixture_config};

/// A `dateline-site` serving the fixture publication in-process, with an editor's and a
/// writer's token made before it started.
pub struct TestSite {
    /// Holds the data folder ([`TestSite::data`]); removed when the site is dropped.
    dir: tempfile::TempDir,
    /// Where the server listens: `http://127.0.0.1:<port>`, no trailing slash.
    pub base: String,
    /// A client that does not follow redirects (tests look at them) and keeps no cookies.
    pub client: reqwest::Client,
    pub editor: String,
    pub writer: String,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

/// How the data folder is made before the server starts.
enum Init {
    /// `dateline_site::init`, in this process: the quick way.
    Library,
    /// The built `dateline-site init`, as an operator makes a site.
    Cli,
    /// The built `dateline-site init` with no `--config`: the starter site.toml, as a
    /// newcomer makes a site.
    Starter,
}

/// What is done to the initialised data folder before the server starts.
type Prepare<'a> = Box<dyn FnOnce(&Path) + 'a>;

/// A [`TestSite`] to be: the base URL its readers see, how its folder is made and what
/// is done to the folder before the server starts.
pub struct SiteBuilder<'a> {
    base_url: Option<String>,
    init: Init,
    prepare: Option<Prepare<'a>>,
}

impl<'a> SiteBuilder<'a> {
    /// Readers are sent to `base_url` rather than to this server's own address.
    pub fn base_url(mut self, base_url: &str) -> Self {
        self.base_url = Some(base_url.to_owned());
        self
    }

    /// The data folder is made by the built `dateline-site init` (see [`crate::binary`]).
    pub fn init_through_cli(mut self) -> Self {
        self.init = Init::Cli;
        self
    }

    pub fn init_from_starter(mut self) -> Self {
        self.init = Init::Starter;
        self
    }

    /// `prepare` gets the initialised data folder before the server starts: to add to
    /// its site.toml, or to put secret files beside it.
    pub fn prepare(mut self, prepare: impl FnOnce(&Path) + 'a) -> Self {
        self.prepare = Some(Box::new(prepare));
        self
    }

    pub async fn start(self) -> TestSite {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("site");
        match self.init {
            Init::Library => dateline_site::init(&data, &fixture_config()).unwrap(),
            Init::Cli => init_through_cli(&data, true),
            Init::Starter => init_through_cli(&data, false),
        }
        if let Some(prepare) = self.prepare {
            prepare(&data);
        }
        let editor = dateline_site::admin::create_token(&data, Role::Editor, "editor").unwrap();
        let writer = dateline_site::admin::create_token(&data, Role::Writer, "writer").unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let public = self.base_url.unwrap_or_else(|| base.clone());
        let server = tokio::spawn(async move {
            dateline_site::serve(data, listener, Some(public), async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        let client = reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap();
        TestSite {
            dir,
            base,
            client,
            editor,
            writer,
            stop: Some(stop),
            server: Some(server),
        }
    }
}

fn init_through_cli(data: &Path, with_fixture_config: bool) {
    let mut init = Command::new(binary("dateline-site"));
    init.args(["init", "--data"]).arg(data);
    if with_fixture_config {
        init.arg("--config").arg(fixture_config());
    }
    let status = init.status().expect("dateline-site init runs");
    assert!(status.success(), "dateline-site init failed: {status}");
}

impl TestSite {
    /// A site whose folder `dateline_site::init` made, serving readers at its own address.
    pub async fn start() -> Self {
        Self::builder().start().await
    }

    /// A site whose folder the built `dateline-site init` made, as the end-to-end suites
    /// want: everything from the command line on is the real thing.
    pub async fn start_through_cli() -> Self {
        Self::builder().init_through_cli().start().await
    }

    /// For a site started some other way than [`TestSite::start`]'s.
    pub fn builder<'a>() -> SiteBuilder<'a> {
        SiteBuilder {
            base_url: None,
            init: Init::Library,
            prepare: None,
        }
    }

    /// The site's data folder (site.toml, the database, the media and the mail spool).
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The site path of `locale`'s text in a publish answer (`urls` are absolute).
    pub fn path_in(&self, answer: &Value, locale: &str) -> String {
        answer["urls"][locale]
            .as_str()
            .unwrap_or_else(|| panic!("no {locale} URL in {answer}"))
            .trim_start_matches(&self.base)
            .to_owned()
    }

    /// A new token of `role`, under a label of its own.
    pub fn token(&self, role: Role) -> String {
        let label = format!("{} {}", role.as_str(), uuid::Uuid::new_v4());
        dateline_site::admin::create_token(&self.data(), role, &label).unwrap()
    }

    /// Every mail the site has written to its spool, oldest first.
    pub fn mails(&self) -> Vec<Mail> {
        mail::spool(&self.data())
    }

    /// The spool once it holds at least `count` mails (see [`mail::spool_of_at_least`]).
    pub async fn wait_for_mails(&self, count: usize) -> Vec<Mail> {
        mail::spool_of_at_least(&self.data(), count).await
    }

    /// Runs the built `dateline-site` CLI against this site's data, feeding it `stdin`;
    /// what it printed. Panics when the command fails.
    pub fn cli(&self, args: &[&str], stdin: &str) -> String {
        let out = run_with_stdin(
            Command::new(binary("dateline-site"))
                .args(args)
                .arg("--data")
                .arg(self.data()),
            stdin,
        );
        assert!(
            out.status.success(),
            "dateline-site {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Makes a reader's account with the real CLI (`subscriber add`), then moves it to
    /// `tier` (`subscriber grant`) unless that is `members`, where accounts start.
    pub fn add_subscriber(&self, email: &str, password: &str, tier: &str) {
        self.cli(
            &["subscriber", "add", "--email", email],
            &format!("{password}\n"),
        );
        if tier != "members" {
            self.cli(
                &["subscriber", "grant", "--email", email, "--tier", tier],
                "",
            );
        }
    }

    /// Rows in a table of the site's database, read straight from the file.
    pub fn rows(&self, table: &str) -> i64 {
        let db = rusqlite::Connection::open(self.data().join("site.sqlite3")).unwrap();
        db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    /// The files in the site's media folder (none if it does not exist yet).
    pub fn media_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.data().join("media"))
            .map(|dir| {
                dir.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Stops the server and waits for it to finish: graceful shutdown works.
    pub async fn stop(mut self) {
        self.stop.take().unwrap().send(()).unwrap();
        self.server.take().unwrap().await.unwrap();
    }
}

/// Runs `command` to its end with `stdin` as its input, capturing what it printed (as a
/// person typing a password into a prompt does: the CLI reads secrets from stdin).
pub fn run_with_stdin(command: &mut Command, stdin: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawning {command:?}: {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
