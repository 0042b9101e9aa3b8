//! The desk's data folder is its owner's alone: unpublished drafts, their history and
//! the stored images are confidential, as the exports (0600) already are. On Unix the
//! folder and `images/` are made 0700 and the database, its WAL and SHM and every image
//! 0600 — new ones when created, older ones (from desks before this rule, or a copy
//! made with a loose umask) on every start.
//!
//! Tightening only takes rights away from group and others: an owner's read-only
//! database stays read-only, so the desk still reports it as `read_only` rather than
//! quietly making it writable. Elsewhere the OS's per-user profile folder already keeps
//! other users out, and this is a no-op.

use std::path::Path;

use crate::error::{DeskError, Result};

/// The files SQLite keeps beside the database (it gives them the database file's mode
/// when it creates them, so a private database gets private companions).
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Creates `dir` (and its parents) if needed; the folder itself ends owner-only.
pub(crate) fn create_dir(dir: &Path) -> Result<()> {
    let made = {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)
    };
    made.map_err(|e| DeskError::io(format!("cannot create the folder {}", dir.display()), &e))?;
    tighten(dir);
    Ok(())
}

/// Creates an empty database file at `path`, owner-only, unless something is there.
pub(crate) fn create_database_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(DeskError::io(
            format!("cannot create {}", path.display()),
            &e,
        )),
    }
}

/// Takes group's and others' rights off the database at `path` and the files beside it.
pub(crate) fn tighten_database(path: &Path) {
    tighten(path);
    for suffix in COMPANIONS {
        let mut companion = path.as_os_str().to_owned();
        companion.push(suffix);
        tighten(Path::new(&companion));
    }
}

/// Takes group's and others' rights off `dir` and every file directly in it.
pub(crate) fn tighten_folder(dir: &Path) {
    tighten(dir);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            tighten(&entry.path());
        }
    }
}

/// Takes group's and others' rights off `path`, if it exists. Best effort: a file
/// someone else owns, or a file system without Unix modes, must not keep the desk from
/// opening, so a refusal is logged and the desk goes on.
#[cfg(unix)]
pub(crate) fn tighten(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    let mode = meta.permissions().mode();
    if meta.file_type().is_symlink() || mode & 0o077 == 0 {
        return;
    }
    if let Err(e) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077)) {
        tracing::warn!("cannot make {} private to its owner: {e}", path.display());
    }
}

#[cfg(not(unix))]
pub(crate) fn tighten(_path: &Path) {}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::testutil::{edit, open};

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    /// A PNG of one pixel.
    const PIXEL: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89,
    ];

    #[test]
    fn a_new_desk_keeps_its_data_to_its_owner() {
        let root = tempfile::tempdir().unwrap();
        // A loose parent, as a home folder often is: the desk's own folder is not.
        set_mode(root.path(), 0o755);
        let dir = root.path().join("org.dateline.desk");
        let desk = open(&dir);
        let id = desk.create_article().unwrap().id;
        desk.save_article(id, &edit("A draft", "Nobody else reads this yet."))
            .unwrap();
        desk.store_image_bytes("pixel.png", PIXEL).unwrap();

        assert_eq!(mode(&dir), 0o700);
        let db = dir.join(crate::DATABASE_FILE);
        assert_eq!(mode(&db), 0o600);
        for suffix in ["-wal", "-shm"] {
            let companion = dir.join(format!("{}{suffix}", crate::DATABASE_FILE));
            assert!(companion.exists(), "{suffix} exists while the desk is open");
            assert_eq!(mode(&companion), 0o600, "{suffix}");
        }
        let images = dir.join("images");
        assert_eq!(mode(&images), 0o700);
        let stored: Vec<_> = std::fs::read_dir(&images).unwrap().flatten().collect();
        assert_eq!(stored.len(), 1);
        assert_eq!(mode(&stored[0].path()), 0o600);
    }

    #[test]
    fn an_older_desk_is_tightened_on_start_and_keeps_its_text() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let desk = open(dir.path());
            desk.store_image_bytes("pixel.png", PIXEL).unwrap();
            let id = desk.create_article().unwrap().id;
            desk.save_article(id, &edit("Kept", "Still here.")).unwrap();
            id
        };
        // As a desk before this rule left them.
        let db = dir.path().join(crate::DATABASE_FILE);
        let images = dir.path().join("images");
        set_mode(dir.path(), 0o755);
        set_mode(&db, 0o644);
        set_mode(&images, 0o755);
        let image = std::fs::read_dir(&images)
            .unwrap()
            .flatten()
            .next()
            .unwrap()
            .path();
        set_mode(&image, 0o644);

        let desk = open(dir.path());
        assert_eq!(mode(dir.path()), 0o700);
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&images), 0o700);
        assert_eq!(mode(&image), 0o600);
        assert_eq!(desk.article(id).unwrap().title, "Kept");
    }

    #[test]
    fn a_read_only_database_is_not_made_writable() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(crate::DATABASE_FILE);
        std::fs::write(&db, b"").unwrap();
        set_mode(&db, 0o444);
        tighten_database(&db);
        // Only group's and others' rights go: the desk still finds it read-only (the
        // refusal itself is tests/db_trouble.rs's, which runs as a user files bind).
        assert_eq!(mode(&db), 0o400);
    }
}
