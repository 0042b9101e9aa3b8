//! The mail a site wrote to its spool (`<data>/mail-spool/*.eml`, the default when no
//! SMTP server is configured), parsed with mail-parser as a mail client would.

use std::path::Path;
use std::time::{Duration, Instant};

/// A mail, parsed.
#[derive(Debug)]
pub struct Mail {
    /// The spool file's name; empty for a mail not read from the spool.
    pub file: String,
    pub to: String,
    pub from: String,
    pub subject: String,
    /// The raw `List-Unsubscribe` header, trimmed; empty when there is none.
    pub list_unsubscribe: String,
    /// The raw `List-Unsubscribe-Post` header, trimmed; empty when there is none.
    pub list_unsubscribe_post: String,
    pub body: String,
    /// Every header, name and raw value (trimmed), in the order of the message.
    headers: Vec<(String, String)>,
}

impl Mail {
    /// Parses a whole message (headers and body); `None` if it is not one.
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        let message = mail_parser::MessageParser::default().parse(bytes)?;
        let address = |a: Option<&mail_parser::Address<'_>>| {
            a.and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned()
        };
        let raw = message.raw_message();
        let headers: Vec<(String, String)> = message
            .headers()
            .iter()
            .map(|h| {
                let value = &raw[h.offset_start as usize..h.offset_end as usize];
                let value = String::from_utf8_lossy(value).trim().to_owned();
                (h.name().to_owned(), value)
            })
            .collect();
        let mut mail = Self {
            file: String::new(),
            to: address(message.to()),
            from: address(message.from()),
            subject: message.subject().unwrap_or_default().to_owned(),
            list_unsubscribe: String::new(),
            list_unsubscribe_post: String::new(),
            body: message.body_text(0).unwrap_or_default().into_owned(),
            headers,
        };
        mail.list_unsubscribe = mail
            .header("List-Unsubscribe")
            .unwrap_or_default()
            .to_owned();
        mail.list_unsubscribe_post = mail
            .header("List-Unsubscribe-Post")
            .unwrap_or_default()
            .to_owned();
        Some(mail)
    }

    /// The raw value of the first header called `name` (in any case), trimmed.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The one link in the body containing `part`; panics unless there is exactly one.
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

/// The spool once it holds at least `count` mails (some are sent after the answer, as
/// password resets are); a deadline for waiting, not a timing assertion.
pub async fn spool_of_at_least(data: &Path, count: usize) -> Vec<Mail> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mails = spool(data);
        if mails.len() >= count {
            return mails;
        }
        assert!(
            Instant::now() < deadline,
            "the spool never reached {count} mails (has {})",
            mails.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn is_spool_temporary(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.ends_with(".tmp"))
}

/// Every mail in the spool of the site whose data folder is `data`, oldest first (the
/// file names sort by time).
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
            let mut mail = Mail::parse(&bytes).unwrap_or_else(|| panic!("{path:?} is not a mail"));
            mail.file = path.file_name().unwrap().to_string_lossy().into_owned();
            mail
        })
        .collect()
}
