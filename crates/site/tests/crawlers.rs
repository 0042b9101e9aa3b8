//! What search engines, link previews and feed readers get, over loopback: the Atom
//! feeds, the sitemap, robots.txt, JSON-LD and Open Graph, and the headers that keep
//! pages safe. Everything is parsed back with real parsers, and nothing of a paid
//! article's body may appear in any of it.

mod common;
mod pages_support;

use common::{SECRET, TestSite, new_id, premium_article, public_article};
use pages_support::{all, article, attr, json_ld_of, meta, minutes_ago, parse};
use serde_json::json;

/// The free part of [`premium_article`]'s English body: a crawler-facing channel may
/// not carry even this, only the standfirst.
const FREE_PART: &str = "Ships wait longer at the outer anchorage";
const ATOM: &str = "http://www.w3.org/2005/Atom";

async fn site_with_articles() -> TestSite {
    let site = TestSite::start().await;
    let mut premium = premium_article("harbour-waits");
    premium["publish_at"] = json!(minutes_ago(30));
    site.publish(&new_id(), &premium).await;
    let mut free = public_article("calm-seas", "Calm seas");
    free["publish_at"] = json!(minutes_ago(10));
    site.publish(&new_id(), &free).await;
    let mut later = public_article("tomorrow", "Tomorrow");
    later["publish_at"] = json!(minutes_ago(-24 * 60));
    site.publish(&new_id(), &later).await;
    site
}

#[tokio::test]
async fn each_language_has_an_atom_feed_without_paid_text() {
    let site = site_with_articles().await;
    let (status, headers, xml) = site.page("/en-US/feed.xml", None).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    assert_eq!(headers["cache-control"], "public, max-age=60");
    assert!(!xml.contains(SECRET) && !xml.contains(FREE_PART), "{xml}");

    // A real Atom feed: the crate that reads feeds takes it, and its structure is right.
    let feed: atom_syndication::Feed = xml.parse().expect("valid Atom");
    assert_eq!(feed.lang.as_deref(), Some("en-US"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(ATOM));
    assert_eq!(root.tag_name().name(), "feed");
    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name((ATOM, "entry")))
        .collect();
    let child = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| c.has_tag_name((ATOM, name)))
            .map(|c| c.text().unwrap_or_default().to_owned())
    };
    let titles: Vec<_> = entries
        .iter()
        .map(|e| child(*e, "title").unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Calm seas", "The harbour that learned to wait"],
        "newest first; the scheduled one not yet"
    );

    let paid = entries[1];
    assert_eq!(
        child(paid, "summary").as_deref(),
        Some("Container queues tell a story about patience.")
    );
    assert!(
        child(paid, "content").is_none(),
        "no body for a paid article"
    );
    let link = paid
        .children()
        .find(|c| c.has_tag_name((ATOM, "link")))
        .unwrap();
    assert_eq!(
        link.attribute("href"),
        Some(format!("{}/en-US/economy/asia/harbour-waits", site.base).as_str())
    );
    assert!(child(paid, "id").unwrap().starts_with("urn:uuid:"));
    assert!(child(paid, "updated").is_some() && child(paid, "published").is_some());
    let author = paid
        .children()
        .find(|c| c.has_tag_name((ATOM, "author")))
        .unwrap();
    assert_eq!(child(author, "name").as_deref(), Some("Mei Tanaka"));

    // A public article is free to all, so its feed entry may carry the whole body.
    let content = child(entries[0], "content").unwrap();
    assert!(content.contains("Everyone may read this."), "{content}");

    // Each language's feed has its own texts only.
    let (_, _, fr) = site.page("/fr/feed.xml", None).await;
    let fr: atom_syndication::Feed = fr.parse().unwrap();
    let fr_titles: Vec<_> = fr.entries.iter().map(|e| e.title.value.clone()).collect();
    assert_eq!(fr_titles, ["Le port qui apprit à attendre"]);
    assert!(fr.entries[0].content.is_none());
    assert_ne!(
        fr.entries[0].id, feed.entries[1].id,
        "one id per language's text"
    );

    // Pages point feed readers to their language's feed.
    let (_, _, html) = site.page("/fr/", None).await;
    assert_eq!(
        attr(&parse(&html), "link[type=\"application/atom+xml\"]", "href"),
        "/fr/feed.xml"
    );
    site.stop().await;
}

#[tokio::test]
async fn the_sitemap_lists_visible_texts_with_their_translations() {
    let site = site_with_articles().await;
    let (status, headers, xml) = site.page("/sitemap.xml", None).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let xhtml = "http://www.w3.org/1999/xhtml";
    assert!(doc.root_element().has_tag_name((sm, "urlset")));
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((sm, "url")))
        .collect();
    let loc = |u: &roxmltree::Node<'_, '_>| {
        u.children()
            .find(|c| c.has_tag_name((sm, "loc")))
            .and_then(|c| c.text())
            .unwrap()
            .to_owned()
    };
    let locs: Vec<String> = urls.iter().map(loc).collect();
    let base = &site.base;
    for expected in [
        format!("{base}/en-US/"),
        format!("{base}/ar/"),
        format!("{base}/ja/economy/asia/"),
        format!("{base}/en-US/economy/asia/harbour-waits"),
        format!("{base}/fr/economy/asia/harbour-waits-fr"),
        format!("{base}/en-US/world/calm-seas"),
    ] {
        assert!(locs.contains(&expected), "{expected} missing");
    }
    assert!(
        !xml.contains("tomorrow"),
        "scheduled articles are not listed yet"
    );

    let harbour = urls
        .iter()
        .find(|u| loc(u) == format!("{base}/fr/economy/asia/harbour-waits-fr"))
        .unwrap();
    let alternates: Vec<(String, String)> = harbour
        .children()
        .filter(|c| c.has_tag_name((xhtml, "link")))
        .map(|c| {
            assert_eq!(c.attribute("rel"), Some("alternate"));
            (
                c.attribute("hreflang").unwrap().to_owned(),
                c.attribute("href").unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(alternates, pages_support::harbour_alternates(base));
    let lastmod = harbour
        .children()
        .find(|c| c.has_tag_name((sm, "lastmod")))
        .and_then(|c| c.text())
        .unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(lastmod).is_ok(),
        "{lastmod}"
    );

    // Withdrawn articles leave it.
    let id = new_id();
    site.publish(&id, &public_article("withdrawn", "Withdrawn"))
        .await;
    let (_, _, xml) = site.page("/sitemap.xml", None).await;
    assert!(xml.contains("/en-US/world/withdrawn"));
    let r = site
        .client
        .delete(site.url(&format!("/api/v1/articles/{id}")))
        .bearer_auth(&site.editor)
        .header("Idempotency-Key", common::new_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let (_, _, xml) = site.page("/sitemap.xml", None).await;
    assert!(!xml.contains("/en-US/world/withdrawn"));
    site.stop().await;
}

#[tokio::test]
async fn robots_txt_points_to_the_sitemap() {
    let site = TestSite::builder()
        .base_url("https://news.example")
        .start()
        .await;
    let (status, headers, body) = site.page("/robots.txt", None).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let lines: Vec<&str> = body.lines().collect();
    assert!(lines.contains(&"User-agent: *"));
    assert!(lines.contains(&"Sitemap: https://news.example/sitemap.xml"));
    assert!(lines.contains(&"Disallow: /api/"));
    assert!(lines.contains(&"Disallow: /*/account/"));
    site.stop().await;
}

#[tokio::test]
async fn a_paid_article_tells_crawlers_what_is_paywalled_and_nothing_of_it() {
    let site = site_with_articles().await;
    let (_, _, html) = site.page("/en-US/economy/asia/harbour-waits", None).await;
    let doc = parse(&html);
    let ld = json_ld_of(&doc, "NewsArticle");
    assert_eq!(ld["isAccessibleForFree"], false);
    assert_eq!(ld["hasPart"]["@type"], "WebPageElement");
    assert_eq!(ld["hasPart"]["isAccessibleForFree"], false);
    assert_eq!(ld["hasPart"]["cssSelector"], ".paywalled");
    // The selector names something on the page: here, the subscribe box.
    let paywalled = all(&doc, ".paywalled");
    assert_eq!(paywalled.len(), 1);
    assert_eq!(
        paywalled[0].value().attr("data-testid"),
        Some("subscribe-box")
    );

    assert_eq!(ld["headline"], "The harbour that learned to wait");
    assert_eq!(
        ld["description"],
        "Container queues tell a story about patience."
    );
    assert_eq!(ld["inLanguage"], "en-US");
    assert_eq!(ld["author"][0]["name"], "Mei Tanaka");
    assert_eq!(ld["articleSection"], "Asia");
    let published = ld["datePublished"].as_str().unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(published).is_ok());
    assert!(ld["dateModified"].as_str().unwrap() >= published);
    assert_eq!(
        ld["mainEntityOfPage"]["@id"],
        format!("{}/en-US/economy/asia/harbour-waits", site.base)
    );
    let ld_text = ld.to_string();
    assert!(!ld_text.contains(SECRET) && !ld_text.contains(FREE_PART));

    // Open Graph and Twitter: the standfirst, never the body.
    assert_eq!(meta(&doc, "og:type"), ["article"]);
    assert_eq!(meta(&doc, "og:title"), ["The harbour that learned to wait"]);
    assert_eq!(
        meta(&doc, "og:description"),
        ["Container queues tell a story about patience."]
    );
    assert_eq!(
        meta(&doc, "og:url"),
        [format!("{}/en-US/economy/asia/harbour-waits", site.base)]
    );
    assert_eq!(meta(&doc, "og:locale"), ["en_US"]);
    assert_eq!(meta(&doc, "og:locale:alternate"), ["fr_FR"]);
    assert_eq!(meta(&doc, "article:section"), ["Asia"]);
    assert_eq!(meta(&doc, "article:tag"), ["trade", "ports"]);
    assert_eq!(meta(&doc, "article:published_time"), [published]);
    assert_eq!(
        meta(&doc, "description"),
        ["Container queues tell a story about patience."]
    );
    for m in all(&doc, "meta") {
        let content = m.value().attr("content").unwrap_or_default();
        assert!(
            !content.contains(SECRET) && !content.contains(FREE_PART),
            "{content}"
        );
    }

    // A public article is free, and says so without a paywalled part.
    let (_, _, html) = site.page("/en-US/world/calm-seas", None).await;
    let ld = json_ld_of(&parse(&html), "NewsArticle");
    assert_eq!(ld["isAccessibleForFree"], true);
    assert!(ld.get("hasPart").is_none());
    // Even with a cut line in it: everyone reads past it, so nothing is `.paywalled`.
    let mut cut = public_article("cut-but-free", "Cut but free");
    cut["texts"][0]["body"] = json!("Above.\n\n<!-- paywall -->\n\nBelow, for all.\n");
    site.publish(&new_id(), &cut).await;
    let (_, _, html) = site.page("/en-US/world/cut-but-free", None).await;
    let doc = parse(&html);
    assert!(html.contains("Below, for all."));
    assert!(all(&doc, ".paywalled").is_empty());
    assert_eq!(json_ld_of(&doc, "NewsArticle")["isAccessibleForFree"], true);
    site.stop().await;
}

#[tokio::test]
async fn json_ld_cannot_be_broken_out_of() {
    let site = TestSite::start().await;
    let title = "</script><script>alert(1)</script> & <!-- x";
    let body = article(
        "world",
        "public",
        &["</script>"],
        None,
        &[("en-US", title, "\u{2028}<b>", "B\n", "hostile")],
    );
    site.publish(&new_id(), &body).await;
    let (_, _, html) = site.page("/en-US/world/hostile", None).await;
    let doc = parse(&html);
    // Parsed by an HTML parser, the data block is still whole, and holds the same text.
    let ld = json_ld_of(&doc, "NewsArticle");
    assert_eq!(ld["headline"], title);
    assert_eq!(ld["keywords"][0], "</script>");
    assert_eq!(
        all(&doc, "script").len(),
        2,
        "NewsArticle and BreadcrumbList only"
    );
    site.stop().await;
}

#[tokio::test]
async fn every_answer_keeps_the_strict_headers() {
    let site = site_with_articles().await;
    for path in [
        "/en-US/economy/asia/harbour-waits",
        "/en-US/feed.xml",
        "/sitemap.xml",
        "/nowhere",
    ] {
        let (_, headers, _) = site.page(path, None).await;
        let csp = headers["content-security-policy"].to_str().unwrap();
        let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
        assert!(directives.contains(&"default-src 'none'"), "{csp}");
        assert!(directives.contains(&"frame-ancestors 'none'"), "{csp}");
        assert!(
            !directives.iter().any(|d| d.starts_with("script-src")),
            "no script may run: {csp}"
        );
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
    }
    let (_, _, html) = site.page("/en-US/", None).await;
    let css = attr(&parse(&html), "link[rel=stylesheet]", "href");
    assert!(
        css.starts_with("/assets/site.") && css.ends_with(".css"),
        "{css}"
    );
    let (status, headers, _) = site.page(&css, None).await;
    assert_eq!(status, 200);
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    site.stop().await;
}
