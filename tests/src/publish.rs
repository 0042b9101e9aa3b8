//! Publishing in the built desk, as several suites do it: opening an article from the
//! Publish queue, and reading the public address the site confirmed.

use anyhow::{Context, Result};

use crate::{Client, Locator, click, inner_text, wait_seeing, wait_text};

/// Opens the queue's row titled `title`; answers its CSS selector.
pub async fn pick(c: &Client, title: &str) -> Result<String> {
    let id = wait_seeing(&format!("the queue row {title}"), || async {
        let rows = c.find_all(Locator::Css("[data-testid=queue-row]")).await;
        let mut seen = Vec::new();
        for row in rows.unwrap_or_default() {
            let text = inner_text(c, &row).await.unwrap_or_default();
            if text.contains(title) {
                let id = row.attr("data-id").await.ok().flatten();
                return (text, id);
            }
            seen.push(text);
        }
        (seen.join(" | "), None)
    })
    .await?;
    let row = format!("[data-testid=queue-row][data-id=\"{id}\"]");
    click(c, &format!("{row} .pick")).await?;
    wait_text(c, "[data-testid=publish-panel]", "the publish panel", |t| {
        t.contains(title)
    })
    .await?;
    Ok(row)
}

/// The address the site gave the text in `locale`, as the Publish panel shows it.
pub async fn public_url(c: &Client, locale: &str) -> Result<String> {
    let el = c
        .wait()
        .for_element(Locator::Css(&format!(
            "[data-testid=public-url][data-locale={locale}]"
        )))
        .await?;
    let url = inner_text(c, &el).await?;
    let url = url.trim();
    url.starts_with("http")
        .then(|| url.to_owned())
        .with_context(|| format!("the {locale} address: {url:?}"))
}
