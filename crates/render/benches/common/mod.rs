//! What both render benchmarks share: the generated articles and the plain HTML of the
//! two parsers we compare against.

/// Words a news article is made of: mostly short common words, some long and accented
/// ones, as in running text.
const VOCABULARY: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "was",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "said",
    "government",
    "minister",
    "harbour",
    "council",
    "report",
    "election",
    "budget",
    "economy",
    "inflation",
    "percent",
    "million",
    "Tuesday",
    "spokesperson",
    "according",
    "investigation",
    "parliament",
    "residents",
    "city",
    "infrastructure",
    "committee",
    "négociations",
    "café",
    "Zürich",
    "analysts",
    "expected",
    "announced",
    "however",
    "while",
    "after",
    "before",
    "during",
    "which",
    "would",
    "could",
    "their",
    "have",
    "been",
    "more",
    "than",
    "this",
    "year",
    "last",
    "week",
    "people",
    "police",
    "officials",
    "statement",
    "increase",
    "decline",
    "agreement",
    "proposal",
    "opposition",
    "support",
    "between",
    "region",
    "national",
];

/// Deterministic pseudo-random numbers, so every run benchmarks the same text.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// An article of about `target` words with the mix a newsroom writes: a heading every six
/// paragraphs, links, emphasis, the odd code span, a list and a quote every nine
/// paragraphs, and per 1,500 words one table and one code block. A paywall cut follows
/// the third paragraph.
pub fn article(target: usize) -> String {
    article_with(target, 600)
}

/// [`article`] with the inline mix scaled into `per` words instead of 600: `per = 40`
/// makes every fourth word or so a link, emphasis or code — a stress case, not copy.
pub fn article_with(target: usize, per: usize) -> String {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut out = String::with_capacity(target * 8);
    let mut words = 0;
    let mut paragraphs = 0;
    out.push_str("# Harbour reopens after the longest winter in memory\n\n");
    while words < target {
        if paragraphs > 0 && paragraphs % 6 == 0 {
            out.push_str("## ");
            for _ in 0..4 {
                out.push_str(VOCABULARY[rng.below(VOCABULARY.len())]);
                out.push(' ');
            }
            out.push_str("\n\n");
            words += 4;
        }
        let length = 40 + rng.below(80);
        for i in 0..length {
            let word = VOCABULARY[rng.below(VOCABULARY.len())];
            // Per 600 words: 5 links, 4 emphasised and 2 strong words, 1 code span, a
            // mix read off wire and magazine copy (links are the most frequent inline).
            match rng.below(per) {
                0..=4 => out.push_str(&format!(
                    "[{word}](https://example.org/news/{}/{word})",
                    rng.below(10_000)
                )),
                5..=8 => out.push_str(&format!("*{word}*")),
                9..=10 => out.push_str(&format!("**{word}**")),
                11 => out.push_str(&format!("`{word}`")),
                _ => out.push_str(word),
            }
            out.push_str(if i + 1 == length { ".\n\n" } else { " " });
            if i % 14 == 13 && i + 1 != length {
                out.push('\n');
            }
        }
        words += length;
        paragraphs += 1;
        if paragraphs == 3 {
            out.push_str("<!-- paywall -->\n\n");
        }
        match paragraphs % 9 {
            4 => {
                for _ in 0..4 {
                    out.push_str("- ");
                    for _ in 0..8 {
                        out.push_str(VOCABULARY[rng.below(VOCABULARY.len())]);
                        out.push(' ');
                    }
                    out.push('\n');
                }
                out.push('\n');
                words += 32;
            }
            7 => {
                out.push_str("> \"We did not expect this,\" said a resident -- who asked not to be named...\n\n");
                words += 14;
            }
            _ => {}
        }
        if paragraphs % 18 == 9 {
            out.push_str("| Berth | Status | Reopens |\n|:------|:------:|-------:|\n");
            for n in 0..5 {
                out.push_str(&format!("| {n} | open | Monday |\n"));
            }
            out.push('\n');
            out.push_str("```rust\nlet berths = [1, 2, 3];\nprintln!(\"{berths:?}\");\n```\n\n");
            words += 30;
        }
    }
    out
}

pub fn pulldown_html(markdown: &str) -> String {
    use pulldown_cmark::{Options, Parser, html};
    // The same extensions our pipeline turns on, so both parse the same constructs.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, Parser::new_ext(markdown, options));
    out
}

pub fn comrak_html(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.parse.smart = true;
    comrak::markdown_to_html(markdown, &options)
}
