//! What the reading and crawling suites share: articles built to order, and reading
//! the answers as a browser or a crawler would (HTML with a real parser, JSON-LD as
//! JSON), not as strings.

#![allow(dead_code)] // Each test file uses a different part of this.

use scraper::{ElementRef, Html, Selector};
use serde_json::{Value, json};

/// One text of an article: `(locale, title, standfirst, body, slug)`.
pub type Text<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

/// An article in `section` at `tier`, published at `publish_at` (RFC 3339; `None`: now).
pub fn article(
    section: &str,
    tier: &str,
    tags: &[&str],
    publish_at: Option<&str>,
    texts: &[Text<'_>],
) -> Value {
    json!({
        "source_locale": texts[0].0,
        "section": section,
        "tags": tags,
        "byline": "Ana Lima",
        "tier": tier,
        "publish_at": publish_at,
        "texts": texts.iter().map(|(locale, title, standfirst, body, slug)| json!({
            "locale": locale, "title": title, "standfirst": standfirst,
            "body": body, "slug": slug,
        })).collect::<Vec<_>>(),
    })
}

/// A public one-text English article in `section`, published at `publish_at`.
pub fn simple(section: &str, slug: &str, title: &str, publish_at: Option<&str>) -> Value {
    article(
        section,
        "public",
        &[],
        publish_at,
        &[("en-US", title, "A standfirst.", "A body.\n", slug)],
    )
}

/// `(hreflang, address)` of every text of `common::premium_article("harbour-waits")`,
/// `x-default` (the site's default language) last.
pub fn harbour_alternates(base: &str) -> Vec<(String, String)> {
    let en = format!("{base}/en-US/economy/asia/harbour-waits");
    vec![
        ("en-US".into(), en.clone()),
        (
            "fr".into(),
            format!("{base}/fr/economy/asia/harbour-waits-fr"),
        ),
        ("x-default".into(), en),
    ]
}

/// RFC 3339 for `minutes` before now (negative: after).
pub fn minutes_ago(minutes: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::minutes(minutes)).to_rfc3339()
}

pub fn parse(html: &str) -> Html {
    Html::parse_document(html)
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e}"))
}

pub fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&selector(css)).collect()
}

/// The whitespace-normalised text of every element matching `css`.
pub fn texts(doc: &Html, css: &str) -> Vec<String> {
    all(doc, css)
        .into_iter()
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub fn text(doc: &Html, css: &str) -> String {
    texts(doc, css)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing matches {css}"))
}

/// `attr` of every element matching `css`.
pub fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    all(doc, css)
        .into_iter()
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

pub fn attr(doc: &Html, css: &str, attr_name: &str) -> String {
    attrs(doc, css, attr_name)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {attr_name} on {css}"))
}

/// `content` of `<meta property=…>` (Open Graph) or `<meta name=…>`.
pub fn meta(doc: &Html, key: &str) -> Vec<String> {
    let mut found = attrs(doc, &format!("meta[property=\"{key}\"]"), "content");
    found.extend(attrs(doc, &format!("meta[name=\"{key}\"]"), "content"));
    found
}

/// Every JSON-LD block of the page, parsed.
pub fn json_ld(doc: &Html) -> Vec<Value> {
    all(doc, "script[type=\"application/ld+json\"]")
        .into_iter()
        .map(|e| {
            let raw: String = e.text().collect();
            serde_json::from_str(&raw).unwrap_or_else(|err| panic!("bad JSON-LD {raw}: {err}"))
        })
        .collect()
}

/// The JSON-LD block of schema.org type `kind`.
pub fn json_ld_of(doc: &Html, kind: &str) -> Value {
    json_ld(doc)
        .into_iter()
        .find(|v| v["@type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} JSON-LD"))
}
