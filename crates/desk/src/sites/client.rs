//! The publishing API's client: `dateline-protocol` types over HTTP.

use dateline_protocol::sync::{SyncPage, SyncPush, SyncPushed, SyncStatus};
use dateline_protocol::{
    API_PREFIX, ApiError, ArticlePut, ErrorCode, IDEMPOTENCY_KEY, PublishedArticle, SiteInfo,
    SiteStrings, StringsPut, UploadedImage,
};
use reqwest::{RequestBuilder, Response, StatusCode};
use uuid::Uuid;

use crate::error::{DeskError, DeskErrorCode, Result};

/// A site and the token to speak to it with.
#[derive(Clone)]
pub struct SiteClient {
    base: String,
    token: String,
    http: reqwest::Client,
}

// The token must never reach a log through `{:?}`.
impl std::fmt::Debug for SiteClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// Whether a write must find no article (first publish) or a given version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Absent,
    Version(u64),
}

/// A request the site did not accept, with what the outbox needs to decide what next.
#[derive(Debug, Clone)]
pub struct SiteFailure {
    /// `None` when no answer came (the site could not be reached, or the answer was cut).
    pub status: Option<StatusCode>,
    /// The site's `{code, message, details}`, when it sent one.
    pub api: Option<ApiError>,
    /// What to tell the editor.
    pub error: DeskError,
}

impl SiteFailure {
    /// Whether the same request may succeed later: no answer, or the site or something
    /// in front of it was overloaded or failing (5xx, 408, 429).
    pub fn is_transient(&self) -> bool {
        match self.status {
            None => true,
            Some(s) => {
                s.is_server_error()
                    || s == StatusCode::REQUEST_TIMEOUT
                    || s == StatusCode::TOO_MANY_REQUESTS
            }
        }
    }

    fn network(message: String) -> Self {
        Self {
            status: None,
            api: None,
            error: DeskError::new(DeskErrorCode::Network, message),
        }
    }
}

impl std::fmt::Display for SiteFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for SiteFailure {}

impl From<SiteFailure> for DeskError {
    fn from(f: SiteFailure) -> Self {
        f.error
    }
}

/// What a client call gives: the answer, or why there is none.
pub type Answer<T> = std::result::Result<T, SiteFailure>;

impl SiteClient {
    pub fn new(base_url: &str, token: &str) -> Result<Self> {
        Self::with_timeout(base_url, token, std::time::Duration::from_secs(60))
    }

    /// A client whose requests give up after `timeout` (the outbox then retries them).
    pub fn with_timeout(base_url: &str, token: &str, timeout: std::time::Duration) -> Result<Self> {
        let base = normalise_url(base_url)?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("dateline-desk/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout.min(std::time::Duration::from_secs(10)))
            .timeout(timeout)
            // A redirect could lead the token to plain http or another host: the site's
            // API answers where it is asked, and anything else is an error to show.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| DeskError::new(DeskErrorCode::Network, e.to_string()))?;
        Ok(Self {
            base,
            token: token.to_owned(),
            http,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    fn url(&self, path: &str) -> String {
        format!("{}{API_PREFIX}{path}", self.base)
    }

    fn authed(&self, req: RequestBuilder) -> RequestBuilder {
        req.bearer_auth(&self.token)
    }

    pub async fn site_info(&self) -> Answer<SiteInfo> {
        let resp = send(self.authed(self.http.get(self.url("/site")))).await?;
        read(resp).await
    }

    /// Publishes or updates an article. `key` makes retries safe: the site answers a
    /// repeated key with its first answer.
    pub async fn put_article(
        &self,
        id: Uuid,
        article: &ArticlePut,
        expect: Expect,
        key: Uuid,
    ) -> Answer<PublishedArticle> {
        let req = self
            .authed(self.http.put(self.url(&format!("/articles/{id}"))))
            .header(IDEMPOTENCY_KEY, key.to_string())
            .json(article);
        read(send(with_expect(req, expect)).await?).await
    }

    /// Unpublishes an article; answers the version the site gave the unpublished state.
    pub async fn delete_article(&self, id: Uuid, version: u64, key: Uuid) -> Answer<u64> {
        let req = self
            .authed(self.http.delete(self.url(&format!("/articles/{id}"))))
            .header(IDEMPOTENCY_KEY, key.to_string());
        let resp = send(with_expect(req, Expect::Version(version))).await?;
        if !resp.status().is_success() {
            return Err(read::<serde_json::Value>(resp)
                .await
                .err()
                .unwrap_or_else(|| {
                    SiteFailure::network("the site's answer could not be read".into())
                }));
        }
        let etag = resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim_matches('"').parse().ok());
        etag.ok_or_else(|| SiteFailure {
            status: Some(resp.status()),
            api: None,
            error: DeskError::new(
                DeskErrorCode::SiteRejected,
                "the site unpublished the article but its answer had no version (ETag)",
            ),
        })
    }

    /// The site's current version of an article; `None` if it has none.
    pub async fn get_article(&self, id: Uuid) -> Answer<Option<PublishedArticle>> {
        let resp = send(self.authed(self.http.get(self.url(&format!("/articles/{id}"))))).await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        read(resp).await.map(Some)
    }

    /// The site's override of its `locale` interface strings; `None` when it uses its
    /// built-in ones.
    pub async fn get_strings(&self, locale: &str) -> Answer<Option<SiteStrings>> {
        let resp =
            send(self.authed(self.http.get(self.url(&format!("/strings/{locale}"))))).await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        read(resp).await.map(Some)
    }

    /// Replaces the site's override of its `locale` strings; `expect` is the version the
    /// translator started from.
    pub async fn put_strings(
        &self,
        locale: &str,
        ftl: &str,
        expect: Expect,
        key: Uuid,
    ) -> Answer<SiteStrings> {
        let req = self
            .authed(self.http.put(self.url(&format!("/strings/{locale}"))))
            .header(IDEMPOTENCY_KEY, key.to_string())
            .json(&StringsPut {
                ftl: ftl.to_owned(),
            });
        read(send(with_expect(req, expect)).await?).await
    }

    /// Whether the site already has the image called `name` (`HEAD /images/{name}`).
    pub async fn has_image(&self, name: &str) -> Answer<bool> {
        let resp = send(self.authed(self.http.head(self.url(&format!("/images/{name}"))))).await?;
        match resp.status() {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => read::<serde_json::Value>(resp).await.map(|_| false),
        }
    }

    /// Uploads an image (`POST /images`). The same bytes are the same name, so a retry
    /// or a second upload changes nothing.
    pub async fn upload_image(
        &self,
        bytes: Vec<u8>,
        mime: &str,
        key: Uuid,
    ) -> Answer<UploadedImage> {
        let req = self
            .authed(self.http.post(self.url("/images")))
            .header(IDEMPOTENCY_KEY, key.to_string())
            .header(reqwest::header::CONTENT_TYPE, mime)
            .body(bytes);
        read(send(req).await?).await
    }

    /// How far each desk's log of newsroom records goes on the site.
    pub async fn sync_status(&self) -> Answer<SyncStatus> {
        read(send(self.authed(self.http.get(self.url("/sync/status")))).await?).await
    }

    /// Like [`SiteClient::sync_status`], but the site answers only once the logs hold
    /// other than `total` records in all, or after `wait` (at most the site's 25 s).
    pub async fn sync_wait(&self, total: u64, wait: std::time::Duration) -> Answer<SyncStatus> {
        let req = self
            .authed(self.http.get(self.url("/sync/status")))
            .query(&[("wait", wait.as_secs()), ("total", total)]);
        read(send(req).await?).await
    }

    /// Sends the next part of this desk's log. Safe to repeat: records the site holds
    /// are answered with the verdict they had.
    pub async fn sync_push(&self, push: &SyncPush) -> Answer<SyncPushed> {
        let req = self
            .authed(self.http.post(self.url("/sync/records")))
            .json(push);
        read(send(req).await?).await
    }

    /// Up to `limit` of `desk`'s records after its `after`-th.
    pub async fn sync_fetch(&self, desk: Uuid, after: u64, limit: usize) -> Answer<SyncPage> {
        let url = self.url(&format!("/sync/desks/{desk}/records"));
        let req = self
            .authed(self.http.get(url))
            .query(&[("after", after), ("limit", limit as u64)]);
        read(send(req).await?).await
    }
}

fn with_expect(req: RequestBuilder, expect: Expect) -> RequestBuilder {
    match expect {
        Expect::Absent => req.header("If-None-Match", "*"),
        Expect::Version(v) => req.header("If-Match", format!("\"{v}\"")),
    }
}

/// Checks and normalises a site's address: https, or plain http only on this machine
/// (the token travels in every request, so it must not cross a network in clear);
/// no trailing slash.
pub fn normalise_url(url: &str) -> Result<String> {
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|e| DeskError::invalid(format!("{url:?} is not a site address: {e}")))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    // The parsed form, so that `HTTPS://News.Example/` and `https://news.example` are the
    // same site (one keyring entry, one record of what was published).
    let canonical = parsed.as_str().trim_end_matches('/').to_owned();
    match parsed.scheme() {
        "https" if parsed.host().is_some() => Ok(canonical),
        "http" if loopback => Ok(canonical),
        "http" => Err(DeskError::invalid(format!(
            "{url:?} uses plain http: the API token would cross the network unencrypted. \
             Use the site's https:// address"
        ))),
        _ => Err(DeskError::invalid(format!(
            "{url:?} is not a site address: it must start with https://"
        ))),
    }
}

async fn send(req: RequestBuilder) -> Answer<Response> {
    req.send().await.map_err(|e| {
        // reqwest's message names the URL, never the headers, so no token leaks here.
        SiteFailure::network(format!(
            "the site could not be reached: {}",
            e.without_url()
        ))
    })
}

async fn read<T: serde::de::DeserializeOwned>(resp: Response) -> Answer<T> {
    let status = resp.status();
    let bytes = resp.bytes().await.map_err(|e| {
        SiteFailure::network(format!("the answer was cut off: {}", e.without_url()))
    })?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| SiteFailure {
            status: Some(status),
            api: None,
            error: DeskError::new(
                DeskErrorCode::SiteRejected,
                format!("the site's answer could not be read ({status}): {e}"),
            ),
        });
    }
    let api: Option<ApiError> = serde_json::from_slice(&bytes).ok();
    let message = match &api {
        Some(e) => e.message.clone(),
        None if status.is_server_error() => {
            format!("the site (or a server in front of it) answered {status}")
        }
        None => format!("the site answered {status}"),
    };
    let code = match (status, api.as_ref().map(|e| e.code)) {
        (StatusCode::UNAUTHORIZED, _) | (_, Some(ErrorCode::Unauthorized)) => {
            DeskErrorCode::Unauthorized
        }
        (StatusCode::FORBIDDEN, _) | (_, Some(ErrorCode::Forbidden)) => DeskErrorCode::Forbidden,
        (StatusCode::PRECONDITION_FAILED, _) | (_, Some(ErrorCode::PreconditionFailed)) => {
            DeskErrorCode::Conflict
        }
        (s, _) if s.is_server_error() => DeskErrorCode::Network,
        _ => DeskErrorCode::SiteRejected,
    };
    Err(SiteFailure {
        status: Some(status),
        api,
        error: DeskError::new(code, message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_urls_are_checked() {
        assert_eq!(
            normalise_url(" http://127.0.0.1:8080/ ").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            normalise_url("HTTPS://News.Example/").unwrap(),
            "https://news.example"
        );
        assert_eq!(
            normalise_url("https://news.example/desk-api/").unwrap(),
            "https://news.example/desk-api"
        );
        assert_eq!(
            normalise_url("ftp://x").unwrap_err().code,
            DeskErrorCode::Invalid
        );
        assert_eq!(
            normalise_url("news.example").unwrap_err().code,
            DeskErrorCode::Invalid
        );
    }

    #[test]
    fn debug_never_shows_the_token() {
        let c = SiteClient::new("http://127.0.0.1:1", "dl_secret_value").unwrap();
        assert!(!format!("{c:?}").contains("dl_secret_value"));
    }
}
