//! The front page of a language and the section pages: headlines and standfirsts, never
//! a body.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use minijinja::context;
use serde::Serialize;

use super::{PageOptions, Visit, render_page};
use crate::app::AppState;
use crate::storage::{ArticleSummary, timestamp};

const FRONT_PAGE_STORIES: u32 = 30;
const SECTION_PAGE_STORIES: u32 = 50;

#[derive(Debug, Serialize)]
struct Story {
    title: String,
    standfirst: String,
    url: String,
    section_name: String,
    section_url: String,
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

fn story(state: &AppState, locale: &str, a: ArticleSummary) -> Story {
    Story {
        url: format!("/{locale}/{}/{}", a.section, a.slug),
        section_name: state.config.section_name(&a.section, locale),
        section_url: format!("/{locale}/{}/", a.section),
        title: a.title,
        standfirst: a.standfirst,
    }
}

async fn stories(
    state: &AppState,
    locale: &str,
    section: Option<&str>,
    limit: u32,
) -> Result<Vec<Story>, crate::storage::StorageError> {
    let (l, s, now) = (
        locale.to_owned(),
        section.map(str::to_owned),
        timestamp(Utc::now()),
    );
    let found = state
        .db(move |db| db.visible_articles(&l, s.as_deref(), &now, limit))
        .await?;
    Ok(found.into_iter().map(|a| story(state, locale, a)).collect())
}

pub(crate) async fn home(
    State(state): State<AppState>,
    visit: Visit,
    Path(locale): Path<String>,
) -> Response {
    if !state.config.has_locale(&locale) {
        return super::not_found(&state, &visit, None);
    }
    let mut stories = match stories(&state, &locale, None, FRONT_PAGE_STORIES).await {
        Ok(s) => s,
        Err(e) => return super::internal_error(&state, &visit, &locale, e),
    };
    let lead = (!stories.is_empty()).then(|| stories.remove(0));
    let extra = context! { lead => lead, latest => stories };
    render_page(
        &state,
        &visit,
        &locale,
        StatusCode::OK,
        "home.html",
        extra,
        PageOptions::default(),
    )
}

pub(crate) async fn section(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    section: &str,
) -> Response {
    let stories = match stories(state, locale, Some(section), SECTION_PAGE_STORIES).await {
        Ok(s) => s,
        Err(e) => return super::internal_error(state, visit, locale, e),
    };
    let extra = context! {
        section_name => state.config.section_name(section, locale),
        crumbs => crumbs(state, locale, section, false),
        stories => stories,
    };
    render_page(
        state,
        visit,
        locale,
        StatusCode::OK,
        "section.html",
        extra,
        PageOptions::default(),
    )
}
