//! Issue 5 through the built desk (tauri-driver + WebKitWebDriver under Xvfb) and the
//! site in headless Chromium: add the local site in Settings, write an article with a
//! French translation at tier Supporter with a cut, publish both locales from the
//! Publish workspace, check what each kind of reader gets; schedule a second article a
//! couple of minutes ahead, see it appear at its time, and unpublish it.

use std::time::Duration;

use anyhow::{Context, Result};
use chrono::{Timelike, Utc};
use dateline_protocol::Role;
use e2e::publish::pick;
use e2e::{
    Chromium, Client, Desk, Locator, TestSite, click, failure_screenshot, html_sent, inner_text,
    new_article, saved, screenshot, sign_in, text_of, wait_attr, wait_for, wait_seeing, wait_text,
};
use fantoccini::key::Key;

const FREE_EN: &str = "The ferry resumed its night crossings on Monday";
const PAID_EN: &str = "Orlanda Vesk signed the crew rota";
const FREE_FR: &str = "Le bac a repris ses traversées de nuit lundi";
const PAID_FR: &str = "Orlanda Vesk a signé le tableau des équipes";
const PASSWORD: &str = "tide-and-timber-42";

#[tokio::test(flavor = "multi_thread")]
async fn add_the_site_publish_two_locales_schedule_and_unpublish() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let token = site.token(Role::Editor);
    let data = tempfile::tempdir()?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let result = session(c, &site, &token).await;
    let result = failure_screenshot(c, "desk-publish-failure", result).await;
    desk.quit().await?;
    let urls = result?;

    // The token went to the keyring and nowhere in the desk's folder.
    for entry in std::fs::read_dir(data.path())? {
        let path = entry?.path();
        if path.is_file() {
            let bytes = std::fs::read(&path)?;
            assert!(
                !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
                "the token is in {}",
                path.display()
            );
        }
    }

    // Each kind of reader, in a real browser: the free part for everyone, the paid part
    // only from Supporter up, in both languages.
    site.add_subscriber("member@example.org", PASSWORD, "members");
    site.add_subscriber("supporter@example.org", PASSWORD, "supporter");
    for reader in ["anonymous", "members", "supporter"] {
        let browser = Chromium::start().await?;
        let b = &browser.client;
        let checked = async {
            if reader != "anonymous" {
                let email = format!("{}@example.org", reader.trim_end_matches('s'));
                sign_in(b, &site, "en-US", &email, PASSWORD).await?;
            }
            for (locale, free, paid) in [("en-US", FREE_EN, PAID_EN), ("fr", FREE_FR, PAID_FR)] {
                let url = &urls[locale];
                b.goto(url).await?;
                let body = text_of(b, "[data-testid=article-body]").await?;
                assert!(body.contains(free), "{reader} {locale}: {body}");
                let sent = html_sent(b, url).await?;
                let entitled = reader == "supporter";
                assert_eq!(body.contains(paid), entitled, "{reader} {locale}: {body}");
                assert_eq!(
                    sent.contains(paid),
                    entitled,
                    "{reader} {locale}: what was sent"
                );
                if !entitled {
                    text_of(b, "[data-testid=subscribe-box]").await?;
                }
            }
            screenshot(b, &format!("desk-published-as-{reader}")).await
        };
        let checked = failure_screenshot(
            b,
            &format!("desk-published-{reader}-failure"),
            checked.await,
        )
        .await;
        let _ = b.clone().close().await;
        checked?;
    }
    site.stop().await;
    Ok(())
}

/// Drives the desk; answers the first article's public address per locale.
async fn session(
    c: &Client,
    site: &TestSite,
    token: &str,
) -> Result<std::collections::BTreeMap<String, String>> {
    // 1. Settings: add the site; its description is shown and kept.
    click(c, "[data-testid=view-settings]").await?;
    fill(c, "[data-testid=site-url]", &site.base).await?;
    fill(c, "[data-testid=site-token]", token).await?;
    click(c, "[data-testid=site-add]").await?;
    let row = wait_text(c, "[data-testid=site-row]", "the added site", |t| {
        t.contains("The Lantern Courier")
    })
    .await?;
    assert!(row.contains("Editor"), "{row}");
    assert!(row.contains("Europe/Berlin"), "the site's time zone: {row}");
    let field = c.find(Locator::Css("[data-testid=site-token]")).await?;
    assert_eq!(
        field.prop("value").await?.unwrap_or_default(),
        "",
        "the token stays in the field"
    );
    screenshot(c, "desk-settings-site").await?;

    // 2. Write: the source at Supporter with a cut, and a French translation marked done.
    click(c, "[data-testid=view-write]").await?;
    new_article(c, "Night ferry back on the water").await?;
    type_body(c, &[FREE_EN, "", "<!-- paywall -->", "", PAID_EN]).await?;
    c.find(Locator::Css("[data-testid=tier]"))
        .await?
        .select_by_value("supporter")
        .await?;
    saved(c).await?;
    click(c, "[data-testid=translation-add]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=translation-add-locale]"))
        .await?
        .select_by_value("fr")
        .await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "aria-selected", "true").await?;
    let title = c.find(Locator::Css("[data-testid=title]")).await?;
    title.send_keys("Le bac de nuit reprend la mer").await?;
    type_body(c, &[FREE_FR, "", "<!-- paywall -->", "", PAID_FR]).await?;
    saved(c).await?;
    c.find(Locator::Css("[data-testid=translation-status]"))
        .await?
        .select_by_value("done")
        .await?;
    wait_attr(c, "[data-testid=locale-tab-fr]", "data-status", "done").await?;
    click(c, "[data-testid=locale-tab-en-US]").await?;
    click(c, "[data-testid=workflow][data-next=in_review]").await?;
    wait_text(c, "[data-testid=workflow-state]", "in review", |t| {
        t.contains("review")
    })
    .await?;

    // 3. Publish: both locales, tier Supporter, from the queue.
    click(c, "[data-testid=view-publish]").await?;
    click(c, "[data-testid=queue-state-in_review]").await?;
    pick(c, "Night ferry back on the water").await?;
    let tier = c.find(Locator::Css("[data-testid=publish-tier]")).await?;
    assert_eq!(tier.prop("value").await?.as_deref(), Some("supporter"));
    for locale in ["en-US", "fr"] {
        let tick = c
            .find(Locator::Css(&format!(
                "[data-testid=publish-locale-{locale}]"
            )))
            .await?;
        assert_eq!(
            tick.prop("checked").await?.as_deref(),
            Some("true"),
            "{locale}"
        );
    }
    // Preview as reader: a member does not get the paid part, and the desk shows it held back.
    click(c, "[data-testid=reader-tab-members]").await?;
    let shown = text_of(c, "[data-testid=reader-shown]").await?;
    assert!(
        shown.contains(FREE_EN) && !shown.contains(PAID_EN),
        "{shown}"
    );
    let hidden = text_of(c, "[data-testid=reader-hidden]").await?;
    assert!(hidden.contains(PAID_EN), "{hidden}");
    screenshot(c, "desk-publish-panel").await?;
    click(c, "[data-testid=publish-submit]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    let mut urls = std::collections::BTreeMap::new();
    for locale in ["en-US", "fr"] {
        let el = c
            .wait()
            .for_element(Locator::Css(&format!(
                "[data-testid=public-url][data-locale={locale}]"
            )))
            .await?;
        let url = inner_text(c, &el).await?;
        assert!(url.starts_with(&site.base), "{url}");
        urls.insert(locale.to_owned(), url.trim().to_owned());
    }

    // 4. A second article, public, scheduled two to three minutes ahead in the site's
    //    zone (Europe/Berlin), shown in both zones.
    click(c, "[data-testid=view-write]").await?;
    new_article(c, "Lighthouse open for one night").await?;
    type_body(c, &["The keepers will open the lantern room to visitors."]).await?;
    saved(c).await?;
    click(c, "[data-testid=workflow][data-next=in_review]").await?;
    wait_text(c, "[data-testid=workflow-state]", "in review", |t| {
        t.contains("review")
    })
    .await?;
    click(c, "[data-testid=view-publish]").await?;
    click(c, "[data-testid=queue-state-in_review]").await?;
    pick(c, "Lighthouse open for one night").await?;
    click(c, "[data-testid=schedule-later]").await?;
    let at = (Utc::now() + chrono::Duration::minutes(3))
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .context("a whole minute")?;
    let berlin = at.with_timezone(&chrono_tz::Europe::Berlin);
    c.find(Locator::Css("[data-testid=schedule-zone]"))
        .await?
        .select_by_value("site")
        .await?;
    set_value(
        c,
        "[data-testid=schedule-date]",
        &berlin.format("%Y-%m-%d").to_string(),
    )
    .await?;
    set_value(
        c,
        "[data-testid=schedule-time]",
        &berlin.format("%H:%M").to_string(),
    )
    .await?;
    let site_clock = wait_text(
        c,
        "[data-testid=schedule-site-time]",
        "the site's clock",
        |t| !t.is_empty(),
    )
    .await?;
    let minute = berlin.format("%M").to_string();
    assert!(site_clock.contains(&minute), "{site_clock} for {berlin}");
    text_of(c, "[data-testid=schedule-editor-time]").await?;
    screenshot(c, "desk-schedule").await?;
    click(c, "[data-testid=publish-submit]").await?;
    wait_attr(c, "[data-testid=publish-last-op]", "data-state", "done").await?;
    let el = c
        .wait()
        .for_element(Locator::Css("[data-testid=public-url][data-locale=en-US]"))
        .await?;
    let scheduled = inner_text(c, &el).await?.trim().to_owned();
    assert_eq!(
        reqwest::get(&scheduled).await?.status(),
        404,
        "the scheduled article showed before its time"
    );
    wait_for(
        "the scheduled article to appear",
        Duration::from_secs(240),
        || async {
            let status = reqwest::get(&scheduled).await.ok()?.status();
            (status == 200).then_some(())
        },
    )
    .await?;
    assert!(Utc::now() >= at, "it appeared before its time");

    // 5. Unpublish it.
    click(c, "[data-testid=publish-unpublish]").await?;
    click(c, "[data-testid=unpublish-yes]").await?;
    wait_seeing("the unpublish to be done", || async {
        let op = c.find(Locator::Css("[data-testid=publish-last-op]")).await;
        let Ok(op) = op else {
            return ("no operation".into(), None);
        };
        let action = op
            .attr("data-action")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let state = op
            .attr("data-state")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let seen = format!("{action} {state}");
        (
            seen,
            (action == "unpublish" && state == "done").then_some(()),
        )
    })
    .await?;
    assert_eq!(reqwest::get(&scheduled).await?.status(), 410);
    Ok(urls)
}

/// Types into an input as a person would.
async fn fill(c: &Client, css: &str, value: &str) -> Result<()> {
    c.wait()
        .for_element(Locator::Css(css))
        .await?
        .send_keys(value)
        .await?;
    Ok(())
}

/// Sets a date or time input (WebKit's pickers take no typing) and tells the page.
async fn set_value(c: &Client, css: &str, value: &str) -> Result<()> {
    let el = c.wait().for_element(Locator::Css(css)).await?;
    c.execute(
        "const el = arguments[0]; el.value = arguments[1];
         el.dispatchEvent(new Event('input', { bubbles: true }));
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![serde_json::to_value(&el)?, serde_json::json!(value)],
    )
    .await?;
    Ok(())
}

/// Types lines into the body editor (CodeMirror).
async fn type_body(c: &Client, lines: &[&str]) -> Result<()> {
    let editor = c
        .find(Locator::Css("[data-testid=body-editor] .cm-content"))
        .await?;
    editor.click().await?;
    let enter = String::from(char::from(Key::Enter));
    for line in lines {
        editor.send_keys(&format!("{line}{enter}")).await?;
    }
    let last = lines
        .iter()
        .rev()
        .find(|l| !l.is_empty())
        .copied()
        .unwrap_or("");
    wait_text(
        c,
        "[data-testid=body-editor] .cm-content",
        "the typed body",
        |t| t.contains(last),
    )
    .await?;
    Ok(())
}
