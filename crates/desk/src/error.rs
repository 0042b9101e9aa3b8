//! The desk's error: a stable code the front end acts on, and a message for people.

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = DeskError> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeskErrorCode {
    NotFound,
    Invalid,
    /// The local database failed or is from a newer desk.
    Storage,
    /// The OS keyring is missing, locked or refused.
    Keyring,
    /// No site is configured.
    NoSite,
    /// The site refused the token.
    Unauthorized,
    /// The token's role may not do this.
    Forbidden,
    /// The site answered with another error, or an answer we could not read.
    SiteRejected,
    /// The site could not be reached.
    Network,
}

/// Never carries a secret: messages are built from our own words and the site's
/// error messages, never from request headers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct DeskError {
    pub code: DeskErrorCode,
    pub message: String,
}

impl DeskError {
    pub fn new(code: DeskErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
    pub fn storage(message: impl Into<String>) -> Self {
        Self::new(DeskErrorCode::Storage, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(DeskErrorCode::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(DeskErrorCode::NotFound, message)
    }
}

impl From<rusqlite::Error> for DeskError {
    fn from(e: rusqlite::Error) -> Self {
        DeskError::storage(format!("local database: {e}"))
    }
}
