//! Text as the search index sees it.
//!
//! SQLite's `unicode61` tokenizer splits on spaces and punctuation, which serves Latin,
//! Greek, Cyrillic and Arabic script, but it leaves two gaps that journalists would hit
//! at once, so the desk folds every text in Rust before SQLite sees it, and folds the
//! query with the very same function:
//!
//! - **Accents.** "economie" must find "économie" and "Strasse" "Straße": letters are
//!   lowercased, decomposed (NFD) and stripped of Latin, Greek and Cyrillic combining
//!   diacritics, and the few letters that do not decompose (ß, æ, œ, ø, ł, đ, ð, þ, ı)
//!   are spelled out. The cost is that "résumé" also finds "resume"; newsroom search
//!   (like every web search engine) prefers recall here.
//! - **Arabic** is normalised as Lucene's `ArabicNormalizer` does: short vowels and
//!   other harakat and the tatweel are removed, alef with hamza or madda becomes bare
//!   alef, alef maqsura becomes yeh and teh marbuta heh, so a vowelled or differently
//!   spelled word still matches.
//! - **CJK** (Han, kana, Hangul) is written without spaces, so `unicode61` would make a
//!   whole sentence one token. Each run of CJK characters is indexed as its overlapping
//!   bigrams plus its last character (東京港 → `東京 京港 港`), the classic approach of
//!   Lucene's CJK analyzer. A query run becomes the phrase of its bigrams, which matches
//!   exactly where the run occurs; a one-character query is a prefix query, which
//!   finds the character as the first half of a bigram or as a run's last character.
//!
//! A query's last word is the one being typed (search runs as the journalist types), so
//! it is asked for as a prefix (`"harb" *` finds "harbour"); the index keeps prefix
//! indexes of one and two characters so that the first keys of a word are as quick to
//! search as whole words. A CJK run already matches wherever it occurs.
//!   We chose this over FTS5's `trigram` tokenizer because trigrams cannot find the
//!   two-character words that make up much of Chinese and Japanese (経済, 東京, 港湾)
//!   without a full scan, and a second table would double the index.
//!
//! The tokenizer behind it (`unicode61 remove_diacritics 0 categories 'L* N* Co M*'`)
//! then only splits; it must not fold differently from this module. Changing this
//! module changes what is in the index: a migration must then rebuild it.

/// The version of the folding below. The search index holds texts folded by it, so a
/// change that folds any text differently must change this too: the desk then rebuilds
/// the index when it opens (`content::texts::refresh_index`).
pub(crate) const FOLDING_VERSION: &str = "1";

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Whether `c` belongs to a script written without spaces between words, which the
/// index splits into bigrams.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF        // Hangul jamo
        | 0x3005..=0x3007      // 々 〆 〇
        | 0x3041..=0x309F      // Hiragana, with its sound marks
        | 0x30A1..=0x30FA      // Katakana, less ゠ and the middle dot
        | 0x30FC..=0x30FF      // ー and the katakana iteration marks
        | 0x3130..=0x318F      // Hangul compatibility jamo
        | 0x31F0..=0x31FF      // Katakana phonetic extensions
        | 0x3400..=0x4DBF      // CJK extension A
        | 0x4E00..=0x9FFF      // CJK unified ideographs
        | 0xAC00..=0xD7AF      // Hangul syllables
        | 0xF900..=0xFAFF      // CJK compatibility ideographs
        | 0xFF66..=0xFF9F      // half-width katakana
        | 0x20000..=0x3FFFF) // CJK extensions B to H
}

/// A character that belongs to a word (as opposed to a separator).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Combining marks that are accents on Latin, Greek or Cyrillic letters. Marks of other
/// scripts (Devanagari vowel signs, for example) are part of the letter and stay.
fn is_latin_diacritic(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Arabic harakat, Quranic marks and the superscript alef.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Appends the folded form of one non-CJK character to `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        'ı' => out.push('i'),
        // Arabic, after Lucene's ArabicNormalizer.
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        'ـ' => {}
        c if is_arabic_mark(c) => {}
        // Full-width Latin letters and digits, common in Japanese text.
        c @ '\u{FF01}'..='\u{FF5E}' => {
            let narrow = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            fold_char(narrow, out)
        }
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for lower in c.to_lowercase() {
                decompose_canonical(lower, |d| {
                    if !is_latin_diacritic(d) {
                        out.push(d);
                    }
                });
            }
        }
    }
}

/// One word, folded: what a word of the text and a word of a query are compared as.
pub(crate) fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The text as it goes into the index: folded, with CJK runs as bigrams.
pub(crate) fn index_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            push_bigrams(&run, &mut out);
            run.clear();
        }
        fold_char(c, &mut out);
    }
    if !run.is_empty() {
        push_bigrams(&run, &mut out);
    }
    out
}

fn push_bigrams(run: &[char], out: &mut String) {
    out.push(' ');
    for pair in run.windows(2) {
        out.push(pair[0]);
        out.push(pair[1]);
        out.push(' ');
    }
    if let Some(last) = run.last() {
        out.push(*last);
    }
    out.push(' ');
}

/// One thing a query asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Term {
    /// A folded word of a spaced script.
    Word(String),
    /// The start of a folded word: the query's last word, which may still be being
    /// typed ("harb" finds "harbour").
    Prefix(String),
    /// A run of CJK characters, matched as a substring.
    Cjk(Vec<char>),
}

/// The terms of a query, in order, without repeats. The query's last word is the one
/// being typed, so it is a [`Term::Prefix`] (unless the same word is also asked for
/// whole); every other word must match whole.
pub(crate) fn query_terms(text: &str) -> Vec<Term> {
    let mut found: Vec<Term> = Vec::new();
    let mut word = String::new();
    let mut run = Vec::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                found.push(Term::Word(fold_word(&std::mem::take(&mut word))));
            }
            run.push(c);
        } else {
            if !run.is_empty() {
                found.push(Term::Cjk(std::mem::take(&mut run)));
            }
            if is_word_char(c) {
                word.push(c);
            } else if !word.is_empty() {
                found.push(Term::Word(fold_word(&std::mem::take(&mut word))));
            }
        }
    }
    if !word.is_empty() {
        found.push(Term::Word(fold_word(&word)));
    }
    if !run.is_empty() {
        found.push(Term::Cjk(run));
    }
    found.retain(|t| match t {
        Term::Word(w) | Term::Prefix(w) => !w.is_empty(),
        Term::Cjk(r) => !r.is_empty(),
    });
    if let Some(Term::Word(last)) = found.last()
        && found
            .iter()
            .filter(|t| matches!(t, Term::Word(w) if w == last))
            .count()
            == 1
    {
        let last = last.clone();
        found.pop();
        found.push(Term::Prefix(last));
    }
    let mut terms: Vec<Term> = Vec::with_capacity(found.len());
    for t in found {
        if !terms.contains(&t) {
            terms.push(t);
        }
    }
    terms
}

/// The FTS5 MATCH expression for `terms`: every term must occur (AND). Each term is a
/// quoted string (a prefix is a quoted string followed by `*`), so nothing the user
/// types is read as FTS5 syntax.
pub(crate) fn match_expression(terms: &[Term]) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    terms
        .iter()
        .map(|t| match t {
            Term::Word(w) => quote(w),
            Term::Prefix(p) => format!("{} *", quote(p)),
            Term::Cjk(run) if run.len() == 1 => format!("{} *", quote(&run[0].to_string())),
            Term::Cjk(run) => {
                let bigrams: Vec<String> = run
                    .windows(2)
                    .map(|p| p.iter().collect::<String>())
                    .collect();
                quote(&bigrams.join(" "))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_and_case_fold_away() {
        assert_eq!(fold_word("Économie"), "economie");
        assert_eq!(fold_word("Straße"), "strasse");
        assert_eq!(fold_word("Mañana"), "manana");
        assert_eq!(fold_word("Øresund"), "oresund");
        assert_eq!(fold_word("Łódź"), "lodz");
        assert_eq!(fold_word("ＴＯＫＹＯ２０２４"), "tokyo2024");
        // Decomposed input (as some file systems and keyboards produce) folds the same.
        assert_eq!(fold_word("e\u{301}te\u{301}"), "ete");
        // Marks that are part of a letter in other scripts stay.
        assert_eq!(fold_word("हिन्दी"), "हिन्दी");
    }

    #[test]
    fn arabic_is_normalised() {
        // Vowelled, with hamza on the alef, with tatweel: all the same word.
        assert_eq!(fold_word("أَخْبَار"), fold_word("اخبار"));
        assert_eq!(fold_word("اخبـــار"), "اخبار");
        assert_eq!(fold_word("مدرسة"), fold_word("مدرسه"));
    }

    #[test]
    fn cjk_runs_become_bigrams() {
        assert_eq!(index_form("東京港"), " 東京 京港 港 ");
        assert_eq!(index_form("港"), " 港 ");
        assert_eq!(index_form("iPhone発売。"), "iphone 発売 売 。");
    }

    #[test]
    fn queries_are_terms_and_quoted() {
        let terms = query_terms("Économie  東京港 港 l'été \"or\" économie");
        assert_eq!(
            terms,
            vec![
                Term::Word("economie".into()),
                Term::Cjk(vec!['東', '京', '港']),
                Term::Cjk(vec!['港']),
                Term::Word("l".into()),
                Term::Word("ete".into()),
                Term::Word("or".into()),
            ]
        );
        assert_eq!(
            match_expression(&terms),
            "\"economie\" \"東京 京港\" \"港\" * \"l\" \"ete\" \"or\""
        );
        assert!(query_terms("  ,;  ").is_empty());
    }

    #[test]
    fn the_word_being_typed_is_a_prefix() {
        let terms = query_terms("Harbour DIVÉR");
        assert_eq!(
            terms,
            vec![Term::Word("harbour".into()), Term::Prefix("diver".into())]
        );
        assert_eq!(match_expression(&terms), "\"harbour\" \"diver\" *");
        // Whatever follows the last word; a CJK run stays a substring.
        assert_eq!(query_terms("harb*\""), vec![Term::Prefix("harb".into())]);
        assert_eq!(
            query_terms("port harb port"),
            vec![Term::Word("port".into()), Term::Word("harb".into())]
        );
        assert_eq!(query_terms("港湾"), vec![Term::Cjk(vec!['港', '湾'])]);
        // Arabic folds the same way as the index.
        assert_eq!(query_terms("الأخ"), vec![Term::Prefix("الاخ".into())]);
        // Hostile input is never syntax: quotes and operators are separators or quoted.
        assert_eq!(
            match_expression(&query_terms("NEAR(\"x* -harb")),
            "\"near\" \"x\" \"harb\" *"
        );
    }
}
