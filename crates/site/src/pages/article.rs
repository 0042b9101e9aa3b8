//! An article's page, and the paywall.
//!
//! The paid HTML is loaded with the page, and this handler alone decides whether it goes
//! into the template context: only for a reader whose tier ranks at or above the
//! article's. The Markdown body is never put into the context at all, and what the page
//! tells crawlers and link previews (meta tags, JSON-LD) comes from the title and the
//! standfirst only.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use minijinja::context;
use serde::Serialize;

use super::dates::{self, Stamp};
use super::listing::{crumbs, page_number, section as section_page, story};
use super::locale::PageLocale;
use super::{
    PageOptions, Translations, Visit, message_page, not_found, redirect, render_page, seo,
};
use crate::app::AppState;
use crate::page_cache::PageCache;
use crate::storage::{ArticlePage, OldAddress, timestamp};

/// "Continue reading" stories under an article.
const RELATED_STORIES: u32 = 4;

#[derive(Debug, Serialize)]
struct OtherLocale {
    og_locale: String,
}

/// `/{locale}/{section…}/` is a section, `/{locale}/{section…}/{slug}` an article.
pub(crate) async fn section_or_article(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
    Path((_, path)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Response {
    if let Some(section) = path.strip_suffix('/') {
        return match (state.config.section(section), page_number(query.as_deref())) {
            (Some(_), Some(page)) => section_page(&state, &visit, &locale, section, page).await,
            _ => not_found(&state, &visit, Some(&locale)),
        };
    }
    let (section, slug) = path.rsplit_once('/').unwrap_or(("", &path));
    let (l, s) = (locale.clone(), slug.to_owned());
    let page = match PageCache::article_page(&state, &l, &s).await {
        Ok(page) => Option::clone(&page),
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let now = timestamp(Utc::now());
    match page {
        Some(p) if p.unpublished => gone(&state, &visit, &locale),
        // Scheduled: it does not exist yet, as far as readers can tell.
        Some(p) if p.visible_at > now => not_found(&state, &visit, Some(&locale)),
        // The article moved to another section: send readers to where it is now.
        Some(p) if p.section != section => redirect(
            StatusCode::MOVED_PERMANENTLY,
            &format!("/{locale}/{}/{}", p.section, p.text.slug),
        ),
        Some(p) => article_page(&state, &visit, &locale, p).await,
        None if state.config.section(&path).is_some() => redirect(
            StatusCode::PERMANENT_REDIRECT,
            &format!("/{locale}/{path}/"),
        ),
        // A slug that changed: the old address answers as the current one.
        None => match state.read(|db| db.moved_slug(&locale, slug, &now)).await {
            Ok(Some(OldAddress::Moved { section, slug })) => redirect(
                StatusCode::MOVED_PERMANENTLY,
                &format!("/{locale}/{section}/{slug}"),
            ),
            Ok(Some(OldAddress::Gone)) => gone(&state, &visit, &locale),
            Ok(None) => not_found(&state, &visit, Some(&locale)),
            Err(e) => super::internal_error(&state, &visit, &locale, e),
        },
    }
}

/// An article that was withdrawn: 410, so that search engines and aggregators drop it.
fn gone(state: &AppState, visit: &Visit, locale: &str) -> Response {
    message_page(
        state,
        visit,
        locale,
        StatusCode::GONE,
        "gone-heading",
        "gone-body",
        Some((format!("/{locale}/"), "site-home")),
    )
}

async fn article_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    page: ArticlePage,
) -> Response {
    let config = &state.config;
    let ArticlePage {
        id,
        section,
        tier,
        byline,
        source_url,
        visible_at,
        updated_at,
        tags,
        text,
        translations,
        ..
    } = page;

    let related = match PageCache::related_articles(state, locale, id, RELATED_STORIES).await {
        Ok(found) => found,
        Err(e) => return super::internal_error(state, visit, locale, e),
    };
    let related: Vec<_> = related
        .iter()
        .map(|a| story(state, locale, a.clone()))
        .collect();

    // The paywall.
    let reader_rank = visit
        .reader
        .as_ref()
        .map_or(0, |r| config.reader_rank(&r.tier));
    let article_rank = config.article_rank(&tier);
    let free = article_rank == 0;
    let entitled = reader_rank >= article_rank;
    let has_paid_part = text.paid_html.is_some();
    let mut paid_html = if entitled { text.paid_html } else { None };
    let mut free_html = text.free_html;
    let mut parts: Vec<&mut String> = std::iter::once(&mut free_html)
        .chain(paid_html.as_mut())
        .collect();
    if let Err(e) = super::links::resolve(state, locale, &mut parts, false).await {
        return super::internal_error(state, visit, locale, e);
    }
    // The teaser for some readers, the whole for others, at one address.
    let differs_by_reader = has_paid_part && !free;
    let paywall = (has_paid_part && !entitled).then(|| {
        context! {
            tier_name => config.tier_name(&tier, locale),
            subscribe_url => format!("/{locale}/account/subscribe?tier={tier}"),
            signin_url => visit.signin_url(locale),
        }
    });

    // In the site's order of languages, as every other chooser shows them.
    let translations: Vec<(String, String)> = config
        .locales
        .iter()
        .filter_map(|l| {
            let (_, slug) = translations.iter().find(|(t, _)| t == l)?;
            Some((l.clone(), format!("/{l}/{section}/{slug}")))
        })
        .collect();
    let x_default = translations
        .iter()
        .find(|(l, _)| *l == config.default_locale)
        .or_else(|| translations.iter().find(|(l, _)| l == locale))
        .map(|(_, path)| path.clone())
        .unwrap_or_default();
    let other_locales: Vec<OtherLocale> = translations
        .iter()
        .filter(|(l, _)| l != locale)
        .map(|(l, _)| OtherLocale {
            og_locale: dates::og_locale(l),
        })
        .collect();

    let base = &config.base_url;
    let canonical = seo::absolute(base, &format!("/{locale}/{section}/{}", text.slug));
    let published = Stamp::new(locale, config.zone(), &visible_at);
    // Written before it went out (scheduled): it was last changed when it appeared.
    let modified_at = updated_at.as_str().max(visible_at.as_str());
    let updated = Stamp::new(locale, config.zone(), modified_at)
        .filter(|u| published.as_ref().is_some_and(|p| p.display != u.display));
    let section_name = config.section_name(&section, locale);
    // Descriptions come from the standfirst (or the title), never from the body.
    let description = if text.standfirst.trim().is_empty() {
        text.title.clone()
    } else {
        text.standfirst.clone()
    };
    let crumbs = crumbs(state, locale, &section, true);
    let article_ld = seo::news_article(&seo::ArticleFacts {
        url: &canonical,
        headline: &text.title,
        description: &description,
        published: &dates::iso(&visible_at),
        modified: &dates::iso(modified_at),
        byline: &byline,
        locale,
        section_name: &section_name,
        tags: &tags,
        site_name: &config.name,
        site_url: &seo::absolute(base, &format!("/{locale}/")),
        free,
    });
    let breadcrumb_ld = seo::breadcrumb_list(base, &crumbs, &canonical);
    let source_host = source_url
        .as_deref()
        .and_then(|u| u.split("//").nth(1))
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .map(|host| host.trim_start_matches("www.").to_owned());

    let extra = context! {
        crumbs => crumbs,
        title => text.title,
        standfirst => text.standfirst,
        description => description,
        byline => byline,
        published => published,
        updated => updated,
        reading_minutes => text.reading_minutes,
        canonical => canonical,
        og_locale => dates::og_locale(locale),
        other_locales => other_locales,
        section_name => section_name,
        tags => tags,
        source_url => source_url,
        source_host => source_host,
        free_html => free_html,
        paid_html => paid_html,
        // Only a paid part is `.paywalled`, the element the JSON-LD names.
        free => free,
        paywall => paywall,
        related => related,
        json_ld => vec![seo::script_json(&article_ld), seo::script_json(&breadcrumb_ld)],
    };
    let options = PageOptions {
        private: differs_by_reader,
        shared: !differs_by_reader,
        same_for_each_tier: true,
        translations: Some(Translations {
            pages: translations,
            x_default,
        }),
        ..PageOptions::default()
    };
    render_page(
        state,
        visit,
        locale,
        StatusCode::OK,
        "article.html",
        extra,
        options,
    )
}
