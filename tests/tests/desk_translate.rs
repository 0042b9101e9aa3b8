//! Translating an article in the built desk (issue 6's first steps): translate into
//! French, mark it done, change the English source, see the French marked outdated with
//! the changed paragraph shown, fix it, and mark it up to date.

use anyhow::Result;
use dateline_protocol::Role;
use e2e::{
    Client, Locator, click, new_article, saved, screenshot, set_ui_language, text_of, type_at_end,
    wait_attr, wait_seeing, wait_text, with_connected_desk,
};

#[tokio::test(flavor = "multi_thread")]
async fn a_changed_source_marks_the_translation_outdated_and_shows_what_changed() -> Result<()> {
    with_connected_desk("desk-translate", Role::Editor, async |c, _| {
        session(c).await
    })
    .await?;
    Ok(())
}

async fn session(c: &Client) -> Result<()> {
    wait_text(c, "[data-testid=site-status]", "the site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    new_article(c, "Ferry timetable").await?;
    type_at_end(
        c,
        "The ferry leaves at six.\n\nTickets cost two euros.\n\nDogs travel free.",
    )
    .await?;
    saved(c).await?;

    click(c, "[data-testid=translation-add]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=translation-add-locale]"))
        .await?
        .select_by_value("fr")
        .await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "aria-selected", "true").await?;
    c.find(Locator::Css("[data-testid=title]"))
        .await?
        .send_keys("Horaires du bac")
        .await?;
    type_at_end(
        c,
        "Le bac part à six heures.\n\nLe billet coûte deux euros.\n\nLes chiens voyagent gratuitement.",
    )
    .await?;
    saved(c).await?;
    c.find(Locator::Css("[data-testid=translation-status]"))
        .await?
        .select_by_value("done")
        .await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "data-status", "done").await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "data-outdated", "false").await?;

    // The English source changes its last paragraph.
    click(c, "[data-testid=locale-tab-en-US]").await?;
    wait_attr(c, "[data-testid=locale-tab-en-US]", "aria-selected", "true").await?;
    type_at_end(c, " Bicycles too.").await?;
    saved(c).await?;

    // The French is outdated, and says which paragraph changed.
    wait_attr(c, "[data-testid=locale-tab-fr]", "data-outdated", "true").await?;
    click(c, "[data-testid=locale-tab-fr]").await?;
    text_of(c, "[data-testid=translation-outdated]").await?;
    click(c, "[data-testid=source-changes] summary").await?;
    let change = wait_text(
        c,
        "[data-testid=source-change][data-change=changed]",
        "the changed paragraph",
        |t| t.contains("Bicycles too."),
    )
    .await?;
    assert!(change.contains("Dogs travel free."), "{change}");
    let all = c
        .find_all(Locator::Css("[data-testid=source-change]"))
        .await?;
    assert_eq!(all.len(), 1, "only the changed paragraph is listed");
    screenshot(c, "desk-translation-outdated").await?;

    // Fixed, and marked up to date.
    type_at_end(c, " Les vélos aussi.").await?;
    saved(c).await?;
    click(c, "[data-testid=translation-up-to-date]").await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "data-outdated", "false").await?;
    assert!(
        c.find(Locator::Css("[data-testid=translation-outdated]"))
            .await
            .is_err(),
        "still flagged"
    );

    // The developer setting's pseudo-locales: a string that stays plain English was
    // never localised; the mirrored one lays the desk out right to left.
    click(c, "[data-testid=view-settings]").await?;
    click(c, "[data-testid=pseudo-locales]").await?;
    wait_seeing("ar-XB in the language menu", || async {
        let found = c
            .find(Locator::Css(
                "[data-testid=ui-language] option[value=ar-XB]",
            ))
            .await
            .is_ok();
        (format!("{found}"), found.then_some(()))
    })
    .await?;
    set_ui_language(c, "ar-XB", "rtl").await?;
    let tab = text_of(c, "[data-testid=view-write]").await?;
    assert!(!tab.is_empty() && !tab.contains("Write"), "{tab}");
    screenshot(c, "desk-pseudo-bidi").await?;
    c.find(Locator::Css("[data-testid=ui-language]"))
        .await?
        .select_by_value("en-US")
        .await?;
    wait_text(c, "[data-testid=view-write]", "English again", |t| {
        t == "Write"
    })
    .await?;
    Ok(())
}
