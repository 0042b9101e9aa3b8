//! `/sitemap.xml` and `/robots.txt`: what crawlers are invited to and kept from.
//!
//! The sitemap lists every language's front page and section pages and every visible
//! text of every visible article, each with its translations as `xhtml:link`
//! alternates, as search engines document for multilingual sites. It is built from
//! addresses and dates only, and at the time of the request, so a scheduled article
//! appears in it when its time comes, not before.

use std::io::Cursor;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{SHARED_MAX_AGE, dates, seo};
use crate::app::AppState;
use crate::config::SiteConfig;
use crate::storage::{SitemapArticle, timestamp};

/// The most addresses one sitemap file may list (sitemaps.org). A larger archive will
/// need a sitemap index; until then the newest articles are the ones listed.
const MAX_URLS: usize = 50_000;

pub(crate) async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\n\
         Disallow: /api/\n\
         Disallow: /*/account/\n\
         Disallow: /*/language\n\
         \n\
         Sitemap: {}\n",
        seo::absolute(&state.config.base_url, "/sitemap.xml")
    );
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, SHARED_MAX_AGE),
        ],
        body,
    )
        .into_response()
}

pub(crate) async fn sitemap(State(state): State<AppState>) -> Response {
    let config = &state.config;
    let locales = config.locales.len().max(1);
    let fixed = locales * (1 + config.sections.len());
    let limit = (MAX_URLS.saturating_sub(fixed) / locales) as u32;
    let now = timestamp(Utc::now());
    let articles = match state.read(|db| db.sitemap_articles(&now, limit)).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!("sitemap failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match write(config, &articles) {
        Ok(xml) => super::same_for_everyone(
            (
                [
                    (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
                    (header::CACHE_CONTROL, SHARED_MAX_AGE),
                ],
                xml,
            )
                .into_response(),
        ),
        Err(e) => {
            tracing::error!("writing the sitemap failed: {e}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// One `<url>`: an address, when it last changed, and the same page in each language
/// (`(hreflang, address)`, `x-default` included).
struct Entry {
    loc: String,
    lastmod: Option<String>,
    alternates: Vec<(String, String)>,
}

fn write(config: &SiteConfig, articles: &[SitemapArticle]) -> std::io::Result<String> {
    let base = &config.base_url;
    let mut entries: Vec<Entry> = Vec::new();

    // Front pages and sections exist in every language; `/` picks one for the rest.
    let mut pages: Vec<String> = vec![String::new()];
    pages.extend(config.sections.iter().map(|s| format!("{}/", s.path)));
    for page in &pages {
        let mut alternates: Vec<(String, String)> = config
            .locales
            .iter()
            .map(|l| (l.clone(), seo::absolute(base, &format!("/{l}/{page}"))))
            .collect();
        let x_default = if page.is_empty() {
            seo::absolute(base, "/")
        } else {
            seo::absolute(base, &format!("/{}/{page}", config.default_locale))
        };
        alternates.push(("x-default".into(), x_default));
        for l in &config.locales {
            entries.push(Entry {
                loc: seo::absolute(base, &format!("/{l}/{page}")),
                lastmod: None,
                alternates: alternates.clone(),
            });
        }
    }

    for article in articles {
        let texts: Vec<(String, String)> = article
            .texts
            .iter()
            .filter(|(l, _)| config.has_locale(l))
            .map(|(l, slug)| {
                let url = seo::absolute(base, &format!("/{l}/{}/{slug}", article.section));
                (l.clone(), url)
            })
            .collect();
        let mut alternates = texts.clone();
        if let Some((_, url)) = texts
            .iter()
            .find(|(l, _)| *l == config.default_locale)
            .or_else(|| texts.first())
        {
            alternates.push(("x-default".into(), url.clone()));
        }
        for (_, url) in &texts {
            entries.push(Entry {
                loc: url.clone(),
                lastmod: Some(dates::iso(&article.updated_at)),
                alternates: alternates.clone(),
            });
        }
    }

    let mut writer = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 1);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("urlset")
        .with_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"))
        .with_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"))
        .write_inner_content(|w| {
            for entry in entries.iter().take(MAX_URLS) {
                write_url(w, entry)?;
            }
            Ok(())
        })?;
    String::from_utf8(writer.into_inner().into_inner()).map_err(std::io::Error::other)
}

fn write_url(w: &mut Writer<Cursor<Vec<u8>>>, e: &Entry) -> std::io::Result<()> {
    w.create_element("url").write_inner_content(|w| {
        w.create_element("loc")
            .write_text_content(BytesText::new(&e.loc))?;
        if let Some(lastmod) = &e.lastmod {
            w.create_element("lastmod")
                .write_text_content(BytesText::new(lastmod))?;
        }
        // A page in one language only has no alternates to name.
        let languages = e
            .alternates
            .iter()
            .filter(|(l, _)| l != "x-default")
            .count();
        if languages > 1 {
            for (hreflang, href) in &e.alternates {
                w.create_element("xhtml:link")
                    .with_attribute(("rel", "alternate"))
                    .with_attribute(("hreflang", hreflang.as_str()))
                    .with_attribute(("href", href.as_str()))
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(())
}
