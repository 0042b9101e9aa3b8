//! The paywall holds on every route: paid articles whose hidden parts hold unique marker
//! words are published, then the whole site is crawled as an anonymous reader, a free
//! member and a reader of a lower paid tier. Any response — page, feed, sitemap, error
//! page, API answer, any header — that carries a marker the reader may not read fails
//! the test. So do a scheduled article's and an unpublished article's words, which no
//! reader may get at all.
//!
//! The crawl follows every same-site link, stylesheet, image and GET form it finds,
//! starting from the entry points a reader or a robot uses, so routes added later are
//! covered without being listed here. To show that the crawl reaches the hidden parts at
//! all, each reader must also find the markers of the parts their tier does allow.

mod common;

use std::collections::{BTreeSet, VecDeque};

use common::{TestSite, new_id};
use reqwest::header::{self, HeaderMap};
use serde_json::{Value, json};

/// Tiers below which a part is hidden, lowest first (the fixture's paid tiers).
const TIERS: [&str; 3] = ["members", "supporter", "premium"];
/// Locales each paid article is published in: the source, a translation, and RTL.
const LOCALES: [&str; 3] = ["en-US", "fr", "ar"];
/// In every text of the scheduled article and the unpublished one.
const SCHEDULED: &str = "scheduledleakmark";
const UNPUBLISHED: &str = "unpublishedleakmark";
/// In a draft the newsroom shares through the site's relay, never published.
const DRAFT: &str = "draftleakmark";
/// The crawl's bound per reader: far above what the fixture site has.
const MAX_FETCHES: usize = 1_500;

/// The word hidden below the cut of the `tier` article's `locale` text.
fn paid_marker(tier: &str, locale: &str) -> String {
    format!(
        "paidleakmark{tier}{}",
        locale.replace('-', "").to_lowercase()
    )
}

/// A word above the cut, which every reader sees.
fn free_marker(tier: &str) -> String {
    format!("freeleakmark{tier}")
}

fn paid_article(tier: &str) -> Value {
    let texts: Vec<Value> = LOCALES
        .iter()
        .map(|locale| {
            json!({
                "locale": locale,
                "title": format!("Harbour ledger for {tier} readers ({locale})"),
                "standfirst": "What the pilots wrote down this winter.",
                "body": format!(
                    "The ledger opens with {}.\n\n<!-- paywall -->\n\n\
                     Below the line the pilots wrote {} twice.\n\n\
                     And a footnote[^1] too.\n\n[^1]: The footnote says {} as well.\n",
                    free_marker(tier),
                    paid_marker(tier, locale),
                    paid_marker(tier, locale)
                ),
                "slug": format!("ledger-{tier}-{}", locale.to_lowercase()),
            })
        })
        .collect();
    json!({
        "source_locale": "en-US",
        "section": if tier == "premium" { "economy/asia" } else { "economy" },
        "tags": ["ledger", tier],
        "byline": "Ines Okafor",
        "tier": tier,
        "texts": texts,
    })
}

/// An article every part of which is hidden from everyone (scheduled or taken down).
/// Its slug is `story-<slug>`, without the marker: a page may echo the address the
/// reader asked for, which is not a leak.
fn hidden_article(word: &str, slug: &str, publish_at: Option<&str>) -> Value {
    json!({
        "source_locale": "en-US",
        "section": "world",
        "tags": [word],
        "byline": format!("Byline {word}"),
        "tier": "public",
        "publish_at": publish_at,
        "texts": [{
            "locale": "en-US",
            "title": format!("Headline {word}"),
            "standfirst": format!("Standfirst {word}"),
            "body": format!("Body {word}.\n"),
            "slug": format!("story-{slug}"),
        }],
    })
}

struct Reader {
    name: &'static str,
    cookie: Option<String>,
    /// Index into [`TIERS`] of the highest paid tier this reader may read.
    reads_up_to: Option<usize>,
}

impl Reader {
    fn forbidden(&self) -> Vec<String> {
        let mut words = vec![
            SCHEDULED.to_owned(),
            UNPUBLISHED.to_owned(),
            DRAFT.to_owned(),
        ];
        for (i, tier) in TIERS.iter().enumerate() {
            if self.reads_up_to.is_none_or(|max| i > max) {
                words.extend(LOCALES.iter().map(|l| paid_marker(tier, l)));
            }
        }
        words
    }

    fn allowed(&self) -> Vec<String> {
        let mut words: Vec<String> = TIERS.iter().map(|t| free_marker(t)).collect();
        if let Some(max) = self.reads_up_to {
            for tier in &TIERS[..=max] {
                words.extend(LOCALES.iter().map(|l| paid_marker(tier, l)));
            }
        }
        words
    }
}

/// Same-site targets of links, stylesheets, images and GET forms in an HTML page, and of
/// `href`/`<loc>` in XML.
fn links(base: &str, content_type: &str, body: &str) -> Vec<String> {
    let mut found = Vec::new();
    if content_type.contains("html") {
        let doc = scraper::Html::parse_document(body);
        let sel = scraper::Selector::parse("a[href], link[href], img[src], form").unwrap();
        for el in doc.select(&sel) {
            let v = el.value();
            let target = match v.name() {
                "img" => v.attr("src"),
                "form"
                    if v.attr("method")
                        .unwrap_or("get")
                        .eq_ignore_ascii_case("get") =>
                {
                    Some(v.attr("action").unwrap_or(""))
                }
                "form" => None,
                _ => v.attr("href"),
            };
            found.extend(target.map(str::to_owned));
        }
    } else if content_type.contains("xml") {
        for part in body.split("href=\"").skip(1) {
            found.extend(part.split('"').next().map(str::to_owned));
        }
        for part in body.split("<loc>").skip(1) {
            found.extend(part.split("</loc>").next().map(str::to_owned));
        }
    }
    found
        .into_iter()
        .map(|t| t.replace("&amp;", "&").replace("&#x2f;", "/"))
        .filter_map(|t| {
            let t = t.split('#').next().unwrap_or_default().to_owned();
            if let Some(rest) = t.strip_prefix(base) {
                Some(if rest.is_empty() {
                    "/".to_owned()
                } else {
                    rest.to_owned()
                })
            } else if t.starts_with('/') && !t.starts_with("//") {
                Some(t)
            } else {
                None
            }
        })
        // Signing out would end the reader's session half-way through the crawl.
        .filter(|t| !t.contains("signout"))
        .collect()
}

fn header_text(headers: &HeaderMap) -> String {
    headers
        .iter()
        .map(|(k, v)| format!("{k}: {}\n", String::from_utf8_lossy(v.as_bytes())))
        .collect()
}

/// Crawls the site as `reader` and returns every (path, status) fetched. Fails on a
/// forbidden marker, or on an allowed paid marker in a response a shared cache may keep.
async fn crawl(site: &TestSite, reader: &Reader, seeds: &[String]) -> BTreeSet<String> {
    let forbidden = reader.forbidden();
    let allowed = reader.allowed();
    let mut seen_allowed = BTreeSet::new();
    let mut queue: VecDeque<String> = seeds.iter().cloned().collect();
    let mut visited = BTreeSet::new();
    while let Some(path) = queue.pop_front() {
        if !visited.insert(path.clone()) {
            continue;
        }
        assert!(visited.len() <= MAX_FETCHES, "the crawl does not end");
        for method in [reqwest::Method::GET, reqwest::Method::HEAD] {
            let mut req = site.client.request(method.clone(), site.url(&path));
            if let Some(c) = &reader.cookie {
                req = req.header(header::COOKIE, c);
            }
            // Ask for the uncompressed text, so markers can be searched.
            let r = req.send().await.unwrap();
            let headers = r.headers().clone();
            let body = r.text().await.unwrap();
            let all = format!("{}\n{body}", header_text(&headers)).to_lowercase();
            for word in &forbidden {
                assert!(
                    !all.contains(word.as_str()),
                    "{}: {method} {path} leaks {word}:\n{}",
                    reader.name,
                    &all[all.find(word.as_str()).unwrap().saturating_sub(300)..]
                        .chars()
                        .take(600)
                        .collect::<String>()
                );
            }
            let mut paid_here = false;
            for word in &allowed {
                if all.contains(word.as_str()) {
                    seen_allowed.insert(word.clone());
                    paid_here |= word.starts_with("paidleakmark");
                }
            }
            if paid_here {
                let cache = headers
                    .get(header::CACHE_CONTROL)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                assert!(
                    cache.contains("private") || cache.contains("no-store"),
                    "{}: {path} shows a paid part but may be cached as {cache:?}",
                    reader.name
                );
            }
            if method == reqwest::Method::GET {
                let content_type = headers
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_owned();
                let location = headers
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                queue.extend(links(&site.base, &content_type, &body));
                queue.extend(location.into_iter().flat_map(|l| {
                    links(&site.base, "text/html", &format!("<a href=\"{l}\"></a>"))
                }));
            }
        }
    }
    for word in &allowed {
        assert!(
            seen_allowed.contains(word),
            "{}: the crawl never reached {word}, so it proves nothing (visited {visited:?})",
            reader.name
        );
    }
    visited
}

#[tokio::test(flavor = "multi_thread")]
async fn no_route_gives_a_reader_more_than_their_tier() {
    let site = TestSite::start().await;
    let data = site.data();
    let mut seeds: Vec<String> = vec!["/".into(), "/robots.txt".into(), "/sitemap.xml".into()];
    let locales = ["en-US", "fr", "de", "es", "ar", "ja"];
    for l in locales {
        for page in [
            "",
            "feed.xml",
            "account/",
            "account/signin",
            "account/subscribe",
        ] {
            seeds.push(format!("/{l}/{page}"));
        }
        seeds.push(format!("/{l}/no-such-page"));
    }

    let mut ids = Vec::new();
    for tier in TIERS {
        let id = new_id();
        let answer = site.publish(&id, &paid_article(tier)).await;
        for url in answer["urls"].as_object().unwrap().values() {
            let path = url
                .as_str()
                .unwrap()
                .trim_start_matches(&site.base)
                .to_owned();
            // The page and variants of its address a reader might type or a bot try.
            seeds.push(format!("{path}?page=2"));
            seeds.push(format!("{path}/"));
            seeds.push(format!("{path}-nope"));
            seeds.push(path);
        }
        ids.push(id);
    }
    let scheduled = new_id();
    site.publish(
        &scheduled,
        &hidden_article(SCHEDULED, "scheduled", Some("2999-01-01T00:00:00Z")),
    )
    .await;
    ids.push(scheduled);
    let gone = new_id();
    site.publish(&gone, &hidden_article(UNPUBLISHED, "unpublished", None))
        .await;
    let r = site
        .client
        .delete(site.url(&format!("/api/v1/articles/{gone}")))
        .bearer_auth(&site.editor)
        .header("Idempotency-Key", common::new_key())
        .header("If-Match", "\"1\"")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "unpublish: {}", r.status());
    ids.push(gone);
    for slug in ["story-scheduled", "story-unpublished"] {
        seeds.push(format!("/en-US/world/{slug}"));
    }
    // A draft relayed between desks, with its slug, tags and byline marked too.
    let draft = new_id();
    let desk = uuid::Uuid::now_v7();
    let record = |seq: u64, change: Value| {
        json!({ "id": uuid::Uuid::now_v7(), "desk": desk, "seq": seq,
                "created_at": "2026-12-07T10:00:00Z", "change": change })
    };
    let r = site
        .client
        .post(site.url("/api/v1/sync/records"))
        .bearer_auth(&site.writer)
        .json(&json!({ "desk": desk, "records": [
            record(1, json!({ "type": "article", "id": uuid::Uuid::now_v7(), "article_id": draft,
                "parents": [], "source_locale": "en-US", "section": "world", "tags": [DRAFT],
                "byline": format!("Byline {DRAFT}"), "tier": "public", "state": "draft" })),
            record(2, json!({ "type": "text", "id": uuid::Uuid::now_v7(), "article_id": draft,
                "locale": "en-US", "parents": [], "kind": "named", "label": DRAFT,
                "title": format!("Headline {DRAFT}"), "standfirst": DRAFT,
                "body": format!("Body {DRAFT}.\n"), "slug": "story-draft" })),
        ] }))
        .send()
        .await
        .unwrap();
    let pushed: Value = r.json().await.unwrap();
    assert_eq!(pushed["last_seq"], 2, "{pushed}");
    assert!(pushed["verdicts"][1]["refused"].is_null(), "{pushed}");
    seeds.push("/en-US/world/story-draft".into());
    seeds.push("/api/v1/sync/status".into());
    seeds.push(format!("/api/v1/sync/desks/{desk}/records"));
    ids.push(draft);

    // The API as a reader would try it: with their cookie, without a token.
    seeds.push("/api/v1/site".into());
    for id in &ids {
        seeds.push(format!("/api/v1/articles/{id}"));
    }

    dateline_site::admin::add_subscriber(&data, "member@example.org", "member password 1").unwrap();
    dateline_site::admin::add_subscriber(&data, "supporter@example.org", "supporter password 1")
        .unwrap();
    dateline_site::admin::grant(&data, "supporter@example.org", "supporter").unwrap();
    let (_, member) = site
        .sign_in("member@example.org", "member password 1", "/en-US/")
        .await;
    let (_, supporter) = site
        .sign_in("supporter@example.org", "supporter password 1", "/en-US/")
        .await;

    let readers = [
        Reader {
            name: "anonymous",
            cookie: None,
            reads_up_to: None,
        },
        Reader {
            name: "member",
            cookie: Some(member.expect("the member is signed in")),
            reads_up_to: Some(0),
        },
        Reader {
            name: "supporter",
            cookie: Some(supporter.expect("the supporter is signed in")),
            reads_up_to: Some(1),
        },
    ];
    for reader in &readers {
        let visited = crawl(&site, reader, &seeds).await;
        assert!(
            visited.len() > seeds.len(),
            "{}: the crawl found no link to follow",
            reader.name
        );
    }
    site.stop().await;
}
