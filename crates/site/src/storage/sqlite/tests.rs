//! The SQLite storage's own tests: listings, related stories, the sitemap, writes.

use super::*;

fn answer(key: &str) -> IdempotencyRecord {
    IdempotencyRecord {
        token_hash: "t".into(),
        key: key.into(),
        fingerprint: "f".into(),
        status: 201,
        headers: vec![("etag".into(), "\"1\"".into())],
        body: b"{}".to_vec(),
        created_at: "2026-01-01T00:00:00.000000Z".into(),
    }
}

fn write(id: Uuid, version: u64, slug: &str) -> ArticleWrite {
    ArticleWrite {
        id,
        version,
        put: ArticlePut {
            source_locale: "en-US".into(),
            section: "world".into(),
            tags: vec![],
            byline: "A".into(),
            source_url: None,
            tier: "public".into(),
            publish_at: None,
            texts: vec![],
        },
        visible_at: "2026-01-01T00:00:00.000000Z".into(),
        texts: vec![StoredText {
            locale: "en-US".into(),
            title: "T".into(),
            standfirst: "S".into(),
            slug: slug.into(),
            body: "B".into(),
            free_html: "<p>B</p>".into(),
            paid_html: None,
            word_count: 1,
            reading_minutes: 1,
        }],
        now: "2026-01-01T00:00:00.000000Z".into(),
    }
}

#[test]
fn versions_are_compare_and_swap_and_slugs_unique() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
    let a = Uuid::now_v7();
    s.save_article(&write(a, 1, "one"), None, &answer("k1"))
        .unwrap();
    assert!(matches!(
        s.save_article(&write(a, 1, "one"), None, &answer("k2")),
        Err(StorageError::VersionConflict)
    ));
    // The failed write left no answer behind for its key.
    assert!(s.idempotency("t", "k2").unwrap().is_none());
    assert_eq!(s.idempotency("t", "k1").unwrap().unwrap(), answer("k1"));
    s.save_article(&write(a, 2, "one"), Some(1), &answer("k3"))
        .unwrap();
    assert_eq!(s.article(a).unwrap().unwrap().version, 2);

    let b = Uuid::now_v7();
    assert!(matches!(
        s.save_article(&write(b, 1, "one"), None, &answer("k4")),
        Err(StorageError::SlugTaken { .. })
    ));
    assert!(s.article(b).unwrap().is_none());
    assert!(matches!(
        s.save_article(&write(b, 1, "two"), None, &answer("k1")),
        Err(StorageError::IdempotencyKeyTaken)
    ));
    assert!(s.article(b).unwrap().is_none());
}

#[test]
fn reopening_keeps_data_and_migrations_are_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    SqliteStorage::open(&path)
        .unwrap()
        .insert_token("h", Role::Editor, "ed", "now")
        .unwrap();
    let s = SqliteStorage::open(&path).unwrap();
    assert_eq!(
        s.token_holder("h").unwrap(),
        Some((Role::Editor, "ed".to_owned()))
    );
    assert!(matches!(
        s.insert_token("h2", Role::Writer, "ed", "now"),
        Err(StorageError::Duplicate)
    ));
}

fn strings(locale: &str, version: u64, ftl: &str) -> StoredStrings {
    StoredStrings {
        locale: locale.into(),
        ftl: ftl.into(),
        version,
        updated_at: "2026-01-01T00:00:00.000000Z".into(),
    }
}

#[test]
fn string_overrides_are_compare_and_swap() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
    s.save_site_strings(&strings("fr", 1, "a = b"), None, &answer("k1"))
        .unwrap();
    assert!(matches!(
        s.save_site_strings(&strings("fr", 1, "a = c"), None, &answer("k2")),
        Err(StorageError::VersionConflict)
    ));
    assert!(s.idempotency("t", "k2").unwrap().is_none());
    s.save_site_strings(&strings("fr", 2, "a = d"), Some(1), &answer("k3"))
        .unwrap();
    s.save_site_strings(&strings("de", 1, "a = e"), None, &answer("k4"))
        .unwrap();
    assert_eq!(
        s.site_strings("fr").unwrap(),
        Some(strings("fr", 2, "a = d"))
    );
    assert_eq!(s.site_strings("ja").unwrap(), None);
    let all: Vec<String> = s
        .all_site_strings()
        .unwrap()
        .into_iter()
        .map(|x| x.locale)
        .collect();
    assert_eq!(all, ["de", "fr"]);
}

#[test]
fn media_is_recorded_once_and_its_answer_tells_which_time() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
    let m = MediaRecord {
        name: format!("{}.png", "a".repeat(64)),
        mime: "image/png".into(),
        size: 67,
        created_at: "2026-01-01T00:00:00.000000Z".into(),
    };
    let answer_for = |key: &'static str| {
        move |created: bool| IdempotencyRecord {
            status: if created { 201 } else { 200 },
            ..answer(key)
        }
    };
    assert!(s.save_media(&m, &answer_for("k1")).unwrap());
    assert!(!s.save_media(&m, &answer_for("k2")).unwrap());
    assert_eq!(s.idempotency("t", "k1").unwrap().unwrap().status, 201);
    assert_eq!(s.idempotency("t", "k2").unwrap().unwrap().status, 200);
    assert_eq!(s.media(&m.name).unwrap(), Some(m.clone()));
    // A key already used rolls the record back with it.
    let other = MediaRecord {
        name: format!("{}.gif", "b".repeat(64)),
        ..m
    };
    assert!(matches!(
        s.save_media(&other, &answer_for("k1")),
        Err(StorageError::IdempotencyKeyTaken)
    ));
    assert_eq!(s.media(&other.name).unwrap(), None);
}

/// An article `slug` in `section` with `tags`, visible from `visible_at`, with a text
/// in each of `locales` (slug suffixed by the locale after the first).
fn tagged(
    section: &str,
    tags: &[&str],
    visible_at: &str,
    slug: &str,
    locales: &[&str],
) -> ArticleWrite {
    let mut w = write(Uuid::now_v7(), 1, slug);
    w.put.section = section.into();
    w.put.tags = tags.iter().map(|t| t.to_string()).collect();
    w.visible_at = visible_at.into();
    let template = w.texts[0].clone();
    w.texts = locales
        .iter()
        .enumerate()
        .map(|(i, l)| StoredText {
            locale: l.to_string(),
            slug: if i == 0 {
                slug.into()
            } else {
                format!("{slug}-{l}")
            },
            ..template.clone()
        })
        .collect();
    w
}

const NOW: &str = "2026-06-01T00:00:00.000000Z";

fn slugs(found: &[ArticleSummary]) -> Vec<&str> {
    found.iter().map(|a| a.slug.as_str()).collect()
}

#[test]
fn related_articles_follow_shared_tags_and_the_section_as_they_change() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
    let at = |d: u32| format!("2026-05-{d:02}T00:00:00.000000Z");
    let main = tagged("world", &["a", "b"], &at(1), "main", &["en-US"]);
    let two = tagged("culture", &["a", "b"], &at(2), "two", &["en-US"]);
    let one = tagged("culture", &["b"], &at(3), "one", &["en-US"]);
    let section = tagged("world", &[], &at(4), "section", &["en-US"]);
    let french_only = tagged("world", &["a", "b"], &at(5), "french", &["fr"]);
    let later = tagged(
        "world",
        &["a", "b"],
        "2026-07-01T00:00:00.000000Z",
        "later",
        &["en-US"],
    );
    for (i, w) in [&main, &two, &one, &section, &french_only, &later]
        .iter()
        .enumerate()
    {
        s.save_article(w, None, &answer(&format!("k{i}"))).unwrap();
    }
    let related = s.related_articles("en-US", main.id, NOW, 10).unwrap();
    assert_eq!(slugs(&related), ["two", "one", "section"]);
    assert_eq!(
        slugs(&s.related_articles("en-US", main.id, NOW, 2).unwrap()),
        ["two", "one"]
    );

    // Republished without its tags, `two` is no longer related (the trigger kept the
    // tag rows in step with the upsert).
    let mut untagged = two.clone();
    untagged.version = 2;
    untagged.put.tags.clear();
    s.save_article(&untagged, Some(1), &answer("k9")).unwrap();
    let related = s.related_articles("en-US", main.id, NOW, 10).unwrap();
    assert_eq!(slugs(&related), ["one", "section"]);
}

#[test]
fn listings_page_through_visible_articles_and_the_sitemap_groups_texts() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
    for d in 1..=5 {
        let w = tagged(
            "economy/asia",
            &[],
            &format!("2026-05-{d:02}T00:00:00.000000Z"),
            &format!("s{d}"),
            &["en-US", "fr"],
        );
        s.save_article(&w, None, &answer(&format!("k{d}"))).unwrap();
    }
    // Not a subsection of `economy`, whatever its name starts with.
    let eco = tagged(
        "economy-extra",
        &[],
        "2026-05-09T00:00:00.000000Z",
        "x",
        &["en-US"],
    );
    s.save_article(&eco, None, &answer("kx")).unwrap();
    let later = tagged(
        "economy",
        &[],
        "2026-07-01T00:00:00.000000Z",
        "later",
        &["en-US"],
    );
    s.save_article(&later, None, &answer("kl")).unwrap();

    let page = |offset| {
        s.visible_articles_from("en-US", Some("economy"), NOW, offset, 2)
            .unwrap()
    };
    assert_eq!(slugs(&page(0)), ["s5", "s4"]);
    assert_eq!(slugs(&page(2)), ["s3", "s2"]);
    assert_eq!(slugs(&page(4)), ["s1"]);
    assert!(page(6).is_empty());
    assert_eq!(page(0)[0].tier, "public");

    let sitemap = s.sitemap_articles(NOW, 100).unwrap();
    assert_eq!(sitemap.len(), 6, "everything visible, nothing scheduled");
    assert_eq!(sitemap[0].texts, [("en-US".to_owned(), "x".to_owned())]);
    assert_eq!(
        sitemap[1].texts,
        [("en-US".into(), "s5".into()), ("fr".into(), "s5-fr".into())]
    );
    // Written before it appeared: it changed, for readers, when it appeared.
    assert_eq!(sitemap[1].updated_at, "2026-05-05T00:00:00.000000Z");
    assert_eq!(s.sitemap_articles(NOW, 2).unwrap().len(), 2);

    let feed = s.feed_items("fr", NOW, 10).unwrap();
    assert_eq!(feed.len(), 5);
    assert_eq!(feed[0].summary.slug, "s5-fr");
    assert_eq!(feed[0].free_html, "<p>B</p>");
}
