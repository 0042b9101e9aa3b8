//! A reader's browser for the tests of accounts, the newsletter and billing: a reqwest
//! client with a cookie store that fills in forms from the pages it fetched (CSRF token
//! included), and the mail the site wrote to its spool, parsed.

#![allow(dead_code)] // Each test file uses a different part of this.

use std::path::Path;

use reqwest::header::HeaderMap;
use reqwest::redirect::Policy;
use scraper::{Html, Selector};

use crate::common::TestSite;

/// One answer, read whole.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub html: String,
}

impl Page {
    fn document(&self) -> Html {
        Html::parse_document(&self.html)
    }

    /// The text of every element matching `css`, whitespace-collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        self.document()
            .select(&selector)
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    /// The text of the one element with `data-testid="id"`; panics when there is none.
    pub fn testid(&self, id: &str) -> String {
        self.texts(&format!("[data-testid=\"{id}\"]"))
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no data-testid={id} in {}", self.html))
    }

    /// The `name` attribute of the first element matching `css`; panics when none.
    pub fn attr(&self, css: &str, name: &str) -> String {
        let selector = Selector::parse(css).unwrap();
        self.document()
            .select(&selector)
            .find_map(|e| e.value().attr(name).map(str::to_owned))
            .unwrap_or_else(|| panic!("no {css}[{name}] in {}", self.html))
    }

    pub fn has_testid(&self, id: &str) -> bool {
        !self.texts(&format!("[data-testid=\"{id}\"]")).is_empty()
    }

    /// `name=value` of the hidden and visible inputs of the form posting to `action`.
    pub fn form_fields(&self, action: &str) -> Vec<(String, String)> {
        let form = Selector::parse(&format!("form[action=\"{action}\"]")).unwrap();
        let input = Selector::parse("input[name]").unwrap();
        let doc = self.document();
        let form = doc
            .select(&form)
            .next()
            .unwrap_or_else(|| panic!("no form posting to {action} in {}", self.html));
        form.select(&input)
            .map(|i| {
                let v = i.value();
                (
                    v.attr("name").unwrap_or_default().to_owned(),
                    v.attr("value").unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    pub fn location(&self) -> &str {
        self.headers["location"].to_str().unwrap()
    }

    /// Every `Set-Cookie` header, whole.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }
}

/// A browser: keeps cookies, does not follow redirects (tests look at them).
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

impl Browser {
    pub fn new(site: &TestSite) -> Self {
        Self {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: site.base.clone(),
        }
    }

    /// `path`, or the path of an absolute URL on this site.
    fn url(&self, path_or_url: &str) -> String {
        if path_or_url.starts_with("http") {
            path_or_url.to_owned()
        } else {
            format!("{}{path_or_url}", self.base)
        }
    }

    async fn read(response: reqwest::Response) -> Page {
        Page {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            html: response.text().await.unwrap(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::read(self.client.get(self.url(path)).send().await.unwrap()).await
    }

    /// Posts exactly `fields` (no CSRF token unless one is among them).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::read(
            self.client
                .post(self.url(path))
                .form(fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Fills in the form of `page` that posts to `action`: its fields as the page has
    /// them (CSRF token included), with `values` replacing or adding some.
    pub async fn submit(&self, page: &Page, action: &str, values: &[(&str, &str)]) -> Page {
        let mut fields = page.form_fields(action);
        for (name, value) in values {
            match fields.iter_mut().find(|(n, _)| n == name) {
                Some(field) => field.1 = (*value).to_owned(),
                None => fields.push(((*name).to_owned(), (*value).to_owned())),
            }
        }
        Self::read(
            self.client
                .post(self.url(action))
                .form(&fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Opens the page at `path` and submits its form posting to `action`.
    pub async fn fill(&self, path: &str, action: &str, values: &[(&str, &str)]) -> Page {
        let page = self.get(path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.html);
        self.submit(&page, action, values).await
    }

    /// Signs up through the forms and the confirmation mail, ending signed in.
    pub async fn sign_up(&self, site: &TestSite, locale: &str, email: &str, password: &str) {
        let before = spool(&site.data()).len();
        let page = self
            .fill(
                &format!("/{locale}/account/signup"),
                &format!("/{locale}/account/signup"),
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.html);
        let mails = spool(&site.data());
        assert_eq!(mails.len(), before + 1, "one mail per sign-up");
        let link = mails[before].link("/account/signup/confirm?token=");
        let confirm = self.get(&link).await;
        let done = self
            .submit(&confirm, &format!("/{locale}/account/signup/confirm"), &[])
            .await;
        assert_eq!(done.status, 303, "{}", done.html);
    }

    /// Signs in through the form; the answer to the POST.
    pub async fn sign_in(&self, locale: &str, email: &str, password: &str) -> Page {
        let path = format!("/{locale}/account/signin");
        self.fill(&path, &path, &[("email", email), ("password", password)])
            .await
    }
}

/// A mail from the spool, parsed.
#[derive(Debug)]
pub struct Mail {
    pub file: String,
    pub to: String,
    pub from: String,
    pub subject: String,
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
    pub body: String,
}

impl Mail {
    /// The one link in the body containing `part`.
    pub fn link(&self, part: &str) -> String {
        let links: Vec<&str> = self
            .body
            .split_whitespace()
            .filter(|w| w.starts_with("http") && w.contains(part))
            .collect();
        assert_eq!(links.len(), 1, "links with {part} in {}", self.body);
        links[0].to_owned()
    }

    /// The URL between the angle brackets of `List-Unsubscribe`.
    pub fn unsubscribe_url(&self) -> String {
        self.list_unsubscribe
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_owned()
    }
}

fn header(message: &mail_parser::Message<'_>, name: &str) -> String {
    message
        .header_raw(name)
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

/// The spool once it holds at least `count` mails (some are sent after the answer, as
/// password resets are); a deadline for waiting, not a timing assertion.
pub async fn spool_of_at_least(data: &Path, count: usize) -> Vec<Mail> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let mails = spool(data);
        if mails.len() >= count {
            return mails;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the spool never reached {count} mails (has {})",
            mails.len()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn is_spool_temporary(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.ends_with(".tmp"))
}

/// Every mail in the site's spool, oldest first (the file names sort by time).
pub fn spool(data: &Path) -> Vec<Mail> {
    let dir = data.join("mail-spool");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    // A mail being written is a hidden temporary file until it is renamed whole to
    // `.eml` (mail is also sent after an answer, so one may be on its way); anything
    // else in the spool is a fault.
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| !is_spool_temporary(p))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("eml"),
                "only finished .eml files in the spool: {path:?}"
            );
            let bytes = std::fs::read(&path).unwrap();
            let message = mail_parser::MessageParser::default()
                .parse(&bytes)
                .unwrap_or_else(|| panic!("{path:?} is not a mail"));
            let address = |a: Option<&mail_parser::Address<'_>>| {
                a.and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_owned()
            };
            Mail {
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                to: address(message.to()),
                from: address(message.from()),
                subject: message.subject().unwrap_or_default().to_owned(),
                list_unsubscribe: header(&message, "List-Unsubscribe"),
                list_unsubscribe_post: header(&message, "List-Unsubscribe-Post"),
                body: message.body_text(0).unwrap_or_default().into_owned(),
            }
        })
        .collect()
}

/// The site's storage, opened beside the running server (WAL lets both in).
pub fn storage(site: &TestSite) -> dateline_site::storage::SqliteStorage {
    dateline_site::storage::SqliteStorage::open(&site.data().join("site.sqlite3")).unwrap()
}

/// Runs SQL on the site's database: for moving times into the past.
pub fn sql(site: &TestSite, statement: &str) {
    let conn = rusqlite::Connection::open(site.data().join("site.sqlite3")).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    conn.execute_batch(statement).unwrap();
}
