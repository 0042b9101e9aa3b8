//! The publication's website and its publishing API.
//!
//! Readers get server-rendered pages in their language, with the paywall enforced
//! here: a reader who may not read a part of an article never receives it. The desk
//! publishes through the JSON API under `/api/v1` (types from `dateline-protocol`),
//! with bearer tokens, idempotency keys and version preconditions so that a retried or
//! stale request never publishes twice or overwrites newer work. Markdown is rendered
//! by `dateline-render`, the same code the desk previews with.
//!
//! A site lives in one folder: `site.toml` (validated config) and `site.sqlite3`.

pub mod admin;
mod api;
mod app;
pub mod config;
mod error;
mod page_cache;
mod pages;
mod secrets;
pub mod storage;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use config::{ConfigError, SiteConfig};
pub use error::SiteError;
use storage::SqliteStorage;

const CONFIG_FILE: &str = "site.toml";
const DATABASE_FILE: &str = "site.sqlite3";

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

/// Makes `data` a site folder: validates `config_file`, creates the database, and
/// copies the config in. An initialised folder is left untouched.
pub fn init(data: &Path, config_file: &Path) -> Result<(), SiteError> {
    let dir = DataDir::new(data);
    let target = dir.config_path();
    if target.exists() {
        return Err(SiteError::AlreadyInitialised(data.to_owned()));
    }
    SiteConfig::load(config_file)?;
    // Read once and write those bytes, so what was validated is what gets copied
    // (comments included).
    let text = std::fs::read(config_file).map_err(SiteError::io(config_file))?;
    std::fs::create_dir_all(data).map_err(SiteError::io(data))?;
    SqliteStorage::open(&dir.database_path())?;
    // Written last: a folder counts as initialised only once everything else worked.
    // `create_new` keeps a concurrent `init` from overwriting the other's config.
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => SiteError::AlreadyInitialised(data.to_owned()),
            _ => SiteError::Io {
                path: target.clone(),
                source: e,
            },
        })?;
    file.write_all(&text).map_err(SiteError::io(&target))?;
    Ok(())
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
    let (mut config, storage) = tokio::task::spawn_blocking(move || dir.open())
        .await
        .map_err(|e| SiteError::Server(std::io::Error::other(e)))??;
    if let Some(url) = base_url {
        config = config.with_base_url(&url)?;
    }
    let state = app::AppState::new(config, Arc::new(storage))?;
    let router = app::router(state);
    let addr = listener.local_addr().map_err(SiteError::Server)?;
    tracing::info!("listening on http://{addr}");
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(SiteError::Server)
}
