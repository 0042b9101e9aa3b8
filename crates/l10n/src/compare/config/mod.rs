//! compare-locales' project configuration (`l10n.toml`), so that `ftl-check --config`
//! runs on Mozilla-style projects as they are. The subset real projects use:
//! `basepath`, `locales`, `[env]`, `[[paths]]` with `reference`, `l10n` and an
//! optional `locales`, `[[includes]]` and `[[filters]]` (see [`super::filter`]);
//! patterns with `{variables}` (`{locale}`, `{l10n_base}` and the `[env]` ones), `*`
//! inside a path segment and `**` as a whole one. `[build]` only concerns builds and is
//! ignored; anything else (`[[excludes]]`, other keys, `?` or `[...]` in a pattern) is
//! refused by name rather than half-understood. Only `.ftl` files are checked.
//!
//! An `[[includes]]` `path` is expanded with the including file's `[env]` and, as in
//! compare-locales (`paths/configparser.py`), is relative to the including file's
//! basepath. The included configuration is a configuration of its own: its basepath
//! is relative to its own folder, its `[env]` is its own (`{l10n_base}` is the
//! project's), its filters decide about its own paths. The project checks the locales
//! of all its configurations together; a configuration without `locales` checks its
//! paths in every one of them, and a `[[paths]]` entry's `locales` are that entry's.
//! A configuration included twice is read once; one that includes itself, directly or
//! through others, is refused, naming the cycle.

mod file;
mod vars;

use std::fmt;
use std::path::{Path, PathBuf};

use toml::Table;

use super::filter::{Filters, Rule};
use super::glob::{Glob, normalize};
use super::project::{LocaleFiles, Project};
use file::{ConfigFile, PathEntry};
use vars::Vars;

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

/// Reads the configuration at `config`, and those it includes, into a [`Project`]: the
/// reference locale (`reference_locale`, for its plural rules) checked against itself
/// first, then each locale of the configurations in their order. `{l10n_base}` is
/// `l10n_base`, else the configuration's `basepath`, as compare-locales' second
/// argument.
pub fn load_config(
    config: &Path,
    l10n_base: Option<&Path>,
    reference_locale: &str,
) -> Result<Project, ConfigError> {
    let top = Loaded::read(config)?;
    let mut base = l10n_base.map_or_else(|| top.basepath.clone(), Path::to_owned);
    if base.as_os_str().is_empty() {
        // `{l10n_base}/{locale}` is then `./de`, not `/de`.
        base = PathBuf::from(".");
    }
    let base = base.to_string_lossy().into_owned();
    let mut configs = vec![top];
    let mut chain = vec![(identity(config), config.to_owned())];
    include_all(0, &base, &mut chain, &mut configs)?;
    build(&configs, &base, reference_locale)
}

/// One configuration file of a project, read: the top one or one it includes.
struct Loaded {
    path: PathBuf,
    /// Its `basepath`, from its own folder.
    basepath: PathBuf,
    file: ConfigFile,
}

impl Loaded {
    fn read(path: &Path) -> Result<Self, ConfigError> {
        let fail = |message: String| ConfigError {
            path: path.to_owned(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
        let table: Table = text
            .parse()
            .map_err(|e: toml::de::Error| fail(format!("not TOML: {}", e.message())))?;
        let file = ConfigFile::from_table(&table).map_err(fail)?;
        let dir = path.parent().unwrap_or(Path::new("."));
        // Normalized, so that the paths in findings read as written.
        let basepath = normalize(&dir.join(file.basepath.as_deref().unwrap_or(".")));
        Ok(Loaded {
            path: path.to_owned(),
            basepath,
            file,
        })
    }

    fn fail(&self, message: String) -> ConfigError {
        ConfigError {
            path: self.path.clone(),
            message,
        }
    }

    fn vars<'c>(&'c self, l10n_base: &'c str) -> Vars<'c> {
        Vars {
            env: &self.file.env,
            l10n_base,
        }
    }

    /// Whether `entry`'s files are checked in `locale`: the entry's locales if it has
    /// some, else the configuration's, else every locale of the project.
    fn applies(&self, entry: &PathEntry, locale: &str) -> bool {
        match entry.locales.as_ref().or(self.file.locales.as_ref()) {
            Some(locales) => locales.iter().any(|l| l == locale),
            None => true,
        }
    }
}

/// What tells two paths of one configuration file apart: the real path when the file
/// exists, so that `a/../l10n.toml` and `l10n.toml` are the same.
fn identity(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| normalize(path))
}

/// Reads what `configs[index]` includes, depth first, after it in `configs`. `chain` is
/// the configurations from the top one to this one, to refuse a cycle.
fn include_all(
    index: usize,
    l10n_base: &str,
    chain: &mut Vec<(PathBuf, PathBuf)>,
    configs: &mut Vec<Loaded>,
) -> Result<(), ConfigError> {
    let includes = configs[index].file.includes.clone();
    for (number, pattern) in includes.iter().enumerate() {
        let parent = &configs[index];
        let what = format!("[[includes]] #{} path", number + 1);
        let path = parent
            .vars(l10n_base)
            .path(pattern, &parent.basepath)
            .map_err(|e| parent.fail(format!("{what}: {e}")))?;
        let id = identity(&path);
        if let Some(at) = chain.iter().position(|(i, _)| *i == id) {
            let cycle: Vec<String> = chain[at..]
                .iter()
                .map(|(_, shown)| shown.display().to_string())
                .chain([path.display().to_string()])
                .collect();
            return Err(parent.fail(format!(
                "{what}: `{pattern}` makes an include cycle: {}",
                cycle.join(" includes ")
            )));
        }
        if configs.iter().any(|c| identity(&c.path) == id) {
            // Included twice, not in a cycle: its paths are the project's once.
            continue;
        }
        if !path.is_file() {
            return Err(parent.fail(format!(
                "{what}: `{pattern}`: there is no configuration file {}",
                path.display()
            )));
        }
        configs.push(Loaded::read(&path)?);
        chain.push((id, path));
        include_all(configs.len() - 1, l10n_base, chain, configs)?;
        chain.pop();
    }
    Ok(())
}

/// The project of the configurations read: their reference files in order, then each
/// locale's files.
fn build(
    configs: &[Loaded],
    l10n_base: &str,
    reference_locale: &str,
) -> Result<Project, ConfigError> {
    let mut project = Project {
        reference_locale: reference_locale.to_owned(),
        reference_files: Vec::new(),
        locales: Vec::new(),
        filters: Filters::default(),
    };
    // For each reference file: its configuration, [[paths]] entry and the wildcards'
    // captures.
    let mut origins: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for (c, config) in configs.iter().enumerate() {
        let vars = config.vars(l10n_base);
        for (index, entry) in config.file.paths.iter().enumerate() {
            let what = |field: &str| format!("[[paths]] #{} {field}", index + 1);
            let reference = vars
                .glob(&entry.reference, None, &config.basepath)
                .map_err(|e| config.fail(format!("{}: {e}", what("reference"))))?;
            // Checked once with a stand-in locale, so that a bad pattern fails at once.
            let l10n = vars
                .glob(&entry.l10n, Some("x"), &config.basepath)
                .map_err(|e| config.fail(format!("{}: {e}", what("l10n"))))?;
            if reference.wildcards() != l10n.wildcards() {
                return Err(config.fail(format!(
                    "{}: `{}` does not have the same wildcards as its reference `{}`",
                    what("l10n"),
                    entry.l10n,
                    entry.reference
                )));
            }
            for (file, captures) in reference.files().map_err(|e| config.fail(e.to_string()))? {
                if file.extension().is_some_and(|e| e == "ftl")
                    && !project.reference_files.iter().any(|(_, p)| *p == file)
                {
                    let name = reference.name(&file);
                    project.reference_files.push((name, file));
                    origins.push((c, index, captures));
                }
            }
        }
        for (number, filter) in config.file.filters.iter().enumerate() {
            for pattern in &filter.paths {
                vars.glob(pattern, Some("x"), &config.basepath)
                    .map_err(|e| config.fail(format!("[[filters]] #{} path: {e}", number + 1)))?;
            }
        }
    }

    let mut locales = vec![reference_locale.to_owned()];
    for config in configs {
        let listed = config.file.locales.iter().flatten();
        let of_paths = config
            .file
            .paths
            .iter()
            .flat_map(|e| e.locales.iter().flatten());
        for locale in listed.chain(of_paths) {
            if !locales.contains(locale) {
                locales.push(locale.clone());
            }
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
        let patterns = configs
            .iter()
            .map(|config| LocalePatterns::of(config, &locale, l10n_base))
            .collect::<Result<Vec<_>, _>>()?;
        let mut files = Vec::new();
        for (c, index, captures) in &origins {
            let at = patterns[*c].l10n.iter().find(|(i, _)| i == index);
            files.push(at.map(|(_, glob)| glob.fill(captures)));
        }
        let mut obsolete = Vec::new();
        for (config, patterns) in configs.iter().zip(&patterns) {
            for (_, glob) in &patterns.l10n {
                for (file, _) in glob.files().map_err(|e| config.fail(e.to_string()))? {
                    let known = files.iter().flatten().any(|f| *f == file);
                    if file.extension().is_some_and(|e| e == "ftl")
                        && !known
                        && !obsolete.iter().any(|(_, f)| *f == file)
                    {
                        obsolete.push((glob.name(&file), file));
                    }
                }
            }
        }
        let every_file = files
            .iter()
            .flatten()
            .chain(obsolete.iter().map(|(_, f)| f));
        for path in every_file {
            let scopes = patterns
                .iter()
                .filter(|p| p.l10n.iter().any(|(_, glob)| glob.matches(path)))
                .map(|p| p.rules_for(path))
                .collect();
            project.filters.insert(&locale, path, scopes);
        }
        project.locales.push(LocaleFiles {
            locale,
            files,
            obsolete,
        });
    }
    if project.locales.len() == 1 {
        return Err(
            configs[0].fail("no locales to check: add `locales = [\"de\", ...]`".to_owned())
        );
    }
    Ok(project)
}

/// One configuration's patterns with a locale filled in.
struct LocalePatterns<'c> {
    /// The l10n pattern of each [[paths]] entry checked in the locale, with the entry's
    /// index.
    l10n: Vec<(usize, Glob)>,
    /// Each [[filters]] rule with its path patterns.
    filters: Vec<(Vec<Glob>, &'c super::filter::FilterEntry)>,
}

impl<'c> LocalePatterns<'c> {
    fn of(config: &'c Loaded, locale: &str, l10n_base: &str) -> Result<Self, ConfigError> {
        let vars = config.vars(l10n_base);
        let glob = |pattern: &str| {
            vars.glob(pattern, Some(locale), &config.basepath)
                .map_err(|e| config.fail(e))
        };
        let mut l10n = Vec::new();
        for (index, entry) in config.file.paths.iter().enumerate() {
            if config.applies(entry, locale) {
                l10n.push((index, glob(&entry.l10n)?));
            }
        }
        let mut filters = Vec::new();
        for filter in &config.file.filters {
            let globs = filter
                .paths
                .iter()
                .map(|p| glob(p))
                .collect::<Result<_, _>>()?;
            filters.push((globs, filter));
        }
        Ok(LocalePatterns { l10n, filters })
    }

    /// The configuration's rules whose path matches `path`, in their order.
    fn rules_for(&self, path: &Path) -> Vec<Rule> {
        self.filters
            .iter()
            .filter(|(globs, _)| globs.iter().any(|g| g.matches(path)))
            .map(|(_, filter)| Rule {
                keys: filter.keys.clone(),
                action: filter.action,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// The included add-on's reference files follow the project's own, below the
    /// add-on's folder; a configuration included twice gives its files once.
    #[test]
    fn an_included_configuration_adds_its_paths_once() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/included");
        let dir = std::env::temp_dir().join(format!("ftl-config-twice-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("l10n.toml");
        let top = fixture.join("l10n.toml");
        std::fs::write(
            &config,
            format!(
                "[[includes]]\npath = {top:?}\n[[includes]]\npath = {:?}\n",
                fixture.join("addon/l10n.toml")
            ),
        )
        .unwrap();
        let project = load_config(&config, None, "en-US").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = project
            .reference_files
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(names, ["app.ftl", "addon.ftl", "notes.ftl"]);
        assert_eq!(
            project.reference_files[1].1,
            fixture.join("addon/en-US/addon.ftl")
        );
        let locales: Vec<&str> = project.locales.iter().map(|l| l.locale.as_str()).collect();
        assert_eq!(locales, ["en-US", "de"]);
        assert_eq!(
            project.locales[1].files[2],
            Some(fixture.join("addon/de/notes.ftl"))
        );
    }
}
