//! `POST /images` and `/media/`: content-addressed uploads, checked by their bytes, and
//! served to readers with nothing but an exact image name.

mod common;

use common::{PNG, TestSite, png_numbered, public_article, status_json};
use dateline_protocol::{MAX_IMAGE_BYTES, UploadedImage};
use reqwest::Method;
use sha2::{Digest, Sha256};

/// Uploads a PNG as the editor; panics unless the site takes it.
async fn uploaded(site: &TestSite, bytes: &[u8]) -> UploadedImage {
    let r = site.upload(&site.editor, "image/png", bytes).await;
    assert!(r.status().is_success(), "{}", r.status());
    r.json().await.unwrap()
}

#[tokio::test]
async fn an_upload_is_stored_by_its_hash_once_and_served_to_readers() {
    let site = TestSite::start().await;
    let hash = format!("{:x}", Sha256::digest(PNG));
    let r = site.upload(&site.editor, "image/png", PNG).await;
    assert_eq!(r.status(), 201);
    assert_eq!(
        r.headers()["location"],
        format!("/api/v1/images/{hash}.png")
    );
    let first: UploadedImage = r.json().await.unwrap();
    assert_eq!(
        first,
        UploadedImage {
            hash: hash.clone(),
            name: format!("{hash}.png"),
            url: format!("/media/{hash}.png"),
        }
    );
    // The renderer points the desk's image references at the same place.
    assert_eq!(
        dateline_render::RenderOptions::SITE_IMAGE_BASE,
        dateline_protocol::MEDIA_PREFIX
    );

    // The same bytes again: the same answer, 200, still one file and one record.
    let r = site.upload(&site.editor, "image/png", PNG).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<UploadedImage>().await.unwrap(), first);
    assert_eq!(site.media_files(), std::slice::from_ref(&first.name));
    assert_eq!(site.rows("media"), 1);

    let r = site.client.get(site.url(&first.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "image/png");
    assert_eq!(h["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(r.bytes().await.unwrap(), PNG);

    // The desk asks before uploading.
    let r = site
        .api(
            Method::HEAD,
            &format!("/images/{}", first.name),
            Some(&site.writer),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (status, body) = status_json(
        site.api(
            Method::GET,
            &format!("/images/{}", first.name),
            Some(&site.writer),
        )
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(
        (status, body["url"].as_str()),
        (200, Some(first.url.as_str()))
    );
    site.stop().await;
}

#[tokio::test]
async fn a_published_article_shows_an_uploaded_image() {
    let site = TestSite::start().await;
    let image = uploaded(&site, PNG).await;
    let mut article = public_article("with-a-picture", "With a picture");
    article["texts"][0]["body"] = format!(
        "The harbour at dawn.\n\n![The harbour](dateline-image:{})\n",
        image.name
    )
    .into();
    site.publish(&common::new_id(), &article).await;
    let (status, _, page) = site.page("/en-US/world/with-a-picture", None).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("src=\"{}\"", image.url)), "{page}");
    let r = site.client.get(site.url(&image.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    site.stop().await;
}

#[tokio::test]
async fn other_types_and_lying_bytes_are_refused_and_store_nothing() {
    let site = TestSite::start().await;
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let (status, err) = status_json(site.upload(&site.editor, "image/svg+xml", svg).await).await;
    assert_eq!(
        (status, err["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    assert!(
        err["message"].as_str().unwrap().contains("image/svg+xml"),
        "{err}"
    );
    let (status, _) = status_json(site.upload(&site.editor, "text/html", b"<p>hi</p>").await).await;
    assert_eq!(status, 415);
    let r = site
        .api(Method::POST, "/images", Some(&site.editor))
        .header("Idempotency-Key", common::new_key())
        .body(PNG.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415, "no Content-Type at all");

    // Declared PNG, but the bytes are an SVG, a JPEG, or nothing at all.
    let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0];
    for bytes in [&svg[..], &jpeg[..], b""] {
        let (status, err) = status_json(site.upload(&site.editor, "image/png", bytes).await).await;
        assert_eq!(
            (status, err["code"].as_str()),
            (422, Some("invalid")),
            "{err}"
        );
        assert_eq!(err["details"]["content_type"], "image/png");
    }
    let (_, err) = status_json(site.upload(&site.editor, "image/png", &jpeg).await).await;
    assert_eq!(err["details"]["detected"], "image/jpeg");

    assert_eq!(site.media_files(), Vec::<String>::new());
    assert_eq!(site.rows("media"), 0);
    assert_eq!(site.rows("idempotency"), 0);
    site.stop().await;
}

#[tokio::test]
async fn an_image_over_the_limit_is_413() {
    let site = TestSite::start().await;
    let mut big = PNG.to_vec();
    big.resize(MAX_IMAGE_BYTES as usize + 1, 0);
    let (status, err) = status_json(site.upload(&site.editor, "image/png", &big).await).await;
    assert_eq!((status, err["code"].as_str()), (413, Some("too_large")));
    assert_eq!(err["details"]["limit"], MAX_IMAGE_BYTES);
    assert_eq!(site.media_files(), Vec::<String>::new());
    // Exactly at the limit is fine: the image limit is not the JSON one.
    big.truncate(MAX_IMAGE_BYTES as usize);
    let r = site.upload(&site.editor, "image/png", &big).await;
    assert_eq!(r.status(), 201);
    site.stop().await;
}

#[tokio::test]
async fn media_answers_only_exact_image_names() {
    let site = TestSite::start().await;
    let image = uploaded(&site, &png_numbered(7)).await;
    let hash = &image.hash;
    for path in [
        format!("/media/{hash}.gif"),
        format!("/media/{}.png", "0".repeat(64)),
        format!("/media/{}.png", hash.to_uppercase()),
        format!("/media/{hash}.svg"),
        format!("/media/{hash}"),
        "/media/..%2Fsite.sqlite3".to_owned(),
        "/media/%2E%2E%2Fsite.toml".to_owned(),
        "/media/../site.toml".to_owned(),
        "/media/site.sqlite3".to_owned(),
    ] {
        let r = site.client.get(site.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), 404, "{path}");
        let body = r.text().await.unwrap();
        assert!(!body.contains("base_url"), "{path}: {body}");
    }
    // A malformed name asked through the API is named back.
    let (status, err) = status_json(
        site.api(Method::GET, "/images/not-an-image.png", Some(&site.writer))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, err["details"]["field"].as_str()),
        (422, Some("name"))
    );
    site.stop().await;
}

#[tokio::test]
async fn a_lost_file_is_not_reported_present_and_uploading_again_restores_it() {
    let site = TestSite::start().await;
    let image = uploaded(&site, PNG).await;
    std::fs::remove_file(site.data().join("media").join(&image.name)).unwrap();
    let r = site
        .api(
            Method::HEAD,
            &format!("/images/{}", image.name),
            Some(&site.editor),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "the desk must upload it again");
    let r = site.upload(&site.editor, "image/png", PNG).await;
    assert_eq!(r.status(), 200, "already recorded");
    let r = site.client.get(site.url(&image.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    site.stop().await;
}
