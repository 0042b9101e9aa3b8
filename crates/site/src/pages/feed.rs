//! `/{locale}/feed.xml`: the newest articles of one language as an Atom feed.
//!
//! An entry always has the title, the address, the dates, the byline and the standfirst
//! as its summary. Only an article every reader may read in full (tier `public`) also
//! carries its body; a paid article's body, even its free part, never goes in a feed:
//! feeds are fetched without a session, copied by aggregators and cached by anyone.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use uuid::Uuid;

use super::locale::PageLocale;
use super::{SHARED_MAX_AGE, Visit, dates, seo};
use crate::app::AppState;
use crate::config::SiteConfig;
use crate::storage::{FeedItem, timestamp};

/// Entries in a feed: a few days of a busy newsroom.
const FEED_ENTRIES: u32 = 30;

pub(crate) async fn feed(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    let (l, now) = (locale.clone(), timestamp(Utc::now()));
    let mut items = match state.read(|db| db.feed_items(&l, &now, FEED_ENTRIES)).await {
        Ok(items) => items,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    // Feed readers show entries away from the site: links between articles in full.
    let mut parts: Vec<&mut String> = items
        .iter_mut()
        .flat_map(|i| std::iter::once(&mut i.free_html).chain(i.paid_html.as_mut()))
        .collect();
    if let Err(e) = super::links::resolve(&state, &locale, &mut parts, true).await {
        return super::internal_error(&state, &visit, &locale, e);
    }
    let title = format!(
        "{} — {}",
        state.config.name,
        state.l10n.format(&locale, "feed-title", None)
    );
    let xml = build(&state.config, &locale, &title, items).to_string();
    super::same_for_everyone(
        (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
                // The same for everyone: it holds nothing a reader's tier would change.
                (header::CACHE_CONTROL, SHARED_MAX_AGE),
            ],
            xml,
        )
            .into_response(),
    )
}

fn time(timestamp: &str) -> FixedDateTime {
    dates::parse(timestamp).map_or_else(FixedDateTime::default, |t| t.fixed_offset())
}

/// Text as XML 1.0 allows it: control characters other than tab and line ends have no
/// representation there, not even escaped, and would make the whole feed unreadable.
pub(crate) fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

fn build(config: &SiteConfig, locale: &str, title: &str, items: Vec<FeedItem>) -> Feed {
    let base = &config.base_url;
    let home = seo::absolute(base, &format!("/{locale}/"));
    let self_url = seo::absolute(base, &format!("/{locale}/feed.xml"));
    let entries: Vec<Entry> = items
        .into_iter()
        .map(|item| entry(config, locale, item))
        .collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| Utc::now().fixed_offset());
    Feed {
        title: Text::plain(xml_text(title)),
        id: self_url.clone(),
        updated,
        lang: Some(locale.to_owned()),
        base: Some(format!("{base}/")),
        authors: vec![Person {
            name: xml_text(&config.name),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: self_url,
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: home,
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                hreflang: Some(locale.to_owned()),
                ..Link::default()
            },
        ],
        entries,
        ..Feed::default()
    }
}

fn entry(config: &SiteConfig, locale: &str, item: FeedItem) -> Entry {
    let FeedItem {
        summary: a,
        byline,
        updated_at,
        free_html,
        paid_html,
    } = item;
    let url = seo::absolute(
        &config.base_url,
        &format!("/{locale}/{}/{}", a.section, a.slug),
    );
    let free_to_all = config.article_rank(&a.tier) == 0;
    let content = free_to_all.then(|| Content {
        // Links a journalist wrote relative to the article's page (`../y`, `#h-x`)
        // resolve against that page, not against the feed (RFC 4287 §2, xml:base).
        base: Some(url.clone()),
        value: Some(xml_text(
            &(free_html + paid_html.as_deref().unwrap_or_default()),
        )),
        content_type: Some("html".into()),
        ..Content::default()
    });
    let author = if byline.trim().is_empty() {
        config.name.clone()
    } else {
        byline
    };
    Entry {
        // Stable whatever happens to the address (a new slug, another section) and
        // distinct per language, as each language's text is an entry of its own.
        id: format!("urn:uuid:{}", Uuid::new_v5(&a.id, locale.as_bytes())),
        title: Text::plain(xml_text(&a.title)),
        updated: time(updated_at.as_str().max(a.visible_at.as_str())),
        published: Some(time(&a.visible_at)),
        authors: vec![Person {
            name: xml_text(&author),
            ..Person::default()
        }],
        links: vec![Link {
            href: url,
            rel: "alternate".into(),
            mime_type: Some("text/html".into()),
            ..Link::default()
        }],
        categories: vec![Category {
            term: a.section.clone(),
            label: Some(xml_text(&config.section_name(&a.section, locale))),
            ..Category::default()
        }],
        summary: (!a.standfirst.trim().is_empty()).then(|| Text::plain(xml_text(&a.standfirst))),
        content,
        ..Entry::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_hold_are_dropped() {
        assert_eq!(xml_text("a\u{1}b\u{8}c\td\ne\u{FFFF}"), "abc\td\ne");
        assert_eq!(xml_text("日本語 & <ok>"), "日本語 & <ok>");
    }
}
