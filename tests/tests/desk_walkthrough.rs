//! Issue 13's walkthrough through the built desk, with no restart: write an article with
//! a cut from the toolbar, publish it at Premium, translate it into French, change the
//! source, publish French. Each view must show at once what another one just changed:
//! the tier set in Publish on the queue's row, a translation marked done in Translate
//! among the languages to publish, an edit after publishing as changes not yet sent (in
//! Write and in Publish), until the update goes out. The French cut stands after the
//! same paragraph as the English one, on the site too. The preview's header is the
//! site's: the same byline, date and reading time, in the site's type. And a long
//! headline wraps.

use anyhow::{Context, Result};
use dateline_protocol::Role;
use e2e::publish::{pick, public_url};
use e2e::translate::{article_css, block, select, tr_saved, type_into};
use e2e::{
    Client, Locator, click, new_article, saved, screenshot, type_at_end, wait_attr, wait_seeing,
    wait_text, with_connected_desk,
};

const TITLE: &str = "Harbour cranes fall silent";
const BYLINE: &str = "Ines Marlowe";
const EN: [&str; 4] = [
    "The cranes on the east quay stopped at dawn.",
    "Dockers gathered by the gate with flasks of tea.",
    "The union's letter names three demands.",
    "Talks resume on Thursday.",
];
const FR: [&str; 4] = [
    "Les grues du quai est se sont arrêtées à l’aube.",
    "Les dockers se sont réunis près du portail avec du thé.",
    "La lettre du syndicat énonce trois revendications.",
    "Les discussions reprennent jeudi.",
];

#[tokio::test(flavor = "multi_thread")]
async fn write_publish_translate_change_and_publish_again_without_a_restart() -> Result<()> {
    with_connected_desk("desk-walkthrough", Role::Editor, async |c, _| {
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

    // Write: two free paragraphs, the cut from the toolbar, two paid ones.
    new_article(c, TITLE).await?;
    type_at_end(c, &format!("{}\n\n{}", EN[0], EN[1])).await?;
    click(c, "[data-testid=toolbar] [data-action=paywall]").await?;
    type_at_end(c, &format!("{}\n\n{}", EN[2], EN[3])).await?;
    saved(c).await?;
    click(c, "[data-testid=metadata-toggle]").await?;
    type_into(c, "[data-testid=byline]", BYLINE).await?;
    click(c, "[data-testid=metadata-toggle]").await?;
    saved(c).await?;

    // Publish lists the draft, and says how a draft reaches review.
    click(c, "[data-testid=view-publish]").await?;
    click(c, "[data-testid=queue-state-draft]").await?;
    wait_text(
        c,
        "[data-testid=queue-row]",
        "the draft in the queue",
        |t| t.contains(TITLE),
    )
    .await?;
    wait_text(
        c,
        "[data-testid=queue-draft-note]",
        "how drafts move",
        |t| t.contains("Send to review"),
    )
    .await?;
    click(c, "[data-testid=view-write]").await?;
    click(c, "[data-testid=workflow][data-next=in_review]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=workflow-state].state-in_review"))
        .await?;

    // Publish: the tier set in the panel is on the queue's row at once.
    click(c, "[data-testid=view-publish]").await?;
    click(c, "[data-testid=queue-state-in_review]").await?;
    let row = pick(c, TITLE).await?;
    select(c, "[data-testid=publish-tier]", "premium").await?;
    wait_text(c, &format!("{row} .tier-pill"), "the row's tier", |t| {
        t.contains("Premium")
    })
    .await?;
    click(c, "[data-testid=publish-submit]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    wait_attr(c, "[data-testid=publication-state]", "data-state", "live").await?;
    let english_url = public_url(c, "en-US").await?;
    assert!(
        c.find(Locator::Css("[data-testid=unsent-changes]"))
            .await
            .is_err(),
        "nothing is waiting right after publishing"
    );

    // Translate: the cut is a fixed row, not a field to retype.
    click(c, "[data-testid=view-translate]").await?;
    let fr = format!(
        "{} [data-testid=tr-cell][data-locale=fr]",
        article_css(c, TITLE).await?
    );
    click(c, &fr).await?;
    wait_attr(c, "[data-testid=tr-editor]", "data-locale", "fr").await?;
    wait_attr(c, &block(2), "data-cut", "true").await?;
    assert!(
        c.find(Locator::Css(&format!("{} textarea", block(2))))
            .await
            .is_err(),
        "the cut row has no field"
    );
    type_into(c, "[data-testid=tr-title]", "Les grues du port se taisent").await?;
    for (i, text) in [(0, FR[0]), (1, FR[1]), (3, FR[2]), (4, FR[3])] {
        type_into(c, &block(i), text).await?;
    }
    tr_saved(c).await?;
    select(c, "[data-testid=tr-status]", "done").await?;
    wait_attr(c, &fr, "data-state", "done").await?;
    screenshot(c, "desk-walkthrough-translate-cut").await?;

    // Publish: French, just done, is offered and ticked.
    click(c, "[data-testid=view-publish]").await?;
    wait_checked(c, "fr").await?;
    click(c, "[data-testid=publish-update]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    let french_url = public_url(c, "fr").await?;

    // Write: the source changes after publishing; Write says the site lacks it.
    click(c, "[data-testid=view-write]").await?;
    type_at_end(c, " The port authority declined to comment.").await?;
    saved(c).await?;
    wait_text(
        c,
        "[data-testid=unsent-changes]",
        "changes not sent, in Write",
        |t| !t.is_empty(),
    )
    .await?;
    screenshot(c, "desk-walkthrough-unsent").await?;
    preview_is_the_page(c, &english_url).await?;

    // Publish says so too, and French is outdated.
    click(c, "[data-testid=view-publish]").await?;
    wait_text(
        c,
        "[data-testid=publish-panel] [data-testid=unsent-changes]",
        "changes not sent, in Publish",
        |t| !t.is_empty(),
    )
    .await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=publish-outdated-fr]"))
        .await?;

    // Translate: brought up to date.
    click(c, "[data-testid=view-translate]").await?;
    click(c, &fr).await?;
    wait_attr(c, &fr, "data-state", "outdated").await?;
    type_into(c, &block(4), " L’autorité portuaire n’a pas commenté.").await?;
    tr_saved(c).await?;
    click(c, "[data-testid=tr-up-to-date]").await?;
    wait_attr(c, &fr, "data-state", "done").await?;

    // Publish both: once sent, nothing waits.
    click(c, "[data-testid=view-publish]").await?;
    wait_checked(c, "fr").await?;
    wait_seeing("French no longer outdated", || async {
        let gone = c
            .find(Locator::Css("[data-testid=publish-outdated-fr]"))
            .await
            .is_err();
        ("outdated".to_owned(), gone.then_some(()))
    })
    .await?;
    click(c, "[data-testid=publish-update]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    nothing_waiting(c, "no changes waiting after the update").await?;
    click(c, "[data-testid=view-write]").await?;
    nothing_waiting(c, "Write shows nothing waiting either").await?;
    // The tooltips of the controls at the window's end open toward its start, so they
    // stay on screen.
    let ends = e2e::eval(
        c,
        "return ['[data-testid=toolbar] [data-action=paywall]', '.toolbar.second .icon-button']
           .map((css) => getComputedStyle(document.querySelector(css), '::after').right);",
    )
    .await?;
    assert_eq!(
        ends,
        serde_json::json!(["0px", "0px"]),
        "tooltips anchored at the end"
    );

    // A long headline wraps in Write: all of it stays in sight.
    click(c, "[data-testid=view-write]").await?;
    new_article(
        c,
        "Night shift at the container terminal ends early as port strike enters its second week",
    )
    .await?;
    let lines = e2e::eval(
        c,
        "const el = document.querySelector('[data-testid=title]');
         const line = parseFloat(getComputedStyle(el).lineHeight);
         return el.scrollHeight <= el.clientHeight + 2 ? el.clientHeight / line : 0;",
    )
    .await?;
    let lines = lines.as_f64().unwrap_or_default();
    assert!(
        lines >= 1.9,
        "the headline shows {lines} lines, not all of it"
    );
    screenshot(c, "desk-walkthrough-long-headline").await?;

    // In Arabic the Details disclosure follows the right-to-left way: pointing left
    // closed, down open.
    e2e::set_ui_language(c, "ar", "rtl").await?;
    let chevron =
        "getComputedStyle(document.querySelector('[data-testid=metadata-toggle] .chevron'))";
    let turned = |js: &'static str| format!("const s = {chevron}; return {js};");
    let closed = e2e::eval(c, &turned("[s.scale, s.rotate]")).await?;
    click(c, "[data-testid=metadata-toggle]").await?;
    wait_attr(c, "[data-testid=metadata-toggle]", "aria-expanded", "true").await?;
    assert_eq!(
        closed,
        serde_json::json!(["-1 1", "none"]),
        "closed, in Arabic"
    );
    // Once its turn (a short transition) is over.
    e2e::wait_seeing("the open chevron pointing down", || async {
        let open = e2e::eval(c, &turned("[s.scale, s.rotate]"))
            .await
            .unwrap_or_default();
        let hit = (open == serde_json::json!(["-1 1", "-90deg"])).then_some(());
        (open.to_string(), hit)
    })
    .await?;
    click(c, "[data-testid=metadata-toggle]").await?;
    e2e::set_ui_language(c, "en-US", "ltr").await?;

    // The site's pill leads to Settings, where the site is set up.
    click(c, "[data-testid=site-status]").await?;
    wait_attr(c, "[data-testid=view-settings]", "aria-selected", "true").await?;

    // An anonymous reader of the French page gets the two free paragraphs, and not the
    // paid ones: the cut is where the source has it.
    let page = reqwest::get(&french_url).await?.text().await?;
    assert!(page.contains("Les dockers se sont réunis"), "{page}");
    assert!(!page.contains("La lettre du syndicat"), "{page}");
    Ok(())
}

/// The preview's header says what the site's page says (byline, date, reading time),
/// and its body is set in the site's type.
async fn preview_is_the_page(c: &Client, url: &str) -> Result<()> {
    let page = reqwest::get(url).await?.text().await?;
    let (byline, date, reading) = {
        let html = scraper::Html::parse_document(&page);
        let text = |css: &str| {
            let selector = scraper::Selector::parse(css).unwrap();
            html.select(&selector)
                .next()
                .map(|el| el.text().collect::<String>().trim().to_owned())
                .with_context(|| format!("{css} on the site's page"))
        };
        (
            text("[data-testid=byline]")?,
            text("[data-testid=published]")?,
            text(".meta .reading-time")?,
        )
    };
    assert!(byline.contains(BYLINE), "{byline}");
    for (css, site) in [
        ("[data-testid=preview-byline]", &byline),
        ("[data-testid=preview-date]", &date),
        ("[data-testid=preview-reading-time]", &reading),
    ] {
        wait_text(c, css, css, |t| t.trim() == site.as_str()).await?;
    }

    // The body's type is the site's --serif, from the one stylesheet both use.
    let sheet = dateline_render::ARTICLE_STYLESHEET;
    let serif = sheet
        .split_once("--serif:")
        .and_then(|(_, rest)| rest.split_once(';'))
        .map(|(stack, _)| stack)
        .context("--serif in article.css")?;
    let bare = |s: &str| s.replace(['"', '\'', ' '], "");
    let shown = e2e::eval(
        c,
        "return [...document.querySelectorAll('[data-testid=preview-body] p, .preview .headline')]
           .map((el) => getComputedStyle(el).fontFamily);",
    )
    .await?;
    let shown: Vec<String> = serde_json::from_value(shown)?;
    assert!(shown.len() > 2, "{shown:?}");
    for family in shown {
        assert_eq!(bare(&family), bare(serif), "the preview's type");
    }
    Ok(())
}

/// Waits until no view shows changes waiting to be sent.
async fn nothing_waiting(c: &Client, what: &str) -> Result<()> {
    wait_seeing(what, || async {
        let waiting = c
            .find(Locator::Css("[data-testid=unsent-changes]"))
            .await
            .is_ok();
        ("changes waiting".to_owned(), (!waiting).then_some(()))
    })
    .await
}

/// Waits until the panel offers `locale` ticked.
async fn wait_checked(c: &Client, locale: &str) -> Result<()> {
    let css = format!("[data-testid=publish-locale-{locale}]");
    wait_seeing(&format!("{locale} ticked to publish"), || async {
        let checked = match c.find(Locator::Css(&css)).await {
            Ok(el) => el.prop("checked").await.ok().flatten(),
            Err(_) => None,
        };
        let seen = checked.clone().unwrap_or_else(|| "not offered".into());
        (seen, (checked.as_deref() == Some("true")).then_some(()))
    })
    .await
}
