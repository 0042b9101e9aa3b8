//! Search snippets: a short window of a text around what was searched for, as parts
//! that are or are not hits.
//!
//! They are built here from the stored text, not by FTS5's `snippet()`: the index holds
//! folded text with CJK bigrams (see `fold.rs`), which is not what the journalist wrote,
//! and parts travel to the UI as data, never as HTML to be trusted.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use ts_rs::TS;

use crate::text::fold::{Term, fold_word, is_cjk, is_word_char};

/// A piece of a snippet; `hit` marks what matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// How many words (or CJK characters) a snippet shows.
const WINDOW: usize = 30;
/// How many of them come before the first hit.
const LEAD: usize = 6;

struct Token {
    start: usize,
    end: usize,
    hit: Option<usize>,
}

/// The words and CJK characters of `text`, each marked with the query term it matches
/// (a word that a prefix term starts is marked whole).
fn tokens(text: &str, terms: &[Term]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut word: Option<usize> = None;
    let mut run: Vec<(usize, char)> = Vec::new();
    let flush_word = |out: &mut Vec<Token>, start: usize, end: usize| {
        let folded = fold_word(&text[start..end]);
        let hit = terms.iter().position(|t| match t {
            Term::Word(w) => *w == folded,
            Term::Prefix(p) => folded.starts_with(p.as_str()),
            Term::Cjk(_) => false,
        });
        out.push(Token { start, end, hit });
    };
    let flush_run = |out: &mut Vec<Token>, run: &mut Vec<(usize, char)>| {
        let first = out.len();
        for &(i, c) in run.iter() {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                hit: None,
            });
        }
        let chars: Vec<char> = run.iter().map(|&(_, c)| c).collect();
        for (ti, t) in terms.iter().enumerate() {
            let Term::Cjk(needle) = t else { continue };
            if needle.len() > chars.len() {
                continue;
            }
            for at in 0..=chars.len() - needle.len() {
                if chars[at..at + needle.len()] == needle[..] {
                    for tok in &mut out[first + at..first + at + needle.len()] {
                        tok.hit.get_or_insert(ti);
                    }
                }
            }
        }
        run.clear();
    };
    for (i, c) in text.char_indices() {
        if is_cjk(c) {
            if let Some(start) = word.take() {
                flush_word(&mut out, start, i);
            }
            run.push((i, c));
        } else {
            if !run.is_empty() {
                flush_run(&mut out, &mut run);
            }
            if is_word_char(c) {
                word.get_or_insert(i);
            } else if let Some(start) = word.take() {
                flush_word(&mut out, start, i);
            }
        }
    }
    if let Some(start) = word.take() {
        flush_word(&mut out, start, text.len());
    }
    if !run.is_empty() {
        flush_run(&mut out, &mut run);
    }
    out
}

fn distinct_hits(tokens: &[Token]) -> usize {
    let mut seen: Vec<usize> = tokens.iter().filter_map(|t| t.hit).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// The best snippet among `fields` (in order of preference when equally good): the
/// window of the field with the most different query terms, around its densest hits.
/// No hit anywhere: the beginning of the first non-empty field.
pub(crate) fn snippet(fields: &[&str], terms: &[Term]) -> Vec<SnippetPart> {
    let mut best: Option<(usize, &str, Vec<Token>)> = None;
    for field in fields {
        let toks = tokens(field, terms);
        let score = distinct_hits(&toks);
        if best.as_ref().is_none_or(|(s, text, _)| {
            score > *s || (text.trim().is_empty() && !field.trim().is_empty())
        }) {
            best = Some((score, field, toks));
        }
    }
    let Some((_, text, toks)) = best else {
        return Vec::new();
    };
    if toks.is_empty() {
        return Vec::new();
    }
    // The window start (a hit) with the most hits within WINDOW tokens.
    let mut start = 0;
    let mut most = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.hit.is_some() {
            let n = toks[i..(i + WINDOW).min(toks.len())]
                .iter()
                .filter(|t| t.hit.is_some())
                .count();
            if n > most {
                most = n;
                start = i;
            }
        }
    }
    let from = start.saturating_sub(LEAD);
    let to = (from + WINDOW).min(toks.len());
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut push = |s: &str, hit: bool| {
        if s.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(s),
            _ => parts.push(SnippetPart {
                text: s.to_owned(),
                hit,
            }),
        }
    };
    if from > 0 {
        push("… ", false);
    }
    let mut pos = toks[from].start;
    for t in &toks[from..to] {
        push(&text[pos..t.start], false);
        push(&text[t.start..t.end], t.hit.is_some());
        pos = t.end;
    }
    if to < toks.len() {
        push(" …", false);
    } else {
        push(&text[pos..], false);
    }
    tidy(parts)
}

/// Markdown's line-start marks (heading, quote, list item) mean nothing in a teaser.
static LINE_MARKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|\n)[ \t]*(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+").expect("pattern")
});
/// The paywall line, anywhere in the text around hits.
static PAYWALL_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<!--\s*(?:paywall|members-only)\s*-->").expect("pattern"));

/// The parts as a one-line teaser shows them: line-start Markdown marks and the paywall
/// line dropped from the text around hits, whitespace (newlines included) collapsed to
/// single spaces, empty parts gone, neighbours of the same kind merged, the ends trimmed.
fn tidy(parts: Vec<SnippetPart>) -> Vec<SnippetPart> {
    let mut out: Vec<SnippetPart> = Vec::new();
    for (index, part) in parts.into_iter().enumerate() {
        let mut text = part.text;
        if !part.hit {
            // At the first part's start, or after a newline, a mark is a line start.
            text = LINE_MARKS
                .replace_all(&text, |c: &regex::Captures<'_>| {
                    if c[1].is_empty() && index > 0 {
                        c[0].to_owned()
                    } else {
                        c[1].to_owned()
                    }
                })
                .into_owned();
            text = PAYWALL_LINE.replace_all(&text, " ").into_owned();
        }
        let text = collapse_spaces(&text);
        if text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.hit == part.hit => last.text.push_str(&text),
            _ => out.push(SnippetPart {
                text,
                hit: part.hit,
            }),
        }
    }
    // Trim the whole snippet, not each part: spaces between parts are words' spaces.
    if let Some(first) = out.first_mut() {
        first.text = first.text.trim_start().to_owned();
    }
    if let Some(last) = out.last_mut() {
        last.text = last.text.trim_end().to_owned();
    }
    out.retain(|p| !p.text.is_empty());
    out
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::query_terms;

    fn part(text: &str, hit: bool) -> SnippetPart {
        SnippetPart {
            text: text.into(),
            hit,
        }
    }

    #[test]
    fn tidy_keeps_hits_apart_from_the_text_around_them_in_order() {
        let parts = vec![
            part("…the harbour ", false),
            part("cranes", true),
            part(" stood idle…", false),
        ];
        assert_eq!(tidy(parts.clone()), parts);
    }

    #[test]
    fn tidy_merges_neighbours_of_one_kind_and_drops_empty_parts() {
        let parts = vec![
            part("", false),
            part("grue", true),
            part("s", true),
            part("", false),
            part(" du port", false),
            part(" ", false),
        ];
        assert_eq!(tidy(parts), [part("grues", true), part(" du port", false)]);
    }

    #[test]
    fn tidy_collapses_line_breaks_and_drops_markdown_line_marks_and_the_cut() {
        let parts = vec![
            part(
                "## Harbour report\n\n> quoted\n- item\n<!-- paywall -->\n",
                false,
            ),
            part("Ledgerwick", true),
        ];
        assert_eq!(
            tidy(parts),
            [
                part("Harbour report quoted item ", false),
                part("Ledgerwick", true)
            ]
        );
    }

    #[test]
    fn tidy_leaves_a_mark_alone_in_the_middle_of_a_line_and_any_script_as_it_is() {
        let parts = vec![
            part("prices ", false),
            part("rose", true),
            part(" - then # fell", false),
        ];
        let text: String = tidy(parts).iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "prices rose - then # fell");
        let parts = vec![
            part("في ", false),
            part("الميناء", true),
            part("港の", false),
        ];
        assert_eq!(tidy(parts.clone()), parts);
        assert!(tidy(vec![part("  \n ", false)]).is_empty());
    }

    #[test]
    fn a_snippet_of_a_markdown_body_reads_as_one_line() {
        let body = "## Tides\n\nIdle.\n\n<!-- paywall -->\n\n- Dockers voted";
        let terms = query_terms("dockers");
        let shown: String = snippet(&[body], &terms)
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(shown, "Tides Idle. Dockers voted");
    }

    fn render(parts: &[SnippetPart]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn marks_folded_hits_in_the_original_text() {
        let parts = snippet(
            &["", "La reprise de l'Économie\nfrançaise surprend."],
            &query_terms("economie FRANCAISE"),
        );
        assert_eq!(
            render(&parts),
            "La reprise de l'[Économie] [française] surprend."
        );
    }

    #[test]
    fn a_prefix_marks_the_words_it_starts() {
        let parts = snippet(
            &["Cranes were diverted to the Harbour; harbours diverge."],
            &query_terms("harbour dive"),
        );
        assert_eq!(
            render(&parts),
            "Cranes were [diverted] to the [Harbour]; harbours [diverge]."
        );
        let parts = snippet(&["قال إن الأخبار جيدة"], &query_terms("الاخ"));
        assert_eq!(render(&parts), "قال إن [الأخبار] جيدة");
    }

    #[test]
    fn cjk_and_arabic_hits() {
        let parts = snippet(&["今日の東京港は晴れ"], &query_terms("東京港"));
        assert_eq!(render(&parts), "今日の[東京港]は晴れ");
        let parts = snippet(&["قال إن الأخبار جيدة"], &query_terms("الاخبار"));
        assert_eq!(render(&parts), "قال إن [الأخبار] جيدة");
    }

    #[test]
    fn long_texts_are_cut_around_the_hits() {
        let body = format!("{} harbour {}", "word ".repeat(100), "word ".repeat(100));
        let parts = snippet(&["", &body], &query_terms("harbour"));
        let text = render(&parts);
        assert!(text.starts_with("… word"), "{text}");
        assert!(text.ends_with(" …"), "{text}");
        assert!(text.contains("[harbour]"), "{text}");
        assert!(text.split_whitespace().count() <= WINDOW + 2, "{text}");
    }

    #[test]
    fn prefers_the_field_with_more_terms() {
        let parts = snippet(
            &["only cranes here", "cranes and harbour together"],
            &query_terms("cranes harbour"),
        );
        assert_eq!(render(&parts), "[cranes] and [harbour] together");
        // No hit at all: the start of the first non-empty field.
        let parts = snippet(&["", "plain text"], &query_terms("absent"));
        assert_eq!(render(&parts), "plain text");
    }
}
