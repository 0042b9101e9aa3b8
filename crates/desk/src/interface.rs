//! The desk's interface language: the languages it has strings for, the one chosen (else
//! the OS's, negotiated), the developer's pseudo-locales, and the locale new articles are
//! written in; and where the user left off, to open there again.

use serde::{Deserialize, Serialize};
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

/// The workspaces a window can show, as the interface names them.
pub const VIEWS: [&str; 4] = ["write", "translate", "publish", "settings"];

/// Where the user left off: the workspace, and the article and language open in Write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Place {
    /// One of [`VIEWS`].
    pub view: String,
    pub article_id: Option<uuid::Uuid>,
    /// The text shown in Write (a translation's locale); `None`: the source.
    pub locale: Option<String>,
}

impl Desk {
    /// Where the user left off, if that is still there: an article deleted for good
    /// since is forgotten (the view is kept).
    pub fn last_place(&self) -> Result<Option<Place>> {
        let Some(json) = settings::get(&self.db(), settings::LAST_PLACE)? else {
            return Ok(None);
        };
        let Ok(mut place) = serde_json::from_str::<Place>(&json) else {
            return Ok(None);
        };
        if let Some(id) = place.article_id {
            match self.texts(id) {
                Ok(texts) => {
                    if let Some(l) = &place.locale
                        && !texts.iter().any(|t| &t.locale == l)
                    {
                        place.locale = None;
                    }
                }
                Err(e) if e.code == crate::DeskErrorCode::NotFound => {
                    place.article_id = None;
                    place.locale = None;
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Some(place))
    }

    /// Remembers where the user is, for the next start.
    pub fn remember_place(&self, place: &Place) -> Result<()> {
        if !VIEWS.contains(&place.view.as_str()) {
            return Err(DeskError::invalid(format!(
                "{:?} is not a workspace; the desk has {}",
                place.view,
                VIEWS.join(", ")
            )));
        }
        let json = serde_json::to_string(place).unwrap_or_default();
        settings::set(&self.db(), settings::LAST_PLACE, &json)
    }

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
    use super::Place;
    use crate::testutil::desk;

    #[test]
    fn the_last_place_is_kept_and_forgets_what_is_gone() {
        let (_dir, desk) = desk();
        assert_eq!(desk.last_place().unwrap(), None);
        let id = desk.create_article().unwrap().id;
        desk.add_translation(id, "fr").unwrap();
        let place = Place {
            view: "translate".into(),
            article_id: Some(id),
            locale: Some("fr".into()),
        };
        desk.remember_place(&place).unwrap();
        assert_eq!(desk.last_place().unwrap(), Some(place.clone()));
        let wrong = Place {
            view: "inbox".into(),
            ..place.clone()
        };
        let err = desk.remember_place(&wrong).unwrap_err();
        assert!(err.message.contains("\"inbox\""), "{}", err.message);
        desk.delete_article(id).unwrap();
        desk.delete_forever(id).unwrap();
        let left = desk.last_place().unwrap().unwrap();
        assert_eq!(
            (left.view.as_str(), left.article_id, left.locale),
            ("translate", None, None)
        );
    }

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
