//! The teaser: a body's opening words as plain text, for meta descriptions, cards and
//! feeds, which are shown to readers who may not read the rest.

use comrak::Arena;
use comrak::nodes::{AstNode, NodeValue};

/// Plain text of the body's first paragraph, whitespace collapsed, at most `max_chars`
/// characters (cut at a word boundary, with `…`, when longer).
///
/// It never includes text below the cut, whatever the article's tier: with a paywall
/// marker, the first paragraph above it; without one, only the first block after the
/// leading headings — exactly what a paid article without a marker gives away — and only
/// if that block is a paragraph with text. A body that opens with a list, an image or an
/// embed therefore has no teaser (`""`); the standfirst is the better teaser there.
///
/// The result is text, not HTML: links are reduced to their words, images and footnote
/// marks are left out, and the caller escapes it like any other text.
pub fn teaser(markdown: &str, max_chars: usize) -> String {
    let source = crate::split::normalise_newlines(markdown);
    let arena = Arena::new();
    let root = crate::parse(&arena, &source);
    let located = crate::split::locate(root);
    let paragraph = match located.marker {
        Some(marker) => marker
            .preceding_siblings()
            .skip(1)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .find(|n| is_text_paragraph(n)),
        None => located.first_block.filter(|n| is_text_paragraph(n)),
    };
    let Some(paragraph) = paragraph else {
        return String::new();
    };
    let mut text = String::new();
    plain_text(paragraph, &mut text);
    truncate(&collapse_whitespace(&text), max_chars)
}

fn is_text_paragraph<'a>(node: &'a AstNode<'a>) -> bool {
    if !matches!(node.data().value, NodeValue::Paragraph) {
        return false;
    }
    if first_line_is_embed(node) {
        return false;
    }
    let mut text = String::new();
    plain_text(node, &mut text);
    !text.trim().is_empty()
}

/// An embed paragraph is not prose, whether or not its address is allow-listed.
fn first_line_is_embed<'a>(node: &'a AstNode<'a>) -> bool {
    node.first_child().is_some_and(|c| match &c.data().value {
        NodeValue::Text(t) => crate::embed::may_start(t),
        _ => false,
    })
}

/// The words of an inline subtree. Raw HTML, images and footnote marks are left out: a
/// teaser has a few dozen characters, and an image's description is not prose.
fn plain_text<'a>(node: &'a AstNode<'a>, out: &mut String) {
    for child in node.children() {
        match &child.data().value {
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::Code(c) => out.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
            NodeValue::Image(_)
            | NodeValue::HtmlInline(_)
            | NodeValue::FootnoteReference(_)
            | NodeValue::Raw(_) => {}
            _ => plain_text(child, out),
        }
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, ellipsis included; cut after the last whole word that fits.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    // Room for the ellipsis.
    let keep = max - 1;
    let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    // If the cut fell inside a word, go back to the last space (unless the first word
    // alone is longer than the limit: then cut it, rather than return nothing).
    let at_boundary = text[end..].starts_with(' ');
    let head = if at_boundary {
        head
    } else {
        head.rfind(' ').map_or(head, |i| &head[..i])
    };
    let head = head.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-')
    });
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_paragraph_as_plain_text() {
        let body = "# Title\n\nThe *minister* said [on Tuesday](https://example.org) that `code`\nwould wait.[^1]\n\nSecond paragraph.\n\n[^1]: A note.\n";
        assert_eq!(
            teaser(body, 200),
            "The minister said on Tuesday that code would wait."
        );
    }

    #[test]
    fn truncates_at_a_word_with_an_ellipsis() {
        let body = "Alpha beta gamma delta epsilon.";
        assert_eq!(teaser(body, 100), body);
        assert_eq!(teaser(body, 16), "Alpha beta…");
        assert_eq!(teaser(body, 17), "Alpha beta gamma…");
        assert!(teaser(body, 16).chars().count() <= 16);
        assert_eq!(teaser("Supercalifragilistic", 6), "Super…");
        assert_eq!(teaser(body, 0), "");
        // Characters, not bytes.
        assert_eq!(teaser("東京は晴れです", 4), "東京は…");
    }

    #[test]
    fn never_reaches_below_the_cut() {
        // Marker first: nothing is free, so there is no teaser.
        assert_eq!(teaser("<!-- paywall -->\n\nSecret.\n", 100), "");
        // The first paragraph above the marker, even after an image.
        assert_eq!(
            teaser(
                "![x](https://example.org/a.png)\n\nFree.\n\n<!-- paywall -->\n\nSecret.\n",
                100
            ),
            "Free."
        );
        // No marker: a paid article gives away only its first block, so a list or an
        // image first means no teaser rather than the paid second block.
        assert_eq!(teaser("- a list\n\nSecret.\n", 100), "");
        assert_eq!(
            teaser("![x](https://example.org/a.png)\n\nSecret.\n", 100),
            ""
        );
        assert_eq!(
            teaser("::embed[https://youtu.be/dQw4w9WgXcQ]\n\nSecret.\n", 100),
            ""
        );
        // A marker quoted in code is not a cut, and code is not a paragraph.
        assert_eq!(teaser("```\n<!-- paywall -->\n```\n\nSecret.\n", 100), "");
    }

    #[test]
    fn raw_html_is_not_teaser_text() {
        assert_eq!(
            teaser("Hello <b>bold</b> <script>x</script>world\r\nagain", 100),
            "Hello bold xworld again"
        );
    }
}
