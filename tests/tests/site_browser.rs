//! The reader's side of the skeleton in headless Chromium: an anonymous reader sees the
//! headline, the free part and a subscribe box, and the HTML sent contains nothing from
//! below the cut; a Premium subscriber, granted with the real CLI, sees it all.

use anyhow::{Context, Result};
use dateline_desk::SiteClient;
use dateline_protocol::{ArticlePut, ArticleText, Role};
use e2e::{Chromium, Locator, TestSite, screenshot, text_of};

const SECRET: &str = "Marrowfield";

async fn publish_premium(site: &TestSite) -> Result<String> {
    let client = SiteClient::new(&site.base, &site.token(Role::Editor))?;
    let put = ArticlePut {
        source_locale: "en-US".into(),
        section: "world".into(),
        tags: vec![],
        byline: "Ines Okafor".into(),
        source_url: None,
        tier: "premium".into(),
        publish_at: None,
        texts: vec![
            ArticleText {
                locale: "en-US".into(),
                title: "Lighthouse keepers vote".into(),
                standfirst: "A ballot by lamplight.".into(),
                body: format!(
                    "The count began at dusk.\n\n<!-- paywall -->\n\n{SECRET} won by four votes.\n"
                ),
                slug: "lighthouse-keepers-vote".into(),
            },
            ArticleText {
                locale: "fr".into(),
                title: "Les gardiens de phare votent".into(),
                standfirst: "Un scrutin à la lanterne.".into(),
                body: format!(
                    "Le dépouillement a commencé au crépuscule.\n\n<!-- paywall -->\n\n{SECRET} l’emporte de quatre voix.\n"
                ),
                slug: "les-gardiens-de-phare-votent".into(),
            },
        ],
    };
    let published = client
        .put_article(
            uuid::Uuid::now_v7(),
            &put,
            dateline_desk::Expect::Absent,
            uuid::Uuid::new_v4(),
        )
        .await?;
    Ok(published.urls.get("en-US").context("an en-US URL")?.clone())
}

#[tokio::test(flavor = "multi_thread")]
async fn anonymous_sees_the_free_part_and_premium_sees_all() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let url = publish_premium(&site).await?;
    let browser = Chromium::start().await?;
    let c = &browser.client;

    // Anonymous.
    c.goto(&url).await?;
    assert_eq!(
        text_of(c, "[data-testid=headline]").await?,
        "Lighthouse keepers vote"
    );
    let body = text_of(c, "[data-testid=article-body]").await?;
    assert!(body.contains("The count began at dusk."), "{body}");
    let subscribe = text_of(c, "[data-testid=subscribe-box]").await?;
    assert!(subscribe.contains("Continue reading"), "{subscribe}");
    assert!(!c.source().await?.contains(SECRET), "paid text in the page");
    // What the server sent, not only what the browser shows.
    let raw = reqwest::get(&url).await?.text().await?;
    assert!(!raw.contains(SECRET), "paid text in the HTML sent");
    screenshot(c, "site-article-anonymous").await?;

    // The same page in French: the chrome comes from locales/fr/site.ftl.
    c.goto(&url.replace(
        "/en-US/world/lighthouse-keepers-vote",
        "/fr/world/les-gardiens-de-phare-votent",
    ))
    .await?;
    let subscribe = text_of(c, "[data-testid=subscribe-box]").await?;
    assert!(subscribe.contains("Lire la suite"), "{subscribe}");

    // A Premium subscriber, made and granted with the real CLI.
    site.cli(
        &["subscriber", "add", "--email", "reader@example.org"],
        "correct horse staple\n",
    );
    site.cli(
        &[
            "subscriber",
            "grant",
            "--email",
            "reader@example.org",
            "--tier",
            "premium",
        ],
        "",
    );
    c.goto(&url).await?;
    c.find(Locator::Css("[data-testid=subscribe-box] a[href*=signin]"))
        .await?
        .click()
        .await?;
    let form = c.form(Locator::Css("form[action*=signin]")).await?;
    form.set_by_name("email", "reader@example.org").await?;
    form.set_by_name("password", "correct horse staple").await?;
    form.submit().await?;
    let body = text_of(c, "[data-testid=article-body]").await?;
    assert!(
        body.contains(SECRET),
        "the subscriber does not see the paid part: {body}"
    );
    assert!(
        c.find(Locator::Css("[data-testid=subscribe-box]"))
            .await
            .is_err()
    );
    screenshot(c, "site-article-premium").await?;

    // Back to anonymous: a fresh browser has no session.
    let raw = reqwest::get(&url).await?.text().await?;
    assert!(!raw.contains(SECRET));

    browser.client.clone().close().await?;
    site.stop().await;
    Ok(())
}

/// A newcomer's site: `dateline-site init` with no config, served as it is, read in
/// Chromium in both of the starter's languages.
#[tokio::test(flavor = "multi_thread")]
async fn a_site_made_from_the_starter_reads_in_a_browser() -> Result<()> {
    let site = TestSite::builder().init_from_starter().start().await;
    let browser = Chromium::start().await?;
    let c = &browser.client;
    c.goto(&format!("{}/", site.base)).await?;
    let masthead = text_of(c, ".site-name").await?;
    assert_eq!(masthead, "The Wrenhollow Herald");
    let html_lang = c
        .execute("return document.documentElement.lang;", vec![])
        .await?;
    assert_eq!(html_lang, "en-US");
    let chooser = text_of(c, ".languages").await?;
    assert!(chooser.contains("Français"), "{chooser}");
    c.find(Locator::Css(
        ".languages a[hreflang=fr], .languages a[lang=fr]",
    ))
    .await?
    .click()
    .await?;
    e2e::wait_seeing("the French home page", || async {
        let lang = c
            .execute("return document.documentElement.lang;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let hit = (lang == "fr").then_some(());
        (lang, hit)
    })
    .await?;
    screenshot(c, "site-starter-fr").await?;
    browser.client.clone().close().await?;
    site.stop().await;
    Ok(())
}
