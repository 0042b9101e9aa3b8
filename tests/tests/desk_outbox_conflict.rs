//! Two desks, one article (issue 5, "Tests": conflict). The second desk's data folder
//! is a copy of the first's, as when an article travels to another newsroom machine
//! with its id. The first updates and publishes; the second, stale, updates too: it
//! gets a conflict with both versions, never an overwrite, and the editor chooses.
//!
//! Both desks reach the site through the fault proxy (passing everything unless a
//! test says otherwise), which also counts what reached the site.
//! Run with `scripts/with-desktop-session.sh cargo test -p e2e --test desk_outbox_conflict`.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use dateline_desk::{
    ArticleEdit, ConflictChoice, Desk, DeskErrorCode, OpState, PublishRequest, SendPolicy,
};
use dateline_protocol::Role;
use e2e::fault_proxy::{Fault, FaultProxy, Mode};
use e2e::{OnSite, TestSite, on_site, settle_outbox, test_keyring};
use uuid::Uuid;

const SETTLE: Duration = Duration::from_secs(30);

fn policy() -> SendPolicy {
    SendPolicy {
        first_retry: Duration::from_millis(20),
        max_retry: Duration::from_millis(200),
        request_timeout: Duration::from_secs(10),
        ..SendPolicy::default()
    }
}

fn edit(title: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        standfirst: format!("Standfirst of {title}"),
        body: format!("The body as {title} has it.\n"),
        tier: "members".into(),
        section: "culture".into(),
        // The slug of the first publish stays (filled in by `save`).
        ..Default::default()
    }
}

fn save(desk: &Desk, id: Uuid, title: &str) -> Result<()> {
    let mut e = edit(title);
    e.slug = desk.article(id)?.slug;
    desk.save_article(id, &e)?;
    Ok(())
}

fn publish_now(id: Uuid) -> PublishRequest {
    PublishRequest {
        article_id: id,
        site_url: None,
        locales: None,
        confirm_outdated: false,
        publish_at: None,
    }
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// The site's version and source headline of `id`.
async fn site_state(site: &TestSite, token: &str, id: Uuid) -> Result<(u64, String)> {
    match on_site(&site.base, token, id).await? {
        OnSite::Published(p) => Ok((p.version, p.article.texts[0].title.clone())),
        OnSite::NotFound(d) => bail!("article {id} is not on the site: {d}"),
    }
}

struct Pair {
    site: TestSite,
    proxy: FaultProxy,
    a: Desk,
    b: Desk,
    id: Uuid,
    /// An editor's token, to ask the site directly.
    token: String,
    _dirs: (tempfile::TempDir, tempfile::TempDir),
}

/// Desk A publishes an article (version 1); desk B starts as a copy of A's folder,
/// with its own keyring and token.
async fn two_desks() -> Result<Pair> {
    let site = TestSite::start_through_cli().await;
    let proxy = FaultProxy::start(&site.base, 7).await?;
    let (dir_a, dir_b) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let keyring_a = format!("dateline-e2e-{}", Uuid::new_v4());
    let id = {
        let a = Desk::open_with_keyring(dir_a.path(), dateline_desk::Keyring::service(&keyring_a))?;
        a.add_site(&proxy.url, &site.token(Role::Editor)).await?;
        a.set_send_policy(policy());
        let article = a.create_article()?;
        a.save_article(article.id, &edit("First words"))?;
        a.publish(&publish_now(article.id))?;
        settle_outbox(&a, SETTLE).await?;
        article.id
    };
    // A is closed, so its whole database is in the files copied.
    copy_dir(dir_a.path(), dir_b.path())?;
    let a = Desk::open_with_keyring(dir_a.path(), dateline_desk::Keyring::service(&keyring_a))?;
    a.set_send_policy(policy());
    let b = Desk::open_with_keyring(dir_b.path(), test_keyring())?;
    b.add_site(&proxy.url, &site.token(Role::Editor)).await?;
    b.set_send_policy(policy());
    ensure!(b.article(id)?.title == "First words");
    ensure!(
        b.publish_plan(id, None, None)?
            .publication
            .map(|p| p.version)
            == Some(1)
    );
    let token = site.token(Role::Editor);
    Ok(Pair {
        site,
        proxy,
        a,
        b,
        id,
        token,
        _dirs: (dir_a, dir_b),
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stale_desk_gets_a_conflict_and_keeps_its_version_only_when_asked() -> Result<()> {
    let Pair {
        site,
        proxy,
        a,
        b,
        id,
        token,
        _dirs,
    } = two_desks().await?;

    save(&a, id, "A's update")?;
    a.publish(&publish_now(id))?;
    settle_outbox(&a, SETTLE).await?;
    ensure!(site_state(&site, &token, id).await? == (2, "A's update".into()));

    // B's first try meets a 503, so it has been sent once and waits for its retry...
    save(&b, id, "B's first update")?;
    let first = b.publish(&publish_now(id))?;
    proxy.set_mode(Mode::Always(Fault::Unavailable));
    b.deliver_due().await?;
    proxy.set_mode(Mode::Clean);
    ensure!(b.outbox_op(first.id)?.state == OpState::Queued);
    ensure!(b.outbox_op(first.id)?.attempts == 1);
    // ...when B writes more and publishes again: the first may have reached the site,
    // so it stays, and the second waits behind it.
    save(&b, id, "B's second update")?;
    let second = b.publish(&publish_now(id))?;
    ensure!(b.outbox_op(first.id)?.state == OpState::Queued);
    let puts_before = proxy.stats().forwarded("PUT");
    settle_outbox(&b, SETTLE).await?;

    let conflict = b.outbox_op(first.id)?;
    ensure!(conflict.state == OpState::Conflict, "{conflict:?}");
    ensure!(
        conflict.error.as_ref().map(|e| e.code) == Some(DeskErrorCode::Conflict),
        "{conflict:?}"
    );
    // The later publish would meet the same newer version: withdrawn, never sent.
    let superseded = b.outbox_op(second.id)?;
    ensure!(superseded.state == OpState::Cancelled, "{superseded:?}");
    ensure!(
        superseded
            .error
            .as_ref()
            .is_some_and(|e| e.message.contains("conflict")),
        "{superseded:?}"
    );
    ensure!(
        proxy.stats().forwarded("PUT") == puts_before + 1,
        "only the first of B's publishes reached the site"
    );
    ensure!(proxy.stats().writes_answered("PUT", 412) == 1);
    // Nothing was overwritten.
    ensure!(site_state(&site, &token, id).await? == (2, "A's update".into()));
    let counts = b.outbox_counts()?;
    ensure!(counts.pending == 0 && counts.attention == 1, "{counts:?}");

    // Both versions, for the editor to compare: B's latest text and the site's.
    let both = b.outbox_conflict(first.id)?;
    let mine = both.mine.context("B's version")?;
    ensure!(mine.texts[0].title == "B's second update", "{mine:?}");
    let theirs = both.theirs.context("the site's version")?;
    ensure!(theirs.version == 2, "{theirs:?}");
    ensure!(theirs.article.texts[0].title == "A's update");
    ensure!(theirs.article.texts[0].body == "The body as A's update has it.\n");

    // Keep mine: sent over the site's version 2, as version 3.
    let kept = b.resolve_conflict(first.id, ConflictChoice::KeepMine)?;
    ensure!(
        kept.id != first.id && kept.state == OpState::Queued,
        "{kept:?}"
    );
    settle_outbox(&b, SETTLE).await?;
    let kept = b.outbox_op(kept.id)?;
    ensure!(kept.state == OpState::Done, "{kept:?}");
    ensure!(site_state(&site, &token, id).await? == (3, "B's second update".into()));
    ensure!(
        b.publish_plan(id, None, None)?
            .publication
            .map(|p| p.version)
            == Some(3)
    );
    let counts = b.outbox_counts()?;
    ensure!(counts.pending == 0 && counts.attention == 0, "{counts:?}");

    // A is stale now in turn: its next update is a conflict, not an overwrite.
    save(&a, id, "A's late update")?;
    let late = a.publish(&publish_now(id))?;
    settle_outbox(&a, SETTLE).await?;
    ensure!(a.outbox_op(late.id)?.state == OpState::Conflict);
    ensure!(site_state(&site, &token, id).await? == (3, "B's second update".into()));
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn taking_theirs_keeps_the_desk_text_as_a_revision_and_sends_nothing() -> Result<()> {
    let Pair {
        site,
        proxy,
        a,
        b,
        id,
        token,
        _dirs,
    } = two_desks().await?;

    save(&a, id, "A's update")?;
    a.publish(&publish_now(id))?;
    settle_outbox(&a, SETTLE).await?;

    save(&b, id, "B's own words")?;
    let op = b.publish(&publish_now(id))?;
    settle_outbox(&b, SETTLE).await?;
    ensure!(b.outbox_op(op.id)?.state == OpState::Conflict);
    let puts_before = proxy.stats().forwarded("PUT");

    let settled = b.resolve_conflict(op.id, ConflictChoice::TakeTheirs)?;
    ensure!(
        settled.id == op.id && settled.state == OpState::Cancelled,
        "{settled:?}"
    );
    // The site's text is now the desk's...
    let article = b.article(id)?;
    ensure!(article.title == "A's update", "{article:?}");
    ensure!(article.body == "The body as A's update has it.\n");
    ensure!(article.standfirst == "Standfirst of A's update");
    // ...and B's own is kept as a revision.
    let revisions = b.list_revisions(id, "en-US")?;
    ensure!(
        revisions.iter().any(|r| r.title == "B's own words"),
        "B's text is not among the revisions: {revisions:#?}"
    );
    // Nothing was sent, nothing waits, and the desk knows the site's version.
    settle_outbox(&b, SETTLE).await?;
    ensure!(proxy.stats().forwarded("PUT") == puts_before);
    let counts = b.outbox_counts()?;
    ensure!(counts.pending == 0 && counts.attention == 0, "{counts:?}");
    ensure!(site_state(&site, &token, id).await? == (2, "A's update".into()));
    ensure!(
        b.publish_plan(id, None, None)?
            .publication
            .map(|p| p.version)
            == Some(2)
    );

    // B's next update goes over version 2 without a conflict.
    save(&b, id, "B after taking theirs")?;
    let next = b.publish(&publish_now(id))?;
    settle_outbox(&b, SETTLE).await?;
    ensure!(b.outbox_op(next.id)?.state == OpState::Done);
    ensure!(site_state(&site, &token, id).await? == (3, "B after taking theirs".into()));
    drop(a);
    site.stop().await;
    Ok(())
}
