//! The fixture publication (`tests/fixtures/publication/`) that the demo and the suites
//! share: every article in it is a valid `ArticlePut` that the real site accepts, and the
//! site serves it in each of its languages without leaking its paid parts.

use anyhow::{Context, Result};
use dateline_desk::{Expect, SiteClient};
use dateline_protocol::Role;
use e2e::{TestSite, fixture_articles};

#[tokio::test(flavor = "multi_thread")]
async fn every_fixture_article_publishes_and_reads_in_its_languages() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let client = SiteClient::new(&site.base, &site.token(Role::Editor))?;
    let articles = fixture_articles()?;
    assert!(articles.len() >= 3, "the demo needs a few articles");

    for (id, put) in &articles {
        let published = client
            .put_article(*id, put, Expect::Absent, uuid::Uuid::new_v4())
            .await
            .with_context(|| format!("publishing fixture {id}"))?;
        assert_eq!(published.urls.len(), put.texts.len());
        for text in &put.texts {
            let url = &published.urls[&text.locale];
            let resp = reqwest::get(url).await?;
            assert_eq!(resp.status(), 200, "{url}");
            let html = resp.text().await?;
            let escaped_title = text.title.replace('"', "&quot;");
            assert!(
                html.contains(&text.title) || html.contains(&escaped_title),
                "{url} lacks its headline"
            );
            if text.locale == "ar" {
                assert!(html.contains(r#"dir="rtl""#), "{url} is not right to left");
            }
            // What lies below the cut never reaches an anonymous reader.
            if let Some((_, paid)) = text.body.split_once("<!-- paywall -->") {
                let last_line = paid.trim().lines().last().context("paid text")?;
                assert!(
                    !html.contains(last_line.trim()),
                    "{url} leaks {last_line:?}"
                );
            }
        }
    }

    // Each language's home lists what exists in it.
    let home = reqwest::get(format!("{}/ja/", site.base))
        .await?
        .text()
        .await?;
    assert!(
        home.contains("コンテナ運賃が落ち着く"),
        "the Japanese home lacks its article"
    );
    let home = reqwest::get(format!("{}/en-US/", site.base))
        .await?
        .text()
        .await?;
    for (_, put) in &articles {
        let title = &put.texts[0].title;
        assert!(
            home.contains(title.as_str()),
            "the home page lacks {title:?}"
        );
    }
    site.stop().await;
    Ok(())
}
