//! The publication's website and its publishing API.
//!
//! Readers get server-rendered pages in their language, with the paywall enforced
//! here: a reader who may not read a part of an article never receives it. The desk
//! publishes through the JSON API under `/api/v1` (types from `dateline-protocol`),
//! with bearer tokens, idempotency keys and version preconditions so that a retried or
//! stale request never publishes twice or overwrites newer work. Markdown is rendered
//! by `dateline-render`, the same code the desk previews with.
//!
//! A site lives in one folder: `site.toml` (validated config; `init` copies the
//! operator's in, or writes a commented starter), `site.sqlite3`,
//! `media/` (uploaded images), and `mail-spool/` when mail is not sent through SMTP.

pub mod admin;
mod api;
pub mod api_fuzz;
mod app;
pub mod billing;
pub mod config;
mod error;
mod init;
mod mail;
mod media;
mod page_cache;
mod pages;
mod ratelimit;
mod secret_files;
mod secrets;
pub mod storage;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use config::{ConfigError, SiteConfig};
pub use error::SiteError;
pub use init::{STARTER_CONFIG, init, init_with_starter};
use storage::SqliteStorage;

const CONFIG_FILE: &str = "site.toml";
const DATABASE_FILE: &str = "site.sqlite3";
const MEDIA_DIR: &str = "media";

/// The files of one site's data folder.
#[derive(Debug, Clone)]
pub(crate) struct DataDir {
    dir: PathBuf,
}

impl DataDir {
    pub(crate) fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
        }
    }

    fn config_path(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    fn database_path(&self) -> PathBuf {
        self.dir.join(DATABASE_FILE)
    }

    fn media(&self) -> media::MediaDir {
        media::MediaDir::new(self.dir.join(MEDIA_DIR))
    }

    /// The validated config and the storage of an initialised folder.
    pub(crate) fn open(&self) -> Result<(SiteConfig, SqliteStorage), SiteError> {
        let config_path = self.config_path();
        if !config_path.is_file() {
            return Err(SiteError::NotInitialised(self.dir.clone()));
        }
        let config = SiteConfig::load(&config_path)?;
        let storage = SqliteStorage::open(&self.database_path())?;
        Ok((config, storage))
    }
}

/// Serves the site in `data` on `listener` until `shutdown` completes, then finishes
/// the requests in flight. `base_url` replaces the config's (tests bind port 0).
pub async fn serve(
    data: PathBuf,
    listener: tokio::net::TcpListener,
    base_url: Option<String>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), SiteError> {
    let dir = DataDir::new(&data);
    let media = dir.media();
    let (mut config, storage) = tokio::task::spawn_blocking(move || dir.open())
        .await
        .map_err(|e| SiteError::Server(std::io::Error::other(e)))??;
    if let Some(url) = base_url {
        config = config.with_base_url(&url)?;
    }
    let state = app::AppState::new(config, Arc::new(storage), media, &data)?;
    let router = app::router(state.clone());
    let addr = listener.local_addr().map_err(SiteError::Server)?;
    tracing::info!("listening on http://{addr}");
    // Desks waiting on the newsroom's long poll are answered at once, so that stopping
    // does not wait out their wait.
    let shutdown = async move {
        shutdown.await;
        state
            .closing
            .store(true, std::sync::atomic::Ordering::SeqCst);
        state.newsroom.notify_waiters();
    };
    serve_http1(listener, router, shutdown).await;
    Ok(())
}

/// Serves HTTP/1.1 connections until `shutdown` completes, then stops accepting, lets
/// each connection finish the request it is answering (idle ones close at once) and
/// returns when all are done: what `axum::serve` with graceful shutdown does, but with
/// hyper's HTTP/1 server alone. `axum::serve` first reads up to 24 bytes to tell
/// HTTP/1 from HTTP/2 and hands them back through a wrapper, after which hyper's read
/// buffer grows from 8 to 16 KiB on every connection: 1,000 open connections cost
/// 5–9 MB more that way (docs/PERFORMANCE.md, "Site"). The site speaks HTTP/1.1 only
/// (as it did: axum's `http2` feature is off).
async fn serve_http1(
    listener: tokio::net::TcpListener,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    use axum::extract::ConnectInfo;
    use hyper_util::rt::TokioIo;
    use hyper_util::service::TowerToHyperService;
    use tower::ServiceExt;

    let http = hyper::server::conn::http1::Builder::new();
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_error(e).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The peer's address reaches handlers as `ConnectInfo`: rate limits count by it.
        let service = router.clone().map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            },
        );
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::trace!("connection from {peer}: {e}");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// A failed `accept`: a connection that went away before it was accepted is nothing;
/// anything else (such as running out of file descriptors) is logged, and accepting
/// waits a second so that it does not spin (as `axum::serve` does).
async fn accept_error(e: std::io::Error) {
    use std::io::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::ConnectionRefused | ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!("cannot accept a connection: {e}");
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
}
