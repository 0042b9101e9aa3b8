//! Bad input anywhere in the API is refused with an answer that says what to fix, and a
//! refused request stores nothing.

mod common;

use common::{TestSite, new_id, new_key, premium_article, public_article, status_json};
use reqwest::Method;
use serde_json::json;

async fn put_raw(site: &TestSite, body: impl Into<reqwest::Body>) -> (u16, serde_json::Value) {
    status_json(
        site.api(
            Method::PUT,
            &format!("/articles/{}", new_id()),
            Some(&site.editor),
        )
        .header("Idempotency-Key", new_key())
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap(),
    )
    .await
}

#[tokio::test]
async fn malformed_articles_are_400_naming_the_field() {
    let site = TestSite::start().await;
    let cases = [
        // (what to change, the field named)
        (json!({ "tier": 3 }), Some("tier")),
        (json!({ "tags": "trade" }), Some("tags")),
        (json!({ "publish_at": "next tuesday" }), Some("publish_at")),
        (json!({ "teir": "premium" }), Some("teir")),
    ];
    for (change, field) in cases {
        let mut body = premium_article("malformed");
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (status, err) = put_raw(&site, body.to_string()).await;
        assert_eq!(
            (status, err["code"].as_str()),
            (400, Some("invalid")),
            "{change}: {err}"
        );
        assert_eq!(err["details"]["field"].as_str(), field, "{change}: {err}");
        if let Some(f) = field {
            assert!(err["message"].as_str().unwrap().contains(f), "{err}");
        }
    }

    let mut body = premium_article("malformed");
    body["texts"][1]["html"] = json!("<script>alert(1)</script>");
    let (status, err) = put_raw(&site, body.to_string()).await;
    assert_eq!(status, 400);
    assert_eq!(err["details"]["field"], "texts[1].html");
    body = premium_article("malformed");
    body["texts"][0]["title"] = json!(null);
    let (_, err) = put_raw(&site, body.to_string()).await;
    assert_eq!(err["details"]["field"], "texts[0].title");

    // Not JSON: line and column of the fault.
    let (status, err) = put_raw(&site, "{\n  \"tier\": \"public\",\n  oops\n}").await;
    assert_eq!(status, 400);
    assert_eq!(
        (
            err["details"]["line"].as_u64(),
            err["details"]["column"].as_u64()
        ),
        (Some(3), Some(3))
    );
    let (status, _) = put_raw(&site, vec![0xFF, 0xFE, 0x00]).await;
    assert_eq!(status, 400);

    assert_eq!(site.rows("articles"), 0);
    assert_eq!(site.rows("idempotency"), 0);
    site.stop().await;
}

#[tokio::test]
async fn an_article_over_the_limit_is_413_and_a_long_one_is_fine() {
    let site = TestSite::start().await;
    // Five million characters of body: the desk opens bodies this long, so it must publish.
    let mut long = public_article("a-long-read", "A long read");
    long["texts"][0]["body"] = json!("word ".repeat(1_000_000));
    site.publish(&new_id(), &long).await;

    let mut huge = public_article("too-long", "Too long");
    huge["texts"][0]["body"] = json!("x".repeat(9 * 1024 * 1024));
    let (status, err) = put_raw(&site, huge.to_string()).await;
    assert_eq!(
        (status, err["code"].as_str()),
        (413, Some("too_large")),
        "{err}"
    );
    assert_eq!(err["details"]["limit"], 8 * 1024 * 1024);
    assert_eq!(site.rows("articles"), 1);
    site.stop().await;
}

#[tokio::test]
async fn a_refused_write_stores_no_row_and_no_file() {
    let site = TestSite::start().await;
    // Unknown tier, section and locale: each 422 naming what it names.
    for (field, value, named) in [
        ("tier", json!("gold"), "gold"),
        ("section", json!("sport"), "sport"),
        ("source_locale", json!("ko-KR"), "ko-KR"),
    ] {
        let mut body = public_article("refused", "Refused");
        body[field] = value;
        let (status, err) = put_raw(&site, body.to_string()).await;
        assert_eq!(status, 422, "{field}");
        assert_eq!(err["details"]["field"], field);
        assert!(err["message"].as_str().unwrap().contains(named), "{err}");
    }
    let (status, _) = status_json(
        site.put_strings(&site.editor, "fr", "no-such-message = x\n", &[])
            .await,
    )
    .await;
    assert_eq!(status, 422);
    let (status, _) = status_json(
        site.upload(&site.editor, "image/png", b"GIF89a not a png")
            .await,
    )
    .await;
    assert_eq!(status, 422);

    for table in [
        "articles",
        "article_texts",
        "site_strings",
        "media",
        "idempotency",
    ] {
        assert_eq!(site.rows(table), 0, "{table}");
    }
    assert_eq!(site.media_files(), Vec::<String>::new());
    let (status, _, _) = site.page("/en-US/world/refused", None).await;
    assert_eq!(status, 404);
    site.stop().await;
}
