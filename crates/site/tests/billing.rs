//! The billing webhook over loopback: a signed event grants a tier that the reader's
//! next page already honours; bad signatures, stale or future timestamps, replays and
//! unknown tiers are refused or ignored and store nothing.

mod common;
mod reader;

use common::{SECRET, TestSite, new_id, premium_article};
use dateline_site::admin;
use dateline_site::billing::sign;
use reader::{Browser, sql};
use serde_json::{Value, json};

const WEBHOOK_SECRET: &str = "whsec_lantern_test_5f0c1e";
const ARTICLE: &str = "/en-US/economy/asia/harbour-waits";
const PASSWORD: &str = "a long enough password";

/// A site with the webhook's secret in a file beside site.toml, and a premium article.
async fn billing_site() -> TestSite {
    let site = TestSite::builder()
        .prepare(|data| {
            std::fs::write(data.join("billing-secret"), format!("{WEBHOOK_SECRET}\n")).unwrap();
            let config = data.join("site.toml");
            let mut text = std::fs::read_to_string(&config).unwrap();
            text.push_str("\n[billing]\nwebhook_secret_file = \"billing-secret\"\n");
            std::fs::write(config, text).unwrap();
        })
        .start()
        .await;
    site.publish(&new_id(), &premium_article("harbour-waits"))
        .await;
    site
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Posts `event` with the given `Dateline-Signature` (or none).
async fn deliver(site: &TestSite, body: &str, signature: Option<String>) -> (u16, Value) {
    let mut request = site
        .client
        .post(site.url("/webhooks/billing"))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(s) = signature {
        request = request.header("Dateline-Signature", s);
    }
    let r = request.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Posts `event` signed with the right secret, now.
async fn signed(site: &TestSite, event: &Value) -> (u16, Value) {
    let body = event.to_string();
    let signature = sign(WEBHOOK_SECRET.as_bytes(), now(), body.as_bytes());
    deliver(site, &body, Some(signature)).await
}

fn event(id: &str, kind: &str, email: &str, tier: Option<&str>) -> Value {
    let mut e = json!({ "id": id, "type": kind, "email": email });
    if let Some(t) = tier {
        e["tier"] = json!(t);
    }
    e
}

fn tier_of(site: &TestSite, email: &str) -> String {
    admin::list_subscribers(&site.data())
        .unwrap()
        .into_iter()
        .find(|s| s.email == email)
        .map(|s| s.tier)
        .unwrap_or_default()
}

#[tokio::test]
async fn a_signed_event_opens_the_paid_part_on_the_next_request_and_a_cancel_closes_it() {
    let site = billing_site().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    let browser = Browser::new(&site);
    assert_eq!(
        browser
            .sign_in("en-US", "ana@example.org", PASSWORD)
            .await
            .status,
        303
    );
    let page = browser.get(ARTICLE).await;
    assert!(!page.html.contains(SECRET));
    assert!(page.has_testid("subscribe-box"));

    let (status, body) = signed(
        &site,
        &event(
            "evt_1",
            "subscription.updated",
            "Ana@Example.org",
            Some("premium"),
        ),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["outcome"], "applied");
    // The same session, no new sign-in.
    let page = browser.get(ARTICLE).await;
    assert!(
        page.html.contains(SECRET),
        "the premium reader reads all of it"
    );
    assert!(!page.has_testid("subscribe-box"));
    assert_eq!(
        browser.get("/en-US/account/").await.testid("account-tier"),
        "Premium"
    );

    let (status, body) = signed(
        &site,
        &event("evt_2", "subscription.canceled", "ana@example.org", None),
    )
    .await;
    assert_eq!((status, body["outcome"].as_str()), (200, Some("applied")));
    let page = browser.get(ARTICLE).await;
    assert!(!page.html.contains(SECRET));
    assert_eq!(tier_of(&site, "ana@example.org"), "members");
    site.stop().await;
}

#[tokio::test]
async fn bad_signatures_and_timestamps_are_refused_and_store_nothing() {
    let site = billing_site().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    let e = event(
        "evt_forged",
        "subscription.updated",
        "ana@example.org",
        Some("premium"),
    );
    let body = e.to_string();
    let t = now();
    let cases = [
        (None, 400, "bad_signature"),
        (Some("nonsense".to_owned()), 400, "bad_signature"),
        (
            Some(sign(b"not the secret", t, body.as_bytes())),
            401,
            "bad_signature",
        ),
        // Signed for another body.
        (
            Some(sign(WEBHOOK_SECRET.as_bytes(), t, b"{}")),
            401,
            "bad_signature",
        ),
        (
            Some(sign(WEBHOOK_SECRET.as_bytes(), t - 301, body.as_bytes())),
            400,
            "stale_timestamp",
        ),
        // Far enough ahead to stay outside the window however slowly this test runs
        // (`t` was read before the first delivery; each second brings `t + 301` closer).
        (
            Some(sign(WEBHOOK_SECRET.as_bytes(), t + 600, body.as_bytes())),
            400,
            "stale_timestamp",
        ),
    ];
    for (signature, status, code) in cases {
        let shown = format!("{signature:?}");
        let (got, answer) = deliver(&site, &body, signature).await;
        assert_eq!(
            (got, answer["code"].as_str()),
            (status, Some(code)),
            "{shown}"
        );
        assert_eq!(tier_of(&site, "ana@example.org"), "members", "{shown}");
    }
    // The id was not recorded by any refusal: delivered properly, it is applied.
    let (status, answer) = signed(&site, &e).await;
    assert_eq!((status, answer["outcome"].as_str()), (200, Some("applied")));
    assert_eq!(tier_of(&site, "ana@example.org"), "premium");
    site.stop().await;
}

#[tokio::test]
async fn a_replayed_event_id_changes_nothing_and_unknown_tiers_are_refused() {
    let site = billing_site().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    let first = event(
        "evt_once",
        "subscription.updated",
        "ana@example.org",
        Some("supporter"),
    );
    assert_eq!(signed(&site, &first).await.1["outcome"], "applied");
    // The same id again, even carrying another tier: 200, and nothing changes.
    let replay = event(
        "evt_once",
        "subscription.updated",
        "ana@example.org",
        Some("premium"),
    );
    let (status, answer) = signed(&site, &replay).await;
    assert_eq!(
        (status, answer["outcome"].as_str()),
        (200, Some("duplicate"))
    );
    assert_eq!(tier_of(&site, "ana@example.org"), "supporter");

    for tier in [Some("platinum"), Some("public"), None] {
        let e = event("evt_tier", "subscription.updated", "ana@example.org", tier);
        let (status, answer) = signed(&site, &e).await;
        assert_eq!(
            (status, answer["code"].as_str()),
            (422, Some("unknown_tier")),
            "{tier:?}"
        );
        assert_eq!(tier_of(&site, "ana@example.org"), "supporter");
    }
    // Not stored: the id is still free.
    let fixed = event(
        "evt_tier",
        "subscription.updated",
        "ana@example.org",
        Some("premium"),
    );
    assert_eq!(signed(&site, &fixed).await.1["outcome"], "applied");

    // Events the site does not act on are acknowledged, so the provider stops sending.
    let (status, answer) = signed(
        &site,
        &event("evt_x", "invoice.paid", "ana@example.org", None),
    )
    .await;
    assert_eq!((status, answer["outcome"].as_str()), (200, Some("ignored")));
    assert_eq!(tier_of(&site, "ana@example.org"), "premium");

    // An event made before one already applied does not undo it.
    let mut late = event("evt_late", "subscription.canceled", "ana@example.org", None);
    late["created"] = json!(1);
    sql(
        &site,
        "UPDATE billing_events SET created = 100 WHERE id = 'evt_tier'",
    );
    assert_eq!(signed(&site, &late).await.1["outcome"], "stale");
    assert_eq!(tier_of(&site, "ana@example.org"), "premium");
    site.stop().await;
}

#[tokio::test]
async fn signatures_from_a_secret_rotation_are_accepted() {
    let site = billing_site().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    let body = event(
        "evt_rot",
        "subscription.updated",
        "ana@example.org",
        Some("premium"),
    )
    .to_string();
    let t = now();
    let old = sign(b"the previous secret", t, body.as_bytes());
    let new = sign(WEBHOOK_SECRET.as_bytes(), t, body.as_bytes());
    let both = format!("{old},v1={}", new.split_once("v1=").unwrap().1);
    let (status, answer) = deliver(&site, &body, Some(both)).await;
    assert_eq!((status, answer["outcome"].as_str()), (200, Some("applied")));
    assert_eq!(tier_of(&site, "ana@example.org"), "premium");
    site.stop().await;
}

#[tokio::test]
async fn a_tier_paid_before_signing_up_is_where_the_account_starts() {
    let site = billing_site().await;
    let (status, answer) = signed(
        &site,
        &event(
            "evt_early",
            "subscription.created",
            "early@example.org",
            Some("supporter"),
        ),
    )
    .await;
    assert_eq!((status, answer["outcome"].as_str()), (200, Some("pending")));
    let browser = Browser::new(&site);
    browser
        .sign_up(&site, "es", "early@example.org", PASSWORD)
        .await;
    assert_eq!(
        browser.get("/es/account/").await.testid("account-tier"),
        "Colaborador"
    );
    site.stop().await;
}

#[tokio::test]
async fn without_a_secret_the_webhook_is_off() {
    let site = TestSite::start().await;
    let e = event(
        "evt",
        "subscription.updated",
        "a@example.org",
        Some("premium"),
    )
    .to_string();
    let signature = sign(b"anything", now(), e.as_bytes());
    let (status, _) = deliver(&site, &e, Some(signature)).await;
    assert_eq!(status, 404);
    site.stop().await;
}
