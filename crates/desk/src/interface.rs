//! The desk's interface language: the languages it has strings for, the one chosen (else
//! the OS's, negotiated), the developer's pseudo-locales, and the locale new articles are
//! written in.

use serde::Serialize;
use ts_rs::TS;

use crate::Desk;
use crate::error::{DeskError, Result};
use crate::store::settings;

/// The interface languages the desk has, and the one to use now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UiLanguages {
    pub available: Vec<String>,
    pub chosen: String,
    /// The developer setting: the pseudo-locales (`en-XA`, `ar-XB`) are offered.
    pub pseudo: bool,
}

impl Desk {
    /// The interface languages: the saved choice, else the OS's language negotiated
    /// against the ones we have, else en-US. With the developer setting on, the
    /// pseudo-locales too.
    pub fn ui_languages(&self) -> Result<UiLanguages> {
        let pseudo = self.pseudo_locales()?;
        let available = ui_locales(pseudo);
        let saved = settings::get(&self.db(), settings::UI_LOCALE)?;
        let chosen = match saved {
            Some(l) if available.contains(&l) => l,
            _ => os_ui_locale(),
        };
        Ok(UiLanguages {
            available,
            chosen,
            pseudo,
        })
    }

    pub fn set_ui_language(&self, locale: &str) -> Result<()> {
        if !ui_locales(self.pseudo_locales()?)
            .iter()
            .any(|l| l == locale)
        {
            return Err(DeskError::invalid(format!(
                "the desk has no interface strings for {locale:?}"
            )));
        }
        settings::set(&self.db(), settings::UI_LOCALE, locale)
    }

    /// The desk.ftl source of `locale`, for the front end's Fluent bundle; a
    /// pseudo-locale's is made from en-US.
    pub fn ui_strings(&self, locale: &str) -> Result<String> {
        if let Some(pseudo) = dateline_l10n::Pseudo::from_locale(locale) {
            return Ok(dateline_l10n::pseudo_source(
                dateline_l10n::Domain::Desk,
                pseudo,
            ));
        }
        dateline_l10n::builtin_source(dateline_l10n::Domain::Desk, locale)
            .map(str::to_owned)
            .ok_or_else(|| DeskError::not_found(format!("no interface strings for {locale:?}")))
    }

    /// The locale new articles are written in: the interface's, unless that is a
    /// pseudo-locale, which is nobody's language.
    pub(crate) fn writing_locale(&self) -> Result<String> {
        let chosen = self.ui_languages()?.chosen;
        Ok(if dateline_l10n::Pseudo::from_locale(&chosen).is_some() {
            os_ui_locale()
        } else {
            chosen
        })
    }

    fn pseudo_locales(&self) -> Result<bool> {
        Ok(settings::get(&self.db(), settings::PSEUDO_LOCALES)?.as_deref() == Some("on"))
    }

    /// The developer setting that offers the pseudo-locales, to catch strings that
    /// escaped localisation and layouts that break with longer or right-to-left text.
    /// Turning it off while a pseudo-locale is chosen goes back to the OS's language.
    pub fn set_pseudo_locales(&self, on: bool) -> Result<UiLanguages> {
        settings::set(
            &self.db(),
            settings::PSEUDO_LOCALES,
            if on { "on" } else { "off" },
        )?;
        self.ui_languages()
    }
}

/// The interface languages: the built-in ones, and the pseudo-locales if asked for.
fn ui_locales(pseudo: bool) -> Vec<String> {
    let mut all: Vec<String> = dateline_l10n::builtin_locales(dateline_l10n::Domain::Desk)
        .into_iter()
        .map(str::to_owned)
        .collect();
    if pseudo {
        all.extend(
            dateline_l10n::Pseudo::ALL
                .iter()
                .map(|p| p.locale().to_owned()),
        );
    }
    all
}

/// The OS's preferred languages negotiated against the desk's interface languages,
/// else en-US.
pub fn os_ui_locale() -> String {
    let available = dateline_l10n::builtin_locales(dateline_l10n::Domain::Desk);
    let os: Vec<String> = sys_locale::get_locales().collect();
    let os: Vec<&str> = os.iter().map(String::as_str).collect();
    dateline_l10n::negotiate(&os, &available, dateline_l10n::REFERENCE_LOCALE).to_owned()
}

#[cfg(test)]
mod ui_language_tests {
    use crate::testutil::desk;

    #[test]
    fn pseudo_locales_are_offered_only_with_the_developer_setting() {
        let (_dir, desk) = desk();
        let langs = desk.ui_languages().unwrap();
        assert!(!langs.pseudo);
        assert!(!langs.available.iter().any(|l| l == "en-XA"));
        assert!(desk.set_ui_language("en-XA").is_err());

        let langs = desk.set_pseudo_locales(true).unwrap();
        assert!(langs.available.iter().any(|l| l == "en-XA"));
        assert!(langs.available.iter().any(|l| l == "ar-XB"));
        desk.set_ui_language("ar-XB").unwrap();
        assert_eq!(desk.ui_languages().unwrap().chosen, "ar-XB");
        let strings = desk.ui_strings("ar-XB").unwrap();
        assert!(strings.contains("publish-button ="));
        assert!(!strings.contains("publish-button = Publish"));
        // Nobody writes articles in a pseudo-locale.
        let a = desk.create_article().unwrap();
        assert_ne!(a.source_locale, "ar-XB");

        let langs = desk.set_pseudo_locales(false).unwrap();
        assert_ne!(langs.chosen, "ar-XB", "back to a real language");
    }
}
