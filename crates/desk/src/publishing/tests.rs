//! The publishing core without a desktop and without a site: the plan, its checks, the
//! outbox, and what the sender does when the keyring cannot give a token. Tokens are in
//! memory (`testutil`); the site's description is the one a desk keeps for offline use.
//! Delivering to a real site is tested end to end in `tests/` (desk_publish,
//! desk_outbox_faults).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use dateline_protocol::{Role, Section, SiteInfo, Tier};

use crate::sites::keyring::{MemoryKeyring, TokenStore};
use crate::testutil::{edit, open_with_memory};
use crate::{Desk, DeskErrorCode, OpState, PublishRequest};

/// Nothing listens here: an attempt to send would fail as `network`, which no test
/// below expects.
const SITE: &str = "http://127.0.0.1:9";

fn description(role: Role) -> SiteInfo {
    let names = |s: &str| [("en-US".to_owned(), s.to_owned())].into();
    SiteInfo {
        name: "The Harbour Ledger".into(),
        base_url: SITE.into(),
        default_locale: "en-US".into(),
        locales: vec!["en-US".into(), "fr".into()],
        tiers: vec![
            Tier {
                id: "public".into(),
                rank: 0,
                names: names("Everyone"),
            },
            Tier {
                id: "premium".into(),
                rank: 2,
                names: names("Premium"),
            },
        ],
        sections: vec![Section {
            path: "world".into(),
            names: names("World"),
        }],
        time_zone: "Europe/Berlin".into(),
        role,
    }
}

/// A desk that knows `SITE` as a `role` (its description kept from an earlier
/// connection), with `token` in its keyring if given.
fn desk_with_site(
    role: Role,
    token: Option<&str>,
) -> (tempfile::TempDir, Desk, Arc<MemoryKeyring>) {
    let dir = tempfile::tempdir().unwrap();
    let (desk, keyring) = open_with_memory(dir.path());
    desk.db()
        .execute(
            "INSERT INTO sites(url, info, refreshed_at, added_at) VALUES (?1, ?2, ?3, ?3)",
            rusqlite::params![
                SITE,
                serde_json::to_string(&description(role)).unwrap(),
                "2026-12-01T08:00:00Z"
            ],
        )
        .unwrap();
    if let Some(token) = token {
        desk.keyring().store_token(SITE, token).unwrap();
    }
    (dir, desk, keyring)
}

fn article(desk: &Desk, title: &str) -> uuid::Uuid {
    let a = desk.create_article().unwrap();
    desk.save_article(
        a.id,
        &edit(title, "The tide came in early.\n\nThen it went out."),
    )
    .unwrap();
    a.id
}

fn request(id: uuid::Uuid) -> PublishRequest {
    PublishRequest {
        article_id: id,
        site_url: None,
        locales: None,
        confirm_outdated: false,
        publish_at: None,
    }
}

#[test]
fn a_publish_is_queued_at_once_with_no_site_to_reach() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let id = article(&desk, "Tide tables");
    let plan = desk.publish_plan(id, None, None).unwrap();
    assert!(
        plan.checks
            .iter()
            .all(|c| c.severity != crate::Severity::Error),
        "{:?}",
        plan.checks
    );
    assert_eq!(plan.locales, vec![plan.texts[0].locale.clone()]);
    assert_eq!(
        plan.slugs.values().next().map(String::as_str),
        Some("tide-tables")
    );

    let op = desk.publish(&request(id)).unwrap();
    assert_eq!(op.state, OpState::Queued);
    assert_eq!(op.site_url, SITE);
    assert_eq!(op.title, "Tide tables");
    assert_eq!(desk.outbox(10).unwrap(), vec![op]);
    assert_eq!(desk.outbox_counts().unwrap().pending, 1);
}

#[test]
fn the_checks_refuse_a_publish_naming_every_problem_and_queue_nothing() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let a = desk.create_article().unwrap();
    let mut e = edit("", "A body without a headline.");
    e.tier = "platinum".into();
    desk.save_article(a.id, &e).unwrap();

    let codes: Vec<crate::CheckCode> = desk
        .publish_plan(a.id, None, None)
        .unwrap()
        .checks
        .into_iter()
        .filter(|c| c.severity == crate::Severity::Error)
        .map(|c| c.code)
        .collect();
    assert!(codes.contains(&crate::CheckCode::TierUnknown), "{codes:?}");
    assert!(codes.contains(&crate::CheckCode::NoHeadline), "{codes:?}");

    let mut scheduled = request(a.id);
    scheduled.publish_at = Some("2030-01-01T09:00:00Z".into());
    let err = desk.publish(&scheduled).unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Invalid);
    assert!(err.message.contains("platinum"), "{}", err.message);
    assert!(desk.outbox(10).unwrap().is_empty());
    assert_eq!(
        desk.article(a.id).unwrap().publish_at,
        None,
        "the time it had"
    );
}

#[test]
fn a_new_publish_withdraws_the_one_never_sent() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let id = article(&desk, "Ferry strike");
    let first = desk.publish(&request(id)).unwrap();
    desk.save_article(id, &edit("Ferry strike ends", "They are back at work."))
        .unwrap();
    let second = desk.publish(&request(id)).unwrap();
    assert_eq!(desk.outbox_op(first.id).unwrap().state, OpState::Cancelled);
    assert_eq!(second.title, "Ferry strike ends");
    assert_eq!(desk.outbox_counts().unwrap().pending, 1);
}

#[test]
fn a_writer_s_token_is_a_warning_before_anything_is_sent() {
    let (_dir, desk, _) = desk_with_site(Role::Writer, Some("writer-token"));
    let id = article(&desk, "Lighthouse keepers");
    let role = desk
        .publish_plan(id, None, None)
        .unwrap()
        .checks
        .into_iter()
        .find(|c| c.code == crate::CheckCode::Role)
        .expect("a check on the token's role");
    assert_eq!(role.severity, crate::Severity::Warning);
}

#[tokio::test]
async fn a_keyring_that_cannot_be_read_fails_the_operation_and_it_goes_again_later() {
    let (_dir, desk, keyring) = desk_with_site(Role::Editor, Some("editor-token"));
    let id = article(&desk, "Harbour dues");
    let op = desk.publish(&request(id)).unwrap();

    keyring.unavailable.store(true, Ordering::SeqCst);
    desk.deliver_due().await.unwrap();
    let failed = desk.outbox_op(op.id).unwrap();
    assert_eq!(failed.state, OpState::Failed);
    let error = failed.error.expect("why it failed");
    assert_eq!(
        error.code,
        DeskErrorCode::Keyring,
        "nothing was sent: {}",
        error.message
    );

    // Once the keyring answers again (the next start), the operation is queued again.
    keyring.unavailable.store(false, Ordering::SeqCst);
    desk.recover_outbox().unwrap();
    assert_eq!(desk.outbox_op(op.id).unwrap().state, OpState::Queued);
}

#[tokio::test]
async fn without_a_token_nothing_is_sent_and_the_editor_is_told_to_add_one() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, None);
    let id = article(&desk, "Night ferry");
    let op = desk.publish(&request(id)).unwrap();
    desk.deliver_due().await.unwrap();
    let failed = desk.outbox_op(op.id).unwrap();
    assert_eq!(failed.state, OpState::Failed);
    let error = failed.error.unwrap();
    assert_eq!(error.code, DeskErrorCode::Unauthorized, "{}", error.message);
    assert!(error.message.contains("no API token"), "{}", error.message);
}

#[test]
fn removing_a_site_forgets_its_token_but_not_while_operations_wait() {
    let (_dir, desk, keyring) = desk_with_site(Role::Editor, Some("editor-token"));
    let id = article(&desk, "Salt marsh");
    let op = desk.publish(&request(id)).unwrap();
    assert_eq!(
        desk.remove_site(SITE).unwrap_err().code,
        DeskErrorCode::Conflict
    );
    assert_eq!(
        keyring.token(SITE).unwrap().as_deref(),
        Some("editor-token")
    );

    desk.cancel_op(op.id).unwrap();
    desk.remove_site(SITE).unwrap();
    assert_eq!(keyring.token(SITE).unwrap(), None);
    assert!(desk.sites().unwrap().is_empty());
}

#[test]
fn an_outdated_translation_stops_the_publish_until_the_editor_confirms_it() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let id = article(&desk, "Tide tables");
    desk.add_translation(id, "fr").unwrap();
    let text = crate::TextEdit {
        title: "Tables des marées".into(),
        standfirst: String::new(),
        body: "La marée est montée tôt.\n\nPuis elle est redescendue.".into(),
        slug: String::new(),
        block_sources: None,
    };
    desk.save_translation(id, "fr", &text).unwrap();
    desk.set_translation_status(id, "fr", crate::TranslationStatus::Done)
        .unwrap();
    desk.save_article(id, &edit("Tide tables", "The tide came in late."))
        .unwrap();

    let locales = vec![desk.article(id).unwrap().source_locale, "fr".to_owned()];
    let plan = desk.publish_plan(id, None, Some(&locales)).unwrap();
    let outdated = plan
        .checks
        .iter()
        .find(|c| c.code == crate::CheckCode::Outdated)
        .expect("the French text is outdated");
    assert_eq!(outdated.blocks, crate::Blocks::UntilConfirmed);
    assert!(outdated.stops(false) && !outdated.stops(true));
    assert!(
        plan.checks
            .iter()
            .all(|c| c.severity != crate::Severity::Error || c.blocks == crate::Blocks::Always)
    );

    let mut req = request(id);
    req.locales = Some(locales);
    assert_eq!(desk.publish(&req).unwrap_err().code, DeskErrorCode::Invalid);
    req.confirm_outdated = true;
    assert_eq!(desk.publish(&req).unwrap().locales.len(), 2);
}

#[test]
fn a_translation_whose_cut_follows_another_block_is_refused_naming_both() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let a = desk.create_article().unwrap();
    // The source's cut glued to the paragraph after it, as a toolbar once wrote it.
    let mut e = edit(
        "Tide tables",
        "The tide came in early.\n\nBoats waited at the mouth.\n\n<!-- paywall -->\nThe \
         harbourmaster explained why.\n\nThen it went out.",
    );
    e.tier = "premium".into();
    e.section = "world".into();
    desk.save_article(a.id, &e).unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    let mut text = crate::TextEdit {
        title: "Tables des marées".into(),
        standfirst: String::new(),
        // The cut moved up by one paragraph: the second free paragraph would be paid.
        body: "La marée est montée tôt.\n\n<!-- paywall -->\nLes bateaux attendaient.\n\n\
               Le capitaine a expliqué pourquoi.\n\nPuis elle est redescendue."
            .into(),
        slug: String::new(),
        block_sources: None,
    };
    desk.save_translation(a.id, "fr", &text).unwrap();
    desk.set_translation_status(a.id, "fr", crate::TranslationStatus::Done)
        .unwrap();
    let locales = vec!["en-US".to_owned(), "fr".to_owned()];
    let misplaced = |desk: &Desk| {
        desk.publish_plan(a.id, None, Some(&locales))
            .unwrap()
            .checks
            .into_iter()
            .filter(|c| c.code == crate::CheckCode::CutMisplaced)
            .collect::<Vec<_>>()
    };
    let found = misplaced(&desk);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].locale.as_deref(), Some("fr"));
    assert_eq!(found[0].blocks, crate::Blocks::Always);
    assert!(
        found[0].message.contains("\"La marée est montée tôt.\"")
            && found[0].message.contains("\"Boats waited at the mouth.\""),
        "{}",
        found[0].message
    );
    let mut req = request(a.id);
    req.locales = Some(locales.clone());
    assert_eq!(desk.publish(&req).unwrap_err().code, DeskErrorCode::Invalid);

    // Where the source has it, the French publishes.
    text.body = "La marée est montée tôt.\n\nLes bateaux attendaient.\n\n<!-- paywall -->\n\n\
                 Le capitaine a expliqué pourquoi.\n\nPuis elle est redescendue."
        .into();
    desk.save_translation(a.id, "fr", &text).unwrap();
    desk.set_translation_status(a.id, "fr", crate::TranslationStatus::Done)
        .unwrap();
    assert_eq!(misplaced(&desk), vec![]);
    // An article for everyone holds nothing back: no cut is judged.
    text.body =
        "La marée.\n\n<!-- paywall -->\n\nLes bateaux.\n\nLe capitaine.\n\nLe reste.".into();
    desk.save_translation(a.id, "fr", &text).unwrap();
    assert_eq!(misplaced(&desk).len(), 1);
    e.tier = "public".into();
    desk.save_article(a.id, &e).unwrap();
    assert_eq!(misplaced(&desk), vec![]);
}

#[test]
fn a_translation_without_the_source_s_standfirst_is_a_warning() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let a = desk.create_article().unwrap();
    let mut e = edit("Tide tables", "The tide came in early.");
    e.standfirst = "Why the harbour closed at noon.".into();
    e.section = "world".into();
    desk.save_article(a.id, &e).unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    let mut text = crate::TextEdit {
        title: "Tables des marées".into(),
        standfirst: " ".into(),
        body: "La marée est montée tôt.".into(),
        slug: String::new(),
        block_sources: None,
    };
    desk.save_translation(a.id, "fr", &text).unwrap();
    let locales = vec!["en-US".to_owned(), "fr".to_owned()];
    let found = |desk: &Desk| {
        desk.publish_plan(a.id, None, Some(&locales))
            .unwrap()
            .checks
            .into_iter()
            .filter(|c| c.code == crate::CheckCode::StandfirstMissing)
            .collect::<Vec<_>>()
    };
    let missing = found(&desk);
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0].locale.as_deref(), Some("fr"));
    assert_eq!(missing[0].blocks, crate::Blocks::Never);
    text.standfirst = "Pourquoi le port a fermé à midi.".into();
    desk.save_translation(a.id, "fr", &text).unwrap();
    assert_eq!(found(&desk), vec![]);
}

#[test]
fn a_link_to_an_article_the_site_does_not_have_is_a_warning_naming_it() {
    let (_dir, desk, _) = desk_with_site(Role::Editor, Some("editor-token"));
    let target = article(&desk, "Dredging resumes");
    let gone = uuid::Uuid::now_v7();
    let a = desk.create_article().unwrap();
    let mut e = edit(
        "Harbour follow-up",
        &format!(
            "See [the dredging](dateline:article/{target}) and [this](dateline:article/{gone})."
        ),
    );
    e.section = "world".into();
    desk.save_article(a.id, &e).unwrap();
    let found = |desk: &Desk| {
        desk.publish_plan(a.id, None, None)
            .unwrap()
            .checks
            .into_iter()
            .filter(|c| c.code == crate::CheckCode::LinkTargetUnpublished)
            .map(|c| (c.blocks, c.message))
            .collect::<Vec<_>>()
    };
    let warnings = found(&desk);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().all(|(b, _)| *b == crate::Blocks::Never));
    assert!(
        warnings[0].1.contains("“Dredging resumes”"),
        "{}",
        warnings[0].1
    );
    assert!(
        warnings[1].1.contains(&gone.to_string()),
        "{}",
        warnings[1].1
    );

    // Once the site has the target, only the unknown one is left.
    let urls = [("en-US".to_owned(), format!("{SITE}/en-US/world/dredging"))].into();
    crate::publishing::publications::record_publication(
        &desk.db(),
        target,
        SITE,
        1,
        &urls,
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    let warnings = found(&desk);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].1.contains(&gone.to_string()));
}
