//! Links between articles through the built desk and the real site: a journalist links
//! to an earlier piece from the toolbar's picker (found by its words), the preview shows
//! the link and opens that piece when clicked, a link the page will not keep is listed
//! under the body with why, Publish warns while the target is not on the site, and once
//! both are out the site's page links to the target's address.

use anyhow::{Context, Result};
use dateline_protocol::Role;
use e2e::publish::{pick, public_url};
use e2e::translate::{type_into, value_of};
use e2e::{
    Client, Locator, click, new_article, saved, screenshot, type_at_end, wait_attr, wait_text,
    with_connected_desk,
};
use fantoccini::key::Key;

const TARGET: &str = "Dredgers return to the channel";
const TITLE: &str = "Ferry timetable changes next month";

#[tokio::test(flavor = "multi_thread")]
async fn link_to_an_article_from_the_picker_and_follow_it_to_the_site() -> Result<()> {
    with_connected_desk("desk-links", Role::Editor, async |c, _| session(c).await).await?;
    Ok(())
}

async fn session(c: &Client) -> Result<()> {
    wait_text(c, "[data-testid=site-status]", "the site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    new_article(c, TARGET).await?;
    type_at_end(
        c,
        "Two dredgers came back to the harbour channel at first light.",
    )
    .await?;
    saved(c).await?;

    // The picker finds the earlier piece by a word of its body.
    new_article(c, TITLE).await?;
    type_at_end(c, "The ferry keeps its winter hours. Background: ").await?;
    click(c, "[data-testid=toolbar] [data-action=articleLink]").await?;
    type_into(c, "[data-testid=article-link-search]", "dredgers").await?;
    wait_text(
        c,
        "[data-testid=article-link-option]",
        "the earlier piece offered",
        |t| t.contains(TARGET),
    )
    .await?;
    screenshot(c, "desk-links-picker").await?;
    c.find(Locator::Css("[data-testid=article-link-search]"))
        .await?
        .send_keys(&char::from(Key::Enter).to_string())
        .await?;

    // The body links to it by id, the preview shows the link.
    let link = "[data-testid=preview] a[href^='dateline:article/']";
    wait_text(c, link, "the link in the preview", |t| t == TARGET).await?;
    let href = c
        .find(Locator::Css(link))
        .await?
        .attr("href")
        .await?
        .context("the link's href")?;
    let body = e2e::eval(c, "return document.querySelector('.cm-content').innerText;").await?;
    assert!(
        body.as_str()
            .unwrap_or_default()
            .contains(&format!("[{TARGET}]({href})")),
        "{body}"
    );

    // A link the page will not keep is listed under the body, with its line and why.
    type_at_end(c, " Routes: [the map](javascript:alert(1)).").await?;
    wait_attr(c, "[data-testid=dropped]", "data-reason", "scheme").await?;
    wait_text(c, "[data-testid=dropped]", "the dropped link", |t| {
        t.contains("javascript:alert(1)") && t.contains("Line 1")
    })
    .await?;
    screenshot(c, "desk-links-dropped").await?;
    // The list takes room from the body, never from the headline's lines.
    let whole = e2e::eval(
        c,
        "const el = document.querySelector('[data-testid=title]');
         return el.scrollHeight <= el.clientHeight + 2;",
    )
    .await?;
    assert_eq!(whole, serde_json::json!(true), "the headline is cut");
    saved(c).await?;

    // Publish warns while the earlier piece is not on the site.
    click(c, "[data-testid=view-publish]").await?;
    click(c, "[data-testid=queue-state-draft]").await?;
    pick(c, TITLE).await?;
    wait_text(
        c,
        "[data-testid=check][data-code=link_target_unpublished]",
        "the warning",
        |t| !t.is_empty(),
    )
    .await?;

    // Both go out, the earlier piece first; the warning is gone.
    pick(c, TARGET).await?;
    click(c, "[data-testid=publish-submit]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    let target_url = public_url(c, "en-US").await?;
    pick(c, TITLE).await?;
    wait_text(c, "[data-testid=publish-panel]", "the checks again", |t| {
        t.contains(TITLE)
    })
    .await?;
    assert!(
        c.find(Locator::Css(
            "[data-testid=check][data-code=link_target_unpublished]"
        ))
        .await
        .is_err(),
        "no warning once the target is on the site"
    );
    click(c, "[data-testid=publish-submit]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    let page_url = public_url(c, "en-US").await?;

    // The site's page links to the earlier piece's address; the bad link is its words.
    let page = reqwest::get(&page_url).await?.text().await?;
    let path = target_url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(_, path)| format!("/{path}"))
        .context("the target's path")?;
    assert!(
        page.contains(&format!("<a href=\"{path}\">{TARGET}</a>"))
            || page.contains(&format!(
                "<a href=\"{}\">{TARGET}</a>",
                path.replace('/', "&#x2f;")
            )),
        "{path} in {page}"
    );
    assert!(
        page.contains("the map") && !page.contains("javascript:"),
        "{page}"
    );

    // In Write, clicking the link in the preview opens the earlier piece.
    click(c, "[data-testid=view-write]").await?;
    click(c, link).await?;
    let title = e2e::wait_seeing("the earlier piece open", || async {
        let v = value_of(c, "[data-testid=title]").await.unwrap_or_default();
        let hit = (v == TARGET).then_some(());
        (v, hit)
    })
    .await;
    title.with_context(|| format!("after clicking {href}"))?;
    Ok(())
}
