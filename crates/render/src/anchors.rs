//! Where a body's landmarks are in its source: the lines of its headings and of the
//! paywall cut, read off the same parse that renders it. The desk keeps its preview beside
//! the editor by matching these lines to the rendered headings and paywall band, so the
//! two agree on what a heading is by construction (the front end has no Markdown
//! scanner of its own).

use comrak::nodes::{AstNode, NodeValue};
use serde::Serialize;
use ts_rs::TS;

/// The landmarks of a Markdown body, by 0-based source line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SourceAnchors {
    /// Every heading, in order (in quotes and lists too: the preview shows those).
    pub headings: Vec<u32>,
    /// The paywall cut the render uses (the first top-level marker), if any.
    pub cut: Option<u32>,
    /// Lines of the body (a trailing newline starts one more, as in the editor).
    pub lines: u32,
}

/// The anchors of `source` parsed as `root`, with `marker` the cut the render found.
pub(crate) fn read<'a>(
    source: &str,
    root: &'a AstNode<'a>,
    marker: Option<&'a AstNode<'a>>,
) -> SourceAnchors {
    let mut headings = Vec::new();
    collect_headings(root, &mut headings);
    SourceAnchors {
        headings,
        cut: marker.map(start_line),
        lines: u32::try_from(source.bytes().filter(|b| *b == b'\n').count() + 1)
            .unwrap_or(u32::MAX),
    }
}

fn start_line<'a>(node: &'a AstNode<'a>) -> u32 {
    u32::try_from(node.data().sourcepos.start.line.saturating_sub(1)).unwrap_or(u32::MAX)
}

/// Headings are blocks: only containers of blocks are walked, never a paragraph's inlines.
fn collect_headings<'a>(node: &'a AstNode<'a>, out: &mut Vec<u32>) {
    for child in node.children() {
        match &child.data().value {
            NodeValue::Heading(_) => out.push(start_line(child)),
            NodeValue::BlockQuote
            | NodeValue::List(_)
            | NodeValue::Item(_)
            | NodeValue::TaskItem(_)
            | NodeValue::MultilineBlockQuote(_)
            | NodeValue::Alert(_) => collect_headings(child, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SourceAnchors;

    fn anchors(body: &str) -> SourceAnchors {
        crate::render_body_with(body, true, &crate::RenderOptions::default()).anchors
    }

    #[test]
    fn atx_and_setext_headings_and_the_first_cut_not_inside_code() {
        let body = [
            "Intro paragraph",      // 0
            "",                     // 1
            "## Harbour",           // 2
            "text",                 // 3
            "```",                  // 4
            "## not a heading",     // 5
            "<!-- paywall -->",     // 6
            "```",                  // 7
            "Setext title",         // 8
            "------------",         // 9
            "",                     // 10
            "<!-- paywall -->",     // 11
            "",                     // 12
            "---",                  // 13: a rule, not a heading
            "> ### Quoted heading", // 14
            "<!-- paywall -->",     // 15: a second cut, not the one used
        ]
        .join("\n");
        assert_eq!(
            anchors(&body),
            SourceAnchors {
                headings: vec![2, 8, 14],
                cut: Some(11),
                lines: 16
            }
        );
    }

    #[test]
    fn the_lines_of_an_empty_body_and_of_a_trailing_newline() {
        assert_eq!(anchors("").lines, 1);
        assert_eq!(anchors("a\n").lines, 2);
        assert_eq!(
            anchors("a\r\nb").lines,
            2,
            "CRLF is one line end, as in the editor"
        );
        assert_eq!(anchors("").cut, None);
    }

    #[test]
    fn headings_in_lists_count_as_the_preview_shows_them() {
        let found = anchors("- item\n\n  ## Inside\n\n# After\n\n<!-- paywall -->\n\nPaid");
        assert_eq!(found.headings, vec![2, 4]);
        assert_eq!(found.cut, Some(6));
    }
}

#[cfg(test)]
mod paywall_line_tests {
    use crate::{Cut, RenderOptions, render_body_with};

    #[test]
    fn the_shared_cases_of_what_a_cut_line_is() {
        // The editor marks the cut as it is typed (ui/src/lib/editor/markdown.ts,
        // `PAYWALL_LINE`); both are held to tests/fixtures/paywall-lines.json.
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../tests/fixtures/paywall-lines.json"))
                .unwrap();
        assert!(cases.len() >= 8);
        for c in cases {
            let line = c["line"].as_str().unwrap();
            let body = format!("Free words.\n\n{line}\n\nPaid words.");
            let rendered = render_body_with(&body, true, &RenderOptions::default());
            let is_cut = rendered.cut == Cut::Marker;
            assert_eq!(
                is_cut,
                c["cut"].as_bool().unwrap(),
                "{}: {line:?}",
                c["why"]
            );
            assert_eq!(rendered.anchors.cut.is_some(), is_cut, "{line:?}");
        }
    }
}
