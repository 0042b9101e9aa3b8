//! One Markdown pipeline for the desk's preview and the site's pages.
//!
//! The desk shows exactly what the site publishes because both call this crate: the
//! front end never renders Markdown itself.
//!
//! # Safe by construction
//!
//! A body is parsed once, by comrak. comrak then writes the HTML through a formatter of
//! ours (`format`) that asks the `policy` about every node before writing it, so a
//! node is either written under the house rules or not at all:
//!
//! - raw HTML, block or inline, is never written (the paywall line is consumed by the
//!   cut);
//! - a link keeps its target only if it is `http:`, `https:`, `mailto:`, an in-page
//!   `#anchor`, a relative address on the page's own site, or another article by id
//!   (`dateline:article/<uuid>`); any other link — `javascript:`, `data:`,
//!   protocol-relative `//host` — becomes its plain text, and so does a link inside
//!   another link's text (an autolink), which HTML does not nest;
//! - an image keeps its source only if it is `http:`, `https:` or the desk's own
//!   `dateline-image:` reference; otherwise its description becomes plain text;
//! - every other kind of node the parser might produce is not written.
//!
//! Schemes are decided as the WHATWG URL parser (the `url` crate) decides them, the
//! algorithm the browser applies to the emitted `href`, so entity-encoded, mixed-case and
//! whitespace-split spellings of `javascript:` are judged as a browser would read them.
//! Text, titles, descriptions and URLs are escaped by comrak's own functions
//! (`render.unsafe` stays off). The only markup this crate composes itself is the embed
//! figure (`embed`), built from identifiers validated character by character.
//!
//! There is deliberately no second pass over the output with an HTML sanitiser: that is
//! a second parse of every page, and it took the old pipeline (comrak, then ammonia) to
//! a fraction of the render speed the issue asks for (docs/PERFORMANCE.md, "Render").
//! The hostile corpus, the random-input loop and the fuzz target check the output with a
//! real HTML5 parser instead.
//!
//! # Counting and the rest
//!
//! The word count is taken from what is written, as it is written: no URLs, no markup,
//! no image descriptions, nothing the policy refused. [`teaser`] and [`image_refs`] read
//! the same parse of the body with the same options.
//!
//! # The cut
//!
//! The paywall cut is a line holding only `<!-- paywall -->` (Ghost's
//! `<!--members-only-->` is read as the same). It is found in the parsed document, not
//! by text search, so a marker quoted inside a code block is not a cut.
//!
//! # How it looks
//!
//! [`ARTICLE_STYLESHEET`] (`assets/article.css`) is the publication's type and the
//! article's typography for the HTML made here. The site serves it first in its
//! stylesheet; the desk's preview imports the same file.

mod anchors;
mod embed;
mod format;
mod images;
mod links;
mod policy;
mod split;
mod teaser;
mod words;

use std::sync::LazyLock;

use comrak::Arena;
use comrak::nodes::{AstNode, NodeValue};
use serde::Serialize;
use ts_rs::TS;

pub use anchors::SourceAnchors;
pub use images::{IMAGE_EXTENSIONS, IMAGE_SCHEME, image_refs};
pub use links::{
    ARTICLE_LINK_PREFIX, DropReason, Dropped, DroppedKind, article_link_target, article_links_in,
    article_refs, resolve_article_links,
};
pub use split::{Cut, Split, is_cut_line, split_body};
pub use teaser::teaser;
pub use words::{reading_minutes, word_count};

/// The publication's palette and type and the article's typography, under the
/// `.publication` class: the site's pages and the desk's preview both use it.
pub const ARTICLE_STYLESHEET: &str = include_str!("../assets/article.css");

/// The canonical cut line written by the desk.
pub const PAYWALL_MARKER: &str = "<!-- paywall -->";

/// A body rendered for display: the free part, and the part only entitled readers get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Rendered {
    pub free_html: String,
    /// `None` when nothing is held back.
    pub paid_html: Option<String>,
    pub cut: Cut,
    /// Words of the whole body (CJK counted by characters).
    // As a reader sees them: no URLs, no markup, no image descriptions. (A plain comment,
    // so the generated TypeScript binding stays as it was.)
    pub word_count: u32,
    pub reading_minutes: u32,
    /// The source lines of the body's headings and cut, to match against the rendering.
    pub anchors: SourceAnchors,
    /// Links and images the page will not have, with why: the editor lists them.
    pub dropped: Vec<Dropped>,
}

/// How a render turns the parts of a body that depend on where it is shown into HTML.
///
/// These values are configuration of the desk or the site, never article text: they are
/// written into the page as given (after comrak's URL escaping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Prefix for the desk's stored images: `![alt](dateline-image:<sha256>.<ext>)` is
    /// shown from `<image_base><sha256>.<ext>`. The site serves them under
    /// [`RenderOptions::SITE_IMAGE_BASE`]; the desk preview maps them to its custom
    /// protocol (`dlimg://localhost/` on Linux and macOS, `http://dlimg.localhost/` on
    /// Windows, which is why this is a string and not a fixed scheme).
    pub image_base: String,
}

impl RenderOptions {
    /// Where the site serves uploaded images.
    pub const SITE_IMAGE_BASE: &'static str = "/media/";

    /// The options the site renders with; also [`RenderOptions::default`].
    pub fn site() -> Self {
        Self::with_image_base(Self::SITE_IMAGE_BASE)
    }

    /// Options that show the desk's images from `image_base`.
    pub fn with_image_base(image_base: impl Into<String>) -> Self {
        Self {
            image_base: image_base.into(),
        }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self::site()
    }
}

/// Renders a body as the site shows it. `paid` says whether the article's tier is above
/// `public`: a paid article without an explicit cut gives away only its leading headings
/// and first block.
pub fn render_body(markdown: &str, paid: bool) -> Rendered {
    render_body_with(markdown, paid, &RenderOptions::default())
}

/// [`render_body`] with explicit [`RenderOptions`] (the desk preview's image base).
pub fn render_body_with(markdown: &str, paid: bool, options: &RenderOptions) -> Rendered {
    render(markdown, Some(paid), options)
}

/// Markdown to safe HTML, whole: no cut is made and a paywall line is simply dropped.
pub fn render_markdown(markdown: &str) -> String {
    render_markdown_with(markdown, &RenderOptions::default())
}

/// [`render_markdown`] with explicit [`RenderOptions`].
pub fn render_markdown_with(markdown: &str, options: &RenderOptions) -> String {
    render(markdown, None, options).free_html
}

/// The whole pipeline: one parse, the cut made on the tree, footnotes handed to the part
/// that cites them, then comrak's HTML writer with the policy applied node by node.
/// `paid` is `None` when no cut is to be made at all.
fn render(markdown: &str, paid: Option<bool>, options: &RenderOptions) -> Rendered {
    // comrak counts a lone CR as a line end; the embed syntax reads source lines, so
    // both must agree on what a line is.
    let source = split::normalise_newlines(markdown);
    let arena = Arena::new();
    let root = parse(&arena, &source);

    // comrak moves every referenced footnote definition to the end of the document. They
    // are taken off first, so the cut sees only the body, and handed to the part that
    // refers to them afterwards.
    let footnotes = take_footnote_definitions(root);

    let paid_root: &AstNode<'_> = arena.alloc(NodeValue::Document.into());
    let mut cut = Cut::None;
    let located = split::locate(root);
    // Read before the cut detaches the marker and moves the paid blocks away.
    let anchors = anchors::read(&source, root, located.marker);
    if let Some(paid) = paid {
        let after = match (located.marker, located.first_block) {
            (Some(marker), _) => {
                cut = Cut::Marker;
                Some(marker)
            }
            (None, Some(first)) if paid => {
                cut = Cut::FirstParagraph;
                Some(first)
            }
            _ => None,
        };
        if let Some(after) = after {
            let held_back: Vec<_> = after.following_siblings().skip(1).collect();
            paid_root.extend(held_back);
            if cut == Cut::Marker {
                after.detach();
            }
        }
    }

    let free_start = format::place_footnotes(root, paid_root, footnotes);
    let (free_capacity, paid_capacity) = capacities(&source, root, paid_root);

    let policy = policy::Policy::new(&source, options);
    let state = format::State::new(&policy);
    let (free_html, state) = format::html(root, &COMRAK_OPTIONS, state, 1, free_capacity);
    let (paid_html, state) = match paid_root.first_child() {
        Some(_) => {
            let (html, state) =
                format::html(paid_root, &COMRAK_OPTIONS, state, free_start, paid_capacity);
            (Some(html), state)
        }
        None => (None, state),
    };
    // Held-back blocks that the policy left nothing of (raw HTML only, say) are nothing
    // to hold back: a paywall in front of nothing would only annoy.
    let paid_html = paid_html.filter(|html| !html.trim().is_empty());
    if paid_html.is_none() && cut == Cut::FirstParagraph {
        cut = Cut::None;
    }
    let words = state.words.count;
    let dropped = state.dropped;

    Rendered {
        free_html,
        paid_html,
        cut,
        word_count: words,
        reading_minutes: reading_minutes(words),
        anchors,
        dropped,
    }
}

/// Output sizes to reserve for the two parts: the source split in proportion to the
/// lines on either side of the cut, plus a quarter for the tags.
fn capacities<'a>(source: &str, free: &'a AstNode<'a>, paid: &'a AstNode<'a>) -> (usize, usize) {
    let line = |node: Option<&'a AstNode<'a>>, end: bool| {
        node.map_or(0, |n| {
            let pos = n.data().sourcepos;
            if end { pos.end.line } else { pos.start.line }
        })
    };
    let last = line(paid.last_child(), true)
        .max(line(free.last_child(), true))
        .max(1);
    let cut = match paid.first_child() {
        Some(first) => line(Some(first), false).min(last),
        None => last,
    };
    let with_tags = source.len() + source.len() / 4;
    let free_share = with_tags / last * cut;
    (free_share, with_tags.saturating_sub(free_share))
}

/// Detaches the footnote definitions comrak gathered at the end of the document.
fn take_footnote_definitions<'a>(root: &'a AstNode<'a>) -> Vec<&'a AstNode<'a>> {
    let mut definitions = Vec::new();
    while let Some(last) = root.last_child() {
        if !matches!(last.data().value, NodeValue::FootnoteDefinition(_)) {
            break;
        }
        last.detach();
        definitions.push(last);
    }
    definitions.reverse();
    definitions
}

static COMRAK_OPTIONS: LazyLock<comrak::Options<'static>> = LazyLock::new(comrak_options);

/// Parser and writer settings shared by every entry point, so the cut, the teaser and
/// the page all read a body the same way.
pub(crate) fn comrak_options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.parse.smart = true;
    // Raw HTML is dropped by the policy before comrak writes anything; this stays off
    // so that even a node the policy missed would be written as an HTML comment.
    options.render.r#unsafe = false;
    // Heading ids are written by `format` (prefixed, unique across both parts), not by
    // comrak's header_ids, which restarts its numbering for every call.
    options
}

/// `source` (newlines already normalised) parsed with the shared options.
pub(crate) fn parse<'a>(arena: &'a Arena<'a>, source: &str) -> &'a AstNode<'a> {
    comrak::parse_document(arena, source, &COMRAK_OPTIONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_gfm_extensions() {
        let html = render_markdown(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and https://example.org\n\n- [x] done\n",
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>gone</del>"), "{html}");
        assert!(html.contains(r#"<a href="https://example.org""#), "{html}");
        assert!(html.contains(r#"type="checkbox""#), "{html}");
        assert!(!render_markdown("- [ ] x").contains("type=\"text\""));
    }

    #[test]
    fn what_the_page_will_not_have_is_listed_with_why_and_where() {
        let body = "Intro [ok](/fr/economy/old) and [bad](javascript:alert(1)).\n\n\
                    <!-- paywall -->\n\n\
                    ![chart](/media/chart.png) [away](//other.example/x)\n\n\
                    [kept](https://example.org) [id](dateline:article/42)";
        let r = render_body(body, true);
        let seen: Vec<_> = r
            .dropped
            .iter()
            .map(|d| (d.kind, d.target.as_str(), d.reason, d.line))
            .collect();
        assert_eq!(
            seen,
            [
                (
                    DroppedKind::Link,
                    "javascript:alert(1)",
                    DropReason::Scheme,
                    1
                ),
                (
                    DroppedKind::Image,
                    "/media/chart.png",
                    DropReason::RelativeImage,
                    5
                ),
                (
                    DroppedKind::Link,
                    "//other.example/x",
                    DropReason::NoScheme,
                    5
                ),
                (
                    DroppedKind::Link,
                    "dateline:article/42",
                    DropReason::ArticleId,
                    7
                ),
            ]
        );
        assert!(
            r.free_html.contains("<a href=\"/fr/economy/old\">ok</a>"),
            "{}",
            r.free_html
        );
        assert!(
            render_body("[a](https://example.org)", false)
                .dropped
                .is_empty()
        );
    }

    #[test]
    fn smart_punctuation() {
        let html = render_markdown("\"Quoted\" -- and...");
        assert!(
            html.contains('“') && html.contains('”') && html.contains('…'),
            "{html}"
        );
    }

    #[test]
    fn raw_html_and_scripts_never_survive() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "![x](data:text/html;base64,PHNjcmlwdD4=)",
            "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
            "<svg onload=alert(1)>",
            "[x](&#106;avascript:alert(1))",
        ] {
            let html = render_markdown(hostile);
            let lower = html.to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "javascript:",
                "data:",
                "<iframe",
                "<svg",
                "onload",
            ] {
                assert!(!lower.contains(bad), "{hostile:?} rendered {html:?}");
            }
        }
    }

    #[test]
    fn paid_article_is_split_at_the_cut() {
        let r = render_body("Free words.\n\n<!-- paywall -->\n\nSecret words.\n", true);
        assert!(r.free_html.contains("Free words."));
        assert!(!r.free_html.contains("Secret"));
        assert!(r.paid_html.as_deref().unwrap().contains("Secret words."));
        assert_eq!(r.cut, Cut::Marker);
        assert_eq!(r.word_count, 4);
        assert_eq!(r.reading_minutes, 1);
    }

    #[test]
    fn render_body_cuts_where_split_body_does() {
        // The tree-level cut in `render` and the text-level `split_body` share `locate`;
        // this pins that they also agree on what goes where.
        for (body, paid) in [
            ("## H\n\n- one\n- two\n\nSecret para\n", true),
            ("Intro\n\n```\n<!-- paywall -->\n```\n\nMore\n", true),
            ("A\n\n<!--members-only-->\nB\n", false),
            ("A\n\nB\n", false),
            ("Only this.", true),
            ("Free\r\rSecret one\r\rSecret two\r", true),
        ] {
            let split = split_body(body, paid);
            let rendered = render_body(body, paid);
            assert_eq!(rendered.cut, split.cut, "{body:?}");
            assert_eq!(rendered.free_html, render_markdown(&split.free), "{body:?}");
            assert_eq!(
                rendered.paid_html,
                split.paid.as_deref().map(render_markdown),
                "{body:?}"
            );
        }
    }

    #[test]
    fn marker_with_nothing_after_it_holds_nothing_back() {
        let r = render_body("Free.\n\n<!-- paywall -->\n", true);
        assert_eq!(r.cut, Cut::Marker);
        assert_eq!(r.paid_html, None);
        let r = render_body("Free.\n\n<div>only raw html</div>\n", true);
        assert_eq!((r.cut, r.paid_html), (Cut::None, None));
    }

    #[test]
    fn the_marker_itself_is_never_shown() {
        let html = render_markdown("A\n\n<!-- paywall -->\n\nB\n");
        assert_eq!(html, "<p>A</p>\n<p>B</p>\n");
    }

    #[test]
    fn footnotes_follow_their_references_across_the_cut() {
        let body = "Free[^a] text.\n\n<!-- paywall -->\n\nPaid[^b] and again[^a].\n\n\
                    [^a]: Note A.\n[^b]: Secret note B.\n";
        let r = render_body(body, true);
        let paid = r.paid_html.unwrap();
        assert!(r.free_html.contains("<li id=\"fn-a\">"), "{}", r.free_html);
        assert!(r.free_html.contains("Note A."));
        assert!(!r.free_html.contains("Secret"), "{}", r.free_html);
        // The free part's way back points only at its own reference.
        assert!(!r.free_html.contains("fnref-a-2"), "{}", r.free_html);
        assert!(paid.contains("Secret note B."), "{paid}");
        assert!(!paid.contains("Note A."), "{paid}");
        // Numbering continues; the paid reference to the free note links to it.
        assert!(paid.contains("<ol start=\"2\">"), "{paid}");
        assert!(paid.contains("href=\"#fn-a\" id=\"fnref-a-2\""), "{paid}");
    }

    #[test]
    fn a_note_cited_above_the_cut_is_free_wherever_it_is_defined() {
        let body = "Free[^n].\n\n<!-- paywall -->\n\nPaid.\n\n[^n]: The note.\n";
        let r = render_body(body, true);
        assert!(r.free_html.contains("The note."), "{}", r.free_html);
        assert!(!r.paid_html.unwrap().contains("The note."));
        // Text below the cut that no free reference pulls up stays paid, as before.
        let r = render_body(
            "Free.\n\n<!-- paywall -->\n\nPaid[^n].\n\n[^n]: Paid note.\n",
            true,
        );
        assert!(!r.free_html.contains("Paid note"), "{}", r.free_html);
    }

    #[test]
    fn heading_ids_are_prefixed_and_unique_across_the_cut() {
        let r = render_body(
            "## Location\n\nx\n\n<!-- paywall -->\n\n## Location\n\ny\n",
            true,
        );
        assert!(
            r.free_html.contains("<h2 id=\"h-location\">"),
            "{}",
            r.free_html
        );
        assert!(r.paid_html.unwrap().contains("<h2 id=\"h-location-1\">"));
    }

    #[test]
    fn word_count_ignores_urls_and_markup() {
        let r = render_body(
            "Read [the report](https://example.org/a/long/path?with=query) and https://example.org/x **now**.\n",
            false,
        );
        // "Read the report and now": the bare URL is a link whose text is its address.
        assert_eq!(r.word_count, 5);
        let r = render_body("東京は晴れ ![a chart](https://example.org/c.png)", false);
        assert_eq!(r.word_count, 5);
    }
}
