//! What the site's suites publish: articles and images made to order. The site
//! itself, the HTTP helpers and the mail reader are the shared ones of
//! `dateline-test-support` (crates/test-support), which tests/ uses too.

#![allow(dead_code, unused_imports)] // Each test file uses a different part of this.

pub use dateline_test_support::{
    TestSite, fixture_config, hidden_field, new_id, new_key, set_cookie, status_json,
};
use serde_json::{Value, json};

/// The word that appears only below the paywall cut of [`premium_article`].
pub const SECRET: &str = "zanzibarite";

pub fn premium_article(slug: &str) -> Value {
    json!({
        "source_locale": "en-US",
        "section": "economy/asia",
        "tags": ["trade", "ports"],
        "byline": "Mei Tanaka",
        "tier": "premium",
        "texts": [
            {
                "locale": "en-US",
                "title": "The harbour that learned to wait",
                "standfirst": "Container queues tell a story about patience.",
                "body": "Ships wait longer at the outer anchorage every year.\n\n<!-- paywall -->\n\nThe pilots' secret word is zanzibarite, and nobody says why.\n",
                "slug": slug
            },
            {
                "locale": "fr",
                "title": "Le port qui apprit à attendre",
                "standfirst": "Les files de conteneurs racontent la patience.",
                "body": "Les navires attendent plus longtemps chaque année.\n\n<!-- paywall -->\n\nLe mot secret des pilotes est zanzibarite.\n",
                "slug": format!("{slug}-fr")
            }
        ]
    })
}

pub fn public_article(slug: &str, title: &str) -> Value {
    json!({
        "source_locale": "en-US",
        "section": "world",
        "byline": "Ana Lima",
        "tier": "public",
        "texts": [{
            "locale": "en-US",
            "title": title,
            "standfirst": "A free story.",
            "body": "Everyone may read this.\n",
            "slug": slug
        }]
    })
}

/// The smallest PNG: one pixel.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// A PNG whose bytes (and so whose name) differ for each `n`: browsers ignore what
/// follows the end chunk.
pub fn png_numbered(n: u32) -> Vec<u8> {
    let mut bytes = PNG.to_vec();
    bytes.extend_from_slice(&n.to_be_bytes());
    bytes
}
