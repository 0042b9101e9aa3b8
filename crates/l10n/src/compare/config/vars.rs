//! The `{variables}` of a configuration's patterns: `{locale}`, `{l10n_base}` and the
//! configuration's own `[env]` (an included configuration has its own, as in
//! compare-locales; `{l10n_base}` is the project's).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::compare::glob::{Glob, normalize};

/// The `{variables}` of patterns.
pub(super) struct Vars<'c> {
    pub(super) env: &'c BTreeMap<String, String>,
    pub(super) l10n_base: &'c str,
}

impl Vars<'_> {
    /// `pattern` with its variables replaced, as a [`Glob`]: below `basepath` unless
    /// it starts from `{l10n_base}` (a path of its own, as compare-locales' argument).
    /// `locale` is `None` for a reference pattern, which must not depend on it.
    pub(super) fn glob(
        &self,
        pattern: &str,
        locale: Option<&str>,
        basepath: &Path,
    ) -> Result<Glob, String> {
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

    /// A file's path (`[[includes]]`): `pattern` expanded, below `basepath` unless it
    /// starts from `{l10n_base}`.
    pub(super) fn path(&self, pattern: &str, basepath: &Path) -> Result<PathBuf, String> {
        let mut from_l10n_base = false;
        let expanded = self.expand_at(pattern, None, 0, &mut from_l10n_base)?;
        Ok(normalize(&if from_l10n_base {
            PathBuf::from(expanded)
        } else {
            basepath.join(expanded)
        }))
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
                "locale" => out.push_str(
                    locale.ok_or(format!("`{pattern}`: only an l10n path can use {{locale}}"))?,
                ),
                "l10n_base" => {
                    *from_l10n_base |= out.is_empty();
                    out.push_str(self.l10n_base);
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
