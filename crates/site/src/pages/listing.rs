//! The front page of a language and the section pages: headlines, standfirsts, dates,
//! never a body. Every list holds only what readers may see now, so neither its length
//! nor its paging says anything about scheduled or withdrawn articles.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use minijinja::context;
use serde::Serialize;

use super::dates::Stamp;
use super::locale::PageLocale;
use super::{PageOptions, Translations, Visit, render_page, seo};
use crate::app::AppState;
use crate::storage::{ArticleSummary, StorageError, timestamp};

/// Stories under each section's heading on the front page.
const FRONT_PAGE_PER_SECTION: u32 = 4;
/// Stories on one page of a section.
pub(crate) const SECTION_PAGE_STORIES: u32 = 20;
/// Pages past this are refused rather than making the database skip ever more rows.
const MAX_PAGE: u32 = 500;

#[derive(Debug, Serialize)]
pub(crate) struct Story {
    title: String,
    standfirst: String,
    url: String,
    section_name: String,
    section_url: String,
    date: Option<Stamp>,
    /// The tier's name when the story is not free to everyone, for a small label.
    access: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Crumb {
    pub name: String,
    pub url: Option<String>,
}

/// Home › Economy › Asia. With `link_last` false the last crumb is the current page.
pub(crate) fn crumbs(state: &AppState, locale: &str, section: &str, link_last: bool) -> Vec<Crumb> {
    let mut crumbs = vec![Crumb {
        name: state.l10n.format(locale, "site-home", None),
        url: Some(format!("/{locale}/")),
    }];
    let parts: Vec<&str> = section.split('/').collect();
    for i in 0..parts.len() {
        let path = parts[..=i].join("/");
        let last = i + 1 == parts.len();
        crumbs.push(Crumb {
            name: state.config.section_name(&path, locale),
            url: (!last || link_last).then(|| format!("/{locale}/{path}/")),
        });
    }
    crumbs
}

pub(crate) fn story(state: &AppState, locale: &str, a: ArticleSummary) -> Story {
    let config = &state.config;
    Story {
        url: format!("/{locale}/{}/{}", a.section, a.slug),
        section_name: config.section_name(&a.section, locale),
        section_url: format!("/{locale}/{}/", a.section),
        date: Stamp::new(locale, config.zone(), &a.visible_at),
        access: (config.article_rank(&a.tier) > 0).then(|| config.tier_name(&a.tier, locale)),
        title: a.title,
        standfirst: a.standfirst,
    }
}

async fn summaries(
    state: &AppState,
    locale: &str,
    section: Option<&str>,
    offset: u32,
    limit: u32,
) -> Result<Vec<ArticleSummary>, StorageError> {
    let (l, s, now) = (
        locale.to_owned(),
        section.map(str::to_owned),
        // "Now" at each request: a scheduled article appears when its time comes,
        // without a restart or a job.
        timestamp(Utc::now()),
    );
    state
        .read(|db| db.visible_articles_from(&l, s.as_deref(), &now, offset, limit))
        .await
}

/// The same page in every language of the site (front pages and sections exist in all).
fn every_language(state: &AppState, path: impl Fn(&str) -> String) -> Translations {
    let config = &state.config;
    Translations {
        pages: config
            .locales
            .iter()
            .map(|l| (l.clone(), path(l)))
            .collect(),
        x_default: path(&config.default_locale),
    }
}

#[derive(Debug, Serialize)]
struct SectionBlock {
    name: String,
    url: String,
    stories: Vec<Story>,
}

pub(crate) async fn home(
    State(state): State<AppState>,
    visit: Visit,
    PageLocale(locale): PageLocale,
) -> Response {
    let lead = match summaries(&state, &locale, None, 0, 1).await {
        Ok(mut found) => found.pop(),
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let lead_id = lead.as_ref().map(|a| a.id);
    let mut blocks = Vec::new();
    for section in state
        .config
        .sections
        .iter()
        .filter(|s| !s.path.contains('/'))
    {
        // One more than shown, so the lead can be left out and the block stay full.
        let found = match summaries(
            &state,
            &locale,
            Some(&section.path),
            0,
            FRONT_PAGE_PER_SECTION + 1,
        )
        .await
        {
            Ok(found) => found,
            Err(e) => return super::internal_error(&state, &visit, &locale, e),
        };
        let stories: Vec<Story> = found
            .into_iter()
            .filter(|a| Some(a.id) != lead_id)
            .take(FRONT_PAGE_PER_SECTION as usize)
            .map(|a| story(&state, &locale, a))
            .collect();
        if !stories.is_empty() {
            blocks.push(SectionBlock {
                name: state.config.section_name(&section.path, &locale),
                url: format!("/{locale}/{}/", section.path),
                stories,
            });
        }
    }
    let mut translations = every_language(&state, |l| format!("/{l}/"));
    // Readers of none of these languages land on `/`, which picks one for them.
    translations.x_default = "/".to_owned();
    let extra = context! {
        lead => lead.map(|a| story(&state, &locale, a)),
        sections => blocks,
        canonical => seo::absolute(&state.config.base_url, &format!("/{locale}/")),
    };
    let options = PageOptions {
        shared: true,
        same_for_each_tier: true,
        translations: Some(translations),
        ..PageOptions::default()
    };
    render_page(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        "home.html",
        extra,
        options,
    )
}

/// `?page=N` from a section's query: 1 without one, `None` for anything but a page
/// number from 1 to [`MAX_PAGE`].
pub(crate) fn page_number(query: Option<&str>) -> Option<u32> {
    let mut page = 1;
    for pair in query.unwrap_or_default().split('&') {
        if let Some(value) = pair.strip_prefix("page=") {
            page = value.parse().ok().filter(|n| (1..=MAX_PAGE).contains(n))?;
        }
    }
    Some(page)
}

fn page_path(locale: &str, section: &str, page: u32) -> String {
    if page <= 1 {
        format!("/{locale}/{section}/")
    } else {
        format!("/{locale}/{section}/?page={page}")
    }
}

pub(crate) async fn section(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    section: &str,
    page: u32,
) -> Response {
    let offset = (page - 1) * SECTION_PAGE_STORIES;
    // One more than a page holds tells whether there is a next page, without a count.
    let mut found = match summaries(
        state,
        locale,
        Some(section),
        offset,
        SECTION_PAGE_STORIES + 1,
    )
    .await
    {
        Ok(found) => found,
        Err(e) => return super::internal_error(state, visit, locale, e),
    };
    if found.is_empty() && page > 1 {
        return super::not_found(state, visit, Some(locale));
    }
    let has_next = found.len() > SECTION_PAGE_STORIES as usize;
    found.truncate(SECTION_PAGE_STORIES as usize);
    let stories: Vec<Story> = found.into_iter().map(|a| story(state, locale, a)).collect();
    let config = &state.config;
    let base = &config.base_url;
    let canonical = seo::absolute(base, &page_path(locale, section, page));
    let crumbs = crumbs(state, locale, section, false);
    let breadcrumb_ld = seo::breadcrumb_list(base, &crumbs, &canonical);
    let subsections: Vec<Crumb> = config
        .sections
        .iter()
        .filter(|s| {
            s.path
                .strip_prefix(section)
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|rest| !rest.contains('/'))
        })
        .map(|s| Crumb {
            name: config.section_name(&s.path, locale),
            url: Some(format!("/{locale}/{}/", s.path)),
        })
        .collect();
    let extra = context! {
        section_name => config.section_name(section, locale),
        section_url => format!("/{locale}/{section}/"),
        crumbs => crumbs,
        subsections => subsections,
        stories => stories,
        page => page,
        prev_url => (page > 1).then(|| page_path(locale, section, page - 1)),
        next_url => has_next.then(|| page_path(locale, section, page + 1)),
        canonical => canonical,
        json_ld => vec![seo::script_json(&breadcrumb_ld)],
    };
    let options = PageOptions {
        shared: true,
        same_for_each_tier: true,
        translations: Some(every_language(state, |l| page_path(l, section, page))),
        ..PageOptions::default()
    };
    render_page(
        state,
        visit,
        locale,
        StatusCode::OK,
        "section.html",
        extra,
        options,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_whole_and_in_range() {
        assert_eq!(page_number(None), Some(1));
        assert_eq!(page_number(Some("")), Some(1));
        assert_eq!(page_number(Some("page=3")), Some(3));
        assert_eq!(page_number(Some("utm_source=x&page=2")), Some(2));
        for bad in [
            "page=0",
            "page=-1",
            "page=two",
            "page=",
            "page=501",
            "page=2&page=x",
        ] {
            assert_eq!(page_number(Some(bad)), None, "{bad}");
        }
    }
}
