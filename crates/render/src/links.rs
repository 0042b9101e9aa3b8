//! Links between a publication's own articles, and what the policy drops.
//!
//! A journalist links to another article by its id, `[earlier report](dateline:article/<uuid>)`,
//! never by its address: addresses differ per locale and change with a slug. The
//! pipeline writes such a link as `<a href="dateline:article/<uuid>">` (lower-case,
//! hyphenated: one spelling, so it can be found again), and whoever shows the HTML
//! decides where it leads with [`resolve_article_links`]: the site to the target's page
//! in the reader's language, or to nothing while the target is not published.
//!
//! [`Dropped`] tells a writer, while they type, which of their links and images will not
//! reach the page, and why.

use comrak::Arena;
use comrak::nodes::NodeValue;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

/// The scheme and path of a link to an article by id.
pub const ARTICLE_LINK_PREFIX: &str = "dateline:article/";

/// The article a link target names, if it is a well-formed `dateline:article/<uuid>`
/// (the scheme in any case, the id hyphenated).
pub fn article_link_target(url: &str) -> Option<Uuid> {
    let prefix = url.get(..ARTICLE_LINK_PREFIX.len())?;
    if !prefix.eq_ignore_ascii_case(ARTICLE_LINK_PREFIX) {
        return None;
    }
    let id = &url[ARTICLE_LINK_PREFIX.len()..];
    // Only the hyphenated form: `Uuid::parse_str` also takes braces and URNs.
    (id.len() == 36).then(|| Uuid::parse_str(id).ok()).flatten()
}

/// Whether `url` claims to be an article link, well-formed or not.
pub(crate) fn looks_like_article_link(url: &str) -> bool {
    url.get(..ARTICLE_LINK_PREFIX.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(ARTICLE_LINK_PREFIX))
}

/// The articles a body links to, each once, in the order they first appear, on both
/// sides of the paywall: the desk checks they are published, the site looks up their
/// addresses.
pub fn article_refs(markdown: &str) -> Vec<Uuid> {
    let source = crate::split::normalise_newlines(markdown);
    let arena = Arena::new();
    let root = crate::parse(&arena, &source);
    let mut ids = Vec::new();
    for node in root.descendants() {
        if let NodeValue::Link(link) = &node.data().value
            && let Some(id) = article_link_target(&link.url)
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// The articles that `html` from this crate links to, each once: what a page must look
/// up before [`resolve_article_links`]. Cheap on a page with no such link.
pub fn article_links_in(html: &str) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for (at, _) in html.match_indices(OPEN_ARTICLE_LINK) {
        let start = at + OPEN_ARTICLE_LINK.len();
        if let Some(id) = html
            .get(start..start + 36)
            .and_then(|s| Uuid::parse_str(s).ok())
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// How this crate opens a link to an article.
const OPEN_ARTICLE_LINK: &str = "<a href=\"dateline:article/";

/// `html` from this crate with each article link pointed at `address(id)`, or, where
/// that is `None` (not published, not in this locale or any), reduced to its text.
///
/// Only this crate's own output may be given: the links are found by the exact form the
/// writer emits (`<a href="dateline:article/<uuid>"`, then the tag's end), and a link's
/// text cannot hold another link (CommonMark forbids nesting) nor a raw `<` (escaped),
/// so the next `</a>` closes it. The address is escaped for the attribute.
pub fn resolve_article_links(
    html: &str,
    mut address: impl FnMut(Uuid) -> Option<String>,
) -> String {
    const OPEN: &str = OPEN_ARTICLE_LINK;
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let id = tag
            .get(OPEN.len()..OPEN.len() + 36)
            .and_then(|s| Uuid::parse_str(s).ok());
        let (Some(id), Some(tag_end)) = (id, tag.find('>')) else {
            // Not ours after all; left as it is (the site's audit would refuse it).
            out.push_str(OPEN);
            rest = &tag[OPEN.len()..];
            continue;
        };
        let after_id = OPEN.len() + 36;
        match address(id) {
            Some(url) => {
                out.push_str("<a href=\"");
                escape_attribute(&url, &mut out);
                // The closing quote of href and any title stay as written.
                out.push_str(&tag[after_id..=tag_end]);
                rest = &tag[tag_end + 1..];
            }
            None => {
                let inner = &tag[tag_end + 1..];
                let close = inner.find("</a>").unwrap_or(inner.len());
                out.push_str(&inner[..close]);
                rest = inner.get(close + 4..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape_attribute(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// A link or image the page will not have, as its text or description only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Dropped {
    pub kind: DroppedKind,
    /// The target as written.
    pub target: String,
    pub reason: DropReason,
    /// The body's line it starts on, from 1.
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DroppedKind {
    Link,
    Image,
}

/// Why a target is refused, in the terms a writer can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DropReason {
    /// A scheme other than http, https or mailto (links) or http, https (images):
    /// `javascript:`, `data:`, `file:`…
    Scheme,
    /// `//host/…`: another site without saying how to reach it; write `https://`.
    NoScheme,
    /// `dateline:article/` with something that is not an article id.
    ArticleId,
    /// An image by a relative address: it would show on no page but one.
    RelativeImage,
    /// `dateline-image:` that is not a stored image's name.
    ImageReference,
    /// Not an address at all (spaces, control characters, nothing).
    Malformed,
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0190b2a4-7c3e-7d11-9a2b-3c4d5e6f7a8b";

    #[test]
    fn article_links_are_known_by_one_spelling() {
        let id = Uuid::parse_str(ID).unwrap();
        assert_eq!(
            article_link_target(&format!("dateline:article/{ID}")),
            Some(id)
        );
        assert_eq!(
            article_link_target(&format!("DATELINE:Article/{}", ID.to_uppercase())),
            Some(id)
        );
        for bad in [
            "dateline:article/".to_owned(),
            format!("dateline:article/{}", &ID[1..]),
            format!("dateline:article/{{{ID}}}"),
            format!("dateline:article/{ID}/x"),
            format!("dateline:articles/{ID}"),
            ID.replace('-', ""),
        ] {
            assert_eq!(article_link_target(&bad), None, "{bad}");
        }
    }

    #[test]
    fn refs_are_listed_once_in_order_on_both_sides_of_the_cut() {
        let other = "0190b2a4-7c3e-7d11-9a2b-000000000001";
        let body = format!(
            "[a](dateline:article/{ID}) [b](https://example.org)\n\n<!-- paywall -->\n\n\
             [c](dateline:article/{other}) [d](dateline:article/{ID}) [e](dateline:article/x)"
        );
        let ids: Vec<String> = article_refs(&body).iter().map(Uuid::to_string).collect();
        assert_eq!(ids, [ID, other]);
    }

    #[test]
    fn resolving_points_a_link_at_its_address_or_leaves_its_text() {
        let id = Uuid::parse_str(ID).unwrap();
        let html = crate::render_markdown(&format!(
            "See [the 1 < 2 report](dateline:article/{ID} \"Background\") and [gone](dateline:article/{})",
            Uuid::nil()
        ));
        let resolved = resolve_article_links(&html, |target| {
            (target == id).then(|| "/fr/économie/un-\"récit\"".to_owned())
        });
        assert_eq!(
            resolved,
            "<p>See <a href=\"/fr/économie/un-&quot;récit&quot;\" title=\"Background\">the 1 \
             &lt; 2 report</a> and gone</p>\n"
        );
        assert_eq!(article_links_in(&html), [id, Uuid::nil()]);
        assert!(article_links_in("<p><a href=\"/x\">x</a></p>").is_empty());
        // A link in a link's text is written as words, so the next `</a>` is always the
        // one that closes an article link.
        let nested = crate::render_markdown(&format!(
            "[see <https://example.org> and <dateline:article/{ID}>](dateline:article/{ID})"
        ));
        assert_eq!(nested.matches("<a ").count(), 1, "{nested}");
        assert_eq!(
            resolve_article_links(&nested, |_| None),
            "<p>see https://example.org and dateline:article/0190b2a4-7c3e-7d11-9a2b-3c4d5e6f7a8b</p>\n"
        );
        // So is a note's number: the target of its way back, with no link of its own.
        let noted = crate::render_markdown(&format!(
            "[the report[^a] of May](dateline:article/{ID}) and again[^a].\n\n[^a]: A note."
        ));
        assert_eq!(noted.matches("<a href=\"dateline").count(), 1, "{noted}");
        assert!(
            noted.contains("<sup class=\"footnote-ref\" id=\"fnref-a\">1</sup>"),
            "{noted}"
        );
        let unlinked = resolve_article_links(&noted, |_| None);
        assert!(
            unlinked.starts_with(
                "<p>the report<sup class=\"footnote-ref\" id=\"fnref-a\">1</sup> of May and again"
            ),
            "{unlinked}"
        );
        // The second reference still links to the note, and the note back to both.
        assert!(
            unlinked.contains("href=\"#fn-a\" id=\"fnref-a-2\""),
            "{unlinked}"
        );
        assert!(unlinked.contains("href=\"#fnref-a\""), "{unlinked}");
        // Nothing to resolve: unchanged.
        assert_eq!(resolve_article_links("<p>x</p>", |_| None), "<p>x</p>");
    }
}
