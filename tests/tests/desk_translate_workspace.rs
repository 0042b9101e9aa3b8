//! The Translate workspace in the built desk (issue 6): the dashboard lists every
//! article's languages; a French translation is made block by block beside the source
//! and marked done; the English source changes, and the changed paragraph is shown
//! highlighted with its old text; fixed and marked up to date; then another article's
//! translation takes a suggestion from the translation memory.

use anyhow::{Context, Result};
use dateline_protocol::Role;
use e2e::translate::{article_css, block, select, tr_saved, type_into, value_of};
use e2e::{
    Client, Locator, click, new_article, saved, screenshot, set_ui_language, test_keyring,
    type_at_end, wait_attr, wait_seeing, wait_text, with_connected_desk,
};
use std::time::Duration;

use fantoccini::actions::{
    Actions, InputSource, KeyAction, KeyActions, MOUSE_BUTTON_LEFT, MouseActions, PointerAction,
};
use fantoccini::key::Key;

#[tokio::test(flavor = "multi_thread")]
async fn translating_in_the_translate_workspace() -> Result<()> {
    with_connected_desk("desk-translate-workspace", Role::Editor, async |c, _| {
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
    set_ui_language(c, "ar", "rtl").await?;
    click(c, &ferry_fr).await?;
    screenshot(c, "desk-translate-workspace-rtl").await?;
    c.find(Locator::Css("[data-testid=ui-language]"))
        .await?
        .select_by_value("en-US")
        .await?;
    Ok(())
}

/// Typing into a translation and, at once (well within the autosave's second), going
/// elsewhere: another translation, another language of the same article, another
/// view, or typing right after coming back. Nothing typed may be lost: each field is
/// checked on screen after the translation is opened again (from the database), and in
/// the database once the desk is closed. Steps 1-5 and 3b, through WebDriver, never
/// lost anything; steps 6 and 7, a keystroke while the workspace loads a translation
/// (the old editor still on screen), did: the loaded text replaced it and the saver
/// holding it was thrown away unsaved. Then Write, reached by way of Publish, must show
/// what Translate stored; and an article moved to the bin keeps its translation on the
/// dashboard, flagged, still open to work on.
#[tokio::test(flavor = "multi_thread")]
async fn nothing_typed_is_lost_when_leaving_a_translation_at_once() -> Result<()> {
    let (data, expected) =
        with_connected_desk("desk-translate-leaving", Role::Editor, async |c, _| {
            leaving_at_once(c).await
        })
        .await?;

    let core = dateline_desk::Desk::open_with_keyring(data.path(), test_keyring())?;
    for (id, locale, what, text) in expected {
        let stored = core.text(id.parse()?, &locale)?;
        let field = if what == "title" {
            &stored.title
        } else {
            &stored.body
        };
        assert!(
            field.contains(&text),
            "{locale} {what} of {id} lost {text:?}: stored {field:?}"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paragraph_translated_out_of_turn_stays_beside_its_source() -> Result<()> {
    let (data, id) =
        with_connected_desk("desk-translate-out-of-turn", Role::Editor, async |c, _| {
            out_of_turn(c).await
        })
        .await?;
    let core = dateline_desk::Desk::open_with_keyring(data.path(), test_keyring())?;
    let stored = core.text(id.parse()?, "fr")?;
    assert_eq!(stored.body, "Les mouettes dormaient sur la rambarde.");
    assert_eq!(
        stored.block_sources,
        Some(vec!["Gulls slept on the rail.".to_owned()])
    );
    Ok(())
}

/// Translates only the last of three paragraphs, leaves and comes back: the text is
/// still beside the last source paragraph, not the first.
async fn out_of_turn(c: &Client) -> Result<String> {
    wait_text(c, "[data-testid=site-status]", "the site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    new_article(c, "Harbour wall").await?;
    type_at_end(
        c,
        "The tide came in at noon.\n\nThe wall held.\n\nGulls slept on the rail.",
    )
    .await?;
    saved(c).await?;
    click(c, "[data-testid=view-translate]").await?;
    let row = article_css(c, "Harbour wall").await?;
    let id = row
        .split('"')
        .nth(1)
        .context("an id in the selector")?
        .to_owned();
    open_translation(
        c,
        &format!("{row} [data-testid=tr-cell][data-locale=fr]"),
        &id,
        "fr",
    )
    .await?;
    type_into(c, &block(2), "Les mouettes dormaient sur la rambarde.").await?;
    tr_saved(c).await?;

    click(c, "[data-testid=view-write]").await?;
    click(c, "[data-testid=view-translate]").await?;
    let last = format!("{} textarea", block(2));
    expect_value(
        c,
        &last,
        "Les mouettes dormaient sur la rambarde.",
        "the last paragraph's translation beside it",
    )
    .await?;
    expect_value(
        c,
        &format!("{} textarea", block(0)),
        "",
        "the first still empty",
    )
    .await?;
    screenshot(c, "desk-translate-out-of-turn").await?;
    Ok(id)
}

/// What each step typed: (article id, locale, "title" or "body", text).
type Typed = Vec<(String, String, &'static str, String)>;

async fn leaving_at_once(c: &Client) -> Result<Typed> {
    wait_text(c, "[data-testid=site-status]", "the site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    new_article(c, "Lighthouse keeper").await?;
    type_at_end(
        c,
        "The lamp was lit at dusk.\n\nThe keeper wrote in the log.\n\nGulls slept on the rail.",
    )
    .await?;
    saved(c).await?;
    new_article(c, "Night market").await?;
    type_at_end(c, "Stalls open at eight.\n\nThe noodles sell out first.").await?;
    saved(c).await?;

    click(c, "[data-testid=view-translate]").await?;
    let lighthouse = article_css(c, "Lighthouse keeper").await?;
    let market = article_css(c, "Night market").await?;
    let id_of = |css: &str| {
        css.split('"')
            .nth(1)
            .map(str::to_owned)
            .context("an id in the selector")
    };
    let (lighthouse_id, market_id) = (id_of(&lighthouse)?, id_of(&market)?);
    let cell =
        |row: &str, locale: &str| format!("{row} [data-testid=tr-cell][data-locale={locale}]");
    let mut typed: Typed = Vec::new();

    // Opened once each so both French translations exist.
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;

    // 1. A block, then another translation at once.
    let text = "La lampe fut allumée au crépuscule.";
    type_now(c, &format!("{} textarea", block(0)), text).await?;
    click(c, &cell(&market, "fr")).await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    expect_value(
        c,
        &format!("{} textarea", block(0)),
        text,
        "block 1 after switching translations",
    )
    .await?;
    typed.push((lighthouse_id.clone(), "fr".into(), "body", text.into()));

    // 2. The headline, then another translation at once.
    let text = "Le gardien du phare";
    type_now(c, "[data-testid=tr-title]", text).await?;
    click(c, &cell(&market, "fr")).await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    expect_value(
        c,
        "[data-testid=tr-title]",
        text,
        "the headline after switching translations",
    )
    .await?;
    typed.push((lighthouse_id.clone(), "fr".into(), "title", text.into()));

    // 3. A block, then another language of the same article at once.
    let text = "Le gardien écrivit dans le journal de bord.";
    type_now(c, &format!("{} textarea", block(1)), text).await?;
    click(c, &cell(&lighthouse, "de")).await?;
    open_translation(c, &cell(&lighthouse, "de"), &lighthouse_id, "de").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    expect_value(
        c,
        &format!("{} textarea", block(1)),
        text,
        "block 2 after switching languages",
    )
    .await?;
    typed.push((lighthouse_id.clone(), "fr".into(), "body", text.into()));

    // 3b. Typing and the click on another translation in one WebDriver action chain, so
    // no round trip comes between the last keystroke and the click.
    let text = "Les mouettes dormaient sur la rambarde.";
    let area = format!("{} textarea", block(2));
    c.find(Locator::Css(&area)).await?.click().await?;
    let target = c.find(Locator::Css(&cell(&market, "fr"))).await?;
    let mut keys = KeyActions::new("keyboard".into());
    let mut mouse = MouseActions::new("mouse".into());
    for ch in text.chars() {
        keys = keys
            .then(KeyAction::Down { value: ch })
            .then(KeyAction::Up { value: ch });
        mouse = mouse.pause(Duration::ZERO).pause(Duration::ZERO);
    }
    mouse = mouse
        .then(PointerAction::MoveToElement {
            element: target,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(Actions::from(keys).and(mouse)).await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    expect_value(c, &area, text, "block 3 typed and left in one action chain").await?;
    typed.push((lighthouse_id.clone(), "fr".into(), "body", text.into()));

    // 4. A block, then Ctrl+1 (Write) at once, and back. (Blocks are filled in order:
    // they are matched to the source's by position.)
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    let text = "Les étals ouvrent à huit heures.";
    let area = format!("{} textarea", block(0));
    type_now(c, &area, text).await?;
    let (ctrl, null) = (char::from(Key::Control), char::from(Key::Null));
    c.find(Locator::Css(&area))
        .await?
        .send_keys(&format!("{ctrl}1{null}"))
        .await?;
    wait_attr(c, "[data-testid=view-write]", "aria-selected", "true").await?;
    click(c, "[data-testid=view-translate]").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    expect_value(c, &area, text, "block 1 after going to Write and back").await?;
    typed.push((market_id.clone(), "fr".into(), "body", text.into()));

    // 5. Back from Write, typing at once while the workspace loads the translation again.
    click(c, "[data-testid=view-write]").await?;
    wait_attr(c, "[data-testid=view-write]", "aria-selected", "true").await?;
    click(c, "[data-testid=view-translate]").await?;
    wait_attr(c, "[data-testid=view-translate]", "aria-selected", "true").await?;
    let text = "Les nouilles partent en premier.";
    let area = format!("{} textarea", block(1));
    type_now(c, &area, text).await?;
    // Past the autosave's second, so a reload with the text as it was has had its chance.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    expect_value(c, &area, text, "block 2 typed on coming back").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    expect_value(c, &area, text, "block 2 typed on coming back, opened again").await?;
    typed.push((market_id.clone(), "fr".into(), "body", text.into()));

    // 6. The same, without WebDriver's round trips: a keystroke lands in the block the
    // moment after the view shows again, while the translation is still being loaded.
    click(c, "[data-testid=view-write]").await?;
    wait_attr(c, "[data-testid=view-write]", "aria-selected", "true").await?;
    let text = " Au marché de nuit.";
    let area = format!("{} textarea", block(1));
    let area_now = value_of(c, &area).await?;
    keystroke_after(c, "[data-testid=view-translate]", 1, text).await?;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let want = format!("{area_now}{text}");
    expect_value(c, &area, &want, "block 2 typed while loading").await?;
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    expect_value(c, &area, &want, "block 2 typed while loading, opened again").await?;
    typed.push((market_id.clone(), "fr".into(), "body", want));

    // 7. Another translation clicked, and one more keystroke in this one before the other
    // has loaded: it belongs to this one, and is kept.
    let text = " Et le poisson grillé.";
    keystroke_after(c, &cell(&lighthouse, "fr"), 1, text).await?;
    let want = format!(
        "{}{text}",
        typed.last().map(|t| t.3.clone()).unwrap_or_default()
    );
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    expect_value(
        c,
        &area,
        &want,
        "block 2 typed while another translation loads",
    )
    .await?;
    typed.push((market_id.clone(), "fr".into(), "body", want));

    // Write's editor showing the same translation sees what Translate stored, also when
    // the way back to Write passes through another view: an edit there must not save
    // the text it loaded before over it.
    click(c, "[data-testid=view-write]").await?;
    click(c, "[data-testid=locale-tab-fr]").await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "aria-selected", "true").await?;
    click(c, "[data-testid=view-translate]").await?;
    let first = format!("{} textarea", block(0));
    let text = " Dès la nuit tombée.";
    type_now(c, &first, text).await?;
    tr_saved(c).await?;
    click(c, "[data-testid=view-publish]").await?;
    wait_attr(c, "[data-testid=view-publish]", "aria-selected", "true").await?;
    click(c, "[data-testid=view-write]").await?;
    wait_text(
        c,
        "[data-testid=body-editor] .cm-content",
        "the translation in Write",
        |t| t.contains(text.trim()),
    )
    .await?;
    click(c, "[data-testid=locale-tab-en-US]").await?;
    wait_attr(c, "[data-testid=locale-tab-en-US]", "aria-selected", "true").await?;
    typed.push((
        market_id.clone(),
        "fr".into(),
        "body",
        format!("Les étals ouvrent à huit heures.{text}"),
    ));

    // 8. The source goes to the bin: the translation stays on the dashboard, flagged,
    // with no missing languages offered, and it can still be opened and worked on.
    click(c, "[data-testid=view-write]").await?;
    wait_attr(c, "[data-testid=view-write]", "aria-selected", "true").await?;
    click(c, "[data-testid=more-actions]").await?;
    click(c, "[data-testid=delete]").await?;
    click(c, "[data-testid=delete-confirm-yes]").await?;
    wait_text(c, "[data-testid=undo-delete]", "the undo button", |_| true).await?;
    click(c, "[data-testid=view-translate]").await?;
    wait_text(
        c,
        &format!("{market} [data-testid=tr-row-source-deleted]"),
        "the market flagged",
        |t| t == "Source deleted",
    )
    .await?;
    let cells = c
        .find_all(Locator::Css(&format!("{market} [data-testid=tr-cell]")))
        .await?;
    assert_eq!(cells.len(), 1, "only the French translation it has");
    open_translation(c, &cell(&lighthouse, "fr"), &lighthouse_id, "fr").await?;
    open_translation(c, &cell(&market, "fr"), &market_id, "fr").await?;
    wait_text(c, "[data-testid=tr-source-deleted]", "the note", |t| {
        t.contains("deleted")
    })
    .await?;
    let text = " Fin.";
    let before = value_of(c, &area).await?;
    type_now(c, &area, text).await?;
    tr_saved(c).await?;
    let want = format!("{before}{text}");
    typed.push((market_id.clone(), "fr".into(), "body", want));
    screenshot(c, "desk-translate-source-deleted").await?;

    // Brought back from here: the flag goes, and the article is in Write's list again.
    click(c, "[data-testid=tr-restore-source]").await?;
    wait_seeing("the flag gone", || async {
        let n = c
            .find_all(Locator::Css(&format!(
                "{market} [data-testid=tr-row-source-deleted]"
            )))
            .await
            .map(|v| v.len());
        (format!("{n:?}"), matches!(n, Ok(0)).then_some(()))
    })
    .await?;
    click(c, "[data-testid=view-write]").await?;
    wait_text(
        c,
        &format!("[data-testid=article-item][data-id=\"{market_id}\"]"),
        "the market back in the list",
        |t| t.contains("Night market"),
    )
    .await?;
    Ok(typed)
}

/// Clicks `css` in the page, and once the translate workspace is visible, types `text`
/// at the end of the block `index` as one keystroke would (an input event), right
/// after whatever the click started (one turn of the event loop later), with no
/// WebDriver round trip in between.
async fn keystroke_after(c: &Client, css: &str, index: usize, text: &str) -> Result<()> {
    c.execute_async(
        r#"const [css, index, text, done] = arguments;
const ws = document.querySelector("[data-testid=translate-workspace]");
const type = () => {
  const area = document.querySelector(`[data-testid=tr-block][data-index="${index}"] textarea`);
  area.focus();
  area.value += text;
  area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  done(area.value);
};
const whenShown = () => (ws.hidden ? requestAnimationFrame(whenShown) : setTimeout(type, 0));
document.querySelector(css).click();
setTimeout(whenShown, 0);"#,
        vec![
            serde_json::Value::from(css),
            serde_json::Value::from(index),
            serde_json::Value::from(text),
        ],
    )
    .await?;
    Ok(())
}

/// Clicks the cell `css` (unless that translation is open already) and waits for the
/// editor to show the article `id` in `locale`.
async fn open_translation(c: &Client, css: &str, id: &str, locale: &str) -> Result<()> {
    click(c, css).await?;
    wait_seeing(&format!("{id} {locale} in the editor"), || async {
        let (mut shown_id, mut shown_locale) = (String::new(), String::new());
        if let Ok(el) = c.find(Locator::Css("[data-testid=tr-editor]")).await {
            shown_id = el.attr("data-id").await.ok().flatten().unwrap_or_default();
            shown_locale = el
                .attr("data-locale")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
        }
        let hit = (shown_id == id && shown_locale == locale).then_some(());
        (format!("{shown_id} {shown_locale}"), hit)
    })
    .await
}

/// Clicks the field `css` and types `text` at its end, without waiting for anything.
async fn type_now(c: &Client, css: &str, text: &str) -> Result<()> {
    let field = c.wait().for_element(Locator::Css(css)).await?;
    field.click().await?;
    let (ctrl, end, null) = (
        char::from(Key::Control),
        char::from(Key::End),
        char::from(Key::Null),
    );
    field.send_keys(&format!("{ctrl}{end}{null}")).await?;
    field.send_keys(text).await?;
    Ok(())
}

/// Waits for the field `css` to hold exactly `text`.
async fn expect_value(c: &Client, css: &str, text: &str, what: &str) -> Result<()> {
    wait_seeing(what, || async {
        let v = value_of(c, css).await.unwrap_or_default();
        let hit = (v == text).then_some(());
        (v, hit)
    })
    .await
}
