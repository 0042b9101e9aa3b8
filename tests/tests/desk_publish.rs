//! The desk's core against a real site over loopback, with the real OS keyring
//! (the Secret Service of the test session): publishing through the outbox, refusals,
//! translations, unpublishing, and where the token may and may not end up.

use std::time::Duration;

use anyhow::Result;
use dateline_desk::{
    Article, ArticleEdit, Desk, DeskErrorCode, Keyring, OpState, OutboxOp, PublishRequest,
    TextEdit, TranslationStatus, WorkflowState,
};
use dateline_protocol::Role;
use e2e::{DeskSite, TestSite, settle_outbox};

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

/// `publish_now` for the given locales only.
fn publish_in(id: uuid::Uuid, locales: &[&str]) -> PublishRequest {
    let mut req = publish_now(id);
    req.locales = Some(locales.iter().map(|l| (*l).to_owned()).collect());
    req
}

/// A translation's text: a title and a body, no standfirst, no slug of its own.
fn translated(title: &str, body: &str) -> TextEdit {
    TextEdit {
        title: title.into(),
        standfirst: String::new(),
        body: body.into(),
        slug: String::new(),
        block_sources: None,
    }
}

const SETTLE: Duration = Duration::from_secs(30);

/// Lets the outbox send everything it can (for up to [`SETTLE`]).
async fn settle(desk: &Desk) -> Result<()> {
    settle_outbox(desk, SETTLE).await
}

/// Publishes `req`, lets the outbox settle, and returns the operation as it ended.
async fn publish_settled(desk: &Desk, req: &PublishRequest) -> Result<OutboxOp> {
    let op = desk.publish(req)?;
    settle(desk).await?;
    Ok(desk.outbox_op(op.id)?)
}

/// A new article saved with `edit`.
fn draft(desk: &Desk, edit: &ArticleEdit) -> Result<Article> {
    let a = desk.create_article()?;
    desk.save_article(a.id, edit)?;
    Ok(a)
}

/// A desk in a folder of its own, connected to `site` with a token of `role`.
async fn desk_as(site: &TestSite, role: Role) -> Result<(tempfile::TempDir, Desk)> {
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.add_site(&site.base, &site.token(role)).await?;
    Ok((dir, desk))
}

/// A desk connected to `site` with an editor's token.
async fn editor_desk(site: &TestSite) -> Result<(tempfile::TempDir, Desk)> {
    desk_as(site, Role::Editor).await
}

/// The status of `GET /api/v1/articles/{id}` on `site` with `token`: 404 while nothing
/// of the article has reached the site.
async fn status_on_site(
    site: &TestSite,
    token: &str,
    id: uuid::Uuid,
) -> Result<reqwest::StatusCode> {
    let resp = reqwest::Client::new()
        .get(format!("{}/api/v1/articles/{}", site.base, id))
        .bearer_auth(token)
        .send()
        .await?;
    Ok(resp.status())
}

#[tokio::test(flavor = "multi_thread")]
async fn publishes_through_the_outbox_and_the_site_holds_the_paywall() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    let token = site.token(Role::Editor);
    let entry = desk.add_site(&site.base, &token).await?;
    assert_eq!(entry.info.as_ref().map(|i| i.role), Some(Role::Editor));
    assert_eq!(
        desk.keyring().token(&site.base)?.as_deref(),
        Some(token.as_str())
    );

    let a = draft(&desk, &premium_edit())?;
    // Queued at once; nothing has gone out yet.
    let op = desk.publish(&publish_now(a.id))?;
    assert_eq!(op.state, OpState::Queued);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);

    settle(&desk).await?;
    let op = desk.outbox_op(op.id)?;
    assert_eq!(op.state, OpState::Done, "{:?}", op.error);
    let url = op.urls.values().next().expect("one URL").clone();
    assert!(url.starts_with(&site.base), "{url}");
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
    publish_settled(&desk, &publish_now(a.id)).await?;
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
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let a = draft(&desk, &premium_edit())?;
    desk.add_translation(a.id, "fr")?;
    desk.save_translation(
        a.id,
        "fr",
        &translated(
            "Les tables des marées réécrites",
            "Le capitaine publia.\n\n<!-- paywall -->\n\nSeul Quillon savait.\n",
        ),
    )?;
    // Not done: not offered, and refused if asked for.
    let plan = desk.publish_plan(a.id, None, None)?;
    assert_eq!(plan.locales, vec![a.source_locale.clone()]);
    let mut both = publish_in(a.id, &[&a.source_locale, "fr"]);
    let err = desk.publish(&both).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Invalid);
    assert!(
        err.message.contains("fr translation is not marked done"),
        "{err}"
    );

    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)?;
    let published = publish_settled(&desk, &both).await?;
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
    publish_settled(&desk, &both).await?;

    let unpublish = desk.unpublish(a.id, None)?;
    settle(&desk).await?;
    assert_eq!(desk.outbox_op(unpublish.id)?.state, OpState::Done);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Unpublished);
    let gone = reqwest::get(&op.urls["fr"]).await?;
    assert_eq!(gone.status(), 410);

    // Publishing again goes with the unpublished version as If-Match.
    publish_settled(&desk, &both).await?;
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
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let a = draft(&desk, &premium_edit())?;
    let before = desk.article(a.id)?;

    // Someone replaces the keyring's token with a wrong one.
    desk.keyring().store_token(&site.base, "dl_wrong")?;
    let failed = publish_settled(&desk, &publish_now(a.id)).await?;
    let op_id = failed.id;
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
    let editor = site.token(Role::Editor);
    assert_eq!(status_on_site(&site, &editor, a.id).await?, 404);

    // A new token: the same operation goes out.
    desk.add_site(&site.base, &editor).await?;
    settle(&desk).await?;
    assert_eq!(desk.outbox_op(op_id)?.state, OpState::Done);
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_writer_token_is_refused_plainly() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = desk_as(&site, Role::Writer).await?;
    let a = draft(&desk, &premium_edit())?;
    let plan = desk.publish_plan(a.id, None, None)?;
    assert!(
        plan.checks
            .iter()
            .any(|c| c.code == dateline_desk::CheckCode::Role),
        "{plan:?}"
    );
    let op = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(op.state, OpState::Failed);
    let err = op.error.expect("a reason");
    assert_eq!(err.code, DeskErrorCode::Forbidden, "{err}");
    assert!(err.message.contains("editor"), "{err}");
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);
    site.stop().await;
    Ok(())
}

/// The checks' codes as the wire spells them.
fn codes(plan: &dateline_desk::PublishPlan) -> Vec<String> {
    plan.checks
        .iter()
        .map(|c| {
            serde_json::to_value(c.code)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_checks_stop_what_would_go_wrong_before_anything_is_sent() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut edit = premium_edit();
    edit.tier = "gold".into();
    edit.section = "sport".into();
    edit.body.push_str("\n![A crane](dateline-image:0000000000000000000000000000000000000000000000000000000000000000.png)\n");
    let a = draft(&desk, &edit)?;
    desk.add_translation(a.id, "de")?;
    desk.save_translation(a.id, "de", &translated("Gezeitentafeln", "Ohne Schnitt."))?;
    desk.set_translation_status(a.id, "de", TranslationStatus::Done)?;
    let plan = desk.publish_plan(a.id, None, None)?;
    let found = codes(&plan);
    for code in ["tier_unknown", "section_unknown", "image_missing"] {
        assert!(
            found.contains(&code.to_owned()),
            "{code} missing from {found:?}"
        );
    }
    let err = desk.publish(&publish_now(a.id)).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Invalid);
    assert!(err.message.contains("no tier \"gold\""), "{err}");
    assert_eq!(
        desk.outbox_counts()?.pending,
        0,
        "a refused publish queued something"
    );

    // A paid article whose source has a cut: each translation needs one too.
    desk.save_article(a.id, &premium_edit())?;
    desk.set_translation_status(a.id, "de", TranslationStatus::Done)?;
    let both = publish_in(a.id, &[&a.source_locale, "de"]);
    let plan = desk.publish_plan(a.id, None, both.locales.as_deref())?;
    let cut = plan
        .checks
        .iter()
        .find(|c| c.code == dateline_desk::CheckCode::CutMissing)
        .expect("cut check");
    assert_eq!(cut.locale.as_deref(), Some("de"));
    assert!(desk.publish(&both).is_err());

    // A locale the site does not publish in.
    desk.add_translation(a.id, "ko-KR")?;
    let plan = desk.publish_plan(a.id, None, Some(&["ko-KR".to_owned()]))?;
    assert!(
        codes(&plan).contains(&"locale_unknown".to_owned()),
        "{plan:?}"
    );

    // A slug another published article of the desk already has in that locale.
    let mut other = premium_edit();
    other.title = "Another story".into();
    other.slug = "tide-tables-rewritten".into();
    let b = draft(&desk, &other)?;
    let source_only = publish_in(a.id, &[&a.source_locale]);
    let first = publish_settled(&desk, &source_only).await?;
    assert_eq!(first.state, OpState::Done);
    let plan = desk.publish_plan(b.id, None, None)?;
    assert!(codes(&plan).contains(&"slug_taken".to_owned()), "{plan:?}");
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn preview_as_reader_matches_what_the_site_sends_each_reader() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut edit = premium_edit();
    edit.tier = "supporter".into();
    let a = draft(&desk, &edit)?;
    let views = desk.reader_views(a.id, None, &a.source_locale)?;
    let readers: Vec<&str> = views.iter().map(|v| v.reader.as_str()).collect();
    assert_eq!(readers, ["anonymous", "members", "supporter", "premium"]);
    for v in &views {
        let paid_reader = v.reader == "supporter" || v.reader == "premium";
        assert_eq!(v.sees_everything, paid_reader, "{}", v.reader);
        assert!(v.shown_html.contains("harbour master posted"));
        assert_eq!(
            v.shown_html.contains("Quillon"),
            paid_reader,
            "{}",
            v.reader
        );
        assert_eq!(
            v.hidden_html
                .as_deref()
                .is_some_and(|h| h.contains("Quillon")),
            !paid_reader,
            "{}: the hidden part is shown to the editor, marked",
            v.reader
        );
    }

    // The site agrees: a supporter gets the paid part, a member does not.
    let op = publish_settled(&desk, &publish_now(a.id)).await?;
    let url = op.urls[&a.source_locale].clone();
    let anonymous = reqwest::get(&url).await?.text().await?;
    assert!(!anonymous.contains("Quillon"));
    assert!(anonymous.contains("harbour master posted"));
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn images_go_before_the_article_and_a_missing_one_is_caught() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let png: &[u8] = &e2e::PNG_1X1;
    let image = desk.store_image_bytes("dot.png", png)?;
    let mut edit = premium_edit();
    edit.tier = "public".into();
    edit.body = format!("A dot.\n\n{}\n", image.markdown);
    let a = draft(&desk, &edit)?;
    let op = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(op.state, OpState::Done);

    let media = format!("{}/media/{}", site.base, image.name);
    let served = reqwest::get(&media).await?;
    assert_eq!(served.status(), 200);
    assert_eq!(served.bytes().await?.as_ref(), png);
    let page = reqwest::get(&op.urls[&a.source_locale])
        .await?
        .text()
        .await?;
    assert!(
        page.contains(&format!("/media/{}", image.name)),
        "the page shows the image"
    );

    // A second article with the same image: the site already has it, and the desk knows.
    edit.title = "The same dot".into();
    let b = draft(&desk, &edit)?;
    std::fs::remove_file(desk.data_dir().join("images").join(&image.name))?;
    let plan = desk.publish_plan(b.id, None, None)?;
    assert!(codes(&plan).contains(&"image_missing".to_owned()));
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn bulk_publish_reports_progress_and_skips_what_fails_its_checks() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut ids = Vec::new();
    for n in 0..12 {
        let mut edit = premium_edit();
        edit.title = format!("Harbour notes {n}");
        if n == 5 {
            edit.title.clear();
        }
        ids.push(draft(&desk, &edit)?.id);
    }
    let bulk = desk.publish_many(&ids, None)?;
    assert_eq!(bulk.queued, 11);
    assert_eq!(bulk.skipped.len(), 1);
    assert_eq!(bulk.skipped[0].article_id, ids[5]);
    assert!(
        bulk.skipped[0].reason.contains("headline"),
        "{:?}",
        bulk.skipped
    );
    let before = desk.batch_progress(&bulk.batch)?;
    assert_eq!((before.total, before.done, before.pending), (11, 0, 11));
    settle(&desk).await?;
    let after = desk.batch_progress(&bulk.batch)?;
    assert_eq!(
        (after.total, after.done, after.pending, after.stopped),
        (11, 11, 0, 0)
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scheduled_article_is_sent_at_once_and_appears_at_its_time() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut edit = premium_edit();
    edit.tier = "public".into();
    let a = draft(&desk, &edit)?;
    let at = chrono::Utc::now() + chrono::Duration::seconds(4);
    let mut req = publish_now(a.id);
    req.publish_at = Some(at.to_rfc3339());
    let op = publish_settled(&desk, &req).await?;
    assert_eq!(op.state, OpState::Done);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Scheduled);
    let url = op.urls[&a.source_locale].clone();
    assert_eq!(
        reqwest::get(&url).await?.status(),
        404,
        "shown before its time"
    );
    e2e::wait_for("the scheduled article", Duration::from_secs(30), || async {
        let status = reqwest::get(&url).await.ok()?.status();
        (status == 200).then_some(())
    })
    .await?;
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn schedule_times_are_read_in_a_zone_and_shown_in_both() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let t = desk.schedule_time("2026-07-01T09:30", "Asia/Tokyo", None)?;
    assert_eq!(t.utc, "2026-07-01T00:30:00.000Z");
    // Clocks in Berlin skip 02:00–03:00 on 29 March 2026, and repeat 02:00–03:00 on
    // 25 October 2026.
    let gap = desk
        .schedule_time("2026-03-29T02:30", "Europe/Berlin", None)
        .unwrap_err();
    assert!(gap.message.contains("does not exist"), "{gap}");
    let twice = desk
        .schedule_time("2026-10-25T02:30", "Europe/Berlin", None)
        .unwrap_err();
    assert!(twice.message.contains("twice"), "{twice}");
    assert!(desk.schedule_time("tomorrow", "UTC", None).is_err());
    assert!(
        desk.schedule_time("2026-07-01T09:30", "Mars/Olympus", None)
            .is_err()
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn unpublishing_a_publish_that_never_left_withdraws_it() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let a = draft(&desk, &premium_edit())?;
    let err = desk.unpublish(a.id, None).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Conflict, "{err}");

    let queued = desk.publish(&publish_now(a.id))?;
    let withdrawn = desk.unpublish(a.id, None)?;
    assert_eq!(withdrawn.id, queued.id);
    assert_eq!(withdrawn.state, OpState::Cancelled);
    settle(&desk).await?;
    assert_eq!(desk.outbox_counts()?.pending, 0);
    assert_eq!(desk.article(a.id)?.state, WorkflowState::Draft);
    let editor = site.token(Role::Editor);
    assert_eq!(
        status_on_site(&site, &editor, a.id).await?,
        404,
        "nothing reached the site"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_write_that_got_through_before_the_token_changed_is_not_a_conflict() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let a = draft(&desk, &premium_edit())?;
    let op = desk.publish(&publish_now(a.id))?;

    // The same article reached the site under another token (the desk's first attempt,
    // whose answer was lost before the token was replaced): the site judges the desk's
    // retry afresh and answers 412 with a current version equal to what it sends.
    let put = what_the_desk_sends(&desk, a.id)?;
    site.publish_as(a.id, &put).await?;

    settle(&desk).await?;
    let op = desk.outbox_op(op.id)?;
    assert_eq!(op.state, OpState::Done, "{:?}", op.error);
    assert_eq!(
        desk.publish_plan(a.id, None, None)?
            .publication
            .map(|p| p.version),
        Some(1)
    );

    // Something else on the site is still a conflict.
    let mut other = put.clone();
    other.texts[0].title = "Someone else's headline".into();
    let mut edit = premium_edit();
    edit.title = "The desk's new headline".into();
    desk.save_article(a.id, &edit)?;
    let key = uuid::Uuid::new_v4();
    let client = dateline_desk::SiteClient::new(&site.base, &site.token(Role::Editor))?;
    client
        .put_article(a.id, &other, dateline_desk::Expect::Version(1), key)
        .await?;
    let op = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(op.state, OpState::Conflict);
    let conflict = desk.outbox_conflict(op.id)?;
    let theirs = conflict.theirs.expect("the site's version");
    assert_eq!(theirs.version, 2);
    assert_eq!(theirs.article.texts[0].title, "Someone else's headline");
    assert_eq!(
        conflict.mine.expect("mine").texts[0].title,
        "The desk's new headline"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_change_of_an_operation_is_announced_including_the_ones_replaced() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut events = desk.subscribe_outbox();
    let a = draft(&desk, &premium_edit())?;
    let first = desk.publish(&publish_now(a.id))?;
    let second = desk.publish(&publish_now(a.id))?;
    settle(&desk).await?;
    let mut seen = Vec::new();
    while let Ok(op) = events.try_recv() {
        seen.push((op.id, op.state));
    }
    assert!(seen.contains(&(first.id, OpState::Queued)), "{seen:?}");
    assert!(seen.contains(&(first.id, OpState::Cancelled)), "{seen:?}");
    assert!(seen.contains(&(second.id, OpState::Sending)), "{seen:?}");
    assert_eq!(seen.last(), Some(&(second.id, OpState::Done)), "{seen:?}");
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_queue_of_a_site_holds_its_articles_and_those_on_no_site_yet() -> Result<()> {
    let first = TestSite::start_through_cli().await;
    let second = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&first).await?;
    desk.add_site(&second.base, &second.token(Role::Editor))
        .await?;
    assert_eq!(desk.sites()?.len(), 2);
    let on_first = draft(&desk, &premium_edit())?;
    publish_settled(&desk, &publish_now(on_first.id)).await?;
    let mut edit = premium_edit();
    edit.title = "Not on any site yet".into();
    let waiting = draft(&desk, &edit)?;

    let ids = |site: &str| -> Result<Vec<uuid::Uuid>> {
        let found = desk.search_articles(&dateline_desk::SearchQuery {
            site: Some(site.to_owned()),
            ..Default::default()
        })?;
        let mut ids: Vec<_> = found.hits.iter().map(|h| h.article.id).collect();
        ids.sort();
        Ok(ids)
    };
    let mut both = vec![on_first.id, waiting.id];
    both.sort();
    assert_eq!(ids(&first.base)?, both);
    assert_eq!(ids(&second.base)?, vec![waiting.id]);
    first.stop().await;
    second.stop().await;
    Ok(())
}

/// The `ArticlePut` the desk sends for a source-only article.
fn what_the_desk_sends(desk: &Desk, id: uuid::Uuid) -> Result<dateline_protocol::ArticlePut> {
    let plan = desk.publish_plan(id, None, None)?;
    let article = desk.article(id)?;
    Ok(dateline_protocol::ArticlePut {
        source_locale: article.source_locale.clone(),
        section: article.section.clone(),
        tags: article.tags.clone(),
        byline: article.byline.clone(),
        source_url: article.source_url.clone(),
        tier: article.tier.clone(),
        publish_at: None,
        texts: vec![dateline_protocol::ArticleText {
            locale: article.source_locale.clone(),
            title: article.title.clone(),
            standfirst: article.standfirst.clone(),
            body: article.body.clone(),
            slug: plan.slugs[&article.source_locale].clone(),
        }],
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn the_desk_s_own_earlier_write_is_not_a_conflict_and_a_conflict_is_settled_once()
-> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let token = site.token(Role::Editor);
    let a = draft(&desk, &premium_edit())?;

    // A first publish is refused for its token, after (as far as the desk can know) an
    // attempt of it may have got through: here it did, under another token.
    desk.keyring().store_token(&site.base, "dl_wrong")?;
    let first = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(first.state, OpState::Failed);
    site.publish_as(a.id, &what_the_desk_sends(&desk, a.id)?)
        .await?;

    // The editor publishes a newer text; it replaces the failed one, and is refused for
    // the token too, until a good token comes.
    let mut edit = premium_edit();
    edit.title = "Tide tables, second edition".into();
    desk.save_article(a.id, &edit)?;
    let second = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(desk.outbox_op(first.id)?.state, OpState::Cancelled);
    assert_eq!(second.state, OpState::Failed);
    desk.add_site(&site.base, &token).await?;
    settle(&desk).await?;
    // The site's version is the desk's own first text: not a conflict.
    assert_eq!(desk.outbox_op(second.id)?.state, OpState::Done);
    let on_site = dateline_desk::SiteClient::new(&site.base, &token)?
        .get_article(a.id)
        .await?
        .expect("on the site");
    assert_eq!(on_site.version, 2);
    assert_eq!(
        on_site.article.texts[0].title,
        "Tide tables, second edition"
    );

    // Someone else's change is a conflict, settled once only.
    let mut other = what_the_desk_sends(&desk, a.id)?;
    other.texts[0].title = "Someone else's headline".into();
    let client = dateline_desk::SiteClient::new(&site.base, &token)?;
    let version = desk
        .publish_plan(a.id, None, None)?
        .publication
        .expect("on the site")
        .version;
    client
        .put_article(
            a.id,
            &other,
            dateline_desk::Expect::Version(version),
            uuid::Uuid::new_v4(),
        )
        .await?;
    edit.title = "Tide tables, third edition".into();
    desk.save_article(a.id, &edit)?;
    let third = publish_settled(&desk, &publish_now(a.id)).await?;
    assert_eq!(third.state, OpState::Conflict);
    let kept = desk.resolve_conflict(third.id, dateline_desk::ConflictChoice::KeepMine)?;
    let again = desk
        .resolve_conflict(third.id, dateline_desk::ConflictChoice::TakeTheirs)
        .unwrap_err();
    assert_eq!(again.code, DeskErrorCode::Conflict, "{again}");
    assert_eq!(desk.article(a.id)?.title, "Tide tables, third edition");
    settle(&desk).await?;
    assert_eq!(desk.outbox_op(kept.id)?.state, OpState::Done);
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_publish_changes_nothing_and_the_bin_is_not_published_from() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_dir, desk) = editor_desk(&site).await?;
    let mut edit = premium_edit();
    edit.tier = "gold".into();
    let a = draft(&desk, &edit)?;
    let mut req = publish_now(a.id);
    req.publish_at = Some("2030-01-01T08:00:00Z".into());
    assert!(desk.publish(&req).is_err());
    assert_eq!(
        desk.article(a.id)?.publish_at,
        None,
        "the refused time was kept"
    );

    desk.save_article(a.id, &premium_edit())?;
    desk.delete_article(a.id)?;
    let err = desk.publish(&publish_now(a.id)).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Conflict, "{err}");
    let bulk = desk.publish_many(&[a.id], None)?;
    assert_eq!((bulk.queued, bulk.skipped.len()), (0, 1));
    assert_eq!(desk.outbox_counts()?.pending, 0);
    site.stop().await;
    Ok(())
}
