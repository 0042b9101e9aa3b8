//! Readers' accounts over loopback: signing up through the mailed link, the account
//! page, signing out and in, CSRF on every form, and the sign-in rate limits.

mod common;
mod reader;

use common::TestSite;
use dateline_site::admin;
use dateline_site::storage::{NewsletterStatus, ReaderStore};
use reader::{Browser, spool, storage};

const PASSWORD: &str = "lantern-harbour-42";

#[tokio::test]
async fn sign_up_confirm_by_mail_then_sign_out_and_in_again() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);

    let form = browser.get("/en-US/account/signup").await;
    assert_eq!(form.status, 200);
    assert_eq!(form.headers["cache-control"], "private, no-store");
    let page = browser
        .submit(
            &form,
            "/en-US/account/signup",
            &[("email", "New.Reader@Example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.testid("check-inbox")
            .contains("new.reader@example.org")
    );

    let mails = spool(&site.data());
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.to, "new.reader@example.org");
    assert_eq!(mail.subject, "Confirm your account at The Lantern Courier");
    assert!(mail.list_unsubscribe.starts_with(&format!(
        "<{}/en-US/newsletter/unsubscribe?token=",
        site.base
    )));
    let link = mail.link("/en-US/account/signup/confirm?token=");

    // Until the link is followed and its button pressed there is no account: a mail
    // scanner fetching the link creates nothing.
    let confirm = browser.get(&link).await;
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .testid("signup-confirm")
            .contains("new.reader@example.org")
    );
    assert!(admin::list_subscribers(&site.data()).unwrap().is_empty());
    let other = Browser::new(&site);
    assert_eq!(
        other
            .sign_in("en-US", "new.reader@example.org", PASSWORD)
            .await
            .status,
        401
    );

    let done = browser
        .submit(&confirm, "/en-US/account/signup/confirm", &[])
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/en-US/account/?welcome=1");
    let session = done
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("dl_session="))
        .expect("signed in");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(attribute), "{session}");
    }
    assert!(
        !session.contains("Secure"),
        "plain http base URL: {session}"
    );

    let account = browser.get("/en-US/account/?welcome=1").await;
    assert_eq!(account.status, 200);
    assert!(account.has_testid("welcome"));
    assert_eq!(account.testid("account-email"), "new.reader@example.org");
    assert_eq!(account.testid("account-tier"), "Members");
    assert_eq!(
        account.testid("newsletter-status"),
        "You do not receive the newsletter."
    );
    // The tier's name follows the page's language.
    assert_eq!(
        browser.get("/fr/account/").await.testid("account-tier"),
        "Membres"
    );
    assert_eq!(
        browser.get("/ja/account/").await.testid("account-tier"),
        "会員"
    );
    assert_eq!(
        browser.get("/ar/account/").await.testid("account-tier"),
        "الأعضاء"
    );

    // The link works once.
    let again = Browser::new(&site);
    let reused = again.get(&link).await;
    assert_eq!(reused.status, 404);
    assert!(reused.has_testid("link-expired"));

    let out = browser
        .submit(&account, "/en-US/account/signout", &[])
        .await;
    assert_eq!(out.status, 303);
    let signed_out = browser.get("/en-US/account/").await;
    assert_eq!(signed_out.status, 303);
    assert_eq!(
        signed_out.location(),
        "/en-US/account/signin?next=/en-US/account/"
    );

    let back = browser
        .sign_in("en-US", "NEW.reader@example.org", PASSWORD)
        .await;
    assert_eq!(back.status, 303);
    assert_eq!(
        browser.get("/en-US/account/").await.testid("account-tier"),
        "Members"
    );
    site.stop().await;
}

#[tokio::test]
async fn signing_up_with_a_taken_address_looks_the_same_and_mails_its_owner() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "taken@example.org", "the owner's password").unwrap();
    let browser = Browser::new(&site);
    let path = "/en-US/account/signup";

    let taken = browser
        .fill(
            path,
            path,
            &[("email", "taken@example.org"), ("password", PASSWORD)],
        )
        .await;
    let fresh = browser
        .fill(
            path,
            path,
            &[("email", "fresh@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(taken.status, fresh.status);
    assert_eq!(
        taken.testid("check-inbox").replace("taken@", "X@"),
        fresh.testid("check-inbox").replace("fresh@", "X@")
    );
    assert!(
        !taken
            .set_cookies()
            .iter()
            .any(|c| c.starts_with("dl_session"))
    );

    let mails = spool(&site.data());
    assert_eq!(mails.len(), 2);
    assert_eq!(mails[0].to, "taken@example.org");
    assert_eq!(mails[0].subject, "Your account at The Lantern Courier");
    assert!(
        mails[0].body.contains("already has one"),
        "{}",
        mails[0].body
    );
    assert_eq!(
        mails[0].link("/en-US/account/signin"),
        format!("{}/en-US/account/signin", site.base)
    );
    assert!(!mails[0].body.contains("confirm?token="));
    assert_eq!(
        mails[1].subject,
        "Confirm your account at The Lantern Courier"
    );

    // The owner's account is untouched: their password works, the one typed does not.
    assert_eq!(
        Browser::new(&site)
            .sign_in("en-US", "taken@example.org", PASSWORD)
            .await
            .status,
        401
    );
    assert_eq!(
        Browser::new(&site)
            .sign_in("en-US", "taken@example.org", "the owner's password")
            .await
            .status,
        303
    );
    site.stop().await;
}

#[tokio::test]
async fn passwords_and_addresses_must_make_sense() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    let path = "/fr/account/signup";
    for (email, password, complaint) in [
        ("a@example.org", "court", "au moins 10 caractères"),
        (
            "long.address@example.org",
            "Long.Address@example.org",
            "pas être votre adresse",
        ),
        ("not an address", PASSWORD, "adresse e-mail valide"),
    ] {
        let page = browser
            .fill(path, path, &[("email", email), ("password", password)])
            .await;
        assert_eq!(page.status, 422, "{email}");
        assert!(
            page.testid("signup-errors").contains(complaint),
            "{}",
            page.testid("signup-errors")
        );
        // The address is kept in the form; the password is not.
        let fields = page.form_fields(path);
        assert!(fields.contains(&("email".into(), email.into())));
        assert!(fields.contains(&("password".into(), String::new())));
    }
    assert!(spool(&site.data()).is_empty());
    site.stop().await;
}

#[tokio::test]
async fn every_form_refuses_a_missing_or_wrong_csrf_token_and_changes_nothing() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    browser
        .sign_up(&site, "en-US", "member@example.org", PASSWORD)
        .await;
    let mails_before = spool(&site.data()).len();
    // The browser now has a CSRF cookie; the forms below carry no token or another one.
    let wrong = "A".repeat(43);
    let posts: &[(&str, &[(&str, &str)])] = &[
        (
            "/en-US/account/signup",
            &[("email", "x@example.org"), ("password", PASSWORD)],
        ),
        ("/en-US/account/signup/confirm", &[("token", "whatever")]),
        (
            "/en-US/account/signin",
            &[("email", "member@example.org"), ("password", PASSWORD)],
        ),
        ("/en-US/account/newsletter", &[("subscribe", "1")]),
        ("/en-US/account/signout", &[]),
        ("/en-US/newsletter/subscribe", &[("email", "y@example.org")]),
        ("/en-US/newsletter/confirm", &[("token", "whatever")]),
        ("/en-US/newsletter/unsubscribe", &[("token", "whatever")]),
    ];
    for (path, fields) in posts {
        let without = browser.post(path, fields).await;
        assert_eq!(without.status, 403, "{path} without a token");
        let mut with_wrong = fields.to_vec();
        with_wrong.push(("csrf", &wrong));
        let page = browser.post(path, &with_wrong).await;
        assert_eq!(page.status, 403, "{path} with a wrong token");
        assert!(page.html.contains("This form has expired"));
        assert!(
            !page
                .set_cookies()
                .iter()
                .any(|c| c.starts_with("dl_session"))
        );
    }
    // Nothing was stored or sent, and the reader is still signed in.
    assert_eq!(spool(&site.data()).len(), mails_before);
    assert_eq!(admin::list_subscribers(&site.data()).unwrap().len(), 1);
    let db = storage(&site);
    let now = "2000-01-01T00:00:00.000000Z";
    assert_eq!(
        db.newsletter_status("member@example.org", now).unwrap(),
        NewsletterStatus::None
    );
    assert_eq!(
        db.newsletter_status("y@example.org", now).unwrap(),
        NewsletterStatus::None
    );
    assert_eq!(browser.get("/en-US/account/").await.status, 200);
    site.stop().await;
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_address_even_with_the_right_password() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    admin::add_subscriber(&site.data(), "bo@example.org", PASSWORD).unwrap();
    let browser = Browser::new(&site);
    for _ in 0..5 {
        assert_eq!(
            browser
                .sign_in("en-US", "ana@example.org", "wrong password")
                .await
                .status,
            401
        );
    }
    let limited = browser.sign_in("en-US", "Ana@Example.org", PASSWORD).await;
    assert_eq!(limited.status, 429);
    assert!(
        !limited
            .set_cookies()
            .iter()
            .any(|c| c.starts_with("dl_session"))
    );
    let wait: i64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    let notice = limited.testid("too-many");
    assert!(notice.contains("Too many attempts"), "{notice}");
    assert!(
        notice.contains("Please try again in 15 minutes."),
        "{notice}"
    );
    // In the reader's language.
    let fr = browser.sign_in("fr", "ana@example.org", PASSWORD).await;
    assert_eq!(fr.status, 429);
    assert!(fr.testid("too-many").contains("Trop de tentatives"));

    // Another address from the same client is not held back by Ana's limit.
    assert_eq!(
        browser
            .sign_in("en-US", "bo@example.org", PASSWORD)
            .await
            .status,
        303
    );
    site.stop().await;
}

#[tokio::test]
async fn a_success_forgets_earlier_failures_and_a_client_is_limited_across_addresses() {
    let site = TestSite::start().await;
    admin::add_subscriber(&site.data(), "ana@example.org", PASSWORD).unwrap();
    let browser = Browser::new(&site);
    for _ in 0..4 {
        assert_eq!(
            browser
                .sign_in("en-US", "ana@example.org", "nope")
                .await
                .status,
            401
        );
    }
    assert_eq!(
        browser
            .sign_in("en-US", "ana@example.org", PASSWORD)
            .await
            .status,
        303
    );
    // Four more failures would have been nine in a row; after the success they are four.
    for _ in 0..4 {
        assert_eq!(
            browser
                .sign_in("en-US", "ana@example.org", "nope")
                .await
                .status,
            401
        );
    }
    assert_eq!(
        browser
            .sign_in("en-US", "ana@example.org", PASSWORD)
            .await
            .status,
        303
    );

    // The client has failed eight times (its two successes were forgotten); twelve more,
    // each on an address of its own, make twenty, and then even a known address with
    // its right password waits.
    for i in 0..12 {
        let email = format!("guess{i}@example.org");
        assert_eq!(
            browser.sign_in("en-US", &email, "nope").await.status,
            401,
            "{email}"
        );
    }
    assert_eq!(
        browser
            .sign_in("en-US", "ana@example.org", PASSWORD)
            .await
            .status,
        429
    );
    site.stop().await;
}

const NEW_PASSWORD: &str = "quiet-printing-press-7";

/// Asks for a reset link for `email` through the sign-in page's link; the answer.
async fn ask_reset(browser: &Browser, email: &str) -> reader::Page {
    let signin = browser.get("/en-US/account/signin").await;
    assert_eq!(signin.status, 200);
    let link = signin.attr("[data-testid=reset-link]", "href");
    assert_eq!(link, "/en-US/account/reset");
    browser
        .fill(&link, "/en-US/account/reset", &[("email", email)])
        .await
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_signs_out_every_other_session() {
    let site = TestSite::start().await;
    let old_session = Browser::new(&site);
    old_session
        .sign_up(&site, "en-US", "owner@example.org", PASSWORD)
        .await;
    assert_eq!(old_session.get("/en-US/account/").await.status, 200);
    let mails_before = spool(&site.data()).len();

    let browser = Browser::new(&site);
    let known = ask_reset(&browser, "Owner@Example.org").await;
    let unknown = ask_reset(&browser, "nobody@example.org").await;
    assert_eq!(known.status, 200);
    assert_eq!(known.status, unknown.status);
    assert_eq!(
        known.testid("check-inbox").replace("owner@", "X@"),
        unknown.testid("check-inbox").replace("nobody@", "X@")
    );
    // The owner's mail is sent after the answer; the stranger's request, made after
    // it, sends none.
    let mails = reader::spool_of_at_least(&site.data(), mails_before + 1).await;
    assert_eq!(
        mails.len(),
        mails_before + 1,
        "only the account's owner is mailed"
    );
    let mail = &mails[mails_before];
    assert_eq!(mail.to, "owner@example.org");
    assert_eq!(
        mail.subject,
        "Choose a new password for The Lantern Courier"
    );
    assert!(mail.body.contains("within one hour"), "{}", mail.body);
    let link = mail.link("/en-US/account/reset/confirm?token=");

    // Opening the link changes nothing; its form must meet the sign-up rules.
    let form = browser.get(&link).await;
    assert_eq!(form.status, 200);
    assert!(form.has_testid("reset-password"));
    assert_eq!(form.headers["cache-control"], "private, no-store");
    let short = browser
        .submit(
            &form,
            "/en-US/account/reset/confirm",
            &[("password", "short")],
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.has_testid("reset-errors"));
    assert_eq!(old_session.get("/en-US/account/").await.status, 200);

    let done = browser
        .submit(
            &form,
            "/en-US/account/reset/confirm",
            &[("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.html);
    assert_eq!(done.location(), "/en-US/account/?reset=1");
    assert!(
        done.set_cookies()
            .iter()
            .any(|c| c.starts_with("dl_session="))
    );
    let account = browser.get("/en-US/account/?reset=1").await;
    assert_eq!(account.status, 200);
    assert!(account.has_testid("password-changed"));
    assert_eq!(account.testid("account-email"), "owner@example.org");

    // The older session is gone.
    let signed_out = old_session.get("/en-US/account/").await;
    assert_eq!(signed_out.status, 303);

    // Only the new password works.
    let signin = |password: &'static str| {
        let site = &site;
        async move {
            Browser::new(site)
                .sign_in("en-US", "owner@example.org", password)
                .await
                .status
        }
    };
    assert_eq!(signin(PASSWORD).await, 401);
    assert_eq!(signin(NEW_PASSWORD).await, 303);

    // The link works once.
    let again = Browser::new(&site);
    let reused = again.get(&link).await;
    assert_eq!(reused.status, 404);
    assert!(reused.has_testid("link-expired"));
    let replay = browser
        .submit(
            &form,
            "/en-US/account/reset/confirm",
            &[("password", "another-password-99")],
        )
        .await;
    assert_eq!(replay.status, 404);
    assert!(replay.has_testid("link-expired"));
    assert_eq!(signin(NEW_PASSWORD).await, 303);
    site.stop().await;
}

#[tokio::test]
async fn reset_forms_refuse_a_missing_or_wrong_csrf_token_and_change_nothing() {
    let site = TestSite::start().await;
    let browser = Browser::new(&site);
    browser
        .sign_up(&site, "en-US", "owner@example.org", PASSWORD)
        .await;
    let before = spool(&site.data()).len();
    ask_reset(&Browser::new(&site), "owner@example.org").await;
    let link = reader::spool_of_at_least(&site.data(), before + 1).await[before]
        .link("/en-US/account/reset/confirm?token=");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let mails_before = spool(&site.data()).len();

    let wrong = "A".repeat(43);
    let posts: &[(&str, &[(&str, &str)])] = &[
        ("/en-US/account/reset", &[("email", "owner@example.org")]),
        (
            "/en-US/account/reset/confirm",
            &[("token", token.as_str()), ("password", NEW_PASSWORD)],
        ),
    ];
    for (path, fields) in posts {
        let without = browser.post(path, fields).await;
        assert_eq!(without.status, 403, "{path} without a token");
        let mut with_wrong = fields.to_vec();
        with_wrong.push(("csrf", &wrong));
        let page = browser.post(path, &with_wrong).await;
        assert_eq!(page.status, 403, "{path} with a wrong token");
        assert!(page.html.contains("This form has expired"));
    }
    assert_eq!(spool(&site.data()).len(), mails_before);
    // Still signed in, the old password still works and the link still opens its form.
    assert_eq!(browser.get("/en-US/account/").await.status, 200);
    assert_eq!(
        Browser::new(&site)
            .sign_in("en-US", "owner@example.org", PASSWORD)
            .await
            .status,
        303
    );
    assert_eq!(Browser::new(&site).get(&link).await.status, 200);
    site.stop().await;
}
