//! The site keeps anonymous readers' pages rendered (`page_cache`): what a reader gets
//! from it must never be older than the last write, nor hide a scheduled article past
//! its time, nor show one before it.

mod common;

use std::time::{Duration, Instant};

use common::{TestSite, new_id, new_key, public_article};

/// Polls `path` as an anonymous reader until `check` accepts the body; a deadline for
/// waiting, not a timing assertion.
async fn wait_for_page(site: &TestSite, path: &str, check: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _, body) = site.page(path, None).await;
        if status == 200 && check(&body) {
            return body;
        }
        assert!(Instant::now() < deadline, "{path} never changed:\n{body}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_reaches_the_next_anonymous_reader() {
    let site = TestSite::start().await;
    let id = new_id();
    let answer = site
        .publish(&id, &public_article("quay-lights", "Quay lights back on"))
        .await;
    let path = site.path_in(&answer, "en-US");
    let (_, headers, first) = site.page(&path, None).await;
    assert!(first.contains("Quay lights back on"));
    assert_eq!(headers["cache-control"], "public, max-age=60");
    let (_, _, second) = site.page(&path, None).await;
    assert_eq!(first, second, "an anonymous page is the same for everyone");
    let (_, _, home) = site.page("/en-US/", None).await;
    assert!(home.contains("Quay lights back on"));

    let r = site
        .put(
            Some(&site.editor),
            &id,
            Some(&new_key()),
            &[("If-Match", "\"1\"")],
            &public_article("quay-lights", "Quay lights dimmed again"),
        )
        .await;
    assert_eq!(r.status(), 200);
    // At once, not after the minute a shared cache may keep it.
    let (_, _, page) = site.page(&path, None).await;
    assert!(page.contains("Quay lights dimmed again"), "{page}");
    let (_, _, home) = site.page("/en-US/", None).await;
    assert!(home.contains("Quay lights dimmed again"), "{home}");
    site.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scheduled_article_appears_on_time_on_a_kept_page() {
    let site = TestSite::start().await;
    site.publish(&new_id(), &public_article("harbour-today", "Harbour today"))
        .await;
    // Rendered and kept before the scheduled article exists.
    wait_for_page(&site, "/en-US/", |b| b.contains("Harbour today")).await;

    let at = chrono::Utc::now() + chrono::Duration::seconds(3);
    let mut scheduled = public_article("tide-tables", "New tide tables");
    scheduled["publish_at"] = serde_json::json!(at.to_rfc3339());
    site.publish(&new_id(), &scheduled).await;
    // The write emptied the cache; the page rendered now must not show it yet, and a
    // kept copy of it must not outlive the article's time.
    let (_, _, before) = site.page("/en-US/", None).await;
    if chrono::Utc::now() < at {
        assert!(!before.contains("New tide tables"), "shown before its time");
    }
    wait_for_page(&site, "/en-US/", |b| b.contains("New tide tables")).await;
    assert!(chrono::Utc::now() >= at, "shown before its time");
    site.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_signed_in_reader_sees_an_update_and_a_new_related_story_at_once() {
    let site = TestSite::start().await;
    let id = new_id();
    let answer = site.publish(&id, &common::premium_article("harbour")).await;
    let path = site.path_in(&answer, "en-US");
    dateline_site::admin::add_subscriber(&site.data(), "p@example.org", "premium reader 1")
        .unwrap();
    dateline_site::admin::grant(&site.data(), "p@example.org", "premium").unwrap();
    let (_, session) = site
        .sign_in("p@example.org", "premium reader 1", "/en-US/")
        .await;
    let session = session.expect("signed in");
    let (_, _, before) = site.page(&path, Some(&session)).await;
    assert!(before.contains(common::SECRET), "the paid part for Premium");

    let mut changed = common::premium_article("harbour");
    changed["texts"][0]["body"] = serde_json::json!(
        "Ships wait.\n\n<!-- paywall -->\n\nThe pilots' new word is quillwort.\n"
    );
    let r = site
        .put(
            Some(&site.editor),
            &id,
            Some(&new_key()),
            &[("If-Match", "\"1\"")],
            &changed,
        )
        .await;
    assert_eq!(r.status(), 200);
    // A related story, sharing the article's section, published afterwards.
    let mut related = common::premium_article("harbour-two");
    related["texts"][0]["title"] = serde_json::json!("Cranes return to the quay");
    related["texts"][1]["slug"] = serde_json::json!("harbour-two-fr-bis");
    site.publish(&new_id(), &related).await;

    let (_, _, after) = site.page(&path, Some(&session)).await;
    assert!(after.contains("quillwort"), "the update at once: {after}");
    assert!(!after.contains(common::SECRET), "not the old text");
    assert!(
        after.contains("Cranes return to the quay"),
        "the new related story at once"
    );
    site.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn readers_of_one_tier_share_a_page_but_each_sees_their_own_account() {
    let site = TestSite::start().await;
    let answer = site
        .publish(&new_id(), &common::premium_article("quay"))
        .await;
    let path = site.path_in(&answer, "en-US");
    let mut sessions = Vec::new();
    for email in ["ana@example.org", "ben@example.org"] {
        dateline_site::admin::add_subscriber(&site.data(), email, "premium reader 1").unwrap();
        dateline_site::admin::grant(&site.data(), email, "premium").unwrap();
        let (_, session) = site.sign_in(email, "premium reader 1", "/en-US/").await;
        sessions.push((email, session.expect("signed in")));
    }
    // Twice each, so the second reader and the repeat are served from the kept page.
    for _ in 0..2 {
        for (email, session) in &sessions {
            let (status, _, html) = site.page(&path, Some(session)).await;
            assert_eq!(status, 200);
            assert!(html.contains(common::SECRET), "{email}: the whole article");
            assert!(
                html.contains(email),
                "{email} does not see their own address"
            );
            for (other, _) in &sessions {
                if other != email {
                    assert!(!html.contains(other), "{email} sees {other}'s address");
                }
            }
            assert!(
                !html.contains('\u{E000}'),
                "a stand-in was left in the page"
            );
        }
    }
    // Each reader's form token is their own: signing out with it works.
    let (email, session) = &sessions[1];
    let (_, headers, html) = site.page(&path, Some(session)).await;
    let token = common::hidden_field(&html, "csrf");
    // No token cookie was sent, so the kept page comes with a new one: the page's.
    let csrf_cookie = common::set_cookie(&headers, "dl_csrf").expect("a form token cookie");
    assert_eq!(csrf_cookie, format!("dl_csrf={token}"));
    let r = site
        .client
        .post(site.url("/en-US/account/signout"))
        .header("cookie", format!("{session}; {csrf_cookie}"))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert!(
        r.status().is_redirection(),
        "{email}: sign-out refused: {}",
        r.status()
    );
    let (_, _, after) = site.page(&path, Some(session)).await;
    assert!(
        !after.contains(common::SECRET),
        "{email} is still signed in"
    );
    site.stop().await;
}
