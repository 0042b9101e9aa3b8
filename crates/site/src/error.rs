//! The library's error type: what can go wrong when setting up, administering or
//! starting a site. HTTP answers have their own types in `api` and `pages`.

use std::path::PathBuf;

use crate::config::ConfigError;
use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{} is already initialised: its site.toml is left as it is (edit that file, or give init another folder)", .0.display())]
    AlreadyInitialised(PathBuf),
    #[error("{} is not an initialised site folder (run `dateline-site init` first)", .0.display())]
    NotInitialised(PathBuf),
    #[error("{path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("there is no tier {0:?} in site.toml")]
    UnknownTier(String),
    #[error("there is no subscriber with the e-mail address {0:?}")]
    UnknownSubscriber(String),
    #[error("a subscriber with the e-mail address {0:?} already exists")]
    SubscriberExists(String),
    #[error("{0:?} is not a valid e-mail address")]
    BadEmail(String),
    #[error("the password must not be empty")]
    EmptyPassword,
    #[error("there is no token labelled {0:?}")]
    UnknownToken(String),
    #[error("a token labelled {0:?} already exists")]
    TokenLabelTaken(String),
    #[error("password hashing failed: {0}")]
    PasswordHash(String),
    #[error("interface strings: {0}")]
    Strings(#[from] dateline_l10n::L10nError),
    #[error("page templates: {0}")]
    Templates(String),
    #[error("the server failed: {0}")]
    Server(#[source] std::io::Error),
}

impl SiteError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| SiteError::Io { path, source }
    }
}
