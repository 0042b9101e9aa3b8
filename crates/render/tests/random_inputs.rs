//! The fuzz target's body, run in `cargo test` over generated inputs: a bounded number,
//! from a fixed seed, so a failure reproduces exactly. cargo-fuzz (in `/fuzz`) explores
//! further where a nightly toolchain is available; this loop keeps the property checked
//! on every test run without one.
//!
//! Inputs are spliced from Markdown syntax, HTML, URL tricks and the hostile corpus, with
//! random bytes and characters between, because uniformly random text almost never forms
//! a link or a tag and so would test little.

#[path = "support/audit.rs"]
mod audit;

const CORPUS: &str = include_str!("hostile/corpus.md");

/// Pieces that mean something to a Markdown or HTML parser.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    " ",
    "    ",
    "\t",
    "# ",
    "## ",
    "###### ",
    "=\n",
    "---\n",
    "> ",
    "- ",
    "* ",
    "1. ",
    "- [ ] ",
    "- [x] ",
    "```",
    "~~~",
    "`",
    "``",
    "*",
    "**",
    "_",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\"",
    "'",
    "!",
    "![",
    "](",
    "[^1]",
    "[^1]: ",
    "[r]: ",
    "[r]",
    "|",
    "| a | b |\n|---|---|\n",
    "\\",
    "&",
    "&#",
    "&#106;",
    "&#x6A;",
    "&colon;",
    "&quot;",
    "&lt;",
    "javascript:",
    "JaVaScRiPt:",
    "vbscript:",
    "data:",
    "data:text/html,",
    "https://",
    "http://",
    "mailto:",
    "//",
    "#",
    "www.",
    "@",
    "example.org",
    "alert(1)",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<math>",
    "<iframe srcdoc=",
    "<a href=",
    "<!-- paywall -->",
    "<!--members-only-->",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "onerror=",
    "onload=",
    "style=",
    "::embed[",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://vimeo.com/76979871",
    "https://x.com/jack/status/20",
    "https://bsky.app/profile/a.bsky.social/post/3kzyq2w2bxc2a",
    "dateline-image:",
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    ".png",
    ".svg",
    "$",
    "$$",
    "\\(",
    "\\[",
    "\0",
    "\u{1}",
    "\u{200b}",
    "東京",
    "é",
    "ـ",
];

/// xorshift64*: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn generate(rng: &mut Rng, corpus: &[&str]) -> String {
    let mut out = String::new();
    let parts = 1 + rng.below(40);
    for _ in 0..parts {
        match rng.below(10) {
            0..=5 => out.push_str(PIECES[rng.below(PIECES.len())]),
            6 => {
                // A slice of a corpus case, cut at char boundaries.
                let case = corpus[rng.below(corpus.len())];
                let chars: Vec<char> = case.chars().collect();
                if !chars.is_empty() {
                    let a = rng.below(chars.len());
                    let b = a + rng.below(chars.len() - a + 1);
                    out.extend(&chars[a..b]);
                }
            }
            7 => {
                for _ in 0..1 + rng.below(8) {
                    out.push((b'a' + rng.below(26) as u8) as char);
                }
            }
            8 => out.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')),
            _ => out.push_str(corpus[rng.below(corpus.len())]),
        }
    }
    out
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

#[test]
fn generated_inputs_render_to_nothing_executable() {
    let corpus: Vec<&str> = CORPUS.split("%%%% ").filter(|c| !c.is_empty()).collect();
    // Fixed by default; RENDER_FUZZ_SEED and RENDER_FUZZ_ITERATIONS explore further by
    // hand (a failure prints its input, which then belongs in the corpus).
    let seed = env_number("RENDER_FUZZ_SEED").unwrap_or(0x00da_7e11_4e5e_ed00);
    let iterations = env_number("RENDER_FUZZ_ITERATIONS").unwrap_or(1500);
    let mut rng = Rng(seed.max(1));
    let mut rendered_html = 0usize;
    for _ in 0..iterations {
        let input = generate(&mut rng, &corpus);
        audit::fuzz_one(input.as_bytes());
        rendered_html += input.len();
    }
    // The loop really ran over sizeable inputs (not empty strings).
    assert!(rendered_html > 60 * iterations as usize, "{rendered_html}");
}

#[test]
fn arbitrary_bytes_do_not_panic() {
    let mut rng = Rng(42);
    for _ in 0..500 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        // Invalid UTF-8 is skipped by the fuzz body; lossily decoded it is still a body.
        audit::fuzz_one(&bytes);
        audit::fuzz_one(String::from_utf8_lossy(&bytes).as_bytes());
    }
}
