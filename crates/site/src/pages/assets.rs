//! The stylesheet, at an address that names its content (`/assets/site.3f2a9c1b7d04.css`).
//!
//! Because the address changes whenever the file does, browsers and CDNs may keep it
//! for a year without asking again (`immutable`), and a new release is still picked up
//! at once: its pages name the new address.

use std::sync::LazyLock;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::{Visit, not_found};
use crate::app::AppState;

/// The article typography shared with the desk's preview, then the rest of the site.
static STYLESHEET: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{}\n{}",
        dateline_render::ARTICLE_STYLESHEET,
        include_str!("../../assets/site.css")
    )
});

/// Twelve hex digits of the stylesheet's SHA-256: enough to never collide between two
/// releases, short enough for every page's head.
static STYLESHEET_FILE: LazyLock<String> = LazyLock::new(|| {
    let hash = crate::secrets::sha256_hex(STYLESHEET.as_str());
    format!("site.{}.css", &hash[..12])
});

/// Where pages link the stylesheet.
pub(crate) fn stylesheet_url() -> String {
    format!("/assets/{}", *STYLESHEET_FILE)
}

/// `/assets/{file}`: the current stylesheet; anything else (an old release's address
/// included) is the reader's 404, so nothing stale is ever cached as current.
pub(crate) async fn asset(
    State(state): State<AppState>,
    visit: Visit,
    Path(file): Path<String>,
) -> Response {
    if file != *STYLESHEET_FILE {
        return not_found(&state, &visit, None);
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLESHEET.as_str(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_the_content() {
        let url = stylesheet_url();
        let hash = url
            .strip_prefix("/assets/site.")
            .and_then(|rest| rest.strip_suffix(".css"))
            .unwrap();
        assert_eq!(hash.len(), 12);
        assert!(crate::secrets::sha256_hex(STYLESHEET.as_str()).starts_with(hash));
    }

    #[test]
    fn the_article_typography_is_the_one_the_desk_previews_with() {
        // The desk's preview imports crates/render/assets/article.css; the site must serve
        // that same file, not a copy that could drift.
        assert!(STYLESHEET.starts_with(dateline_render::ARTICLE_STYLESHEET));
        assert!(STYLESHEET.contains(".skip-link"));
    }
}
