//! The desk's core against a real site over loopback, with the real OS keyring
//! (the Secret Service of the test session): publish, refusals, and where the token
//! may and may not end up.

use anyhow::Result;
use dateline_desk::{ArticleEdit, Desk, DeskErrorCode, Keyring, WorkflowState};
use dateline_protocol::Role;
use e2e::TestSite;

fn keyring() -> Keyring {
    // A service name of its own, so the test never touches a real desk's entries.
    Keyring::service(&format!("dateline-e2e-{}", uuid::Uuid::new_v4()))
}

fn premium_edit() -> ArticleEdit {
    ArticleEdit {
        title: "Tide tables rewritten".into(),
        standfirst: "A small port changes its clocks.".into(),
        body:
            "The harbour master posted new tables.\n\n<!-- paywall -->\n\nOnly Quillon knew why.\n"
                .into(),
        tier: "premium".into(),
        section: "economy/asia".into(),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn publishes_with_the_keyring_token_and_the_site_holds_the_paywall() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    let token = site.token(Role::Editor)?;
    let info = desk.connect(&site.url, &token).await?;
    assert_eq!(info.role, Role::Editor);
    assert_eq!(
        desk.keyring().token(&site.url)?.as_deref(),
        Some(token.as_str())
    );

    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    let published = desk.publish(a.id).await?;
    assert_eq!(published.version, 1);
    let url = published.urls.values().next().expect("one URL").clone();
    assert!(url.starts_with(&site.url), "{url}");
    let a = desk.article(a.id)?;
    assert_eq!(a.state, WorkflowState::Published);
    assert_eq!(a.published_url.as_deref(), Some(url.as_str()));

    let html = reqwest::get(&url).await?.text().await?;
    assert!(html.contains("Tide tables rewritten"));
    assert!(html.contains("The harbour master posted new tables."));
    assert!(!html.contains("Quillon"), "paid text leaked");

    // An update goes with If-Match and bumps the version.
    let mut edit = premium_edit();
    edit.title = "Tide tables rewritten again".into();
    desk.save_article(a.id, &edit)?;
    assert_eq!(desk.publish(a.id).await?.version, 2);

    let db = std::fs::read(dir.path().join("desk.sqlite3"))?;
    assert!(
        !db.windows(token.len()).any(|w| w == token.as_bytes()),
        "the token was written to the database"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_or_wrong_token_gets_401_and_changes_nothing() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.connect(&site.url, &site.token(Role::Editor)?).await?;
    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    let before = desk.article(a.id)?;

    // Someone replaces the keyring's token with a wrong one.
    desk.keyring().store_token(&site.url, "dl_wrong")?;
    let err = desk.publish(a.id).await.unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Unauthorized, "{err}");
    assert!(
        !err.message.contains("dl_wrong"),
        "the token leaked into an error"
    );
    assert_eq!(desk.article(a.id)?, before, "the article changed");

    // Nothing reached the site.
    let editor = site.token(Role::Editor)?;
    let resp = reqwest::Client::new()
        .get(format!("{}/api/v1/articles/{}", site.url, a.id))
        .bearer_auth(editor)
        .send()
        .await?;
    assert_eq!(resp.status(), 404);
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_writer_token_cannot_publish() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.connect(&site.url, &site.token(Role::Writer)?).await?;
    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    let err = desk.publish(a.id).await.unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Forbidden, "{err}");
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);
    site.stop().await;
    Ok(())
}
