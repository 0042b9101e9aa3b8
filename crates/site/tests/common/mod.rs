//! A real site on 127.0.0.1:0 in a temporary folder, driven over HTTP with reqwest.

#![allow(dead_code)] // Each test file uses a different part of this.

use std::path::{Path, PathBuf};

use dateline_protocol::Role;
use reqwest::header::{self, HeaderMap};
use reqwest::redirect::Policy;
use serde_json::{Value, json};
use tokio::sync::oneshot;

pub fn fixture_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/publication/site.toml")
}

pub struct TestSite {
    pub dir: tempfile::TempDir,
    pub base: String,
    pub client: reqwest::Client,
    pub editor: String,
    pub writer: String,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

impl TestSite {
    pub async fn start() -> Self {
        Self::start_with_base_url(None).await
    }

    /// Starts a site whose readers use `base_url` (the default: this server's address).
    pub async fn start_with_base_url(base_url: Option<&str>) -> Self {
        Self::start_prepared(base_url, |_| {}).await
    }

    /// Starts a site after `prepare` has had the initialised data folder (to add to its
    /// site.toml, or put secret files beside it).
    pub async fn start_prepared(base_url: Option<&str>, prepare: impl FnOnce(&Path)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("site");
        dateline_site::init(&data, &fixture_config()).unwrap();
        prepare(&data);
        let editor = dateline_site::admin::create_token(&data, Role::Editor, "editor").unwrap();
        let writer = dateline_site::admin::create_token(&data, Role::Writer, "writer").unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn({
            let public = base_url.unwrap_or(&base).to_owned();
            async move {
                dateline_site::serve(data, listener, Some(public), async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
            }
        });
        let client = reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap();
        Self {
            dir,
            base,
            client,
            editor,
            writer,
            stop: Some(stop),
            server: Some(server),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("site")
    }

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

    /// Stops the server and waits for it to finish: graceful shutdown works.
    pub async fn stop(mut self) {
        self.stop.take().unwrap().send(()).unwrap();
        self.server.take().unwrap().await.unwrap();
    }

    pub async fn api_get(&self, token: &str, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(&format!("/api/v1{path}")))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    /// `PUT /articles/{id}` with the given token, idempotency key and extra headers.
    pub async fn put(
        &self,
        token: Option<&str>,
        id: &str,
        key: Option<&str>,
        headers: &[(&str, &str)],
        body: &Value,
    ) -> reqwest::Response {
        let mut req = self
            .client
            .put(self.url(&format!("/api/v1/articles/{id}")))
            .json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(k) = key {
            req = req.header("Idempotency-Key", k);
        }
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        req.send().await.unwrap()
    }

    /// `PUT /articles/{id}` with the editor's token under idempotency key `key`, with
    /// `headers` (the precondition: `If-Match`, `If-None-Match`, or none).
    pub async fn put_as_editor(
        &self,
        id: &str,
        key: &str,
        headers: &[(&str, &str)],
        body: &Value,
    ) -> reqwest::Response {
        self.put(Some(&self.editor), id, Some(key), headers, body)
            .await
    }

    /// Publishes as the editor, creating; panics unless the site says 201.
    pub async fn publish(&self, id: &str, body: &Value) -> Value {
        let r = self
            .put_as_editor(id, &new_key(), &[("If-None-Match", "*")], body)
            .await;
        let status = r.status();
        let json: Value = r.json().await.unwrap();
        assert_eq!(status, 201, "{json}");
        json
    }

    pub async fn page(&self, path: &str, cookie: Option<&str>) -> (u16, HeaderMap, String) {
        let mut req = self.client.get(self.url(path));
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        // minijinja escapes `/` in text as `&#x2f;`; undone so tests can look for URLs.
        (
            status,
            headers,
            r.text().await.unwrap().replace("&#x2f;", "/"),
        )
    }

    /// Signs in through the real form: GET it for the CSRF cookie and field, then POST.
    /// Returns the POST's answer and the session cookie (`dl_session=...`) if one was set.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        next: &str,
    ) -> (reqwest::Response, Option<String>) {
        let form = self
            .client
            .get(self.url(&format!("/en-US/account/signin?next={next}")))
            .send()
            .await
            .unwrap();
        assert_eq!(form.status(), 200);
        let csrf_cookie =
            set_cookie(form.headers(), "dl_csrf").expect("the form sets a CSRF cookie");
        let html = form.text().await.unwrap();
        let csrf_field = hidden_field(&html, "csrf");
        let next_field = hidden_field(&html, "next");
        let response = self
            .client
            .post(self.url("/en-US/account/signin"))
            .header(header::COOKIE, &csrf_cookie)
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf", &csrf_field),
                ("next", &next_field),
            ])
            .send()
            .await
            .unwrap();
        let session = set_cookie(response.headers(), "dl_session");
        (response, session)
    }
}

/// `name=value` of the first `Set-Cookie` for `name`.
pub fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim().to_owned())
        .find(|pair| pair.starts_with(&format!("{name}=")))
}

/// The value of `<input type="hidden" name="NAME" value="...">` in a page.
pub fn hidden_field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name} in {html}"))
        + marker.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

pub fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The word that appears only below the paywall cut of [`premium_article`].
pub const SECRET: &str = "zanzibarite";

pub fn premium_article(slug: &str) -> Value {
    json!({
        "source_locale": "en-US",
        "section": "economy/asia",
        "tags": ["trade", "ports"],
        "byline": "Mei Tanaka",
        "tier": "premium",
        "texts": [
            {
                "locale": "en-US",
                "title": "The harbour that learned to wait",
                "standfirst": "Container queues tell a story about patience.",
                "body": "Ships wait longer at the outer anchorage every year.\n\n<!-- paywall -->\n\nThe pilots' secret word is zanzibarite, and nobody says why.\n",
                "slug": slug
            },
            {
                "locale": "fr",
                "title": "Le port qui apprit à attendre",
                "standfirst": "Les files de conteneurs racontent la patience.",
                "body": "Les navires attendent plus longtemps chaque année.\n\n<!-- paywall -->\n\nLe mot secret des pilotes est zanzibarite.\n",
                "slug": format!("{slug}-fr")
            }
        ]
    })
}

pub fn public_article(slug: &str, title: &str) -> Value {
    json!({
        "source_locale": "en-US",
        "section": "world",
        "byline": "Ana Lima",
        "tier": "public",
        "texts": [{
            "locale": "en-US",
            "title": title,
            "standfirst": "A free story.",
            "body": "Everyone may read this.\n",
            "slug": slug
        }]
    })
}

/// The smallest PNG: one pixel.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// A PNG whose bytes (and so whose name) differ for each `n`: browsers ignore what
/// follows the end chunk.
pub fn png_numbered(n: u32) -> Vec<u8> {
    let mut bytes = PNG.to_vec();
    bytes.extend_from_slice(&n.to_be_bytes());
    bytes
}

/// Status and JSON body of an answer (`null` for an empty or non-JSON body).
pub async fn status_json(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

impl TestSite {
    /// A request to `/api/v1{path}`, with `token` as bearer if given.
    pub fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
    ) -> reqwest::RequestBuilder {
        let req = self
            .client
            .request(method, self.url(&format!("/api/v1{path}")));
        match token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
    }

    /// `PUT /strings/{locale}` with `{"ftl": ftl}`, a fresh idempotency key and `headers`.
    pub async fn put_strings(
        &self,
        token: &str,
        locale: &str,
        ftl: &str,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self
            .api(
                reqwest::Method::PUT,
                &format!("/strings/{locale}"),
                Some(token),
            )
            .header("Idempotency-Key", new_key())
            .json(&json!({ "ftl": ftl }));
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        req.send().await.unwrap()
    }

    /// `POST /images` with the bytes, declared as `content_type`, and a fresh key.
    pub async fn upload(&self, token: &str, content_type: &str, bytes: &[u8]) -> reqwest::Response {
        self.api(reqwest::Method::POST, "/images", Some(token))
            .header("Idempotency-Key", new_key())
            .header("Content-Type", content_type)
            .body(bytes.to_vec())
            .send()
            .await
            .unwrap()
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
}
