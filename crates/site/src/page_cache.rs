//! Readers' pages, kept rendered.
//!
//! Most readers are not signed in, and every anonymous reader of a page gets the same
//! bytes. Rendering such a page again for each of them (database, templates, Fluent) is
//! what a CDN in front of the site would save; this keeps the last rendering in memory
//! so that a single `dateline-site` without one stays fast under a traffic spike
//! (issue 4's load goals, docs/PERFORMANCE.md "Site"). Signed-in readers of one tier
//! likewise get the same article and listing pages but for their e-mail address and
//! form token in the masthead: those pages are kept per tier with stand-ins for the two,
//! filled in for each request ([`SameForTier`]).
//!
//! What keeps it from ever serving one reader's page to another, or a stale one:
//! - only `GET` requests without `Authorization` are looked up or stored; without a
//!   session cookie, only answers that are `200`, set no cookie and carry the
//!   page renderer's [`SameForAllAnonymous`] mark — given only to a page rendered for a
//!   reader who is not signed in and holding no form token. (That is not the
//!   `Cache-Control` header: a paid article's teaser page is the same for every
//!   anonymous reader, but a shared cache that ignores `Vary: Cookie` must not keep it,
//!   or it would show subscribers the teaser; so it says `private` to the world.)
//! - every successful write through the API empties it ([`invalidate_after_writes`]);
//! - an entry lives at most as long as its `max-age`, and never past the moment the next
//!   scheduled article becomes visible, so a scheduled article appears on time.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Utc;

use uuid::Uuid;

use crate::app::AppState;
use crate::storage::{ArticlePage, ArticleSummary, StorageError, timestamp};

/// Bytes of page bodies kept: some eight hundred 20 KB article pages. Small on purpose:
/// the whole server is meant to stay within tens of megabytes.
const CAPACITY_BYTES: u64 = 16 * 1024 * 1024;
/// A page larger than this is served but not kept.
const MAX_PAGE_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone)]
struct CachedPage {
    generation: u64,
    expires: Instant,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Debug, Clone)]
struct ByBodySize;

impl quick_cache::Weighter<String, Arc<CachedPage>> for ByBodySize {
    fn weight(&self, key: &String, page: &Arc<CachedPage>) -> u64 {
        (key.len() + page.body.len()) as u64 + 256
    }
}

#[derive(Debug)]
pub(crate) struct PageCache {
    pages: quick_cache::sync::Cache<String, Arc<CachedPage>, ByBodySize>,
    /// Bumped by every write; an entry of an older generation is never served.
    generation: AtomicU64,
    /// What signed-in readers' article pages read, kept by the same rules: an article by
    /// `(locale, slug)`, and its related articles by `(locale, id)`.
    articles: Reads<(String, String), Option<ArticlePage>>,
    related: Reads<(String, Uuid), Vec<ArticleSummary>>,
}

impl Default for PageCache {
    fn default() -> Self {
        Self {
            pages: quick_cache::sync::Cache::with_weighter(1_000, CAPACITY_BYTES, ByBodySize),
            generation: AtomicU64::new(0),
            articles: Reads::new(),
            related: Reads::new(),
        }
    }
}

/// Entries kept at most this long even without a write: other processes may write to
/// the same database (planned), and this is what an anonymous page may be kept too.
const READ_LIFETIME: Duration = Duration::from_secs(60);

/// Results of storage reads that signed-in readers' pages repeat, by count.
#[derive(Debug)]
struct Reads<K, V> {
    entries: quick_cache::sync::Cache<K, (u64, Instant, Arc<V>)>,
}

impl<K, V> Reads<K, V>
where
    K: Eq + std::hash::Hash + Clone,
{
    fn new() -> Self {
        Self {
            entries: quick_cache::sync::Cache::new(2_000),
        }
    }

    fn fresh(&self, key: &K, generation: u64) -> Option<Arc<V>> {
        let (kept_in, expires, value) = self.entries.get(key)?;
        (kept_in == generation && Instant::now() < expires).then_some(value)
    }
}

impl PageCache {
    /// Forgets every page and read (the content changed).
    pub(crate) fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.pages.clear();
        self.articles.entries.clear();
        self.related.entries.clear();
    }

    /// [`Storage::article_page`](crate::storage::Storage::article_page), kept until the
    /// next write. (Whether it is visible yet is decided by the caller from its
    /// `visible_at`, so the answer does not depend on the time.)
    pub(crate) async fn article_page(
        state: &AppState,
        locale: &str,
        slug: &str,
    ) -> Result<Arc<Option<ArticlePage>>, StorageError> {
        let cache = &state.page_cache;
        let key = (locale.to_owned(), slug.to_owned());
        let generation = cache.generation.load(Ordering::Acquire);
        if let Some(found) = cache.articles.fresh(&key, generation) {
            return Ok(found);
        }
        let found = Arc::new(state.read(|db| db.article_page(locale, slug)).await?);
        cache.articles.entries.insert(
            key,
            (generation, Instant::now() + READ_LIFETIME, found.clone()),
        );
        Ok(found)
    }

    /// [`Storage::related_articles`](crate::storage::Storage::related_articles), kept
    /// until the next write, and never past the time the next scheduled article appears.
    pub(crate) async fn related_articles(
        state: &AppState,
        locale: &str,
        id: Uuid,
        limit: u32,
    ) -> Result<Arc<Vec<ArticleSummary>>, StorageError> {
        let cache = &state.page_cache;
        let key = (locale.to_owned(), id);
        let generation = cache.generation.load(Ordering::Acquire);
        if let Some(found) = cache.related.fresh(&key, generation) {
            return Ok(found);
        }
        let stamp = timestamp(Utc::now());
        let found = Arc::new(
            state
                .read(|db| db.related_articles(locale, id, &stamp, limit))
                .await?,
        );
        let lifetime = lifetime(state, READ_LIFETIME).await;
        if !lifetime.is_zero() {
            cache
                .related
                .entries
                .insert(key, (generation, Instant::now() + lifetime, found.clone()));
        }
        Ok(found)
    }

    fn fresh(&self, key: &str) -> Option<Arc<CachedPage>> {
        let page = self.pages.get(key)?;
        (page.generation == self.generation.load(Ordering::Acquire)
            && Instant::now() < page.expires)
            .then_some(page)
    }
}

/// The page renderer's mark on an answer that every anonymous reader would get alike,
/// with how long it may be kept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SameForAllAnonymous(pub Duration);

/// How long the answer may be kept, or `None` if it must not be.
fn shareable_for(response: &Response) -> Option<Duration> {
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return None;
    }
    response
        .extensions()
        .get::<SameForAllAnonymous>()
        .map(|mark| mark.0)
}

/// How long a kept page lives: its `max_age`, but never past the moment the next
/// scheduled article becomes visible (`Duration::ZERO`: do not keep it).
async fn lifetime(state: &AppState, max_age: Duration) -> Duration {
    let now = Utc::now();
    let stamp = timestamp(now);
    match state.read(|s| s.next_visible_after(&stamp)).await {
        Ok(Some(at)) => chrono::DateTime::parse_from_rfc3339(&at)
            .ok()
            .and_then(|at| (at.with_timezone(&Utc) - now).to_std().ok())
            .map_or(Duration::ZERO, |d| d.min(max_age)),
        Ok(None) => max_age,
        // Without knowing, keep nothing.
        Err(_) => Duration::ZERO,
    }
}

impl PageCache {
    async fn keep(
        state: &AppState,
        key: String,
        generation: u64,
        max_age: Duration,
        headers: HeaderMap,
        body: Bytes,
    ) {
        let lifetime = lifetime(state, max_age).await;
        if !lifetime.is_zero() {
            state.page_cache.pages.insert(
                key,
                Arc::new(CachedPage {
                    generation,
                    expires: Instant::now() + lifetime,
                    headers,
                    body,
                }),
            );
        }
    }
}

/// Middleware for the reader's pages: answers a `GET` from memory when it can — an
/// anonymous reader's from [`SameForAllAnonymous`] pages, a signed-in reader's from
/// [`SameForTier`] pages of their tier — and keeps what may be kept.
pub(crate) async fn serve_kept(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET || request.headers().contains_key(header::AUTHORIZATION) {
        return next.run(request).await;
    }
    if crate::pages::has_session_cookie(request.headers()) {
        return serve_signed_in(state, request, next).await;
    }
    let key = request.uri().to_string();
    if let Some(page) = state.page_cache.fresh(&key) {
        let mut response = Body::from(page.body.clone()).into_response();
        *response.headers_mut() = page.headers.clone();
        return response;
    }
    // Read before rendering: a write that lands while the page renders makes this
    // rendering old at once.
    let generation = state.page_cache.generation.load(Ordering::Acquire);
    let response = next.run(request).await;
    let Some(max_age) = shareable_for(&response) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!("reading a page to cache it failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    PageCache::keep(
        &state,
        key,
        generation,
        max_age,
        parts.headers.clone(),
        body.clone(),
    )
    .await;
    Response::from_parts(parts, Body::from(body))
}

/// The page renderer's mark on a signed-in reader's page that every reader of the same
/// tier gets alike but for their own e-mail address and form token: `page` is the page
/// with [`READER_EMAIL`] and [`FORM_TOKEN`] where those go. Given only to pages whose
/// handlers say so (an article, a listing), whose templates print nothing else of the
/// reader; kept under the tier, so a page is never shared across tiers.
#[derive(Debug, Clone)]
pub(crate) struct SameForTier {
    pub tier: String,
    pub page: Arc<str>,
    pub max_age: Duration,
}

/// Stand-ins printed where a signed-in reader's page shows their e-mail address and
/// their form token; private-use characters, which no template writes.
pub(crate) const READER_EMAIL: &str = "\u{E000}dateline-reader-email\u{E000}";
pub(crate) const FORM_TOKEN: &str = "\u{E000}dateline-form-token\u{E000}";

/// A kept page with this reader's e-mail address and form token put in.
pub(crate) fn fill(page: &str, email: &str, token: &str) -> String {
    let email = minijinja::HtmlEscape(email).to_string();
    let token = minijinja::HtmlEscape(token).to_string();
    page.replace(READER_EMAIL, &email)
        .replace(FORM_TOKEN, &token)
}

async fn serve_signed_in(state: AppState, request: Request, next: Next) -> Response {
    use axum::extract::FromRequestParts;
    let (mut parts, body) = request.into_parts();
    let Ok(visit) = crate::pages::Visit::from_request_parts(&mut parts, &state).await;
    // The handler reads the same visit instead of looking the session up again.
    parts.extensions.insert(visit.clone());
    let request = Request::from_parts(parts, body);
    let Some(reader) = &visit.reader else {
        return next.run(request).await;
    };
    let key = format!("tier {}\n{}", reader.tier, request.uri());
    if let Some(page) = state.page_cache.fresh(&key) {
        let page_text = String::from_utf8_lossy(&page.body);
        let mut response = Body::from(fill(&page_text, &reader.email, &visit.csrf)).into_response();
        *response.headers_mut() = page.headers.clone();
        if visit.csrf_is_new
            && let Ok(cookie) = visit.csrf_cookie(state.config.is_https()).parse()
        {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
        return response;
    }
    let generation = state.page_cache.generation.load(Ordering::Acquire);
    let response = next.run(request).await;
    if response.status() == StatusCode::OK
        && let Some(mark) = response.extensions().get::<SameForTier>()
        && mark.tier == reader.tier
    {
        let mut headers = response.headers().clone();
        headers.remove(header::SET_COOKIE);
        let (page, max_age) = (Bytes::from(mark.page.to_string()), mark.max_age);
        PageCache::keep(&state, key, generation, max_age, headers, page).await;
    }
    response
}

/// Middleware for the whole site: a successful write through the API empties the cache,
/// so the next reader sees the published, updated or unpublished article.
pub(crate) async fn invalidate_after_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && request
        .uri()
        .path()
        .starts_with(dateline_protocol::API_PREFIX);
    let response = next.run(request).await;
    if writes && response.status().is_success() {
        state.page_cache.invalidate();
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: StatusCode, marked: bool, cookie: bool) -> Response {
        let mut r = (status, "page").into_response();
        if marked {
            r.extensions_mut()
                .insert(SameForAllAnonymous(Duration::from_secs(60)));
        }
        if cookie {
            r.headers_mut()
                .insert(header::SET_COOKIE, "a=b".parse().unwrap());
        }
        r
    }

    #[test]
    fn only_marked_cookieless_successes_are_kept() {
        assert_eq!(
            shareable_for(&answer(StatusCode::OK, true, false)),
            Some(Duration::from_secs(60))
        );
        assert_eq!(shareable_for(&answer(StatusCode::OK, false, false)), None);
        assert_eq!(shareable_for(&answer(StatusCode::OK, true, true)), None);
        assert_eq!(
            shareable_for(&answer(StatusCode::NOT_FOUND, true, false)),
            None
        );
    }

    #[test]
    fn an_invalidated_page_is_never_served() {
        let cache = PageCache::default();
        cache.pages.insert(
            "/en-US/".into(),
            Arc::new(CachedPage {
                generation: 0,
                expires: Instant::now() + Duration::from_secs(60),
                headers: HeaderMap::new(),
                body: Bytes::from_static(b"old"),
            }),
        );
        assert!(cache.fresh("/en-US/").is_some());
        cache.invalidate();
        assert!(cache.fresh("/en-US/").is_none());
    }

    #[test]
    fn an_expired_page_is_never_served() {
        let cache = PageCache::default();
        cache.pages.insert(
            "/en-US/".into(),
            Arc::new(CachedPage {
                generation: 0,
                expires: Instant::now(),
                headers: HeaderMap::new(),
                body: Bytes::from_static(b"old"),
            }),
        );
        assert!(cache.fresh("/en-US/").is_none());
    }
}
