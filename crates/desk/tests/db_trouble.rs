//! Database trouble: a damaged or read-only database gives a clear error with its own
//! code, is never replaced by a new empty one, and is left byte for byte as it was; what
//! can be read can still be exported.
//!
//! Read-only is tested in a child process (this test binary again, in the ignored test
//! `child_opens`): when the tests run as root, which ignores file permissions, the child
//! runs as the unprivileged user 65534, for whom the permissions hold.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use dateline_desk::{ArticleEdit, DATABASE_FILE, Desk, DeskErrorCode, Keyring, rescue_export};

const CHILD_ENV: &str = "DATELINE_TROUBLE_DIR";
const NOBODY: u32 = 65534;

fn open(dir: &Path) -> dateline_desk::Result<Desk> {
    Desk::open_with_keyring(dir, Keyring::service("dateline-trouble-test"))
}

/// A desk with three articles in `dir`, closed (so the WAL is folded into the file).
fn make_desk(dir: &Path) {
    let desk = open(dir).unwrap();
    for i in 0..3 {
        let a = desk.create_article().unwrap();
        let edit = ArticleEdit {
            title: format!("Article {i}"),
            body: format!("Body of article {i}. ").repeat(400),
            tier: "public".into(),
            ..Default::default()
        };
        desk.save_article(a.id, &edit).unwrap();
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn damaged_database_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    make_desk(dir.path());
    let good = std::fs::read(dir.path().join(DATABASE_FILE)).unwrap();

    // Garbage over the whole file.
    let garbage_dir = tempfile::tempdir().unwrap();
    let garbage_file = garbage_dir.path().join(DATABASE_FILE);
    let garbage: Vec<u8> = (0..good.len()).map(|i| (i * 7 + 13) as u8).collect();
    std::fs::write(&garbage_file, &garbage).unwrap();
    let err = open(garbage_dir.path()).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Damaged, "{}", err.message);
    assert!(err.message.contains("damaged"), "{}", err.message);
    assert_eq!(
        std::fs::read(&garbage_file).unwrap(),
        garbage,
        "the file was changed"
    );
    assert_eq!(
        files(garbage_dir.path()),
        vec![DATABASE_FILE],
        "files appeared"
    );
    // Trying again changes nothing either: no silent new database.
    assert_eq!(
        open(garbage_dir.path()).unwrap_err().code,
        DeskErrorCode::Damaged
    );
    assert_eq!(std::fs::read(&garbage_file).unwrap(), garbage);

    // The header intact, garbage over the pages after the first: the file opens, but the
    // damage is found and reported.
    let torn_dir = tempfile::tempdir().unwrap();
    let torn_file = torn_dir.path().join(DATABASE_FILE);
    let mut torn = good.clone();
    let page = u16::from_be_bytes([good[16], good[17]]) as usize;
    for (i, b) in torn[page..].iter_mut().enumerate() {
        *b = (i * 31 + 7) as u8;
    }
    std::fs::write(&torn_file, &torn).unwrap();
    let found = match open(torn_dir.path()) {
        Err(e) => e.code,
        Ok(desk) => {
            let listed = desk.list_articles().err().map(|e| e.code);
            let checked = desk.check_integrity().unwrap_err().code;
            listed.unwrap_or(checked)
        }
    };
    assert_eq!(found, DeskErrorCode::Damaged);
    assert_eq!(
        std::fs::read(&torn_file).unwrap(),
        torn,
        "the file was changed"
    );

    // What can be read is exported; an intact copy gives every article.
    let out = tempfile::tempdir().unwrap();
    let _ = rescue_export(&torn_file, out.path());
    assert_eq!(std::fs::read(&torn_file).unwrap(), torn);
    let intact = rescue_export(&dir.path().join(DATABASE_FILE), out.path()).unwrap();
    assert_eq!(intact.written.len(), 3, "{intact:?}");
    assert!(intact.failed.is_empty(), "{intact:?}");
    let text = std::fs::read_to_string(&intact.written[0]).unwrap();
    assert!(text.contains("title: Article"), "{text}");
}

/// Whether this process ignores file permissions (root, or CAP_DAC_OVERRIDE).
fn ignores_permissions(dir: &Path) -> bool {
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o444)).unwrap();
    let writable = std::fs::OpenOptions::new()
        .append(true)
        .open(&probe)
        .is_ok();
    std::fs::remove_file(&probe).unwrap();
    writable
}

#[test]
#[ignore = "the read-only test's child process, started by `read_only_database_is_reported_and_left_alone`"]
fn child_opens() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    match open(Path::new(&dir)) {
        Ok(_) => println!("result=opened"),
        Err(e) => println!(
            "result={}",
            serde_json::to_value(e.code).unwrap().as_str().unwrap()
        ),
    }
}

/// Opens the desk in `dir` in a child process (as user 65534 if we are root); returns
/// the error code it got, or "opened".
fn open_in_child(dir: &Path, as_nobody: bool, scratch: &Path) -> String {
    // The child must be able to run the binary: a copy anyone may read.
    let exe = scratch.join("trouble-child");
    if !exe.exists() {
        std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut cmd = Command::new(&exe);
    cmd.args(["--ignored", "--exact", "child_opens", "--nocapture"])
        .env(CHILD_ENV, dir)
        .env("HOME", scratch);
    if as_nobody {
        cmd.uid(NOBODY).gid(NOBODY);
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .split("result=")
        .nth(1)
        .map(|s| s.split_whitespace().next().unwrap_or("").to_owned())
        .unwrap_or_else(|| {
            panic!(
                "child said: {stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
}

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
}

fn mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn read_only_database_is_reported_and_left_alone() {
    let scratch = tempfile::tempdir().unwrap();
    mode(scratch.path(), 0o755);
    let as_nobody = ignores_permissions(scratch.path());
    let owner = if as_nobody { NOBODY } else { u32::MAX };

    let case = |name: &str, file_mode: u32, dir_mode: u32, file_owned: bool, dir_owned: bool| {
        let dir: PathBuf = scratch.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        make_desk(&dir);
        let file = dir.join(DATABASE_FILE);
        let before = std::fs::read(&file).unwrap();
        if as_nobody {
            if file_owned {
                chown(&file, owner);
            }
            if dir_owned {
                chown(&dir, owner);
            }
        }
        mode(&file, file_mode);
        mode(&dir, dir_mode);
        let got = open_in_child(&dir, as_nobody, scratch.path());
        mode(&dir, 0o755);
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "{name}: the file was changed"
        );
        // SQLite may leave its (empty) WAL companions after reading a WAL database; no
        // other file, and nothing written to the WAL.
        let others: Vec<String> = files(&dir)
            .into_iter()
            .filter(|f| f != DATABASE_FILE && !f.ends_with("-shm"))
            .filter(|f| {
                !(f.ends_with("-wal") && std::fs::metadata(dir.join(f)).unwrap().len() == 0)
            })
            .collect();
        assert!(others.is_empty(), "{name}: {others:?} appeared");
        got
    };
    // A read-only file in a folder the desk may write to.
    assert_eq!(case("file", 0o444, 0o755, false, true), "read_only");
    // A writable file in a read-only folder (SQLite cannot make its WAL files).
    assert_eq!(case("folder", 0o644, 0o555, true, false), "read_only");
    // The control: both writable, the same child opens the desk.
    assert_eq!(case("control", 0o644, 0o755, true, true), "opened");
}
