//! The publishing API's client: `dateline-protocol` types over HTTP.

use dateline_protocol::{
    API_PREFIX, ApiError, ArticlePut, ErrorCode, IDEMPOTENCY_KEY, PublishedArticle, SiteInfo,
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

impl SiteClient {
    pub fn new(base_url: &str, token: &str) -> Result<Self> {
        let base = normalise_url(base_url)?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("dateline-desk/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
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

    pub async fn site_info(&self) -> Result<SiteInfo> {
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
    ) -> Result<PublishedArticle> {
        let mut req = self
            .authed(self.http.put(self.url(&format!("/articles/{id}"))))
            .header(IDEMPOTENCY_KEY, key.to_string())
            .json(article);
        req = match expect {
            Expect::Absent => req.header("If-None-Match", "*"),
            Expect::Version(v) => req.header("If-Match", format!("\"{v}\"")),
        };
        read(send(req).await?).await
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
    match parsed.scheme() {
        "https" if parsed.host().is_some() => Ok(trimmed.to_owned()),
        "http" if loopback => Ok(trimmed.to_owned()),
        "http" => Err(DeskError::invalid(format!(
            "{url:?} uses plain http: the API token would cross the network unencrypted. \
             Use the site's https:// address"
        ))),
        _ => Err(DeskError::invalid(format!(
            "{url:?} is not a site address: it must start with https://"
        ))),
    }
}

async fn send(req: RequestBuilder) -> Result<Response> {
    req.send().await.map_err(|e| {
        // reqwest's message names the URL, never the headers, so no token leaks here.
        DeskError::new(
            DeskErrorCode::Network,
            format!("the site could not be reached: {}", e.without_url()),
        )
    })
}

async fn read<T: serde::de::DeserializeOwned>(resp: Response) -> Result<T> {
    let status = resp.status();
    let bytes = resp.bytes().await.map_err(|e| {
        DeskError::new(
            DeskErrorCode::Network,
            format!("the answer was cut off: {e}"),
        )
    })?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            DeskError::new(
                DeskErrorCode::SiteRejected,
                format!("the site's answer could not be read ({status}): {e}"),
            )
        });
    }
    let api: Option<ApiError> = serde_json::from_slice(&bytes).ok();
    let message = api
        .as_ref()
        .map(|e| e.message.clone())
        .unwrap_or_else(|| format!("the site answered {status}"));
    let code = match (status, api.map(|e| e.code)) {
        (StatusCode::UNAUTHORIZED, _) | (_, Some(ErrorCode::Unauthorized)) => {
            DeskErrorCode::Unauthorized
        }
        (StatusCode::FORBIDDEN, _) | (_, Some(ErrorCode::Forbidden)) => DeskErrorCode::Forbidden,
        _ => DeskErrorCode::SiteRejected,
    };
    Err(DeskError::new(code, message))
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
