//! Secrets the site is given rather than makes: the SMTP password and the billing
//! webhook's signing secret.
//!
//! They come from a file named in site.toml (so site.toml itself can be committed or
//! shown) or, failing that, an environment variable, and live in a type whose `Debug`
//! never shows them.

use std::path::Path;

use crate::config::ConfigError;
use crate::error::SiteError;

/// A secret value; printing it with `{:?}` shows only that it is set.
#[derive(Clone)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The secret in `file` (relative to the site folder `dir`), else in the environment
/// variable `env`, else none. Surrounding whitespace (a file's final newline) is not
/// part of it. `field` names the site.toml field in complaints.
pub(crate) fn load(
    field: &str,
    file: Option<&Path>,
    env: &str,
    dir: &Path,
) -> Result<Option<Secret>, SiteError> {
    let invalid = |message: String| {
        SiteError::Config(ConfigError::Invalid {
            file: "site.toml".to_owned(),
            field: field.to_owned(),
            message,
        })
    };
    let value = match file {
        Some(file) => {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| invalid(format!("cannot read {}: {e}", path.display())))?;
            Some(text.trim().to_owned())
        }
        None => std::env::var(env).ok().map(|v| v.trim().to_owned()),
    };
    match value {
        Some(v) if v.is_empty() => Err(invalid(match file {
            Some(f) => format!("{} is empty", dir.join(f).display()),
            None => format!("the environment variable {env} is empty"),
        })),
        v => Ok(v.map(Secret)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_come_from_files_relative_to_the_site_and_never_print() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("s"), "  hush\n").unwrap();
        let s = load(
            "billing.webhook_secret_file",
            Some(Path::new("s")),
            "X_UNSET_1",
            dir.path(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(s.expose(), "hush");
        assert_eq!(format!("{s:?}"), "Secret(***)");

        let e = load(
            "billing.webhook_secret_file",
            Some(Path::new("nope")),
            "X",
            dir.path(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("site.toml: billing.webhook_secret_file: cannot read"),
            "{e}"
        );
        std::fs::write(dir.path().join("empty"), "\n").unwrap();
        let e = load("f", Some(Path::new("empty")), "X", dir.path())
            .unwrap_err()
            .to_string();
        assert!(e.ends_with("is empty"), "{e}");
        assert!(
            load("f", None, "DATELINE_TEST_SURELY_UNSET_VARIABLE", dir.path())
                .unwrap()
                .is_none()
        );
    }
}
