//! The reader's site over loopback: languages, pages, accounts and the paywall.

mod common;

use common::{SECRET, TestSite, new_id, premium_article, public_article, set_cookie};
use dateline_site::admin;
use serde_json::json;

const ARTICLE: &str = "/en-US/economy/asia/harbour-waits";

async fn site_with_premium_article() -> TestSite {
    let site = TestSite::start().await;
    site.publish(&new_id(), &premium_article("harbour-waits"))
        .await;
    site
}

fn assert_paywalled(html: &str) {
    assert!(
        html.contains("The harbour that learned to wait"),
        "headline missing"
    );
    assert!(html.contains("data-testid=\"headline\""));
    assert!(
        html.contains("Ships wait longer at the outer anchorage"),
        "free part missing"
    );
    assert!(
        html.contains("data-testid=\"subscribe-box\""),
        "no subscribe box"
    );
    assert!(html.contains("class=\"paywall paywalled\""));
    assert!(
        html.contains("for Premium subscribers"),
        "tier name missing"
    );
    assert!(!html.contains(SECRET), "the paid part leaked");
    assert!(!html.contains("pilots"), "the paid part leaked");
}

#[tokio::test]
async fn anonymous_readers_get_the_free_part_and_a_subscribe_box() {
    let site = site_with_premium_article().await;
    let (status, headers, html) = site.page(ARTICLE, None).await;
    assert_eq!(status, 200);
    assert_paywalled(&html);
    assert!(html.contains("/en-US/account/signin?next=/en-US/economy/asia/harbour-waits"));
    assert_eq!(headers["cache-control"], "private, no-store");
    assert_eq!(headers["vary"], "Cookie");
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );

    // Nor anywhere else a reader can look.
    for path in [
        "/en-US/",
        "/en-US/economy/",
        "/en-US/economy/asia/",
        "/fr/economy/asia/harbour-waits-fr",
        "/en-US/economy/asia/harbour-waits/nope",
        "/en-US/economy/harbour-waits",
    ] {
        let (_, _, html) = site.page(path, None).await;
        assert!(!html.contains(SECRET), "{path} leaked the paid part");
    }
    let (_, _, html) = site.page("/fr/economy/asia/harbour-waits-fr", None).await;
    assert!(html.contains("Le port qui apprit à attendre"));
    assert!(html.contains("abonnés Premium"));
    site.stop().await;
}

#[tokio::test]
async fn members_do_not_see_premium_and_premium_subscribers_do() {
    let site = site_with_premium_article().await;
    admin::add_subscriber(&site.data(), "Reader@Example.org", "correct horse").unwrap();

    let (r, session) = site
        .sign_in("reader@example.org", "correct horse", ARTICLE)
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], ARTICLE);
    let set = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/"),
        "{set}"
    );
    assert!(set.contains("Max-Age=2592000"), "{set}");
    assert!(
        !set.contains("Secure"),
        "http base URL, so no Secure: {set}"
    );
    let session = session.expect("a session cookie");

    let (status, headers, html) = site.page(ARTICLE, Some(&session)).await;
    assert_eq!(status, 200);
    assert_paywalled(&html);
    assert!(
        html.contains("Signed in as reader@example.org (Members)"),
        "{html}"
    );
    assert_eq!(headers["cache-control"], "private, no-store");

    admin::grant(&site.data(), "reader@example.org", "premium").unwrap();
    let (status, _, html) = site.page(ARTICLE, Some(&session)).await;
    assert_eq!(status, 200);
    assert!(
        html.contains(SECRET),
        "a premium subscriber reads all of it"
    );
    assert!(!html.contains("data-testid=\"subscribe-box\""));
    assert!(html.contains("Signed in as reader@example.org (Premium)"));

    // Back to members: the paid part is gone again, with no new sign-in.
    admin::revoke_subscriber(&site.data(), "reader@example.org").unwrap();
    let (_, _, html) = site.page(ARTICLE, Some(&session)).await;
    assert!(!html.contains(SECRET));
    site.stop().await;
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let site = site_with_premium_article().await;
    admin::add_subscriber(&site.data(), "out@example.org", "pw").unwrap();
    admin::grant(&site.data(), "out@example.org", "premium").unwrap();
    let (_, session) = site.sign_in("out@example.org", "pw", "/en-US/").await;
    let session = session.unwrap();

    let (_, headers, html) = site.page("/en-US/", Some(&session)).await;
    let csrf = common::hidden_field(&html, "csrf");
    let csrf_cookie = set_cookie(&headers, "dl_csrf").unwrap_or_else(|| format!("dl_csrf={csrf}"));
    let r = site
        .client
        .post(site.url("/en-US/account/signout"))
        .header("Cookie", format!("{session}; {csrf_cookie}"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let (_, _, html) = site.page(ARTICLE, Some(&session)).await;
    assert!(!html.contains(SECRET), "the old cookie no longer signs in");
    site.stop().await;
}

#[tokio::test]
async fn a_wrong_password_is_401_without_saying_which_field() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "ana@example.org", "right").unwrap();
    for (email, password) in [
        ("ana@example.org", "wrong"),
        ("nobody@example.org", "right"),
    ] {
        let (r, session) = site.sign_in(email, password, "/en-US/").await;
        assert_eq!(r.status(), 401);
        assert!(session.is_none());
        let html = r.text().await.unwrap();
        assert!(html.contains("That e-mail and password do not match an account."));
    }
    site.stop().await;
}

#[tokio::test]
async fn sign_in_never_redirects_off_site() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "ana@example.org", "pw").unwrap();
    for evil in ["//evil.example", "https://evil.example/", "/\\evil.example"] {
        let (r, _) = site.sign_in("ana@example.org", "pw", evil).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en-US/", "{evil}");
    }
    site.stop().await;
}

#[tokio::test]
async fn a_post_without_the_matching_csrf_token_is_refused() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "ana@example.org", "pw").unwrap();
    let r = site
        .client
        .post(site.url("/en-US/account/signin"))
        .header(
            "Cookie",
            "dl_csrf=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        .form(&[
            ("email", "ana@example.org"),
            ("password", "pw"),
            ("csrf", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(set_cookie(r.headers(), "dl_session").is_none());
    site.stop().await;
}

#[tokio::test]
async fn the_root_negotiates_a_language() {
    let site = TestSite::start().await;
    let go = |accept: Option<&'static str>, cookie: Option<&'static str>| {
        let mut req = site.client.get(site.url("/"));
        if let Some(a) = accept {
            req = req.header("Accept-Language", a);
        }
        if let Some(c) = cookie {
            req = req.header("Cookie", c);
        }
        req.send()
    };
    let r = go(Some("fr"), None).await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/fr/");
    let r = go(Some("ko, de;q=0.8"), None).await.unwrap();
    assert_eq!(r.headers()["location"], "/de/");
    // Browsers in mainland China and Brazil ask in their own terms.
    let r = go(Some("zh-CN,zh;q=0.9,en;q=0.8"), None).await.unwrap();
    assert_eq!(r.headers()["location"], "/zh-Hans/");
    let r = go(Some("pt, en;q=0.5"), None).await.unwrap();
    assert_eq!(r.headers()["location"], "/pt-BR/");
    let r = go(Some("fr"), Some("lang=ja")).await.unwrap();
    assert_eq!(r.headers()["location"], "/ja/");
    let r = go(Some("ko"), Some("lang=xx")).await.unwrap();
    assert_eq!(r.headers()["location"], "/en-US/");
    site.stop().await;
}

#[tokio::test]
async fn arabic_pages_are_right_to_left_and_localised() {
    let site = TestSite::start().await;
    let (status, _, html) = site.page("/ar/", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(
        html.contains("لم يُنشر شيء هنا بعد."),
        "no-articles in Arabic"
    );
    let (_, _, html) = site.page("/ja/", None).await;
    assert!(html.contains("<html lang=\"ja\" dir=\"ltr\">"));
    site.stop().await;
}

#[tokio::test]
async fn unknown_pages_are_localised_404s() {
    let site = TestSite::start().await;
    let (status, _, html) = site.page("/fr/world/no-such-story", None).await;
    assert_eq!(status, 404);
    assert!(html.contains("Page introuvable"));
    let (status, _, _) = site.page("/pt/", None).await;
    assert_eq!(status, 404);
    let (status, _, html) = site.page("/en-US/sport/", None).await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"));
    site.stop().await;
}

#[tokio::test]
async fn scheduled_articles_stay_hidden_until_their_time() {
    let site = TestSite::start().await;
    let mut later = public_article("tomorrows-news", "Tomorrow's news");
    later["publish_at"] = json!((chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339());
    site.publish(&new_id(), &later).await;
    let mut earlier = public_article("yesterdays-news", "Yesterday's news");
    earlier["publish_at"] = json!((chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339());
    site.publish(&new_id(), &earlier).await;

    let (status, _, html) = site.page("/en-US/world/tomorrows-news", None).await;
    assert_eq!(status, 404);
    assert!(!html.contains("Tomorrow"));
    let (_, _, home) = site.page("/en-US/", None).await;
    assert!(!home.contains("Tomorrow"));
    assert!(home.contains("Yesterday"));
    let (status, _, _) = site.page("/en-US/world/yesterdays-news", None).await;
    assert_eq!(status, 200);
    site.stop().await;
}

#[tokio::test]
async fn home_section_and_article_pages_link_together() {
    let site = site_with_premium_article().await;
    site.publish(&new_id(), &public_article("calm-seas", "Calm seas"))
        .await;

    let (status, headers, home) = site.page("/en-US/", None).await;
    assert_eq!(status, 200);
    assert_eq!(headers["vary"], "Cookie");
    assert!(home.contains("The Lantern Courier"));
    assert!(home.contains("data-testid=\"lead-story\""));
    // The newest is the lead, the other is listed with its section.
    let lead = home.find("Calm seas").unwrap();
    let older = home.find("The harbour that learned to wait").unwrap();
    assert!(lead < older);
    assert!(home.contains("href=\"/en-US/economy/asia/harbour-waits\""));
    // Under Economy, the story from its Asia subsection says where it is from.
    assert!(home.contains(">Asia<"));
    assert!(home.contains("Container queues tell a story about patience."));

    let (status, _, section) = site.page("/en-US/economy/asia/", None).await;
    assert_eq!(status, 200);
    let crumbs = &section[section.find("data-testid=\"breadcrumbs\"").unwrap()..];
    let (h, e, a) = (
        crumbs.find(">Home<").unwrap(),
        crumbs.find(">Economy<").unwrap(),
        crumbs.find(">Asia<").unwrap(),
    );
    assert!(h < e && e < a);
    assert!(section.contains("The harbour that learned to wait"));
    assert!(!section.contains("Calm seas"));
    let (_, _, economy) = site.page("/en-US/economy/", None).await;
    assert!(
        economy.contains("The harbour that learned to wait"),
        "subsections are listed"
    );

    // The language chooser and hreflang alternates name both texts.
    let (_, _, article) = site.page(ARTICLE, None).await;
    assert!(article.contains("data-testid=\"language-chooser\""));
    assert!(article.contains("href=\"/fr/language?next=/fr/economy/asia/harbour-waits-fr\""));
    assert!(article.contains(&format!(
        "<link rel=\"alternate\" hreflang=\"fr\" href=\"{}/fr/economy/asia/harbour-waits-fr\">",
        site.base
    )));
    assert!(article.contains("By Mei Tanaka"));
    assert!(article.contains("data-testid=\"article-body\""));

    // A section without its slash, and an article under an old section, are redirected.
    let (status, headers, _) = site.page("/en-US/economy/asia", None).await;
    assert_eq!(status, 308);
    assert_eq!(headers["location"], "/en-US/economy/asia/");
    let (status, headers, _) = site.page("/en-US/world/harbour-waits", None).await;
    assert_eq!(status, 301);
    assert_eq!(headers["location"], ARTICLE);

    let stylesheet = home
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let (status, headers, css) = site.page(stylesheet, None).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.contains(".paywall"));
    site.stop().await;
}

#[tokio::test]
async fn no_page_runs_script_or_echoes_markup() {
    let site = TestSite::start().await;
    let mut hostile = public_article("hostile", "<script>alert(1)</script> headline");
    hostile["texts"][0]["body"] =
        json!("Text <script>alert(2)</script> [x](javascript:alert(3))\n");
    hostile["texts"][0]["standfirst"] = json!("\"><img src=x onerror=alert(4)>");
    site.publish(&new_id(), &hostile).await;
    for path in ["/en-US/world/hostile", "/en-US/"] {
        let (_, _, html) = site.page(path, None).await;
        let lower = html.to_lowercase();
        // The only script elements are JSON-LD data blocks, which browsers never run.
        let scripts = lower.matches("<script").count();
        let data_blocks = lower
            .matches("<script type=\"application/ld+json\">")
            .count();
        assert_eq!(scripts, data_blocks, "{path}: {html}");
        assert!(!lower.contains("javascript:"), "{path}");
        assert!(!lower.contains("<img src=x"), "{path}");
    }
    site.stop().await;
}

#[tokio::test]
async fn cookies_are_locked_down_and_secure_behind_https() {
    let site = TestSite::builder()
        .base_url("https://news.example")
        .start()
        .await;
    admin::add_subscriber(&site.data(), "ana@example.org", "pw").unwrap();
    let form = site
        .client
        .get(site.url("/en-US/account/signin"))
        .send()
        .await
        .unwrap();
    assert_eq!(form.headers()["cache-control"], "private, no-store");
    let csrf = form.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(csrf.starts_with("dl_csrf="), "{csrf}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(csrf.contains(attribute), "{csrf} lacks {attribute}");
    }
    let (r, session) = site.sign_in("ana@example.org", "pw", "/en-US/").await;
    assert_eq!(r.status(), 303);
    assert!(session.is_some());
    let set = r.headers()["set-cookie"].to_str().unwrap();
    assert!(set.contains("Secure") && set.contains("HttpOnly"), "{set}");
    site.stop().await;
}
