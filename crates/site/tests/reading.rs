//! The reader's site as a reader's browser meets it, over loopback: the front page,
//! sections and their pages, articles in each language, the language chooser,
//! caching, compression, right-to-left, and scheduled articles appearing on time.

mod common;
mod pages_support;

use std::time::{Duration, Instant};

use common::{SECRET, TestSite, new_id, premium_article};
use dateline_site::admin;
use pages_support::{
    all, article, attr, attrs, json_ld_of, minutes_ago, parse, simple, text, texts,
};

#[tokio::test]
async fn the_front_page_leads_with_the_newest_story_then_each_section() {
    let site = TestSite::start().await;
    let world_old = simple("world", "old-news", "Old news", Some(&minutes_ago(60)));
    site.publish(&new_id(), &world_old).await;
    let asia = simple(
        "economy/asia",
        "port-deal",
        "Port deal",
        Some(&minutes_ago(30)),
    );
    site.publish(&new_id(), &asia).await;
    let lead = simple("world", "big-story", "Big story", Some(&minutes_ago(5)));
    site.publish(&new_id(), &lead).await;
    let later = simple("culture", "not-yet", "Not yet", Some(&minutes_ago(-60)));
    site.publish(&new_id(), &later).await;

    let (status, _, html) = site.page("/en-US/", None).await;
    assert_eq!(status, 200);
    let doc = parse(&html);
    assert_eq!(text(&doc, "[data-testid=lead-story] h1"), "Big story");
    assert_eq!(
        attr(&doc, "[data-testid=lead-story] h1 a", "href"),
        "/en-US/world/big-story"
    );
    // Sections in the site's order, each heading linking to its page; empty ones
    // (culture: its only story is scheduled) are left out.
    let headings = texts(&doc, "[data-testid=section-block] h2");
    assert_eq!(headings, ["World", "Economy"]);
    assert_eq!(
        attrs(&doc, "[data-testid=section-block] h2 a", "href"),
        ["/en-US/world/", "/en-US/economy/"]
    );
    let blocks = all(&doc, "[data-testid=section-block]");
    let world: Vec<String> = blocks[0]
        .select(&scraper::Selector::parse(".story-headline").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(world, ["Old news"], "the lead is not repeated below it");
    let economy = blocks[1].text().collect::<String>();
    assert!(economy.contains("Port deal") && economy.contains("Asia"));
    assert!(!html.contains("Not yet"));
    site.stop().await;
}

#[tokio::test]
async fn sections_have_breadcrumbs_and_pages_of_visible_stories_only() {
    let site = TestSite::start().await;
    for i in 0..23 {
        let slug = format!("story-{i:02}");
        let body = simple(
            "economy/asia",
            &slug,
            &format!("Story {i:02}"),
            Some(&minutes_ago(100 - i)),
        );
        site.publish(&new_id(), &body).await;
    }
    // A scheduled story must not lengthen the list or add a page.
    let scheduled = simple("economy/asia", "soon", "Soon", Some(&minutes_ago(-60)));
    site.publish(&new_id(), &scheduled).await;

    let (status, _, html) = site.page("/fr/economy/asia/", None).await;
    assert_eq!(status, 200);
    let doc = parse(&html);
    assert_eq!(
        texts(&doc, "[data-testid=breadcrumbs] li"),
        ["Accueil", "Économie", "Asie"]
    );
    assert_eq!(
        attrs(&doc, "[data-testid=breadcrumbs] a", "href"),
        ["/fr/", "/fr/economy/"]
    );
    let crumbs = json_ld_of(&doc, "BreadcrumbList");
    let items = crumbs["itemListElement"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[1]["position"], 2);
    assert_eq!(items[1]["name"], "Économie");
    assert_eq!(items[1]["item"], format!("{}/fr/economy/", site.base));
    assert_eq!(items[2]["item"], format!("{}/fr/economy/asia/", site.base));

    // Only English texts exist: the French section lists nothing, but is a page.
    assert_eq!(all(&doc, ".story-item").len(), 0);
    assert!(all(&doc, "[data-testid=no-articles]").len() == 1);

    let (_, _, html) = site.page("/en-US/economy/asia/", None).await;
    let doc = parse(&html);
    let first = texts(&doc, ".story-headline");
    assert_eq!(first.len(), 20);
    assert_eq!(first[0], "Story 22", "newest first");
    assert!(all(&doc, "link[rel=prev]").is_empty());
    assert_eq!(
        attr(&doc, "link[rel=next]", "href"),
        "/en-US/economy/asia/?page=2"
    );

    let (status, _, html) = site.page("/en-US/economy/asia/?page=2", None).await;
    assert_eq!(status, 200);
    let doc = parse(&html);
    assert_eq!(
        texts(&doc, ".story-headline"),
        ["Story 02", "Story 01", "Story 00"]
    );
    assert_eq!(attr(&doc, "link[rel=prev]", "href"), "/en-US/economy/asia/");
    assert!(all(&doc, "link[rel=next]").is_empty());
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        format!("{}/en-US/economy/asia/?page=2", site.base)
    );
    assert!(!html.contains("Soon"));

    // The parent section lists its subsection's stories too.
    let (_, _, html) = site.page("/en-US/economy/", None).await;
    assert_eq!(texts(&parse(&html), ".story-headline").len(), 20);

    for bad in ["?page=3", "?page=0", "?page=two"] {
        let (status, _, html) = site.page(&format!("/fr/economy/asia/{bad}"), None).await;
        assert_eq!(status, 404, "{bad}");
        assert!(html.contains("Page introuvable"), "{bad}");
    }
    site.stop().await;
}

#[tokio::test]
async fn dates_are_written_as_each_language_writes_them() {
    let site = TestSite::start().await;
    let texts_in = [
        ("en-US", "March 14, 2025"),
        ("fr", "14 mars 2025"),
        ("de", "14. März 2025"),
        ("es", "14 de marzo de 2025"),
        ("ja", "2025年3月14日"),
        ("ar", "مارس"),
        ("pt-BR", "14 de março de 2025"),
        ("zh-Hans", "2025年3月14日"),
    ];
    // Slugs are lowercase: the locale itself serves, but where it has capitals.
    let slug = |l: &'static str| match l {
        "en-US" => "pi-day",
        "pt-BR" => "dia-do-pi",
        "zh-Hans" => "pi-ri",
        _ => l,
    };
    let texts: Vec<pages_support::Text<'_>> = texts_in
        .iter()
        .map(|(l, _)| (*l, "Pi day", "S", "B\n", slug(l)))
        .collect();
    let pi = article("world", "public", &[], Some("2025-03-14T10:00:00Z"), &texts);
    site.publish(&new_id(), &pi).await;
    for (locale, expected) in texts_in {
        let slug = slug(locale);
        let (status, _, html) = site.page(&format!("/{locale}/world/{slug}"), None).await;
        assert_eq!(status, 200, "{locale}");
        let doc = parse(&html);
        let shown = text(&doc, "time[data-testid=published]");
        assert!(shown.contains(expected), "{locale}: {shown}");
        assert_eq!(
            attr(&doc, "time[data-testid=published]", "datetime"),
            "2025-03-14T10:00:00Z"
        );
        // Listings carry the same date.
        let (_, _, home) = site.page(&format!("/{locale}/"), None).await;
        assert!(text(&parse(&home), "[data-testid=lead-story] time").contains(expected));
    }
    site.stop().await;
}

#[tokio::test]
async fn the_chrome_speaks_brazilian_portuguese_and_simplified_chinese() {
    let site = TestSite::start().await;
    for (locale, skip, footer) in [
        ("pt-BR", "Pular para o conteúdo", "Publicado com Dateline."),
        ("zh-Hans", "跳到正文", "由 Dateline 发布。"),
    ] {
        let (status, _, html) = site.page(&format!("/{locale}/"), None).await;
        assert_eq!(status, 200, "{locale}");
        let doc = parse(&html);
        assert_eq!(attr(&doc, "html", "lang"), locale);
        assert_eq!(attr(&doc, "html", "dir"), "ltr");
        assert!(html.contains(skip), "{locale}");
        assert!(html.contains(footer), "{locale}");
        // The language chooser names the variant, not just the language.
        assert!(html.contains("Português (Brasil)"), "{locale}");
        assert!(html.contains("简体中文"), "{locale}");
    }
    site.stop().await;
}

#[tokio::test]
async fn a_late_evening_article_is_dated_the_next_day_in_the_sites_zone() {
    // The fixture site is in Europe/Berlin (+01:00 in winter): 23:30 UTC on 14 March
    // 2025 is 00:30 on the 15th there.
    let site = TestSite::start().await;
    let texts_in = [
        ("en-US", "late-edition", "March 15, 2025"),
        ("de", "spaetausgabe", "15. März 2025"),
        ("fr", "edition-du-soir", "15 mars 2025"),
        ("ja", "yukan", "2025年3月15日"),
    ];
    let late_texts: Vec<pages_support::Text<'_>> = texts_in
        .iter()
        .map(|(l, slug, _)| (*l, "Late edition", "S", "B\n", *slug))
        .collect();
    let late = article(
        "world",
        "public",
        &[],
        Some("2025-03-14T23:30:00Z"),
        &late_texts,
    );
    site.publish(&new_id(), &late).await;
    for (locale, slug, expected) in texts_in {
        let (status, _, html) = site.page(&format!("/{locale}/world/{slug}"), None).await;
        assert_eq!(status, 200, "{locale}");
        let doc = parse(&html);
        assert_eq!(
            text(&doc, "time[data-testid=published]").trim(),
            expected,
            "{locale}"
        );
        // The instant for machines is still UTC, and the same moment.
        assert_eq!(
            attr(&doc, "time[data-testid=published]", "datetime"),
            "2025-03-14T23:30:00Z"
        );
        for listing in [format!("/{locale}/"), format!("/{locale}/world/")] {
            let (_, _, page) = site.page(&listing, None).await;
            let dates = texts(&parse(&page), "time");
            assert!(
                dates.iter().any(|d| d.trim() == expected),
                "{listing}: {dates:?}"
            );
        }
    }
    site.stop().await;
}

#[tokio::test]
async fn an_article_names_its_translations_and_only_those() {
    let site = TestSite::start().await;
    site.publish(&new_id(), &premium_article("harbour-waits"))
        .await;
    let (_, _, html) = site.page("/fr/economy/asia/harbour-waits-fr", None).await;
    let doc = parse(&html);
    let base = &site.base;
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        format!("{base}/fr/economy/asia/harbour-waits-fr")
    );
    let mut alternates: Vec<(String, String)> = all(&doc, "link[rel=alternate][hreflang]")
        .into_iter()
        .map(|e| {
            let v = e.value();
            (
                v.attr("hreflang").unwrap().into(),
                v.attr("href").unwrap().into(),
            )
        })
        .collect();
    alternates.sort();
    // The site's default language stands for readers of any other.
    assert_eq!(alternates, pages_support::harbour_alternates(base));
    // The chooser: the two languages this article is written in, in the site's order;
    // the other one a link that remembers the choice and leads to that text.
    let chooser = "[data-testid=language-chooser] li";
    assert_eq!(texts(&doc, chooser), ["English", "Français"]);
    assert_eq!(
        attrs(&doc, &format!("{chooser} a"), "href"),
        ["/en-US/language?next=/en-US/economy/asia/harbour-waits"]
    );
    assert_eq!(
        attr(&doc, &format!("{chooser} [aria-current]"), "lang"),
        "fr"
    );

    // An article in one language has no chooser at all.
    site.publish(&new_id(), &simple("world", "solo", "Solo", None))
        .await;
    let (_, _, html) = site.page("/en-US/world/solo", None).await;
    assert!(all(&parse(&html), "[data-testid=language-chooser]").is_empty());
    site.stop().await;
}

#[tokio::test]
async fn choosing_a_language_is_remembered_by_the_root() {
    let site = TestSite::start().await;
    let r = site
        .client
        .get(site.url("/ja/language?next=/ja/world/"))
        .header("Accept-Language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/ja/world/");
    assert_eq!(r.headers()["cache-control"], "private, no-store");
    let set = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set.starts_with("lang=ja;"), "{set}");
    assert!(
        set.contains("Path=/") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let lang = common::set_cookie(r.headers(), "lang").unwrap();

    // The choice beats the browser's Accept-Language from now on.
    let r = site
        .client
        .get(site.url("/"))
        .header("Accept-Language", "de")
        .header("Cookie", &lang)
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/ja/");

    // Every page's chooser leads there.
    let (_, _, html) = site.page("/en-US/world/", None).await;
    let doc = parse(&html);
    assert!(
        attrs(&doc, "[data-testid=language-chooser] a", "href")
            .contains(&"/ja/language?next=/ja/world/".to_owned())
    );

    // Only to this site; without a page, to the language's front page.
    for next in ["//evil.example/", "https://evil.example/", ""] {
        let r = site
            .client
            .get(site.url(&format!("/fr/language?next={next}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()["location"], "/fr/", "{next}");
    }
    let (status, _, html) = site.page("/pt/language", Some("lang=fr")).await;
    assert_eq!(status, 404);
    assert!(
        html.contains("Page introuvable"),
        "in the reader's language"
    );
    site.stop().await;
}

#[tokio::test]
async fn shared_caches_get_anonymous_pages_only() {
    let site = TestSite::start().await;
    let path = "/en-US/economy/asia/harbour-waits";
    site.publish(&new_id(), &premium_article("harbour-waits"))
        .await;
    site.publish(&new_id(), &simple("world", "free", "Free", None))
        .await;
    for page in ["/en-US/", "/en-US/economy/", "/en-US/world/free"] {
        let (_, headers, html) = site.page(page, None).await;
        assert_eq!(headers["cache-control"], "public, max-age=60", "{page}");
        assert_eq!(headers["vary"], "Cookie", "{page}");
        assert!(headers.get("set-cookie").is_none(), "{page}");
        assert!(!html.contains(SECRET));
    }
    // A paid article's address gives subscribers more than the teaser: no shared cache
    // may keep the teaser, lest one that ignores `Vary` show it to them.
    let (_, headers, _) = site.page(path, None).await;
    assert_eq!(headers["cache-control"], "private, no-store");

    admin::add_subscriber(&site.data(), "p@example.org", "pw").unwrap();
    admin::grant(&site.data(), "p@example.org", "premium").unwrap();
    let (_, session) = site.sign_in("p@example.org", "pw", "/en-US/").await;
    let session = session.unwrap();
    for page in ["/en-US/", path] {
        let (_, headers, _) = site.page(page, Some(&session)).await;
        assert_eq!(headers["cache-control"], "private, no-store", "{page}");
    }
    let (_, _, html) = site.page(path, Some(&session)).await;
    let doc = parse(&html);
    assert!(text(&doc, ".paywalled").contains(SECRET));

    // A 404 depends on the reader's language: never shared.
    let (_, headers, _) = site.page("/nowhere", None).await;
    assert_ne!(headers["cache-control"], "public, max-age=60");
    site.stop().await;
}

#[tokio::test]
async fn answers_are_compressed_when_the_client_asks() {
    let site = TestSite::start().await;
    for i in 0..6 {
        let body = simple("world", &format!("s{i}"), &format!("Story {i}"), None);
        site.publish(&new_id(), &body).await;
    }
    let get = |encoding: Option<&'static str>| {
        let mut req = site.client.get(site.url("/en-US/"));
        if let Some(e) = encoding {
            req = req.header("Accept-Encoding", e);
        }
        req.send()
    };
    let plain = get(None).await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();

    let gzip = get(Some("gzip")).await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let vary: Vec<String> = gzip
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_lowercase())
        .collect();
    let vary = vary.join(", ");
    assert!(
        vary.contains("accept-encoding") && vary.contains("cookie"),
        "{vary}"
    );
    let gzip = gzip.bytes().await.unwrap();
    assert_eq!(&gzip[..2], &[0x1f, 0x8b], "a gzip stream");
    assert!(
        gzip.len() < plain.len() / 2,
        "{} vs {}",
        gzip.len(),
        plain.len()
    );

    let br = get(Some("br")).await.unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    assert!(br.bytes().await.unwrap().len() < plain.len() / 2);
    site.stop().await;
}

#[tokio::test]
async fn arabic_articles_read_right_to_left() {
    let site = TestSite::start().await;
    let body = article(
        "world",
        "public",
        &[],
        None,
        &[(
            "ar",
            "الضباب يغلق المضيق",
            "العبّارات تنتظر.",
            "نص المقال.\n",
            "الضباب",
        )],
    );
    site.publish(&new_id(), &body).await;
    let (status, _, html) = site.page("/ar/world/الضباب", None).await;
    assert_eq!(status, 200);
    let doc = parse(&html);
    assert_eq!(attr(&doc, "html", "dir"), "rtl");
    assert_eq!(attr(&doc, "html", "lang"), "ar");
    assert_eq!(text(&doc, "h1"), "الضباب يغلق المضيق");
    // The theme lays out with logical properties only, so it mirrors by itself.
    let css_url = attr(&doc, "link[rel=stylesheet]", "href");
    let (_, _, css) = site.page(&css_url, None).await;
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "text-align: left",
        "text-align: right",
        "float:",
    ] {
        assert!(!css.contains(physical), "{physical} in the stylesheet");
    }
    site.stop().await;
}

#[tokio::test]
async fn read_next_offers_visible_stories_on_the_same_subject() {
    let site = TestSite::start().await;
    let with = |slug: &str, section: &str, tags: &[&str], at: i64| {
        article(
            section,
            "public",
            tags,
            Some(&minutes_ago(at)),
            &[("en-US", slug, "S", "B\n", slug)],
        )
    };
    site.publish(&new_id(), &with("main", "world", &["ports", "fog"], 1))
        .await;
    site.publish(
        &new_id(),
        &with("two-tags", "culture", &["ports", "fog"], 50),
    )
    .await;
    site.publish(&new_id(), &with("one-tag", "culture", &["fog"], 10))
        .await;
    site.publish(&new_id(), &with("same-section", "world", &[], 5))
        .await;
    site.publish(&new_id(), &with("unrelated", "culture", &["music"], 2))
        .await;
    site.publish(&new_id(), &with("future", "world", &["ports"], -30))
        .await;
    let (_, _, html) = site.page("/en-US/world/main", None).await;
    let doc = parse(&html);
    assert_eq!(
        texts(&doc, "[data-testid=related] .story-headline"),
        ["two-tags", "one-tag", "same-section"],
        "most shared tags first, then the section; never itself, the unrelated or the scheduled"
    );
    site.stop().await;
}

#[tokio::test]
async fn a_scheduled_article_appears_when_its_time_comes() {
    let site = TestSite::start().await;
    let at = (chrono::Utc::now() + chrono::Duration::seconds(2)).to_rfc3339();
    let body = simple("world", "on-the-hour", "On the hour", Some(&at));
    site.publish(&new_id(), &body).await;
    let everywhere = [
        "/en-US/",
        "/en-US/world/",
        "/en-US/feed.xml",
        "/sitemap.xml",
    ];
    for path in everywhere {
        let (_, _, body) = site.page(path, None).await;
        assert!(
            !body.contains("on-the-hour") && !body.contains("On the hour"),
            "{path}"
        );
    }
    let (status, _, _) = site.page("/en-US/world/on-the-hour", None).await;
    assert_eq!(status, 404);

    // No restart and no job: the next request after its time shows it.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (status, _, _) = site.page("/en-US/world/on-the-hour", None).await;
        if status == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "still hidden long after its time"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for path in everywhere {
        let (_, _, body) = site.page(path, None).await;
        assert!(body.contains("on-the-hour"), "{path}");
    }
    site.stop().await;
}

#[tokio::test]
async fn new_addresses_answer_404_in_the_readers_language() {
    let site = TestSite::start().await;
    for path in [
        "/pt/feed.xml",
        "/pt/language",
        "/assets/site.000000000000.css",
        "/assets/nothing",
    ] {
        let r = site
            .client
            .get(site.url(path))
            .header("Accept-Language", "de")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{path}");
        let html = r.text().await.unwrap();
        assert_eq!(attr(&parse(&html), "html", "lang"), "de", "{path}");
    }
    let (status, _, html) = site.page("/ja/sport/?page=2", None).await;
    assert_eq!(status, 404);
    assert_eq!(attr(&parse(&html), "html", "lang"), "ja");
    site.stop().await;
}
