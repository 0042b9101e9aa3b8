//! The newsletter over loopback: double opt-in in the reader's language, unsubscribing
//! by button or by RFC 8058 one-click, links that no longer work, the footer's box, the
//! account page's switch, and the limits on mail sent at strangers' request.

mod common;
mod reader;

use common::TestSite;
use dateline_site::storage::{NewsletterStatus, ReaderStore};
use reader::{Browser, spool, sql, storage};

fn status(site: &TestSite, email: &str) -> NewsletterStatus {
    let now = dateline_site::storage::timestamp(chrono::Utc::now());
    storage(site).newsletter_status(email, &now).unwrap()
}

/// Asks for the newsletter through the newsletter page; the page answered.
async fn ask(browser: &Browser, locale: &str, email: &str) -> reader::Page {
    browser
        .fill(
            &format!("/{locale}/newsletter/"),
            &format!("/{locale}/newsletter/subscribe"),
            &[("email", email)],
        )
        .await
}

#[tokio::test]
async fn double_opt_in_in_the_readers_language() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    let page = ask(&browser, "de", "Leserin@Example.org").await;
    assert_eq!(page.status, 200);
    let notice = page.testid("check-inbox");
    assert!(
        notice.contains("Wir haben eine E-Mail an leserin@example.org geschickt."),
        "{notice}"
    );
    assert!(notice.contains("innerhalb von 48 Stunden"), "{notice}");
    assert_eq!(
        status(&site, "leserin@example.org"),
        NewsletterStatus::Pending
    );

    let mails = spool(&site.data());
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.to, "leserin@example.org");
    assert_eq!(mail.from, "noreply@127.0.0.1");
    assert_eq!(
        mail.subject,
        "Bestätigen Sie Ihr Abonnement von The Lantern Courier"
    );
    assert!(
        mail.body.contains("Jemand, hoffentlich Sie,"),
        "{}",
        mail.body
    );
    let unsubscribe = mail.unsubscribe_url();
    assert!(unsubscribe.starts_with(&format!("{}/de/newsletter/unsubscribe?token=", site.base)));
    assert_eq!(mail.list_unsubscribe_post, "List-Unsubscribe=One-Click");
    assert!(
        mail.body.contains(&unsubscribe),
        "the link is in the body too"
    );
    let link = mail.link("/de/newsletter/confirm?token=");

    // Following the link shows a button; only pressing it confirms.
    let confirm = browser.get(&link).await;
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .testid("newsletter-confirm")
            .contains("leserin@example.org")
    );
    assert_eq!(
        status(&site, "leserin@example.org"),
        NewsletterStatus::Pending
    );
    let done = browser
        .submit(&confirm, "/de/newsletter/confirm", &[])
        .await;
    assert_eq!(done.status, 200);
    assert!(
        done.testid("newsletter-confirmed")
            .contains("Sie haben den Newsletter abonniert")
    );
    assert_eq!(
        status(&site, "leserin@example.org"),
        NewsletterStatus::Confirmed
    );
    // A second press (or a scanner's) changes nothing and still says so.
    let twice = browser
        .submit(&confirm, "/de/newsletter/confirm", &[])
        .await;
    assert!(twice.has_testid("newsletter-confirmed"));

    // Asking again does not tell the page's visitor that the address is subscribed:
    // same page; the mail goes to the address and says it.
    let again = ask(&browser, "de", "leserin@example.org").await;
    assert_eq!(again.status, 200);
    assert_eq!(again.testid("check-inbox"), notice);
    let mails = spool(&site.data());
    assert_eq!(mails.len(), 2);
    assert_eq!(
        mails[1].subject,
        "Sie erhalten den Newsletter von The Lantern Courier bereits"
    );
    assert!(!mails[1].body.contains("confirm?token="));
    assert_eq!(
        status(&site, "leserin@example.org"),
        NewsletterStatus::Confirmed
    );
    site.stop().await;
}

#[tokio::test]
async fn unsubscribing_takes_a_press_of_the_button_or_a_one_click_post() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    ask(&browser, "en-US", "ana@example.org").await;
    let mail = &spool(&site.data())[0];
    let confirm = browser
        .get(&mail.link("/en-US/newsletter/confirm?token="))
        .await;
    browser
        .submit(&confirm, "/en-US/newsletter/confirm", &[])
        .await;
    assert_eq!(
        status(&site, "ana@example.org"),
        NewsletterStatus::Confirmed
    );

    // A scanner fetching the link changes nothing.
    let unsubscribe = mail.unsubscribe_url();
    let page = browser.get(&unsubscribe).await;
    assert_eq!(page.status, 200);
    assert!(
        page.testid("unsubscribe-confirm")
            .contains("ana@example.org")
    );
    assert_eq!(
        status(&site, "ana@example.org"),
        NewsletterStatus::Confirmed
    );
    // Nor does a POST without the page's token.
    let forged = browser.post(&unsubscribe, &[]).await;
    assert_eq!(forged.status, 403);
    assert_eq!(
        status(&site, "ana@example.org"),
        NewsletterStatus::Confirmed
    );

    let done = browser
        .submit(&page, "/en-US/newsletter/unsubscribe", &[])
        .await;
    assert_eq!(done.status, 200);
    assert!(done.testid("unsubscribed").contains("ana@example.org"));
    assert_eq!(status(&site, "ana@example.org"), NewsletterStatus::None);
    // The old confirmation link does not subscribe the address again.
    let stale = browser
        .get(&mail.link("/en-US/newsletter/confirm?token="))
        .await;
    assert_eq!(stale.status, 404);

    // RFC 8058: the mail client posts `List-Unsubscribe=One-Click` to the header's
    // address, with no cookies.
    ask(&browser, "en-US", "bo@example.org").await;
    let mail = spool(&site.data()).pop().unwrap();
    let confirm = browser.get(&mail.link("confirm?token=")).await;
    browser
        .submit(&confirm, "/en-US/newsletter/confirm", &[])
        .await;
    assert_eq!(status(&site, "bo@example.org"), NewsletterStatus::Confirmed);
    let r = reqwest::Client::new()
        .post(mail.unsubscribe_url())
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(status(&site, "bo@example.org"), NewsletterStatus::None);
    site.stop().await;
}

#[tokio::test]
async fn unknown_and_expired_links_say_so_clearly() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    for path in [
        "/en-US/newsletter/confirm?token=nonsense",
        "/en-US/newsletter/unsubscribe?token=nonsense",
        "/en-US/newsletter/confirm",
        "/en-US/account/signup/confirm?token=nonsense",
    ] {
        let page = browser.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(
            page.testid("link-expired")
                .contains("This link no longer works"),
            "{path}"
        );
    }

    ask(&browser, "es", "lectora@example.org").await;
    browser
        .fill(
            "/es/account/signup",
            "/es/account/signup",
            &[
                ("email", "nueva@example.org"),
                ("password", "una contraseña larga"),
            ],
        )
        .await;
    let mails = spool(&site.data());
    // Two days later, both links have lapsed.
    sql(
        &site,
        "UPDATE mail_tokens SET expires_at = '2000-01-01T00:00:00.000000Z' WHERE purpose = 'newsletter-confirm';
         UPDATE newsletter_subscriptions SET expires_at = '2000-01-01T00:00:00.000000Z';
         UPDATE pending_signups SET expires_at = '2000-01-01T00:00:00.000000Z';",
    );
    for link in [
        mails[0].link("confirm?token="),
        mails[1].link("confirm?token="),
    ] {
        let page = browser.get(&link).await;
        assert_eq!(page.status, 404, "{link}");
        assert!(
            page.testid("link-expired")
                .contains("Este enlace ya no funciona")
        );
    }
    assert_eq!(status(&site, "lectora@example.org"), NewsletterStatus::None);
    // Asking again works, with a new link.
    ask(&browser, "es", "lectora@example.org").await;
    assert_eq!(
        status(&site, "lectora@example.org"),
        NewsletterStatus::Pending
    );
    site.stop().await;
}

#[tokio::test]
async fn the_footer_box_only_fills_in_the_form() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    let home = browser.get("/ar/").await;
    assert!(home.has_testid("newsletter-box"));
    let fields = home.form_fields("/ar/newsletter/");
    assert_eq!(
        fields,
        [("email".to_owned(), String::new())],
        "no token on shared pages"
    );
    // Public pages stay cacheable: the box sets no cookie.
    assert!(home.set_cookies().is_empty());

    let page = browser
        .submit(&home, "/ar/newsletter/", &[("email", "qari@example.org")])
        .await;
    assert_eq!(page.status, 200);
    let form = page.form_fields("/ar/newsletter/subscribe");
    assert!(form.contains(&("email".into(), "qari@example.org".into())));
    assert!(
        form.iter()
            .any(|(name, value)| name == "csrf" && value.len() == 43)
    );
    assert!(spool(&site.data()).is_empty());
    assert_eq!(status(&site, "qari@example.org"), NewsletterStatus::None);

    let sent = browser.submit(&page, "/ar/newsletter/subscribe", &[]).await;
    assert_eq!(sent.status, 200);
    assert!(sent.testid("check-inbox").contains("qari@example.org"));
    let mail = &spool(&site.data())[0];
    assert_eq!(mail.subject, "أكّد اشتراكك في The Lantern Courier");
    site.stop().await;
}

#[tokio::test]
async fn the_account_page_switches_the_newsletter_without_a_mail() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    browser
        .sign_up(&site, "fr", "abonne@example.org", "un mot de passe long")
        .await;
    let mails = spool(&site.data()).len();

    let account = browser.get("/fr/account/").await;
    assert_eq!(
        account.testid("newsletter-status"),
        "Vous ne recevez pas la lettre d’information."
    );
    let after = browser
        .submit(&account, "/fr/account/newsletter", &[])
        .await;
    assert_eq!(after.status, 303);
    assert_eq!(
        status(&site, "abonne@example.org"),
        NewsletterStatus::Confirmed
    );
    let account = browser.get("/fr/account/").await;
    assert_eq!(
        account.testid("newsletter-status"),
        "Vous recevez la lettre d’information."
    );
    browser
        .submit(&account, "/fr/account/newsletter", &[])
        .await;
    assert_eq!(status(&site, "abonne@example.org"), NewsletterStatus::None);
    assert_eq!(spool(&site.data()).len(), mails);

    // Signed out, the switch does nothing.
    let other = Browser::new(&site);
    let page = other.get("/fr/newsletter/").await;
    let fields = page.form_fields("/fr/newsletter/subscribe");
    let csrf = &fields.iter().find(|(n, _)| n == "csrf").unwrap().1;
    let r = other
        .post(
            "/fr/account/newsletter",
            &[("csrf", csrf), ("subscribe", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("/fr/account/signin"));
    site.stop().await;
}

#[tokio::test]
async fn nobody_can_flood_an_inbox_or_send_without_end() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    // Five mails an hour to one address; the sixth request looks the same, sends none.
    for _ in 0..6 {
        let page = ask(&browser, "en-US", "victim@example.org").await;
        assert_eq!(page.status, 200);
        assert!(page.has_testid("check-inbox"));
    }
    assert_eq!(spool(&site.data()).len(), 5);
    // Twenty requests an hour from one client, whatever the addresses.
    for i in 0..14 {
        assert_eq!(
            ask(&browser, "en-US", &format!("r{i}@example.org"))
                .await
                .status,
            200
        );
    }
    let limited = ask(&browser, "en-US", "one-more@example.org").await;
    assert_eq!(limited.status, 429);
    assert!(limited.headers.contains_key("retry-after"));
    assert!(limited.testid("too-many").contains("Too many e-mails"));
    assert_eq!(spool(&site.data()).len(), 19);
    assert_eq!(
        status(&site, "one-more@example.org"),
        NewsletterStatus::None
    );
    site.stop().await;
}

#[tokio::test]
async fn x_forwarded_for_counts_only_behind_a_proxy() {
    async fn flood(site: &TestSite, forwarded_for: &str, n: usize) -> Vec<u16> {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .unwrap();
        let page = client
            .get(site.url("/en-US/newsletter/"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = common::hidden_field(&page, "csrf");
        let mut statuses = Vec::new();
        for i in 0..n {
            let r = client
                .post(site.url("/en-US/newsletter/subscribe"))
                .header("X-Forwarded-For", forwarded_for)
                .form(&[
                    ("email", format!("p{i}@{forwarded_for}.example")),
                    ("csrf", csrf.clone()),
                ])
                .send()
                .await
                .unwrap();
            statuses.push(r.status().as_u16());
        }
        statuses
    }

    // Behind a proxy, the address it appends is the client's.
    let proxied = TestSite::builder()
        .prepare(|data| {
            let config = data.join("site.toml");
            let text = std::fs::read_to_string(&config).unwrap();
            // A top-level key: it must come before the first table.
            std::fs::write(config, format!("behind_proxy = true\n{text}")).unwrap();
        })
        .start()
        .await;
    assert_eq!(flood(&proxied, "198.51.100.7", 21).await.last(), Some(&429));
    assert!(flood(&proxied, "203.0.113.9", 1).await == [200]);
    proxied.stop().await;

    // Without one, the header is the client's own say and changes nothing.
    let direct = TestSite::start().await;
    assert_eq!(flood(&direct, "198.51.100.7", 20).await.last(), Some(&200));
    assert_eq!(flood(&direct, "203.0.113.9", 1).await, [429]);
    direct.stop().await;
}
