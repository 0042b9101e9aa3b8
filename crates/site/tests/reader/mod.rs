//! A reader's browser for the tests of accounts, the newsletter and billing: a reqwest
//! client with a cookie store that fills in forms from the pages it fetched (CSRF token
//! included). The mail the site wrote to its spool is read by the shared reader of
//! `dateline-test-support`, re-exported here.

#![allow(dead_code, unused_imports)] // Each test file uses a different part of this.

use reqwest::header::HeaderMap;
use reqwest::redirect::Policy;
use scraper::{Html, Selector};

use crate::common::TestSite;
pub use dateline_test_support::mail::{Mail, spool, spool_of_at_least};

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
