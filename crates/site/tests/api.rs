//! The publishing API over loopback, with the real HTTP client.

mod common;

use common::{TestSite, new_id, new_key, premium_article, public_article};
use serde_json::{Value, json};

async fn json_of(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

#[tokio::test]
async fn no_token_or_a_bad_token_is_401_and_stores_nothing() {
    let site = TestSite::start().await;
    let id = new_id();
    let body = public_article("quiet-news", "Quiet news");

    let r = site.put(None, &id, Some(&new_key()), &[], &body).await;
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    let (_, err) = json_of(r).await;
    assert_eq!(err["code"], "unauthorized");

    let r = site
        .put(
            Some("dl_not-a-real-token"),
            &id,
            Some(&new_key()),
            &[],
            &body,
        )
        .await;
    assert_eq!(r.status(), 401);
    assert_eq!(json_of(r).await.1["code"], "unauthorized");

    let r = site
        .client
        .get(site.url("/api/v1/site"))
        .header("Authorization", "Basic Zm9vOmJhcg==")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    let (status, err) = json_of(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!((status, err["code"].as_str()), (404, Some("not_found")));
    let (status, _, _) = site.page("/en-US/world/quiet-news", None).await;
    assert_eq!(status, 404);
    site.stop().await;
}

#[tokio::test]
async fn writers_read_but_may_not_publish() {
    let site = TestSite::start().await;
    let (status, info) = json_of(site.api_get(&site.writer, "/site").await).await;
    assert_eq!(status, 200);
    assert_eq!(info["role"], "writer");
    assert_eq!(info["name"], "The Lantern Courier");
    assert_eq!(info["base_url"], site.base);
    assert_eq!(info["tiers"][3]["id"], "premium");
    assert_eq!(info["sections"][2]["names"]["fr"], "Asie");
    // The desk reads it with the protocol's own type, time zone included.
    let typed: dateline_protocol::SiteInfo = serde_json::from_value(info).unwrap();
    assert_eq!(typed.time_zone, "Europe/Berlin");

    let id = new_id();
    let r = site
        .put(
            Some(&site.writer),
            &id,
            Some(&new_key()),
            &[],
            &public_article("a", "A"),
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(json_of(r).await.1["code"], "forbidden");

    let r = site
        .client
        .delete(site.url(&format!("/api/v1/articles/{id}")))
        .bearer_auth(&site.writer)
        .header("Idempotency-Key", new_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    site.stop().await;
}

#[tokio::test]
async fn an_editor_publishes_and_reads_back() {
    let site = TestSite::start().await;
    let id = new_id();
    let body = premium_article("harbour-waits");
    let r = site.put_as_editor(&id, &new_key(), &[], &body).await;
    assert_eq!(r.status(), 201);
    assert_eq!(r.headers()["etag"], "\"1\"");
    let (_, created) = json_of(r).await;
    assert_eq!(created["version"], 1);
    assert_eq!(created["id"], id.as_str());
    assert_eq!(
        created["urls"]["en-US"],
        format!("{}/en-US/economy/asia/harbour-waits", site.base)
    );
    assert_eq!(created["article"]["texts"][1]["slug"], "harbour-waits-fr");
    // Out at once: the site's date for it is now.
    let seen: chrono::DateTime<chrono::Utc> =
        created["visible_at"].as_str().unwrap().parse().unwrap();
    assert!(
        (chrono::Utc::now() - seen).num_minutes().abs() < 5,
        "{seen}"
    );

    let r = site.api_get(&site.writer, &format!("/articles/{id}")).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["etag"], "\"1\"");
    assert_eq!(json_of(r).await.1, created);
    site.stop().await;
}

#[tokio::test]
async fn a_retried_write_is_replayed_not_repeated() {
    let site = TestSite::start().await;
    let id = new_id();
    let key = new_key();
    let body = public_article("once-only", "Once only");

    let first = site.put_as_editor(&id, &key, &[], &body).await;
    let first_status = first.status();
    let first_etag = first.headers()["etag"].clone();
    let first_bytes = first.bytes().await.unwrap();
    let again = site.put_as_editor(&id, &key, &[], &body).await;
    assert_eq!(again.status(), first_status);
    assert_eq!(first_status, 201);
    assert_eq!(again.headers()["etag"], first_etag);
    assert_eq!(again.bytes().await.unwrap(), first_bytes);

    let (_, current) = json_of(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!(current["version"], 1);

    // The same key for something else is refused, and changes nothing.
    let other = public_article("once-only", "A different title");
    let (status, err) = json_of(site.put_as_editor(&id, &key, &[], &other).await).await;
    assert_eq!(status, 422);
    assert_eq!(err["code"], "idempotency_mismatch");
    let (_, current) = json_of(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!(current["article"]["texts"][0]["title"], "Once only");

    // Without a key, nothing is written.
    let (status, err) = json_of(
        site.put(Some(&site.editor), &new_id(), None, &[], &body)
            .await,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(err["code"], "invalid");
    assert!(
        err["message"].as_str().unwrap().contains("Idempotency-Key"),
        "{err}"
    );
    site.stop().await;
}

#[tokio::test]
async fn versions_guard_against_blind_and_stale_writes() {
    let site = TestSite::start().await;
    let id = new_id();
    site.publish(&id, &public_article("guarded", "Guarded"))
        .await;
    let edited = public_article("guarded", "Guarded, edited");
    let r = site.api_get(&site.writer, &format!("/articles/{id}")).await;
    let first_seen = json_of(r).await.1["visible_at"].clone();
    assert!(first_seen.is_string(), "{first_seen}");

    // Existing article, no precondition: the client must say which version it saw.
    let (status, err) = json_of(site.put_as_editor(&id, &new_key(), &[], &edited).await).await;
    assert_eq!(status, 428);
    assert_eq!(err["code"], "precondition_failed");
    assert!(
        err["message"].as_str().unwrap().contains("If-Match"),
        "{err}"
    );

    // Create-only on an existing article.
    let r = site
        .put_as_editor(&id, &new_key(), &[("If-None-Match", "*")], &edited)
        .await;
    assert_eq!(r.status(), 412);

    let r = site
        .put_as_editor(&id, &new_key(), &[("If-Match", "\"1\"")], &edited)
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["etag"], "\"2\"");
    let updated = json_of(r).await.1;
    assert_eq!(updated["version"], 2);
    // An update keeps the date readers first saw it.
    assert_eq!(updated["visible_at"], first_seen);

    // A desk that still thinks it is at version 1 is told what is current.
    let stale = public_article("guarded", "Stale edit");
    let (status, err) = json_of(
        site.put_as_editor(&id, &new_key(), &[("If-Match", "\"1\"")], &stale)
            .await,
    )
    .await;
    assert_eq!(status, 412);
    assert_eq!(err["code"], "precondition_failed");
    assert_eq!(err["details"]["current"]["version"], 2);
    assert_eq!(
        err["details"]["current"]["article"]["texts"][0]["title"],
        "Guarded, edited"
    );
    site.stop().await;
}

async fn field_error(site: &TestSite, id: &str, body: &Value) -> (u16, Value) {
    json_of(site.put_as_editor(id, &new_key(), &[], body).await).await
}

#[tokio::test]
async fn invalid_articles_are_refused_naming_the_field() {
    let site = TestSite::start().await;

    let mut bad_tier = public_article("t1", "T");
    bad_tier["tier"] = json!("gold");
    let (status, err) = field_error(&site, &new_id(), &bad_tier).await;
    assert_eq!((status, err["code"].as_str()), (422, Some("invalid")));
    assert_eq!(err["details"]["field"], "tier");
    assert!(err["message"].as_str().unwrap().contains("gold"));

    let mut bad_locale = public_article("t2", "T");
    bad_locale["texts"][0]["locale"] = json!("ko");
    let (status, err) = field_error(&site, &new_id(), &bad_locale).await;
    assert_eq!(status, 422);
    assert_eq!(err["details"]["field"], "texts[0].locale");

    let mut bad_slug = public_article("Not A Slug", "T");
    bad_slug["section"] = json!("world");
    let (status, err) = field_error(&site, &new_id(), &bad_slug).await;
    assert_eq!(status, 422);
    assert_eq!(err["details"]["field"], "texts[0].slug");

    let mut bad_section = public_article("t3", "T");
    bad_section["section"] = json!("sport");
    assert_eq!(
        field_error(&site, &new_id(), &bad_section).await.1["details"]["field"],
        "section"
    );

    let mut empty_title = public_article("t4", "T");
    empty_title["texts"][0]["title"] = json!("  ");
    assert_eq!(
        field_error(&site, &new_id(), &empty_title).await.1["details"]["field"],
        "texts[0].title"
    );

    let (status, err) = field_error(&site, "not-a-uuid", &public_article("t5", "T")).await;
    assert_eq!(status, 422);
    assert_eq!(err["details"]["field"], "id");

    // A slug held by another article in the same locale.
    site.publish(&new_id(), &public_article("taken", "First"))
        .await;
    let (status, err) = field_error(&site, &new_id(), &public_article("taken", "Second")).await;
    assert_eq!(status, 422);
    assert_eq!(err["details"]["field"], "texts[0].slug");
    assert!(err["message"].as_str().unwrap().contains("already used"));

    // Not JSON at all.
    let r = site
        .client
        .put(site.url(&format!("/api/v1/articles/{}", new_id())))
        .bearer_auth(&site.editor)
        .header("Idempotency-Key", new_key())
        .header("Content-Type", "application/json")
        .body("{\"tier\": ")
        .send()
        .await
        .unwrap();
    let (status, err) = json_of(r).await;
    assert_eq!((status, err["code"].as_str()), (400, Some("invalid")));
    site.stop().await;
}

#[tokio::test]
async fn unknown_api_routes_answer_json() {
    let site = TestSite::start().await;
    let (status, err) = json_of(site.api_get(&site.editor, "/no/such/route").await).await;
    assert_eq!((status, err["code"].as_str()), (404, Some("not_found")));
    let r = site
        .client
        .post(site.url("/api/v1/site"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert_eq!(json_of(r).await.1["code"], "invalid");
    site.stop().await;
}

#[tokio::test]
async fn delete_unpublishes_and_a_later_put_republishes() {
    let site = TestSite::start().await;
    let id = new_id();
    site.publish(&id, &public_article("short-lived", "Short-lived"))
        .await;
    let (status, _, _) = site.page("/en-US/world/short-lived", None).await;
    assert_eq!(status, 200);

    let delete = |key: String, if_match: &'static str| {
        site.client
            .delete(site.url(&format!("/api/v1/articles/{id}")))
            .bearer_auth(&site.editor)
            .header("Idempotency-Key", key)
            .header("If-Match", if_match)
            .send()
    };
    let r = delete(new_key(), "\"7\"").await.unwrap();
    assert_eq!(r.status(), 412);
    let key = new_key();
    let r = delete(key.clone(), "\"1\"").await.unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(r.headers()["etag"], "\"2\"");
    let r = delete(key, "\"1\"").await.unwrap();
    assert_eq!(r.status(), 204, "a retried DELETE is replayed");

    let (status, html) = {
        let (s, _, h) = site.page("/en-US/world/short-lived", None).await;
        (s, h)
    };
    assert_eq!(status, 410);
    assert!(!html.contains("Everyone may read this"));
    let (status, err) = json_of(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!(status, 404);
    assert_eq!(err["details"]["unpublished"], true);
    assert_eq!(err["details"]["version"], 2);

    let r = site
        .put_as_editor(
            &id,
            &new_key(),
            &[("If-Match", "\"2\"")],
            &public_article("short-lived", "Back again"),
        )
        .await;
    assert_eq!(r.status(), 200);
    let (status, _, html) = site.page("/en-US/world/short-lived", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("Back again"));
    site.stop().await;
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let site = TestSite::start().await;
    for path in [
        "/api/v1/site",
        "/en-US/",
        "/healthz",
        "/nowhere",
        "/assets/site.css",
    ] {
        let r = site.client.get(site.url(path)).send().await.unwrap();
        let h = r.headers();
        assert_eq!(
            h["content-security-policy"],
            "default-src 'none'; style-src 'self'; img-src 'self' https:; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            h["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
    }
    let r = site.client.get(site.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok");
    site.stop().await;
}
