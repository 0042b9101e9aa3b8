//! The desk's schema history: numbered `.sql` files in `migrations/`, applied in order by
//! rusqlite_migration, all pending ones in one transaction. Append-only: a migration
//! that has shipped is never edited; a change is a new file.
//!
//! A migration is frozen: it never calls the desk's code of today, so changing that code
//! cannot change what upgrading an old database does. The one data step SQL cannot do
//! (migration 3's hash of a source text) is a frozen copy here. Data derived from the
//! texts by the desk's own code — the search index, the translation memory of
//! translations done before it existed — is not a migration's business: the desk
//! refreshes it after migrating (`content::texts::refresh_index`,
//! `translate::memory::seed_pending`).

use std::sync::LazyLock;

use rusqlite::{OptionalExtension, Transaction, params};
use rusqlite_migration::{HookResult, M, Migrations};
use sha2::{Digest, Sha256};

pub(crate) static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_foundation.sql")),
        M::up(include_str!("migrations/0002_revisions_search_images.sql")),
        M::up_with_hook(
            include_str!("migrations/0003_sites_translations_outbox.sql"),
            m0003_published_translations_are_done,
        ),
        M::up(include_str!(
            "migrations/0004_translation_sources_memory.sql"
        )),
        M::up(include_str!("migrations/0005_block_sources.sql")),
        M::up(include_str!("migrations/0006_search_bylines_prefixes.sql")),
        M::up(include_str!("migrations/0007_sent_hash.sql")),
        M::up(include_str!("migrations/0008_first_published.sql")),
        M::up_with_hook(
            include_str!("migrations/0009_revision_dag.sql"),
            m0009_revision_ids_and_parents,
        ),
        M::up(include_str!("migrations/0010_newsroom_log.sql")),
    ])
});

/// The schema version this desk writes (SQLite's `user_version`): the number of
/// migrations.
pub const SCHEMA_VERSION: i64 = 10;

/// Migration 9's data step: every revision made before gets a global id, in the order
/// it was made (UUIDv7 sort by time), and follows the one before it in its text.
fn m0009_revision_ids_and_parents(tx: &Transaction) -> HookResult {
    let rows: Vec<(i64, String, String)> = tx
        .prepare("SELECT id, article_id, locale FROM revisions ORDER BY article_id, locale, id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut previous: Option<(String, String, String)> = None;
    let mut update = tx.prepare("UPDATE revisions SET uid = ?2, parents = ?3 WHERE id = ?1")?;
    for (id, article, locale) in rows {
        let uid = uuid::Uuid::now_v7().to_string();
        let parents = match &previous {
            Some((a, l, p)) if *a == article && *l == locale => format!("[\"{p}\"]"),
            _ => "[]".to_owned(),
        };
        update.execute(params![id, uid, parents])?;
        previous = Some((article, locale, uid));
    }
    Ok(())
}

/// Migration 3's data step: the translations already on a site are marked done against
/// their source as it is now, so updating those articles is not blocked by "not done".
fn m0003_published_translations_are_done(tx: &Transaction) -> HookResult {
    let published: Vec<(String, String)> = tx
        .prepare("SELECT article_id, urls FROM publications")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (article_id, urls) in published {
        let locales: Vec<String> =
            serde_json::from_str::<std::collections::BTreeMap<String, String>>(&urls)
                .map(|u| u.into_keys().collect())
                .unwrap_or_default();
        let hash: Option<String> = tx
            .query_row(
                "SELECT s.title, s.standfirst, s.body FROM articles a
                 JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 WHERE a.id = ?1",
                [&article_id],
                |r| {
                    Ok(m0003_source_hash(
                        &r.get::<_, String>(0)?,
                        &r.get::<_, String>(1)?,
                        &r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some(hash) = hash else { continue };
        for locale in locales {
            tx.execute(
                "UPDATE article_texts SET status = 'done', source_hash = ?3
                 WHERE article_id = ?1 AND locale = ?2
                   AND locale <> (SELECT source_locale FROM articles WHERE id = ?1)",
                params![article_id, locale, hash],
            )?;
        }
    }
    Ok(())
}

/// The source hash as migration 3 defined it: SHA-256 of title, standfirst and body,
/// each followed by a NUL, in lower-case hex.
fn m0003_source_hash(title: &str, standfirst: &str, body: &str) -> String {
    let mut h = Sha256::new();
    for part in [title, standfirst, body] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frozen_source_hash_is_today_s() {
        // If today's hash ever changes, translations marked done before would all read as
        // outdated: that change needs a migration of its own.
        for (t, s, b) in [
            ("", "", ""),
            ("Tides", "", ""),
            ("Marées", "Le port", "Texte\n\nSuite"),
        ] {
            assert_eq!(
                m0003_source_hash(t, s, b),
                crate::translate::translations::source_hash(t, s, b)
            );
        }
    }

    const ID: &str = "0195f3c2-0000-7000-8000-0000000000a1";

    /// What a desk at schema `v` had written: an article published in English and
    /// French, and what that schema could hold besides (tags, a named revision, an
    /// image, the outbox, a translation done, the translation memory).
    fn fill(conn: &rusqlite::Connection, v: i64) {
        conn.execute_batch(&format!(
            r#"INSERT INTO articles(id, source_locale, section, tags, byline, tier, state,
                                   created_at, updated_at, edit_seq)
                 VALUES ('{ID}', 'en-US', 'world', '["harbours"]', 'Ines Varga', 'premium',
                         'published', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', 1);
               INSERT INTO article_texts(article_id, locale, title, standfirst, body, slug,
                                         updated_at) VALUES
                 ('{ID}', 'en-US', 'Harbour cranes return', 'Dockers voted on Sunday.',
                  'The cranes came back on Monday.', 'harbour-cranes', '2026-01-05T09:00:00.000Z'),
                 ('{ID}', 'fr', 'Le retour des grues', 'Les dockers ont voté dimanche.',
                  'Les grues sont revenues lundi.', 'retour-des-grues', '2026-01-05T09:00:00.000Z');
               INSERT INTO publications(article_id, site_url, version, urls, published_at)
                 VALUES ('{ID}', 'https://news.example', 3,
                         '{{"en-US": "https://news.example/en-US/world/harbour-cranes",
                           "fr": "https://news.example/fr/world/retour-des-grues"}}',
                         '2026-01-05T09:01:00.000Z');
               INSERT INTO settings(key, value) VALUES ('ui_locale', 'fr');"#
        ))
        .unwrap();
        if v < 3 {
            conn.execute_batch(
                "INSERT INTO settings(key, value) VALUES ('site_url', 'https://news.example');",
            )
            .unwrap();
        }
        if v >= 2 {
            conn.execute_batch(&format!(
                "INSERT INTO revisions(article_id, locale, kind, label, created_at, title,
                                       standfirst, body, word_count)
                   VALUES ('{ID}', 'en-US', 'named', 'first draft', '2026-01-04T18:00:00.000Z',
                           'Cranes', '', 'The cranes may come back.', 5);
                 INSERT INTO article_tags(article_id, tag) VALUES ('{ID}', 'harbours');
                 INSERT INTO images(name, mime, size, original, created_at)
                   VALUES ('{hash}.png', 'image/png', 68, 'crane.png', '2026-01-04T18:00:00.000Z');",
                hash = "ab".repeat(32)
            ))
            .unwrap();
        }
        if v >= 3 {
            let hash = m0003_source_hash(
                "Harbour cranes return",
                "Dockers voted on Sunday.",
                "The cranes came back on Monday.",
            );
            conn.execute_batch(&format!(
                "INSERT INTO sites(url, added_at) VALUES ('https://news.example', '2026-01-01T00:00:00Z');
                 UPDATE article_texts SET status = 'done', source_hash = '{hash}' WHERE locale = 'fr';
                 INSERT INTO outbox(site_url, article_id, action, idempotency_key, state,
                                    next_attempt_at, created_at, updated_at)
                   VALUES ('https://news.example', '{ID}', 'unpublish', 'key-1', 'failed',
                           '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z');"
            ))
            .unwrap();
        }
        if v >= 4 {
            conn.execute_batch(&format!(
                "UPDATE article_texts SET source_title = 'Harbour cranes return',
                   source_standfirst = 'Dockers voted on Sunday.',
                   source_body = 'The cranes came back on Monday.' WHERE locale = 'fr';
                 INSERT INTO translation_memory(article_id, source_locale, target_locale,
                                                source_text, target_text)
                   VALUES ('{ID}', 'en-US', 'fr', 'The cranes came back on Monday.',
                           'Les grues sont revenues lundi.');"
            ))
            .unwrap();
        }
        if v >= 9 {
            // Schema 9's desk gives every revision its id as it makes it.
            conn.execute(
                "UPDATE revisions SET uid = ?1 WHERE uid IS NULL",
                [uuid::Uuid::now_v7().to_string()],
            )
            .unwrap();
        }
    }

    #[test]
    fn a_database_of_every_earlier_schema_upgrades_with_its_data() {
        let id = uuid::Uuid::parse_str(ID).unwrap();
        for v in 1..SCHEMA_VERSION {
            let dir = tempfile::tempdir().unwrap();
            {
                let mut conn =
                    rusqlite::Connection::open(dir.path().join(crate::DATABASE_FILE)).unwrap();
                MIGRATIONS.to_version(&mut conn, v as usize).unwrap();
                fill(&conn, v);
            }
            let desk = crate::testutil::open(dir.path());
            let seen = |what: &str| format!("upgraded from schema {v}: {what}");
            let version: i64 = desk
                .db()
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(version, SCHEMA_VERSION, "{}", seen("schema"));
            desk.check_integrity().unwrap();

            let a = desk.article(id).unwrap();
            assert_eq!(a.title, "Harbour cranes return", "{}", seen("headline"));
            assert_eq!(
                a.body,
                "The cranes came back on Monday.",
                "{}",
                seen("body")
            );
            assert_eq!(a.tags, ["harbours"], "{}", seen("tags"));
            assert_eq!(
                (a.byline.as_str(), a.tier.as_str()),
                ("Ines Varga", "premium")
            );
            assert_eq!(a.locales, ["en-US", "fr"], "{}", seen("locales"));

            let by_tag = desk
                .search_articles(&crate::SearchQuery {
                    tag: Some("Harbours".into()),
                    ..Default::default()
                })
                .unwrap();
            assert_eq!(by_tag.total, 1, "{}", seen("tag rows"));
            let found = desk
                .search_articles(&crate::SearchQuery {
                    text: "revenues".into(),
                    ..Default::default()
                })
                .unwrap();
            assert_eq!(
                found.total,
                1,
                "{}",
                seen("the index holds the French text")
            );
            assert_eq!(found.hits[0].locale, "fr");
            let by_byline = desk
                .search_articles(&crate::SearchQuery {
                    text: "varg".into(),
                    ..Default::default()
                })
                .unwrap();
            assert_eq!(
                by_byline.total,
                1,
                "{}",
                seen("the index holds the byline, searched as typed")
            );

            // Revisions made before are nodes of their text's history, one after another.
            desk.snapshot_revision(id, "en-US", Some("after the upgrade"))
                .unwrap();
            let nodes: Vec<(Option<String>, String)> = desk
                .db()
                .prepare("SELECT uid, parents FROM revisions WHERE locale = 'en-US' ORDER BY id")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert_eq!(
                nodes.len(),
                if v >= 2 { 2 } else { 1 },
                "{}",
                seen("revisions")
            );
            assert!(
                nodes.iter().all(|(uid, _)| uid.is_some()),
                "{}",
                seen("ids")
            );
            if v >= 2 {
                let first = nodes[0].0.as_deref().unwrap();
                assert_eq!(nodes[0].1, "[]", "{}", seen("the first has no parent"));
                assert_eq!(nodes[1].1, format!("[\"{first}\"]"), "{}", seen("parents"));
            }

            let sites: Vec<String> = desk.sites().unwrap().into_iter().map(|s| s.url).collect();
            assert_eq!(sites, ["https://news.example"], "{}", seen("sites"));

            let fr = desk
                .texts(id)
                .unwrap()
                .into_iter()
                .find(|t| t.locale == "fr")
                .unwrap();
            assert_eq!(
                fr.status,
                crate::TranslationStatus::Done,
                "{}",
                seen("status")
            );
            assert!(
                !fr.outdated,
                "{}",
                seen("a published translation is current")
            );
            let changes = desk.source_changes(id, "fr").unwrap();
            assert!(
                !changes.outdated,
                "{}",
                seen("the source it was done against")
            );
            let memory = desk
                .suggestions("The cranes came back on Monday.", "en-US", "fr", None, 5)
                .unwrap();
            assert_eq!(
                memory.first().map(|m| m.translation.as_str()),
                Some("Les grues sont revenues lundi."),
                "{}",
                seen("translation memory")
            );

            let revisions = desk.list_revisions(id, "en-US").unwrap();
            assert_eq!(
                revisions
                    .iter()
                    .any(|r| r.label.as_deref() == Some("first draft")),
                v >= 2,
                "{}",
                seen("named revision")
            );
            let ops = desk.outbox(10).unwrap();
            assert_eq!(ops.len(), usize::from(v >= 3), "{}", seen("outbox"));
        }
    }

    #[test]
    fn one_file_per_schema_version() {
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/migrations"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "sql")
            })
            .count();
        assert_eq!(files as i64, SCHEMA_VERSION);
    }
}
