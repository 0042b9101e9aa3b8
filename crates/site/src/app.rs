//! The server's shared state and the whole router: API, pages, assets and the
//! headers every answer carries.

use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use dateline_l10n::{Domain, Localizer};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::config::SiteConfig;
use crate::error::SiteError;
use crate::mail::Mailer;
use crate::media::MediaDir;
use crate::pages::Templates;
use crate::secret_files::{self, Secret};
use crate::storage::{Storage, StorageError};
use crate::{api, billing, media, pages};

/// The pages load nothing but their own stylesheet and images, run no script and may
/// not be framed; forms post only to this site. (Their JSON-LD is a data block, which
/// browsers never execute, so it needs no `script-src`.)
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' https:; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

#[derive(Debug, Clone)]
pub(crate) struct AppState(Arc<Inner>);

#[derive(Debug)]
pub(crate) struct Inner {
    pub config: SiteConfig,
    pub storage: Arc<dyn Storage>,
    pub l10n: Arc<Localizer>,
    pub templates: Templates,
    pub page_cache: crate::page_cache::PageCache,
    pub media: MediaDir,
    pub mailer: Mailer,
    /// The billing webhook's signing secret; without one the webhook is off.
    pub billing_secret: Option<Secret>,
    /// Woken whenever a desk's log grows, for the desks waiting on `GET /sync/status`.
    pub newsroom: tokio::sync::Notify,
    /// Set when the server is stopping: long polls answer at once.
    pub closing: std::sync::atomic::AtomicBool,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Blocks briefly: the newsroom's string overrides are read from storage. `data`
    /// is the site folder: the mail spool and relative secret files live there.
    pub(crate) fn new(
        config: SiteConfig,
        storage: Arc<dyn Storage>,
        media: MediaDir,
        data: &Path,
    ) -> Result<Self, SiteError> {
        let l10n = Arc::new(Localizer::builtin(Domain::Site)?);
        let templates =
            Templates::new(l10n.clone()).map_err(|e| SiteError::Templates(e.to_string()))?;
        let mailer = Mailer::from_config(&config, data)?;
        let billing_secret = secret_files::load(
            "billing.webhook_secret_file",
            config.billing.webhook_secret_file.as_deref(),
            billing::WEBHOOK_SECRET_ENV,
            data,
        )?;
        tracing::info!(
            "{}; the billing webhook is {}",
            mailer.describe(),
            if billing_secret.is_some() {
                "on"
            } else {
                "off"
            }
        );
        let overrides = storage.all_site_strings()?;
        let state = Self(Arc::new(Inner {
            config,
            storage,
            l10n,
            templates,
            page_cache: Default::default(),
            media,
            mailer,
            billing_secret,
            newsroom: tokio::sync::Notify::new(),
            closing: Default::default(),
        }));
        for stored in &overrides {
            api::strings::install(&state, stored);
        }
        Ok(state)
    }

    /// Runs a read of the reader's pages where the request is. A read in WAL mode never
    /// waits for a writer and takes tens of microseconds on the storage's read-only
    /// connections; handing it to a blocking thread and back cost more than that (three
    /// such hand-offs were most of a signed-in reader's page, docs/PERFORMANCE.md
    /// "Site"). Writes, sign-in hashing and anything that may wait use [`AppState::db`].
    pub(crate) async fn read<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        F: FnOnce(&dyn Storage) -> Result<T, StorageError>,
    {
        f(self.storage.as_ref())
    }

    /// Runs a storage call off the async workers: SQLite calls block.
    pub(crate) async fn db<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Storage) -> Result<T, StorageError> + Send + 'static,
    {
        let storage = self.storage.clone();
        tokio::task::spawn_blocking(move || f(storage.as_ref()))
            .await
            .map_err(|e| StorageError::Task(e.to_string()))?
    }
}

pub(crate) fn router(state: AppState) -> Router {
    let security_headers = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
    ];
    let mut router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        // A service of its own, so every path under the prefix gets the API's JSON
        // fallback rather than the reader's HTML 404 page.
        .nest_service(
            dateline_protocol::API_PREFIX,
            api::router().with_state(state.clone()),
        )
        .route("/media/{name}", get(media::serve))
        .route(
            "/webhooks/billing",
            post(billing::webhook).layer(DefaultBodyLimit::max(billing::MAX_BODY)),
        )
        .merge(pages::router().layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::page_cache::serve_kept,
        )))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::page_cache::invalidate_after_writes,
        ))
        .with_state(state);
    for (name, value) in security_headers {
        router = router.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    // gzip or Brotli as the client asks: pages, feeds and the sitemap shrink to a fifth.
    // Its default predicate leaves tiny bodies and images (already compressed) alone.
    let router = router.layer(CompressionLayer::new());
    // Spans carry the method and the path only: not headers (tokens, cookies) and not
    // the query, which holds the one-time tokens of mailed links (tower-http's default
    // span records the whole URI).
    router.layer(TraceLayer::new_for_http().make_span_with(request_span))
}

fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    tracing::debug_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
    )
}
