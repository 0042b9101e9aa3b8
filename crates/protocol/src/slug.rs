//! Slugs: the last part of an article's address. The site refuses a slug that breaks
//! these rules and the desk makes slugs with the same rules, so they never disagree.

use std::sync::LazyLock;

use regex::Regex;

/// The longest slug the site accepts, in characters.
pub const MAX_SLUG_CHARS: usize = 200;

/// One character a slug may hold besides the hyphen: a lowercase letter of any script
/// (scripts without case count, with their modifier letters such as the Japanese
/// long-vowel mark and their combining marks such as Devanagari vowel signs) or a
/// decimal digit of any script.
const SLUG_CHAR: &str = r"[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]";

static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^{SLUG_CHAR}+(?:-{SLUG_CHAR}+)*$")).expect("the slug pattern compiles")
});
static CHAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{SLUG_CHAR}$")).expect("the char pattern compiles"));

/// Whether `slug` is one the site accepts: slug characters in runs joined by single
/// hyphens, at most [`MAX_SLUG_CHARS`] long.
pub fn is_valid_slug(slug: &str) -> bool {
    slug.chars().count() <= MAX_SLUG_CHARS && SLUG.is_match(slug)
}

/// A slug from a headline: lowercased, every run of other characters turned into one
/// hyphen, at most 80 characters. `fallback` stands in for a headline with no slug
/// characters at all.
pub fn slugify(title: &str, fallback: &str) -> String {
    let mut slug = String::new();
    let mut buf = [0u8; 4];
    for c in title.chars().flat_map(char::to_lowercase) {
        if CHAR.is_match(c.encode_utf8(&mut buf)) {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(80).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_and_invalid_slugs() {
        for good in [
            "ports",
            "ports-2026",
            "économie-verte",
            "港の話",
            "الاقتصاد-العالمي",
            "データ-センター",
            "हिन्दी-समाचार",
            "a1",
        ] {
            assert!(is_valid_slug(good), "{good}");
        }
        for bad in [
            "", "Ports", "ports--x", "-ports", "ports-", "por ts", "ports/x", "ports_x", "PORTS",
            "co₂", "Ⅱ",
        ] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
        assert!(!is_valid_slug(&"a".repeat(MAX_SLUG_CHARS + 1)));
    }

    #[test]
    fn the_shared_cases_the_desk_s_typescript_copy_is_held_to_as_well() {
        // ui/src/lib/articles/slug.ts makes slugs while the headline is typed; both
        // must agree with tests/fixtures/slugs.json.
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../tests/fixtures/slugs.json")).unwrap();
        assert!(cases.len() >= 10);
        for c in cases {
            let (title, slug) = (c["title"].as_str().unwrap(), c["slug"].as_str().unwrap());
            assert_eq!(slugify(title, ""), slug, "{}", c["why"]);
            assert!(slug.is_empty() || is_valid_slug(slug), "{slug}");
        }
    }

    #[test]
    fn slugify_makes_only_valid_slugs() {
        for (title, slug) in [
            (
                "Harbour cranes return — at last!",
                "harbour-cranes-return-at-last",
            ),
            ("Économie : l’été", "économie-l-été"),
            ("東京の港", "東京の港"),
            ("データセンターの電力", "データセンターの電力"),
            ("CO₂ emissions fall", "co-emissions-fall"),
            ("हिन्दी समाचार", "हिन्दी-समाचार"),
        ] {
            assert_eq!(slugify(title, "x"), slug);
            assert!(is_valid_slug(slug), "{slug}");
        }
        assert_eq!(slugify("!!! ₂ ½", "fallback"), "fallback");
        let long = slugify(&"word ".repeat(40), "x");
        assert!(long.chars().count() <= 80 && is_valid_slug(&long), "{long}");
    }
}
