//! The newsroom over loopback: desks of a writer, a translator and an editor, each its
//! own data folder, and one real site between them. Each test scripts who works offline
//! (no round) and when each desk syncs, and looks at what every desk then holds.

use std::sync::Arc;

use anyhow::Result;
use dateline_desk::merge::Resolution;
use dateline_desk::{
    ArticleEdit, CheckCode, ConflictPart, Desk, DiffOp, TextEdit, TranslationStatus, WorkflowState,
};
use dateline_protocol::Role;
use e2e::TestSite;
use tempfile::TempDir;
use uuid::Uuid;

struct Member {
    _dir: TempDir,
    desk: Desk,
}

/// A token for `name` with `role`, as the site's operator makes one per person.
fn token(site: &TestSite, role: Role, name: &str) -> String {
    dateline_site::admin::create_token(&site.data(), role, name).unwrap()
}

async fn member(site: &TestSite, role: Role, name: &str) -> Result<Member> {
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), e2e::memory_keyring())?;
    desk.add_site(&site.base, &token(site, role, name)).await?;
    Ok(Member { _dir: dir, desk })
}

fn edit(title: &str, body: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        standfirst: String::new(),
        body: body.into(),
        tier: "public".into(),
        section: "world".into(),
        slug: String::new(),
        tags: vec![],
        byline: "Odile Varga".into(),
        source_url: None,
    }
}

fn body_of(desk: &Desk, id: Uuid) -> String {
    desk.article(id).unwrap().body
}

/// Rounds on every desk until none of them gives or gets anything.
async fn settle(desks: &[&Desk]) -> Result<()> {
    for _ in 0..6 {
        let mut quiet = true;
        for d in desks {
            let r = d.sync().await?;
            quiet &= r.pushed == 0 && r.received == 0;
        }
        if quiet {
            return Ok(());
        }
    }
    anyhow::bail!("the desks did not settle in six rounds each")
}

const THREE: &str =
    "The ferry left at dawn.\n\nGulls followed it out.\n\nThe harbour emptied by noon.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_reaches_the_translator_and_the_translation_comes_back() -> Result<()> {
    let site = TestSite::start().await;
    let writer = member(&site, Role::Writer, "Odile Varga").await?;
    let translator = member(&site, Role::Translator, "Tomas Ilie").await?;
    let editor = member(&site, Role::Editor, "Priya Holm").await?;

    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    let report = writer.desk.sync().await?;
    assert!(report.pushed >= 2, "metadata and text went out: {report:?}");
    assert_eq!(report.state.waiting, 0);

    let got = translator.desk.sync().await?;
    assert_eq!(got.changed, vec![a.id]);
    let there = translator.desk.article(a.id)?;
    assert_eq!(there.title, "Morning ferry");
    assert_eq!(there.body, THREE);
    assert_eq!(there.section, "world");

    translator.desk.add_translation(a.id, "fr")?;
    let fr = TextEdit {
        title: "Le bac du matin".into(),
        standfirst: String::new(),
        body: "Le bac est parti à l'aube.\n\nLes mouettes l'ont suivi.\n\nLe port était vide à midi.\n".into(),
        slug: String::new(),
        block_sources: None,
    };
    translator.desk.save_translation(a.id, "fr", &fr)?;
    translator
        .desk
        .set_translation_status(a.id, "fr", TranslationStatus::Done)?;
    translator.desk.sync().await?;

    settle(&[&writer.desk, &editor.desk]).await?;
    for d in [&writer.desk, &editor.desk] {
        let fr_there = d.text(a.id, "fr")?;
        assert_eq!(fr_there.title, "Le bac du matin");
        assert_eq!(fr_there.body, fr.body);
        let states = d.texts(a.id)?;
        let fr_state = states.iter().find(|t| t.locale == "fr").unwrap();
        assert_eq!(fr_state.status, TranslationStatus::Done);
        assert!(!fr_state.outdated, "done against the source every desk has");
    }

    // The writer changes the source: the translation is outdated on every desk.
    writer.desk.save_article(
        a.id,
        &edit("Morning ferry", &THREE.replace("Gulls", "Terns")),
    )?;
    settle(&[&writer.desk, &translator.desk, &editor.desk]).await?;
    for d in [&translator.desk, &editor.desk] {
        assert!(body_of(d, a.id).contains("Terns"));
        let states = d.texts(a.id)?;
        assert!(states.iter().find(|t| t.locale == "fr").unwrap().outdated);
    }
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_of_different_paragraphs_merge_and_the_same_paragraph_is_a_conflict() -> Result<()> {
    let site = TestSite::start().await;
    let writer = member(&site, Role::Writer, "Odile Varga").await?;
    let editor = member(&site, Role::Editor, "Priya Holm").await?;
    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    settle(&[&writer.desk, &editor.desk]).await?;

    // Offline, each changes another paragraph.
    writer.desk.save_article(
        a.id,
        &edit("Morning ferry", &THREE.replace("at dawn", "before dawn")),
    )?;
    let mut e = edit("Morning ferry", &THREE.replace("by noon", "by midday"));
    e.tier = "members".into();
    editor.desk.save_article(a.id, &e)?;
    settle(&[&writer.desk, &editor.desk]).await?;
    let merged =
        "The ferry left before dawn.\n\nGulls followed it out.\n\nThe harbour emptied by midday.\n";
    assert_eq!(body_of(&writer.desk, a.id), merged);
    assert_eq!(body_of(&editor.desk, a.id), merged);
    assert_eq!(
        writer.desk.article(a.id)?.tier,
        "members",
        "the editor's tier reached the writer"
    );
    assert!(writer.desk.sync_state()?.conflicts.is_empty());
    assert!(
        writer.desk.sync_state()?.refused.is_empty(),
        "{:?}",
        writer.desk.sync_state()?.refused
    );

    // Offline, both change the middle paragraph.
    writer.desk.save_article(
        a.id,
        &edit(
            "Morning ferry",
            &merged.replace("Gulls followed it out.", "Gulls followed it, crying."),
        ),
    )?;
    editor.desk.save_article(a.id, &{
        let mut e = edit(
            "Morning ferry",
            &merged.replace("Gulls followed it out.", "Two gulls followed it."),
        );
        e.tier = "members".into();
        e
    })?;
    settle(&[&writer.desk, &editor.desk]).await?;
    for (d, mine) in [(&writer.desk, "crying"), (&editor.desk, "Two gulls")] {
        let state = d.sync_state()?;
        assert_eq!(state.conflicts.len(), 1, "{state:?}");
        assert_eq!(state.conflicts[0].article_id, a.id);
        assert_eq!(state.conflicts[0].locale.as_deref(), Some("en-US"));
        assert!(
            body_of(d, a.id).contains(mine),
            "each desk keeps its own words meanwhile"
        );
    }
    // The editor sees both sides, with who wrote theirs, and may not publish yet.
    let views = editor.desk.text_conflicts(a.id)?;
    assert_eq!(views.len(), 1);
    let view = &views[0];
    assert_eq!(view.clashes, 1, "one clash: the middle paragraph");
    assert_eq!(view.theirs.author, "Odile Varga");
    let clash = view
        .body
        .iter()
        .find_map(|p| match p {
            ConflictPart::Clash {
                base,
                mine,
                theirs,
                theirs_changes,
                ..
            } => Some((
                base.clone(),
                mine.clone(),
                theirs.clone(),
                theirs_changes.clone(),
            )),
            ConflictPart::Clean { .. } => None,
        })
        .expect("a clash in the body");
    assert_eq!(clash.0.trim(), "Gulls followed it out.");
    assert_eq!(clash.1.trim(), "Two gulls followed it.");
    assert_eq!(clash.2.trim(), "Gulls followed it, crying.");
    assert!(
        clash
            .3
            .iter()
            .any(|c| c.op == DiffOp::Insert && c.text.contains("crying")),
        "the words theirs changed are marked: {:?}",
        clash.3
    );
    let plan = editor.desk.publish_plan(a.id, None, None)?;
    assert!(
        plan.checks.iter().any(|c| c.code == CheckCode::Conflict),
        "{:?}",
        plan.checks
    );

    // Resolved by keeping both: the resolution reaches the writer and ends the conflict
    // there too.
    let theirs = view.theirs.revision.clone();
    editor
        .desk
        .resolve_text_conflict(a.id, "en-US", &theirs, &[Resolution::Both])?;
    assert!(editor.desk.sync_state()?.conflicts.is_empty());
    settle(&[&editor.desk, &writer.desk]).await?;
    let resolved = "The ferry left before dawn.\n\nTwo gulls followed it.\n\nGulls followed it, crying.\n\nThe harbour emptied by midday.\n";
    assert_eq!(body_of(&editor.desk, a.id), resolved);
    assert_eq!(body_of(&writer.desk, a.id), resolved);
    assert!(writer.desk.sync_state()?.conflicts.is_empty());
    let plan = editor.desk.publish_plan(a.id, None, None)?;
    assert!(!plan.checks.iter().any(|c| c.code == CheckCode::Conflict));

    // Both change the headline. The editor types again after the round found the
    // clash: the conflict view shows what is typed as mine, and keeping both keeps the
    // headline one line.
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry, late", resolved))?;
    editor.desk.save_article(a.id, &{
        let mut e = edit("The morning ferry", resolved);
        e.tier = "members".into();
        e
    })?;
    settle(&[&writer.desk, &editor.desk]).await?;
    editor.desk.save_article(a.id, &{
        let mut e = edit("The early ferry", resolved);
        e.tier = "members".into();
        e
    })?;
    let view = editor.desk.text_conflicts(a.id)?.remove(0);
    let title = view
        .title
        .iter()
        .find_map(|p| match p {
            ConflictPart::Clash { mine, theirs, .. } => Some((mine.clone(), theirs.clone())),
            ConflictPart::Clean { .. } => None,
        })
        .expect("the headline clashes");
    assert_eq!(
        title,
        ("The early ferry".into(), "Morning ferry, late".into())
    );
    editor
        .desk
        .resolve_text_conflict(a.id, "en-US", &view.theirs.revision, &[Resolution::Both])?;
    assert_eq!(
        editor.desk.article(a.id)?.title,
        "The early ferry Morning ferry, late"
    );
    settle(&[&editor.desk, &writer.desk]).await?;
    assert_eq!(
        writer.desk.article(a.id)?.title,
        "The early ferry Morning ferry, late"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_the_role_may_not_make_is_refused_and_stays_on_the_desk() -> Result<()> {
    let site = TestSite::start().await;
    let writer = member(&site, Role::Writer, "Odile Varga").await?;
    let translator = member(&site, Role::Translator, "Tomas Ilie").await?;
    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    settle(&[&writer.desk, &translator.desk]).await?;

    translator
        .desk
        .save_article(a.id, &edit("Morning ferry", "A translator's own idea.\n"))?;
    let report = translator.desk.sync().await?;
    let refused = &report.state.refused;
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].article_id, a.id);
    assert_eq!(refused[0].locale.as_deref(), Some("en-US"));
    assert_eq!(refused[0].field.as_deref(), Some("locale"));
    assert_eq!(
        body_of(&translator.desk, a.id),
        "A translator's own idea.\n",
        "kept here"
    );
    writer.desk.sync().await?;
    assert_eq!(body_of(&writer.desk, a.id), THREE, "not elsewhere");
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bin_syncs_and_an_old_backup_neither_resurrects_nor_repeats() -> Result<()> {
    let site = TestSite::start().await;
    let writer = member(&site, Role::Writer, "Odile Varga").await?;
    let editor = member(&site, Role::Editor, "Priya Holm").await?;
    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    settle(&[&writer.desk, &editor.desk]).await?;

    // A backup of the writer's desk, taken now.
    let backup = tempfile::tempdir()?;
    let copy = backup.path().join(dateline_desk::DATABASE_FILE);
    rusqlite::Connection::open(writer.desk.data_dir().join(dateline_desk::DATABASE_FILE))?
        .execute("VACUUM INTO ?1", [copy.to_str().unwrap()])?;

    writer.desk.save_article(
        a.id,
        &edit("Morning ferry", &THREE.replace("Gulls", "Terns")),
    )?;
    writer.desk.delete_article(a.id)?;
    settle(&[&writer.desk, &editor.desk]).await?;
    assert!(
        editor.desk.bin()?.iter().any(|b| b.article.id == a.id),
        "in the editor's bin too"
    );

    // The writer's computer dies; the backup comes back on a new one. The operator
    // revokes the old computer's token and gives the writer a new one.
    dateline_site::admin::revoke_token(&site.data(), "Odile Varga")?;
    let restored = Desk::open_with_keyring(backup.path(), e2e::memory_keyring())?;
    restored
        .add_site(&site.base, &token(&site, Role::Writer, "Odile Varga"))
        .await?;
    let before = site.rows("sync_records");
    restored.sync().await?;
    assert!(
        restored.bin()?.iter().any(|b| b.article.id == a.id),
        "the deletion came back with the log"
    );
    assert!(
        body_of_any(&restored, a.id).contains("Terns"),
        "and the later text"
    );
    restored.undelete_article(a.id)?;
    restored.save_article(
        a.id,
        &edit("Morning ferry", &THREE.replace("Gulls", "Cormorants")),
    )?;
    restored.sync().await?;
    assert!(
        site.rows("sync_records") > before,
        "the restored desk's new work went out"
    );
    editor.desk.sync().await?;
    assert!(body_of(&editor.desk, a.id).contains("Cormorants"));
    assert!(
        restored.sync_state()?.refused.is_empty(),
        "{:?}",
        restored.sync_state()?.refused
    );
    site.stop().await;
    Ok(())
}

fn body_of_any(desk: &Desk, id: Uuid) -> String {
    desk.article(id).map(|a| a.body).unwrap_or_default()
}

/// Nobody presses anything: two desks running their background sync see each other's
/// work, including a change made while one of them was cut off from the site, and the
/// header's state says where each stands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_sync_carries_changes_both_ways_without_asking() -> Result<()> {
    use std::time::Duration;
    let site = TestSite::start().await;
    let writer = Arc::new(member(&site, Role::Writer, "Odile Varga").await?);
    let editor = Arc::new(member(&site, Role::Editor, "Priya Holm").await?);
    for m in [&writer, &editor] {
        let m = m.clone();
        tokio::spawn(async move { m.desk.run_sync().await });
    }
    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    let limit = Duration::from_secs(30);
    e2e::wait_for("the draft on the editor's desk", limit, || async {
        editor
            .desk
            .article(a.id)
            .ok()
            .filter(|x| x.body == THREE)
            .map(|_| ())
    })
    .await?;
    editor
        .desk
        .save_article(a.id, &edit("Morning ferry", &THREE.replace("noon", "one")))?;
    e2e::wait_for(
        "the editor's change on the writer's desk",
        limit,
        || async {
            writer
                .desk
                .article(a.id)
                .ok()
                .filter(|x| x.body.contains("by one"))
                .map(|_| ())
        },
    )
    .await?;
    let header = e2e::wait_for("the writer's header to settle", limit, || async {
        let h = writer.desk.sync_header().ok()?;
        (h.online && !h.syncing && h.waiting == 0 && h.last_synced_at.is_some()).then_some(h)
    })
    .await?;
    assert!(header.connected);
    assert_eq!(header.conflicts, 0);
    assert!(header.problem.is_none());
    site.stop().await;
    // With the site gone, a change waits and the header says the desk is offline.
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", &THREE.replace("dawn", "six")))?;
    writer.desk.sync_now();
    let header = e2e::wait_for("the writer's header to say offline", limit, || async {
        let h = writer.desk.sync_header().ok()?;
        (!h.online && !h.syncing).then_some(h)
    })
    .await?;
    assert!(header.waiting > 0, "{header:?}");
    assert!(header.problem.is_some());
    Ok(())
}

/// An editor's approval is of the words they read: a writer's later change brings the
/// article back to review on the editor's desk, and that move reaches the writer. A
/// desk joining afterwards judges the same way and does not withdraw an approval of
/// the words it holds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_is_withdrawn_when_the_text_changes_under_it() -> Result<()> {
    let site = TestSite::start().await;
    let writer = member(&site, Role::Writer, "Odile Varga").await?;
    let editor = member(&site, Role::Editor, "Priya Holm").await?;
    let a = writer.desk.create_article()?;
    writer
        .desk
        .save_article(a.id, &edit("Morning ferry", THREE))?;
    writer
        .desk
        .set_workflow_state(a.id, WorkflowState::InReview)?;
    settle(&[&writer.desk, &editor.desk]).await?;
    editor.desk.set_workflow_state(a.id, WorkflowState::Ready)?;
    settle(&[&editor.desk, &writer.desk]).await?;
    assert_eq!(writer.desk.article(a.id)?.state, WorkflowState::Ready);

    // A second editor joins now: the words it receives are the approved ones.
    let late = member(&site, Role::Editor, "Jonas Weil").await?;
    settle(&[&late.desk]).await?;
    assert_eq!(late.desk.article(a.id)?.state, WorkflowState::Ready);

    writer.desk.save_article(
        a.id,
        &edit("Morning ferry", &THREE.replace("at dawn", "after dawn")),
    )?;
    settle(&[&writer.desk, &editor.desk, &writer.desk, &late.desk]).await?;
    assert_eq!(editor.desk.article(a.id)?.state, WorkflowState::InReview);
    assert_eq!(writer.desk.article(a.id)?.state, WorkflowState::InReview);
    assert_eq!(late.desk.article(a.id)?.state, WorkflowState::InReview);
    assert!(editor.desk.sync_state()?.refused.is_empty());
    site.stop().await;
    Ok(())
}
