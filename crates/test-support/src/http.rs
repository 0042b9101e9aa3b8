//! Talking to a [`TestSite`] over HTTP as the desk and readers do: the publishing API
//! with tokens and idempotency keys, pages, and the sign-in form.

use reqwest::header::{self, HeaderMap};
use serde_json::{Value, json};

use crate::TestSite;

impl TestSite {
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

/// Status and JSON body of an answer (`null` for an empty or non-JSON body).
pub async fn status_json(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}
