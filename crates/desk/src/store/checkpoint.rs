//! WAL checkpoints off the typing path.
//!
//! In WAL mode every commit appends to the `-wal` file, and by default the connection
//! that commits the 1,000th page copies the log back into the database — with the fsyncs
//! that takes — inside that commit. For the desk that commit is an autosave, so every few
//! hundred keystroke pauses one save took several milliseconds longer (the autosave p99
//! in docs/PERFORMANCE.md, "Desk store", was the checkpoint). So the desk's connection
//! turns automatic checkpoints off and this thread, on a connection of its own, runs a
//! `PASSIVE` checkpoint once a second: it copies what no reader still needs and never
//! waits for, or holds up, the writer.
//!
//! Durability does not change: a commit is in the log either way, and a checkpoint only
//! moves it. When the desk closes, the thread stops first and the last connection to
//! close checkpoints the rest and removes the log, as SQLite always does.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

const INTERVAL: Duration = Duration::from_secs(1);

/// The running checkpoint thread; stopped (and joined) when dropped.
#[derive(Debug)]
pub(crate) struct Checkpointer {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts checkpointing the database at `path`, which the caller has opened and
    /// migrated. On an error the caller keeps SQLite's automatic checkpoints.
    pub(crate) fn start(path: &Path) -> rusqlite::Result<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Never block anyone: PASSIVE does not wait for locks, and nothing else here
        // takes one.
        conn.busy_timeout(Duration::ZERO)?;
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("dateline-checkpoint".into())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(INTERVAL) {
                    if let Err(e) = passive_checkpoint(&conn) {
                        // The next round tries again; the log only grows meanwhile.
                        tracing::debug!("checkpoint deferred: {e}");
                    }
                }
            })
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        Ok(Self {
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

fn passive_checkpoint(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use crate::testutil::{desk, edit};

    /// Reads the database file alone, ignoring the log: what a checkpoint has copied.
    fn titles_in_main_file(path: &std::path::Path) -> Vec<String> {
        let uri = format!("file:{}?immutable=1", path.display());
        let conn = rusqlite::Connection::open_with_flags(
            uri,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
        )
        .unwrap();
        // Until the first checkpoint even the schema may be only in the log.
        let Ok(mut stmt) = conn.prepare("SELECT title FROM article_texts") else {
            return Vec::new();
        };
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn saves_leave_checkpointing_to_the_thread() {
        let (dir, desk) = desk();
        let auto: i64 = desk
            .db()
            .pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0))
            .unwrap();
        assert_eq!(auto, 0, "the save path must not checkpoint");

        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Checkpointed headline", "Body."))
            .unwrap();
        // Nothing but the thread copies the log into the file now; give it a while (the
        // deadline is generous: this asserts that it happens, not how fast).
        let path = dir.path().join(crate::DATABASE_FILE);
        let deadline = Instant::now() + std::time::Duration::from_secs(30);
        while !titles_in_main_file(&path).contains(&"Checkpointed headline".to_string()) {
            assert!(
                Instant::now() < deadline,
                "the save never reached the database file"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    #[test]
    fn closing_the_desk_stops_the_thread_and_removes_the_log() {
        let (dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Last words", "Body."))
            .unwrap();
        drop(desk);
        let path = dir.path().join(crate::DATABASE_FILE);
        let wal = dir.path().join(format!("{}-wal", crate::DATABASE_FILE));
        assert!(!wal.exists(), "the log outlived the desk");
        assert!(titles_in_main_file(&path).contains(&"Last words".to_string()));
    }
}
