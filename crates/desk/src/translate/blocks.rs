//! The blocks of a body, as translators work on them: runs of lines between blank lines,
//! with the paywall cut always a block of its own. The translation memory pairs them,
//! the Translate workspace shows them side by side (`ui/src/lib/translate/blocks.ts`
//! cuts the same way, held to `tests/fixtures/blocks.json`), and the publish checks use
//! them to see whether a translation's cut stands where the source's does.

use dateline_render::is_cut_line;

use crate::text::lines::{Fence, is_cut};

/// The blocks of a Markdown body: runs of lines between blank lines (a line of spaces
/// is blank, as in Markdown), trimmed. A paywall line is a block of its own even with no
/// blank line around it (Markdown ends a paragraph at it too), except inside a fenced
/// code block, where it is only text.
pub(crate) fn blocks(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // The current block: from the start of its first line to the end of its last.
    let mut block: Option<(usize, usize)> = None;
    let mut fence = Fence::default();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let in_code = fence.step(line);
        if line.trim().is_empty() || (!in_code && is_cut(line)) {
            if let Some((start, end)) = block.take() {
                out.push(body[start..end].trim());
            }
            if !line.trim().is_empty() {
                out.push(line.trim());
            }
        } else {
            let start = block.map_or(offset, |(s, _)| s);
            block = Some((start, offset + line.len()));
        }
        offset += line.len();
    }
    if let Some((start, end)) = block {
        out.push(body[start..end].trim());
    }
    out
}

/// A translation's cut that does not stand where the source's does: the block each
/// stands after (`None`: at the start, or no cut at all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MisplacedCut {
    /// The source block the cut should follow; `None` if the source's cut opens the
    /// body, or if the source has no cut.
    pub source_after: Option<String>,
    pub source_has_cut: bool,
    /// The translation block its cut follows; `None` if it opens the body.
    pub translation_after: Option<String>,
}

/// Whether the translation's cut stands after the same source block as the source's.
///
/// With `block_sources` (the source block each translation block was written beside,
/// one per block), every translation block before the cut must translate a source block
/// before it, and every one after a block after it; blocks whose source is no longer
/// there say nothing. Without it, or when no block says anything, blocks pair by
/// position, which says something only when the translation has as many blocks as the
/// source: then the cut must follow as many as the source's does. A translation that
/// merged, split or left out blocks (an image the translator did not repeat) cannot be
/// paired, and is not refused on a guess. A translation without a cut is not judged here
/// (the checks have their own finding for it).
pub(crate) fn misplaced_cut(
    source: &str,
    translation: &str,
    block_sources: Option<&[String]>,
) -> Option<MisplacedCut> {
    let (from, to) = (blocks(source), blocks(translation));
    let to_cut = to.iter().position(|b| is_cut_line(b))?;
    let from_cut = from.iter().position(|b| is_cut_line(b));
    let misplaced = || MisplacedCut {
        source_after: from_cut
            .and_then(|i| i.checked_sub(1))
            .map(|i| from[i].to_owned()),
        source_has_cut: from_cut.is_some(),
        translation_after: to_cut.checked_sub(1).map(|i| to[i].to_owned()),
    };
    let Some(from_cut) = from_cut else {
        return Some(misplaced());
    };
    let map = block_sources.filter(|m| m.len() == to.len());
    let mut judged = false;
    if let Some(map) = map {
        // Each translation block's source block, found in order (a text may repeat).
        let mut next = 0;
        for (j, want) in map.iter().enumerate() {
            if j == to_cut {
                continue;
            }
            let found = (next..from.len())
                .chain(0..next)
                .find(|&i| !want.is_empty() && from[i] == want.as_str());
            let Some(i) = found else { continue };
            next = i + 1;
            judged = true;
            if (j < to_cut) != (i < from_cut) {
                return Some(misplaced());
            }
        }
    }
    (!judged && to.len() == from.len() && to_cut != from_cut).then(misplaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cut the Translate workspace makes too (`ui/src/lib/translate/blocks.ts`):
    /// both are held to the same cases.
    #[test]
    fn blocks_are_what_blank_lines_separate() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../../tests/fixtures/blocks.json")).unwrap();
        assert!(cases.len() >= 5);
        for case in cases {
            let body = case["body"].as_str().unwrap();
            let expected: Vec<&str> = case["blocks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b.as_str().unwrap())
                .collect();
            assert_eq!(blocks(body), expected, "{}", case["why"]);
        }
    }

    /// Where the blocks see a cut, the renderer cuts: the fixtures' bodies (and their
    /// glued and fenced cases) agree with `split_body`.
    #[test]
    fn blocks_see_the_cut_the_renderer_makes() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../../tests/fixtures/blocks.json")).unwrap();
        for case in cases {
            let body = case["body"].as_str().unwrap();
            let ours = blocks(body).iter().position(|b| is_cut_line(b));
            let rendered = dateline_render::split_body(body, false);
            assert_eq!(
                ours.is_some(),
                rendered.cut == dateline_render::Cut::Marker,
                "{}",
                case["why"]
            );
            if let Some(at) = ours {
                // The free part is the blocks before the cut.
                let free: Vec<&str> = blocks(&rendered.free);
                assert_eq!(free, blocks(body)[..at].to_vec(), "{}", case["why"]);
            }
        }
    }

    const SOURCE: &str = "One.\n\nTwo.\n\n<!-- paywall -->\n\nThree.\n\nFour.\n";

    #[test]
    fn a_cut_after_the_same_block_is_in_place() {
        assert_eq!(
            misplaced_cut(
                SOURCE,
                "Un.\n\nDeux.\n\n<!-- paywall -->\n\nTrois.\n\nQuatre.",
                None
            ),
            None
        );
        // Without a cut, another finding speaks.
        assert_eq!(misplaced_cut(SOURCE, "Un.\n\nDeux.", None), None);
    }

    #[test]
    fn a_cut_glued_to_a_paragraph_and_moved_is_named() {
        // The bug: the cut was typed with the next paragraph, and its translation put
        // it after the first one.
        let moved = "Un.\n<!-- paywall -->\nDeux.\n\nTrois.\n\nQuatre.";
        let found = misplaced_cut(SOURCE, moved, None).unwrap();
        assert_eq!(found.source_after.as_deref(), Some("Two."));
        assert_eq!(found.translation_after.as_deref(), Some("Un."));
        assert!(found.source_has_cut);
    }

    #[test]
    fn the_block_map_forgives_merged_paragraphs_and_catches_crossed_ones() {
        let map = |m: &[&str]| m.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // One and Two translated as one block: fewer blocks before the cut, but each
        // stands beside a free source block.
        let merged = "Un, deux.\n\n<!-- paywall -->\n\nTrois.\n\nQuatre.";
        let sources = map(&["One.", "<!-- paywall -->", "Three.", "Four."]);
        assert_eq!(misplaced_cut(SOURCE, merged, Some(&sources)), None);
        // Positionally the same count, but the block before the cut translates Three.
        let crossed = "Un.\n\nTrois.\n\n<!-- paywall -->\n\nDeux.\n\nQuatre.";
        let sources = map(&["One.", "Three.", "<!-- paywall -->", "Two.", "Four."]);
        let found = misplaced_cut(SOURCE, crossed, Some(&sources)).unwrap();
        assert_eq!(found.translation_after.as_deref(), Some("Trois."));
    }

    #[test]
    fn without_a_block_map_a_translation_of_another_shape_is_not_judged() {
        // The source's image left out: one block fewer before the cut, rightly.
        let source =
            "The keepers met.\n\n![](dateline-image:a.png)\n\n<!-- paywall -->\n\nThe count.";
        let fewer = "Les gardiens.\n\n<!-- paywall -->\n\nLe décompte.";
        assert_eq!(misplaced_cut(source, fewer, None), None);
    }

    #[test]
    fn a_cut_the_source_does_not_have_is_misplaced() {
        let found =
            misplaced_cut("One.\n\nTwo.", "Un.\n\n<!-- paywall -->\n\nDeux.", None).unwrap();
        assert!(!found.source_has_cut);
        assert_eq!(found.source_after, None);
    }

    #[test]
    fn a_marker_in_code_is_not_a_cut() {
        let body = "```\n<!-- paywall -->\n```\n\nAfter.";
        assert_eq!(blocks(body), vec!["```\n<!-- paywall -->\n```", "After."]);
        assert_eq!(misplaced_cut("A.", body, None), None);
    }
}
