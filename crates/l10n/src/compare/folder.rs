//! Checking a folder laid out like `locales/`: `<root>/<locale>/<file>.ftl` against
//! `<root>/<reference>/<file>.ftl`, strictly (a missing message or file is an error),
//! because CI runs it on our own built-in locales.

use std::path::Path;

use super::filter::Filters;
use super::finding::Severity;
use super::project::{FileReport, LocaleFiles, Project, check_project};

/// Checks a folder laid out like `locales/`: every `<locale>/<file>.ftl` against
/// `<reference_locale>/<file>.ftl`, and the reference files against themselves, each
/// locale's files as one bundle. Locales and files in name order (the reference first);
/// only files with findings are reported.
pub fn check_folder(root: &Path, reference_locale: &str) -> std::io::Result<Vec<FileReport>> {
    check_project(&folder_project(root, reference_locale)?, Severity::Error)
}

/// The [`Project`] of a folder laid out like `locales/`.
pub fn folder_project(root: &Path, reference_locale: &str) -> std::io::Result<Project> {
    let reference_dir = root.join(reference_locale);
    let reference_names = ftl_files(&reference_dir)?;
    let mut locales: Vec<String> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    // The reference first.
    locales.retain(|l| l != reference_locale);
    locales.insert(0, reference_locale.to_owned());

    let mut project = Project {
        reference_locale: reference_locale.to_owned(),
        reference_files: reference_names
            .iter()
            .map(|f| (f.clone(), reference_dir.join(f)))
            .collect(),
        locales: Vec::new(),
        filters: Filters::default(),
    };
    for locale in locales {
        let dir = root.join(&locale);
        let names = ftl_files(&dir)?;
        project.locales.push(LocaleFiles {
            files: reference_names.iter().map(|f| Some(dir.join(f))).collect(),
            obsolete: names
                .iter()
                .filter(|f| !reference_names.contains(f))
                .map(|f| (f.clone(), dir.join(f)))
                .collect(),
            locale,
        });
    }
    Ok(project)
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
