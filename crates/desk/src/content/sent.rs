//! What a site has of an article, against what the desk holds now: the article as it
//! would be sent (`put_of`, the one builder of a publish's payload) and a fingerprint of
//! it. The fingerprint of what a site confirmed is kept with the publication, so every
//! view can say "changed since published" until an update goes out.

use std::collections::BTreeMap;

use dateline_protocol::{ArticlePut, ArticleText};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::clock::parse_stamp;
use crate::content::no_article;
use crate::error::{DeskError, Result};

/// An article's metadata as stored: what a publish sends and an export writes.
pub(crate) struct StoredMeta {
    pub source_locale: String,
    pub section: String,
    /// JSON, as stored.
    pub tags: String,
    pub byline: String,
    pub source_url: Option<String>,
    pub tier: String,
    pub publish_at: Option<String>,
}

impl StoredMeta {
    pub(crate) fn read(conn: &Connection, id: Uuid) -> Result<Self> {
        conn.prepare_cached(
            "SELECT source_locale, section, tags, byline, source_url, tier, publish_at
             FROM articles WHERE id = ?1",
        )?
        .query_row([id.to_string()], |r| {
            Ok(Self {
                source_locale: r.get(0)?,
                section: r.get(1)?,
                tags: r.get(2)?,
                byline: r.get(3)?,
                source_url: r.get(4)?,
                tier: r.get(5)?,
                publish_at: r.get(6)?,
            })
        })
        .optional()?
        .ok_or_else(|| no_article(id))
    }
}

/// The article as it would be sent, with the texts of `locales` in that order. A
/// locale's slug is `slugs`' if given, else the one the text has.
pub(crate) fn put_of(
    conn: &Connection,
    id: Uuid,
    locales: &[String],
    slugs: Option<&BTreeMap<String, String>>,
) -> Result<ArticlePut> {
    let meta = StoredMeta::read(conn, id)?;
    let mut texts = Vec::with_capacity(locales.len());
    let mut stmt = conn.prepare_cached(
        "SELECT title, standfirst, body, slug FROM article_texts
         WHERE article_id = ?1 AND locale = ?2",
    )?;
    for locale in locales {
        let (title, standfirst, body, slug): (String, String, String, String) = stmt
            .query_row(params![id.to_string(), locale], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?
            .ok_or_else(|| DeskError::not_found(format!("the article has no {locale} text")))?;
        let slug = slugs.and_then(|s| s.get(locale)).cloned().unwrap_or(slug);
        texts.push(ArticleText {
            locale: locale.clone(),
            title,
            standfirst,
            body,
            slug,
        });
    }
    Ok(ArticlePut {
        source_locale: meta.source_locale,
        section: meta.section,
        tags: serde_json::from_str(&meta.tags).unwrap_or_default(),
        byline: meta.byline,
        source_url: meta.source_url,
        tier: meta.tier,
        publish_at: meta.publish_at.as_deref().and_then(parse_stamp),
        texts,
    })
}

/// A hash of what readers get of `put`: everything but when it appears (a published
/// article's time is history, not a change to send), its texts in locale order.
pub(crate) fn fingerprint(put: &ArticlePut) -> String {
    let mut texts: Vec<&ArticleText> = put.texts.iter().collect();
    texts.sort_by(|a, b| a.locale.cmp(&b.locale));
    let canonical = serde_json::json!([
        put.source_locale,
        put.section,
        put.tags,
        put.byline,
        put.source_url,
        put.tier,
        texts,
    ]);
    let digest = Sha256::digest(canonical.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether the desk holds changes the site `site_url` does not have yet: the article is
/// on it, and its published locales as they are now differ from what it confirmed.
/// False when nothing is known of what it has (published before the desk kept it).
pub(crate) fn unsent_changes(conn: &Connection, id: Uuid, site_url: &str) -> Result<bool> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT urls, sent_hash FROM publications
             WHERE article_id = ?1 AND site_url = ?2 AND unpublished_at IS NULL",
            params![id.to_string(), site_url],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((urls, Some(sent))) = row else {
        return Ok(false);
    };
    let locales: Vec<String> = serde_json::from_str::<BTreeMap<String, String>>(&urls)
        .unwrap_or_default()
        .into_keys()
        .collect();
    if locales.is_empty() {
        return Ok(false);
    }
    // A published text deleted since is a change the site lacks too.
    match put_of(conn, id, &locales, None) {
        Ok(now) => Ok(fingerprint(&now) != sent),
        Err(e) if e.code == crate::DeskErrorCode::NotFound => Ok(true),
        Err(e) => Err(e),
    }
}

/// Keeps what `site_url` confirmed of the article, for [`unsent_changes`].
pub(crate) fn record_sent(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    sent: &ArticlePut,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE publications SET sent_hash = ?3 WHERE article_id = ?1 AND site_url = ?2",
    )?
    .execute(params![id.to_string(), site_url, fingerprint(sent)])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{desk, edit};

    const SITE: &str = "https://news.example";

    /// A publication of the source as the site confirmed it, as the sender records it.
    fn published(desk: &crate::Desk, id: Uuid, locales: &[&str]) {
        let db = desk.db();
        let locales: Vec<String> = locales.iter().map(|l| l.to_string()).collect();
        let urls: BTreeMap<&String, String> = locales
            .iter()
            .map(|l| (l, format!("{SITE}/{l}/x")))
            .collect();
        db.execute(
            "INSERT INTO publications(article_id, site_url, version, urls, published_at)
             VALUES (?1, ?2, 1, ?3, '2026-12-01T08:00:00Z')",
            params![id.to_string(), SITE, serde_json::to_string(&urls).unwrap()],
        )
        .unwrap();
        let put = put_of(&db, id, &locales, None).unwrap();
        record_sent(&db, id, SITE, &put).unwrap();
    }

    #[test]
    fn an_edit_after_publishing_is_a_change_the_site_lacks_until_sent() {
        let (_dir, desk) = desk();
        let id = desk.create_article().unwrap().id;
        let mut e = edit("Tide tables", "The tide came in early.");
        desk.save_article(id, &e).unwrap();
        let source = desk.article(id).unwrap().source_locale;
        published(&desk, id, &[&source]);
        let unsent = || unsent_changes(&desk.db(), id, SITE).unwrap();
        assert!(!unsent(), "as sent");

        e.body.push_str(" Then it went out.");
        desk.save_article(id, &e).unwrap();
        assert!(unsent(), "the body changed");
        e.body = "The tide came in early.".into();
        desk.save_article(id, &e).unwrap();
        assert!(!unsent(), "changed back");
        e.tier = "public".into();
        desk.save_article(id, &e).unwrap();
        assert!(unsent(), "the tier changed");
        e.tier = "premium".into();
        desk.save_article(id, &e).unwrap();

        // A translation the site does not have is not a change to what it has.
        desk.add_translation(id, "fr").unwrap();
        assert!(!unsent());
        // Nothing is claimed of a publication from before the desk kept fingerprints,
        // nor of one withdrawn.
        desk.db()
            .execute("UPDATE publications SET sent_hash = NULL", [])
            .unwrap();
        e.body.push_str(" More.");
        desk.save_article(id, &e).unwrap();
        assert!(!unsent());
    }

    #[test]
    fn the_fingerprint_ignores_the_order_of_texts_and_the_time() {
        let (_dir, desk) = desk();
        let id = desk.create_article().unwrap().id;
        desk.save_article(id, &edit("A", "B")).unwrap();
        desk.add_translation(id, "fr").unwrap();
        let source = desk.article(id).unwrap().source_locale;
        let db = desk.db();
        let one = put_of(&db, id, &[source.clone(), "fr".into()], None).unwrap();
        let mut other = put_of(&db, id, &["fr".into(), source], None).unwrap();
        other.publish_at = Some(chrono::Utc::now());
        assert_eq!(fingerprint(&one), fingerprint(&other));
        other.texts[0].slug = "moved".into();
        assert_ne!(fingerprint(&one), fingerprint(&other));
    }
}
