//! What every test of a running Dateline site shares: [`TestSite`], a real
//! `dateline-site` serving the fixture publication on 127.0.0.1:0 from a temporary
//! folder, and [`mail`], the reader of the mail it writes to its spool.
//!
//! It exists because the site's integration tests (`crates/site/tests`) and the
//! end-to-end suites (`tests/`, package `e2e`) each had a harness and a spool reader of
//! their own, which had begun to differ (one skipped files the other called a fault).
//! Both depend on this crate now (the site as a dev-dependency), so how a test site is
//! started, given tokens and stopped, and how its mail is read, is written once.
//! Helpers only one side needs stay with it: the reader's browser and the articles of
//! the site's suites in `crates/site/tests`, the desk and WebDriver in `tests/src`.

// Harness types hold servers, folders and clients; printing them helps no one.
#![allow(missing_debug_implementations)]

mod http;
pub mod mail;
mod paths;
mod site;

pub use http::{hidden_field, new_id, new_key, set_cookie, status_json};
pub use mail::{Mail, spool, spool_of_at_least};
pub use paths::{bin_dir, binary, fixture_config, repo_root};
pub use site::{SiteBuilder, TestSite, run_with_stdin};
