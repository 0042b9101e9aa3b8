//! Helpers for the unit tests: a desk in a temporary folder, with its tokens in memory
//! (so no unit test needs the OS keyring or a desktop session).

use std::path::Path;
use std::sync::Arc;

use crate::sites::keyring::MemoryKeyring;
use crate::{ArticleEdit, Desk, Keyring};

pub(crate) fn open(dir: &Path) -> Desk {
    open_with_memory(dir).0
}

/// A desk and the in-memory keyring it keeps its tokens in.
pub(crate) fn open_with_memory(dir: &Path) -> (Desk, Arc<MemoryKeyring>) {
    let memory = Arc::new(MemoryKeyring::default());
    let desk = Desk::open_with_keyring(dir, Keyring::new(memory.clone())).unwrap();
    (desk, memory)
}

pub(crate) fn desk() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    (dir, desk)
}

pub(crate) fn edit(title: &str, body: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        body: body.into(),
        tier: "premium".into(),
        section: "world".into(),
        ..Default::default()
    }
}
