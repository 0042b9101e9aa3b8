//! The reader's site in headless Chromium, as readers meet it: choosing a language, the
//! paywall for each kind of reader, signing up through the mailed link, signing out and
//! in, the newsletter's double opt-in, right-to-left layout, and a phone's width.
//!
//! Each test has its own site (the fixture publication, served on loopback) and its own
//! browser. Screenshots of the key states go to `tests/artifacts/reader-*.png`.

use std::collections::BTreeMap;

use anyhow::{Context, Result, ensure};
use dateline_protocol::{ArticlePut, ArticleText};
use e2e::{
    Client, DeskSite, Locator, TestSite, click, eval, fill_in, html_sent, in_browser, screenshot,
    sign_in, text_of, wait_for_path, wait_text,
};

const PASSWORD: &str = "lantern-harbour-42";

/// The path of one of the site's absolute addresses.
fn path_of(site: &TestSite, url: &str) -> Result<String> {
    url.strip_prefix(&site.base)
        .map(str::to_owned)
        .with_context(|| format!("{url} is not on {}", site.base))
}

/// The fixture publication's address of the article whose English slug is `slug`, in
/// `locale`.
fn fixture_url(
    published: &[(ArticlePut, BTreeMap<String, String>)],
    slug: &str,
    locale: &str,
) -> Result<(ArticleText, String)> {
    let (put, urls) = published
        .iter()
        .find(|(put, _)| put.texts.iter().any(|t| t.slug == slug))
        .with_context(|| format!("no fixture article {slug}"))?;
    let text = put
        .texts
        .iter()
        .find(|t| t.locale == locale)
        .with_context(|| format!("{slug} has no {locale} text"))?;
    let url = urls.get(locale).context("a published address")?;
    Ok((text.clone(), url.clone()))
}

const FOG: &str = "fog-closes-the-northern-strait";

#[tokio::test(flavor = "multi_thread")]
async fn the_language_chooser_leads_to_the_translation_and_is_remembered() -> Result<()> {
    in_browser("reader-language", async |site, c| {
        let published = site.publish_fixtures().await?;
        let (_, english) = fixture_url(&published, FOG, "en-US")?;
        let (french, french_url) = fixture_url(&published, FOG, "fr")?;

        // With no choice made, the browser's own language (English) decides.
        c.goto(&format!("{}/", site.base)).await?;
        wait_for_path(c, "/en-US/").await?;

        c.goto(&english).await?;
        click(c, "[data-testid=language-chooser] a[hreflang=fr]").await?;
        wait_for_path(c, &path_of(site, &french_url)?).await?;
        assert_eq!(text_of(c, "[data-testid=headline]").await?, french.title);
        assert_eq!(eval(c, "return document.documentElement.lang").await?, "fr");
        // The interface speaks French too, not only the article.
        assert_eq!(
            text_of(c, "[data-testid=header-signin]").await?,
            "Se connecter"
        );
        assert_eq!(
            text_of(c, "[data-testid=newsletter-box] button").await?,
            "S’abonner"
        );
        assert_eq!(
            text_of(c, "[data-testid=language-chooser] [aria-current]").await?,
            "Français"
        );

        // The choice is remembered: the root now leads to the French front page.
        c.goto(&format!("{}/", site.base)).await?;
        wait_for_path(c, "/fr/").await?;
        assert_eq!(
            text_of(c, "[data-testid=lead-story] h1").await?,
            french.title
        );
        assert_eq!(
            text_of(c, "[data-testid=header-signin]").await?,
            "Se connecter"
        );
        Ok(())
    })
    .await
}

/// The site's tiers, lowest first, with their English names.
const TIERS: [(&str, &str); 4] = [
    ("public", "Everyone"),
    ("members", "Members"),
    ("supporter", "Supporter"),
    ("premium", "Premium"),
];

/// A word found only below the cut of the `tier` article.
fn secret(tier: &str) -> String {
    format!("Quillmarrow{tier}")
}

/// An article of `tier` with a free paragraph, the cut, and a paid one.
fn tiered_article(tier: &str) -> ArticlePut {
    ArticlePut {
        source_locale: "en-US".into(),
        section: "world".into(),
        tags: vec![],
        byline: "Ines Okafor".into(),
        source_url: None,
        tier: tier.into(),
        publish_at: None,
        texts: vec![ArticleText {
            locale: "en-US".into(),
            title: format!("The {tier} story"),
            standfirst: format!("A standfirst for {tier} readers."),
            body: format!(
                "Free words of the {tier} story.\n\n<!-- paywall -->\n\nPaid words: {}.\n",
                secret(tier)
            ),
            slug: format!("the-{tier}-story"),
        }],
    }
}

/// Opens each tier's article as the reader in the browser, whose tier is `reader`
/// (`public` for nobody signed in), and checks that they get the whole article exactly
/// when their tier ranks at or above the article's: else the free part and a subscribe
/// box, with nothing of the paid part in the page or in what the server sent them.
/// Screenshots the premium article as `shot`.
async fn reads_as_their_tier_allows(
    site: &TestSite,
    c: &Client,
    reader: &str,
    shot: &str,
) -> Result<()> {
    let rank = |tier: &str| TIERS.iter().position(|(id, _)| *id == tier);
    let reader_rank = rank(reader).context("a known tier")?;
    for (tier, name) in TIERS {
        let url = site
            .publish_new(&tiered_article(tier))
            .await?
            .remove("en-US")
            .context("an address")?;
        c.goto(&url).await?;
        assert_eq!(
            text_of(c, "[data-testid=headline]").await?,
            format!("The {tier} story")
        );
        let body = text_of(c, "[data-testid=article-body]").await?;
        assert!(
            body.contains(&format!("Free words of the {tier} story.")),
            "{body}"
        );
        let sent = html_sent(c, &url).await?;
        let boxes = c
            .find_all(Locator::Css("[data-testid=subscribe-box]"))
            .await?;
        if rank(tier) <= Some(reader_rank) {
            assert!(
                body.contains(&secret(tier)),
                "{reader} reads {tier}: {body}"
            );
            assert!(boxes.is_empty(), "{reader} is asked to subscribe to {tier}");
            assert!(sent.contains(&secret(tier)), "{reader} is sent {tier}");
        } else {
            assert!(
                !body.contains(&secret(tier)),
                "{reader} reads {tier}: {body}"
            );
            let offer = text_of(c, "[data-testid=subscribe-box]").await?;
            assert!(
                offer.contains(&format!("for {name} subscribers")),
                "{reader} on {tier}: {offer}"
            );
            assert!(
                !c.source().await?.contains(&secret(tier)),
                "{tier}'s paid part in {reader}'s page"
            );
            assert!(
                !sent.contains(&secret(tier)),
                "{tier}'s paid part sent to {reader}"
            );
        }
        // With or without a language chooser beside it, the masthead's account link
        // keeps to the end of the top bar.
        let account = line_insets(c, ".topbar .account", ".topbar").await?;
        let gap = account
            .iter()
            .map(|(_, right)| *right)
            .fold(f64::MAX, f64::min);
        assert!(
            gap.abs() < 1.5,
            "the account link ends {gap}px short: {account:?}"
        );
        if tier == "premium" {
            screenshot(c, shot).await?;
        }
    }
    Ok(())
}

/// [`reads_as_their_tier_allows`] in a fresh browser, signed in through the form as a
/// reader of tier `reader` made with the CLI, or not signed in for `public`.
async fn reads_as(reader: &str, shot: &str) -> Result<()> {
    in_browser(shot, async |site, c| {
        if reader != "public" {
            let email = format!("{reader}@example.org");
            site.add_subscriber(&email, PASSWORD, reader);
            sign_in(c, site, "en-US", &email, PASSWORD).await?;
        }
        reads_as_their_tier_allows(site, c, reader, shot).await
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_anonymous_reader_gets_free_parts_and_subscribe_boxes() -> Result<()> {
    reads_as("public", "reader-paid-anonymous").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_free_member_reads_members_articles_whole_and_paid_ones_cut() -> Result<()> {
    reads_as("members", "reader-paid-member").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_premium_subscriber_reads_everything() -> Result<()> {
    reads_as("premium", "reader-paid-premium").await
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_up_through_the_form_and_the_mailed_link() -> Result<()> {
    in_browser("reader-signup", async |site, c| {
        let email = "new.reader@example.org";
        c.goto(&format!("{}/en-US/", site.base)).await?;
        click(c, "[data-testid=header-signin]").await?;
        click(c, "[data-testid=signup-link]").await?;
        wait_for_path(c, "/en-US/account/signup").await?;
        fill_in(
            c,
            "form[action='/en-US/account/signup']",
            &[("email", email), ("password", PASSWORD)],
        )
        .await?;
        wait_text(c, "[data-testid=check-inbox]", "check your inbox", |t| {
            t.contains("Check your inbox") && t.contains(email)
        })
        .await?;

        let mails = site.wait_for_mails(1).await;
        let [mail] = &mails[..] else {
            anyhow::bail!("one mail expected: {mails:?}");
        };
        assert_eq!(mail.to, email);
        assert_eq!(mail.subject, "Confirm your account at The Lantern Courier");
        let link = mail.link("/en-US/account/signup/confirm?token=");

        c.goto(&link).await?;
        let confirm = text_of(c, "[data-testid=signup-confirm]").await?;
        assert!(confirm.contains(email), "{confirm}");
        assert!(
            c.find_all(Locator::Css("[data-testid=signed-in]"))
                .await?
                .is_empty(),
            "signed in before confirming"
        );
        click(c, "[data-testid=notice-button]").await?;
        wait_for_path(c, "/en-US/account/?welcome=1").await?;
        assert_eq!(text_of(c, "[data-testid=account-email]").await?, email);
        assert_eq!(text_of(c, "[data-testid=account-tier]").await?, "Members");
        let address = line_insets(c, "[data-testid=account-email]", "main").await?;
        assert_eq!(
            address.len(),
            1,
            "a short address broken over lines: {address:?}"
        );
        let masthead = text_of(c, "[data-testid=signed-in]").await?;
        assert!(masthead.contains(email), "{masthead}");
        screenshot(c, "reader-account").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_out_and_in_again_through_the_form() -> Result<()> {
    in_browser("reader-signin", async |site, c| {
        let email = "regular@example.org";
        site.add_subscriber(email, PASSWORD, "supporter");
        sign_in(c, site, "en-US", email, PASSWORD).await?;

        c.goto(&format!("{}/en-US/account/", site.base)).await?;
        assert_eq!(text_of(c, "[data-testid=account-tier]").await?, "Supporter");
        click(c, "[data-testid=account-signout]").await?;
        text_of(c, "[data-testid=header-signin]").await?;
        assert!(
            c.find_all(Locator::Css("[data-testid=signed-in]"))
                .await?
                .is_empty(),
            "still signed in"
        );
        // Signed out, the account page sends the reader to the sign-in form.
        c.goto(&format!("{}/en-US/account/", site.base)).await?;
        wait_for_path(c, "/en-US/account/signin?next=/en-US/account/").await?;

        // A wrong password is refused on the form...
        fill_in(
            c,
            "form.signin-form",
            &[("email", email), ("password", "not the password")],
        )
        .await?;
        let refusal = text_of(c, "[data-testid=signin-failed]").await?;
        assert!(refusal.contains("do not match"), "{refusal}");
        // ...the right one leads back to where the reader was going.
        fill_in(
            c,
            "form.signin-form",
            &[("email", email), ("password", PASSWORD)],
        )
        .await?;
        wait_for_path(c, "/en-US/account/").await?;
        assert_eq!(text_of(c, "[data-testid=account-email]").await?, email);
        assert_eq!(text_of(c, "[data-testid=account-tier]").await?, "Supporter");
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_newsletter_box_leads_to_a_confirmed_subscription() -> Result<()> {
    in_browser("reader-newsletter", async |site, c| {
        let email = "letters@example.org";
        c.goto(&format!("{}/en-US/", site.base)).await?;
        fill_in(c, "[data-testid=newsletter-box]", &[("email", email)]).await?;
        // The box only fills in the real form, which carries the CSRF token.
        wait_for_path(c, "/en-US/newsletter/").await?;
        let typed = eval(
            c,
            "return document.querySelector('form[action$=\"/newsletter/subscribe\"] input[name=email]').value",
        )
        .await?;
        assert_eq!(typed, email);
        assert!(site.mails().is_empty(), "mail sent before the real form");
        click(c, "[data-testid=newsletter-submit]").await?;
        wait_text(c, "[data-testid=check-inbox]", "check your inbox", |t| {
            t.contains(email)
        })
        .await?;

        let mails = site.wait_for_mails(1).await;
        let [mail] = &mails[..] else {
            anyhow::bail!("one mail expected: {mails:?}");
        };
        assert_eq!(mail.to, email);
        let unsubscribe = mail
            .header("List-Unsubscribe")
            .context("no List-Unsubscribe header")?;
        let prefix = format!("<{}/en-US/newsletter/unsubscribe?token=", site.base);
        ensure!(unsubscribe.starts_with(&prefix), "{unsubscribe}");

        c.goto(&mail.link("/en-US/newsletter/confirm?token="))
            .await?;
        let confirm = text_of(c, "[data-testid=newsletter-confirm]").await?;
        assert!(confirm.contains(email), "{confirm}");
        click(c, "[data-testid=notice-button]").await?;
        let done = text_of(c, "[data-testid=newsletter-confirmed]").await?;
        assert!(
            done.contains("You are subscribed") && done.contains(email),
            "{done}"
        );

        // The header's address opens the page that unsubscribes (with a press).
        c.goto(unsubscribe.trim_matches(['<', '>'])).await?;
        let page = text_of(c, "[data-testid=unsubscribe-confirm]").await?;
        assert!(page.contains(email), "{page}");
        Ok(())
    })
    .await
}

/// Where the lines of `css`'s content lie within the content box of the element
/// `column`: `(left inset, right inset)` of each line box in CSS pixels.
async fn line_insets(c: &Client, css: &str, column: &str) -> Result<Vec<(f64, f64)>> {
    let script = format!(
        "const column = document.querySelector('{column}');
         const box = column.getBoundingClientRect(), style = getComputedStyle(column);
         const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
         const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
         const range = document.createRange();
         range.selectNodeContents(document.querySelector('{css}'));
         return Array.from(range.getClientRects(), r => [r.left - left, right - r.right]);"
    );
    let lines: Vec<(f64, f64)> = serde_json::from_value(eval(c, &script).await?)?;
    ensure!(!lines.is_empty(), "{css} has no lines of text");
    Ok(lines)
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_lays_out_right_to_left() -> Result<()> {
    in_browser("reader-arabic", async |site, c| {
        let published = site.publish_fixtures().await?;
        let (arabic, url) = fixture_url(&published, FOG, "ar")?;
        c.goto(&url).await?;
        assert_eq!(text_of(c, "[data-testid=headline]").await?, arabic.title);
        assert_eq!(
            eval(c, "return document.documentElement.getAttribute('dir')").await?,
            "rtl"
        );
        assert_eq!(
            eval(
                c,
                "return getComputedStyle(document.querySelector('[data-testid=article-body]')).direction"
            )
            .await?,
            "rtl"
        );
        // Every line of the headline starts at the column's right edge; the last,
        // shorter one ends short of its left edge.
        let lines = line_insets(c, "[data-testid=headline]", "main").await?;
        for (_, right) in &lines {
            assert!(right.abs() < 1.5, "a line {right}px from the right: {lines:?}");
        }
        let (last_left, _) = lines[lines.len() - 1];
        assert!(last_left > 10.0, "the headline fills its line: {lines:?}");
        screenshot(c, "reader-arabic").await?;

        // The same measure tells English apart: its lines start at the left.
        let (_, english) = fixture_url(&published, FOG, "en-US")?;
        c.goto(&english).await?;
        let lines = line_insets(c, "[data-testid=headline]", "main").await?;
        for (left, _) in &lines {
            assert!(left.abs() < 1.5, "a line {left}px from the left: {lines:?}");
        }
        let (_, last_right) = lines[lines.len() - 1];
        assert!(last_right > 10.0, "the headline fills its line: {lines:?}");
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_never_scrolls_sideways() -> Result<()> {
    in_browser("reader-phone", async |site, c| {
        let published = site.publish_fixtures().await?;
        c.set_window_size(390, 844).await?;
        let pages = [
            ("reader-phone-home", format!("{}/en-US/", site.base)),
            (
                "reader-phone-paid-article",
                fixture_url(
                    &published,
                    "container-rates-settle-after-a-volatile-quarter",
                    "en-US",
                )?
                .1,
            ),
            ("reader-phone-arabic", fixture_url(&published, FOG, "ar")?.1),
            (
                "reader-phone-signup",
                format!("{}/en-US/account/signup", site.base),
            ),
        ];
        for (name, url) in pages {
            c.goto(&url).await?;
            text_of(c, "main").await?;
            let width = eval(c, "return window.innerWidth").await?;
            let width = width.as_f64().context("a width")?;
            ensure!(width <= 390.0, "the window is {width}px wide, not a phone's");
            // Elements sticking out of the viewport name the culprit when it fails.
            let wide = eval(
                c,
                "const w = window.innerWidth;
                 return { scroll: document.scrollingElement.scrollWidth, w,
                   over: Array.from(document.querySelectorAll('body *'))
                     .filter(e => { const r = e.getBoundingClientRect(); return r.right > w + 0.5 || r.left < -0.5; })
                     .slice(0, 5).map(e => e.tagName + '.' + e.className) };",
            )
            .await?;
            let scroll = wide["scroll"].as_f64().context("scrollWidth")?;
            assert!(scroll <= width, "{url} scrolls sideways: {wide}");
            screenshot(c, name).await?;
        }
        Ok(())
    })
    .await
}
