//! An article's page, and the paywall.
//!
//! The paid HTML is loaded with the page, and this handler alone decides whether it goes
//! into the template context: only for a reader whose tier ranks at or above the
//! article's. The Markdown body is never put into the context at all.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use minijinja::context;
use serde::Serialize;

use super::listing::{crumbs, section as section_page};
use super::locale::endonym;
use super::{PageOptions, Visit, message_page, not_found, redirect, render_page};
use crate::app::AppState;
use crate::storage::{ArticlePage, timestamp};

#[derive(Debug, Serialize)]
struct Translation {
    locale: String,
    name: String,
    url: String,
    href: String,
    current: bool,
}

/// `/{locale}/{section…}/` is a section, `/{locale}/{section…}/{slug}` an article.
pub(crate) async fn section_or_article(
    State(state): State<AppState>,
    visit: Visit,
    Path((locale, path)): Path<(String, String)>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return not_found(&state, &visit, None);
    }
    if let Some(section) = path.strip_suffix('/') {
        return match state.config.section(section) {
            Some(_) => section_page(&state, &visit, &locale, section).await,
            None => not_found(&state, &visit, Some(&locale)),
        };
    }
    let (section, slug) = path.rsplit_once('/').unwrap_or(("", &path));
    let (l, s) = (locale.clone(), slug.to_owned());
    let page = match state.db(move |db| db.article_page(&l, &s)).await {
        Ok(page) => page,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let now = timestamp(Utc::now());
    match page {
        Some(p) if p.unpublished => message_page(
            &state,
            &visit,
            &locale,
            StatusCode::GONE,
            "gone-heading",
            "gone-body",
            Some((format!("/{locale}/"), "site-home")),
        ),
        // Scheduled: it does not exist yet, as far as readers can tell.
        Some(p) if p.visible_at > now => not_found(&state, &visit, Some(&locale)),
        // The article moved to another section: send readers to where it is now.
        Some(p) if p.section != section => redirect(
            StatusCode::MOVED_PERMANENTLY,
            &format!("/{locale}/{}/{}", p.section, p.text.slug),
        ),
        Some(p) => article_page(&state, &visit, &locale, p),
        None if state.config.section(&path).is_some() => redirect(
            StatusCode::PERMANENT_REDIRECT,
            &format!("/{locale}/{path}/"),
        ),
        None => not_found(&state, &visit, Some(&locale)),
    }
}

fn article_page(state: &AppState, visit: &Visit, locale: &str, page: ArticlePage) -> Response {
    let config = &state.config;
    let ArticlePage {
        section,
        tier,
        byline,
        visible_at,
        text,
        translations,
        ..
    } = page;
    let reader_rank = visit
        .reader
        .as_ref()
        .map_or(0, |r| config.reader_rank(&r.tier));
    let entitled = reader_rank >= config.article_rank(&tier);
    let has_paid_part = text.paid_html.is_some();
    let paid_html = if entitled { text.paid_html } else { None };
    let paywall = (has_paid_part && !entitled).then(|| {
        context! {
            tier_name => config.tier_name(&tier, locale),
            subscribe_url => format!("/{locale}/account/subscribe?tier={tier}"),
            signin_url => visit.signin_url(locale),
        }
    });
    let translations: Vec<Translation> = translations
        .into_iter()
        .filter(|(l, _)| config.has_locale(l))
        .map(|(l, slug)| {
            let url = format!("/{l}/{section}/{slug}");
            Translation {
                name: endonym(&l),
                href: format!("{}{url}", config.base_url),
                current: l == locale,
                locale: l,
                url,
            }
        })
        .collect();
    let canonical = format!("{}/{locale}/{section}/{}", config.base_url, text.slug);
    let extra = context! {
        crumbs => crumbs(state, locale, &section, true),
        title => text.title,
        standfirst => text.standfirst,
        byline => byline,
        date => visible_at.get(..10).unwrap_or_default(),
        reading_minutes => text.reading_minutes,
        canonical => canonical,
        translations => translations,
        free_html => text.free_html,
        paid_html => paid_html,
        paywall => paywall,
    };
    let options = PageOptions {
        // A page with a paid part differs by reader: never for a shared cache.
        private: has_paid_part,
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
