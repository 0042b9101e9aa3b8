//! Checking a folder laid out like `locales/`: every locale's files against the
//! reference locale's files of the same name.

use std::path::{Path, PathBuf};

use super::check_translation;
use super::finding::{Code, Finding};

/// The findings of one file of a folder check.
#[derive(Debug)]
pub struct FileReport {
    /// The translation's path (`<root>/<locale>/<file>.ftl`).
    pub path: PathBuf,
    /// The reference's path, where `in_reference` findings point.
    pub reference_path: PathBuf,
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

/// Checks a folder laid out like `locales/`: every `<locale>/<file>.ftl` against
/// `<reference_locale>/<file>.ftl`, and the reference files against themselves. Locales
/// and files in name order; only files with findings are reported.
pub fn check_folder(root: &Path, reference_locale: &str) -> std::io::Result<Vec<FileReport>> {
    let reference_dir = root.join(reference_locale);
    let reference_files = ftl_files(&reference_dir)?;
    let mut locales: Vec<String> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    // The reference first.
    locales.retain(|l| l != reference_locale);
    locales.insert(0, reference_locale.to_owned());

    let mut reports = Vec::new();
    for locale in &locales {
        let dir = root.join(locale);
        let files = ftl_files(&dir)?;
        for file in &reference_files {
            let path = dir.join(file);
            let reference_path = reference_dir.join(file);
            let findings = if files.contains(file) {
                let reference = std::fs::read_to_string(&reference_path)?;
                let target = std::fs::read_to_string(&path)?;
                check_translation(&reference, &target, locale)
            } else {
                vec![
                    Finding::new(Code::MissingFile, (1, 1), format!("{locale} has no {file}"))
                        .arg("locale", locale.as_str())
                        .arg("file", file.as_str()),
                ]
            };
            if !findings.is_empty() {
                reports.push(FileReport {
                    path,
                    reference_path,
                    findings,
                });
            }
        }
        for file in files.iter().filter(|f| !reference_files.contains(f)) {
            reports.push(FileReport {
                path: dir.join(file),
                reference_path: reference_dir.join(file),
                findings: vec![
                    Finding::new(
                        Code::ObsoleteFile,
                        (1, 1),
                        format!("{reference_locale} has no {file}: nothing reads this file"),
                    )
                    .arg("locale", reference_locale)
                    .arg("file", file.as_str()),
                ],
            });
        }
    }
    Ok(reports)
}

/// The `.ftl` file names of `dir`, sorted.
fn ftl_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();
    Ok(files)
}
