//! One configuration file as written: the keys ftl-check reads, each checked for its
//! type, and anything else refused by name.

use std::collections::BTreeMap;

use toml::{Table, Value};

use crate::compare::filter::FilterEntry;

/// The part of one configuration file ftl-check understands.
pub(super) struct ConfigFile {
    pub(super) basepath: Option<String>,
    /// `None` when the file does not say: its paths are then for every locale of the
    /// project (an included configuration usually does not repeat them).
    pub(super) locales: Option<Vec<String>>,
    pub(super) env: BTreeMap<String, String>,
    pub(super) paths: Vec<PathEntry>,
    pub(super) filters: Vec<FilterEntry>,
    /// The `path` of each `[[includes]]`, as written.
    pub(super) includes: Vec<String>,
}

pub(super) struct PathEntry {
    pub(super) reference: String,
    pub(super) l10n: String,
    /// Only these locales, when given.
    pub(super) locales: Option<Vec<String>>,
}

impl ConfigFile {
    pub(super) fn from_table(table: &Table) -> Result<Self, String> {
        let mut config = ConfigFile {
            basepath: None,
            locales: None,
            env: BTreeMap::new(),
            paths: Vec::new(),
            filters: Vec::new(),
            includes: Vec::new(),
        };
        let tables = |value: &'_ Value, name: &str| -> Result<Vec<Value>, String> {
            value
                .as_array()
                .cloned()
                .ok_or(format!("`{name}` must be [[{name}]] tables"))
        };
        for (key, value) in table {
            match key.as_str() {
                "basepath" => config.basepath = Some(string(value, "basepath")?),
                "locales" => config.locales = Some(strings(value, "locales")?),
                "env" => {
                    let env = value.as_table().ok_or("`env` must be a table")?;
                    for (name, value) in env {
                        config
                            .env
                            .insert(name.clone(), string(value, &format!("env.{name}"))?);
                    }
                }
                "paths" => {
                    for (index, entry) in tables(value, "paths")?.iter().enumerate() {
                        config.paths.push(PathEntry::from_value(entry, index + 1)?);
                    }
                }
                "filters" => {
                    for (index, entry) in tables(value, "filters")?.iter().enumerate() {
                        config
                            .filters
                            .push(FilterEntry::from_value(entry, index + 1)?);
                    }
                }
                "includes" => {
                    for (index, entry) in tables(value, "includes")?.iter().enumerate() {
                        config.includes.push(include_path(entry, index + 1)?);
                    }
                }
                // Which locales go into which build: nothing to check.
                "build" => {}
                other => {
                    return Err(format!(
                        "`{other}` is not supported (ftl-check reads basepath, locales, [env], \
                         [[paths]], [[includes]] and [[filters]], and ignores [build])"
                    ));
                }
            }
        }
        if config.paths.is_empty() && config.includes.is_empty() {
            return Err("no [[paths]] and no [[includes]]: nothing to check".to_owned());
        }
        Ok(config)
    }
}

/// The `path` of an `[[includes]]` table, its only key.
fn include_path(value: &Value, number: usize) -> Result<String, String> {
    let table = value
        .as_table()
        .ok_or(format!("[[includes]] #{number} is not a table"))?;
    let mut path = None;
    for (key, value) in table {
        match key.as_str() {
            "path" => path = Some(string(value, &format!("[[includes]] #{number} path"))?),
            other => {
                return Err(format!(
                    "[[includes]] #{number}: `{other}` is not supported (ftl-check reads path)"
                ));
            }
        }
    }
    path.ok_or(format!("[[includes]] #{number} has no `path`"))
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
