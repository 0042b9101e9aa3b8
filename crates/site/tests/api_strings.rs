//! `PUT /strings/{locale}`: the newsroom's wording reaches readers' pages at once, and a
//! resource that could not work is refused with its faults named.

mod common;

use common::{TestSite, status_json};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn an_override_reaches_the_pages_without_a_restart_and_after_one() {
    let site = TestSite::start().await;
    let builtin_footer = dateline_l10n::Localizer::builtin(dateline_l10n::Domain::Site)
        .unwrap()
        .format("fr", "footer-text", None);
    let (_, _, before) = site.page("/fr/", None).await;
    assert!(before.contains(&builtin_footer), "{before}");

    let translator = dateline_site::admin::create_token(
        &site.data(),
        dateline_protocol::Role::Translator,
        "translator",
    )
    .unwrap();
    let r = site
        .put_strings(&translator, "fr", "footer-text = Écrit à la main.\n", &[])
        .await;
    assert_eq!(r.status(), 201);
    let (status, _, page) = site.page("/fr/", None).await;
    assert_eq!(status, 200);
    assert!(page.contains("Écrit à la main."), "{page}");
    assert!(!page.contains(&builtin_footer), "{page}");
    // Messages the override leaves out keep their built-in French.
    let builtin = dateline_l10n::Localizer::builtin(dateline_l10n::Domain::Site)
        .unwrap()
        .format("fr", "sections-label", None);
    assert!(page.contains(&builtin), "{page}");
    // Other locales are untouched.
    let (_, _, english) = site.page("/en-US/", None).await;
    assert!(english.contains("Published with Dateline."), "{english}");

    // A second server on the same folder (as after a restart) installs it at start-up.
    let data = site.data();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let second = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(dateline_site::serve(data, listener, None, async {
        let _ = stopped.await;
    }));
    let page = site
        .client
        .get(format!("{second}/fr/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Écrit à la main."), "{page}");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    site.stop().await;
}

#[tokio::test]
async fn override_text_is_escaped_like_any_other_string() {
    let site = TestSite::start().await;
    let r = site
        .put_strings(
            &site.editor,
            "en-US",
            "footer-text = <script>alert(1)</script>\n",
            &[],
        )
        .await;
    assert_eq!(r.status(), 201);
    let (_, _, page) = site.page("/en-US/", None).await;
    assert!(!page.contains("<script>alert(1)"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)"), "{page}");
    site.stop().await;
}

#[tokio::test]
async fn a_syntax_error_is_refused_naming_line_and_column() {
    let site = TestSite::start().await;
    let (status, err) = status_json(
        site.put_strings(
            &site.editor,
            "de",
            "footer-text = Gut\nsubscribe-button = { $oops\n",
            &[],
        )
        .await,
    )
    .await;
    assert_eq!((status, err["code"].as_str()), (422, Some("invalid")));
    assert_eq!(err["details"]["field"], "ftl");
    assert_eq!(err["details"]["line"], 2);
    assert_eq!(err["details"]["column"], 27);
    assert_eq!(err["details"]["errors"][0]["kind"], "syntax");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("line 2, column 27"),
        "{err}"
    );
    // Nothing was stored or used.
    assert_eq!(site.rows("site_strings"), 0);
    let (status, _) = status_json(site.api_get(&site.editor, "/strings/de").await).await;
    assert_eq!(status, 404);
    let (_, _, page) = site.page("/de/", None).await;
    assert!(!page.contains(">Gut<"), "{page}");
    site.stop().await;
}

#[tokio::test]
async fn unknown_ids_and_variables_are_refused_by_name() {
    let site = TestSite::start().await;
    let (status, err) = status_json(
        site.put_strings(
            &site.editor,
            "fr",
            "footer-text = Bien.\nsubscribe-buton = S’abonner\nsubscribe-body = Pour { $tier }, { $price } €\n",
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(status, 422);
    let errors = err["details"]["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{err}");
    assert_eq!(errors[0]["kind"], "unknown_message");
    assert_eq!(errors[0]["id"], "subscribe-buton");
    assert_eq!(
        (errors[0]["line"].as_u64(), errors[0]["column"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(errors[1]["kind"], "unknown_variable");
    assert_eq!(errors[1]["id"], "subscribe-body");
    assert_eq!(errors[1]["variable"], "price");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("subscribe-buton") && message.contains("1 more"),
        "{message}"
    );
    assert_eq!(site.rows("site_strings"), 0);
    site.stop().await;
}

#[tokio::test]
async fn a_locale_the_site_does_not_have_is_refused_by_name() {
    let site = TestSite::start().await;
    for locale in ["ko", "xx", "..%2Fsite"] {
        let (status, err) = status_json(
            site.put_strings(&site.editor, locale, "footer-text = x\n", &[])
                .await,
        )
        .await;
        assert_eq!(status, 422, "{locale}: {err}");
        assert_eq!(err["details"]["field"], "locale");
        let (status, _) = status_json(
            site.api_get(&site.writer, &format!("/strings/{locale}"))
                .await,
        )
        .await;
        assert_eq!(status, 422, "{locale}");
    }
    let (_, err) = status_json(
        site.put_strings(&site.editor, "ko-KR", "footer-text = x\n", &[])
            .await,
    )
    .await;
    assert!(err["message"].as_str().unwrap().contains("ko-KR"), "{err}");
    assert_eq!(site.rows("site_strings"), 0);
    site.stop().await;
}

#[tokio::test]
async fn the_body_must_be_the_strings_type() {
    let site = TestSite::start().await;
    let send = |body: serde_json::Value| {
        site.api(Method::PUT, "/strings/fr", Some(&site.editor))
            .header("Idempotency-Key", common::new_key())
            .json(&body)
            .send()
    };
    let (status, err) = status_json(send(json!({ "ftl": 5 })).await.unwrap()).await;
    assert_eq!(
        (status, err["details"]["field"].as_str()),
        (400, Some("ftl"))
    );
    let (status, err) =
        status_json(send(json!({ "ftl": "", "locale": "fr" })).await.unwrap()).await;
    assert_eq!(
        (status, err["details"]["field"].as_str()),
        (400, Some("locale"))
    );
    let (status, _) = status_json(send(json!("footer-text = x")).await.unwrap()).await;
    assert_eq!(status, 400);
    // An empty resource is a valid override: it brings the built-in strings back.
    let (status, body) = status_json(send(json!({ "ftl": "" })).await.unwrap()).await;
    assert_eq!((status, body["version"].as_u64()), (201, Some(1)));
    site.stop().await;
}
