//! The desk's error: a stable code the front end acts on, and a message for people.
//!
//! Database trouble gets codes of its own (`locked`, `read_only`, `damaged`,
//! `disk_full`): each asks the journalist to do something different, and none of them
//! may look like "your text is gone". They are told apart by SQLite's extended result
//! codes, never by message text.

use rusqlite::ErrorCode;
use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = DeskError> = std::result::Result<T, E>;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeskErrorCode {
    NotFound,
    Invalid,
    /// The local database failed in a way not covered below, or is from a newer desk.
    Storage,
    /// The OS keyring is missing, locked or refused.
    Keyring,
    /// No site is configured.
    NoSite,
    /// The site refused the token.
    Unauthorized,
    /// The token's role (or the writer's role on the desk) may not do this.
    Forbidden,
    /// The site answered with another error, or an answer we could not read.
    SiteRejected,
    /// The site could not be reached.
    Network,
    /// The request clashes with the article's state (for example, it is deleted).
    Conflict,
    /// The disk holding the database is full; nothing was written.
    DiskFull,
    /// The database file or its folder cannot be written.
    ReadOnly,
    /// Another program held the database longer than the busy timeout.
    Locked,
    /// The database file is not a database or is corrupt. It is never replaced.
    Damaged,
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
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(DeskErrorCode::Conflict, message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(DeskErrorCode::Forbidden, message)
    }

    /// A file-system error while reading or writing the desk's own files.
    pub(crate) fn io(what: impl std::fmt::Display, e: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        let code = match e.kind() {
            K::PermissionDenied | K::ReadOnlyFilesystem => DeskErrorCode::ReadOnly,
            K::StorageFull | K::QuotaExceeded => DeskErrorCode::DiskFull,
            K::NotFound => DeskErrorCode::NotFound,
            _ => DeskErrorCode::Storage,
        };
        Self::new(code, format!("{what}: {e}"))
    }
}

/// The database-trouble code of a SQLite error, if it is one of those.
pub(crate) fn trouble_code(e: &rusqlite::Error) -> Option<DeskErrorCode> {
    let rusqlite::Error::SqliteFailure(f, _) = e else {
        return None;
    };
    Some(match f.code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => DeskErrorCode::Locked,
        ErrorCode::ReadOnly => DeskErrorCode::ReadOnly,
        ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => DeskErrorCode::Damaged,
        ErrorCode::DiskFull => DeskErrorCode::DiskFull,
        // SQLITE_IOERR_NOMEM and friends are not disk trouble; SQLITE_IOERR_WRITE and
        // SQLITE_IOERR_FSYNC on a full disk come back as SQLITE_FULL on Linux, macOS and
        // Windows, so the generic I/O error stays "storage".
        _ => return None,
    })
}

impl From<rusqlite::Error> for DeskError {
    fn from(e: rusqlite::Error) -> Self {
        let message = match trouble_code(&e) {
            Some(DeskErrorCode::Locked) => {
                "the desk's database is held by another program (is a second Dateline \
                 open?). Nothing was lost: close the other program and try again"
                    .to_owned()
            }
            Some(DeskErrorCode::ReadOnly) => format!(
                "the desk's database cannot be written (the file or its folder is \
                 read-only); your text is still in the editor: {e}"
            ),
            Some(DeskErrorCode::Damaged) => format!(
                "the desk's database is damaged ({e}). It was left as it is: export what \
                 can be read (dateline rescue FOLDER) before doing anything else"
            ),
            Some(DeskErrorCode::DiskFull) => "the disk is full: the last change was not \
                 saved, but it is still in the editor and will be saved once there is \
                 space again"
                .to_owned(),
            _ => format!("local database: {e}"),
        };
        DeskError::new(trouble_code(&e).unwrap_or(DeskErrorCode::Storage), message)
    }
}

impl From<rusqlite_migration::Error> for DeskError {
    fn from(e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => DeskError::storage(format!("cannot migrate the desk's database: {other}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes the list of every code beside the ts-rs bindings (as their tests do), for
    /// `ipc.ts` to tell a command's failure from anything else thrown; `make test` fails
    /// when the committed file differs.
    #[test]
    fn export_desk_error_codes() {
        use strum::VariantArray;
        let names: Vec<String> = DeskErrorCode::VARIANTS
            .iter()
            .map(|c| serde_json::to_string(c).unwrap())
            .collect();
        assert!(names.contains(&"\"not_found\"".to_owned()));
        let ts = format!(
            "// Generated from DeskErrorCode by crates/desk/src/error.rs's tests: do not edit.\n\n\
             import type {{ DeskErrorCode }} from \"./DeskErrorCode\";\n\n\
             /** Every code a command's failure may carry. */\n\
             export const DESK_ERROR_CODES: readonly DeskErrorCode[] = [\n  {},\n];\n",
            names.join(",\n  ")
        );
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings");
        let path = dir.join("deskErrorCodes.ts");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(ts.as_str()) {
            std::fs::write(&path, ts).unwrap();
        }
    }

    fn sqlite(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn sqlite_errors_map_to_stable_codes() {
        use rusqlite::ffi;
        for (raw, code) in [
            (ffi::SQLITE_BUSY, DeskErrorCode::Locked),
            (ffi::SQLITE_BUSY_SNAPSHOT, DeskErrorCode::Locked),
            (ffi::SQLITE_LOCKED, DeskErrorCode::Locked),
            (ffi::SQLITE_READONLY, DeskErrorCode::ReadOnly),
            (ffi::SQLITE_READONLY_DBMOVED, DeskErrorCode::ReadOnly),
            (ffi::SQLITE_CORRUPT, DeskErrorCode::Damaged),
            (ffi::SQLITE_NOTADB, DeskErrorCode::Damaged),
            (ffi::SQLITE_FULL, DeskErrorCode::DiskFull),
            (ffi::SQLITE_CONSTRAINT_UNIQUE, DeskErrorCode::Storage),
        ] {
            assert_eq!(DeskError::from(sqlite(raw)).code, code, "{raw}");
        }
    }
}
