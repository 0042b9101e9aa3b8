//! The Translate workspace in the built desk (issue 6): the dashboard lists every
//! article's languages; a French translation is made block by block beside the source
//! and marked done; the English source changes, and the changed paragraph is shown
//! highlighted with its old text; fixed and marked up to date; then another article's
//! translation takes a suggestion from the translation memory.

use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use dateline_protocol::Role;
use e2e::{
    Client, Desk, Locator, TestSite, binary, click, failure_screenshot, new_article, saved,
    screenshot, type_at_end, wait_attr, wait_seeing, wait_text,
};
use fantoccini::key::Key;

#[tokio::test(flavor = "multi_thread")]
async fn translating_in_the_translate_workspace() -> Result<()> {
    let site = TestSite::start().await?;
    let data = tempfile::tempdir()?;
    let mut connect = Command::new(binary("dateline"))
        .args(["connect", &site.url])
        .env("DATELINE_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    writeln!(
        connect.stdin.take().context("stdin")?,
        "{}",
        site.token(Role::Editor)?
    )?;
    if !connect.wait()?.success() {
        bail!("dateline connect failed");
    }
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let result = session(c).await;
    let result = failure_screenshot(c, "desk-translate-workspace-failure", result).await;
    desk.quit().await?;
    site.stop().await;
    result
}

async fn session(c: &Client) -> Result<()> {
    wait_text(c, "[data-testid=site-status]", "the site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    // Two articles sharing a paragraph; the second stays open in Write.
    new_article(c, "Harbour news").await?;
    type_at_end(
        c,
        "The harbour council met on Tuesday.\n\nThe ferry leaves at six.",
    )
    .await?;
    saved(c).await?;
    new_article(c, "Ferry timetable").await?;
    type_at_end(
        c,
        "The ferry leaves at six.\n\nTickets cost two euros.\n\nDogs travel free.",
    )
    .await?;
    saved(c).await?;

    // The dashboard: French is missing for both.
    click(c, "[data-testid=view-translate]").await?;
    let ferry = article_css(c, "Ferry timetable").await?;
    let harbour = article_css(c, "Harbour news").await?;
    let ferry_fr = format!("{ferry} [data-testid=tr-cell][data-locale=fr]");
    let harbour_fr = format!("{harbour} [data-testid=tr-cell][data-locale=fr]");
    wait_attr(c, &ferry_fr, "data-state", "missing").await?;
    click(c, "[data-testid=tr-filter-outdated]").await?;
    wait_text(c, "[data-testid=tr-empty]", "nothing outdated yet", |t| {
        !t.is_empty()
    })
    .await?;
    click(c, "[data-testid=tr-filter-outdated]").await?;

    // Translating the timetable into French, block by block.
    click(c, &ferry_fr).await?;
    wait_attr(c, "[data-testid=tr-editor]", "data-locale", "fr").await?;
    type_into(c, "[data-testid=tr-title]", "Horaires du bac").await?;
    for (i, text) in [
        "Le bac part à six heures.",
        "Le billet coûte deux euros.",
        "Les chiens voyagent gratuitement.",
    ]
    .iter()
    .enumerate()
    {
        type_into(c, &block(i), text).await?;
    }
    tr_saved(c).await?;
    wait_attr(c, &ferry_fr, "data-state", "in_progress").await?;
    select(c, "[data-testid=tr-status]", "done").await?;
    wait_attr(c, &ferry_fr, "data-state", "done").await?;

    // The English source changes its last paragraph in Write.
    click(c, "[data-testid=view-write]").await?;
    type_at_end(c, " Bicycles too.").await?;
    saved(c).await?;

    // Back in Translate: outdated, with the changed paragraph highlighted.
    click(c, "[data-testid=view-translate]").await?;
    wait_attr(c, &ferry_fr, "data-state", "outdated").await?;
    click(c, "[data-testid=tr-filter-outdated]").await?;
    let rows = c.find_all(Locator::Css("[data-testid=tr-article]")).await?;
    assert_eq!(rows.len(), 1, "only the timetable is outdated");
    click(c, "[data-testid=tr-filter-outdated]").await?;
    wait_text(c, "[data-testid=tr-outdated]", "the outdated note", |t| {
        !t.is_empty()
    })
    .await?;
    let changed = wait_text(
        c,
        "[data-testid=tr-source-block][data-change=changed]",
        "the changed paragraph",
        |t| t.contains("Bicycles too."),
    )
    .await?;
    assert!(changed.contains("Dogs travel free."), "{changed}");
    let marked = c
        .find_all(Locator::Css(
            "[data-testid=tr-source-block]:not([data-change=same])",
        ))
        .await?;
    assert_eq!(marked.len(), 1, "only the changed paragraph is marked");
    screenshot(c, "desk-translate-workspace-outdated").await?;

    // Fixed, and marked up to date.
    type_into(c, &block(2), " Les vélos aussi.").await?;
    tr_saved(c).await?;
    click(c, "[data-testid=tr-up-to-date]").await?;
    wait_attr(c, &ferry_fr, "data-state", "done").await?;
    assert!(
        c.find(Locator::Css("[data-testid=tr-outdated]"))
            .await
            .is_err(),
        "still flagged"
    );

    // The harbour news: its ferry paragraph was translated in the timetable.
    click(c, &harbour_fr).await?;
    wait_seeing("the harbour news open", || async {
        let id = match c.find(Locator::Css("[data-testid=tr-editor]")).await {
            Ok(el) => el.attr("data-id").await.ok().flatten().unwrap_or_default(),
            Err(_) => String::new(),
        };
        let hit = harbour.contains(&id) && !id.is_empty();
        (id, hit.then_some(()))
    })
    .await?;
    click(c, &format!("{} textarea", block(1))).await?;
    let suggestion = wait_text(
        c,
        "[data-testid=tr-suggestion][data-score=\"100\"]",
        "the memory's suggestion",
        |t| t.contains("Le bac part à six heures."),
    )
    .await?;
    assert!(suggestion.contains("100"), "{suggestion}");
    click(c, "[data-testid=tr-suggestion]").await?;
    wait_seeing("the suggestion in the block", || async {
        let v = value_of(c, &format!("{} textarea", block(1)))
            .await
            .unwrap_or_default();
        let hit = (v == "Le bac part à six heures.").then_some(());
        (v, hit)
    })
    .await?;
    type_into(c, "[data-testid=tr-title]", "Nouvelles du port").await?;
    type_into(c, &block(0), "Le conseil portuaire s’est réuni mardi.").await?;
    tr_saved(c).await?;
    select(c, "[data-testid=tr-status]", "done").await?;
    wait_attr(c, &harbour_fr, "data-state", "done").await?;
    click(c, "[data-testid=tr-preview-toggle]").await?;
    wait_text(c, "[data-testid=tr-preview]", "the preview", |t| {
        t.contains("Le bac part à six heures.")
    })
    .await?;
    click(c, &format!("{} textarea", block(1))).await?;
    wait_text(
        c,
        "[data-testid=tr-suggestion]",
        "the suggestion again",
        |t| t.contains("100"),
    )
    .await?;
    screenshot(c, "desk-translate-workspace-memory").await?;

    // Right to left: the workspace in Arabic.
    c.find(Locator::Css("[data-testid=ui-language]"))
        .await?
        .select_by_value("ar")
        .await?;
    wait_seeing("a right-to-left desk", || async {
        let dir = c
            .execute("return document.documentElement.dir;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        (dir.clone(), (dir == "rtl").then_some(()))
    })
    .await?;
    click(c, &ferry_fr).await?;
    screenshot(c, "desk-translate-workspace-rtl").await?;
    c.find(Locator::Css("[data-testid=ui-language]"))
        .await?
        .select_by_value("en-US")
        .await?;
    Ok(())
}

/// The dashboard row of the article titled `title`, as a CSS selector.
async fn article_css(c: &Client, title: &str) -> Result<String> {
    let id = wait_seeing(&format!("{title} on the dashboard"), || async {
        let id = c
            .execute(
                "return [...document.querySelectorAll('[data-testid=tr-article]')]
                   .find((e) => e.querySelector('.title').innerText === arguments[0])
                   ?.dataset.id ?? '';",
                vec![serde_json::Value::from(title)],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        (id.clone(), (!id.is_empty()).then_some(id))
    })
    .await?;
    Ok(format!("[data-testid=tr-article][data-id=\"{id}\"]"))
}

fn block(i: usize) -> String {
    format!("[data-testid=tr-block][data-index=\"{i}\"]")
}

/// Types `text` at the end of the field `css` (a block's textarea for a block).
async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
    let css = if css.contains("tr-block") {
        format!("{css} textarea")
    } else {
        css.to_owned()
    };
    let field = c.wait().for_element(Locator::Css(&css)).await?;
    field.click().await?;
    let (ctrl, end, null) = (
        char::from(Key::Control),
        char::from(Key::End),
        char::from(Key::Null),
    );
    field.send_keys(&format!("{ctrl}{end}{null}")).await?;
    field.send_keys(text).await?;
    wait_seeing(&format!("{text} in {css}"), || async {
        let v = value_of(c, &css).await.unwrap_or_default();
        let hit = v.ends_with(text).then_some(());
        (v, hit)
    })
    .await
}

async fn value_of(c: &Client, css: &str) -> Result<String> {
    let el = c.find(Locator::Css(css)).await?;
    let v = c
        .execute(
            "return arguments[0].value;",
            vec![serde_json::to_value(&el)?],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

async fn select(c: &Client, css: &str, value: &str) -> Result<()> {
    c.wait()
        .for_element(Locator::Css(css))
        .await?
        .select_by_value(value)
        .await?;
    Ok(())
}

async fn tr_saved(c: &Client) -> Result<()> {
    wait_text(
        c,
        "[data-testid=tr-save-state]",
        "the translation saved",
        |t| t == "Saved",
    )
    .await?;
    Ok(())
}
