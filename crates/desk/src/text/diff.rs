//! Word-level differences between two versions of a text, for the revisions drawer.
//!
//! The text is cut into words, runs of spaces and single punctuation marks; CJK
//! characters are one token each, since those scripts do not separate words and a
//! character is what their writers see change. `similar` then diffs the token lists.

use std::time::Duration;

use serde::Serialize;
use ts_rs::TS;

use crate::text::fold::{is_cjk, is_word_char};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
}

/// A run of text that is the same in both versions, or only in the newer (insert) or
/// only in the older (delete). Equal and delete chunks, in order, spell the older text;
/// equal and insert chunks the newer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DiffChunk {
    pub op: DiffOp,
    pub text: String,
}

/// Past this, a diff of two very different long texts is cut short (it stays correct,
/// only coarser): the drawer must answer, even for a 5 MB body.
const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

pub(crate) fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = 0u8; // 0 none, 1 word, 2 space
    for (i, c) in text.char_indices() {
        let k = if is_cjk(c) {
            3
        } else if is_word_char(c) || c == '\'' || c == '’' {
            1
        } else if c.is_whitespace() {
            2
        } else {
            4
        };
        // Words and spaces extend; CJK characters and punctuation stand alone.
        if i > start && !(k == kind && (k == 1 || k == 2)) {
            out.push(&text[start..i]);
            start = i;
        }
        kind = k;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

pub(crate) fn diff_words(old: &str, new: &str) -> Vec<DiffChunk> {
    let old_t = tokens(old);
    let new_t = tokens(new);
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .timeout(DIFF_TIMEOUT)
        .diff_slices(&old_t, &new_t);
    let mut chunks: Vec<DiffChunk> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            similar::ChangeTag::Equal => DiffOp::Equal,
            similar::ChangeTag::Insert => DiffOp::Insert,
            similar::ChangeTag::Delete => DiffOp::Delete,
        };
        match chunks.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => chunks.push(DiffChunk {
                op,
                text: change.value().to_owned(),
            }),
        }
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell(chunks: &[DiffChunk], skip: DiffOp) -> String {
        chunks
            .iter()
            .filter(|c| c.op != skip)
            .map(|c| c.text.as_str())
            .collect()
    }

    fn changed(chunks: &[DiffChunk]) -> Vec<(DiffOp, &str)> {
        chunks
            .iter()
            .filter(|c| c.op != DiffOp::Equal)
            .map(|c| (c.op, c.text.as_str()))
            .collect()
    }

    #[test]
    fn words_not_characters_change() {
        let old = "The harbour cranes return on Monday.";
        let new = "The port cranes returned on Monday.";
        let d = diff_words(old, new);
        assert_eq!(spell(&d, DiffOp::Insert), old);
        assert_eq!(spell(&d, DiffOp::Delete), new);
        assert_eq!(
            changed(&d),
            vec![
                (DiffOp::Delete, "harbour"),
                (DiffOp::Insert, "port"),
                (DiffOp::Delete, "return"),
                (DiffOp::Insert, "returned"),
            ]
        );
    }

    #[test]
    fn accented_and_arabic_words_are_whole() {
        let d = diff_words("L'économie reprend.", "L'économie ralentit.");
        assert_eq!(
            changed(&d),
            vec![(DiffOp::Delete, "reprend"), (DiffOp::Insert, "ralentit")]
        );
        let d = diff_words("الاقتصاد ينمو بسرعة", "الاقتصاد يتباطأ بسرعة");
        assert_eq!(
            changed(&d),
            vec![(DiffOp::Delete, "ينمو"), (DiffOp::Insert, "يتباطأ")]
        );
    }

    #[test]
    fn cjk_changes_by_character() {
        let d = diff_words("東京の港は晴れ", "東京の空は晴れ");
        assert_eq!(
            changed(&d),
            vec![(DiffOp::Delete, "港"), (DiffOp::Insert, "空")]
        );
    }

    #[test]
    fn identical_and_empty_texts() {
        assert_eq!(
            diff_words("same text", "same text"),
            vec![DiffChunk {
                op: DiffOp::Equal,
                text: "same text".into()
            }]
        );
        assert!(diff_words("", "").is_empty());
        assert_eq!(
            diff_words("", "new"),
            vec![DiffChunk {
                op: DiffOp::Insert,
                text: "new".into()
            }]
        );
    }
}
