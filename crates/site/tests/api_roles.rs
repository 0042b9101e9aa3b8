//! Who may do what through the API: every role against every route, over real HTTP,
//! plus idempotent replays and stale writes of the strings overrides.

mod common;

use common::{PNG, TestSite, new_id, new_key, png_numbered, public_article, status_json};
use dateline_protocol::{ApiError, ErrorCode, Role, SiteStrings, StringsPut, UploadedImage};
use reqwest::Method;
use serde_json::{Value, json};

/// The callers of the table, in its column order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Nobody,
    BadToken,
    Writer,
    Translator,
    Editor,
}

const EVERYONE: [Who; 5] = [
    Who::Nobody,
    Who::BadToken,
    Who::Writer,
    Who::Translator,
    Who::Editor,
];

/// One request of the table. Each call builds what it needs fresh (its own article,
/// locale or image), so every row is independent of the others.
#[derive(Debug, Clone, Copy)]
enum Action {
    GetSite,
    GetArticle,
    PutArticle,
    DeleteArticle,
    GetStrings,
    PutStrings,
    PostImage,
    HeadImage,
    HeadMissingImage,
}

struct Table {
    site: TestSite,
    translator: String,
    /// A published article every role may read.
    article: String,
    /// An image the site has.
    image: String,
    /// Locales left for `PutStrings` to create an override in, one per call.
    free_locales: std::sync::Mutex<Vec<&'static str>>,
    images_made: std::sync::atomic::AtomicU32,
}

impl Table {
    async fn new() -> Self {
        let site = TestSite::start().await;
        let translator =
            dateline_site::admin::create_token(&site.data(), Role::Translator, "translator")
                .unwrap();
        let article = new_id();
        site.publish(&article, &public_article("readable", "Readable"))
            .await;
        let r = site.upload(&site.editor, "image/png", PNG).await;
        assert_eq!(r.status(), 201);
        let image: UploadedImage = r.json().await.unwrap();
        let r = site
            .put_strings(&site.editor, "fr", "footer-text = Publié.\n", &[])
            .await;
        assert_eq!(r.status(), 201);
        Self {
            site,
            translator,
            article,
            image: image.name,
            free_locales: std::sync::Mutex::new(vec!["en-US", "de", "es", "ar", "ja"]),
            images_made: std::sync::atomic::AtomicU32::new(0),
        }
    }

    fn token(&self, who: Who) -> Option<&str> {
        match who {
            Who::Nobody => None,
            Who::BadToken => Some("dl_this-token-was-never-issued"),
            Who::Writer => Some(&self.site.writer),
            Who::Translator => Some(&self.translator),
            Who::Editor => Some(&self.site.editor),
        }
    }

    /// Sends `action` as `who`; the status and, for refusals, the error's code.
    async fn run(&self, action: Action, who: Who) -> (u16, Option<ErrorCode>) {
        let site = &self.site;
        let token = self.token(who);
        let write = |method: Method, path: &str| {
            site.api(method, path, token)
                .header("Idempotency-Key", new_key())
        };
        let request = match action {
            Action::GetSite => site.api(Method::GET, "/site", token),
            Action::GetArticle => {
                site.api(Method::GET, &format!("/articles/{}", self.article), token)
            }
            Action::PutArticle => {
                let id = new_id();
                write(Method::PUT, &format!("/articles/{id}"))
                    .header("If-None-Match", "*")
                    .json(&public_article(
                        &format!("new-{}", &id[id.len() - 12..]),
                        "New",
                    ))
            }
            Action::DeleteArticle => {
                // Its own article to take down, published by the editor.
                let id = new_id();
                site.publish(
                    &id,
                    &public_article(&format!("gone-{}", &id[id.len() - 12..]), "Gone"),
                )
                .await;
                write(Method::DELETE, &format!("/articles/{id}")).header("If-Match", "\"1\"")
            }
            Action::GetStrings => site.api(Method::GET, "/strings/fr", token),
            Action::PutStrings => {
                let locale = self
                    .free_locales
                    .lock()
                    .unwrap()
                    .pop()
                    .expect("a free locale");
                write(Method::PUT, &format!("/strings/{locale}")).json(&StringsPut {
                    ftl: "footer-text = Ours.\n".into(),
                })
            }
            Action::PostImage => {
                let n = self
                    .images_made
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                write(Method::POST, "/images")
                    .header("Content-Type", "image/png")
                    .body(png_numbered(n))
            }
            Action::HeadImage => site.api(Method::HEAD, &format!("/images/{}", self.image), token),
            Action::HeadMissingImage => site.api(
                Method::HEAD,
                &format!("/images/{}.gif", "0".repeat(64)),
                token,
            ),
        };
        let r = request.send().await.unwrap();
        let status = r.status().as_u16();
        let code = if status >= 400 && action_has_body(action) {
            let err: ApiError = r.json().await.unwrap();
            Some(err.code)
        } else {
            None
        };
        (status, code)
    }
}

fn action_has_body(action: Action) -> bool {
    !matches!(action, Action::HeadImage | Action::HeadMissingImage)
}

#[tokio::test]
async fn every_role_against_every_route() {
    let t = Table::new().await;
    // Columns: no token, bad token, writer, translator, editor.
    let table: &[(Action, [u16; 5])] = &[
        (Action::GetSite, [401, 401, 200, 200, 200]),
        (Action::GetArticle, [401, 401, 200, 200, 200]),
        (Action::PutArticle, [401, 401, 403, 403, 201]),
        (Action::DeleteArticle, [401, 401, 403, 403, 204]),
        (Action::GetStrings, [401, 401, 200, 200, 200]),
        (Action::PutStrings, [401, 401, 403, 201, 201]),
        (Action::PostImage, [401, 401, 403, 403, 201]),
        (Action::HeadImage, [401, 401, 200, 200, 200]),
        (Action::HeadMissingImage, [401, 401, 404, 404, 404]),
    ];
    let mut wrong = Vec::new();
    for (action, expected) in table {
        for (who, want) in EVERYONE.iter().zip(expected) {
            let (got, code) = t.run(*action, *who).await;
            let want_code = match want {
                401 => Some(ErrorCode::Unauthorized),
                403 => Some(ErrorCode::Forbidden),
                _ => None,
            };
            let code_ok = !action_has_body(*action) || want_code.is_none() || code == want_code;
            if got != *want || !code_ok {
                wrong.push(format!(
                    "{action:?} as {who:?}: {got} {code:?}, expected {want}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    t.site.stop().await;
}

#[tokio::test]
async fn a_retried_strings_write_is_replayed_and_a_reused_key_refused() {
    let site = TestSite::start().await;
    let key = new_key();
    let put = |ftl: &'static str| {
        site.api(Method::PUT, "/strings/de", Some(&site.editor))
            .header("Idempotency-Key", &key)
            .json(&json!({ "ftl": ftl }))
            .send()
    };
    let first = put("footer-text = Einmal.\n").await.unwrap();
    assert_eq!(first.status(), 201);
    assert_eq!(first.headers()["etag"], "\"1\"");
    let first_body = first.bytes().await.unwrap();
    let again = put("footer-text = Einmal.\n").await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.bytes().await.unwrap(), first_body);
    // Nothing changed: still version 1.
    let current: SiteStrings = site
        .api(Method::GET, "/strings/de", Some(&site.writer))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(current.version, 1);
    assert_eq!(site.rows("site_strings"), 1);

    let (status, err) = status_json(put("footer-text = Zweimal.\n").await.unwrap()).await;
    assert_eq!(
        (status, err["code"].as_str()),
        (422, Some("idempotency_mismatch"))
    );
    let (_, current) = status_json(site.api_get(&site.writer, "/strings/de").await).await;
    assert_eq!(current["ftl"], "footer-text = Einmal.\n");
    site.stop().await;
}

#[tokio::test]
async fn a_retried_image_upload_is_replayed_and_a_reused_key_refused() {
    let site = TestSite::start().await;
    let key = new_key();
    let post = |bytes: Vec<u8>| {
        site.api(Method::POST, "/images", Some(&site.editor))
            .header("Idempotency-Key", &key)
            .header("Content-Type", "image/png")
            .body(bytes)
            .send()
    };
    let (status, first) = status_json(post(png_numbered(1)).await.unwrap()).await;
    assert_eq!(status, 201);
    let (status, again) = status_json(post(png_numbered(1)).await.unwrap()).await;
    assert_eq!(
        (status, &again),
        (201, &first),
        "the first answer, replayed"
    );
    let (status, err) = status_json(post(png_numbered(2)).await.unwrap()).await;
    assert_eq!(
        (status, err["code"].as_str()),
        (422, Some("idempotency_mismatch"))
    );
    assert_eq!(site.media_files(), [first["name"].as_str().unwrap()]);
    assert_eq!(site.rows("media"), 1);
    site.stop().await;
}

#[tokio::test]
async fn strings_writes_must_name_the_version_they_replace() {
    let site = TestSite::start().await;
    let r = site
        .put_strings(&site.editor, "es", "footer-text = Uno.\n", &[])
        .await;
    assert_eq!(r.status(), 201);
    assert_eq!(
        r.headers()["location"],
        "/api/v1/strings/es",
        "a created override says where it lives"
    );

    // Replacing without saying which version was seen.
    let (status, err) = status_json(
        site.put_strings(&site.editor, "es", "footer-text = Dos.\n", &[])
            .await,
    )
    .await;
    assert_eq!(
        (status, err["code"].as_str()),
        (428, Some("precondition_failed"))
    );
    // Create-only on an existing override.
    let r = site
        .put_strings(
            &site.editor,
            "es",
            "footer-text = Dos.\n",
            &[("If-None-Match", "*")],
        )
        .await;
    assert_eq!(r.status(), 412);

    let r = site
        .put_strings(
            &site.editor,
            "es",
            "footer-text = Dos.\n",
            &[("If-Match", "\"1\"")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["etag"], "\"2\"");

    // A translator still at version 1 is told what is current, and nothing changes.
    let translator =
        dateline_site::admin::create_token(&site.data(), Role::Translator, "translator").unwrap();
    let (status, err) = status_json(
        site.put_strings(
            &translator,
            "es",
            "footer-text = Tres.\n",
            &[("If-Match", "\"1\"")],
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, err["code"].as_str()),
        (412, Some("precondition_failed"))
    );
    assert_eq!(err["details"]["current"]["version"], 2);
    assert_eq!(err["details"]["current"]["ftl"], "footer-text = Dos.\n");
    let (_, current) = status_json(site.api_get(&translator, "/strings/es").await).await;
    assert_eq!(current["version"], 2);

    // If-Match on a locale that has no override cannot match.
    let (status, err) = status_json(
        site.put_strings(
            &site.editor,
            "ja",
            "footer-text = 一.\n",
            &[("If-Match", "\"1\"")],
        )
        .await,
    )
    .await;
    assert_eq!(status, 412);
    assert_eq!(err["details"]["current"], Value::Null);
    site.stop().await;
}
