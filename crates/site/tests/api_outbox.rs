//! What the desk's outbox relies on when it sends, loses an answer and sends again: each
//! answer read with the protocol's own types, as the desk reads it.

mod common;

use common::{PNG, TestSite, new_id, new_key, public_article, status_json};
use dateline_protocol::{ApiError, ErrorCode, PublishedArticle, Role, UploadedImage};
use reqwest::Method;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// An answer's status, `ETag` and body bytes, for comparing a replay with the original.
async fn answer(r: reqwest::Response) -> (u16, Option<String>, bool, Vec<u8>) {
    let status = r.status().as_u16();
    let etag = r
        .headers()
        .get("etag")
        .map(|v| v.to_str().unwrap().to_owned());
    let replayed = r.headers().contains_key("idempotent-replayed");
    (status, etag, replayed, r.bytes().await.unwrap().to_vec())
}

async fn api_error(r: reqwest::Response) -> (u16, ApiError) {
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

async fn current(site: &TestSite, id: &str) -> PublishedArticle {
    let r = site.api_get(&site.writer, &format!("/articles/{id}")).await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

/// `DELETE /articles/{id}` (unpublishing) as the editor under idempotency key `key`,
/// with `If-Match` when given.
async fn unpublish(
    site: &TestSite,
    id: &str,
    key: &str,
    if_match: Option<&str>,
) -> reqwest::Response {
    let req = site
        .api(
            Method::DELETE,
            &format!("/articles/{id}"),
            Some(&site.editor),
        )
        .header("Idempotency-Key", key);
    let req = match if_match {
        Some(v) => req.header("If-Match", v),
        None => req,
    };
    req.send().await.unwrap()
}

/// A `PUT` as the editor under a fresh key that the site refuses: its status and error.
async fn refused_put(
    site: &TestSite,
    id: &str,
    headers: &[(&str, &str)],
    body: &Value,
) -> (u16, ApiError) {
    api_error(site.put_as_editor(id, &new_key(), headers, body).await).await
}

/// The article a 412 says is current (`details.current`).
fn told_current(err: &ApiError) -> PublishedArticle {
    serde_json::from_value(err.details["current"].clone()).unwrap()
}

#[tokio::test]
async fn a_lost_answer_is_replayed_even_after_another_write() {
    let site = TestSite::start().await;
    let id = new_id();
    let created_key = new_key();
    let create = public_article("lost-answers", "First");
    let create_only = [("If-None-Match", "*")];
    let first = answer(
        site.put_as_editor(&id, &created_key, &create_only, &create)
            .await,
    )
    .await;
    assert_eq!((first.0, first.1.as_deref()), (201, Some("\"1\"")));

    // An update whose answer the desk never saw...
    let update_key = new_key();
    let update = public_article("lost-answers", "Second");
    let seen_1 = [("If-Match", "\"1\"")];
    let lost = answer(site.put_as_editor(&id, &update_key, &seen_1, &update).await).await;
    assert_eq!((lost.0, lost.1.as_deref()), (200, Some("\"2\"")));

    // ...then someone else's write, under another key...
    let r = site
        .put_as_editor(
            &id,
            &new_key(),
            &[("If-Match", "\"2\"")],
            &public_article("lost-answers", "Third"),
        )
        .await;
    assert_eq!(r.status(), 200);

    // ...and the desk sends its update again: the same key, body and If-Match. It gets
    // the first answer, byte for byte, marked as a replay, and nothing is written.
    let again = answer(site.put_as_editor(&id, &update_key, &seen_1, &update).await).await;
    assert_eq!((again.0, &again.1, &again.3), (lost.0, &lost.1, &lost.3));
    assert!(again.2, "Idempotent-Replayed: true");
    let replayed: PublishedArticle = serde_json::from_slice(&again.3).unwrap();
    assert_eq!(replayed.version, 2);
    assert_eq!(replayed.article.texts[0].title, "Second");
    let now = current(&site, &id).await;
    assert_eq!(
        (now.version, now.article.texts[0].title.as_str()),
        (3, "Third")
    );

    // The create, sent again with If-None-Match: *, is its first answer too (201 with
    // its Location), not a 412 for an article that now exists.
    let r = site
        .put_as_editor(&id, &created_key, &create_only, &create)
        .await;
    assert_eq!(
        r.headers()["location"],
        format!("/api/v1/articles/{id}").as_str()
    );
    let again = answer(r).await;
    assert_eq!((again.0, &again.1, &again.3), (first.0, &first.1, &first.3));
    assert_eq!(current(&site, &id).await.version, 3);

    // The same key with other preconditions is another request: refused, nothing written.
    let (status, err) = api_error(
        site.put_as_editor(&id, &update_key, &[("If-Match", "\"3\"")], &update)
            .await,
    )
    .await;
    assert_eq!((status, err.code), (422, ErrorCode::IdempotencyMismatch));

    // Keys belong to the token that sent them: under another editor token the same
    // request is new, and is judged afresh (here: stale).
    let other = dateline_site::admin::create_token(&site.data(), Role::Editor, "other").unwrap();
    let (status, err) = api_error(
        site.put(Some(&other), &id, Some(&update_key), &seen_1, &update)
            .await,
    )
    .await;
    assert_eq!((status, err.code), (412, ErrorCode::PreconditionFailed));
    assert_eq!(current(&site, &id).await.version, 3);
    site.stop().await;
}

#[tokio::test]
async fn a_stale_write_is_told_the_whole_current_article() {
    let site = TestSite::start().await;
    let id = new_id();
    site.publish(&id, &public_article("told-what-is-current", "Theirs"))
        .await;
    let theirs = current(&site, &id).await;
    let mine = public_article("told-what-is-current", "Mine");

    // A stale If-Match: 412 with the current article, as the desk's own type.
    let (status, err) = refused_put(&site, &id, &[("If-Match", "\"7\"")], &mine).await;
    assert_eq!((status, err.code), (412, ErrorCode::PreconditionFailed));
    assert_eq!(told_current(&err), theirs);
    assert_eq!(err.details["unpublished"], false);
    assert!(
        err.message.contains("current version, which is 1"),
        "{}",
        err.message
    );

    // Create-only on an article that exists: the same details.
    let (status, err) = refused_put(&site, &id, &[("If-None-Match", "*")], &mine).await;
    assert_eq!(status, 412);
    assert_eq!(told_current(&err), theirs);

    // If-Match on an article the site never had: `current` is null.
    let (status, err) = refused_put(
        &site,
        &new_id(),
        &[("If-Match", "\"1\"")],
        &public_article("never-there", "Mine"),
    )
    .await;
    assert_eq!((status, err.code), (412, ErrorCode::PreconditionFailed));
    assert_eq!(err.details["current"], Value::Null);

    // No precondition on an existing article: 428, same code, no details.
    let (status, err) = refused_put(&site, &id, &[], &mine).await;
    assert_eq!((status, err.code), (428, ErrorCode::PreconditionFailed));
    assert_eq!(err.details, Value::Null);

    // A stale write to an unpublished article: the last version, marked unpublished.
    let r = unpublish(&site, &id, &new_key(), Some("\"1\"")).await;
    assert_eq!(r.status(), 204);
    let (status, err) = refused_put(&site, &id, &[("If-Match", "\"1\"")], &mine).await;
    assert_eq!(status, 412);
    let told = told_current(&err);
    assert_eq!((told.version, told.article), (2, theirs.article));
    assert_eq!(err.details["unpublished"], true);
    site.stop().await;
}

#[tokio::test]
async fn unpublishing_is_replayed_then_reported_and_undone_by_a_put() {
    let site = TestSite::start().await;
    let id = new_id();
    let article = public_article("taken-down", "Taken down");
    site.publish(&id, &article).await;

    let key = new_key();
    let first = answer(unpublish(&site, &id, &key, Some("\"1\"")).await).await;
    assert_eq!(first, (204, Some("\"2\"".to_owned()), false, Vec::new()));
    // The answer was lost: the same key gets the same 204.
    let again = answer(unpublish(&site, &id, &key, Some("\"1\"")).await).await;
    assert_eq!(again, (204, Some("\"2\"".to_owned()), true, Vec::new()));

    // A new DELETE of what is already down: 404 saying so, with the version to
    // republish over.
    for if_match in [Some("\"2\""), Some("\"1\""), None] {
        let (status, err) = api_error(unpublish(&site, &id, &new_key(), if_match).await).await;
        assert_eq!(
            (status, err.code),
            (404, ErrorCode::NotFound),
            "{if_match:?}"
        );
        assert_eq!(
            err.details,
            serde_json::json!({ "unpublished": true, "version": 2 })
        );
    }
    // GET says the same.
    let (status, err) =
        api_error(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!((status, err.code), (404, ErrorCode::NotFound));
    assert_eq!(err.details["version"], 2);

    // Republishing: PUT with If-Match of the unpublished version.
    let (status, back) = status_json(
        site.put_as_editor(&id, &new_key(), &[("If-Match", "\"2\"")], &article)
            .await,
    )
    .await;
    assert_eq!(status, 200);
    let back: PublishedArticle = serde_json::from_value(back).unwrap();
    assert_eq!(back.version, 3);
    let (status, _, _) = site.page("/en-US/world/taken-down", None).await;
    assert_eq!(status, 200);

    // The old DELETE, sent yet again, is still only its first answer: it does not take
    // the republished article down.
    let late = answer(unpublish(&site, &id, &key, Some("\"1\"")).await).await;
    assert_eq!((late.0, late.1.as_deref()), (204, Some("\"2\"")));
    assert_eq!(current(&site, &id).await.version, 3);

    // An article the site never had: 404 without details.
    let (status, err) = api_error(unpublish(&site, &new_id(), &new_key(), None).await).await;
    assert_eq!(
        (status, err.code, err.details),
        (404, ErrorCode::NotFound, Value::Null)
    );
    site.stop().await;
}

#[tokio::test]
async fn the_desk_asks_for_an_image_by_name_then_uploads_it_once() {
    let site = TestSite::start().await;
    let name = dateline_protocol::ImageFormat::Png.name(&format!("{:x}", Sha256::digest(PNG)));
    let head = || {
        site.api(Method::HEAD, &format!("/images/{name}"), Some(&site.editor))
            .send()
    };
    let r = head().await.unwrap();
    assert_eq!(r.status(), 404);
    assert!(r.bytes().await.unwrap().is_empty(), "HEAD has no body");

    let r = site.upload(&site.editor, "image/png", PNG).await;
    assert_eq!(r.status(), 201);
    let uploaded: UploadedImage = r.json().await.unwrap();
    assert_eq!(uploaded.name, name);

    let r = head().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.bytes().await.unwrap().is_empty(), "HEAD has no body");

    // Uploading it again under a new key: 200 and the same answer, one file.
    let r = site.upload(&site.editor, "image/png", PNG).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<UploadedImage>().await.unwrap(), uploaded);
    assert_eq!(site.media_files(), std::slice::from_ref(&name));
    assert_eq!(site.rows("media"), 1);
    site.stop().await;
}

#[tokio::test]
async fn a_writer_is_forbidden_and_a_revoked_token_unauthorized() {
    let site = TestSite::start().await;
    let id = new_id();
    let body = public_article("whose-token", "Whose token");
    let create_only = [("If-None-Match", "*")];
    let (status, err) = api_error(
        site.put(
            Some(&site.writer),
            &id,
            Some(&new_key()),
            &create_only,
            &body,
        )
        .await,
    )
    .await;
    assert_eq!((status, err.code), (403, ErrorCode::Forbidden));
    assert_eq!(
        err.message,
        "a writer token may not change articles or images; an editor's token may"
    );
    assert_eq!(err.details, Value::Null);

    let token = dateline_site::admin::create_token(&site.data(), Role::Editor, "desk").unwrap();
    assert_eq!(site.api_get(&token, "/site").await.status(), 200);
    dateline_site::admin::revoke_token(&site.data(), "desk").unwrap();
    let r = site
        .put(Some(&token), &id, Some(&new_key()), &create_only, &body)
        .await;
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    let (status, err) = api_error(r).await;
    assert_eq!((status, err.code), (401, ErrorCode::Unauthorized));
    let (status, err) = api_error(site.api_get(&token, "/site").await).await;
    assert_eq!((status, err.code), (401, ErrorCode::Unauthorized));
    // Nothing was published by either.
    let (status, _) = api_error(site.api_get(&site.editor, &format!("/articles/{id}")).await).await;
    assert_eq!(status, 404);
    site.stop().await;
}
