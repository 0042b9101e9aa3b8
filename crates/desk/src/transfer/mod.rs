//! Importing and exporting articles as Markdown files with front matter (format in
//! `frontmatter.rs`).
//!
//! **Import** takes files and folders (searched recursively for `*.md` and
//! `*.markdown`). Every file is tried on its own: one that is not UTF-8, has broken
//! front matter or no title is reported with the reason, and the others still come
//! in. A file whose `id` is already on the desk updates that article: the text of its
//! locale is replaced (or added, for a new locale), after the text it replaces has been
//! kept as a revision; the article's metadata (section, tags, byline, source link, tier,
//! publish time) is taken only from the file of the article's source locale, so an old
//! translation file cannot overwrite it. An article in the bin that is imported again
//! comes out of the bin. Images the bodies refer to (`dateline-image:<name>`) are taken
//! from an `images/` folder beside the file when the desk does not have them yet.
//!
//! **Export** writes `<slug>.<locale>.md` for every text of an article, plus the images
//! it uses into `images/`. Export, import into any desk, export again: the same bytes.

pub(crate) mod frontmatter;
pub(crate) mod rescue;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::{parse_stamp, stamp};
use crate::content::articles::{self, ArticleSummary, parse_tags};
use crate::content::history::RevisionKind;
use crate::content::images::{self, write_atomically};
use crate::content::metadata;
use crate::content::texts;
use crate::error::{DeskError, Result};
use crate::transfer::frontmatter::{Document, FrontMatter};

/// A file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportFailure {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    /// Each article that a file created or changed, once.
    pub imported: Vec<ArticleSummary>,
    pub failed: Vec<ImportFailure>,
}

/// Markdown files larger than this are refused: an article body of 5 MB is already far
/// beyond any real one.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file read and checked, ready to be written.
struct Incoming {
    path: PathBuf,
    id: Option<Uuid>,
    locale: String,
    source_locale: Option<String>,
    title: String,
    standfirst: String,
    body: String,
    slug: String,
    section: String,
    tags: Vec<String>,
    byline: String,
    source_url: Option<String>,
    tier: String,
    publish_at: Option<String>,
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The files to try: given files as they are, folders searched (without following
/// symbolic links to folders, so a link loop cannot trap the import), in name order.
fn collect<P: AsRef<Path>>(paths: &[P], files: &mut Vec<PathBuf>, failed: &mut Vec<ImportFailure>) {
    for path in paths {
        let path = path.as_ref();
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, files, failed),
            Ok(_) => files.push(path.to_owned()),
            Err(e) => failed.push(failure(path, format!("cannot be read: {e}"))),
        }
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<ImportFailure>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return failed.push(failure(dir, format!("folder cannot be read: {e}"))),
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, files, failed),
            Ok(_) if is_markdown(&path) => files.push(path),
            _ => {}
        }
    }
}

fn failure(path: &Path, reason: impl Into<String>) -> ImportFailure {
    ImportFailure {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

/// Reads and checks one file. The error is the reason it cannot be imported.
fn read(path: &Path, default_locale: &str) -> std::result::Result<Incoming, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot be read: {e}"))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!("is {} MB, more than any article", size / 1_048_576));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and import it again",
            e.utf8_error().valid_up_to()
        )
    })?;
    let Document { front, body } = frontmatter::parse(&text)?;
    let title = front.title.unwrap_or_default();
    if title.trim().is_empty() {
        return Err("has no title in its front matter".into());
    }
    let id = front
        .id
        .map(|id| {
            Uuid::parse_str(id.trim()).map_err(|_| format!("has an id {id:?} that is not a UUID"))
        })
        .transpose()?;
    let locale = front.locale.unwrap_or_else(|| default_locale.to_owned());
    let why = |e: DeskError| e.message;
    metadata::check_locale(&locale).map_err(why)?;
    if let Some(src) = &front.source_locale {
        metadata::check_locale(src).map_err(why)?;
    }
    metadata::check_slug(&front.slug).map_err(why)?;
    let source_url = metadata::check_source_url(front.source_url.as_deref()).map_err(why)?;
    let tier = front
        .tier
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "public".to_owned());
    let publish_at = match front.publish_at {
        Some(t) => Some(stamp(parse_stamp(t.trim()).ok_or_else(|| {
            format!("has a publish_at {t:?} that is not an RFC 3339 time")
        })?)),
        None => None,
    };
    Ok(Incoming {
        path: path.to_owned(),
        id,
        locale,
        source_locale: front.source_locale,
        title,
        standfirst: front.standfirst,
        body,
        slug: front.slug,
        section: front.section,
        tags: metadata::normalise_tags(&front.tags),
        byline: front.byline,
        source_url,
        tier,
        publish_at,
    })
}

/// Writes one file's article and text. Returns the article's id.
fn write_incoming(conn: &Connection, f: &Incoming, now: &str) -> Result<Uuid> {
    let id = f.id.unwrap_or_else(Uuid::now_v7);
    let existing: Option<String> = conn
        .query_row(
            "SELECT source_locale FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    let source_locale = match existing {
        Some(src) => src,
        None => {
            let src = f.source_locale.clone().unwrap_or_else(|| f.locale.clone());
            conn.execute(
                "INSERT INTO articles(id, source_locale, created_at, updated_at, edit_seq)
                 VALUES (?1, ?2, ?3, ?3, 0)",
                params![id.to_string(), src, now],
            )?;
            if src != f.locale {
                // A translation came first: the source text waits, empty, for its file.
                texts::create(conn, id, &src, now)?;
            }
            src
        }
    };
    if source_locale == f.locale {
        conn.execute(
            "UPDATE articles SET section = ?2, byline = ?3, source_url = ?4, tier = ?5,
               publish_at = ?6
             WHERE id = ?1",
            params![
                id.to_string(),
                f.section,
                f.byline,
                f.source_url,
                f.tier,
                f.publish_at
            ],
        )?;
        let current: String = conn.query_row(
            "SELECT tags FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        if parse_tags(&current) != f.tags {
            articles::set_tags(conn, id, &f.tags)?;
        }
    }
    conn.execute(
        "UPDATE articles SET deleted_at = NULL WHERE id = ?1",
        [id.to_string()],
    )?;

    let unchanged: bool = conn
        .query_row(
            "SELECT title = ?3 AND standfirst = ?4 AND body = ?5 AND slug = ?6
             FROM article_texts WHERE article_id = ?1 AND locale = ?2",
            params![
                id.to_string(),
                f.locale,
                f.title,
                f.standfirst,
                f.body,
                f.slug
            ],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(false);
    if !unchanged {
        let text = texts::open_or_create(conn, id, &f.locale, now)?;
        let words = texts::Words {
            title: &f.title,
            standfirst: &f.standfirst,
            body: &f.body,
            slug: Some(&f.slug),
            block_sources: None,
        };
        let record = texts::Record::Replacing {
            kind: RevisionKind::Import,
            label: None,
        };
        texts::write(conn, text, &words, record, now)?;
    }
    articles::touch(conn, id, now)?;
    Ok(id)
}

impl Desk {
    /// Imports Markdown files and folders of them; see the module's documentation.
    pub fn import_markdown<P: AsRef<Path>>(&self, paths: &[P]) -> Result<ImportReport> {
        let default_locale = self.writing_locale()?;
        let mut files = Vec::new();
        let mut failed = Vec::new();
        collect(paths, &mut files, &mut failed);
        let mut incoming = Vec::new();
        for path in files {
            match read(&path, &default_locale) {
                Ok(f) => incoming.push(f),
                Err(reason) => failed.push(failure(&path, reason)),
            }
        }
        // Source texts before translations, so an article is created from its source.
        incoming.sort_by_key(|f| f.source_locale.as_ref().is_some_and(|s| *s != f.locale));

        for f in &incoming {
            self.import_images(f);
        }
        let now = stamp(self.clock.now());
        let mut ids: Vec<Uuid> = Vec::new();
        {
            let mut db = self.db();
            // One transaction for the whole import (a folder of thousands of files is
            // one commit), with a savepoint per file so that one file's failure rolls
            // back only that file.
            let mut tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for f in &incoming {
                let sp = tx.savepoint()?;
                match write_incoming(&sp, f, &now) {
                    Ok(id) => {
                        sp.commit()?;
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                    Err(e) => failed.push(failure(&f.path, e.message)),
                }
            }
            tx.commit()?;
        }
        for &id in &ids {
            self.changes.article(id);
        }
        let db = self.db();
        let imported = ids
            .into_iter()
            .map(|id| articles::summary(&db, id))
            .collect::<Result<_>>()?;
        Ok(ImportReport { imported, failed })
    }

    /// Stores the images a file's body refers to from `images/` beside it, when present
    /// and really the image named (the name is its hash). Missing ones are no failure:
    /// the desk may have them already.
    fn import_images(&self, f: &Incoming) {
        let Some(dir) = f.path.parent() else { return };
        for name in images::referenced(&f.body) {
            if self.images_dir().join(&name).exists() {
                continue;
            }
            let path = dir.join("images").join(&name);
            if let Ok(bytes) = std::fs::read(&path)
                && let Ok(stored) = self.store_image_bytes(&name, &bytes)
                && stored.name != name
            {
                tracing::warn!("{} is not the image its name says", path.display());
            }
        }
    }

    /// Writes every text of an article to `dir` as `<slug>.<locale>.md`, and the images
    /// it uses to `dir/images/`. Returns the paths written.
    pub fn export_article(&self, id: Uuid, dir: &Path) -> Result<Vec<String>> {
        export_with(&self.db(), &self.images_dir(), id, dir, &mut HashSet::new())
    }

    /// Exports every article not in the bin to `dir`, oldest first, as
    /// [`Desk::export_article`] does each. Returns the paths written.
    pub fn export_all(&self, dir: &Path) -> Result<Vec<String>> {
        let db = self.db();
        let ids: Vec<String> = db
            .prepare("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY created_at, id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut written = Vec::new();
        let mut taken = HashSet::new();
        for id in ids {
            let id = crate::content::parse_id(&id)?;
            written.extend(export_with(&db, &self.images_dir(), id, dir, &mut taken)?);
        }
        Ok(written)
    }
}

/// Exports one article from `db` (the desk's, or a damaged one being rescued).
pub(crate) fn export_with(
    db: &Connection,
    images_dir: &Path,
    id: Uuid,
    dir: &Path,
    taken: &mut HashSet<String>,
) -> Result<Vec<String>> {
    let (meta, texts) = {
        let meta = crate::content::sent::StoredMeta::read(db, id)?;
        let texts: Vec<(String, String, String, String, String)> = db
            .prepare(
                "SELECT locale, title, standfirst, body, slug FROM article_texts
                     WHERE article_id = ?1 ORDER BY locale",
            )?
            .query_map([id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        (meta, texts)
    };
    let crate::content::sent::StoredMeta {
        source_locale,
        section,
        tags,
        byline,
        source_url,
        tier,
        publish_at,
    } = meta;
    let fallback = id.simple().to_string()[..12].to_owned();
    let mut written = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    for (locale, title, standfirst, body, slug) in texts {
        let file_slug = if dateline_protocol::is_valid_slug(&slug) {
            slug.clone()
        } else {
            dateline_protocol::slugify(&title, &fallback)
        };
        let doc = Document {
            front: FrontMatter {
                id: Some(id.to_string()),
                locale: Some(locale.clone()),
                source_locale: (locale != source_locale).then(|| source_locale.clone()),
                title: Some(title),
                standfirst,
                section: section.clone(),
                tags: parse_tags(&tags),
                byline: byline.clone(),
                source_url: source_url.clone(),
                tier: Some(tier.clone()),
                slug,
                publish_at: publish_at.clone(),
            },
            body,
        };
        used.extend(images::referenced(&doc.body));
        // Two articles of one export with the same slug: the later one's files take the
        // article's id too, so that neither overwrites the other.
        let mut name = format!("{file_slug}.{locale}.md");
        if !taken.insert(name.clone()) {
            name = format!("{file_slug}-{fallback}.{locale}.md");
            taken.insert(name.clone());
        }
        let path = dir.join(name);
        write_atomically(dir, &path, frontmatter::write(&doc).as_bytes())?;
        written.push(path.display().to_string());
    }
    let mut used: Vec<String> = used.into_iter().collect();
    used.sort();
    for name in used {
        let from = images_dir.join(&name);
        let to_dir = dir.join("images");
        let to = to_dir.join(&name);
        if !from.exists() || to.exists() {
            continue;
        }
        let bytes = std::fs::read(&from)
            .map_err(|e| DeskError::io(format!("cannot read image {name}"), &e))?;
        write_atomically(&to_dir, &to, &bytes)?;
        written.push(to.display().to_string());
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleEdit;
    use crate::content::images::tests::PNG;
    use crate::testutil::{desk, edit};

    fn read_dir_sorted(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                for (name, bytes) in read_dir_sorted(&path) {
                    out.push((
                        format!("{}/{name}", path.file_name().unwrap().to_string_lossy()),
                        bytes,
                    ));
                }
            } else {
                out.push((
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn exporting_everything_keeps_articles_with_one_slug_apart_and_skips_the_bin() {
        let (dir, desk) = desk();
        let mut ids = Vec::new();
        for body in ["The first.\n", "The second.\n", "Binned.\n"] {
            let a = desk.create_article().unwrap();
            desk.save_article(a.id, &edit("Same headline", body))
                .unwrap();
            ids.push(a.id);
        }
        desk.delete_article(ids[2]).unwrap();
        let out = dir.path().join("all");
        std::fs::create_dir_all(&out).unwrap();
        let written = desk.export_all(&out).unwrap();
        assert_eq!(written.len(), 2, "{written:?}");
        let bodies: Vec<String> = read_dir_sorted(&out)
            .into_iter()
            .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
            .collect();
        assert!(
            bodies.iter().any(|b| b.contains("The first.")),
            "{bodies:?}"
        );
        assert!(
            bodies.iter().any(|b| b.contains("The second.")),
            "{bodies:?}"
        );
        assert!(!bodies.iter().any(|b| b.contains("Binned.")), "{bodies:?}");
    }

    #[test]
    fn export_import_export_is_byte_for_byte() {
        let (dir, desk) = desk();
        let image = desk.store_image_bytes("p.png", PNG).unwrap();
        let a = desk.create_article().unwrap();
        let e = ArticleEdit {
            standfirst: "no\nsecond: line".into(),
            slug: "tide-tables".into(),
            tags: vec!["2024".into(), "ports".into(), "yes".into()],
            byline: "Ana Ruiz".into(),
            source_url: Some("https://wire.example/a?b=1#c".into()),
            ..edit(
                "Tide tables: rewritten",
                &format!(
                    "\nFirst.\n\n{}\n\n<!-- paywall -->\n\nRest\r\n  ",
                    image.markdown
                ),
            )
        };
        desk.save_article(a.id, &e).unwrap();
        // A translation, brought in as a file.
        let src = desk.article(a.id).unwrap().source_locale;
        let fr = dir.path().join("in").join("x.fr.md");
        std::fs::create_dir_all(fr.parent().unwrap()).unwrap();
        std::fs::write(
            &fr,
            format!("---\nid: {}\nlocale: fr\nsource_locale: {src}\ntitle: Les marées\nslug: marees\n---\n\nCorps {}\n", a.id, image.markdown),
        )
        .unwrap();
        desk.import_markdown(&[fr]).unwrap();

        let out1 = dir.path().join("out1");
        let written = desk.export_article(a.id, &out1).unwrap();
        assert_eq!(written.len(), 3, "{written:?}");
        let first = read_dir_sorted(&out1);
        let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            vec![
                format!("images/{}", image.name).as_str(),
                "marees.fr.md",
                format!("tide-tables.{src}.md").as_str()
            ]
        );

        // Into a fresh desk, then out again.
        let other_dir = tempfile::tempdir().unwrap();
        let other = crate::testutil::open(other_dir.path());
        let report = other.import_markdown(std::slice::from_ref(&out1)).unwrap();
        assert!(report.failed.is_empty(), "{:?}", report.failed);
        assert_eq!(report.imported.len(), 1);
        assert_eq!(report.imported[0].id, a.id);
        assert_eq!(other.image(&image.name).unwrap().0, PNG);
        let out2 = dir.path().join("out2");
        other.export_article(a.id, &out2).unwrap();
        assert_eq!(read_dir_sorted(&out2), first);
        let back = other.article(a.id).unwrap();
        let orig = desk.article(a.id).unwrap();
        assert_eq!(
            (
                back.title,
                back.standfirst,
                back.body,
                back.tags,
                back.slug,
                back.source_url,
                back.locales
            ),
            (
                orig.title,
                orig.standfirst,
                orig.body,
                orig.tags,
                orig.slug,
                orig.source_url,
                orig.locales
            )
        );

        // Into the same desk: nothing changes, no new revisions.
        let revisions = desk.list_revisions(a.id, "en-US").unwrap().len();
        desk.import_markdown(&[out1]).unwrap();
        assert_eq!(desk.list_revisions(a.id, "en-US").unwrap().len(), revisions);
    }

    #[test]
    fn every_file_is_tried_and_failures_say_why() {
        let (dir, desk) = desk();
        let root = dir.path().join("folder");
        std::fs::create_dir_all(root.join("deeper")).unwrap();
        std::fs::write(
            root.join("good.md"),
            "---\ntitle: Good one\ntags: [a]\n---\n\nBody\n",
        )
        .unwrap();
        std::fs::write(
            root.join("deeper/also.md"),
            "---\ntitle: Also good\nlocale: fr\n---\nCorps\n",
        )
        .unwrap();
        std::fs::write(root.join("latin1.md"), b"---\ntitle: caf\xe9\n---\n").unwrap();
        std::fs::write(root.join("broken.md"), "---\ntitle: [unclosed\n---\n").unwrap();
        std::fs::write(root.join("untitled.md"), "---\nsection: x\n---\nBody").unwrap();
        std::fs::write(root.join("no-front.md"), "# Just a heading\n").unwrap();
        std::fs::write(
            root.join("bad-url.md"),
            "---\ntitle: T\nsource_url: javascript:x\n---\n",
        )
        .unwrap();
        std::fs::write(
            root.join("bad-slug.md"),
            "---\ntitle: T\nslug: Not Valid\n---\n",
        )
        .unwrap();
        std::fs::write(root.join("bad-id.md"), "---\ntitle: T\nid: nope\n---\n").unwrap();
        std::fs::write(
            root.join("bad-locale.md"),
            "---\ntitle: T\nlocale: ../../x\n---\n",
        )
        .unwrap();
        std::fs::write(root.join("notes.txt"), "not markdown, not tried").unwrap();
        let missing = dir.path().join("missing.md");
        let report = desk
            .import_markdown(&[root.clone(), missing.clone()])
            .unwrap();

        let mut titles: Vec<_> = report.imported.iter().map(|s| s.title.clone()).collect();
        titles.sort();
        assert_eq!(titles, vec!["Also good", "Good one"]);
        let reason = |name: &str| -> String {
            report
                .failed
                .iter()
                .find(|f| f.path.ends_with(name))
                .unwrap_or_else(|| panic!("{name} not reported: {:?}", report.failed))
                .reason
                .clone()
        };
        assert!(reason("latin1.md").contains("not UTF-8"));
        assert!(reason("broken.md").contains("broken front matter"));
        assert!(reason("untitled.md").contains("no title"));
        assert!(reason("no-front.md").contains("no front matter"));
        assert!(reason("bad-url.md").contains("source link"));
        assert!(reason("bad-slug.md").contains("slug"));
        assert!(reason("bad-id.md").contains("UUID"));
        assert!(reason("bad-locale.md").contains("language tag"));
        assert!(reason("missing.md").contains("cannot be read"));
        assert_eq!(report.failed.len(), 9);
        let also = report
            .imported
            .iter()
            .find(|s| s.title == "Also good")
            .unwrap();
        assert_eq!(also.source_locale, "fr");
        let good = report
            .imported
            .iter()
            .find(|s| s.title == "Good one")
            .unwrap();
        assert_eq!(good.tags, vec!["a"]);
        let revs = desk.list_revisions(good.id, "en-US").unwrap();
        assert_eq!(revs.len(), 1);
        assert_eq!(revs[0].kind, RevisionKind::Import);
    }

    #[test]
    fn an_existing_id_updates_its_text_and_keeps_the_old_one() {
        let (dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("Old title", "Old body typed here"))
            .unwrap();
        desk.delete_article(a.id).unwrap();
        let src = desk.article(a.id).unwrap().source_locale;
        let file = dir.path().join("u.md");
        std::fs::write(
            &file,
            format!(
                "---\nid: {}\nlocale: {src}\ntitle: New title\ntier: members\n---\n\nNew body\n",
                a.id
            ),
        )
        .unwrap();
        let report = desk.import_markdown(&[file]).unwrap();
        assert_eq!(report.imported.len(), 1);
        let now = desk.article(a.id).unwrap();
        assert_eq!(
            (now.title.as_str(), now.body.as_str(), now.tier.as_str()),
            ("New title", "New body\n", "members")
        );
        assert_eq!(
            desk.list_articles().unwrap().len(),
            1,
            "imported again: out of the bin"
        );
        // The text it replaced is in the history.
        let revs = desk.list_revisions(a.id, "en-US").unwrap();
        let old = revs.iter().find(|r| r.title == "Old title").unwrap();
        let diff = desk.diff_revisions(a.id, old.id, revs[0].id).unwrap();
        assert!(
            diff.chunks
                .iter()
                .any(|c| c.op == crate::DiffOp::Delete && c.text.contains("typed here")),
            "{diff:?}"
        );
    }

    #[test]
    fn the_shared_fixture_folder_round_trips() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/markdown");
        // The end-to-end suite's fixture files: the desk must give back exactly them.
        if !fixtures.is_dir() {
            return;
        }
        let mut compared = 0;
        let (dir, desk) = desk();
        let report = desk
            .import_markdown(std::slice::from_ref(&fixtures))
            .unwrap();
        let failed: Vec<&str> = report.failed.iter().map(|f| f.path.as_str()).collect();
        assert!(
            failed.iter().all(|p| p.ends_with("broken.md")),
            "{:?}",
            report.failed
        );
        for article in &report.imported {
            let out = dir.path().join(article.id.to_string());
            for path in desk.export_article(article.id, &out).unwrap() {
                let name = Path::new(&path).file_name().unwrap();
                let original = std::fs::read(fixtures.join(name)).unwrap();
                assert_eq!(
                    String::from_utf8(std::fs::read(&path).unwrap()).unwrap(),
                    String::from_utf8(original).unwrap()
                );
                compared += 1;
            }
        }
        assert!(compared >= 2, "{report:?}");
    }
}
