//! Helpers for the unit tests: a desk in a temporary folder, with a keyring service of
//! its own that no test touches.

use std::path::Path;

use crate::{ArticleEdit, Desk, Keyring};

pub(crate) fn open(dir: &Path) -> Desk {
    Desk::open_with_keyring(dir, Keyring::service("dateline-unit-test")).unwrap()
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
