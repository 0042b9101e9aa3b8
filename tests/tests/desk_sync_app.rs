//! The newsroom in the built desk, under WebDriver: the header says where the sync
//! stands, a draft typed in the app reaches a colleague's desk without anyone asking,
//! and the colleague's change of another paragraph appears in the open editor, with
//! nothing the writer typed lost.

use anyhow::Result;
use dateline_desk::Desk;
use dateline_protocol::Role;
use e2e::{
    new_article, saved, screenshot, type_at_end, wait_attr, wait_for, wait_text,
    with_connected_desk,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_typed_in_the_app_syncs_and_a_colleagues_paragraph_appears_in_the_editor()
-> Result<()> {
    with_connected_desk("desk-sync", Role::Writer, async |c, site| {
        wait_attr(c, "[data-testid=sync-status]", "data-tone", "ok").await?;
        new_article(c, "Night ferry").await?;
        type_at_end(c, "The last ferry left at ten.\n\nNobody was on the quay.").await?;
        saved(c).await?;

        // A colleague's desk, elsewhere.
        let dir = tempfile::tempdir()?;
        let colleague = Desk::open_with_keyring(dir.path(), e2e::memory_keyring())?;
        colleague
            .add_site(&site.base, &site.token(Role::Editor))
            .await?;
        let article = wait_for(
            "the draft on the colleague's desk",
            std::time::Duration::from_secs(30),
            || async {
                colleague.sync().await.ok()?;
                colleague
                    .list_articles()
                    .ok()?
                    .into_iter()
                    .find(|a| a.title == "Night ferry")
                    // The whole draft, not a round taken while it was being typed.
                    .filter(|a| {
                        colleague
                            .article(a.id)
                            .is_ok_and(|x| x.body.contains("Nobody was on the quay."))
                    })
            },
        )
        .await?;
        let mut edit = dateline_desk::ArticleEdit {
            title: "Night ferry".into(),
            body: colleague.article(article.id)?.body,
            tier: "public".into(),
            ..Default::default()
        };
        edit.body = edit
            .body
            .replace("Nobody was on the quay.", "Two people waited on the quay.");
        let stored = colleague.article(article.id)?;
        edit.section = stored.section;
        edit.byline = stored.byline;
        colleague.save_article(article.id, &edit)?;
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
            std::time::Duration::from_secs(30),
            || async {
                colleague.sync().await.ok()?;
                let body = colleague.article(article.id).ok()?.body;
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
