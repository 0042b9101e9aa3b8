//! The walking skeleton through the built desk: write an article in CodeMirror, see
//! the preview from the render crate, switch the interface language, find the article
//! again after a restart, and publish it with the token from the OS keyring.

use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use dateline_protocol::Role;
use e2e::{Desk, Locator, TestSite, binary, failure_screenshot, screenshot, text_of, wait_text};
use fantoccini::key::Key;

const FREE: &str = "Harbour cranes stood idle along the quay";
const SECRET: &str = "Ledgerwick";

/// `dateline connect URL`, with the token on stdin, exactly as `make run` does.
fn connect_desk(data: &std::path::Path, url: &str, token: &str) -> Result<std::process::Output> {
    let mut child = Command::new(binary("dateline"))
        .args(["connect", url])
        .env("DATELINE_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    writeln!(child.stdin.take().context("stdin")?, "{token}")?;
    Ok(child.wait_with_output()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn write_preview_switch_language_reopen_and_publish() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let desk_data = tempfile::tempdir()?;
    let token = site.token(Role::Editor);
    let out = connect_desk(desk_data.path(), &site.base, &token)?;
    if !out.status.success() {
        bail!(
            "dateline connect failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The token went to the keyring, not into the desk's files.
    let db = std::fs::read(desk_data.path().join("desk.sqlite3"))?;
    assert!(
        !contains(&db, token.as_bytes()),
        "the token was written to the database"
    );

    // 1. Write.
    let desk = Desk::start(desk_data.path()).await?;
    let c = &desk.client;
    let session = async {
        wait_text(c, "[data-testid=site-status]", "the site's name", |t| {
            t.contains("The Lantern Courier")
        })
        .await?;
        c.wait()
            .for_element(Locator::Css("[data-testid=new-article]"))
            .await?
            .click()
            .await?;
        let title = c
            .wait()
            .for_element(Locator::Css("[data-testid=title]"))
            .await?;
        title.send_keys("Quayside quiet").await?;
        let editor = c
            .find(Locator::Css("[data-testid=body-editor] .cm-content"))
            .await?;
        editor.click().await?;
        let enter = String::from(char::from(Key::Enter));
        for line in [
            "## Harbour report",
            "",
            FREE,
            "",
            "<!-- paywall -->",
            "",
            &format!("{SECRET} paid for the night shift"),
        ] {
            editor.send_keys(&format!("{line}{enter}")).await?;
        }
        // Every keystroke reached the editor.
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the typed body",
            |t| t.contains("paid for the night shift"),
        )
        .await?;
        // The preview is the render crate's HTML.
        wait_text(
            c,
            "[data-testid=preview] h2",
            "the preview's heading",
            |t| t == "Harbour report",
        )
        .await?;
        let tier = c.find(Locator::Css("[data-testid=tier]")).await?;
        tier.select_by_value("premium").await?;
        wait_text(c, "[data-testid=paywall-band]", "the paywall band", |t| {
            t.to_lowercase().contains("subscribers only below")
        })
        .await?;
        let preview = text_of(c, "[data-testid=preview]").await?;
        assert!(
            preview.contains(FREE) && preview.contains(SECRET),
            "{preview}"
        );
        assert!(
            !preview.contains("<!--"),
            "the cut line leaked into the preview: {preview}"
        );
        wait_text(c, "[data-testid=save-state]", "the autosave", |t| {
            t == "Saved"
        })
        .await?;
        screenshot(c, "desk-write-en").await?;

        // 2. The interface language changes at run time.
        c.find(Locator::Css("[data-testid=ui-language]"))
            .await?
            .select_by_value("fr")
            .await?;
        wait_text(c, "[data-testid=new-article]", "French strings", |t| {
            t.contains("Nouvel article")
        })
        .await?;
        wait_text(c, "[data-testid=paywall-band]", "the French band", |t| {
            t.to_lowercase().contains("réservé aux abonnés")
        })
        .await?;
        // In French too the save state stays on the toolbar's line, and the headline is
        // shown whole.
        let layout = e2e::eval(
            c,
            "const top = (css) => document.querySelector(css).getBoundingClientRect().top;
             const title = document.querySelector('[data-testid=title]');
             return [Math.abs(top('[data-testid=save-state]') - top('[data-testid=tier]')) < 16,
                     title.scrollHeight <= title.clientHeight + 1];",
        )
        .await?;
        assert_eq!(
            layout,
            serde_json::json!([true, true]),
            "French toolbar and headline"
        );
        screenshot(c, "desk-write-fr").await?;
        // Simplified Chinese, from the menu, with the same article open.
        c.find(Locator::Css("[data-testid=ui-language]"))
            .await?
            .select_by_value("zh-Hans")
            .await?;
        wait_text(c, "[data-testid=new-article]", "Chinese strings", |t| {
            t.contains("新建文章")
        })
        .await?;
        wait_text(c, "[data-testid=paywall-band]", "the Chinese band", |t| {
            t.contains("以下内容仅限订阅用户")
        })
        .await?;
        screenshot(c, "desk-write-zh-Hans").await?;
        c.find(Locator::Css("[data-testid=ui-language]"))
            .await?
            .select_by_value("en-US")
            .await?;
        wait_text(c, "[data-testid=new-article]", "English strings", |t| {
            t.contains("New article")
        })
        .await?;
        anyhow::Ok(())
    };
    failure_screenshot(c, "desk-failure-write", session.await).await?;
    desk.quit().await?;

    // 3. Close and reopen: the article is still there, as it was typed, and open.
    let desk = Desk::start(desk_data.path()).await?;
    let c = &desk.client;
    let session = async {
        // Its tier is worded once the site's description is read.
        wait_text(c, "[data-testid=article-item]", "the saved article", |t| {
            t.contains("Quayside quiet") && t.contains("Premium")
        })
        .await?;
        // It opens where the writer left off: that article, in the editor.
        e2e::wait_seeing("the last article open again", || async {
            let title = match c.find(Locator::Css("[data-testid=title]")).await {
                Ok(el) => el.prop("value").await.ok().flatten().unwrap_or_default(),
                Err(_) => String::new(),
            };
            let hit = (title == "Quayside quiet").then_some(());
            (title, hit)
        })
        .await?;
        c.find(Locator::Css("[data-testid=article-item] button"))
            .await?
            .click()
            .await?;
        let body = wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the body",
            |t| t.contains(SECRET),
        )
        .await?;
        assert!(body.contains("<!-- paywall -->"), "{body}");

        // 4. Publish to the site with the keyring's token.
        c.find(Locator::Css("[data-testid=publish]"))
            .await?
            .click()
            .await?;
        let status = wait_text(
            c,
            "[data-testid=publish-status]",
            "the publish result",
            |t| t.contains("Published") || t.contains("Not published"),
        )
        .await?;
        assert!(status.contains(&site.base), "{status}");
        screenshot(c, "desk-published").await?;
        anyhow::Ok(status)
    };
    let status = failure_screenshot(c, "desk-failure-reopen", session.await).await?;
    desk.quit().await?;

    // The anonymous reader gets the free part and nothing below the cut.
    let page_url = status
        .split_whitespace()
        .find(|w| w.starts_with("http"))
        .context("a URL in the status")?
        .to_owned();
    let html = reqwest::get(&page_url).await?.text().await?;
    assert!(
        html.contains("Quayside quiet") && html.contains(FREE),
        "{html}"
    );
    assert!(
        !html.contains(SECRET),
        "paid text leaked to an anonymous reader"
    );

    let db = std::fs::read(desk_data.path().join("desk.sqlite3"))?;
    assert!(
        !contains(&db, token.as_bytes()),
        "the token was written to the database"
    );
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_token_is_refused_and_nothing_is_stored() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let desk_data = tempfile::tempdir()?;
    let out = connect_desk(desk_data.path(), &site.base, "dl_not-a-real-token")?;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.to_lowercase().contains("token"), "{err}");
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_keyring_the_desk_says_so_and_does_not_publish() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let desk_data = tempfile::tempdir()?;
    let token = site.token(Role::Editor);
    let out = connect_desk(desk_data.path(), &site.base, &token)?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The Secret Service is gone: the session bus address leads nowhere.
    let desk = Desk::start_with_env(
        desk_data.path(),
        &[(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dateline-bus",
        )],
    )
    .await?;
    let c = &desk.client;
    let status = wait_text(c, "[data-testid=site-status]", "the keyring warning", |t| {
        t.contains("keyring")
    })
    .await?;
    assert!(status.contains("publishing is off"), "{status}");
    e2e::new_article(c, "Written without a keyring").await?;
    c.find(Locator::Css("[data-testid=publish]"))
        .await?
        .click()
        .await?;
    let result = wait_text(c, "[data-testid=publish-status]", "the refusal", |t| {
        t.contains("Not published")
    })
    .await?;
    assert!(result.contains("keyring"), "{result}");
    screenshot(c, "desk-no-keyring").await?;
    desk.quit().await?;

    // No token was written anywhere in the desk's folder as a fallback.
    for entry in std::fs::read_dir(desk_data.path())? {
        let bytes = std::fs::read(entry?.path())?;
        assert!(
            !contains(&bytes, token.as_bytes()),
            "the token landed in the desk's files"
        );
    }
    site.stop().await;
    Ok(())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
