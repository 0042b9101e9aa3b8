//! The bin in the built desk: an article deleted from Write is listed in the bin with
//! the day the desk will remove it; restored, it is back in the list with its text;
//! deleted again and deleted for good after a confirmation, it is gone from the bin and
//! from the database.

use anyhow::Result;
use e2e::{
    Client, Desk, Locator, click, failure_screenshot, new_article, saved, screenshot, test_keyring,
    type_at_end, wait_seeing, wait_text,
};

const TITLE: &str = "Storm log from the north pier";

#[tokio::test(flavor = "multi_thread")]
async fn an_article_is_restored_from_the_bin_then_deleted_for_good() -> Result<()> {
    let data = tempfile::tempdir()?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let result = session(c).await;
    let result = failure_screenshot(c, "desk-bin-failure", result).await;
    desk.quit().await?;
    let core = dateline_desk::Desk::open_with_keyring(data.path(), test_keyring())?;
    let left = core.list_articles()?.len() + core.bin()?.len();
    result?;
    assert_eq!(left, 0, "the article is gone for good");
    Ok(())
}

async fn session(c: &Client) -> Result<()> {
    new_article(c, TITLE).await?;
    type_at_end(c, "Waves reached the lamp at nine.").await?;
    saved(c).await?;
    delete_open_article(c).await?;

    // In the bin, with the day the desk removes it by itself.
    click(c, "[data-testid=open-bin]").await?;
    let entry = wait_text(c, "[data-testid=bin-entry]", "the deleted article", |t| {
        t.contains(TITLE)
    })
    .await?;
    assert!(entry.contains("removed automatically on"), "{entry}");
    screenshot(c, "desk-bin").await?;

    // Restored: back in the list, and open with its text.
    click(c, "[data-testid=bin-restore]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=bin-empty]"))
        .await?;
    wait_text(c, "[data-testid=article-item]", "the article back", |t| {
        t.contains(TITLE)
    })
    .await?;
    click(c, "[data-testid=bin-close]").await?;

    // Deleted again, then for good, after saying yes.
    delete_open_article(c).await?;
    click(c, "[data-testid=open-bin]").await?;
    click(c, "[data-testid=bin-delete-forever]").await?;
    let question = wait_text(c, "[data-testid=bin-confirm]", "the question", |t| {
        t.contains(TITLE)
    })
    .await?;
    assert!(question.contains("cannot be undone"), "{question}");
    click(c, "[data-testid=bin-confirm-delete]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=bin-empty]"))
        .await?;
    wait_seeing("no article in the list", || async {
        let n = c
            .find_all(Locator::Css("[data-testid=article-item]"))
            .await
            .map(|v| v.len())
            .unwrap_or(usize::MAX);
        (format!("{n} articles"), (n == 0).then_some(()))
    })
    .await
}

async fn delete_open_article(c: &Client) -> Result<()> {
    click(c, "[data-testid=more-actions]").await?;
    click(c, "[data-testid=delete]").await?;
    click(c, "[data-testid=delete-confirm-yes]").await?;
    wait_text(c, "[data-testid=undo-delete]", "the undo button", |_| true).await?;
    Ok(())
}
