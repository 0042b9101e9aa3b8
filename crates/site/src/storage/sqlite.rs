//! The SQLite implementation of [`Storage`]: one file, WAL mode, one connection.
//!
//! A single connection behind a mutex is plenty for one process: every call is a
//! short statement or transaction. WAL lets the operator's CLI (`token create`,
//! `subscriber grant`) write while the server runs; `busy_timeout` makes the two wait
//! for each other instead of failing.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use dateline_protocol::{ArticlePut, Role};
use rusqlite::{
    Connection, ErrorCode, OpenFlags, OptionalExtension, Row, Transaction, named_params, params,
};
use rusqlite_migration::{M, Migrations};
use uuid::Uuid;

mod links;
mod newsroom;
mod readers;

use super::{
    ArticleAddress, ArticlePage, ArticleSummary, ArticleWrite, FeedItem, IdempotencyRecord,
    MediaRecord, OldAddress, SitemapArticle, Storage, StorageError, StoredArticle, StoredStrings,
    StoredText, Subscriber, TokenInfo,
};

/// Statements kept compiled per connection: every query of a page stays in it.
const STATEMENT_CACHE: usize = 64;

/// Keeps every statement compiled once: a cache big enough for all of a page's queries,
/// and the query planner stability guarantee. Without it, the bundled SQLite (built with
/// STAT4) recompiled a statement whenever a bound value might change its plan — on
/// every request, since `:now` always changes — and compiling SQL took a third of a
/// signed-in reader's page.
fn keep_plans(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

/// Append-only: a released migration is never edited, only followed by a new one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_media_and_strings.sql")),
    M::up(include_str!("migrations/0003_readers.sql")),
    M::up(include_str!("migrations/0004_pages.sql")),
    M::up(include_str!("migrations/0005_password_reset.sql")),
    M::up(include_str!("migrations/0006_old_slugs.sql")),
    M::up(include_str!("migrations/0007_newsroom_sync.sql")),
];

/// The columns of an [`ArticleSummary`], read by [`summary_from`]; `a` is `articles`,
/// `t` is `article_texts`.
const SUMMARY_COLUMNS: &str =
    "a.id, a.section, t.title, t.standfirst, t.slug, a.visible_at, a.tier";

/// What readers may see at `:now` in `:locale`: published, not withdrawn, its time come.
const VISIBLE: &str = "t.locale = :locale AND a.unpublished = 0 AND a.visible_at <= :now";

/// `:section` (NULL: every section) and its subsections. The range form (everything
/// between `section/` and `section0`, '0' being the character after '/') lets SQLite use
/// the section index instead of testing every row.
const IN_SECTION: &str = "(:section IS NULL OR a.section = :section
      OR (a.section > :section || '/' AND a.section < :section || '0'))";

/// Connections that only read, for the reader's pages: with WAL they read in parallel
/// with each other and with the writer, instead of queueing behind one mutex.
const READERS: usize = 4;

#[derive(Debug)]
pub struct SqliteStorage {
    /// Every write, and reads that are part of one.
    conn: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next_reader: std::sync::atomic::AtomicUsize,
}

impl SqliteStorage {
    /// Opens (creating if needed) the database and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StorageError> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn)?;
        keep_plans(&mut conn)?;
        let readers = (0..READERS)
            .map(|_| {
                let reader = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                reader.busy_timeout(Duration::from_secs(5))?;
                let mut reader = reader;
                keep_plans(&mut reader)?;
                Ok(Mutex::new(reader))
            })
            .collect::<Result<_, StorageError>>()?;
        Ok(Self {
            conn: Mutex::new(conn),
            readers,
            next_reader: Default::default(),
        })
    }

    /// A read-only connection: the first free one, else the next in turn.
    fn read(&self) -> MutexGuard<'_, Connection> {
        for reader in &self.readers {
            if let Ok(guard) = reader.try_lock() {
                return guard;
            }
        }
        let i = self
            .next_reader
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            % self.readers.len();
        self.readers[i].lock().unwrap_or_else(|e| e.into_inner())
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-done transaction behind
        // (rusqlite rolls back on drop), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn is_unique_violation(e: &rusqlite::Error, table: &str) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, Some(msg))
        if f.code == ErrorCode::ConstraintViolation && msg.contains(&format!("{table}.")))
}

fn role_from(s: &str) -> Result<Role, StorageError> {
    Role::parse(s).ok_or_else(|| StorageError::Corrupt(format!("unknown role {s:?}")))
}

fn uuid_from(s: &str) -> Result<Uuid, StorageError> {
    Uuid::parse_str(s).map_err(|e| StorageError::Corrupt(format!("article id {s:?}: {e}")))
}

fn summary_from(row: &Row<'_>) -> Result<ArticleSummary, StorageError> {
    Ok(ArticleSummary {
        id: uuid_from(&row.get::<_, String>(0)?)?,
        section: row.get(1)?,
        title: row.get(2)?,
        standfirst: row.get(3)?,
        slug: row.get(4)?,
        visible_at: row.get(5)?,
        tier: row.get(6)?,
    })
}

fn summaries(mut rows: rusqlite::Rows<'_>) -> Result<Vec<ArticleSummary>, StorageError> {
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        found.push(summary_from(row)?);
    }
    Ok(found)
}

fn subscriber_from(row: &Row<'_>) -> rusqlite::Result<Subscriber> {
    Ok(Subscriber {
        id: row.get(0)?,
        email: row.get(1)?,
        password_hash: row.get(2)?,
        tier: row.get(3)?,
        created_at: row.get(4)?,
    })
}

const SUBSCRIBER_COLUMNS: &str = "id, email, password_hash, tier, created_at";

fn strings_from(row: &Row<'_>) -> rusqlite::Result<StoredStrings> {
    Ok(StoredStrings {
        locale: row.get(0)?,
        ftl: row.get(1)?,
        version: row.get::<_, i64>(2)? as u64,
        updated_at: row.get(3)?,
    })
}

const STRINGS_COLUMNS: &str = "locale, ftl, version, updated_at";

fn version_of(tx: &Transaction<'_>, id: &str) -> Result<Option<u64>, StorageError> {
    Ok(tx
        .prepare_cached("SELECT version FROM articles WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, i64>(0))
        .optional()?
        .map(|v| v as u64))
}

fn insert_answer(tx: &Transaction<'_>, answer: &IdempotencyRecord) -> Result<(), StorageError> {
    let headers =
        serde_json::to_string(&answer.headers).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    tx.execute(
        "INSERT INTO idempotency (token_hash, key, fingerprint, status, headers, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            answer.token_hash,
            answer.key,
            answer.fingerprint,
            answer.status,
            headers,
            answer.body,
            answer.created_at
        ],
    )
    .map_err(|e| {
        if is_unique_violation(&e, "idempotency") {
            StorageError::IdempotencyKeyTaken
        } else {
            e.into()
        }
    })?;
    Ok(())
}

impl Storage for SqliteStorage {
    fn insert_token(
        &self,
        hash: &str,
        role: Role,
        label: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "INSERT INTO tokens (hash, role, label, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![hash, role.as_str(), label, now],
            )
            .map_err(|e| {
                if is_unique_violation(&e, "tokens") {
                    StorageError::Duplicate
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    fn token_holder(&self, hash: &str) -> Result<Option<(Role, String)>, StorageError> {
        let found: Option<(String, String)> = self
            .read()
            .prepare_cached("SELECT role, label FROM tokens WHERE hash = ?1")?
            .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        found
            .map(|(role, label)| Ok((role_from(&role)?, label)))
            .transpose()
    }

    fn list_tokens(&self) -> Result<Vec<TokenInfo>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT label, role, created_at FROM tokens ORDER BY created_at, label",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (label, role, created_at) = row?;
            Ok(TokenInfo {
                label,
                role: role_from(&role)?,
                created_at,
            })
        })
        .collect()
    }

    fn revoke_token(&self, label: &str) -> Result<usize, StorageError> {
        Ok(self
            .conn()
            .execute("DELETE FROM tokens WHERE label = ?1", [label])?)
    }

    fn insert_subscriber(
        &self,
        email: &str,
        password_hash: &str,
        tier: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "INSERT INTO subscribers (email, password_hash, tier, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![email, password_hash, tier, now],
            )
            .map_err(|e| {
                if is_unique_violation(&e, "subscribers") {
                    StorageError::Duplicate
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    fn subscriber(&self, email: &str) -> Result<Option<Subscriber>, StorageError> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers WHERE email = ?1"
            ))?
            .query_row([email], subscriber_from)
            .optional()?)
    }

    fn set_subscriber_tier(&self, email: &str, tier: &str) -> Result<bool, StorageError> {
        Ok(self.conn().execute(
            "UPDATE subscribers SET tier = ?2 WHERE email = ?1",
            [email, tier],
        )? > 0)
    }

    fn list_subscribers(&self) -> Result<Vec<Subscriber>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers ORDER BY email"
        ))?;
        let rows = stmt.query_map([], subscriber_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn insert_session(
        &self,
        hash: &str,
        subscriber_id: i64,
        now: &str,
        expires_at: &str,
    ) -> Result<(), StorageError> {
        let conn = self.conn();
        // Expired sessions are swept whenever a new one starts, so the table stays small
        // without a background job.
        conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
        conn.execute(
            "INSERT INTO sessions (hash, subscriber_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
            params![hash, subscriber_id, now, expires_at],
        )?;
        Ok(())
    }

    fn session_subscriber(
        &self,
        hash: &str,
        now: &str,
    ) -> Result<Option<Subscriber>, StorageError> {
        Ok(self
            .read()
            .prepare_cached(
                "SELECT s.id, s.email, s.password_hash, s.tier, s.created_at
                 FROM sessions AS x JOIN subscribers AS s ON s.id = x.subscriber_id
                 WHERE x.hash = ?1 AND x.expires_at > ?2",
            )?
            .query_row([hash, now], subscriber_from)
            .optional()?)
    }

    fn delete_session(&self, hash: &str) -> Result<(), StorageError> {
        self.conn()
            .execute("DELETE FROM sessions WHERE hash = ?1", [hash])?;
        Ok(())
    }

    fn article(&self, id: Uuid) -> Result<Option<StoredArticle>, StorageError> {
        let row = self
            .conn()
            .prepare_cached(
                "SELECT version, unpublished, visible_at, put_json FROM articles WHERE id = ?1",
            )?
            .query_row([id.to_string()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, bool>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        row.map(|(version, unpublished, visible_at, json)| {
            let put: ArticlePut = serde_json::from_str(&json)
                .map_err(|e| StorageError::Corrupt(format!("article {id}: {e}")))?;
            Ok(StoredArticle {
                id,
                version: version as u64,
                unpublished,
                visible_at,
                put,
            })
        })
        .transpose()
    }

    fn slug_owner(&self, locale: &str, slug: &str) -> Result<Option<Uuid>, StorageError> {
        let id: Option<String> = self
            .conn()
            .prepare_cached("SELECT article_id FROM article_texts WHERE locale = ?1 AND slug = ?2")?
            .query_row([locale, slug], |r| r.get(0))
            .optional()?;
        id.as_deref().map(uuid_from).transpose()
    }

    fn save_article(
        &self,
        write: &ArticleWrite,
        expected: Option<u64>,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let id = write.id.to_string();
        if version_of(&tx, &id)? != expected {
            return Err(StorageError::VersionConflict);
        }
        let put = &write.put;
        let tags =
            serde_json::to_string(&put.tags).map_err(|e| StorageError::Corrupt(e.to_string()))?;
        let put_json =
            serde_json::to_string(put).map_err(|e| StorageError::Corrupt(e.to_string()))?;
        tx.execute(
            "INSERT INTO articles (id, version, source_locale, section, tags, byline, source_url, tier,
                                   publish_at, visible_at, unpublished, put_json, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11, ?12, ?12)
             ON CONFLICT (id) DO UPDATE SET
                version = excluded.version, source_locale = excluded.source_locale,
                section = excluded.section, tags = excluded.tags, byline = excluded.byline,
                source_url = excluded.source_url, tier = excluded.tier,
                publish_at = excluded.publish_at, visible_at = excluded.visible_at,
                unpublished = 0, put_json = excluded.put_json, updated_at = excluded.updated_at",
            params![
                id,
                write.version as i64,
                put.source_locale,
                put.section,
                tags,
                put.byline,
                put.source_url,
                put.tier,
                put.publish_at.map(super::timestamp),
                write.visible_at,
                put_json,
                write.now
            ],
        )?;
        // The texts are replaced as a whole: a locale left out of the PUT is withdrawn.
        // Their slugs are kept, so an address that changes redirects to the new one.
        links::keep_slugs(&tx, &id)?;
        tx.execute("DELETE FROM article_texts WHERE article_id = ?1", [&id])?;
        for t in &write.texts {
            tx.execute(
                "INSERT INTO article_texts (article_id, locale, title, standfirst, slug, body,
                                            free_html, paid_html, word_count, reading_minutes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    id,
                    t.locale,
                    t.title,
                    t.standfirst,
                    t.slug,
                    t.body,
                    t.free_html,
                    t.paid_html,
                    t.word_count,
                    t.reading_minutes
                ],
            )
            .map_err(|e| {
                if is_unique_violation(&e, "article_texts") {
                    StorageError::SlugTaken {
                        locale: t.locale.clone(),
                        slug: t.slug.clone(),
                    }
                } else {
                    e.into()
                }
            })?;
        }
        links::forget_current_slugs(&tx, &id)?;
        insert_answer(&tx, answer)?;
        tx.commit()?;
        Ok(())
    }

    fn unpublish_article(
        &self,
        id: Uuid,
        expected: u64,
        version: u64,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let id = id.to_string();
        if version_of(&tx, &id)? != Some(expected) {
            return Err(StorageError::VersionConflict);
        }
        tx.execute(
            "UPDATE articles SET unpublished = 1, version = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, version as i64, answer.created_at],
        )?;
        insert_answer(&tx, answer)?;
        tx.commit()?;
        Ok(())
    }

    fn idempotency(
        &self,
        token_hash: &str,
        key: &str,
    ) -> Result<Option<IdempotencyRecord>, StorageError> {
        let row = self
            .conn()
            .prepare_cached(
                "SELECT fingerprint, status, headers, body, created_at FROM idempotency
                 WHERE token_hash = ?1 AND key = ?2",
            )?
            .query_row([token_hash, key], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u16>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .optional()?;
        row.map(|(fingerprint, status, headers, body, created_at)| {
            Ok(IdempotencyRecord {
                token_hash: token_hash.to_owned(),
                key: key.to_owned(),
                fingerprint,
                status,
                headers: serde_json::from_str(&headers)
                    .map_err(|e| StorageError::Corrupt(e.to_string()))?,
                body,
                created_at,
            })
        })
        .transpose()
    }

    fn site_strings(&self, locale: &str) -> Result<Option<StoredStrings>, StorageError> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {STRINGS_COLUMNS} FROM site_strings WHERE locale = ?1"
            ))?
            .query_row([locale], strings_from)
            .optional()?)
    }

    fn all_site_strings(&self) -> Result<Vec<StoredStrings>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {STRINGS_COLUMNS} FROM site_strings ORDER BY locale"
        ))?;
        let rows = stmt.query_map([], strings_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn save_site_strings(
        &self,
        strings: &StoredStrings,
        expected: Option<u64>,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let current = tx
            .prepare_cached("SELECT version FROM site_strings WHERE locale = ?1")?
            .query_row([&strings.locale], |r| r.get::<_, i64>(0))
            .optional()?
            .map(|v| v as u64);
        if current != expected {
            return Err(StorageError::VersionConflict);
        }
        tx.execute(
            "INSERT INTO site_strings (locale, ftl, version, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (locale) DO UPDATE SET
                ftl = excluded.ftl, version = excluded.version, updated_at = excluded.updated_at",
            params![
                strings.locale,
                strings.ftl,
                strings.version as i64,
                strings.updated_at
            ],
        )?;
        insert_answer(&tx, answer)?;
        tx.commit()?;
        Ok(())
    }

    fn media(&self, name: &str) -> Result<Option<MediaRecord>, StorageError> {
        Ok(self
            .read()
            .prepare_cached("SELECT name, mime, size, created_at FROM media WHERE name = ?1")?
            .query_row([name], |r| {
                Ok(MediaRecord {
                    name: r.get(0)?,
                    mime: r.get(1)?,
                    size: r.get::<_, i64>(2)? as u64,
                    created_at: r.get(3)?,
                })
            })
            .optional()?)
    }

    fn save_media(
        &self,
        media: &MediaRecord,
        answer: &dyn Fn(bool) -> IdempotencyRecord,
    ) -> Result<bool, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let created = tx.execute(
            "INSERT INTO media (name, mime, size, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO NOTHING",
            params![media.name, media.mime, media.size as i64, media.created_at],
        )? > 0;
        insert_answer(&tx, &answer(created))?;
        tx.commit()?;
        Ok(created)
    }

    fn visible_articles(
        &self,
        locale: &str,
        section: Option<&str>,
        now: &str,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError> {
        self.visible_articles_from(locale, section, now, 0, limit)
    }

    fn next_visible_after(&self, now: &str) -> Result<Option<String>, StorageError> {
        Ok(self
            .read()
            .prepare_cached(
                "SELECT min(visible_at) FROM articles WHERE unpublished = 0 AND visible_at > ?1",
            )?
            .query_row([now], |r| r.get(0))?)
    }

    fn article_page(&self, locale: &str, slug: &str) -> Result<Option<ArticlePage>, StorageError> {
        let conn = self.read();
        let row = conn
            .prepare_cached("SELECT a.id, a.section, a.tier, a.byline, a.source_url, a.visible_at, a.unpublished,
                        t.title, t.standfirst, t.body, t.free_html, t.paid_html, t.word_count,
                        t.reading_minutes, a.updated_at, a.tags
                 FROM article_texts AS t JOIN articles AS a ON a.id = t.article_id
                 WHERE t.locale = ?1 AND t.slug = ?2")?
            .query_row(
                [locale, slug],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(15)?,
                        ArticlePage {
                            id: Uuid::nil(),
                            section: r.get(1)?,
                            tier: r.get(2)?,
                            byline: r.get(3)?,
                            source_url: r.get(4)?,
                            visible_at: r.get(5)?,
                            updated_at: r.get(14)?,
                            unpublished: r.get(6)?,
                            tags: Vec::new(),
                            text: StoredText {
                                locale: locale.to_owned(),
                                title: r.get(7)?,
                                standfirst: r.get(8)?,
                                slug: slug.to_owned(),
                                body: r.get(9)?,
                                free_html: r.get(10)?,
                                paid_html: r.get(11)?,
                                word_count: r.get(12)?,
                                reading_minutes: r.get(13)?,
                            },
                            translations: Vec::new(),
                        },
                    ))
                },
            )
            .optional()?;
        let Some((id, tags, page)) = row else {
            return Ok(None);
        };
        let tags: Vec<String> = serde_json::from_str(&tags)
            .map_err(|e| StorageError::Corrupt(format!("tags of article {id}: {e}")))?;
        let mut stmt = conn.prepare_cached(
            "SELECT locale, slug FROM article_texts WHERE article_id = ?1 ORDER BY locale",
        )?;
        let translations = stmt
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(Some(ArticlePage {
            id: uuid_from(&id)?,
            translations,
            tags,
            ..page
        }))
    }

    fn visible_articles_from(
        &self,
        locale: &str,
        section: Option<&str>,
        now: &str,
        offset: u32,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError> {
        let conn = self.read();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}
             FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
             WHERE {VISIBLE} AND {IN_SECTION}
             ORDER BY a.visible_at DESC, a.id DESC
             LIMIT :limit OFFSET :offset"
        ))?;
        let rows = stmt.query(named_params! {
            ":locale": locale, ":now": now, ":section": section,
            ":limit": limit, ":offset": offset,
        })?;
        summaries(rows)
    }

    fn related_articles(
        &self,
        locale: &str,
        id: Uuid,
        now: &str,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError> {
        let conn = self.read();
        // Candidates are the articles sharing a tag (found through the tag index) and
        // the newest of the same section; both sets are small, whatever the archive.
        let mut stmt = conn.prepare_cached(&format!(
            "WITH me AS (SELECT section FROM articles WHERE id = :id),
                  shared AS (
                      SELECT o.article_id AS id, count(*) AS n
                      FROM article_tags AS mine
                      JOIN article_tags AS o ON o.tag = mine.tag AND o.article_id <> mine.article_id
                      WHERE mine.article_id = :id
                      GROUP BY o.article_id),
                  same_section AS (
                      SELECT a.id FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
                      WHERE {VISIBLE} AND a.section = (SELECT section FROM me) AND a.id <> :id
                      ORDER BY a.visible_at DESC LIMIT :limit)
             SELECT {SUMMARY_COLUMNS}
             FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
                  LEFT JOIN shared ON shared.id = a.id
             WHERE {VISIBLE} AND a.id <> :id
               AND (shared.id IS NOT NULL OR a.id IN (SELECT id FROM same_section))
             ORDER BY coalesce(shared.n, 0) DESC,
                      a.section = (SELECT section FROM me) DESC,
                      a.visible_at DESC, a.id DESC
             LIMIT :limit"
        ))?;
        let rows = stmt.query(named_params! {
            ":locale": locale, ":now": now, ":id": id.to_string(), ":limit": limit,
        })?;
        summaries(rows)
    }

    fn feed_items(
        &self,
        locale: &str,
        now: &str,
        limit: u32,
    ) -> Result<Vec<FeedItem>, StorageError> {
        let conn = self.read();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, a.byline, a.updated_at, t.free_html, t.paid_html
             FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
             WHERE {VISIBLE}
             ORDER BY a.visible_at DESC, a.id DESC
             LIMIT :limit"
        ))?;
        let mut rows = stmt.query(named_params! {
            ":locale": locale, ":now": now, ":limit": limit,
        })?;
        let mut found = Vec::new();
        while let Some(row) = rows.next()? {
            found.push(FeedItem {
                summary: summary_from(row)?,
                byline: row.get(7)?,
                updated_at: row.get(8)?,
                free_html: row.get(9)?,
                paid_html: row.get(10)?,
            });
        }
        Ok(found)
    }

    fn article_addresses(
        &self,
        ids: &[Uuid],
        now: &str,
    ) -> Result<Vec<ArticleAddress>, StorageError> {
        self.addresses_of(ids, now)
    }

    fn moved_slug(
        &self,
        locale: &str,
        slug: &str,
        now: &str,
    ) -> Result<Option<OldAddress>, StorageError> {
        self.moved(locale, slug, now)
    }

    fn sitemap_articles(&self, now: &str, limit: u32) -> Result<Vec<SitemapArticle>, StorageError> {
        let conn = self.read();
        let mut stmt = conn.prepare_cached(
            "WITH chosen AS (
                 SELECT id, section, updated_at, visible_at FROM articles
                 WHERE unpublished = 0 AND visible_at <= :now
                 ORDER BY visible_at DESC, id DESC LIMIT :limit)
             SELECT c.id, c.section, max(c.updated_at, c.visible_at), t.locale, t.slug
             FROM chosen AS c JOIN article_texts AS t ON t.article_id = c.id
             ORDER BY c.visible_at DESC, c.id DESC, t.locale",
        )?;
        let mut rows = stmt.query(named_params! { ":now": now, ":limit": limit })?;
        let mut found: Vec<SitemapArticle> = Vec::new();
        while let Some(row) = rows.next()? {
            let id = uuid_from(&row.get::<_, String>(0)?)?;
            let text = (row.get(3)?, row.get(4)?);
            match found.last_mut() {
                Some(last) if last.id == id => last.texts.push(text),
                _ => found.push(SitemapArticle {
                    id,
                    section: row.get(1)?,
                    updated_at: row.get(2)?,
                    texts: vec![text],
                }),
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests;
