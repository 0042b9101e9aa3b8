//! The newsroom in the built desk, under WebDriver: the header says where the sync
//! stands, a draft typed in the app reaches a colleague's desk without anyone asking,
//! and the colleague's change of another paragraph appears in the open editor, with
//! nothing the writer typed lost. When both change one paragraph, the editor's banner
//! leads to the conflict view, where the clash is settled and the resolution syncs.

use anyhow::Result;
use dateline_desk::Desk;
use dateline_protocol::Role;
use e2e::{
    click, new_article, saved, screenshot, type_at_end, wait_attr, wait_for, wait_text,
    with_connected_desk,
};
use fantoccini::Locator;
use std::time::Duration;

/// A colleague's desk, elsewhere, with an editor's token; it has `title` once its body
/// holds `has`.
async fn colleague_with(
    site: &e2e::TestSite,
    dir: &std::path::Path,
    title: &str,
    has: &str,
) -> Result<(Desk, uuid::Uuid)> {
    let colleague = Desk::open_with_keyring(dir, e2e::memory_keyring())?;
    colleague
        .add_site(&site.base, &site.token(Role::Editor))
        .await?;
    let id = wait_for(
        "the draft on the colleague's desk",
        Duration::from_secs(30),
        || async {
            colleague.sync().await.ok()?;
            colleague
                .list_articles()
                .ok()?
                .into_iter()
                .find(|a| a.title == title)
                // The whole draft, not a round taken while it was being typed.
                .filter(|a| colleague.article(a.id).is_ok_and(|x| x.body.contains(has)))
                .map(|a| a.id)
        },
    )
    .await?;
    Ok((colleague, id))
}

/// The colleague changes the body's `from` to `to`, on their desk only.
fn colleague_changes(colleague: &Desk, id: uuid::Uuid, from: &str, to: &str) -> Result<()> {
    let stored = colleague.article(id)?;
    let edit = dateline_desk::ArticleEdit {
        title: stored.title.clone(),
        body: stored.body.replace(from, to),
        tier: stored.tier.clone(),
        section: stored.section.clone(),
        byline: stored.byline.clone(),
        ..Default::default()
    };
    colleague.save_article(id, &edit)?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_typed_in_the_app_syncs_and_a_colleagues_paragraph_appears_in_the_editor()
-> Result<()> {
    with_connected_desk("desk-sync", Role::Writer, async |c, site| {
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        new_article(c, "Night ferry").await?;
        type_at_end(c, "The last ferry left at ten.\n\nNobody was on the quay.").await?;
        saved(c).await?;

        let dir = tempfile::tempdir()?;
        let (colleague, id) =
            colleague_with(site, dir.path(), "Night ferry", "Nobody was on the quay.").await?;
        colleague_changes(
            &colleague,
            id,
            "Nobody was on the quay.",
            "Two people waited on the quay.",
        )?;
        colleague.sync().await?;

        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the colleague's paragraph",
            |t| t.contains("Two people waited") && t.contains("The last ferry left at ten."),
        )
        .await?;
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        screenshot(c, "desk-sync-header").await?;

        // The writer goes on typing: the colleague gets it, with their own paragraph.
        type_at_end(c, "\n\nThe harbour lights went out at midnight.").await?;
        saved(c).await?;
        wait_for(
            "the writer's new paragraph on the colleague's desk",
            Duration::from_secs(30),
            || async {
                colleague.sync().await.ok()?;
                let body = colleague.article(id).ok()?.body;
                (body.contains("went out at midnight") && body.contains("Two people waited"))
                    .then_some(())
            },
        )
        .await?;
        Ok(())
    })
    .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paragraph_both_changed_is_settled_in_the_conflict_view_and_syncs() -> Result<()> {
    with_connected_desk("desk-conflict", Role::Writer, async |c, site| {
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        new_article(c, "Low tide").await?;
        type_at_end(c, "The water went out.\n\nBoats lay on the mud.").await?;
        saved(c).await?;
        let dir = tempfile::tempdir()?;
        let (colleague, id) = colleague_with(site, dir.path(), "Low tide", "on the mud").await?;

        // Offline from each other, both change the second paragraph.
        colleague_changes(
            &colleague,
            id,
            "Boats lay on the mud.",
            "Boats lay on their sides.",
        )?;
        type_at_end(c, " Gulls walked between them.").await?;
        saved(c).await?;
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        // Whichever reaches the site first, both desks find the clash.
        wait_for(
            "the clash on the colleague's desk",
            Duration::from_secs(30),
            || async {
                colleague.sync().await.ok()?;
                (colleague.sync_state().ok()?.conflicts.len() == 1).then_some(())
            },
        )
        .await?;

        // The writer's desk finds the clash by itself: the banner, then the view.
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "danger").await?;
        wait_text(
            c,
            "[data-testid=conflict-banner]",
            "the conflict banner",
            |t| !t.is_empty(),
        )
        .await?;
        click(c, "[data-testid=conflict-open]").await?;
        wait_text(c, "[data-testid=conflict-theirs]", "their side", |t| {
            t.contains("Boats lay on")
        })
        .await?;
        // Each side with the words it changed marked, struck-out words aside.
        let side = async |which: &str, tag: &str| -> Result<String> {
            let script = format!(
                "return [...document.querySelectorAll('[data-testid=conflict-{which}] .words')]
                   .map(p => {{ const q = p.cloneNode(true);
                     q.querySelectorAll('{tag}').forEach(d => d.remove());
                     return q.textContent; }}).join('|')"
            );
            Ok(e2e::eval(c, &script)
                .await?
                .as_str()
                .unwrap_or_default()
                .to_owned())
        };
        assert_eq!(
            side("theirs", "del").await?.trim(),
            "Boats lay on their sides."
        );
        assert_eq!(
            side("mine", "del").await?.trim(),
            "Boats lay on the mud. Gulls walked between them."
        );
        let inserted = e2e::eval(
            c,
            "return [...document.querySelectorAll('[data-testid=conflict-mine] ins')]
               .map(e => e.textContent).join('')",
        )
        .await?;
        assert!(
            inserted
                .as_str()
                .is_some_and(|t| t.contains("Gulls walked")),
            "mine's added words are marked: {inserted}"
        );
        let save = c.find(Locator::Css("[data-testid=conflict-save]")).await?;
        assert!(
            save.attr("disabled").await?.is_some(),
            "nothing is saved before the clash has a choice"
        );
        click(
            c,
            "[data-testid=conflict-clash] [data-testid=conflict-choose-both]",
        )
        .await?;
        // WebKit under Xvfb paints a moment after the DOM changed.
        tokio::time::sleep(Duration::from_secs(2)).await;
        screenshot(c, "desk-conflict-view").await?;
        click(c, "[data-testid=conflict-save]").await?;

        let both = |t: &str| {
            t.contains("Gulls walked between them.") && t.contains("Boats lay on their sides.")
        };
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the resolution",
            |t| both(t),
        )
        .await?;
        assert!(
            c.find(Locator::Css("[data-testid=conflict-banner]"))
                .await
                .is_err(),
            "the banner is gone"
        );
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        wait_for(
            "the resolution on the colleague's desk",
            Duration::from_secs(30),
            || async {
                colleague.sync().await.ok()?;
                let body = colleague.article(id).ok()?.body;
                (both(&body) && colleague.sync_state().ok()?.conflicts.is_empty()).then_some(())
            },
        )
        .await?;
        Ok(())
    })
    .await?;
    Ok(())
}
