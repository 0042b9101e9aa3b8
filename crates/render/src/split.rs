//! Where a body is cut into its free and paid parts.

use comrak::nodes::{AstNode, NodeValue};
use serde::Serialize;
use ts_rs::TS;

/// How the free part was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Cut {
    /// Nothing is held back.
    None,
    /// At the body's `<!-- paywall -->` line.
    Marker,
    /// A paid article without a marker: its leading headings and first block (usually
    /// the first paragraph) are free.
    FirstParagraph,
}

/// A body's Markdown cut in two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub free: String,
    pub paid: Option<String>,
    pub cut: Cut,
}

/// Whether `html` (a line, or an HTML block's text) is a paywall cut: `<!-- paywall -->`
/// or `<!-- members-only -->` alone, spaces aside. The desk's block cut (Translate, the
/// translation memory, the publish checks) asks this of lines; the renderer of blocks.
pub fn is_cut_line(html: &str) -> bool {
    let Some(inner) = html
        .trim()
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
    else {
        return false;
    };
    matches!(inner.trim(), "paywall" | "members-only")
}

/// Where a parsed body may be cut: its paywall marker, and the first block after its
/// leading headings (the free part of a paid article without a marker). Both the
/// text-level [`split_body`] and the renderer's tree-level cut use this, so they cannot
/// disagree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Located<'a> {
    pub marker: Option<&'a AstNode<'a>>,
    pub first_block: Option<&'a AstNode<'a>>,
}

/// Finds the cut points among the top-level blocks of `root`. Only a top-level marker
/// counts: one inside a quote or a list item is an ordinary (dropped) HTML block.
pub(crate) fn locate<'a>(root: &'a AstNode<'a>) -> Located<'a> {
    let mut located = Located {
        marker: None,
        first_block: None,
    };
    for node in root.children() {
        match &node.data().value {
            NodeValue::HtmlBlock(block) if is_cut_line(&block.literal) => {
                located.marker = Some(node);
                break;
            }
            // comrak gathers footnote definitions at the end; they are not body blocks.
            NodeValue::Heading(_) | NodeValue::FootnoteDefinition(_) => {}
            _ if located.first_block.is_none() => located.first_block = Some(node),
            _ => {}
        }
    }
    located
}

/// Cuts `markdown` at its paywall marker. Without a marker, a `paid` body is cut after
/// its leading headings and first other block, and a free one is not cut. The marker
/// line itself belongs to neither part.
pub fn split_body(markdown: &str, paid: bool) -> Split {
    // comrak counts a lone CR as a line end; so must the slicing below, or its line
    // numbers and ours drift apart and paid lines land in the free part.
    let markdown = &normalise_newlines(markdown);
    let arena = comrak::Arena::new();
    let root = crate::parse(&arena, markdown);
    let located = locate(root);
    let marker_line = located.marker.map(|n| n.data().sourcepos.start.line);
    let first_block_end = located.first_block.map(|n| n.data().sourcepos.end.line);

    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let (free, paid_part, cut) = match (marker_line, first_block_end) {
        (Some(line), _) => (
            lines[..line - 1].concat(),
            lines[line..].concat(),
            Cut::Marker,
        ),
        (None, Some(end)) if paid => (
            lines[..end].concat(),
            lines[end..].concat(),
            Cut::FirstParagraph,
        ),
        _ => (markdown.to_string(), String::new(), Cut::None),
    };
    let paid_part = (!paid_part.trim().is_empty()).then_some(paid_part);
    let cut = if paid_part.is_none() && cut == Cut::FirstParagraph {
        Cut::None
    } else {
        cut
    };
    Split {
        free,
        paid: paid_part,
        cut,
    }
}

/// CRLF and lone CR become LF.
pub(crate) fn normalise_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carriage_returns_do_not_move_the_cut() {
        for body in [
            "Free\r\rSecret one\r\rSecret two\r",
            "Free\r\n\r\nSecret one\r\n\r\nSecret two\r\n",
        ] {
            let s = split_body(body, true);
            assert_eq!(s.free, "Free\n", "{body:?}");
            assert!(s.paid.as_deref().unwrap().contains("Secret two"));
        }
        let s = split_body("Free\r\r<!-- paywall -->\rSecret\r", false);
        assert_eq!(
            (s.free.as_str(), s.paid.as_deref()),
            ("Free\n\n", Some("Secret\n"))
        );
    }

    #[test]
    fn paid_body_without_paragraphs_gives_away_only_its_first_block() {
        let s = split_body(
            "## Heading\n\n- one\n- two\n\n| a |\n|---|\n| secret |\n",
            true,
        );
        assert_eq!(s.cut, Cut::FirstParagraph);
        assert_eq!(s.free, "## Heading\n\n- one\n- two\n");
        assert!(s.paid.unwrap().contains("secret"));
    }

    #[test]
    fn marker_in_code_block_is_not_a_cut() {
        let s = split_body("Intro\n\n```\n<!-- paywall -->\n```\n\nMore\n", true);
        assert_eq!(s.cut, Cut::FirstParagraph);
        assert_eq!(s.free, "Intro\n");
        assert!(s.paid.unwrap().contains("<!-- paywall -->"));
    }

    #[test]
    fn ghost_marker_is_read_as_cut() {
        let s = split_body("A\n\n<!--members-only-->\nB\n", false);
        assert_eq!(s.cut, Cut::Marker);
        assert_eq!(s.free, "A\n\n");
        assert_eq!(s.paid.as_deref(), Some("B\n"));
    }

    #[test]
    fn free_article_without_marker_is_whole() {
        let s = split_body("A\n\nB\n", false);
        assert_eq!(s.cut, Cut::None);
        assert_eq!(s.paid, None);
    }

    #[test]
    fn paid_article_with_a_single_paragraph_holds_nothing_back() {
        let s = split_body("Only this.", true);
        assert_eq!(s.cut, Cut::None);
        assert_eq!(s.paid, None);
    }
}
