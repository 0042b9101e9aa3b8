//! Every kind of page the site serves passes the W3C Nu HTML checker with no error, in a
//! left-to-right locale and a right-to-left one: the pages are fetched from a real site
//! as readers get them, saved to a folder, and checked in one run of vnu.jar.

mod common;
mod reader;
mod vnu;

use std::path::PathBuf;

use common::{PNG, TestSite, new_id};
use dateline_site::admin;
use reader::{Browser, Page, spool, spool_of_at_least};
use serde_json::{Value, json};

/// English reads left to right, Arabic right to left: `dir` and the mirrored layout.
const LOCALES: [&str; 2] = ["en-US", "ar"];
const SUBSCRIBER: &str = "keeper@example.org";
const PASSWORD: &str = "the-lamp-room-is-cold";

/// A premium article in English and Arabic with most of what a body can hold: a
/// heading, a list, a quotation, an uploaded image (`image`, its name), a table, an
/// outside link, and a cut.
fn lighthouse_article(image: &str) -> Value {
    let figure = format!("![The lamp room at dusk](dateline-image:{image})");
    let figure_ar = format!("![غرفة المصباح عند الغروب](dateline-image:{image})");
    let table = "| night | hours lit |\n|---|---|\n| first | 14 |\n| last | 15 |";
    let table_ar = "| الليلة | ساعات الإضاءة |\n|---|---|\n| الأولى | 14 |\n| الأخيرة | 15 |";
    json!({
        "source_locale": "en-US",
        "section": "economy/asia",
        "tags": ["lighthouses", "history"],
        "byline": "Noor Haddad",
        "source_url": "https://example.org/keepers-log",
        "tier": "premium",
        "texts": [
            {
                "locale": "en-US",
                "title": "The lighthouse keepers' last winter",
                "standfirst": "A log kept in three hands ends with a line about fog.",
                "body": format!("The keepers of the northern light climbed its steps twice a night.\n\n\
                    {figure}\n\n\
                    ## A log in three hands\n\n\
                    - the weather at dusk\n- the ships that passed\n- the oil burned\n\n\
                    > You learn the sea by its silences, one keeper wrote.\n\n\
                    <!-- paywall -->\n\n\
                    {table}\n\n\
                    The last entry, the night before the lamp ran by itself, is about the fog. \
                    The [harbour office](https://example.org/harbour) keeps the log now.\n"),
                "slug": "keepers-last-winter"
            },
            {
                "locale": "ar",
                "title": "الشتاء الأخير لحرّاس المنارة",
                "standfirst": "سجلّ كُتب بثلاثة خطوط ينتهي بسطر عن الضباب.",
                "body": format!("كان حرّاس المنارة الشمالية يصعدون درجاتها مرّتين كل ليلة.\n\n\
                    {figure_ar}\n\n\
                    ## سجلّ بثلاثة خطوط\n\n\
                    - الطقس عند الغروب\n- السفن التي مرّت\n- الزيت المحترق\n\n\
                    > تتعلّم البحر من صمته، كتب أحد الحرّاس.\n\n\
                    <!-- paywall -->\n\n\
                    {table_ar}\n\n\
                    آخر ما كُتب في السجل، ليلة قبل أن تدور المنارة وحدها، سطر عن الضباب. \
                    يحفظ [مكتب المرفأ](https://example.org/harbour) السجل اليوم.\n"),
                "slug": "hurras-al-manara"
            }
        ]
    })
}

/// A free article beside it, so that listings hold two stories and the article page
/// has a related one.
fn harbour_article() -> Value {
    json!({
        "source_locale": "en-US",
        "section": "economy/asia",
        "tags": [],
        "byline": "Noor Haddad",
        "tier": "public",
        "texts": [
            {
                "locale": "en-US",
                "title": "Tide tables, printed by hand",
                "standfirst": "The harbour still posts them on the door.",
                "body": "Every Monday a new sheet goes up.\n",
                "slug": "tide-tables"
            },
            {
                "locale": "ar",
                "title": "جداول المدّ، مطبوعة باليد",
                "standfirst": "ما زال المرفأ يعلّقها على الباب.",
                "body": "كل يوم اثنين تُعلَّق ورقة جديدة.\n",
                "slug": "jadawil-al-madd"
            }
        ]
    })
}

/// The pages saved for the checker, one file each, named for the page.
struct Saved {
    dir: tempfile::TempDir,
    files: Vec<PathBuf>,
}

impl Saved {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            files: Vec::new(),
        }
    }

    /// Saves `page` as `<name>.html` once it is sure to be the page meant: it answered
    /// `status` and holds the element with `data-testid=testid` (when one is named).
    fn keep(&mut self, name: &str, page: &Page, status: u16, testid: Option<&str>) {
        assert_eq!(page.status, status, "{name}: {}", page.html);
        if let Some(id) = testid {
            assert!(
                page.has_testid(id),
                "{name} has no data-testid={id}: {}",
                page.html
            );
        }
        let file = self.dir.path().join(format!("{name}.html"));
        std::fs::write(&file, &page.html).unwrap();
        self.files.push(file);
    }
}

/// The link holding `part` in the first mail after the spool's first `before` (some
/// mails are sent after the answer, so this waits for it).
async fn link_in_mail_after(site: &TestSite, before: usize, part: &str) -> String {
    spool_of_at_least(&site.data(), before + 1).await[before].link(part)
}

#[tokio::test]
async fn every_kind_of_page_passes_the_nu_html_checker() {
    let site = TestSite::start().await;
    let upload = site.upload(&site.editor, "image/png", PNG).await;
    assert!(upload.status().is_success(), "{}", upload.status());
    let image: Value = upload.json().await.unwrap();
    let image = image["name"].as_str().expect("an uploaded image's name");
    let lighthouse = site.publish(&new_id(), &lighthouse_article(image)).await;
    site.publish(&new_id(), &harbour_article()).await;
    admin::add_subscriber(&site.data(), SUBSCRIBER, PASSWORD).unwrap();
    admin::grant(&site.data(), SUBSCRIBER, "premium").unwrap();

    let mut saved = Saved::new();
    for locale in LOCALES {
        let article = site.path_in(&lighthouse, locale);
        let anonymous = Browser::new(&site);
        let get = async |path: &str| anonymous.get(&format!("/{locale}{path}")).await;
        let name = |kind: &str| format!("{locale}-{kind}");

        saved.keep(&name("home"), &get("/").await, 200, None);
        saved.keep(&name("section"), &get("/economy/").await, 200, None);
        saved.keep(&name("subsection"), &get("/economy/asia/").await, 200, None);
        saved.keep(&name("empty-section"), &get("/culture/").await, 200, None);
        let teaser = anonymous.get(&article).await;
        assert!(teaser.html.contains("<img "), "{}", teaser.html);
        saved.keep(
            &name("article-anonymous"),
            &teaser,
            200,
            Some("subscribe-box"),
        );
        saved.keep(&name("not-found"), &get("/no-such-page").await, 404, None);
        saved.keep(
            &name("subscribe"),
            &get("/account/subscribe").await,
            200,
            None,
        );

        // Signing in: the form, and the form again after a wrong password.
        saved.keep(&name("signin"), &get("/account/signin").await, 200, None);
        let failed = anonymous
            .sign_in(locale, SUBSCRIBER, "not the password")
            .await;
        saved.keep(&name("signin-failed"), &failed, 401, Some("signin-failed"));

        // Signing up: the form, its complaints, "check your inbox", the mailed link's
        // page with its button, and the account page it ends on.
        let signup = format!("/{locale}/account/signup");
        let form = anonymous.get(&signup).await;
        saved.keep(&name("signup"), &form, 200, None);
        let email = format!("new-{locale}@example.org");
        let short = anonymous
            .submit(&form, &signup, &[("email", &email), ("password", "x")])
            .await;
        saved.keep(&name("signup-errors"), &short, 422, Some("signup-errors"));
        let mails = spool(&site.data()).len();
        let sent = anonymous
            .submit(
                &short,
                &signup,
                &[("email", &email), ("password", PASSWORD)],
            )
            .await;
        saved.keep(&name("signup-sent"), &sent, 200, Some("check-inbox"));
        let link = link_in_mail_after(
            &site,
            mails,
            &format!("/{locale}/account/signup/confirm?token="),
        )
        .await;
        let confirm = anonymous.get(&link).await;
        saved.keep(
            &name("signup-confirm"),
            &confirm,
            200,
            Some("signup-confirm"),
        );
        let done = anonymous
            .submit(&confirm, &format!("/{locale}/account/signup/confirm"), &[])
            .await;
        assert_eq!(done.status, 303, "{}", done.html);
        saved.keep(
            &name("account-welcome"),
            &anonymous.get(done.location()).await,
            200,
            Some("welcome"),
        );

        // A new password: asking, "check your inbox", and the mailed link's form.
        let stranger = Browser::new(&site);
        let reset = format!("/{locale}/account/reset");
        let form = stranger.get(&reset).await;
        saved.keep(&name("reset-request"), &form, 200, Some("reset-request"));
        let mails = spool(&site.data()).len();
        let asked = stranger
            .submit(&form, &reset, &[("email", SUBSCRIBER)])
            .await;
        saved.keep(&name("reset-sent"), &asked, 200, Some("check-inbox"));
        let link = link_in_mail_after(
            &site,
            mails,
            &format!("/{locale}/account/reset/confirm?token="),
        )
        .await;
        let form = stranger.get(&link).await;
        saved.keep(&name("reset-password"), &form, 200, Some("reset-password"));
        let short = stranger
            .submit(
                &form,
                &format!("/{locale}/account/reset/confirm"),
                &[("password", "x")],
            )
            .await;
        saved.keep(&name("reset-errors"), &short, 422, Some("reset-errors"));

        // The newsletter: its page, "check your inbox", the mailed link's page, and a
        // link that no longer works.
        let newsletter = format!("/{locale}/newsletter/");
        let form = stranger.get(&newsletter).await;
        saved.keep(&name("newsletter"), &form, 200, None);
        let mails = spool(&site.data()).len();
        let asked = stranger
            .submit(
                &form,
                &format!("/{locale}/newsletter/subscribe"),
                &[("email", &format!("reader-{locale}@example.org"))],
            )
            .await;
        saved.keep(&name("newsletter-sent"), &asked, 200, Some("check-inbox"));
        let link = link_in_mail_after(
            &site,
            mails,
            &format!("/{locale}/newsletter/confirm?token="),
        )
        .await;
        let confirm = stranger.get(&link).await;
        saved.keep(
            &name("newsletter-confirm"),
            &confirm,
            200,
            Some("notice-button"),
        );
        saved.keep(
            &name("link-expired"),
            &get("/newsletter/confirm?token=nonsense").await,
            404,
            Some("link-expired"),
        );

        // A subscriber: the whole article, the account page, a listing signed in.
        let subscriber = Browser::new(&site);
        let signed_in = subscriber.sign_in(locale, SUBSCRIBER, PASSWORD).await;
        assert_eq!(signed_in.status, 303, "{}", signed_in.html);
        let whole = subscriber.get(&article).await;
        assert!(whole.html.contains("<table"), "{}", whole.html);
        saved.keep(&name("article-subscriber"), &whole, 200, Some("paid-part"));
        saved.keep(
            &name("account"),
            &subscriber.get(&format!("/{locale}/account/")).await,
            200,
            Some("account"),
        );
        saved.keep(
            &name("home-signed-in"),
            &subscriber.get(&format!("/{locale}/")).await,
            200,
            Some("signed-in"),
        );
    }

    let findings = vnu::errors(&saved.files);
    assert!(
        findings.is_empty(),
        "the Nu HTML checker found {} errors in {} pages:\n{}",
        findings.len(),
        saved.files.len(),
        findings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    site.stop().await;
}

/// The checker does see errors: a page with a label around two controls (the mistake
/// this suite was written for) is reported, with its file and message.
#[test]
fn the_checker_reports_an_invalid_page() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.html");
    std::fs::write(
        &file,
        "<!doctype html><html lang=en><title>t</title>\
         <form><label>Mail <input type=email name=e> <button>Go</button></label></form>",
    )
    .unwrap();
    let findings = vnu::errors(&[file]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].file, "broken.html");
    assert!(
        findings[0].message.contains("label"),
        "{}",
        findings[0].message
    );
}
