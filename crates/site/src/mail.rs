//! Outgoing mail: composed with lettre, then sent over SMTP when site.toml has
//! `[mail] smtp_url`, or else written to `DIR/mail-spool/` as `.eml` files.
//!
//! The spool makes a site work out of the box (the demo, tests, a machine without a
//! mail server): an operator reads the files, or has a relay pick them up. Each file is
//! written under a temporary name and renamed, so a reader of the folder never sees half
//! a message. Every message carries `List-Unsubscribe` (with RFC 8058's one-click
//! `List-Unsubscribe-Post`), which mail providers expect and show as a button.
//!
//! The SMTP password is never logged: messages name the server by host and port only.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::{
    ContentTransferEncoding, ContentType, Header, HeaderName, HeaderValue,
};
use lettre::message::{Body, Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::config::{ConfigError, SiteConfig};
use crate::error::SiteError;
use crate::secret_files;

/// The spool folder inside the site's data folder.
pub const SPOOL_DIR: &str = "mail-spool";
/// Read when `[mail] smtp_password_file` is not set.
pub const SMTP_PASSWORD_ENV: &str = "DATELINE_SMTP_PASSWORD";
/// How long one SMTP exchange may take before the send counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// One message to one reader: plain text, with the link that unsubscribes them.
#[derive(Debug, Clone)]
pub(crate) struct Letter {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The absolute `https://…/newsletter/unsubscribe?token=…` address.
    pub unsubscribe_url: String,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum MailError {
    #[error("composing the message: {0}")]
    Compose(String),
    #[error("writing to the mail spool {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("sending through {server}: {message}")]
    Smtp { server: String, message: String },
}

#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// RFC 8058: the mail client may POST `List-Unsubscribe=One-Click` to the address in
/// `List-Unsubscribe`, so the reader unsubscribes without opening a page.
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

enum Transport {
    Spool(PathBuf),
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// `host:port`, for messages.
        server: String,
    },
}

/// Sends the site's mail one way or the other.
pub(crate) struct Mailer {
    from: Mailbox,
    transport: Transport,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let via = match &self.transport {
            Transport::Spool(dir) => format!("spool {}", dir.display()),
            Transport::Smtp { server, .. } => format!("smtp {server}"),
        };
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .field("via", &via)
            .finish()
    }
}

fn invalid(field: &str, message: String) -> SiteError {
    SiteError::Config(ConfigError::Invalid {
        file: "site.toml".to_owned(),
        field: field.to_owned(),
        message,
    })
}

impl Mailer {
    /// The mailer `config` asks for; `data` is the site folder (the spool's parent and
    /// the base of a relative `smtp_password_file`).
    pub(crate) fn from_config(config: &SiteConfig, data: &Path) -> Result<Self, SiteError> {
        let mail = &config.mail;
        let from = match &mail.from {
            Some(from) => from
                .parse::<Mailbox>()
                .map_err(|e| invalid("mail.from", e.to_string()))?,
            None => default_from(config),
        };
        let Some(smtp_url) = &mail.smtp_url else {
            return Ok(Self {
                from,
                transport: Transport::Spool(data.join(SPOOL_DIR)),
            });
        };
        let url = url::Url::parse(smtp_url)
            .map_err(|e| invalid("mail.smtp_url", format!("not a URL: {e}")))?;
        let server = format!(
            "{}:{}",
            url.host_str().unwrap_or_default(),
            url.port()
                .map_or_else(|| "default port".to_owned(), |p| p.to_string())
        );
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            // lettre's error could quote the URL; say which field instead.
            .map_err(|_| {
                invalid(
                    "mail.smtp_url",
                    format!(
                        "{} is not an SMTP URL lettre accepts (scheme smtp or smtps, tls=required or opportunistic)",
                        crate::config::redact_url(smtp_url)
                    ),
                )
            })?
            .timeout(Some(SMTP_TIMEOUT));
        if url.password().is_none() {
            let password = secret_files::load(
                "mail.smtp_password_file",
                mail.smtp_password_file.as_deref(),
                SMTP_PASSWORD_ENV,
                data,
            )?;
            match (url.username(), password) {
                ("", None) => {}
                ("", Some(_)) => {
                    return Err(invalid(
                        "mail.smtp_url",
                        "a password is given but the URL names no user (smtps://user@host)".into(),
                    ));
                }
                (_, None) => {
                    return Err(invalid(
                        "mail.smtp_password_file",
                        format!(
                            "mail.smtp_url names a user; give the password in this file or in {SMTP_PASSWORD_ENV}"
                        ),
                    ));
                }
                (user, Some(password)) => {
                    let user = percent_decode(user);
                    builder =
                        builder.credentials(Credentials::new(user, password.expose().to_owned()));
                }
            }
        }
        Ok(Self {
            from,
            transport: Transport::Smtp {
                transport: builder.build(),
                server,
            },
        })
    }

    /// How mail leaves, for the startup log line: never a password.
    pub(crate) fn describe(&self) -> String {
        match &self.transport {
            Transport::Spool(dir) => format!("mail is written to {}", dir.display()),
            Transport::Smtp { server, .. } => format!("mail is sent through {server}"),
        }
    }

    pub(crate) async fn send(&self, letter: Letter) -> Result<(), MailError> {
        // The spool is read by people, often in a text editor: its body is plain 8-bit
        // UTF-8. Over SMTP lettre picks a 7-bit-safe encoding, which every server takes.
        let readable = matches!(self.transport, Transport::Spool(_));
        let message = self.compose(&letter, readable)?;
        match &self.transport {
            Transport::Spool(dir) => {
                let dir = dir.clone();
                let bytes = message.formatted();
                tokio::task::spawn_blocking(move || spool(&dir, &bytes))
                    .await
                    .map_err(|e| MailError::Spool {
                        path: PathBuf::from(SPOOL_DIR),
                        source: std::io::Error::other(e),
                    })?
            }
            Transport::Smtp { transport, server } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Smtp {
                    server: server.clone(),
                    message: e.to_string(),
                }),
        }
    }

    fn compose(&self, letter: &Letter, readable: bool) -> Result<Message, MailError> {
        let to: Mailbox = letter
            .to
            .parse()
            .map_err(|e| MailError::Compose(format!("recipient: {e}")))?;
        let body = if readable {
            readable_body(&letter.body)
        } else {
            Body::new(letter.body.clone())
        };
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(letter.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .header(ListUnsubscribe(format!("<{}>", letter.unsubscribe_url)))
            .header(ListUnsubscribePost)
            .message_id(None)
            .body(body)
            .map_err(|e| MailError::Compose(e.to_string()))
    }
}

/// The body as 8-bit UTF-8 text with CRLF line ends, when every line is within RFC
/// 5322's hard limit of 998 octets (lettre itself keeps to the 76 that is only a
/// recommendation, and would encode a line holding a link in base64); otherwise what
/// lettre chooses.
fn readable_body(text: &str) -> Body {
    let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
    if crlf.split("\r\n").all(|line| line.len() <= 998) && !crlf.contains('\0') {
        Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
    } else {
        Body::new(text.to_owned())
    }
}

/// `"<site name>" <noreply@<base URL's host>>`, or `noreply@localhost` when the host
/// is not a domain (an IP address in the demo).
fn default_from(config: &SiteConfig) -> Mailbox {
    let host = config
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or_default();
    let address = format!("noreply@{host}")
        .parse()
        .or_else(|_| "noreply@localhost".parse())
        .expect("noreply@localhost is an address");
    Mailbox::new(Some(config.name.clone()), address)
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Writes one message into the spool: a hidden temporary file, flushed, then renamed to
/// `<UTC time>-<random>.eml`, so names sort by time and no half-written file shows.
fn spool(dir: &Path, bytes: &[u8]) -> Result<(), MailError> {
    let err = |path: &Path| {
        let path = path.to_owned();
        move |source| MailError::Spool { path, source }
    };
    std::fs::create_dir_all(dir).map_err(err(dir))?;
    let id = uuid::Uuid::new_v4().simple().to_string();
    let name = format!(
        "{}-{}.eml",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
        &id[..12]
    );
    let temp = dir.join(format!(".{id}.tmp"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // The messages hold sign-up and unsubscribe links: readable by the operator only.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temp).map_err(err(&temp))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(err(&temp))?;
    drop(file);
    let target = dir.join(name);
    std::fs::rename(&temp, &target).map_err(err(&target))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(extra: &str) -> SiteConfig {
        let fixture = include_str!("../../../tests/fixtures/publication/site.toml");
        SiteConfig::parse("site.toml", &format!("{fixture}\n{extra}")).unwrap()
    }

    #[tokio::test]
    async fn without_smtp_mail_goes_to_the_spool_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::from_config(&config(""), dir.path()).unwrap();
        assert!(mailer.describe().contains("mail-spool"));
        mailer
            .send(Letter {
                to: "reader@example.org".into(),
                subject: "Bestätigen Sie Ihr Abonnement".into(),
                body: "Hallo Leserin,\n\nbitte bestätigen Sie Ihr Abonnement, indem Sie diesen Link öffnen: https://news.example/de/newsletter/confirm?token=abc\n".into(),
                unsubscribe_url: "https://news.example/de/newsletter/unsubscribe?token=abc".into(),
            })
            .await
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join(SPOOL_DIR))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "no temporary file is left: {files:?}");
        assert_eq!(files[0].extension().unwrap(), "eml");
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("To: reader@example.org"), "{text}");
        assert!(
            text.contains("From: \"The Lantern Courier\" <noreply@127.0.0.1>"),
            "{text}"
        );
        assert!(text.contains(
            "List-Unsubscribe: <https://news.example/de/newsletter/unsubscribe?token=abc>"
        ));
        assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert!(text.contains("Content-Transfer-Encoding: 8bit"), "{text}");
        assert!(
            text.ends_with(
                "\r\n\r\nHallo Leserin,\r\n\r\nbitte bestätigen Sie Ihr Abonnement, indem Sie \
                 diesen Link öffnen: https://news.example/de/newsletter/confirm?token=abc\r\n"
            ),
            "the body reads as it was written: {text:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
    }

    #[test]
    fn smtp_config_is_checked_and_the_password_never_shows() {
        let dir = tempfile::tempdir().unwrap();
        let inline = config("[mail]\nsmtp_url = \"smtps://ana:s3cret@mail.example:465\"\n");
        let mailer = Mailer::from_config(&inline, dir.path()).unwrap();
        assert_eq!(mailer.describe(), "mail is sent through mail.example:465");
        assert!(!format!("{mailer:?}").contains("s3cret"));
        assert!(!format!("{inline:?}").contains("s3cret"));

        // A user without a password anywhere is a mistake the operator hears about.
        let user_only = config("[mail]\nsmtp_url = \"smtps://ana@mail.example\"\n");
        let e = Mailer::from_config(&user_only, dir.path())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("site.toml: mail.smtp_password_file:"), "{e}");

        std::fs::write(dir.path().join("smtp-password"), "s3cret\n").unwrap();
        let from_file = config(
            "[mail]\nsmtp_url = \"smtps://ana@mail.example\"\nsmtp_password_file = \"smtp-password\"\n",
        );
        assert!(Mailer::from_config(&from_file, dir.path()).is_ok());
    }

    #[test]
    fn unencrypted_smtp_is_only_for_this_machine() {
        let message = |extra: &str| {
            SiteConfig::parse(
                "site.toml",
                &format!(
                    "{}\n{extra}",
                    include_str!("../../../tests/fixtures/publication/site.toml")
                ),
            )
            .err()
            .map(|e| e.to_string())
        };
        let e = message("[mail]\nsmtp_url = \"smtp://ana:pw@mail.example:25\"\n").unwrap();
        assert!(
            e.starts_with(
                "site.toml: mail.smtp_url: smtp://ana:***@mail.example:25 is unencrypted"
            ),
            "{e}"
        );
        assert!(!e.contains("pw@"));
        assert_eq!(
            message("[mail]\nsmtp_url = \"smtp://localhost:25\"\n"),
            None
        );
        assert_eq!(
            message("[mail]\nsmtp_url = \"smtp://mail.example:587?tls=required\"\n"),
            None
        );
        let e = message("[mail]\nfrom = \"not an address\"\n").unwrap();
        assert!(e.starts_with("site.toml: mail.from: "), "{e}");
        let e = message(
            "[mail]\nsmtp_url = \"smtps://a:b@mail.example\"\nsmtp_password_file = \"p\"\n",
        )
        .unwrap();
        assert!(
            e.contains("mail.smtp_password_file: mail.smtp_url already holds a password"),
            "{e}"
        );
    }
}
