//! Interface strings (Fluent) as a translator works on them: a folder laid out like
//! `locales/` (`<locale>/<file>.ftl` beside the reference `en-US/<file>.ftl`), one
//! message at a time, checked by `dateline-l10n`'s checks, and written back with
//! everything else in the file exactly as it was.
//!
//! A locale's `.ftl` files are one bundle, as for a Fluent loader and `ftl-check`: a
//! message of `desk.ftl` may use a `{ -brand }` that the locale's `brands.ftl` defines,
//! so each file is checked with its locale's other files as context
//! ([`dateline_l10n::check_translation_among`]); only what no file of the locale
//! defines is an unknown reference.
//!
//! Two translators saving the same file: each save names the file's content it started
//! from; if the file changed on disk since, the save is refused as a conflict with both
//! texts of the message, never written over.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dateline_l10n::{EntryForm, FtlDocument, Severity};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{DeskError, DeskErrorCode, Result};

/// Where a message stands in the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StringStatus {
    Missing,
    Translated,
    Warning,
    Error,
    /// In the translation but no longer in the reference.
    Obsolete,
}

/// A check's finding on one message, for the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StringFinding {
    /// What the check found, as `ftl-check` names it.
    pub code: dateline_l10n::Code,
    pub error: bool,
    pub attribute: Option<String>,
    pub line: u32,
    pub column: u32,
    /// In English, for logs; the interface words `code` itself from `args`.
    pub message: String,
    /// What the interface's words for `code` fill in (see `dateline_l10n::Finding::args`).
    #[ts(type = "Record<string, string>")]
    pub args: BTreeMap<String, String>,
}

/// One message: its reference text, its translation and what the checks say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StringRow {
    pub id: String,
    /// The reference entry's source (`id = …` with its attributes).
    pub reference: Option<String>,
    /// The translation's entry source, if it has one.
    pub translation: Option<String>,
    pub status: StringStatus,
    pub findings: Vec<StringFinding>,
    /// What the developers wrote for translators above the reference message.
    pub note: Option<String>,
    /// The message as fields to fill in (the editor's form mode).
    pub form: EntryForm,
}

/// A file of interface strings opened for translating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StringsFile {
    pub locale: String,
    pub file: String,
    pub rows: Vec<StringRow>,
    /// Findings on no message in particular (syntax errors between entries).
    pub file_findings: Vec<StringFinding>,
    /// The content the rows were read from; a save must name it.
    pub content_hash: String,
    /// For a site's strings: the version of its override the rows were read from (`0`
    /// when it has none), sent back as `If-Match`.
    #[ts(type = "number | null")]
    pub site_version: Option<u64>,
}

/// The reference locale of a strings folder.
const REFERENCE: &str = dateline_l10n::REFERENCE_LOCALE;

fn hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn checked_name(file: &str, locale: &str) -> Result<()> {
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
            && !s.starts_with('.')
    };
    if !plain(file) || !file.ends_with(".ftl") || !plain(locale) {
        return Err(DeskError::invalid(format!(
            "{locale}/{file} is not a strings file (a locale folder and a .ftl name)"
        )));
    }
    Ok(())
}

fn path_of(root: &Path, locale: &str, file: &str) -> PathBuf {
    root.join(locale).join(file)
}

fn read(path: &Path) -> Result<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(DeskError::io(format!("cannot read {}", path.display()), &e)),
    }
}

/// What a strings folder holds: the reference's files and the locales beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StringsFolder {
    /// `.ftl` files of the reference locale, by name.
    pub files: Vec<String>,
    /// Every other locale folder, by name; translating into a new one creates it.
    pub locales: Vec<String>,
}

/// Lists `root`, a folder laid out like `locales/`. Refused, naming what is missing, if
/// it has no `en-US` folder with `.ftl` files in it.
pub fn strings_folder(root: &Path) -> Result<StringsFolder> {
    let names = |dir: &Path, want_dirs: bool| -> Result<Vec<String>> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| DeskError::io(format!("cannot read {}", dir.display()), &e))?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir() == want_dirs))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(names)
    };
    let reference = root.join(REFERENCE);
    let files: Vec<String> = if reference.is_dir() {
        names(&reference, false)?
            .into_iter()
            .filter(|n| n.ends_with(".ftl"))
            .collect()
    } else {
        Vec::new()
    };
    if files.is_empty() {
        return Err(DeskError::not_found(format!(
            "{} is not a strings folder: it has no {REFERENCE}/ folder of .ftl files to \
             translate from",
            root.display()
        )));
    }
    let locales = names(root, true)?
        .into_iter()
        .filter(|n| n != REFERENCE && checked_name("x.ftl", n).is_ok())
        .collect();
    Ok(StringsFolder { files, locales })
}

/// The Fluent source of a message filled in as a form, or what is wrong with it.
pub fn compose_string(form: &EntryForm) -> Result<String> {
    dateline_l10n::compose_entry(form).map_err(|e| DeskError::invalid(e.to_string()))
}

/// Opens `<root>/<locale>/<file>` against `<root>/en-US/<file>`. A translation that does
/// not exist yet is an empty file: every message is missing.
pub fn open_strings(root: &Path, locale: &str, file: &str) -> Result<StringsFile> {
    checked_name(file, locale)?;
    let reference = read(&path_of(root, REFERENCE, file))?;
    if reference.is_empty() {
        return Err(DeskError::not_found(format!(
            "{} has no {REFERENCE}/{file} to translate from",
            root.display()
        )));
    }
    let target = read(&path_of(root, locale, file))?;
    let siblings = siblings(root, locale, file)?;
    Ok(rows(locale, file, &reference, &target, &siblings))
}

/// The sources of the other `.ftl` files of `<root>/<locale>/`, in name order: the
/// rest of the bundle `file` belongs to, where its references may resolve. None when
/// the locale has no folder yet.
fn siblings(root: &Path, locale: &str, file: &str) -> Result<Vec<String>> {
    let dir = root.join(locale);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(DeskError::io(format!("cannot read {}", dir.display()), &e)),
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ftl") && !n.starts_with('.') && n != file)
        .collect();
    names.sort();
    names.iter().map(|n| read(&dir.join(n))).collect()
}

/// The rows of `target`, the translation of `reference` into `locale`, checked with
/// `siblings` (the locale's other files) as the rest of its bundle.
fn rows(
    locale: &str,
    file: &str,
    reference: &str,
    target: &str,
    siblings: &[String],
) -> StringsFile {
    let reference_doc = FtlDocument::parse(reference);
    let target_doc = FtlDocument::parse(target);
    let siblings: Vec<&str> = siblings.iter().map(String::as_str).collect();
    let findings = dateline_l10n::check_translation_among(reference, target, locale, &siblings);
    let notes = dateline_l10n::translator_notes(reference);
    let note_of = |id: &str| notes.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone());
    let finding = |f: &dateline_l10n::Finding| StringFinding {
        code: f.code,
        error: f.severity == Severity::Error,
        attribute: f.attribute.clone(),
        line: f.line as u32,
        column: f.column as u32,
        message: f.message.clone(),
        args: f
            .args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    };
    let status_of = |present: bool, fs: &[StringFinding]| {
        if !present {
            StringStatus::Missing
        } else if fs.iter().any(|f| f.error) {
            StringStatus::Error
        } else if !fs.is_empty() {
            StringStatus::Warning
        } else {
            StringStatus::Translated
        }
    };
    let mut rows: Vec<StringRow> = reference_doc
        .ids()
        .into_iter()
        .map(|id| {
            let fs: Vec<StringFinding> = findings
                .iter()
                .filter(|f| f.id.as_deref() == Some(id) && f.code.as_str() != "missing-message")
                .map(finding)
                .collect();
            let translation = target_doc.entry_source(id).map(str::to_owned);
            let reference = reference_doc.entry_source(id).map(str::to_owned);
            StringRow {
                id: id.to_owned(),
                note: note_of(id),
                form: dateline_l10n::entry_form(
                    id,
                    reference.as_deref(),
                    translation.as_deref(),
                    locale,
                ),
                reference,
                status: status_of(translation.is_some(), &fs),
                translation,
                findings: fs,
            }
        })
        .collect();
    let known: Vec<&str> = reference_doc.ids();
    for id in target_doc.ids() {
        if !known.contains(&id) {
            let translation = target_doc.entry_source(id).map(str::to_owned);
            rows.push(StringRow {
                id: id.to_owned(),
                note: None,
                form: dateline_l10n::entry_form(id, None, translation.as_deref(), locale),
                reference: None,
                translation,
                status: StringStatus::Obsolete,
                findings: Vec::new(),
            });
        }
    }
    let file_findings = findings
        .iter()
        .filter(|f| f.id.is_none())
        .map(finding)
        .collect();
    StringsFile {
        locale: locale.to_owned(),
        file: file.to_owned(),
        rows,
        file_findings,
        content_hash: hash(target),
        site_version: None,
    }
}

/// The site's strings as its readers see them: the built-in file of the locale with the
/// override's messages in their place.
fn site_target(locale: &str, override_ftl: &str) -> String {
    let builtin = dateline_l10n::builtin_source(dateline_l10n::Domain::Site, locale).unwrap_or("");
    let mut merged = FtlDocument::parse(builtin);
    let overrides = FtlDocument::parse(override_ftl);
    for id in overrides.ids() {
        if let Some(entry) = overrides.entry_source(id) {
            // An override entry the checks would refuse was refused by the site too.
            let _ = merged.set_entry(id, entry);
        }
    }
    merged.to_string()
}

impl crate::Desk {
    /// A site's interface strings in `locale`, against the built-in en-US ones, with
    /// what the checks say of each message.
    pub async fn open_site_strings(&self, site_url: &str, locale: &str) -> Result<StringsFile> {
        let url = crate::sites::client::normalise_url(site_url)?;
        let client = self.client(&url)?;
        let current = client.get_strings(locale).await?;
        let reference =
            dateline_l10n::builtin_source(dateline_l10n::Domain::Site, REFERENCE).unwrap_or("");
        let override_ftl = current.as_ref().map_or("", |c| c.ftl.as_str());
        let mut file = rows(
            locale,
            "site.ftl",
            reference,
            &site_target(locale, override_ftl),
            // The site's strings are one file: its own bundle.
            &[],
        );
        file.content_hash = hash(override_ftl);
        file.site_version = Some(current.map_or(0, |c| c.version));
        Ok(file)
    }

    /// Sends one message of the site's `locale` strings: the site's override with that
    /// entry replaced, `If-Match` the version the translator opened. A newer version on
    /// the site is a `conflict`; a writer's token is refused by the site, plainly.
    pub async fn save_site_string(
        &self,
        site_url: &str,
        locale: &str,
        id: &str,
        entry: &str,
        version: u64,
    ) -> Result<StringsFile> {
        let url = crate::sites::client::normalise_url(site_url)?;
        let client = self.client(&url)?;
        let current = client.get_strings(locale).await?;
        let on_site = current.as_ref().map_or(0, |c| c.version);
        let mut doc = FtlDocument::parse(current.as_ref().map_or("", |c| c.ftl.as_str()));
        if on_site != version {
            let theirs = doc.entry_source(id).unwrap_or("").trim_end().to_owned();
            return Err(DeskError::new(
                DeskErrorCode::Conflict,
                format!(
                    "the site's {locale} strings were changed by someone else since you opened \
                     them (version {on_site}, you had {version}); their text of {id} is: \
                     {theirs:?}. Reopen them, then send yours again"
                ),
            ));
        }
        doc.set_entry(id, entry)
            .map_err(|e| DeskError::invalid(e.to_string()))?;
        let reference =
            dateline_l10n::builtin_source(dateline_l10n::Domain::Site, REFERENCE).unwrap_or("");
        let checked = rows(
            locale,
            "site.ftl",
            reference,
            &site_target(locale, &doc.to_string()),
            &[],
        );
        if let Some(row) = checked.rows.iter().find(|r| r.id == id)
            && let Some(f) = row.findings.iter().find(|f| f.error)
        {
            return Err(DeskError::invalid(format!("{id}: {}", f.message)));
        }
        let expect = match version {
            0 => crate::Expect::Absent,
            v => crate::Expect::Version(v),
        };
        let key = uuid::Uuid::new_v4();
        let stored = client
            .put_strings(locale, &doc.to_string(), expect, key)
            .await
            .map_err(|f| match f.status {
                Some(reqwest::StatusCode::PRECONDITION_FAILED) => DeskError::new(
                    DeskErrorCode::Conflict,
                    format!(
                        "the site's {locale} strings were changed by someone else meanwhile; \
                         reopen them, then send yours again"
                    ),
                ),
                _ => f.error,
            })?;
        let mut file = checked;
        file.content_hash = hash(&stored.ftl);
        file.site_version = Some(stored.version);
        Ok(file)
    }
}

/// Saves one message of `<root>/<locale>/<file>`: `entry` is its whole new source.
/// Refused, with nothing written, if the entry does not parse as that message, if the
/// save would leave that message with an error, or (code `conflict`) if the file is no
/// longer what `content_hash` says — someone else saved it meanwhile.
pub fn save_string(
    root: &Path,
    locale: &str,
    file: &str,
    id: &str,
    entry: &str,
    content_hash: &str,
) -> Result<StringsFile> {
    checked_name(file, locale)?;
    if locale == REFERENCE {
        return Err(DeskError::invalid(
            "the reference strings are the developers' to change, not a translation",
        ));
    }
    let path = path_of(root, locale, file);
    let current = read(&path)?;
    let mut doc = FtlDocument::parse(&current);
    if hash(&current) != content_hash {
        let theirs = doc.entry_source(id).unwrap_or("").trim_end();
        return Err(DeskError::new(
            DeskErrorCode::Conflict,
            format!(
                "{locale}/{file} was changed by someone else since you opened it; their \
                 text of {id} is: {theirs:?}. Reopen the file to see their changes, then \
                 save yours again"
            ),
        ));
    }
    doc.set_entry(id, entry)
        .map_err(|e| DeskError::invalid(e.to_string()))?;
    let next = doc.to_string();
    let reference = read(&path_of(root, REFERENCE, file))?;
    let checked = rows(
        locale,
        file,
        &reference,
        &next,
        &siblings(root, locale, file)?,
    );
    if let Some(row) = checked.rows.iter().find(|r| r.id == id)
        && let Some(f) = row.findings.iter().find(|f| f.error)
    {
        return Err(DeskError::invalid(format!("{id}: {}", f.message)));
    }
    let dir = path.parent().unwrap_or(root);
    std::fs::create_dir_all(dir)
        .map_err(|e| DeskError::io(format!("cannot create {}", dir.display()), &e))?;
    crate::content::images::write_atomically(dir, &path, next.as_bytes())?;
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\
# Comment kept
hello = Hello, { $name }!
emails =
    { $count ->
        [one] One e-mail
       *[other] { $count } e-mails
    }
bye = Goodbye
";

    const FR: &str = "\
# Un commentaire à garder
hello = Bonjour, { $nom } !
broken = { $oops
old = Ancien
";

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (locale, text) in [("en-US", EN), ("fr", FR)] {
            std::fs::create_dir_all(dir.path().join(locale)).unwrap();
            std::fs::write(dir.path().join(locale).join("desk.ftl"), text).unwrap();
        }
        dir
    }

    #[test]
    fn each_message_has_its_status_and_findings() {
        use dateline_l10n::Code;
        let dir = folder();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let status = |id: &str| f.rows.iter().find(|r| r.id == id).unwrap().status;
        assert_eq!(status("hello"), StringStatus::Error, "{:?}", f.rows[0]);
        assert!(
            f.rows[0]
                .findings
                .iter()
                .any(|x| matches!(x.code, Code::MissingVariable | Code::UnknownVariable))
        );
        assert_eq!(status("emails"), StringStatus::Missing);
        assert_eq!(status("bye"), StringStatus::Missing);
        assert_eq!(status("old"), StringStatus::Obsolete);
        let note = |id: &str| f.rows.iter().find(|r| r.id == id).unwrap().note.clone();
        assert_eq!(note("hello").as_deref(), Some("Comment kept"));
        assert_eq!(note("bye"), None);
    }

    #[test]
    fn a_save_keeps_the_rest_of_the_file_and_refuses_what_is_broken() {
        let dir = folder();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let saved = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "hello",
            "hello = Bonjour, { $name } !",
            &f.content_hash,
        )
        .unwrap();
        let on_disk = std::fs::read_to_string(dir.path().join("fr/desk.ftl")).unwrap();
        assert_eq!(on_disk, FR.replace("{ $nom }", "{ $name }"));
        assert_eq!(
            saved.rows.iter().find(|r| r.id == "hello").unwrap().status,
            StringStatus::Translated
        );
        // A plural without the categories French needs is refused; nothing is written.
        let err = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "emails",
            "emails = { $count ->\n   *[many] { $count } courriels\n}",
            &saved.content_hash,
        )
        .unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Invalid, "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("fr/desk.ftl")).unwrap(),
            on_disk
        );
        assert!(
            save_string(
                dir.path(),
                "fr",
                "desk.ftl",
                "bye",
                "bye = { $",
                &saved.content_hash
            )
            .is_err()
        );
    }

    #[test]
    fn two_translators_saving_the_same_file_get_a_conflict_not_an_overwrite() {
        let dir = folder();
        let alice = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let bruno = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "bye",
            "bye = Au revoir",
            &alice.content_hash,
        )
        .unwrap();
        let err = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "bye",
            "bye = Salut",
            &bruno.content_hash,
        )
        .unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Conflict);
        assert!(err.message.contains("Au revoir"), "{err}");
        let on_disk = std::fs::read_to_string(dir.path().join("fr/desk.ftl")).unwrap();
        assert!(on_disk.contains("bye = Au revoir") && !on_disk.contains("Salut"));
    }

    #[test]
    fn names_outside_the_folder_are_refused() {
        let dir = folder();
        for (locale, file) in [
            ("../etc", "desk.ftl"),
            ("fr", "../../x.ftl"),
            ("fr", "desk.txt"),
        ] {
            assert!(
                open_strings(dir.path(), locale, file).is_err(),
                "{locale}/{file}"
            );
        }
        assert!(save_string(dir.path(), "en-US", "desk.ftl", "bye", "bye = x", "h").is_err());
    }

    #[test]
    fn a_folder_lists_its_files_and_locales_and_a_stranger_is_refused() {
        let dir = folder();
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        let listed = strings_folder(dir.path()).unwrap();
        assert_eq!(listed.files, ["desk.ftl"]);
        assert_eq!(listed.locales, ["fr"]);
        let empty = tempfile::tempdir().unwrap();
        let err = strings_folder(empty.path()).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::NotFound, "{err}");
        assert!(err.message.contains("en-US/"), "{err}");
    }

    #[test]
    fn a_plural_filled_in_as_a_form_saves_as_fluent() {
        let dir = folder();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let row = f.rows.iter().find(|r| r.id == "emails").unwrap();
        let mut form = row.form.clone();
        let Some(dateline_l10n::FormField::Select { variants, .. }) = &mut form.value else {
            panic!("a plural form: {form:?}")
        };
        let keys: Vec<&str> = variants.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["one", "other"], "French's categories");
        variants[0].text = "Un courriel".into();
        variants[1].text = "{ $count } courriels".into();
        let entry = compose_string(&form).unwrap();
        let saved = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "emails",
            &entry,
            &f.content_hash,
        )
        .unwrap();
        let row = saved.rows.iter().find(|r| r.id == "emails").unwrap();
        assert_eq!(row.status, StringStatus::Translated, "{row:?}");

        variants_empty(&mut form);
        let err = compose_string(&form).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Invalid);
        assert!(err.message.contains("“one” form"), "{err}");
    }

    /// A locale of two files: `desk.ftl` uses the term `brands.ftl` defines.
    fn two_file_folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let files = [
            ("en-US", "brands.ftl", "-brand = Gazette\n"),
            (
                "en-US",
                "desk.ftl",
                "open-app = Open { -brand }\nquit-app = Quit { -brand }\n",
            ),
            ("fr", "brands.ftl", "-brand = La Gazette\n"),
            ("fr", "desk.ftl", "open-app = Ouvrir { -brand }\n"),
        ];
        for (locale, file, text) in files {
            std::fs::create_dir_all(dir.path().join(locale)).unwrap();
            std::fs::write(dir.path().join(locale).join(file), text).unwrap();
        }
        dir
    }

    #[test]
    fn a_term_of_a_sibling_file_resolves_and_saves() {
        let dir = two_file_folder();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let row = f.rows.iter().find(|r| r.id == "open-app").unwrap();
        assert_eq!(row.status, StringStatus::Translated, "{row:?}");
        assert_eq!(row.findings, vec![]);
        assert_eq!(f.file_findings, vec![]);
        let saved = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "quit-app",
            "quit-app = Quitter { -brand }",
            &f.content_hash,
        )
        .unwrap();
        let row = saved.rows.iter().find(|r| r.id == "quit-app").unwrap();
        assert_eq!(row.status, StringStatus::Translated, "{row:?}");
        let on_disk = std::fs::read_to_string(dir.path().join("fr/desk.ftl")).unwrap();
        assert!(
            on_disk.contains("quit-app = Quitter { -brand }"),
            "{on_disk}"
        );
        // The reference, opened as itself, resolves across its own files too.
        let en = open_strings(dir.path(), "en-US", "desk.ftl").unwrap();
        assert!(en.rows.iter().all(|r| r.findings.is_empty()), "{en:?}");
    }

    #[test]
    fn a_term_no_file_of_the_locale_defines_is_still_refused() {
        let dir = two_file_folder();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let err = save_string(
            dir.path(),
            "fr",
            "desk.ftl",
            "quit-app",
            "quit-app = Quitter { -marque }",
            &f.content_hash,
        )
        .unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Invalid, "{err}");
        assert!(err.message.contains("{ -marque }"), "{err}");
        assert!(err.message.contains("no file of fr defines"), "{err}");
        let on_disk = std::fs::read_to_string(dir.path().join("fr/desk.ftl")).unwrap();
        assert!(!on_disk.contains("quit-app"), "{on_disk}");
        // Opened, such an entry is an error of its row.
        std::fs::write(
            dir.path().join("fr/desk.ftl"),
            "open-app = Ouvrir { -marque }\n",
        )
        .unwrap();
        let f = open_strings(dir.path(), "fr", "desk.ftl").unwrap();
        let row = f.rows.iter().find(|r| r.id == "open-app").unwrap();
        assert_eq!(row.status, StringStatus::Error, "{row:?}");
        assert!(
            row.findings
                .iter()
                .any(|x| x.code == dateline_l10n::Code::UnknownReference)
        );
    }

    fn variants_empty(form: &mut EntryForm) {
        if let Some(dateline_l10n::FormField::Select { variants, .. }) = &mut form.value {
            variants[0].text.clear();
        }
    }
}
