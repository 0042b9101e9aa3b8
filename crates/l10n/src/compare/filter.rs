//! compare-locales' `[[filters]]`: a project says which missing or obsolete messages and
//! files matter. Each rule has a `path` (a pattern or a list of them, usually of the
//! l10n files, `{locale}` filled per locale), an optional `key` (a message or term id,
//! a list of them, or `re:` and a regular expression matched from the start of the id)
//! and an `action`: `error`, `warning` or `ignore`.
//!
//! As in compare-locales (`paths/project.py`): a rule with a `key` decides about the
//! messages and terms of the files it matches, a rule without one about the files
//! themselves (a missing or obsolete file), not about their messages. Of a
//! configuration's rules the last one that matches wins. A configuration only decides
//! about the files its own `[[paths]]` give; when several do (a file given by both a
//! configuration and one it includes), the strictest decision counts. Where no rule
//! matches, the finding keeps its severity (a warning, or an error with `--strict`).
//!
//! compare-locales also passes its other errors and warnings through the filters, but
//! with the finding's text as the key, so that in practice only missing and obsolete
//! entries and files are filtered; here too, only those are.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::Value;

use super::finding::{Code, Severity};

/// What a rule does with what it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Error,
    Warning,
    Ignore,
}

impl Action {
    /// The severity a finding gets, `None` when it is dropped.
    fn severity(self) -> Option<Severity> {
        match self {
            Action::Error => Some(Severity::Error),
            Action::Warning => Some(Severity::Warning),
            Action::Ignore => None,
        }
    }
}

/// An id a rule is about.
#[derive(Debug, Clone)]
pub(crate) enum Key {
    Exact(String),
    /// `re:…`, anchored at the start as Python's `re.match`.
    Pattern(regex::Regex),
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Key::Exact(a), Key::Exact(b)) => a == b,
            (Key::Pattern(a), Key::Pattern(b)) => a.as_str() == b.as_str(),
            _ => false,
        }
    }
}

impl Eq for Key {}

impl Key {
    fn parse(key: &str, what: &str) -> Result<Self, String> {
        match key.strip_prefix("re:") {
            Some(pattern) => regex::Regex::new(&format!("^(?:{pattern})"))
                .map(Key::Pattern)
                .map_err(|e| format!("{what}: `{key}` is not a regular expression: {e}")),
            None => Ok(Key::Exact(key.to_owned())),
        }
    }

    fn matches(&self, id: &str) -> bool {
        match self {
            Key::Exact(key) => key == id,
            Key::Pattern(pattern) => pattern.is_match(id),
        }
    }
}

/// One `[[filters]]` table as written: its path patterns still to be expanded per
/// locale by the configuration that has it.
#[derive(Debug)]
pub(crate) struct FilterEntry {
    pub(crate) paths: Vec<String>,
    /// `None`: the rule is about files.
    pub(crate) keys: Option<Vec<Key>>,
    pub(crate) action: Action,
}

impl FilterEntry {
    pub(crate) fn from_value(value: &Value, number: usize) -> Result<Self, String> {
        let name = format!("[[filters]] #{number}");
        let table = value.as_table().ok_or(format!("{name} is not a table"))?;
        let one_or_more = |value: &Value, field: &str| -> Result<Vec<String>, String> {
            match value {
                Value::String(s) => Ok(vec![s.clone()]),
                Value::Array(a) => a
                    .iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect::<Option<_>>()
                    .ok_or(format!(
                        "`{name} {field}` must be a string or a list of strings"
                    )),
                _ => Err(format!(
                    "`{name} {field}` must be a string or a list of strings"
                )),
            }
        };
        let (mut paths, mut keys, mut action) = (None, None, None);
        for (field, value) in table {
            match field.as_str() {
                "path" => paths = Some(one_or_more(value, "path")?),
                "key" => {
                    let what = format!("{name} key");
                    keys = Some(
                        one_or_more(value, "key")?
                            .iter()
                            .map(|k| Key::parse(k, &what))
                            .collect::<Result<Vec<_>, _>>()?,
                    );
                }
                "action" => {
                    action = Some(match value.as_str() {
                        Some("error") => Action::Error,
                        Some("warning") => Action::Warning,
                        Some("ignore") => Action::Ignore,
                        _ => {
                            return Err(format!(
                                "`{name} action` must be \"error\", \"warning\" or \"ignore\""
                            ));
                        }
                    })
                }
                other => {
                    return Err(format!(
                        "{name}: `{other}` is not supported (ftl-check reads path, key and \
                         action)"
                    ));
                }
            }
        }
        Ok(FilterEntry {
            paths: paths.ok_or(format!("{name} has no `path`"))?,
            keys,
            action: action.ok_or(format!("{name} has no `action`"))?,
        })
    }
}

/// One rule as it applies to one file: the path matched already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rule {
    pub(crate) keys: Option<Vec<Key>>,
    pub(crate) action: Action,
}

impl Rule {
    fn decides(&self, key: Option<&str>) -> bool {
        match (&self.keys, key) {
            (Some(keys), Some(id)) => keys.iter().any(|k| k.matches(id)),
            (None, None) => true,
            _ => false,
        }
    }
}

/// What the `[[filters]]` of a project decide, file by file: for each file of a locale
/// that some rule matches, the rules of each configuration giving that file, in their
/// order. Empty for a folder check, and for a configuration without filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    files: BTreeMap<(String, PathBuf), Vec<Vec<Rule>>>,
}

impl Filters {
    /// Records the rules of each configuration giving `path` in `locale` (one list per
    /// configuration, empty when none of its rules matches the file).
    pub(crate) fn insert(&mut self, locale: &str, path: &Path, scopes: Vec<Vec<Rule>>) {
        if scopes.iter().any(|rules| !rules.is_empty()) {
            self.files
                .insert((locale.to_owned(), path.to_owned()), scopes);
        }
    }

    /// The severity of a finding about `key` (`None`: the file itself) of the file at
    /// `path` in `locale` that has `severity` now; `None` when the filters drop it.
    pub(crate) fn severity(
        &self,
        locale: &str,
        path: &Path,
        key: Option<&str>,
        severity: Severity,
    ) -> Option<Severity> {
        let Some(scopes) = self.files.get(&(locale.to_owned(), path.to_owned())) else {
            return Some(severity);
        };
        scopes
            .iter()
            .map(|rules| match rules.iter().rev().find(|r| r.decides(key)) {
                Some(rule) => rule.action.severity(),
                None => Some(severity),
            })
            .max()
            .flatten()
    }

    /// Whether filters are about findings with `code`, and if so with which key.
    pub(crate) fn key_of(code: Code, id: Option<&str>) -> Option<Option<&str>> {
        match code {
            Code::MissingMessage
            | Code::ObsoleteMessage
            | Code::MissingTerm
            | Code::ObsoleteTerm => Some(id),
            Code::MissingFile | Code::ObsoleteFile => Some(None),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(keys: Option<&[&str]>, action: Action) -> Rule {
        Rule {
            keys: keys.map(|ks| ks.iter().map(|k| Key::parse(k, "test").unwrap()).collect()),
            action,
        }
    }

    #[test]
    fn the_last_matching_rule_of_a_configuration_wins_and_the_strictest_configuration() {
        let mut filters = Filters::default();
        let path = Path::new("de/app.ftl");
        filters.insert(
            "de",
            path,
            vec![vec![
                rule(Some(&["re:beta-"]), Action::Ignore),
                rule(Some(&["beta-menu"]), Action::Error),
                rule(None, Action::Ignore),
            ]],
        );
        let severity = |key| filters.severity("de", path, key, Severity::Warning);
        assert_eq!(severity(Some("beta-banner")), None);
        assert_eq!(severity(Some("beta-menu")), Some(Severity::Error));
        // `re:` matches from the start, an exact key the whole id.
        assert_eq!(severity(Some("old-beta-banner")), Some(Severity::Warning));
        assert_eq!(severity(Some("beta-menu-item")), None);
        // The keyless rule is about the file, not its messages.
        assert_eq!(severity(None), None);
        // Another locale, another file: no rule.
        assert_eq!(
            filters.severity("fr", path, None, Severity::Warning),
            Some(Severity::Warning)
        );
        // A second configuration giving the file without a rule for the key keeps it.
        filters.insert(
            "de",
            path,
            vec![vec![rule(Some(&["x"]), Action::Ignore)], vec![]],
        );
        assert_eq!(
            filters.severity("de", path, Some("x"), Severity::Warning),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn a_bad_filter_is_refused_by_name() {
        let parse = |text: &str| {
            let table: toml::Table = text.parse().unwrap();
            FilterEntry::from_value(&Value::Table(table), 2).unwrap_err()
        };
        assert!(parse("path = \"x\"\naction = \"drop\"").contains("[[filters]] #2 action"));
        assert!(parse("path = \"x\"\nkey = \"re:(\"\naction = \"ignore\"").contains("`re:(`"));
        assert!(parse("action = \"ignore\"").contains("has no `path`"));
        assert!(parse("path = \"x\"\naction = \"ignore\"\nwhen = 1").contains("`when`"));
    }
}
