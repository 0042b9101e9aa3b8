//! The Write workspace through the built desk: named revisions and restore, search in
//! a French text, import of a folder of Markdown files and export of one back, byte for
//! byte. Native file dialogs cannot be driven through WebDriver, so import and export
//! call the same IPC commands the dialogs' callbacks call, inside the real app.

use anyhow::{Context, Result, bail};
use e2e::{Desk, Locator, failure_screenshot, repo_root, screenshot, wait_text};
use fantoccini::key::Key;

/// Calls an IPC command from inside the desk's page and returns its answer.
async fn invoke(
    c: &fantoccini::Client,
    command: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value> {
    let answer = c
        .execute_async(
            r#"const [cmd, args, done] = arguments;
               window.__TAURI_INTERNALS__.invoke(cmd, args)
                 .then(v => done({ ok: v }), e => done({ err: e }));"#,
            vec![command.into(), args],
        )
        .await?;
    match (answer.get("ok"), answer.get("err")) {
        (Some(v), _) => Ok(v.clone()),
        (_, Some(e)) => bail!("{command} failed: {e}"),
        _ => bail!("{command}: no answer"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn revisions_search_import_and_export() -> Result<()> {
    let data = tempfile::tempdir()?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let session = async {
        // A French interface, so the new article's text is French.
        c.wait()
            .for_element(Locator::Css("[data-testid=ui-language]"))
            .await?
            .select_by_value("fr")
            .await?;
        wait_text(c, "[data-testid=new-article]", "French strings", |t| {
            t.contains("Nouvel article")
        })
        .await?;
        e2e::new_article(c, "Les goélands du port").await?;
        let editor = c
            .find(Locator::Css("[data-testid=body-editor] .cm-content"))
            .await?;
        editor.click().await?;
        editor
            .send_keys("Un brouillard épais retient les chalutiers à quai.")
            .await?;
        wait_text(c, "[data-testid=save-state]", "the autosave", |t| {
            t.contains("Enregistré")
        })
        .await?;

        // Ctrl+S: a named version of what is on screen.
        editor
            .send_keys(&format!(
                "{}s{}",
                char::from(Key::Control),
                char::from(Key::Null)
            ))
            .await?;
        // Then more text, which the restore must take away again.
        editor.send_keys(" Les mouettes attendent.").await?;
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the second sentence",
            |t| t.contains("mouettes"),
        )
        .await?;
        wait_text(c, "[data-testid=save-state]", "the second autosave", |t| {
            t.contains("Enregistré")
        })
        .await?;
        // A second named version, so the drawer can compare the two.
        editor
            .send_keys(&format!(
                "{}s{}",
                char::from(Key::Control),
                char::from(Key::Null)
            ))
            .await?;

        c.find(Locator::Css("[data-testid=revisions-toggle]"))
            .await?
            .click()
            .await?;
        // Both named versions are listed (the drawer may open before the second lands:
        // reopen it until they are).
        e2e::wait_for(
            "two named versions",
            std::time::Duration::from_secs(20),
            || async {
                let items = c
                    .find_all(Locator::Css("[data-testid=revision-item]"))
                    .await
                    .ok()?;
                let mut named = 0;
                for item in &items {
                    let text = e2e::inner_text(c, item).await.ok()?.to_lowercase();
                    if text.contains("version enregistrée") {
                        named += 1;
                    }
                }
                if named >= 2 {
                    return Some(());
                }
                // Close and open the drawer to reload its list.
                let toggle = c
                    .find(Locator::Css("[data-testid=revisions-toggle]"))
                    .await
                    .ok()?;
                toggle.click().await.ok()?;
                toggle.click().await.ok()?;
                None
            },
        )
        .await?;
        let items = c
            .find_all(Locator::Css("[data-testid=revision-item]"))
            .await?;
        // Newest first: the first named version in the list is the second one taken.
        let mut picked = false;
        let mut seen = Vec::new();
        let mut named_seen = 0;
        for item in items {
            let text = e2e::inner_text(c, &item).await?.to_lowercase();
            if text.contains("version enregistrée") {
                named_seen += 1;
            }
            if named_seen == 2 {
                item.find(Locator::Css("button")).await?.click().await?;
                picked = true;
                break;
            }
            seen.push(text);
        }
        assert!(picked, "no named revision in the drawer: {seen:?}");
        let diff = wait_text(c, "[data-testid=revision-diff]", "the diff", |t| {
            t.contains("mouettes")
        })
        .await?;
        assert!(diff.contains("mouettes"), "{diff}");
        screenshot(c, "desk-revisions").await?;
        c.find(Locator::Css("[data-testid=restore-revision]"))
            .await?
            .click()
            .await?;
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the restored text",
            |t| t.contains("chalutiers") && !t.contains("mouettes"),
        )
        .await?;

        // Search finds it by a word of its French text.
        c.find(Locator::Css("[data-testid=search]"))
            .await?
            .send_keys("brouillard")
            .await?;
        let hit = wait_text(c, "[data-testid=article-item]", "the search hit", |t| {
            t.contains("Les goélands du port")
        })
        .await?;
        let snippet = wait_text(c, "[data-testid=snippet]", "the snippet", |t| {
            t.contains("brouillard")
        })
        .await?;
        assert!(!hit.is_empty() && !snippet.is_empty());
        let marked = c
            .find(Locator::Css("[data-testid=snippet] mark"))
            .await
            .context("the hit word is not marked")?;
        assert_eq!(
            e2e::inner_text(c, &marked).await?.to_lowercase(),
            "brouillard"
        );
        screenshot(c, "desk-search").await?;

        // Import a folder: the good files come in, the broken one is named with a reason.
        let fixtures = repo_root().join("tests/fixtures/markdown");
        let report = invoke(
            c,
            "import_markdown",
            serde_json::json!({ "paths": [fixtures] }),
        )
        .await?;
        let imported = report["imported"].as_array().context("imported")?;
        let failed = report["failed"].as_array().context("failed")?;
        assert_eq!(imported.len(), 2, "{report}");
        assert_eq!(failed.len(), 1, "{report}");
        assert!(
            failed[0]["path"]
                .as_str()
                .unwrap_or("")
                .ends_with("broken.md")
        );
        assert!(!failed[0]["reason"].as_str().unwrap_or("").is_empty());

        // Export one back: the same bytes as the file it came from.
        let out = tempfile::tempdir()?;
        let written = invoke(
            c,
            "export_article",
            serde_json::json!({ "id": "0193a0c4-7e21-7a10-8c4e-2f1b5d9e0b01", "dir": out.path() }),
        )
        .await?;
        let written: Vec<String> = serde_json::from_value(written)?;
        assert_eq!(written.len(), 1, "{written:?}");
        let exported = std::fs::read(&written[0])?;
        let original = std::fs::read(fixtures.join("les-phares-du-nord.fr.md"))?;
        assert_eq!(
            String::from_utf8_lossy(&exported),
            String::from_utf8_lossy(&original),
            "the export differs from the imported file"
        );
        anyhow::Ok(())
    };
    failure_screenshot(c, "desk-failure-write-workspace", session.await).await?;
    desk.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_inserted_image_shows_in_the_preview() -> Result<()> {
    let data = tempfile::tempdir()?;
    let file = data.path().join("harbour.png");
    std::fs::write(&file, e2e::PNG_1X1)?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let session = async {
        e2e::new_article(c, "A picture of the quay").await?;
        // What the image button does after its file dialog.
        let stored = invoke(c, "store_image", serde_json::json!({ "path": file })).await?;
        let markdown = stored["markdown"].as_str().context("markdown")?.to_owned();
        assert!(markdown.starts_with("![](dateline-image:"), "{markdown}");
        let editor = c
            .find(Locator::Css("[data-testid=body-editor] .cm-content"))
            .await?;
        editor.click().await?;
        editor.send_keys(&markdown).await?;
        // The preview loads it through the desk's dlimg:// scheme, past the CSP.
        e2e::wait_for_preview_image(c).await?;
        let src = c
            .execute(
                "return document.querySelector('[data-testid=preview] img').getAttribute('src');",
                vec![],
            )
            .await?;
        assert!(
            src.as_str().unwrap_or("").starts_with("dlimg://localhost/"),
            "{src}"
        );
        anyhow::Ok(())
    };
    failure_screenshot(c, "desk-failure-image", session.await).await?;
    desk.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_five_megabyte_body_stays_editable() -> Result<()> {
    let data = tempfile::tempdir()?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let session = async {
        e2e::new_article(c, "The long ledger").await?;
        wait_text(c, "[data-testid=save-state]", "the first save", |t| {
            t == "Saved"
        })
        .await?;
        let item = c.find(Locator::Css("[data-testid=article-item]")).await?;
        let id = item.attr("data-id").await?.context("data-id")?;

        // 5 MB of paragraphs, stored as if typed, then opened afresh.
        let paragraph = "The harbour ledger lists every crate, every tide and every name. ";
        let body = paragraph
            .repeat(5 * 1024 * 1024 / paragraph.len())
            .replace(". The", ".\n\nThe");
        let edit = serde_json::json!({
            "title": "The long ledger", "standfirst": "", "body": body, "tier": "public",
            "section": "", "slug": "", "tags": [], "byline": "", "source_url": null,
        });
        invoke(
            c,
            "save_article",
            serde_json::json!({ "id": id, "edit": edit }),
        )
        .await?;
        c.find(Locator::Css("[data-testid=new-article]"))
            .await?
            .click()
            .await?;
        wait_text(c, "[data-testid=title]", "the second article", |t| {
            t.is_empty()
        })
        .await?;
        c.find(Locator::Css(&format!(
            "[data-testid=article-item][data-id='{id}'] button"
        )))
        .await?
        .click()
        .await?;
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the long body",
            |t| t.contains("harbour ledger"),
        )
        .await?;

        // Type into it and find the whole body saved with the new words.
        let editor = c
            .find(Locator::Css("[data-testid=body-editor] .cm-content"))
            .await?;
        editor.click().await?;
        editor.send_keys("INSERTED-WORDS ").await?;
        e2e::wait_for(
            "the edit to be saved",
            std::time::Duration::from_secs(60),
            || async {
                let article = invoke(c, "get_article", serde_json::json!({ "id": id }))
                    .await
                    .ok()?;
                let saved = article["body"].as_str()?;
                (saved.len() > 5_000_000 && saved.contains("INSERTED-WORDS")).then_some(())
            },
        )
        .await?;
        anyhow::Ok(())
    };
    failure_screenshot(c, "desk-failure-long-body", session.await).await?;
    desk.quit().await?;
    Ok(())
}
