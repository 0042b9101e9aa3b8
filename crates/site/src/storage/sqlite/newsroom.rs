//! [`NewsroomStore`] on SQLite. An append is one `BEGIN IMMEDIATE` transaction that
//! checks the desk's last sequence number before writing, so two pushes of one desk
//! (a retry racing its original) never both land.

use rusqlite::{OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;

use super::SqliteStorage;
use crate::storage::StorageError;
use crate::storage::newsroom::{
    NewSyncEntry, NewsroomStore, SyncArticle, SyncDesk, SyncEntry, SyncNode,
};

fn uuid(s: String) -> Result<Uuid, StorageError> {
    Uuid::parse_str(&s).map_err(|e| StorageError::Corrupt(format!("uuid {s:?}: {e}")))
}

impl NewsroomStore for SqliteStorage {
    fn sync_status(&self) -> Result<Vec<(Uuid, u64)>, StorageError> {
        let conn = self.read();
        let mut stmt =
            conn.prepare_cached("SELECT desk, last_seq FROM sync_desks ORDER BY desk")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|row| {
            let (desk, seq) = row?;
            Ok((uuid(desk)?, seq as u64))
        })
        .collect()
    }

    fn sync_desk(&self, desk: Uuid) -> Result<Option<SyncDesk>, StorageError> {
        Ok(self
            .read()
            .prepare_cached("SELECT holder, last_seq FROM sync_desks WHERE desk = ?1")?
            .query_row([desk.to_string()], |r| {
                Ok(SyncDesk {
                    holder: r.get(0)?,
                    last_seq: r.get::<_, i64>(1)? as u64,
                })
            })
            .optional()?)
    }

    fn sync_entries(
        &self,
        desk: Uuid,
        after: u64,
        limit: u32,
    ) -> Result<Vec<SyncEntry>, StorageError> {
        let conn = self.read();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, id, author, record, refusal FROM sync_records
             WHERE desk = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![desk.to_string(), after as i64, limit], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        rows.map(|row| {
            let (seq, id, author, record, refusal) = row?;
            Ok(SyncEntry {
                seq: seq as u64,
                id: uuid(id)?,
                author,
                record,
                refusal,
            })
        })
        .collect()
    }

    fn sync_record_place(&self, id: Uuid) -> Result<Option<(Uuid, u64)>, StorageError> {
        let found = self
            .read()
            .prepare_cached("SELECT desk, seq FROM sync_records WHERE id = ?1")?
            .query_row([id.to_string()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })
            .optional()?;
        found
            .map(|(desk, seq)| Ok((uuid(desk)?, seq as u64)))
            .transpose()
    }

    fn sync_node(&self, id: Uuid) -> Result<Option<SyncNode>, StorageError> {
        let found = self
            .read()
            .prepare_cached(
                "SELECT n.article_id, n.locale, r.record FROM sync_nodes AS n
                 JOIN sync_records AS r ON r.desk = n.desk AND r.seq = n.seq
                 WHERE n.id = ?1",
            )?
            .query_row([id.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })
            .optional()?;
        let Some((article, locale, record)) = found else {
            return Ok(None);
        };
        let record = record.ok_or_else(|| {
            StorageError::Corrupt(format!("revision {id} names a refused record"))
        })?;
        Ok(Some(SyncNode {
            article_id: uuid(article)?,
            locale,
            record,
        }))
    }

    fn sync_article(&self, id: Uuid) -> Result<Option<SyncArticle>, StorageError> {
        Ok(self
            .read()
            .prepare_cached("SELECT owner, source_locale FROM sync_articles WHERE article_id = ?1")?
            .query_row([id.to_string()], |r| {
                Ok(SyncArticle {
                    owner: r.get(0)?,
                    source_locale: r.get(1)?,
                })
            })
            .optional()?)
    }

    fn sync_append(
        &self,
        desk: Uuid,
        holder: &str,
        after: u64,
        entries: &[NewSyncEntry],
        now: &str,
    ) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let desk_id = desk.to_string();
        let known: Option<(String, i64)> = tx
            .query_row(
                "SELECT holder, last_seq FROM sync_desks WHERE desk = ?1",
                [&desk_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match &known {
            Some((owner, _)) if owner != holder => return Err(StorageError::Duplicate),
            Some((_, last)) if *last as u64 != after => return Err(StorageError::VersionConflict),
            None if after != 0 => return Err(StorageError::VersionConflict),
            _ => {}
        }
        let Some(last) = entries.last() else {
            return Ok(());
        };
        tx.execute(
            "INSERT INTO sync_desks (desk, holder, last_seq, first_seen) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (desk) DO UPDATE SET last_seq = excluded.last_seq",
            params![desk_id, holder, last.seq as i64, now],
        )?;
        for e in entries {
            tx.prepare_cached(
                "INSERT INTO sync_records (desk, seq, id, author, received_at, record, refusal)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                desk_id,
                e.seq as i64,
                e.id.to_string(),
                holder,
                now,
                e.record,
                e.refusal
            ])?;
            if let Some((node, article, locale)) = &e.node {
                tx.prepare_cached(
                    "INSERT INTO sync_nodes (id, article_id, locale, desk, seq)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    node.to_string(),
                    article.to_string(),
                    locale,
                    desk_id,
                    e.seq as i64
                ])?;
            }
            if let Some((article, source_locale)) = &e.article {
                tx.prepare_cached(
                    "INSERT INTO sync_articles (article_id, owner, source_locale) VALUES (?1, ?2, ?3)
                     ON CONFLICT (article_id) DO UPDATE SET source_locale = excluded.source_locale",
                )?
                .execute(params![article.to_string(), holder, source_locale])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
