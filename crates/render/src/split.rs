//! Where a body is cut into its free and paid parts.

use comrak::nodes::NodeValue;
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
    /// A paid article without a marker: the first paragraph is free.
    FirstParagraph,
}

/// A body's Markdown cut in two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub free: String,
    pub paid: Option<String>,
    pub cut: Cut,
}

fn is_cut_marker(html: &str) -> bool {
    let Some(inner) = html
        .trim()
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
    else {
        return false;
    };
    matches!(inner.trim(), "paywall" | "members-only")
}

/// Cuts `markdown` at its paywall marker. Without a marker, a `paid` body is cut after
/// its first paragraph and a free one is not cut. The marker line itself belongs to
/// neither part.
pub fn split_body(markdown: &str, paid: bool) -> Split {
    let arena = comrak::Arena::new();
    let options = crate::comrak_options();
    let root = comrak::parse_document(&arena, markdown, &options);

    let mut marker_line = None;
    let mut first_paragraph_end = None;
    for node in root.children() {
        let data = node.data.borrow();
        match &data.value {
            NodeValue::HtmlBlock(block) if is_cut_marker(&block.literal) => {
                marker_line = Some(data.sourcepos.start.line);
                break;
            }
            NodeValue::Paragraph if first_paragraph_end.is_none() => {
                first_paragraph_end = Some(data.sourcepos.end.line);
            }
            _ => {}
        }
    }

    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let (free, paid_part, cut) = match (marker_line, first_paragraph_end) {
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
        _ => (markdown.to_owned(), String::new(), Cut::None),
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

#[cfg(test)]
mod tests {
    use super::*;

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
