//! The API token lands nowhere but the keyring (issue 5, "Sites and credentials" and
//! "Tests"). After a full publish cycle (adding the site, a wrong token refused, a
//! publish with an image and a translation, an update, a conflict settled, a token
//! replaced in the keyring by a wrong one and back, an unpublish), the token is looked
//! for in the desk's database and its -wal and -shm files, every file of its data
//! folder, every log line at TRACE (the desk's, reqwest's and hyper's through the `log`
//! bridge, and the in-process site's), an export and a rescue export, every error
//! message and every operation as the interface receives it.
//!
//! One test in this file: it installs the process's global log subscriber.
//! Run with `scripts/with-desktop-session.sh cargo test -p e2e --test desk_token_secrecy`.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, ensure};
use dateline_desk::{
    ArticleEdit, ConflictChoice, DATABASE_FILE, Desk, DeskError, DeskErrorCode, Expect, OpState,
    PublishRequest, SendPolicy, SiteClient, TextEdit, TranslationStatus, rescue_export,
};
use dateline_protocol::Role;
use e2e::{PNG_1X1, TestSite, settle_outbox, test_keyring};
use uuid::Uuid;

/// Every log line, in memory.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

const SETTLE: Duration = Duration::from_secs(30);

fn publish_now(id: Uuid) -> PublishRequest {
    PublishRequest {
        article_id: id,
        site_url: None,
        locales: None,
        confirm_outdated: true,
        publish_at: None,
    }
}

/// Where each secret was found, if anywhere.
fn find_secrets(what: &str, bytes: &[u8], secrets: &[&str], found: &mut Vec<String>) {
    for s in secrets {
        if bytes.windows(s.len()).any(|w| w == s.as_bytes()) {
            found.push(format!("{s:?} in {what}"));
        }
    }
}

/// Every file under `dir`, with its bytes.
fn files(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            files(&entry.path(), out)?;
        } else {
            out.push((
                entry.path().display().to_string(),
                std::fs::read(entry.path())?,
            ));
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_token_lands_nowhere_but_the_keyring() -> Result<()> {
    let logs = Capture::default();
    let sink = logs.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .try_init()
        .map_err(|e| anyhow::anyhow!("{e}"))?;

    let site = TestSite::start_through_cli().await;
    let token = site.token(Role::Editor);
    let other = site.token(Role::Editor);
    let wrong = format!("dl_{}", Uuid::new_v4().simple());
    let secrets = [token.as_str(), other.as_str(), wrong.as_str()];
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), test_keyring())?;
    desk.set_send_policy(SendPolicy {
        first_retry: Duration::from_millis(20),
        max_retry: Duration::from_millis(200),
        ..SendPolicy::default()
    });
    let mut errors: Vec<DeskError> = Vec::new();

    // A wrong token is refused when the site is added, and kept nowhere.
    let refused = desk
        .add_site(&site.base, &wrong)
        .await
        .err()
        .context("a wrong token was accepted")?;
    ensure!(refused.code == DeskErrorCode::Unauthorized, "{refused:?}");
    errors.push(refused);
    ensure!(desk.keyring().token(&site.base)?.is_none());
    desk.add_site(&site.base, &token).await?;

    // Publish with an image and a translation, then update.
    let image = desk.store_image_bytes("pixel.png", &PNG_1X1)?;
    let a = desk.create_article()?;
    let mut edit = ArticleEdit {
        title: "Lighthouse keepers vote".into(),
        standfirst: "A ballot by lamplight.".into(),
        body: format!(
            "The keepers met.\n\n{}\n\n<!-- paywall -->\n\nThe count.\n",
            image.markdown
        ),
        tier: "supporter".into(),
        section: "world".into(),
        ..Default::default()
    };
    desk.save_article(a.id, &edit)?;
    desk.add_translation(a.id, "fr")?;
    desk.save_translation(
        a.id,
        "fr",
        &TextEdit {
            title: "Les gardiens de phare votent".into(),
            standfirst: String::new(),
            body: "Les gardiens.\n\n<!-- paywall -->\n\nLe décompte.\n".into(),
            slug: String::new(),
            block_sources: None,
        },
    )?;
    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)?;
    let first = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    ensure!(desk.outbox_op(first.id)?.state == OpState::Done);
    edit.title = "Lighthouse keepers vote again".into();
    edit.slug = desk.article(a.id)?.slug;
    desk.save_article(a.id, &edit)?;
    desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;

    // Someone else writes version 3; the desk's next update is a conflict, settled by
    // keeping the desk's text.
    let current = match e2e::on_site(&site.base, &other, a.id).await? {
        e2e::OnSite::Published(p) => p,
        e2e::OnSite::NotFound(d) => anyhow::bail!("not published: {d}"),
    };
    let mut theirs = current.article.clone();
    theirs.texts[0].title = "Edited on the site".into();
    SiteClient::new(&site.base, &other)?
        .put_article(
            a.id,
            &theirs,
            Expect::Version(current.version),
            Uuid::new_v4(),
        )
        .await?;
    edit.title = "Lighthouse keepers, the desk's version".into();
    desk.save_article(a.id, &edit)?;
    let stale = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    let conflict = desk.outbox_op(stale.id)?;
    ensure!(conflict.state == OpState::Conflict, "{conflict:?}");
    errors.extend(conflict.error.clone());
    let both = desk.outbox_conflict(stale.id)?;
    let conflict_json = serde_json::to_string(&both)?;
    desk.resolve_conflict(stale.id, ConflictChoice::KeepMine)?;
    settle_outbox(&desk, SETTLE).await?;

    // The keyring's token is replaced by a wrong one: refused, with a reason.
    desk.keyring().store_token(&site.base, &wrong)?;
    edit.title = "Lighthouse keepers, late edition".into();
    desk.save_article(a.id, &edit)?;
    let refused = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, SETTLE).await?;
    let refused = desk.outbox_op(refused.id)?;
    ensure!(refused.state == OpState::Failed, "{refused:?}");
    let reason = refused.error.clone().context("the refusal's reason")?;
    ensure!(reason.code == DeskErrorCode::Unauthorized, "{reason:?}");
    errors.push(reason);
    let status = desk.test_site(&site.base).await?;
    errors.extend(status.problem);
    errors.extend(desk.site_status().await?.problem);
    // The right token again: the refused operation goes out.
    desk.add_site(&site.base, &token).await?;
    settle_outbox(&desk, SETTLE).await?;
    ensure!(desk.outbox_op(refused.id)?.state == OpState::Done);

    let gone = desk.unpublish(a.id, None)?;
    settle_outbox(&desk, SETTLE).await?;
    ensure!(desk.outbox_op(gone.id)?.state == OpState::Done);
    // A few refusals of the desk's own.
    errors.extend(desk.unpublish(Uuid::now_v7(), None).err());
    errors.extend(desk.remove_site("http://example.org").err());
    errors.extend(desk.cancel_op(gone.id).err());

    // Every operation as the interface sees it, with its errors.
    let ops = desk.outbox(1000)?;
    ensure!(ops.len() >= 6, "{ops:#?}");
    errors.extend(ops.iter().filter_map(|o| o.error.clone()));
    let ops_json = serde_json::to_string(&ops)?;

    let mut found = Vec::new();
    ensure!(errors.len() >= 6, "{errors:#?}");
    for e in &errors {
        find_secrets(
            &format!("the error {e:?}"),
            format!("{e} {e:?}").as_bytes(),
            &secrets,
            &mut found,
        );
    }
    find_secrets("the outbox", ops_json.as_bytes(), &secrets, &mut found);
    find_secrets("a conflict", conflict_json.as_bytes(), &secrets, &mut found);
    find_secrets(
        "the desk's Debug",
        format!("{desk:?}").as_bytes(),
        &secrets,
        &mut found,
    );

    // The database while the desk is open: its WAL and shared-memory files too.
    let db = dir.path().join(DATABASE_FILE);
    let mut open_files = 0;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", db.display());
        if let Ok(bytes) = std::fs::read(&path) {
            open_files += 1;
            find_secrets(&path, &bytes, &secrets, &mut found);
        }
    }
    ensure!(
        open_files == 3,
        "the open database should have its -wal and -shm"
    );

    // An export and a rescue export.
    let export = tempfile::tempdir()?;
    let written = desk.export_article(a.id, export.path())?;
    ensure!(!written.is_empty());
    let rescue = tempfile::tempdir()?;
    let report = rescue_export(&db, rescue.path())?;
    ensure!(!report.written.is_empty(), "{report:?}");

    // Every file the desk left, after it closed; and the exports.
    drop(desk);
    let mut all = Vec::new();
    files(dir.path(), &mut all)?;
    files(export.path(), &mut all)?;
    files(rescue.path(), &mut all)?;
    for (path, bytes) in &all {
        find_secrets(path, bytes, &secrets, &mut found);
    }

    // The logs, which must have caught the HTTP stack to mean anything.
    site.stop().await;
    let log = logs.text();
    ensure!(
        log.contains("reqwest") && log.contains("hyper"),
        "the log capture missed the HTTP client: {} bytes",
        log.len()
    );
    ensure!(log.contains("TRACE"), "no TRACE lines captured");
    find_secrets("the logs", log.as_bytes(), &secrets, &mut found);

    eprintln!(
        "searched {} errors, {} files, {} bytes of logs",
        errors.len(),
        all.len() + open_files,
        log.len()
    );
    ensure!(found.is_empty(), "the token leaked: {found:#?}");
    Ok(())
}
