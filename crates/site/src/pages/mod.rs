//! The reader's site: server-rendered HTML, no JavaScript, one stylesheet; and what
//! search engines and feed readers get (feeds, sitemap, robots.txt, structured data).
//!
//! The paywall is decided here, per request: a page handler puts an article's paid HTML
//! into the template context only for a reader whose tier may read it, so nothing of it
//! can reach anyone else through the page, its meta tags or an error page. Feeds,
//! the sitemap, JSON-LD and meta tags are built from titles and standfirsts only.
//!
//! Caching: a page whose body differs by reader (a paid article: the teaser or the
//! whole) is `private, no-store` to the world, since a shared cache that ignores
//! `Vary: Cookie` would otherwise show subscribers the teaser; the site's own
//! `page_cache`, which keys on exactly "no session", still keeps its anonymous
//! rendering. Listings and free articles, which every reader gets alike, are
//! `public, max-age=60` for anonymous readers; every page is `Vary: Cookie`.

mod account;
mod article;
mod assets;
pub(crate) mod dates;
mod feed;
mod letters;
mod links;
mod listing;
mod locale;
mod newsletter;
mod notice;
mod reset;
mod seo;
mod signup;
mod sitemap;
mod templates;
mod visit;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use serde::Serialize;

use crate::app::AppState;
pub(crate) use templates::Templates;
pub(crate) use visit::Visit;

/// How long a shared cache may keep a page or feed that is the same for every
/// anonymous reader: short, so an update or a withdrawal shows within a minute.
pub(crate) const SHARED_MAX_AGE: &str = "public, max-age=60";

/// Whether a request carries a reader's session cookie (signed in, or was).
pub(crate) fn has_session_cookie(headers: &axum::http::HeaderMap) -> bool {
    visit::cookie(headers, visit::SESSION_COOKIE).is_some()
}

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(locale::root))
        .route("/robots.txt", get(sitemap::robots))
        .route("/sitemap.xml", get(sitemap::sitemap))
        .route("/assets/{file}", get(assets::asset))
        .route("/{locale}", get(locale::locale_without_slash))
        .route("/{locale}/", get(listing::home))
        .route("/{locale}/feed.xml", get(feed::feed))
        .route("/{locale}/language", get(locale::choose))
        .route(
            "/{locale}/account/signin",
            get(account::signin_form).post(account::signin),
        )
        .route("/{locale}/account/signout", post(account::signout))
        .route("/{locale}/account/subscribe", get(account::subscribe))
        .route("/{locale}/account", get(account::without_slash))
        .route("/{locale}/account/", get(account::overview))
        .route(
            "/{locale}/account/newsletter",
            post(account::newsletter_switch),
        )
        .route(
            "/{locale}/account/signup",
            get(signup::form).post(signup::submit),
        )
        .route(
            "/{locale}/account/signup/confirm",
            get(signup::confirm_page).post(signup::confirm),
        )
        .route(
            "/{locale}/account/reset",
            get(reset::form).post(reset::submit),
        )
        .route(
            "/{locale}/account/reset/confirm",
            get(reset::password_page).post(reset::set_password),
        )
        .route("/{locale}/newsletter", get(newsletter::without_slash))
        .route(
            "/{locale}/newsletter/",
            get(newsletter::page).post(newsletter::prefill),
        )
        .route(
            "/{locale}/newsletter/subscribe",
            post(newsletter::subscribe),
        )
        .route(
            "/{locale}/newsletter/confirm",
            get(newsletter::confirm_page).post(newsletter::confirm),
        )
        .route(
            "/{locale}/newsletter/unsubscribe",
            get(newsletter::unsubscribe_page).post(newsletter::unsubscribe),
        )
        .route("/{locale}/{*path}", get(article::section_or_article))
        .fallback(fallback)
}

async fn fallback(
    axum::extract::State(state): axum::extract::State<AppState>,
    visit: Visit,
) -> Response {
    not_found(&state, &visit, None)
}

/// How long every anonymous reader may be given the same rendering of a page.
const ANONYMOUS_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(60);

/// Marks an answer that is the same for every reader, signed in or not (a feed, the
/// sitemap), so the site's own cache may keep it like an anonymous page.
pub(crate) fn same_for_everyone(mut response: Response) -> Response {
    response
        .extensions_mut()
        .insert(crate::page_cache::SameForAllAnonymous(ANONYMOUS_MAX_AGE));
    response
}

/// How a page may be cached and which cookies it sets.
#[derive(Debug, Default)]
pub(crate) struct PageOptions {
    /// The page differs between readers (a paid article: the teaser or the whole), so
    /// no shared cache may keep it.
    pub private: bool,
    /// The page has a form, so it needs the CSRF token.
    pub needs_csrf: bool,
    /// Extra `Set-Cookie` values.
    pub cookies: Vec<String>,
    /// Every reader of this address gets the same page but for the masthead (a listing,
    /// a free article), so a shared cache may keep it briefly when the reader is not
    /// signed in.
    pub shared: bool,
    /// The page is the same for every signed-in reader of one tier but for their e-mail
    /// address and form token in the masthead (an article, a listing), so the site's
    /// page cache may keep it per tier (`page_cache::SameForTier`).
    pub same_for_each_tier: bool,
    /// The page in each language it exists in, for the language chooser and the
    /// hreflang alternates; `None`: a page of no particular address (a message), whose
    /// chooser leads to each language's front page and which has no alternates.
    pub translations: Option<Translations>,
}

/// The addresses (site paths) of one page in each of its languages.
#[derive(Debug, Default)]
pub(crate) struct Translations {
    /// `(locale, path)`, in the order the chooser shows them.
    pub pages: Vec<(String, String)>,
    /// The page for readers whose language is none of these (`hreflang="x-default"`).
    pub x_default: String,
}

#[derive(Debug, Serialize)]
struct NavLink {
    name: String,
    url: String,
}

/// One entry of the language chooser. Choosing goes through `/{locale}/language`, which
/// remembers the choice for `/` and then shows `url`.
#[derive(Debug, Serialize)]
struct LanguageLink {
    locale: String,
    name: String,
    choose_url: String,
    current: bool,
}

#[derive(Debug, Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

/// Renders `template` in `locale` with the parts every page shares (masthead, account,
/// sections) and the page's own `extra` context.
pub(crate) fn render_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    template: &str,
    extra: Value,
    options: PageOptions,
) -> Response {
    let config = &state.config;
    // Signed-in pages carry a sign-out form, so they need the token too.
    let needs_csrf = options.needs_csrf || visit.reader.is_some();
    let nav: Vec<NavLink> = config
        .sections
        .iter()
        .filter(|s| !s.path.contains('/'))
        .map(|s| NavLink {
            name: config.section_name(&s.path, locale),
            url: format!("/{locale}/{}/", s.path),
        })
        .collect();
    let default_pages;
    let pages = match &options.translations {
        Some(t) => &t.pages,
        None => {
            default_pages = config
                .locales
                .iter()
                .map(|l| (l.clone(), format!("/{l}/")))
                .collect();
            &default_pages
        }
    };
    let languages: Vec<LanguageLink> = pages
        .iter()
        .map(|(l, path)| LanguageLink {
            name: locale::endonym(l),
            choose_url: format!("/{l}/language?next={}", visit::encode_query_value(path)),
            current: l == locale,
            locale: l.clone(),
        })
        .collect();
    let alternates: Vec<Alternate> = options
        .translations
        .iter()
        .flat_map(|t| {
            t.pages
                .iter()
                .map(|(l, path)| (l.as_str(), path.as_str()))
                .chain([("x-default", t.x_default.as_str())])
        })
        .map(|(l, path)| Alternate {
            hreflang: l.to_owned(),
            href: seo::absolute(&config.base_url, path),
        })
        .collect();
    // A page to keep per tier is rendered with stand-ins for what is this reader's own.
    let keep_for_tier = options.same_for_each_tier
        && status == StatusCode::OK
        && options.cookies.is_empty()
        && visit.reader.is_some();
    let (email, token) = match &visit.reader {
        Some(_) if keep_for_tier => (
            crate::page_cache::READER_EMAIL,
            crate::page_cache::FORM_TOKEN,
        ),
        Some(r) => (r.email.as_str(), visit.csrf.as_str()),
        None => ("", visit.csrf.as_str()),
    };
    let shell = context! {
        locale => locale,
        dir => if dateline_l10n::Localizer::is_rtl(locale) { "rtl" } else { "ltr" },
        site_name => &config.name,
        stylesheet_url => assets::stylesheet_url(),
        feed_url => format!("/{locale}/feed.xml"),
        languages => languages,
        alternates => alternates,
        reader => visit.reader.as_ref().map(|r| context! {
            email => email,
            tier_name => config.tier_name(&r.tier, locale),
        }),
        csrf => needs_csrf.then_some(token),
        signin_url => visit.signin_url(locale),
        nav => nav,
    };
    let html = match state
        .templates
        .render(template, context! { ..extra, ..shell })
    {
        Ok(html) => html,
        Err(e) => {
            tracing::error!("rendering {template} failed: {e:#}");
            return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response();
        }
    };
    let kept = match &visit.reader {
        Some(r) if keep_for_tier => Some(crate::page_cache::SameForTier {
            tier: r.tier.clone(),
            page: Arc::from(html.as_str()),
            max_age: ANONYMOUS_MAX_AGE,
        }),
        _ => None,
    };
    let html = match (&kept, &visit.reader) {
        (Some(_), Some(r)) => crate::page_cache::fill(&html, &r.email, &visit.csrf),
        _ => html,
    };
    let mut response = (status, html).into_response();
    if let Some(kept) = kept {
        response.extensions_mut().insert(kept);
    }
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Cookie"));
    let private = options.private || needs_csrf || !options.cookies.is_empty();
    // `needs_csrf` already covers signed-in readers; checked again so that a future
    // change there cannot make a subscriber's page shareable.
    let shared = options.shared && !private && visit.reader.is_none() && status == StatusCode::OK;
    headers.insert(
        header::CACHE_CONTROL,
        // The same bytes for every anonymous reader: shared caches (and the site's own,
        // `page_cache`) may keep them for a minute.
        HeaderValue::from_static(if private {
            "private, no-store"
        } else if shared {
            SHARED_MAX_AGE
        } else {
            "no-cache"
        }),
    );
    if visit.reader.is_none() && !needs_csrf && options.cookies.is_empty() {
        // Nothing of this page depends on who asked beyond not being signed in, so the
        // site's own cache, which keys on exactly that, may keep it even when shared
        // caches may not (a paid article's teaser page).
        response
            .extensions_mut()
            .insert(crate::page_cache::SameForAllAnonymous(ANONYMOUS_MAX_AGE));
    }
    let headers = response.headers_mut();
    let mut cookies = options.cookies;
    if needs_csrf && visit.csrf_is_new {
        cookies.push(visit.csrf_cookie(config.is_https()));
    }
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}

/// A page built around a form of the reader's own (sign-in, sign-up, password reset,
/// newsletter, account): it carries their form token, so it is private; and the
/// footer's newsletter box is left out, since beside another form it reads as a second
/// one (or, on the newsletter and account pages, repeats them).
pub(crate) fn form_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    template: &str,
    extra: Value,
) -> Response {
    let options = PageOptions {
        private: true,
        needs_csrf: true,
        ..PageOptions::default()
    };
    let extra = context! { hide_newsletter_box => true, ..extra };
    render_page(state, visit, locale, status, template, extra, options)
}

/// A page holding one message: a heading, a sentence, maybe a link (message ids).
pub(crate) fn message_page(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    status: StatusCode,
    heading: &str,
    body: &str,
    link: Option<(String, &str)>,
) -> Response {
    let extra = context! {
        heading => heading,
        body => body,
        link => link.map(|(url, label)| context! { url => url, label => label }),
    };
    render_page(
        state,
        visit,
        locale,
        status,
        "message.html",
        extra,
        PageOptions::default(),
    )
}

/// The localised 404 page; without a locale, in the reader's preferred one.
pub(crate) fn not_found(state: &AppState, visit: &Visit, locale: Option<&str>) -> Response {
    let locale = locale.unwrap_or(&visit.preferred_locale);
    message_page(
        state,
        visit,
        locale,
        StatusCode::NOT_FOUND,
        "not-found-heading",
        "not-found-body",
        Some((format!("/{locale}/"), "site-home")),
    )
}

/// Our failure: logged in full, shown to the reader without details.
pub(crate) fn internal_error(
    state: &AppState,
    visit: &Visit,
    locale: &str,
    cause: impl std::fmt::Display,
) -> Response {
    tracing::error!("page failed: {cause}");
    message_page(
        state,
        visit,
        locale,
        StatusCode::INTERNAL_SERVER_ERROR,
        "error-heading",
        "error-body",
        None,
    )
}

/// A redirect; `location` is percent-encoded where a header needs it.
pub(crate) fn redirect(status: StatusCode, location: &str) -> Response {
    let location = visit::encode_non_ascii(location);
    let mut response = status.into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
