//! Checking a whole project: every locale's files against the reference locale's, with
//! each locale's files read as one bundle (references resolve across them, as in a
//! Fluent loader), each file read and parsed once. A folder laid out like `locales/`
//! ([`super::check_folder`]) and a compare-locales configuration ([`crate::load_config`])
//! both come down to a [`Project`].

use std::path::{Path, PathBuf};

use fluent_syntax::ast::Resource;
use fluent_syntax::parser::ParserError;

use super::bundle::Bundle;
use super::filter::Filters;
use super::finding::{Code, Finding, Severity};
use super::parsed::{Parsed, parse};
use super::{Plurals, check_parsed};

/// The files to check: the reference's, and each locale's counterparts of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub reference_locale: String,
    /// Each reference file: a name (its path below the reference's folder, with `/`)
    /// and where it is.
    pub reference_files: Vec<(String, PathBuf)>,
    /// The locales to check, the reference locale (checked against itself) included.
    pub locales: Vec<LocaleFiles>,
    /// What a configuration's `[[filters]]` say of missing and obsolete messages and
    /// files (none for a folder).
    pub filters: Filters,
}

/// One locale's files of a [`Project`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFiles {
    pub locale: String,
    /// For each reference file, in the same order, where this locale's translation of
    /// it is (or would be: a file that does not exist is a `missing-file`); `None` when
    /// the project does not translate that file into this locale.
    pub files: Vec<Option<PathBuf>>,
    /// Files of the locale that translate no reference file (`obsolete-file`).
    pub obsolete: Vec<(String, PathBuf)>,
}

/// The findings of one file of a project or folder check.
#[derive(Debug)]
pub struct FileReport {
    /// The translation's path (`<root>/<locale>/<file>.ftl`).
    pub path: PathBuf,
    /// The reference's path, where `in_reference` findings point.
    pub reference_path: PathBuf,
    /// The locale the file belongs to.
    pub locale: String,
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// One line per finding: `path:line:col: severity: code: message`.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.findings.iter().map(|f| {
            let path = if f.in_reference {
                &self.reference_path
            } else {
                &self.path
            };
            format!(
                "{}:{}:{}: {}: {}: {}",
                path.display(),
                f.line,
                f.column,
                f.severity,
                f.code,
                f.message
            )
        })
    }
}

/// Files read and parsed, kept together because the parsed entries borrow both.
struct Sources {
    texts: Vec<String>,
}

impl Sources {
    fn read(paths: &[&PathBuf]) -> std::io::Result<Self> {
        let texts = paths
            .iter()
            .map(|p| {
                std::fs::read_to_string(p)
                    .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", p.display())))
            })
            .collect::<Result<_, _>>()?;
        Ok(Sources { texts })
    }

    fn parse(&self) -> (Vec<Resource<&str>>, Vec<Vec<ParserError>>) {
        self.texts.iter().map(|t| parse(t)).unzip()
    }
}

fn parsed<'s>(
    sources: &'s Sources,
    resources: &'s [Resource<&'s str>],
    errors: Vec<Vec<ParserError>>,
) -> Vec<Parsed<'s>> {
    sources
        .texts
        .iter()
        .zip(resources)
        .zip(errors)
        .map(|((text, resource), errors)| Parsed::new(text, resource, errors))
        .collect()
}

/// Checks every locale of `project` in its order, files in the order of the reference;
/// only files with findings are reported. What a locale that lags behind its reference
/// normally has — missing and obsolete messages and files — has the severity `partial`:
/// an error for our own locales, which must stay complete, a warning for a community
/// project's (compare-locales counts them, it does not fail on them), unless the
/// project's [`Filters`] make them errors, warnings or drop them. An unreadable file is
/// an error of the whole check.
pub fn check_project(project: &Project, partial: Severity) -> std::io::Result<Vec<FileReport>> {
    let reference_paths: Vec<&PathBuf> = project.reference_files.iter().map(|(_, p)| p).collect();
    let reference_sources = Sources::read(&reference_paths)?;
    let (reference_resources, reference_errors) = reference_sources.parse();
    let references = parsed(&reference_sources, &reference_resources, reference_errors);

    let mut reports = Vec::new();
    for locale in &project.locales {
        let name = locale.locale.as_str();
        let is_reference = name == project.reference_locale;
        // The locale's files that exist, with the reference file each translates.
        let present: Vec<(usize, &PathBuf)> = locale
            .files
            .iter()
            .enumerate()
            .filter_map(|(index, path)| Some((index, path.as_ref().filter(|p| p.is_file())?)))
            .collect();
        let paths: Vec<&PathBuf> = present.iter().map(|(_, p)| *p).collect();
        let sources = Sources::read(&paths)?;
        let (resources, errors) = sources.parse();
        let targets = parsed(&sources, &resources, errors);
        let mut bundle = Bundle::new(if is_reference {
            "no reference file defines".to_owned()
        } else {
            format!("no file of {name} defines")
        });
        for target in &targets {
            bundle.add(target);
        }
        let plurals = Plurals::of(name);

        for (index, (file, reference_path)) in project.reference_files.iter().enumerate() {
            let Some(Some(path)) = locale.files.get(index) else {
                continue;
            };
            let mut findings = match present.iter().position(|(i, _)| *i == index) {
                Some(at) => check_parsed(&references[index], &targets[at], name, &plurals, &bundle),
                None => vec![
                    Finding::new(Code::MissingFile, (1, 1), format!("{name} has no {file}"))
                        .with_severity(partial)
                        .arg("locale", name)
                        .arg("file", file.as_str()),
                ],
            };
            for finding in &mut findings {
                if matches!(finding.code, Code::MissingMessage | Code::ObsoleteMessage) {
                    finding.severity = partial;
                }
            }
            filter(&project.filters, name, path, &mut findings);
            if !findings.is_empty() {
                reports.push(FileReport {
                    path: path.clone(),
                    reference_path: reference_path.clone(),
                    locale: name.to_owned(),
                    findings,
                });
            }
        }
        for (file, path) in &locale.obsolete {
            let reference_locale = project.reference_locale.as_str();
            let mut findings = vec![
                Finding::new(
                    Code::ObsoleteFile,
                    (1, 1),
                    format!("{reference_locale} has no {file}: nothing reads this file"),
                )
                .with_severity(partial)
                .arg("locale", reference_locale)
                .arg("file", file.as_str()),
            ];
            filter(&project.filters, name, path, &mut findings);
            if !findings.is_empty() {
                reports.push(FileReport {
                    path: path.clone(),
                    reference_path: path.clone(),
                    locale: name.to_owned(),
                    findings,
                });
            }
        }
    }
    Ok(reports)
}

/// Gives the findings of the file at `path` in `locale` the severity `filters` say,
/// dropping those they ignore.
fn filter(filters: &Filters, locale: &str, path: &Path, findings: &mut Vec<Finding>) {
    findings.retain_mut(|finding| {
        let Some(key) = Filters::key_of(finding.code, finding.id.as_deref()) else {
            return true;
        };
        match filters.severity(locale, path, key, finding.severity) {
            Some(severity) => {
                finding.severity = severity;
                true
            }
            None => false,
        }
    });
}
