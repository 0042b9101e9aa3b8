//! Links between articles, resolved as a page is served. A body names the articles it
//! links to by id (`dateline:article/<uuid>`, see `dateline_render::links`); here each
//! becomes the address of that article in the page's language, else in the language it
//! was written in, else in the site's default one, as readers can see it now. A link to
//! an article nobody may read yet (scheduled, withdrawn, never sent) is its text until
//! the article appears; the page cache is emptied by every publish, so that is at once.

use chrono::Utc;

use crate::app::AppState;
use crate::storage::{ArticleAddress, StorageError, timestamp};

/// Points the article links in `parts` (HTML from the render pipeline) at their
/// addresses for a `locale` page; absolute addresses where the HTML leaves the site
/// (feeds), root-relative on its own pages.
pub(crate) async fn resolve(
    state: &AppState,
    locale: &str,
    parts: &mut [&mut String],
    absolute: bool,
) -> Result<(), StorageError> {
    let mut ids = Vec::new();
    for part in parts.iter() {
        for id in dateline_render::article_links_in(part) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    if ids.is_empty() {
        return Ok(());
    }
    let now = timestamp(Utc::now());
    let found = state.read(|db| db.article_addresses(&ids, &now)).await?;
    let config = &state.config;
    for part in parts.iter_mut() {
        let resolved = dateline_render::resolve_article_links(part, |id| {
            let target = found.iter().find(|a| a.id == id)?;
            let path = address(target, locale, &config.default_locale)?;
            Some(if absolute {
                super::seo::absolute(&config.base_url, &path)
            } else {
                path
            })
        });
        **part = resolved;
    }
    Ok(())
}

/// The path of `target`'s text in `locale`, else in its source locale, else in the
/// site's default locale, else in any.
fn address(target: &ArticleAddress, locale: &str, default_locale: &str) -> Option<String> {
    let text = |l: &str| target.texts.iter().find(|(tl, _)| tl == l);
    let (l, slug) = text(locale)
        .or_else(|| text(&target.source_locale))
        .or_else(|| text(default_locale))
        .or_else(|| target.texts.first())?;
    Some(format!("/{l}/{}/{slug}", target.section))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_leads_to_the_readers_language_then_the_source_then_the_default() {
        let target = ArticleAddress {
            id: uuid::Uuid::nil(),
            source_locale: "fr".into(),
            section: "economy".into(),
            texts: vec![
                ("de".into(), "hafen".into()),
                ("en-US".into(), "harbour".into()),
                ("fr".into(), "port".into()),
            ],
        };
        assert_eq!(
            address(&target, "en-US", "en-US").unwrap(),
            "/en-US/economy/harbour"
        );
        assert_eq!(address(&target, "ar", "en-US").unwrap(), "/fr/economy/port");
        let no_source = ArticleAddress {
            source_locale: "ja".into(),
            ..target.clone()
        };
        assert_eq!(
            address(&no_source, "ar", "de").unwrap(),
            "/de/economy/hafen"
        );
        assert_eq!(
            address(&no_source, "ar", "pt-BR").unwrap(),
            "/de/economy/hafen"
        );
        let none = ArticleAddress {
            texts: vec![],
            ..target
        };
        assert_eq!(address(&none, "fr", "fr"), None);
    }
}
