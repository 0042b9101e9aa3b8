//! Links between articles on the reader's pages, over loopback: a link by id leads to
//! the target in the reader's language (else the language it was written in), is text
//! while the target is not out, follows the target's slug when it changes; and an old
//! address answers 301 to the new one in every locale, while the sitemap and feeds know
//! only the new one. Relative links a journalist writes keep their link.

mod common;
mod pages_support;

use common::{TestSite, new_id, new_key};
use pages_support::{article, attr, minutes_ago, parse, text};
use serde_json::Value;

/// The target: written in French, translated into English.
fn port_story(fr_slug: &str, en_slug: &str, publish_at: Option<&str>) -> Value {
    article(
        "economy",
        "public",
        &[],
        publish_at,
        &[
            (
                "fr",
                "Le port attend",
                "",
                "Les navires patientent.\n",
                fr_slug,
            ),
            ("en-US", "The port waits", "", "Ships wait.\n", en_slug),
        ],
    )
}

/// The article that links to it, in English, French and Arabic (which the target lacks).
fn linking_story(target: &str) -> Value {
    let body = |words: &str| {
        format!("{words} [the port story](dateline:article/{target}) and [home](/fr/).\n")
    };
    article(
        "world",
        "public",
        &[],
        None,
        &[
            ("en-US", "Follow-up", "", &body("See"), "follow-up"),
            ("fr", "La suite", "", &body("Voir"), "la-suite"),
            ("ar", "المتابعة", "", &body("انظر"), "al-mutaba"),
        ],
    )
}

async fn link_in(site: &TestSite, path: &str) -> Option<String> {
    let (status, _, html) = site.page(path, None).await;
    assert_eq!(status, 200, "{path}");
    let doc = parse(&html);
    let body = text(&doc, "[data-testid=article-body]");
    assert!(
        body.contains("the port story"),
        "{path}: the link's words stay: {body}"
    );
    let links = pages_support::attrs(&doc, "[data-testid=article-body] a", "href");
    assert!(
        links.contains(&"/fr/".to_owned()),
        "{path}: a relative link is kept: {links:?}"
    );
    links.into_iter().find(|l| l != "/fr/")
}

async fn update(site: &TestSite, id: &str, version: u64, body: &Value) {
    let r = site
        .put_as_editor(
            id,
            &new_key(),
            &[("If-Match", &format!("\"{version}\""))],
            body,
        )
        .await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

async fn withdraw(site: &TestSite, id: &str, version: u64) {
    let r = site
        .client
        .delete(site.url(&format!("/api/v1/articles/{id}")))
        .bearer_auth(&site.editor)
        .header("If-Match", format!("\"{version}\""))
        .header("Idempotency-Key", new_key())
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
}

#[tokio::test]
async fn links_by_id_lead_to_the_readers_language_and_wait_for_the_target() {
    let site = TestSite::start().await;
    let target = new_id();
    // Scheduled for later: not out yet, so the link is only its words.
    site.publish(
        &target,
        &port_story("le-port", "the-port", Some(&minutes_ago(-60))),
    )
    .await;
    site.publish(&new_id(), &linking_story(&target)).await;
    assert_eq!(link_in(&site, "/en-US/world/follow-up").await, None);

    // Out now: each page links to the target in its own language, Arabic (which the
    // target lacks) to the language it was written in.
    update(&site, &target, 1, &port_story("le-port", "the-port", None)).await;
    for (page, expected) in [
        ("/en-US/world/follow-up", "/en-US/economy/the-port"),
        ("/fr/world/la-suite", "/fr/economy/le-port"),
        ("/ar/world/al-mutaba", "/fr/economy/le-port"),
    ] {
        assert_eq!(
            link_in(&site, page).await.as_deref(),
            Some(expected),
            "{page}"
        );
    }

    // The target's slug changes: the link follows.
    update(
        &site,
        &target,
        2,
        &port_story("le-port-attend", "the-port", None),
    )
    .await;
    assert_eq!(
        link_in(&site, "/fr/world/la-suite").await.as_deref(),
        Some("/fr/economy/le-port-attend")
    );

    // Withdrawn: words again.
    withdraw(&site, &target, 3).await;
    assert_eq!(link_in(&site, "/en-US/world/follow-up").await, None);
    site.stop().await;
}

#[tokio::test]
async fn an_old_address_redirects_to_the_new_one_in_every_locale() {
    let site = TestSite::start().await;
    let id = new_id();
    site.publish(&id, &port_story("le-port", "the-port", None))
        .await;
    update(
        &site,
        &id,
        1,
        &port_story("le-port-attend", "the-port-waits", None),
    )
    .await;

    for (old, new) in [
        ("/fr/economy/le-port", "/fr/economy/le-port-attend"),
        ("/en-US/economy/the-port", "/en-US/economy/the-port-waits"),
    ] {
        let (status, headers, _) = site.page(old, None).await;
        assert_eq!(status, 301, "{old}");
        assert_eq!(headers["location"], new, "{old}");
        let (status, _, _) = site.page(new, None).await;
        assert_eq!(status, 200, "{new}");
    }
    // Only the new addresses are listed.
    let (_, _, sitemap) = site.page("/sitemap.xml", None).await;
    assert!(
        sitemap.contains("le-port-attend") && !sitemap.contains("/le-port<"),
        "{sitemap}"
    );
    let (_, _, feed) = site.page("/fr/feed.xml", None).await;
    assert!(
        feed.contains("le-port-attend") && !feed.contains("/economy/le-port\""),
        "{feed}"
    );

    // A slug given back to the same text again is its address, not a redirect; and an
    // old slug another article takes belongs to that article.
    update(
        &site,
        &id,
        2,
        &port_story("le-port", "the-port-waits", None),
    )
    .await;
    let (status, _, _) = site.page("/fr/economy/le-port", None).await;
    assert_eq!(status, 200);
    let other = new_id();
    site.publish(&other, &port_story("le-port-attend", "another", None))
        .await;
    let (status, _, html) = site.page("/fr/economy/le-port-attend", None).await;
    assert_eq!(status, 200);
    let canonical = attr(&parse(&html), "link[rel=canonical]", "href");
    assert!(
        canonical.ends_with("/fr/economy/le-port-attend"),
        "{canonical}"
    );

    // An address that never was stays 404.
    let (status, _, _) = site.page("/fr/economy/jamais", None).await;
    assert_eq!(status, 404);

    // Withdrawn: its old addresses are gone as its current one is, not unknown.
    withdraw(&site, &id, 3).await;
    for path in ["/en-US/economy/the-port-waits", "/en-US/economy/the-port"] {
        let (status, _, _) = site.page(path, None).await;
        assert_eq!(status, 410, "{path}");
    }
    site.stop().await;
}

#[tokio::test]
async fn a_feed_entry_resolves_relative_links_against_the_article_page() {
    let site = TestSite::start().await;
    let body = "See [the earlier one](earlier), [the section](../economy/), \
                [home](/en-US/) and [a note](#h-context).\n\n## Context\n\nMore.\n";
    site.publish(
        &new_id(),
        &article(
            "world",
            "public",
            &[],
            None,
            &[("en-US", "Follow-up", "", body, "follow-up")],
        ),
    )
    .await;
    let page_url = url::Url::parse(&site.url("/en-US/world/follow-up")).unwrap();
    let (_, _, page) = site.page(page_url.path(), None).await;
    let on_page: Vec<String> =
        pages_support::attrs(&parse(&page), "[data-testid=article-body] a", "href")
            .iter()
            .map(|href| page_url.join(href).unwrap().to_string())
            .collect();
    assert_eq!(on_page.len(), 4, "{on_page:?}");

    let (_, _, xml) = site.page("/en-US/feed.xml", None).await;
    let feed: atom_syndication::Feed = xml.parse().unwrap();
    let content = feed.entries()[0]
        .content()
        .expect("a public body is in the feed");
    // A reader resolves the entry's links against the content's xml:base.
    let base = url::Url::parse(content.base().expect("the content has an xml:base")).unwrap();
    let html = scraper::Html::parse_fragment(content.value().unwrap());
    let in_feed: Vec<String> = html
        .select(&scraper::Selector::parse("a").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .map(|href| base.join(href).unwrap().to_string())
        .collect();
    assert_eq!(
        in_feed, on_page,
        "the feed's links lead where the page's do"
    );
    assert!(
        in_feed[0].ends_with("/en-US/world/earlier") && in_feed[1].ends_with("/en-US/economy/"),
        "{in_feed:?}"
    );
    site.stop().await;
}
