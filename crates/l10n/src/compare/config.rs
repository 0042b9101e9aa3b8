//! compare-locales' project configuration (`l10n.toml`), so that `ftl-check --config`
//! runs on Mozilla-style projects as they are. The subset real projects use:
//! `basepath`, `locales`, `[env]` and `[[paths]]` with `reference`, `l10n` and an
//! optional `locales`; patterns with `{variables}` (`{locale}`, `{l10n_base}` and the
//! `[env]` ones), `*` inside a path segment and `**` as a whole one. `[build]` only
//! concerns builds and is ignored; anything else (`[[includes]]`, `[[filters]]`,
//! `[[excludes]]`, other keys, `?` or `[...]` in a pattern) is refused by name rather
//! than half-understood. Only `.ftl` files are checked.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use super::project::{LocaleFiles, Project};

/// What is wrong with a configuration, with the file it is in.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ConfigError {}

/// Reads the configuration at `config` into a [`Project`]: the reference locale
/// (`reference_locale`, for its plural rules) checked against itself first, then each
/// locale of the configuration in its order. `{l10n_base}` is `l10n_base`, else the
/// configuration's `basepath`, as compare-locales' second argument.
pub fn load_config(
    config: &Path,
    l10n_base: Option<&Path>,
    reference_locale: &str,
) -> Result<Project, ConfigError> {
    let fail = |message: String| ConfigError {
        path: config.to_owned(),
        message,
    };
    let text = std::fs::read_to_string(config).map_err(|e| fail(e.to_string()))?;
    let table: Table = text
        .parse()
        .map_err(|e: toml::de::Error| fail(format!("not TOML: {}", e.message())))?;
    let parsed = Config::from_table(&table).map_err(fail)?;

    let dir = config.parent().unwrap_or(Path::new("."));
    // Without the `.` components, so that the paths in findings read as written.
    let basepath: PathBuf = dir
        .join(parsed.basepath.as_deref().unwrap_or("."))
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    let mut l10n_base = l10n_base.map_or_else(|| basepath.clone(), Path::to_owned);
    if l10n_base.as_os_str().is_empty() {
        // `{l10n_base}/{locale}` is then `./de`, not `/de`.
        l10n_base = PathBuf::from(".");
    }
    let vars = Vars {
        env: &parsed.env,
        l10n_base: l10n_base.to_string_lossy().into_owned(),
    };

    let mut project = Project {
        reference_locale: reference_locale.to_owned(),
        reference_files: Vec::new(),
        locales: Vec::new(),
    };
    // For each reference file: the [[paths]] entry and the wildcards' captures.
    let mut origins: Vec<(usize, Vec<String>)> = Vec::new();
    let mut l10n_globs = Vec::new();
    for (index, entry) in parsed.paths.iter().enumerate() {
        let what = |field: &str| format!("[[paths]] #{} {field}", index + 1);
        let reference = vars
            .glob(&entry.reference, None, &basepath)
            .map_err(|e| fail(format!("{}: {e}", what("reference"))))?;
        // Checked once with a stand-in locale, so that a bad pattern fails at once.
        let l10n = vars
            .glob(&entry.l10n, Some("x"), &basepath)
            .map_err(|e| fail(format!("{}: {e}", what("l10n"))))?;
        if reference.wildcards() != l10n.wildcards() {
            return Err(fail(format!(
                "{}: `{}` does not have the same wildcards as its reference `{}`",
                what("l10n"),
                entry.l10n,
                entry.reference
            )));
        }
        for (file, captures) in reference.files().map_err(|e| fail(e.to_string()))? {
            if file.extension().is_some_and(|e| e == "ftl")
                && !project.reference_files.iter().any(|(_, p)| *p == file)
            {
                let name = reference.name(&file);
                project.reference_files.push((name, file));
                origins.push((index, captures));
            }
        }
        l10n_globs.push(entry);
    }

    let mut locales = vec![reference_locale.to_owned()];
    for locale in parsed.all_locales() {
        if !locales.contains(&locale) {
            locales.push(locale);
        }
    }
    for locale in locales {
        if locale == reference_locale {
            project.locales.push(LocaleFiles {
                locale,
                files: project
                    .reference_files
                    .iter()
                    .map(|(_, p)| Some(p.clone()))
                    .collect(),
                obsolete: Vec::new(),
            });
            continue;
        }
        let mut files = Vec::new();
        for (index, captures) in &origins {
            let entry = &parsed.paths[*index];
            files.push(if entry.applies_to(&locale, &parsed.locales) {
                let glob = vars
                    .glob(&entry.l10n, Some(&locale), &basepath)
                    .map_err(fail)?;
                Some(glob.fill(captures))
            } else {
                None
            });
        }
        let mut obsolete = Vec::new();
        for entry in &l10n_globs {
            if !entry.applies_to(&locale, &parsed.locales) {
                continue;
            }
            let glob = vars
                .glob(&entry.l10n, Some(&locale), &basepath)
                .map_err(fail)?;
            for (file, _) in glob.files().map_err(|e| fail(e.to_string()))? {
                let known = files.iter().flatten().any(|f| *f == file);
                if file.extension().is_some_and(|e| e == "ftl")
                    && !known
                    && !obsolete.iter().any(|(_, f)| *f == file)
                {
                    obsolete.push((glob.name(&file), file));
                }
            }
        }
        project.locales.push(LocaleFiles {
            locale,
            files,
            obsolete,
        });
    }
    if project.locales.len() == 1 {
        return Err(fail(
            "no locales to check: add `locales = [\"de\", ...]`".to_owned(),
        ));
    }
    Ok(project)
}

/// The part of the configuration ftl-check understands.
struct Config {
    basepath: Option<String>,
    locales: Vec<String>,
    env: BTreeMap<String, String>,
    paths: Vec<PathEntry>,
}

struct PathEntry {
    reference: String,
    l10n: String,
    /// Only these locales, when given.
    locales: Option<Vec<String>>,
}

impl PathEntry {
    fn applies_to(&self, locale: &str, all: &[String]) -> bool {
        match &self.locales {
            Some(locales) => locales.iter().any(|l| l == locale),
            None => all.iter().any(|l| l == locale),
        }
    }
}

impl Config {
    fn from_table(table: &Table) -> Result<Self, String> {
        let mut config = Config {
            basepath: None,
            locales: Vec::new(),
            env: BTreeMap::new(),
            paths: Vec::new(),
        };
        for (key, value) in table {
            match key.as_str() {
                "basepath" => config.basepath = Some(string(value, "basepath")?),
                "locales" => config.locales = strings(value, "locales")?,
                "env" => {
                    let env = value.as_table().ok_or("`env` must be a table")?;
                    for (name, value) in env {
                        config
                            .env
                            .insert(name.clone(), string(value, &format!("env.{name}"))?);
                    }
                }
                "paths" => {
                    let paths = value.as_array().ok_or("`paths` must be [[paths]] tables")?;
                    for (index, entry) in paths.iter().enumerate() {
                        config.paths.push(PathEntry::from_value(entry, index + 1)?);
                    }
                }
                // Which locales go into which build: nothing to check.
                "build" => {}
                other => {
                    return Err(format!(
                        "`{other}` is not supported (ftl-check reads basepath, locales, [env] \
                         and [[paths]], and ignores [build])"
                    ));
                }
            }
        }
        if config.paths.is_empty() {
            return Err("no [[paths]]: nothing to check".to_owned());
        }
        Ok(config)
    }

    /// The top-level locales, then those only [[paths]] entries name.
    fn all_locales(&self) -> Vec<String> {
        let mut all = self.locales.clone();
        for entry in &self.paths {
            for locale in entry.locales.iter().flatten() {
                if !all.contains(locale) {
                    all.push(locale.clone());
                }
            }
        }
        all
    }
}

impl PathEntry {
    fn from_value(value: &Value, number: usize) -> Result<Self, String> {
        let table = value
            .as_table()
            .ok_or(format!("[[paths]] #{number} is not a table"))?;
        let (mut reference, mut l10n, mut locales) = (None, None, None);
        for (key, value) in table {
            let what = format!("[[paths]] #{number} {key}");
            match key.as_str() {
                "reference" => reference = Some(string(value, &what)?),
                "l10n" => l10n = Some(string(value, &what)?),
                "locales" => locales = Some(strings(value, &what)?),
                other => {
                    return Err(format!(
                        "[[paths]] #{number}: `{other}` is not supported (ftl-check reads \
                         reference, l10n and locales)"
                    ));
                }
            }
        }
        Ok(PathEntry {
            reference: reference.ok_or(format!("[[paths]] #{number} has no `reference`"))?,
            l10n: l10n.ok_or(format!("[[paths]] #{number} has no `l10n`"))?,
            locales,
        })
    }
}

fn string(value: &Value, what: &str) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or(format!("`{what}` must be a string"))
}

fn strings(value: &Value, what: &str) -> Result<Vec<String>, String> {
    value
        .as_array()
        .and_then(|a| a.iter().map(|v| v.as_str().map(str::to_owned)).collect())
        .ok_or(format!("`{what}` must be a list of strings"))
}

/// The `{variables}` of patterns.
struct Vars<'c> {
    env: &'c BTreeMap<String, String>,
    l10n_base: String,
}

impl Vars<'_> {
    /// `pattern` with its variables replaced, as a [`Glob`]: below `basepath` unless
    /// it starts from `{l10n_base}` (a path of its own, as compare-locales' argument).
    /// `locale` is `None` for a reference pattern, which must not depend on it.
    fn glob(&self, pattern: &str, locale: Option<&str>, basepath: &Path) -> Result<Glob, String> {
        let mut from_l10n_base = false;
        let expanded = self.expand_at(pattern, locale, 0, &mut from_l10n_base)?;
        Glob::new(
            &expanded,
            if from_l10n_base {
                Path::new("")
            } else {
                basepath
            },
        )
    }

    fn expand_at(
        &self,
        pattern: &str,
        locale: Option<&str>,
        depth: usize,
        from_l10n_base: &mut bool,
    ) -> Result<String, String> {
        if depth > 8 {
            return Err(format!(
                "`{pattern}`: [env] variables refer to each other in a loop"
            ));
        }
        let mut out = String::with_capacity(pattern.len());
        let mut rest = pattern;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .ok_or(format!("`{pattern}`: a `{{` without its `}}`"))?;
            let name = &rest[start + 1..start + end];
            match name {
                "locale" => out.push_str(locale.ok_or(format!(
                    "`{pattern}`: a reference path cannot use {{locale}}"
                ))?),
                "l10n_base" => {
                    *from_l10n_base |= out.is_empty();
                    out.push_str(&self.l10n_base);
                }
                _ => match self.env.get(name) {
                    Some(value) => {
                        out.push_str(&self.expand_at(value, locale, depth + 1, from_l10n_base)?)
                    }
                    None => {
                        return Err(format!(
                            "`{pattern}`: unknown variable {{{name}}} (not locale, l10n_base \
                             or one of [env])"
                        ));
                    }
                },
            }
            rest = &rest[start + end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// A path pattern: a folder, then segments that may hold wildcards.
struct Glob {
    root: PathBuf,
    segments: Vec<String>,
}

impl Glob {
    fn new(pattern: &str, basepath: &Path) -> Result<Self, String> {
        if let Some(c) = pattern
            .chars()
            .find(|c| matches!(c, '?' | '[' | ']' | '{' | '}'))
        {
            return Err(format!(
                "`{pattern}`: `{c}` in a path pattern is not supported"
            ));
        }
        let parts: Vec<&str> = pattern.split('/').collect();
        let literal = parts.iter().take_while(|p| !p.contains('*')).count();
        for part in &parts[literal..] {
            if part.contains("**") && *part != "**" {
                return Err(format!(
                    "`{pattern}`: `**` must be a whole path segment, not `{part}`"
                ));
            }
        }
        let root: PathBuf = basepath
            .join(parts[..literal].join("/"))
            .components()
            .filter(|c| *c != std::path::Component::CurDir)
            .collect();
        Ok(Glob {
            root,
            segments: parts[literal..].iter().map(|s| s.to_string()).collect(),
        })
    }

    /// The wildcards in order: `**` or `*`, as captures map between patterns.
    fn wildcards(&self) -> Vec<&str> {
        self.segments
            .iter()
            .flat_map(|s| {
                if s == "**" {
                    vec!["**"]
                } else {
                    s.matches('*').map(|_| "*").collect()
                }
            })
            .collect()
    }

    /// A file's path below the pattern's folder, with `/`: its name in findings.
    fn name(&self, file: &Path) -> String {
        // A pattern without wildcards is its file: named by its file name.
        let relative = match file.strip_prefix(&self.root) {
            Ok(relative) if !relative.as_os_str().is_empty() => relative,
            _ => Path::new(file.file_name().unwrap_or(file.as_os_str())),
        };
        relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The files the pattern matches, in name order, with what each wildcard matched.
    /// A pattern without wildcards is the one file, if it exists.
    fn files(&self) -> std::io::Result<Vec<(PathBuf, Vec<String>)>> {
        if self.segments.is_empty() {
            return Ok(if self.root.is_file() {
                vec![(self.root.clone(), Vec::new())]
            } else {
                Vec::new()
            });
        }
        let mut found = Vec::new();
        if self.root.is_dir() {
            walk(&self.root, &mut Vec::new(), &mut |relative, path| {
                if let Some(captures) = match_segments(&self.segments, relative) {
                    found.push((path.to_owned(), captures));
                }
            })?;
        }
        found.sort();
        Ok(found)
    }

    /// The path this pattern gives with the wildcards filled with `captures`.
    fn fill(&self, captures: &[String]) -> PathBuf {
        let mut captures = captures.iter();
        let mut path = self.root.clone();
        for segment in &self.segments {
            if segment == "**" {
                let matched = captures.next().map_or("", String::as_str);
                for part in matched.split('/').filter(|p| !p.is_empty()) {
                    path.push(part);
                }
            } else {
                let mut filled = String::new();
                for (i, piece) in segment.split('*').enumerate() {
                    if i > 0 {
                        filled.push_str(captures.next().map_or("", String::as_str));
                    }
                    filled.push_str(piece);
                }
                path.push(filled);
            }
        }
        path
    }
}

/// Calls `each` with every file below `dir`: its path segments below the walk's root,
/// and its path.
fn walk(
    dir: &Path,
    relative: &mut Vec<String>,
    each: &mut dyn FnMut(&[String], &Path),
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        relative.push(entry.file_name().to_string_lossy().into_owned());
        if path.is_dir() {
            walk(&path, relative, each)?;
        } else {
            each(relative, &path);
        }
        relative.pop();
    }
    Ok(())
}

/// Whether the path `segments` match the pattern, and what its wildcards matched (a
/// `**` the segments it took, joined with `/`).
fn match_segments(pattern: &[String], segments: &[String]) -> Option<Vec<String>> {
    let Some((first, rest)) = pattern.split_first() else {
        return segments.is_empty().then(Vec::new);
    };
    if first == "**" {
        // As few segments as possible first; `**` at the end takes every remaining one.
        for taken in 0..=segments.len() {
            if let Some(mut captures) = match_segments(rest, &segments[taken..]) {
                captures.insert(0, segments[..taken].join("/"));
                return Some(captures);
            }
        }
        return None;
    }
    let (segment, remaining) = segments.split_first()?;
    let mut captures = match_star(first, segment)?;
    captures.extend(match_segments(rest, remaining)?);
    Some(captures)
}

/// Matches one segment against a pattern with `*`s, capturing what each matched.
fn match_star(pattern: &str, text: &str) -> Option<Vec<String>> {
    let Some(star) = pattern.find('*') else {
        return (pattern == text).then(Vec::new);
    };
    let (prefix, rest) = (&pattern[..star], &pattern[star + 1..]);
    let text = text.strip_prefix(prefix)?;
    for split in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
        if let Some(mut captures) = match_star(rest, &text[split..]) {
            captures.insert(0, text[..split].to_owned());
            return Some(captures);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(path: &str) -> Vec<String> {
        path.split('/').map(str::to_owned).collect()
    }

    #[test]
    fn wildcards_capture_what_they_match_and_fill_the_other_pattern() {
        let pattern = segments("**/*.ftl");
        assert_eq!(
            match_segments(&pattern, &segments("app/menus/file.ftl")),
            Some(vec!["app/menus".to_owned(), "file".to_owned()])
        );
        assert_eq!(
            match_segments(&pattern, &segments("top.ftl")),
            Some(vec![String::new(), "top".to_owned()])
        );
        assert_eq!(match_segments(&pattern, &segments("app/notes.txt")), None);
        let l10n = Glob::new("l10n/de/**/*.ftl", Path::new("base")).unwrap();
        assert_eq!(
            l10n.fill(&["app/menus".to_owned(), "file".to_owned()]),
            PathBuf::from("base/l10n/de/app/menus/file.ftl")
        );
        assert_eq!(l10n.wildcards(), ["**", "*"]);
    }

    #[test]
    fn patterns_ftl_check_does_not_read_are_refused() {
        for (pattern, refused) in [
            ("en-US/?.ftl", "`?`"),
            ("en-US/[ab].ftl", "`[`"),
            ("en-US/a**/x.ftl", "`**` must be a whole path segment"),
        ] {
            let error = Glob::new(pattern, Path::new(".")).err().unwrap();
            assert!(error.contains(refused), "{pattern}: {error}");
        }
    }

    /// A `[[paths]]` entry may name one file; it is named by its file name.
    #[test]
    fn a_path_without_wildcards_is_one_file() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/project");
        let dir = std::env::temp_dir().join(format!("ftl-config-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("l10n.toml");
        std::fs::write(
            &config,
            format!(
                "basepath = {:?}\nlocales = [\"fr\"]\n[[paths]]\nreference = \"en-US/brands.ftl\"\nl10n = \"{{locale}}/brands.ftl\"\n",
                fixture.to_str().unwrap()
            ),
        )
        .unwrap();
        let project = load_config(&config, None, "en-US").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            project.reference_files,
            [("brands.ftl".to_owned(), fixture.join("en-US/brands.ftl"))]
        );
        assert_eq!(project.locales[1].locale, "fr");
        assert_eq!(
            project.locales[1].files,
            [Some(fixture.join("fr/brands.ftl"))]
        );
    }
}
