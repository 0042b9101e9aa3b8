//! Making a site folder: `dateline-site init`, from the operator's `site.toml` or, when
//! they have none yet, from a commented starter that serves at once and explains each
//! field, so a newcomer edits a working site rather than writing a config from nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::storage::SqliteStorage;
use crate::{DataDir, SiteConfig, SiteError};

/// The `site.toml` `init` writes when given none: an invented publication in two
/// languages with the tiers `public`, `members` and one paid tier, one section and the
/// time zone, every field explained for someone who has never seen one.
pub const STARTER_CONFIG: &str = include_str!("../starter/site.toml");

/// Makes `data` a site folder: validates `config_file`, creates the database, and
/// copies the config in. An initialised folder is left untouched.
pub fn init(data: &Path, config_file: &Path) -> Result<(), SiteError> {
    refuse_initialised(data)?;
    SiteConfig::load(config_file)?;
    // Read once and write those bytes, so what was validated is what gets copied
    // (comments included).
    let text = std::fs::read(config_file).map_err(SiteError::io(config_file))?;
    make_folder(data, &text)?;
    Ok(())
}

/// Makes `data` a site folder whose `site.toml` is [`STARTER_CONFIG`]; where that file
/// is, for the operator to edit. An initialised folder is left untouched, its edited
/// `site.toml` above all.
pub fn init_with_starter(data: &Path) -> Result<PathBuf, SiteError> {
    refuse_initialised(data)?;
    make_folder(data, STARTER_CONFIG.as_bytes())
}

fn refuse_initialised(data: &Path) -> Result<(), SiteError> {
    if DataDir::new(data).config_path().exists() {
        return Err(SiteError::AlreadyInitialised(data.to_owned()));
    }
    Ok(())
}

/// Creates the folder and its database, then writes `config` as its `site.toml`; the
/// path of that file.
fn make_folder(data: &Path, config: &[u8]) -> Result<PathBuf, SiteError> {
    let dir = DataDir::new(data);
    let target = dir.config_path();
    std::fs::create_dir_all(data).map_err(SiteError::io(data))?;
    SqliteStorage::open(&dir.database_path())?;
    // Written last: a folder counts as initialised only once everything else worked.
    // `create_new` keeps a concurrent `init` from overwriting the other's config.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => SiteError::AlreadyInitialised(data.to_owned()),
            _ => SiteError::Io {
                path: target.clone(),
                source: e,
            },
        })?;
    file.write_all(config).map_err(SiteError::io(&target))?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_is_a_valid_config_with_what_a_newcomer_needs() {
        let c = SiteConfig::parse("site.toml", STARTER_CONFIG).unwrap();
        assert_eq!(c.name, "The Wrenhollow Herald");
        assert_eq!(c.default_locale, "en-US");
        assert!(c.locales.len() >= 2, "{:?}", c.locales);
        let tiers: Vec<(&str, u32)> = c.tiers.iter().map(|t| (t.id.as_str(), t.rank)).collect();
        assert_eq!(tiers, [("public", 0), ("members", 1), ("supporter", 2)]);
        assert_eq!(c.sections.len(), 1);
        assert_eq!(c.time_zone, "UTC");
        // Every field set is explained: by the comment right above it, or by name (in
        // backticks) in the comment of its table.
        let lines: Vec<&str> = STARTER_CONFIG.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some((key, _)) = line.split_once(" = ").filter(|_| !line.starts_with('#')) else {
                continue;
            };
            let commented_above = i > 0 && lines[i - 1].starts_with('#');
            let named = lines
                .iter()
                .any(|l| l.starts_with('#') && l.contains(&format!("`{key}`")));
            assert!(
                commented_above || named,
                "line {}, {key}, is not explained",
                i + 1
            );
        }
    }

    #[test]
    fn init_with_the_starter_never_overwrites_an_edited_config() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("site");
        let written = init_with_starter(&data).unwrap();
        assert_eq!(written, data.join("site.toml"));
        assert_eq!(std::fs::read_to_string(&written).unwrap(), STARTER_CONFIG);
        assert!(data.join("site.sqlite3").is_file());

        let edited = STARTER_CONFIG.replace("The Wrenhollow Herald", "The Edited Name");
        std::fs::write(&written, &edited).unwrap();
        let again = init_with_starter(&data).unwrap_err();
        assert!(matches!(again, SiteError::AlreadyInitialised(_)), "{again}");
        assert_eq!(std::fs::read_to_string(&written).unwrap(), edited);
    }
}
