//! The desk's core: everything the desktop app does, without the desktop.
//!
//! Articles live in one local SQLite database, so journalists write offline; the API
//! token lives in the OS keyring and nowhere else; publishing speaks the protocol of
//! `dateline-protocol` to a `dateline-site` over HTTP. The Tauri shell (`src-tauri`) is a
//! thin adapter over [`Desk`], so all of this is tested with plain `cargo test`.
//!
//! The code is in folders by domain, each depending only on the ones before it in
//! this list (docs/ARCHITECTURE.md, "The desk core", has the map):
//! `text` (pure text functions: folding for search, word diffs), `store` (the database:
//! opening, migrations, settings, checkpoints), `content` (articles, their texts and the
//! one write path every text goes through, revisions, images, workflow, the bin),
//! `search`, `translate` (translations, the translation memory, interface strings),
//! `sites` (the sites the desk talks to: addresses, the keyring, the API client),
//! `publishing` (plan and checks, what the sites confirmed, the outbox and its sender),
//! `newsroom` (the sync with the other desks through the site: log, rounds, merges),
//! `transfer` (Markdown import and export, rescue).

mod changes;
mod clock;
mod content;
mod error;
mod interface;
mod newsroom;
mod publishing;
mod search;
mod sites;
mod store;
#[cfg(test)]
mod testutil;
mod text;
mod transfer;
mod translate;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub use content::articles::{Article, ArticleEdit, ArticleSummary};
pub use content::history::{Revision, RevisionKind};
pub use content::images::{IMAGE_SCHEME, MAX_IMAGE_BYTES, StoredImage, image_mime};
pub use content::preview::{PREVIEW_IMAGE_BASE, render_preview};
pub use content::revisions::RevisionDiff;
pub use content::states::WorkflowState;
pub use content::trash::{BinEntry, BinKeep, PURGE_AFTER};
pub use error::{DeskError, DeskErrorCode, Result};
pub use interface::{Place, UiLanguages, os_ui_locale};
pub use newsroom::{
    ConflictPart, ConflictSide, SyncHeader, SyncIssue, SyncProgress, SyncReport, SyncState,
    TextConflict,
};
pub use publishing::outbox::{
    BatchProgress, ConflictChoice, OpAction, OpState, OutboxConflict, OutboxCounts, OutboxOp,
};
pub use publishing::sender::SendPolicy;
pub use publishing::{
    Blocks, BulkPublish, Check, CheckCode, PreviewMeta, Publication, PublishPlan, PublishRequest,
    ReaderView, ScheduleTime, Severity, Skipped, editor_time_zone,
};
pub use search::snippet::SnippetPart;
pub use search::{SearchHit, SearchQuery, SearchResults, SearchSort};
pub use sites::SiteEntry;
pub use sites::SiteStatus;
pub use sites::client::{Expect, SiteClient, SiteFailure};
pub use sites::keyring::{Keyring, TokenStore};
pub use store::SCHEMA_VERSION;
pub use text::diff::{DiffChunk, DiffOp};
/// The three-way merge of a text's versions, by paragraph (the newsroom's sync).
pub use text::merge;
pub use transfer::rescue::{RescueReport, rescue_export};
pub use transfer::{ImportFailure, ImportReport};
pub use translate::changes::{ParagraphChange, ParagraphChangeKind, SourceChanges};
pub use translate::memory::Suggestion;
pub use translate::overview::TranslationRow;
pub use translate::strings::{
    StringFinding, StringRow, StringStatus, StringsFile, StringsFolder, compose_string,
    open_strings, save_string, strings_folder,
};
pub use translate::translations::{TextEdit, TextState, TranslationStatus};

/// The database file's name in the data folder.
pub const DATABASE_FILE: &str = "desk.sqlite3";

/// The app's identifier; also names its data folder and its keyring service.
pub const APP_ID: &str = "org.dateline.desk";

/// The desk: one local database and the OS keyring.
#[derive(Debug)]
pub struct Desk {
    db: Mutex<rusqlite::Connection>,
    /// Declared after `db`, so it stops after the desk's connection has closed.
    _checkpointer: Option<store::checkpoint::Checkpointer>,
    keyring: Keyring,
    clock: clock::Clock,
    /// The outbox's sender: its wake-up, its listeners and its retry policy.
    sender: publishing::sender::Signals,
    /// The data folder: the database and `images/`.
    data_dir: PathBuf,
    /// Who is told which article changed.
    changes: changes::Changes,
    /// The background sync's wake-up and the header's sync state.
    sync_signals: newsroom::background::Signals,
}

/// Where the desk keeps its database unless `DATELINE_DATA_DIR` says otherwise:
/// the OS's app-data folder (`$XDG_DATA_HOME/org.dateline.desk` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DATELINE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(APP_ID))
}

impl Desk {
    /// Opens (creating if needed) the desk's database in `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        Self::open_with_keyring(dir, Keyring::os_for(dir))
    }

    /// Like [`Desk::open`], with the keyring entries under another service name, so tests
    /// never touch the real desk's secrets.
    pub fn open_with_keyring(dir: &Path, keyring: Keyring) -> Result<Self> {
        store::private::create_dir(dir)?;
        let path = dir.join(DATABASE_FILE);
        let conn = store::open(&path)?;
        // The WAL and SHM of a database made before the desk kept them private.
        store::private::tighten_database(&path);
        store::private::tighten_folder(&dir.join(content::images::IMAGES_FOLDER));
        // Data derived by the desk's own code, which migrations leave alone.
        content::texts::refresh_index(&conn)?;
        translate::translations::seed_memory_if_pending(&conn)?;
        let checkpointer = match store::checkpoint::Checkpointer::start(&path) {
            Ok(c) => {
                conn.pragma_update(None, "wal_autocheckpoint", 0)?;
                Some(c)
            }
            Err(e) => {
                tracing::warn!("checkpoints stay in the save path: {e}");
                None
            }
        };
        let desk = Self {
            db: Mutex::new(conn),
            _checkpointer: checkpointer,
            keyring,
            clock: clock::Clock::default(),
            sender: publishing::sender::Signals::default(),
            data_dir: dir.to_owned(),
            changes: changes::Changes::default(),
            sync_signals: Default::default(),
        };
        // Housekeeping must never keep the desk from opening: the bin is emptied next
        // time if it fails now.
        if let Err(e) = desk.purge_deleted(desk.clock.now()) {
            tracing::warn!("could not empty the bin: {e}");
        }
        Ok(desk)
    }

    /// The data folder (the database and the stored images).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs SQLite's full integrity check: `Ok` if sound, else code `damaged`. Reads the
    /// whole database, so it is for a menu item or a support request, not every start.
    pub fn check_integrity(&self) -> Result<()> {
        store::integrity_check(&self.db())
    }

    fn db(&self) -> MutexGuard<'_, rusqlite::Connection> {
        // A panic while holding the lock leaves SQLite consistent (every write is a
        // transaction), so a poisoned lock is still safe to use.
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The id of every article the desk changes from now on, once the change is stored.
    pub fn subscribe_changes(&self) -> tokio::sync::broadcast::Receiver<uuid::Uuid> {
        self.changes.subscribe()
    }

    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }
}
