//! The fuzz target's property (`support/api_bodies.rs`), run in `cargo test` over
//! generated bodies: a bounded number from a fixed seed, so a failure reproduces exactly.
//! cargo-fuzz (in `/fuzz`) explores further where a nightly toolchain is available.
//!
//! Inputs are valid bodies with JSON and Fluent syntax spliced in, cut out or
//! overwritten, because uniformly random bytes are almost never JSON and so would only
//! test the first character of the parser.

#[path = "support/api_bodies.rs"]
mod api_bodies;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const SEEDS: &[&str] = &[
    r#"{"source_locale":"en-US","section":"economy/asia","tags":["trade"],"byline":"Mei Tanaka","source_url":"https://example.org/a","tier":"premium","publish_at":"2026-05-01T08:00:00Z","texts":[{"locale":"en-US","title":"Ports","standfirst":"Queues.","body":"Ships wait.\n\n<!-- paywall -->\n\nSecret.","slug":"ports-2026"},{"locale":"fr","title":"Ports","standfirst":"Files.","body":"Les navires.","slug":"ports-2026-fr"}]}"#,
    r#"{"ftl":"footer-text = Écrit à la main.\nreading-time = { $minutes ->\n    [one] { $minutes } minute\n   *[other] { $minutes } minutes\n}\nsubscribe-body = Pour { $tier }\n"}"#,
    "footer-text = { site-home } · Dateline\nsigned-in-as = { $email } ({ $tier })\n    .title = x\n-brand = Lantern\n",
];

/// Pieces that mean something to a JSON or Fluent parser.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "0",
    "-1",
    "1e999",
    "18446744073709551616",
    "\"tier\"",
    "\"texts\"",
    "\"locale\"",
    "\"ftl\"",
    "\"publish_at\"",
    "\"extra\"",
    "\n",
    "\r\n",
    " ",
    "\t",
    "=",
    "{ $",
    "$",
    "->",
    "*[",
    "[one]",
    ".attr",
    "-term",
    "{ -term }",
    "{ NUMBER($x) }",
    "#",
    "é",
    "‑",
    "日本",
    "\u{feff}",
    "\u{0}",
    "}}}}",
    "{{{{",
];

fn mutate(rng: &mut StdRng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..rng.random_range(1..=6) {
        let at = rng.random_range(0..=out.len());
        match rng.random_range(0..4) {
            0 => {
                let end = (at + rng.random_range(0..12)).min(out.len());
                out.drain(at..end);
            }
            1 | 2 => {
                let piece = PIECES[rng.random_range(0..PIECES.len())].as_bytes();
                out.splice(at..at, piece.iter().copied());
            }
            _ => {
                if at < out.len() {
                    out[at] = rng.random();
                }
            }
        }
    }
    out
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

#[test]
fn seeds_are_accepted_as_they_are() {
    let config = api_bodies::config();
    assert!(dateline_site::api_fuzz::check_article_put(config, SEEDS[0].as_bytes()).is_ok());
    assert!(dateline_site::api_fuzz::check_strings_put(config, "fr", SEEDS[1].as_bytes()).is_ok());
}

#[test]
fn mutated_bodies_are_answered_never_panicked_on() {
    let seed = env_number("API_FUZZ_SEED").unwrap_or(0x00da_7e11_4e0a_0001);
    let iterations = env_number("API_FUZZ_ITERATIONS").unwrap_or(3000);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut accepted = 0;
    for _ in 0..iterations {
        let base = SEEDS[rng.random_range(0..SEEDS.len())].as_bytes();
        let input = mutate(&mut rng, base);
        api_bodies::fuzz_one(&input);
        let config = api_bodies::config();
        accepted += usize::from(dateline_site::api_fuzz::check_article_put(config, &input).is_ok());
    }
    // Some mutations keep a body valid (a changed letter in a title): the accepting side
    // of the property ran too.
    assert!(accepted > 0, "no mutated article was accepted");
}
