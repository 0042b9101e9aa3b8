//! The desk's core: everything the desktop app does, without the desktop.
//!
//! Articles live in one local SQLite database, so journalists write offline; the API
//! token lives in the OS keyring and nowhere else; publishing speaks the protocol of
//! `dateline-protocol` to a `dateline-site` over HTTP. The Tauri shell (`src-tauri`) is a
//! thin adapter over [`Desk`], so all of this is tested with plain `cargo test`.
//!
//! Modules are named for what they do: `store` (opening, migrations, database trouble)
//! and `checkpoint` (WAL checkpoints off the save path), `articles` and `metadata`
//! (saving), `revisions` and `diff` (history), `search`, `fold` and `snippet`
//! (finding), `workflow`, `trash` (soft delete), `transfer` and `frontmatter` (Markdown
//! import and export), `images`, `rescue` (reading a database that cannot be opened
//! normally), `translations` (texts in other locales, their status and what changed in
//! their source), `memory` (the translation memory) and `strings` (interface strings in
//! Fluent, one message at a time); and for the
//! sites: `sites` (addresses, tokens, kept descriptions), `publish` (checks, reader
//! previews, queuing), `outbox` (the queued operations), `sender` (delivering them with
//! retries) and `client` (the publishing API over HTTP).

mod articles;
mod checkpoint;
mod client;
mod clock;
mod credentials;
mod diff;
mod error;
mod fold;
mod frontmatter;
mod images;
mod memory;
mod metadata;
mod outbox;
mod publish;
mod rescue;
mod revisions;
mod search;
mod sender;
mod settings;
mod sites;
mod snippet;
mod store;
mod strings;
#[cfg(test)]
mod testutil;
mod transfer;
mod translations;
mod trash;
mod workflow;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::Serialize;
use ts_rs::TS;

pub use articles::{Article, ArticleEdit, ArticleSummary, WorkflowState};
pub use client::{Expect, SiteClient, SiteFailure};
pub use credentials::Keyring;
pub use diff::{DiffChunk, DiffOp};
pub use error::{DeskError, DeskErrorCode, Result};
pub use images::{IMAGE_SCHEME, MAX_IMAGE_BYTES, StoredImage, image_mime};
pub use memory::Suggestion;
pub use outbox::{
    BatchProgress, ConflictChoice, OpAction, OpState, OutboxConflict, OutboxCounts, OutboxOp,
};
pub use publish::{
    BulkPublish, Check, Publication, PublishPlan, PublishRequest, ReaderView, ScheduleTime,
    Severity, Skipped, editor_time_zone,
};
pub use rescue::{RescueReport, rescue_export};
pub use revisions::{Revision, RevisionDiff, RevisionKind};
pub use search::{SearchHit, SearchQuery, SearchResults, SearchSort};
pub use sender::SendPolicy;
pub use sites::SiteEntry;
pub use snippet::SnippetPart;
pub use store::SCHEMA_VERSION;
pub use strings::{
    StringFinding, StringRow, StringStatus, StringsFile, StringsFolder, compose_string,
    open_strings, save_string, strings_folder,
};
pub use transfer::{ImportFailure, ImportReport};
pub use translations::{
    ParagraphChange, ParagraphChangeKind, SourceChanges, TextEdit, TextState, TranslationRow,
    TranslationStatus,
};
pub use trash::{BinEntry, BinKeep, PURGE_AFTER};

/// The database file's name in the data folder.
pub const DATABASE_FILE: &str = "desk.sqlite3";

/// The app's identifier; also names its data folder and its keyring service.
pub const APP_ID: &str = "org.dateline.desk";

/// The desk: one local database and the OS keyring.
#[derive(Debug)]
pub struct Desk {
    db: Mutex<rusqlite::Connection>,
    /// Declared after `db`, so it stops after the desk's connection has closed.
    _checkpointer: Option<checkpoint::Checkpointer>,
    keyring: Keyring,
    clock: clock::Clock,
    /// The outbox's sender: its wake-up, its listeners and its retry policy.
    sender: sender::Signals,
    /// The data folder: the database and `images/`.
    data_dir: PathBuf,
}

/// Where the desk keeps its database unless `DATELINE_DATA_DIR` says otherwise:
/// the OS's app-data folder (`$XDG_DATA_HOME/org.dateline.desk` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DATELINE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(APP_ID))
}

/// The interface languages the desk has, and the one to use now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UiLanguages {
    pub available: Vec<String>,
    pub chosen: String,
    /// The developer setting: the pseudo-locales (`en-XA`, `ar-XB`) are offered.
    pub pseudo: bool,
}

/// What the desk knows about its site, for the header and the tier list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SiteStatus {
    pub url: Option<String>,
    /// The site's answer to `GET /site`, or the copy kept from the last connection.
    pub info: Option<dateline_protocol::SiteInfo>,
    /// Whether `info` is fresh from the site.
    pub online: bool,
    /// Why the site could not be reached or the token not read, if so.
    pub problem: Option<DeskError>,
}

impl Desk {
    /// Opens (creating if needed) the desk's database in `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        Self::open_with_keyring(dir, Keyring::os())
    }

    /// Like [`Desk::open`], with the keyring entries under another service name, so tests
    /// never touch the real desk's secrets.
    pub fn open_with_keyring(dir: &Path, keyring: Keyring) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| {
            DeskError::io(
                format!("cannot create the data folder {}", dir.display()),
                &e,
            )
        })?;
        let path = dir.join(DATABASE_FILE);
        let conn = store::open(&path)?;
        let checkpointer = match checkpoint::Checkpointer::start(&path) {
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
            sender: sender::Signals::default(),
            data_dir: dir.to_owned(),
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

    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    /// The interface languages: the saved choice, else the OS's language negotiated
    /// against the ones we have, else en-US. With the developer setting on, the
    /// pseudo-locales too.
    pub fn ui_languages(&self) -> Result<UiLanguages> {
        let pseudo = self.pseudo_locales()?;
        let available = ui_locales(pseudo);
        let saved = settings::get(&self.db(), settings::UI_LOCALE)?;
        let chosen = match saved {
            Some(l) if available.contains(&l) => l,
            _ => os_ui_locale(),
        };
        Ok(UiLanguages {
            available,
            chosen,
            pseudo,
        })
    }

    pub fn set_ui_language(&self, locale: &str) -> Result<()> {
        if !ui_locales(self.pseudo_locales()?)
            .iter()
            .any(|l| l == locale)
        {
            return Err(DeskError::invalid(format!(
                "the desk has no interface strings for {locale:?}"
            )));
        }
        settings::set(&self.db(), settings::UI_LOCALE, locale)
    }

    /// The desk.ftl source of `locale`, for the front end's Fluent bundle; a
    /// pseudo-locale's is made from en-US.
    pub fn ui_strings(&self, locale: &str) -> Result<String> {
        if let Some(pseudo) = dateline_l10n::Pseudo::from_locale(locale) {
            return Ok(dateline_l10n::pseudo_source(
                dateline_l10n::Domain::Desk,
                pseudo,
            ));
        }
        dateline_l10n::builtin_source(dateline_l10n::Domain::Desk, locale)
            .map(str::to_owned)
            .ok_or_else(|| DeskError::not_found(format!("no interface strings for {locale:?}")))
    }

    /// The locale new articles are written in: the interface's, unless that is a
    /// pseudo-locale, which is nobody's language.
    pub(crate) fn writing_locale(&self) -> Result<String> {
        let chosen = self.ui_languages()?.chosen;
        Ok(if dateline_l10n::Pseudo::from_locale(&chosen).is_some() {
            os_ui_locale()
        } else {
            chosen
        })
    }

    fn pseudo_locales(&self) -> Result<bool> {
        Ok(settings::get(&self.db(), settings::PSEUDO_LOCALES)?.as_deref() == Some("on"))
    }

    /// The developer setting that offers the pseudo-locales, to catch strings that
    /// escaped localisation and layouts that break with longer or right-to-left text.
    /// Turning it off while a pseudo-locale is chosen goes back to the OS's language.
    pub fn set_pseudo_locales(&self, on: bool) -> Result<UiLanguages> {
        settings::set(
            &self.db(),
            settings::PSEUDO_LOCALES,
            if on { "on" } else { "off" },
        )?;
        self.ui_languages()
    }
}

/// The interface languages: the built-in ones, and the pseudo-locales if asked for.
fn ui_locales(pseudo: bool) -> Vec<String> {
    let mut all: Vec<String> = dateline_l10n::builtin_locales(dateline_l10n::Domain::Desk)
        .into_iter()
        .map(str::to_owned)
        .collect();
    if pseudo {
        all.extend(
            dateline_l10n::Pseudo::ALL
                .iter()
                .map(|p| p.locale().to_owned()),
        );
    }
    all
}

/// Where the preview finds the desk's stored images: the `dlimg` URI scheme the shell
/// serves from the image folder. Windows' WebView2 reaches custom schemes over http.
pub const PREVIEW_IMAGE_BASE: &str = if cfg!(windows) {
    "http://dlimg.localhost/"
} else {
    "dlimg://localhost/"
};

/// The OS's preferred languages negotiated against the desk's interface languages,
/// else en-US.
pub fn os_ui_locale() -> String {
    let available = dateline_l10n::builtin_locales(dateline_l10n::Domain::Desk);
    let os: Vec<String> = sys_locale::get_locales().collect();
    let os: Vec<&str> = os.iter().map(String::as_str).collect();
    dateline_l10n::negotiate(&os, &available, dateline_l10n::REFERENCE_LOCALE).to_owned()
}

/// The live preview: the same pipeline, the same output as the site; only the address
/// of the desk's own images differs.
pub fn render_preview(body: &str, paid: bool) -> dateline_render::Rendered {
    let options = dateline_render::RenderOptions::with_image_base(PREVIEW_IMAGE_BASE);
    dateline_render::render_body_with(body, paid, &options)
}

#[cfg(test)]
mod ui_language_tests {
    use crate::testutil::desk;

    #[test]
    fn pseudo_locales_are_offered_only_with_the_developer_setting() {
        let (_dir, desk) = desk();
        let langs = desk.ui_languages().unwrap();
        assert!(!langs.pseudo);
        assert!(!langs.available.iter().any(|l| l == "en-XA"));
        assert!(desk.set_ui_language("en-XA").is_err());

        let langs = desk.set_pseudo_locales(true).unwrap();
        assert!(langs.available.iter().any(|l| l == "en-XA"));
        assert!(langs.available.iter().any(|l| l == "ar-XB"));
        desk.set_ui_language("ar-XB").unwrap();
        assert_eq!(desk.ui_languages().unwrap().chosen, "ar-XB");
        let strings = desk.ui_strings("ar-XB").unwrap();
        assert!(strings.contains("publish-button ="));
        assert!(!strings.contains("publish-button = Publish"));
        // Nobody writes articles in a pseudo-locale.
        let a = desk.create_article().unwrap();
        assert_ne!(a.source_locale, "ar-XB");

        let langs = desk.set_pseudo_locales(false).unwrap();
        assert_ne!(langs.chosen, "ar-XB", "back to a real language");
    }
}
