//! The Translate workspace's fields, as the end-to-end tests work them: the dashboard's
//! rows, a block's field, typing and reading values, the status and the save state.

use anyhow::Result;
use fantoccini::key::Key;

use crate::{Client, Locator, wait_seeing, wait_text};

/// The dashboard row of the article titled `title`, as a CSS selector.
pub async fn article_css(c: &Client, title: &str) -> Result<String> {
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

pub fn block(i: usize) -> String {
    format!("[data-testid=tr-block][data-index=\"{i}\"]")
}

/// Types `text` at the end of the field `css` (a block's textarea for a block).
pub async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
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

pub async fn value_of(c: &Client, css: &str) -> Result<String> {
    let el = c.find(Locator::Css(css)).await?;
    let v = c
        .execute(
            "return arguments[0].value;",
            vec![serde_json::to_value(&el)?],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

pub async fn select(c: &Client, css: &str, value: &str) -> Result<()> {
    c.wait()
        .for_element(Locator::Css(css))
        .await?
        .select_by_value(value)
        .await?;
    Ok(())
}

pub async fn tr_saved(c: &Client) -> Result<()> {
    wait_text(
        c,
        "[data-testid=tr-save-state]",
        "the translation saved",
        |t| t == "Saved",
    )
    .await?;
    Ok(())
}
