//! One Markdown pipeline for the desk's preview and the site's pages.
//!
//! The desk shows exactly what the site publishes because both call this crate: the
//! front end never renders Markdown itself. The pipeline is safe by construction:
//! comrak runs with raw HTML disabled, and its output goes through ammonia's allow-list
//! anyway, so a hostile body cannot put anything executable on a page.
//!
//! The paywall cut is a line holding only `<!-- paywall -->` (Ghost's
//! `<!--members-only-->` is read as the same). It is found in the parsed document, not
//! by text search, so a marker quoted inside a code block is not a cut.

mod split;
mod words;

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;
use ts_rs::TS;

pub use split::{Cut, Split, split_body};
pub use words::{reading_minutes, word_count};

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
    pub word_count: u32,
    pub reading_minutes: u32,
}

/// Renders a body. `paid` says whether the article's tier is above `public`: a paid
/// article without an explicit cut gives away only its first paragraph.
pub fn render_body(markdown: &str, paid: bool) -> Rendered {
    let split = split_body(markdown, paid);
    // Counted on the parts, so the cut line itself is not a word.
    let words = word_count(&split.free) + split.paid.as_deref().map_or(0, word_count);
    Rendered {
        free_html: render_markdown(&split.free),
        paid_html: split.paid.as_deref().map(render_markdown),
        cut: split.cut,
        word_count: words,
        reading_minutes: reading_minutes(words),
    }
}

/// Markdown to sanitised HTML, with GitHub-flavoured extensions and smart punctuation.
pub fn render_markdown(markdown: &str) -> String {
    let options = comrak_options();
    let unsafe_html = comrak::markdown_to_html(&split::normalise_newlines(markdown), &options);
    SANITIZER.clean(&unsafe_html).to_string()
}

pub(crate) fn comrak_options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.parse.smart = true;
    // Raw HTML in a body is dropped, never passed through: bodies come from anyone
    // who holds a writer's token, and pages are read by everyone.
    options.render.r#unsafe = false;
    options
}

/// The second line of defence: whatever comrak emits, only these tags, attributes and
/// URL schemes reach a page.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        // Task-list checkboxes are the only input comrak produces.
        .add_tags(["input"])
        .add_tag_attributes("input", ["checked", "disabled"])
        .add_tag_attribute_values("input", "type", ["checkbox"]);
    b
});

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
        // Only checkboxes: the type attribute is allowed with that value alone.
        assert!(!render_markdown("- [ ] x").contains("type=\"text\""));
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
}
