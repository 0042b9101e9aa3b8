//! Helpers for Dateline's end-to-end tests: a real `dateline-site` on loopback (the
//! [`TestSite`] of `dateline-test-support`, which the site's own tests share, with the
//! desk's side of it in [`DeskSite`]), the real binaries, headless Chromium through
//! chromedriver, and the built desk through tauri-driver and WebKitWebDriver.
//!
//! Run them through `make test` (or `scripts/with-desktop-session.sh cargo test -p e2e`
//! after `cargo build -p dateline -p dateline-site`): the desk's tests need an X server,
//! a D-Bus session and an unlocked keyring, which that script provides.

// Test harness types hold processes and clients; printing them helps no one.
#![allow(missing_debug_implementations)]

use std::collections::BTreeMap;
use std::net::TcpListener as StdListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use dateline_desk::{Expect, SiteClient};
use dateline_protocol::{ArticlePut, Role};

use fantoccini::key::Key;
pub use fantoccini::{Client, Locator};

pub mod fault_proxy;
pub mod publish;
pub mod translate;

// The site on loopback and its mail, shared with the site's own tests.
pub use dateline_test_support::{Mail, TestSite, bin_dir, binary, repo_root};

/// A free TCP port on loopback (for servers that must be told their port).
pub fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Polls `check` until it returns `Some`, or fails after `limit` naming `what`.
/// A deadline for waiting, not a timing assertion.
pub async fn wait_for<T, F, Fut>(what: &str, limit: Duration, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = check().await {
            return Ok(v);
        }
        if start.elapsed() > limit {
            bail!("gave up waiting for {what}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// What the end-to-end suites do to a [`TestSite`] through the desk: connect one to it,
/// publish with the desk's own API client. Desk helpers, so they live here and not in
/// dateline-test-support, which the site's tests use without a desk.
// The suites await these on their own runtime; no caller needs the futures to be Send.
#[allow(async_fn_in_trait)]
pub trait DeskSite {
    /// Connects a desk whose data lives in `data_dir` to this site with a new token of
    /// `role`, through the real `dateline connect` (the token goes to the keyring).
    fn connect_desk(&self, data_dir: &Path, role: Role) -> Result<()>;

    /// Publishes `put` as a new article through the desk's real API client, as an
    /// editor; its public address in each locale. (Not `publish`: that is the site's
    /// own JSON helper, which `TestSite` has itself.)
    async fn publish_new(&self, put: &ArticlePut) -> Result<BTreeMap<String, String>>;

    /// Publishes `put` under the id `id` through the desk's real API client, with a new
    /// editor token of its own; its public address in each locale.
    async fn publish_as(
        &self,
        id: uuid::Uuid,
        put: &ArticlePut,
    ) -> Result<BTreeMap<String, String>>;

    /// Publishes every article of the fixture publication under its own id; each with
    /// its public addresses by locale.
    async fn publish_fixtures(&self) -> Result<Vec<(ArticlePut, BTreeMap<String, String>)>>;
}

impl DeskSite for TestSite {
    fn connect_desk(&self, data_dir: &Path, role: Role) -> Result<()> {
        use std::io::Write;
        let mut connect = Command::new(binary("dateline"))
            .args(["connect", &self.base])
            .env("DATELINE_DATA_DIR", data_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        writeln!(
            connect.stdin.take().context("stdin")?,
            "{}",
            self.token(role)
        )?;
        let out = connect.wait_with_output()?;
        if !out.status.success() {
            bail!(
                "dateline connect failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }

    async fn publish_new(&self, put: &ArticlePut) -> Result<BTreeMap<String, String>> {
        self.publish_as(uuid::Uuid::now_v7(), put).await
    }

    async fn publish_as(
        &self,
        id: uuid::Uuid,
        put: &ArticlePut,
    ) -> Result<BTreeMap<String, String>> {
        let client = SiteClient::new(&self.base, &self.token(Role::Editor))?;
        let published = client
            .put_article(id, put, Expect::Absent, uuid::Uuid::new_v4())
            .await
            .with_context(|| format!("publishing {id}"))?;
        Ok(published.urls)
    }

    async fn publish_fixtures(&self) -> Result<Vec<(ArticlePut, BTreeMap<String, String>)>> {
        let mut out = Vec::new();
        for (id, put) in fixture_articles()? {
            let urls = self.publish_as(id, &put).await?;
            out.push((put, urls));
        }
        Ok(out)
    }
}

/// The fixture publication's articles (`tests/fixtures/publication/articles/<id>.json`),
/// in the order of their ids.
pub fn fixture_articles() -> Result<Vec<(uuid::Uuid, ArticlePut)>> {
    let dir = repo_root().join("tests/fixtures/publication/articles");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .context("file name")?
            .parse()
            .with_context(|| format!("{} is not named by a UUID", path.display()))?;
        let put = serde_json::from_str(&std::fs::read_to_string(&path)?)
            .with_context(|| format!("{} is not an ArticlePut", path.display()))?;
        out.push((id, put));
    }
    out.sort_by_key(|(id, _)| *id);
    Ok(out)
}

/// A child process stopped with SIGTERM when dropped: tauri-driver must not get SIGKILL,
/// which would orphan WebKitWebDriver on its port.
pub struct Daemon(Child);

impl Daemon {
    pub fn spawn(cmd: &mut Command) -> Result<Self> {
        Ok(Self(
            cmd.spawn().with_context(|| format!("spawning {cmd:?}"))?,
        ))
    }

    /// The child's standard output, if it was piped.
    pub fn stdout(&mut self) -> Option<&mut std::process::ChildStdout> {
        self.0.stdout.as_mut()
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.0.id()) {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGTERM,
            );
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn connect_webdriver(port: u16, caps: serde_json::Value) -> Result<Client> {
    let caps = match caps {
        serde_json::Value::Object(m) => m,
        _ => bail!("capabilities must be an object"),
    };
    let url = format!("http://127.0.0.1:{port}");
    wait_for("the WebDriver server", Duration::from_secs(30), || {
        let caps = caps.clone();
        let url = url.clone();
        async move {
            fantoccini::ClientBuilder::new(
                hyper_util::client::legacy::connect::HttpConnector::new(),
            )
            .capabilities(caps)
                .connect(&url)
                .await
                .ok()
        }
    })
    .await
}

/// Debian's Chromium, or the one `$CHROMIUM` names.
fn chromium_binary() -> Result<String> {
    if let Ok(path) = std::env::var("CHROMIUM") {
        return Ok(path);
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .map(str::to_owned)
        .context("no Chromium at /usr/bin/chromium: install Debian's chromium and chromium-driver, or set CHROMIUM")
}

/// Headless Chromium driven through Debian's chromedriver.
pub struct Chromium {
    _driver: Daemon,
    _profile: tempfile::TempDir,
    pub client: Client,
}

impl Chromium {
    pub async fn start() -> Result<Self> {
        let port = free_port();
        let driver = Daemon::spawn(
            Command::new("chromedriver")
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )?;
        let profile = tempfile::tempdir()?;
        let caps = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium_binary()?,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }
        });
        let client = connect_webdriver(port, caps).await?;
        Ok(Self {
            _driver: driver,
            _profile: profile,
            client,
        })
    }
}

/// The built desk, driven through tauri-driver and WebKitWebDriver.
pub struct Desk {
    _driver: Daemon,
    pub client: Client,
}

impl Desk {
    /// Starts the desk with its data in `data_dir`.
    pub async fn start(data_dir: &Path) -> Result<Self> {
        Self::start_with_env(data_dir, &[]).await
    }

    /// Starts the desk with its data in `data_dir` and more environment variables
    /// (which tauri-driver and WebKitWebDriver pass on to the app).
    pub async fn start_with_env(data_dir: &Path, env: &[(&str, &str)]) -> Result<Self> {
        let port = free_port();
        let native = free_port();
        let driver = Daemon::spawn(
            Command::new("tauri-driver")
                .args([
                    "--port",
                    &port.to_string(),
                    "--native-port",
                    &native.to_string(),
                ])
                .env("DATELINE_DATA_DIR", data_dir)
                .envs(env.iter().copied())
                .stdout(Stdio::null())
                .stderr(Stdio::inherit()),
        )?;
        let caps = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": binary("dateline") },
        });
        let client = connect_webdriver(port, caps).await?;
        Ok(Self {
            _driver: driver,
            client,
        })
    }

    pub async fn quit(self) -> Result<()> {
        self.client.close().await?;
        Ok(())
    }
}

/// Clicks "New article" and types `title` as the new article's headline.
pub async fn new_article(client: &Client, title: &str) -> Result<()> {
    client
        .wait()
        .for_element(Locator::Css("[data-testid=new-article]"))
        .await?
        .click()
        .await?;
    client
        .wait()
        .for_element(Locator::Css("[data-testid=title]"))
        .await?
        .send_keys(title)
        .await?;
    Ok(())
}

/// Text of the first element matching `css`, once it exists. A page that re-renders
/// between finding the element and reading it (Svelte replacing a list) makes the
/// element stale: then it is looked up again.
pub async fn text_of(client: &Client, css: &str) -> Result<String> {
    let mut attempts = 0;
    loop {
        let el = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("no element {css}"))?;
        match inner_text(client, &el).await {
            Err(e) if attempts < 5 && e.to_string().contains("stale element") => attempts += 1,
            read => return read,
        }
    }
}

/// The element's rendered text. WebKitWebDriver's own "get element text" answers ""
/// inside the desk (whose CSP and frozen prototypes its script atoms trip over), so ask
/// the page for `innerText`, which is what a person sees.
pub async fn inner_text(client: &Client, el: &fantoccini::elements::Element) -> Result<String> {
    let v = client
        .execute(
            "return arguments[0].innerText;",
            vec![serde_json::to_value(el)?],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// Like [`wait_for`] with a 20 s deadline, but `check` also says what it saw, and on
/// giving up the error tells the last thing seen.
pub async fn wait_seeing<T, F, Fut>(what: &str, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = (String, Option<T>)>,
{
    let last = std::sync::Mutex::new(String::from("nothing"));
    let found = wait_for(what, Duration::from_secs(20), || {
        let seen = check();
        let last = &last;
        async move {
            let (observed, hit) = seen.await;
            *last.lock().unwrap_or_else(|e| e.into_inner()) = observed;
            hit
        }
    })
    .await;
    found.with_context(|| {
        format!(
            "{what}: last seen {}",
            last.lock().unwrap_or_else(|e| e.into_inner())
        )
    })
}

/// Waits until the text of `css` satisfies `pred`, and returns it. On giving up, the
/// error says what was last seen.
pub async fn wait_text(
    client: &Client,
    css: &str,
    what: &str,
    pred: impl Fn(&str) -> bool,
) -> Result<String> {
    wait_seeing(&format!("{what} ({css})"), || async {
        let observed = match client.find(Locator::Css(css)).await {
            Ok(el) => inner_text(client, &el)
                .await
                .map_err(|e| format!("error {e}")),
            Err(e) => Err(format!("no element: {e}")),
        };
        let hit = match &observed {
            Ok(t) if pred(t) => Some(t.clone()),
            _ => None,
        };
        (format!("{observed:?}"), hit)
    })
    .await
}

/// Saves a screenshot for people to look at under `tests/artifacts/`.
pub async fn screenshot(client: &Client, name: &str) -> Result<()> {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = client.screenshot().await?;
    let dir = repo_root().join("tests/artifacts");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.png")), png)?;
    Ok(())
}

/// Passes `result` through; when it is an error, first saves a screenshot named `name`,
/// so a failure in CI can be seen, not only read.
pub async fn failure_screenshot<T>(client: &Client, name: &str, result: Result<T>) -> Result<T> {
    if result.is_err() {
        let _ = screenshot(client, name).await;
    }
    result
}

/// Runs `session` in the built desk connected to a fresh site of the fixture
/// publication with a token of `role` (`dateline connect`, the token in the keyring);
/// on failure keeps a screenshot `<name>-failure`; stops both either way. Answers the
/// desk's data folder, for checks of what it stored, with what the session returned.
pub async fn with_connected_desk<T>(
    name: &str,
    role: Role,
    session: impl AsyncFnOnce(&Client, &TestSite) -> Result<T>,
) -> Result<(tempfile::TempDir, T)> {
    let site = TestSite::start_through_cli().await;
    let data = tempfile::tempdir()?;
    site.connect_desk(data.path(), role)?;
    let desk = Desk::start(data.path()).await?;
    let result = session(&desk.client, &site).await;
    let result = failure_screenshot(&desk.client, &format!("{name}-failure"), result).await;
    desk.quit().await?;
    site.stop().await;
    Ok((data, result?))
}

/// Switches the desk's interface to `locale` and waits until the page has that
/// language's direction (`ltr` or `rtl`).
pub async fn set_ui_language(client: &Client, locale: &str, dir: &str) -> Result<()> {
    client
        .find(Locator::Css("[data-testid=ui-language]"))
        .await?
        .select_by_value(locale)
        .await?;
    wait_seeing(&format!("a desk in {locale}, {dir}"), || async {
        let seen = client
            .execute("return document.documentElement.dir;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        (seen.clone(), (seen == dir).then_some(()))
    })
    .await
}

/// Runs `test` against a fresh site of the fixture publication in a fresh headless
/// Chromium; on failure keeps a screenshot `<name>-failure`; stops both either way.
pub async fn in_browser(
    name: &str,
    test: impl AsyncFnOnce(&TestSite, &Client) -> Result<()>,
) -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let browser = Chromium::start().await?;
    let result = test(&site, &browser.client).await;
    let result = failure_screenshot(&browser.client, &format!("{name}-failure"), result).await;
    let _ = browser.client.clone().close().await;
    site.stop().await;
    result
}

/// Clicks the element `css` once it exists.
pub async fn click(client: &Client, css: &str) -> Result<()> {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .with_context(|| format!("no element {css}"))?
        .click()
        .await?;
    Ok(())
}

/// Types each value into the input of the form `form` with that name, as a reader
/// would (so the browser's own checks of the fields apply), then presses the form's
/// submit button.
pub async fn fill_in(client: &Client, form: &str, fields: &[(&str, &str)]) -> Result<()> {
    for (name, value) in fields {
        let input = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(&format!("{form} input[name={name}]")))
            .await
            .with_context(|| format!("no input {name} in {form}"))?;
        input.clear().await?;
        input.send_keys(value).await?;
    }
    click(client, &format!("{form} button[type=submit]")).await
}

/// The path and query of the page the browser shows.
pub async fn current_path(client: &Client) -> Result<String> {
    let url = client.current_url().await?;
    Ok(match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    })
}

/// Waits until the browser shows the page at `path` (path and query).
pub async fn wait_for_path(client: &Client, path: &str) -> Result<()> {
    wait_seeing(&format!("the page {path}"), || async {
        match current_path(client).await {
            Ok(now) => {
                let hit = (now == path).then_some(());
                (now, hit)
            }
            Err(e) => (format!("error {e}"), None),
        }
    })
    .await
}

/// What the server sends to this browser's reader for `url`: asked again with the
/// browser's cookies, so a check of it does not rest on what the page's DOM became.
pub async fn html_sent(client: &Client, url: &str) -> Result<String> {
    let cookies = client
        .get_all_cookies()
        .await?
        .iter()
        .map(|c| format!("{}={}", c.name(), c.value()))
        .collect::<Vec<_>>()
        .join("; ");
    let mut request = reqwest::Client::new().get(url);
    if !cookies.is_empty() {
        request = request.header(reqwest::header::COOKIE, cookies);
    }
    let response = request.send().await?.error_for_status()?;
    Ok(response.text().await?)
}

/// Signs in through the site's form in `locale` and waits for the masthead to say so.
pub async fn sign_in(
    client: &Client,
    site: &TestSite,
    locale: &str,
    email: &str,
    password: &str,
) -> Result<()> {
    client
        .goto(&format!("{}/{locale}/account/signin", site.base))
        .await?;
    fill_in(
        client,
        "form.signin-form",
        &[("email", email), ("password", password)],
    )
    .await?;
    wait_text(client, "[data-testid=signed-in]", "signed in", |t| {
        t.contains(email)
    })
    .await?;
    Ok(())
}

/// Runs `script` in the page and returns its value.
pub async fn eval(client: &Client, script: &str) -> Result<serde_json::Value> {
    Ok(client.execute(script, vec![]).await?)
}

/// A 1x1 PNG, for image tests.
pub const PNG_1X1: [u8; 70] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
    0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73, 68, 65, 84, 120, 218, 99, 100, 248, 207, 80, 15, 0, 3,
    134, 1, 128, 90, 52, 125, 107, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/// Waits until the desk's preview shows a loaded image of [`PNG_1X1`]'s size.
pub async fn wait_for_preview_image(c: &Client) -> Result<()> {
    wait_for(
        "the image in the preview",
        Duration::from_secs(20),
        || async {
            let width = c
                .execute(
                    "const img = document.querySelector('[data-testid=preview] img');
                 return img && img.complete ? img.naturalWidth : 0;",
                    vec![],
                )
                .await
                .ok()?;
            (width.as_u64() == Some(1)).then_some(())
        },
    )
    .await
}

/// Delivers `desk`'s outbox until nothing is waiting (done, failed or in conflict),
/// sleeping between retries as the sender ([`dateline_desk::Desk::run_outbox`]) would. Fails after `limit`.
pub async fn settle_outbox(desk: &dateline_desk::Desk, limit: Duration) -> Result<()> {
    // As the app's sender does when it starts.
    desk.recover_outbox()?;
    let deadline = Instant::now() + limit;
    loop {
        let next = desk.deliver_due().await?;
        if desk.outbox_counts()?.pending == 0 {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("the outbox still has operations waiting after {limit:?}");
        }
        let wait = next
            .map(|t| (t - chrono::Utc::now()).to_std().unwrap_or_default())
            .unwrap_or(Duration::from_millis(50))
            .min(Duration::from_millis(500));
        tokio::time::sleep(wait).await;
    }
}

/// API tokens in memory, for suites that open many short-lived desks in this process
/// (the keyring itself is tested by the desk's own suites and the app's).
#[derive(Debug, Default, Clone)]
pub struct MemoryTokens(
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, String>>>,
);

impl dateline_desk::TokenStore for MemoryTokens {
    fn store_token(&self, site_url: &str, token: &str) -> dateline_desk::Result<()> {
        self.0.lock().unwrap().insert(site_url.into(), token.into());
        Ok(())
    }
    fn token(&self, site_url: &str) -> dateline_desk::Result<Option<String>> {
        Ok(self.0.lock().unwrap().get(site_url).cloned())
    }
    fn delete_token(&self, site_url: &str) -> dateline_desk::Result<()> {
        self.0.lock().unwrap().remove(site_url);
        Ok(())
    }
}

/// A keyring holding tokens in memory ([`MemoryTokens`]).
pub fn memory_keyring() -> dateline_desk::Keyring {
    dateline_desk::Keyring::new(MemoryTokens::default())
}

/// A keyring service name of its own for one desk, so a test never touches a real
/// desk's entries nor another test's.
pub fn test_keyring() -> dateline_desk::Keyring {
    dateline_desk::Keyring::service(&format!("dateline-e2e-{}", uuid::Uuid::new_v4()))
}

/// What a site says about an article, asked directly (`GET /api/v1/articles/{id}`).
#[derive(Debug)]
pub enum OnSite {
    Published(Box<dateline_protocol::PublishedArticle>),
    /// 404, with the error's details (`{"unpublished": true, "version": n}` for an
    /// unpublished article, nothing for one the site never had).
    NotFound(serde_json::Value),
}

/// Asks `site_url` for article `id` with `token`, past any proxy.
pub async fn on_site(site_url: &str, token: &str, id: uuid::Uuid) -> Result<OnSite> {
    let resp = reqwest::Client::new()
        .get(format!("{site_url}/api/v1/articles/{id}"))
        .bearer_auth(token)
        .send()
        .await?;
    match resp.status().as_u16() {
        200 => Ok(OnSite::Published(Box::new(resp.json().await?))),
        404 => {
            let err: dateline_protocol::ApiError = resp.json().await?;
            Ok(OnSite::NotFound(err.details))
        }
        s => bail!(
            "GET article {id}: {s} {}",
            resp.text().await.unwrap_or_default()
        ),
    }
}

/// Types `text` at the end of the body editor (Ctrl+End first), newlines as Enter.
pub async fn type_at_end(c: &Client, text: &str) -> Result<()> {
    let editor = c
        .find(Locator::Css("[data-testid=body-editor] .cm-content"))
        .await?;
    editor.click().await?;
    let (ctrl, end, null) = (
        char::from(Key::Control),
        char::from(Key::End),
        char::from(Key::Null),
    );
    editor.send_keys(&format!("{ctrl}{end}{null}")).await?;
    let enter = String::from(char::from(Key::Enter));
    editor.send_keys(&text.replace('\n', &enter)).await?;
    let last = text.lines().last().unwrap_or(text).trim();
    wait_text(
        c,
        "[data-testid=body-editor] .cm-content",
        "the typed text",
        |t| t.contains(last),
    )
    .await?;
    Ok(())
}

/// Waits for the editor's save state to say Saved.
pub async fn saved(c: &Client) -> Result<()> {
    wait_text(c, "[data-testid=save-state]", "the autosave", |t| {
        t == "Saved"
    })
    .await?;
    Ok(())
}

/// Waits until the element `css` has `attr` = `value`.
pub async fn wait_attr(c: &Client, css: &str, attr: &str, value: &str) -> Result<()> {
    wait_seeing(&format!("{css} {attr}={value}"), || async {
        match c.find(Locator::Css(css)).await {
            Ok(el) => {
                let now = el.attr(attr).await.ok().flatten().unwrap_or_default();
                let hit = (now == value).then_some(());
                (now, hit)
            }
            Err(_) => ("not there".into(), None),
        }
    })
    .await
}
