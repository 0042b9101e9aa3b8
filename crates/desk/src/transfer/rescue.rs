//! Getting the words out of a database the desk cannot open for writing: damaged,
//! read-only, or left by a newer desk. It is opened read-only (and, if even that needs
//! files the folder cannot hold, as immutable) and every article that can still be read
//! is exported as Markdown, each into a folder of its own. Nothing is ever written to
//! the database or beside it.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use uuid::Uuid;

use crate::error::{DeskError, Result};
use crate::transfer::export_with;

/// What a rescue saved, and what it could not read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RescueReport {
    /// Files written.
    pub written: Vec<String>,
    /// Articles (or the list of them) that could not be read, with the reason.
    pub failed: Vec<String>,
}

fn open_read_only(db_file: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
    let plain = Connection::open_with_flags(db_file, flags).and_then(|c| {
        c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        Ok(c)
    });
    match plain {
        Ok(c) => Ok(c),
        Err(first) => {
            // A WAL database in a folder where SQLite may not create its shared-memory
            // file: read the main file as it is (the last commits still in the WAL file
            // are then missed, which is better than nothing).
            let uri = format!(
                "file:{}?immutable=1",
                db_file
                    .display()
                    .to_string()
                    .replace('?', "%3f")
                    .replace('#', "%23")
            );
            Connection::open_with_flags(uri, flags).map_err(|_| DeskError::from(first))
        }
    }
}

/// Exports every article that can be read from the database file `db_file` into
/// `out_dir/<article id>/`.
pub fn rescue_export(db_file: &Path, out_dir: &Path) -> Result<RescueReport> {
    let conn = open_read_only(db_file)?;
    let mut report = RescueReport::default();
    let mut ids = Vec::new();
    match conn.prepare("SELECT id FROM articles ORDER BY rowid") {
        Ok(mut stmt) => match stmt.query([]) {
            Ok(mut rows) => loop {
                match rows.next() {
                    Ok(Some(r)) => match r.get::<_, String>(0) {
                        Ok(id) => ids.push(id),
                        Err(e) => report.failed.push(format!("an article id: {e}")),
                    },
                    Ok(None) => break,
                    Err(e) => {
                        report.failed.push(format!(
                            "the list of articles stops after {}: {e}",
                            ids.len()
                        ));
                        break;
                    }
                }
            },
            Err(e) => report.failed.push(format!("the list of articles: {e}")),
        },
        Err(e) => report.failed.push(format!("the list of articles: {e}")),
    }
    let images = db_file.parent().unwrap_or(Path::new(".")).join("images");
    for id in ids {
        let Ok(uuid) = Uuid::parse_str(&id) else {
            report
                .failed
                .push(format!("article {id:?}: not an article id"));
            continue;
        };
        match export_with(
            &conn,
            &images,
            uuid,
            &out_dir.join(&id),
            &mut Default::default(),
        ) {
            Ok(written) => report.written.extend(written),
            Err(e) => report.failed.push(format!("article {id}: {}", e.message)),
        }
    }
    Ok(report)
}
