//! What search engines and link previews read besides the page itself: absolute
//! addresses and schema.org JSON-LD.
//!
//! Only titles, standfirsts, bylines, dates and section names go in, never any part of a
//! body: these travel to crawlers and previews whatever the reader's tier, so they must
//! hold nothing the paywall keeps back.

use minijinja::Value;
use serde_json::{Value as Json, json};

use super::listing::Crumb;
use super::visit::encode_non_ascii;

/// An absolute address on this site. Paths are percent-encoded where they are not ASCII
/// (Japanese slugs), as sitemaps and `Link` targets require.
pub(crate) fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{}", encode_non_ascii(path))
}

/// JSON for a `<script type="application/ld+json">` element, ready to print unescaped.
///
/// Inside that element the HTML parser ends it at the first `</script` and treats
/// `<!--` specially, whatever JSON quoting says, so `<`, `>` and `&` are written as JSON
/// escapes (`\u003c`, …), which every JSON parser reads back as the same characters.
/// U+2028 and U+2029 too, for the parsers that still treat them as line ends.
pub(crate) fn script_json(value: &Json) -> Value {
    let mut out = String::new();
    for c in value.to_string().chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    Value::from_safe_string(out)
}

/// schema.org `BreadcrumbList` for the breadcrumbs shown on the page.
pub(crate) fn breadcrumb_list(base_url: &str, crumbs: &[Crumb], current_url: &str) -> Json {
    let items: Vec<Json> = crumbs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let url = c
                .url
                .as_deref()
                .map_or_else(|| current_url.to_owned(), |u| absolute(base_url, u));
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": c.name,
                "item": url,
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
}

/// The facts of an article that its structured data tells.
#[derive(Debug)]
pub(crate) struct ArticleFacts<'a> {
    pub url: &'a str,
    pub headline: &'a str,
    pub description: &'a str,
    pub published: &'a str,
    pub modified: &'a str,
    pub byline: &'a str,
    pub locale: &'a str,
    pub section_name: &'a str,
    pub tags: &'a [String],
    pub site_name: &'a str,
    pub site_url: &'a str,
    /// Whether every reader may read all of it (the article's tier is `public`).
    pub free: bool,
}

/// schema.org `NewsArticle`. A paid article says so the way Google documents for
/// paywalled content: `isAccessibleForFree: false`, and a `hasPart` naming the element
/// (`.paywalled`) that holds the subscribers' part or, for other readers, the
/// subscribe box in its place. This is what keeps a page that shows crawlers less than
/// subscribers get from being taken for cloaking.
pub(crate) fn news_article(a: &ArticleFacts<'_>) -> Json {
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": { "@type": "WebPage", "@id": a.url },
        "url": a.url,
        "headline": a.headline,
        "description": a.description,
        "datePublished": a.published,
        "dateModified": a.modified,
        "inLanguage": a.locale,
        "articleSection": a.section_name,
        "isAccessibleForFree": a.free,
        "publisher": { "@type": "Organization", "name": a.site_name, "url": a.site_url },
    });
    if !a.byline.is_empty() {
        ld["author"] = json!([{ "@type": "Person", "name": a.byline }]);
    }
    if !a.tags.is_empty() {
        ld["keywords"] = json!(a.tags);
    }
    if !a.free {
        ld["hasPart"] = json!({
            "@type": "WebPageElement",
            "isAccessibleForFree": false,
            "cssSelector": ".paywalled",
        });
    }
    ld
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_end_its_element() {
        let v = json!({ "headline": "</script><script>alert(1)</script> & <!-- \u{2028}" });
        let out = script_json(&v).to_string();
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        assert!(!out.contains('\u{2028}'));
        let back: Json = serde_json::from_str(&out).unwrap();
        assert_eq!(back, v, "a JSON parser reads the same value back");
    }

    #[test]
    fn addresses_are_absolute_and_ascii() {
        assert_eq!(
            absolute("https://news.example", "/ja/economy/港の話"),
            "https://news.example/ja/economy/%E6%B8%AF%E3%81%AE%E8%A9%B1"
        );
    }

    #[test]
    fn only_paid_articles_have_a_paywalled_part() {
        let facts = ArticleFacts {
            url: "https://x/en-US/world/a",
            headline: "H",
            description: "S",
            published: "2026-01-01T00:00:00Z",
            modified: "2026-01-02T00:00:00Z",
            byline: "",
            locale: "en-US",
            section_name: "World",
            tags: &[],
            site_name: "Site",
            site_url: "https://x/",
            free: true,
        };
        let free = news_article(&facts);
        assert_eq!(free["isAccessibleForFree"], true);
        assert!(free.get("hasPart").is_none() && free.get("author").is_none());
        let paid = news_article(&ArticleFacts {
            free: false,
            ..facts
        });
        assert_eq!(paid["isAccessibleForFree"], false);
        assert_eq!(paid["hasPart"]["cssSelector"], ".paywalled");
    }
}
