//! The desk's core against a real site over loopback, with the real OS keyring
//! (the Secret Service of the test session): publishing through the outbox, refusals,
//! translations, unpublishing, and where the token may and may not end up.

use std::time::Duration;

use anyhow::Result;
use dateline_desk::{
    ArticleEdit, Desk, DeskErrorCode, Keyring, OpState, PublishRequest, TextEdit,
    TranslationStatus, WorkflowState,
};
use dateline_protocol::Role;
use e2e::{TestSite, settle_outbox};

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

fn publish_now(id: uuid::Uuid) -> PublishRequest {
    PublishRequest {
        article_id: id,
        site_url: None,
        locales: None,
        confirm_outdated: false,
        publish_at: None,
    }
}

const SETTLE: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread")]
async fn publishes_through_the_outbox_and_the_site_holds_the_paywall() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    let token = site.token(Role::Editor)?;
    let entry = desk.add_site(&site.url, &token).await?;
    assert_eq!(entry.info.as_ref().map(|i| i.role), Some(Role::Editor));
    assert_eq!(
        desk.keyring().token(&site.url)?.as_deref(),
        Some(token.as_str())
    );

    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    // Queued at once; nothing has gone out yet.
    let op = desk.publish(&publish_now(a.id))?;
    assert_eq!(op.state, OpState::Queued);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);

    settle_outbox(&desk, SETTLE).await?;
    let op = desk.outbox_op(op.id)?;
    assert_eq!(op.state, OpState::Done, "{:?}", op.error);
    let url = op.urls.values().next().expect("one URL").clone();
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
    desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    let plan = desk.publish_plan(a.id, None, None)?;
    assert_eq!(plan.publication.map(|p| p.version), Some(2));

    let db = std::fs::read(dir.path().join("desk.sqlite3"))?;
    assert!(
        !db.windows(token.len()).any(|w| w == token.as_bytes()),
        "the token was written to the database"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn two_locales_unpublish_and_republish() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.add_site(&site.url, &site.token(Role::Editor)?).await?;
    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    desk.add_translation(a.id, "fr")?;
    desk.save_translation(
        a.id,
        "fr",
        &TextEdit {
            title: "Les tables des marées réécrites".into(),
            standfirst: String::new(),
            body: "Le capitaine publia.\n\n<!-- paywall -->\n\nSeul Quillon savait.\n".into(),
            slug: String::new(),
        },
    )?;
    // Not done: not offered, and refused if asked for.
    let plan = desk.publish_plan(a.id, None, None)?;
    assert_eq!(plan.locales, vec![a.source_locale.clone()]);
    let mut both = publish_now(a.id);
    both.locales = Some(vec![a.source_locale.clone(), "fr".into()]);
    let err = desk.publish(&both).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Invalid);
    assert!(
        err.message.contains("fr translation is not marked done"),
        "{err}"
    );

    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)?;
    let op = desk.publish(&both)?;
    settle_outbox(&desk, SETTLE).await?;
    let published = desk.outbox_op(op.id)?;
    assert_eq!(published.urls.len(), 2, "{published:?}");
    let op = published.clone();
    let fr = reqwest::get(&op.urls["fr"]).await?.text().await?;
    assert!(fr.contains("Le capitaine publia."));
    assert!(!fr.contains("Seul Quillon"), "paid text leaked");

    // The source changes: French is outdated and needs a confirmation.
    let mut edit = premium_edit();
    edit.body = edit.body.replace("new tables", "newer tables");
    desk.save_article(a.id, &edit)?;
    let err = desk.publish(&both).unwrap_err();
    assert!(err.message.contains("outdated"), "{err}");
    both.confirm_outdated = true;
    desk.publish(&both)?;
    settle_outbox(&desk, SETTLE).await?;

    let unpublish = desk.unpublish(a.id, None)?;
    settle_outbox(&desk, SETTLE).await?;
    assert_eq!(desk.outbox_op(unpublish.id)?.state, OpState::Done);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Unpublished);
    let gone = reqwest::get(&op.urls["fr"]).await?;
    assert_eq!(gone.status(), 410);

    // Publishing again goes with the unpublished version as If-Match.
    desk.publish(&both)?;
    settle_outbox(&desk, SETTLE).await?;
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Published);
    assert_eq!(reqwest::get(&op_url(&desk, a.id)?).await?.status(), 200);
    site.stop().await;
    Ok(())
}

fn op_url(desk: &Desk, id: uuid::Uuid) -> Result<String> {
    let plan = desk.publish_plan(id, None, None)?;
    let p = plan.publication.expect("published");
    Ok(p.urls.values().next().expect("a URL").clone())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_token_fails_and_the_operation_waits_for_a_new_one() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.add_site(&site.url, &site.token(Role::Editor)?).await?;
    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    let before = desk.article(a.id)?;

    // Someone replaces the keyring's token with a wrong one.
    desk.keyring().store_token(&site.url, "dl_wrong")?;
    let op = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    let failed = desk.outbox_op(op.id)?;
    assert_eq!(failed.state, OpState::Failed);
    let err = failed.error.expect("a reason");
    assert_eq!(err.code, DeskErrorCode::Unauthorized, "{err}");
    assert!(err.message.contains("revoked"), "{err}");
    assert!(
        !err.message.contains("dl_wrong"),
        "the token leaked into an error"
    );
    assert_eq!(desk.article(a.id)?, before, "the article changed");

    // Nothing reached the site.
    let editor = site.token(Role::Editor)?;
    let resp = reqwest::Client::new()
        .get(format!("{}/api/v1/articles/{}", site.url, a.id))
        .bearer_auth(&editor)
        .send()
        .await?;
    assert_eq!(resp.status(), 404);

    // A new token: the same operation goes out.
    desk.add_site(&site.url, &editor).await?;
    settle_outbox(&desk, SETTLE).await?;
    assert_eq!(desk.outbox_op(op.id)?.state, OpState::Done);
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_writer_token_is_refused_plainly() -> Result<()> {
    let site = TestSite::start().await?;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.add_site(&site.url, &site.token(Role::Writer)?).await?;
    let a = desk.create_article()?;
    desk.save_article(a.id, &premium_edit())?;
    let plan = desk.publish_plan(a.id, None, None)?;
    assert!(plan.checks.iter().any(|c| c.code == "role"), "{plan:?}");
    let op = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    let op = desk.outbox_op(op.id)?;
    assert_eq!(op.state, OpState::Failed);
    let err = op.error.expect("a reason");
    assert_eq!(err.code, DeskErrorCode::Forbidden, "{err}");
    assert!(err.message.contains("editor"), "{err}");
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);
    site.stop().await;
    Ok(())
}
