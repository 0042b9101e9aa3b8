//! Mail through SMTP: the site's lettre client against a small fake SMTP server on
//! 127.0.0.1 that records what it is told (a real mail server is outside the machine,
//! so the peer is the one stand-in here). Also: the secrets never reach the log.

mod common;
mod reader;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use base64::Engine;
use common::{TestSite, fixture_config};
use reader::{Browser, Mail, spool};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader as AsyncBufReader};
use tokio::net::TcpListener;

/// What one SMTP client said.
#[derive(Debug, Default, Clone)]
struct Transcript {
    auth: Option<String>,
    mail_from: String,
    rcpt_to: Vec<String>,
    data: String,
}

/// A fake SMTP server accepting everything (with AUTH PLAIN), recording each session.
async fn fake_smtp() -> (u16, Arc<Mutex<Vec<Transcript>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let sessions = Arc::new(Mutex::new(Vec::new()));
    let record = sessions.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let record = record.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = AsyncBufReader::new(read).lines();
                let mut t = Transcript::default();
                write.write_all(b"220 fake.test ESMTP\r\n").await.unwrap();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-fake.test\r\n250 AUTH PLAIN\r\n"
                    } else if let Some(auth) = line.strip_prefix("AUTH PLAIN ") {
                        t.auth = Some(auth.to_owned());
                        b"235 2.7.0 ok\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        t.mail_from = line[10..].trim().to_owned();
                        b"250 ok\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        t.rcpt_to.push(line[8..].trim().to_owned());
                        b"250 ok\r\n"
                    } else if upper == "DATA" {
                        write.write_all(b"354 go on\r\n").await.unwrap();
                        while let Ok(Some(data)) = lines.next_line().await {
                            if data == "." {
                                break;
                            }
                            t.data.push_str(&data);
                            t.data.push('\n');
                        }
                        record.lock().unwrap().push(t.clone());
                        b"250 queued\r\n"
                    } else if upper == "QUIT" {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, sessions)
}

fn add_to_config(data: &std::path::Path, extra: &str) {
    let config = data.join("site.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(extra);
    std::fs::write(config, text).unwrap();
}

#[tokio::test]
async fn mail_goes_to_the_configured_server_with_the_right_envelope() {
    let (port, sessions) = fake_smtp().await;
    let site = TestSite::builder()
        .prepare(|data| {
            std::fs::write(data.join("smtp-password"), "hunter2-but-longer\n").unwrap();
            add_to_config(
                data,
                &format!(
                    "\n[mail]\nfrom = \"The Lantern Courier <news@lantern.example>\"\n\
                 smtp_url = \"smtp://courier%40lantern.example@127.0.0.1:{port}\"\n\
                 smtp_password_file = \"smtp-password\"\n"
                ),
            );
        })
        .start()
        .await;
    let browser = Browser::new(&site);
    let page = browser
        .fill(
            "/ja/newsletter/",
            "/ja/newsletter/subscribe",
            &[("email", "dokusha@example.jp")],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.html);

    let sessions = sessions.lock().unwrap().clone();
    assert_eq!(sessions.len(), 1);
    let t = &sessions[0];
    assert_eq!(t.mail_from, "<news@lantern.example>");
    assert_eq!(t.rcpt_to, ["<dokusha@example.jp>"]);
    // AUTH PLAIN is "\0user\0password": the user from the URL, the password from the file.
    let auth = base64::engine::general_purpose::STANDARD
        .decode(t.auth.as_deref().expect("the client authenticated"))
        .unwrap();
    assert_eq!(auth, b"\0courier@lantern.example\0hunter2-but-longer");
    let message = Mail::parse(t.data.as_bytes()).expect("the DATA is a mail");
    assert_eq!(
        message.subject,
        "The Lantern Courier ニュースレターの購読確認"
    );
    assert!(
        message
            .header("List-Unsubscribe")
            .unwrap()
            .contains("/ja/newsletter/unsubscribe?token=")
    );
    assert!(message.body.contains("/ja/newsletter/confirm?token="));
    // Nothing went to the spool.
    assert!(spool(&site.data()).is_empty());
    site.stop().await;
}

#[tokio::test]
async fn an_unreachable_mail_server_is_a_clear_503() {
    // A port that was free a moment ago: nothing listens there now.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let site = TestSite::builder()
        .prepare(|data| {
            add_to_config(
                data,
                &format!("\n[mail]\nsmtp_url = \"smtp://127.0.0.1:{port}\"\n"),
            );
        })
        .start()
        .await;
    let browser = Browser::new(&site);
    let page = browser
        .fill(
            "/en-US/newsletter/",
            "/en-US/newsletter/subscribe",
            &[("email", "a@example.org")],
        )
        .await;
    assert_eq!(page.status, 503);
    assert!(
        page.testid("mail-failed")
            .contains("The e-mail could not be sent")
    );
    site.stop().await;
}

#[tokio::test]
async fn secrets_and_mailed_link_tokens_never_reach_the_log() {
    let (port, sessions) = fake_smtp().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    dateline_site::init(&data, &fixture_config()).unwrap();
    std::fs::write(data.join("hook-secret"), "whsec_do_not_log_me_7731").unwrap();
    add_to_config(
        &data,
        &format!(
            "\n[mail]\nsmtp_url = \"smtp://courier@127.0.0.1:{port}\"\n\
             [billing]\nwebhook_secret_file = \"hook-secret\"\n"
        ),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline-site"))
        .args([
            "serve",
            "--data",
            data.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ])
        .env("RUST_LOG", "debug")
        .env("DATELINE_SMTP_PASSWORD", "smtp_do_not_log_me_9924")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (line_tx, line_rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = line_tx.send(line);
        }
    });
    let mut log = Vec::new();
    let base = loop {
        let line = line_rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the server says where it listens");
        log.push(line.clone());
        if let Some(at) = line.find("listening on ") {
            break line[at + "listening on ".len()..].trim().to_owned();
        }
    };

    let client = reqwest::Client::new();
    let body = r#"{"id":"evt_log","type":"subscription.updated","email":"a@example.org","tier":"premium"}"#;
    let t = chrono::Utc::now().timestamp();
    for secret in [&b"whsec_do_not_log_me_7731"[..], b"a wrong secret"] {
        let r = client
            .post(format!("{base}/webhooks/billing"))
            .header(
                "Dateline-Signature",
                dateline_site::billing::sign(secret, t, body.as_bytes()),
            )
            .body(body)
            .send()
            .await
            .unwrap();
        assert!(r.status() == 200 || r.status() == 401, "{}", r.status());
    }
    // And one mail through the server that needs the password.
    let site_form = client
        .get(format!("{base}/en-US/newsletter/"))
        .send()
        .await
        .unwrap();
    let cookie = site_form.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let html = site_form.text().await.unwrap();
    let csrf = common::hidden_field(&html, "csrf");
    let r = client
        .post(format!("{base}/en-US/newsletter/subscribe"))
        .header("Cookie", cookie)
        .form(&[("email", "b@example.org"), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(sessions.lock().unwrap().len(), 1);
    // A mailed link's one-time token travels in the query; the log keeps the path only.
    let r = client
        .get(format!(
            "{base}/en-US/newsletter/confirm?token=linktoken_do_not_log_me_5150"
        ))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error() || r.status().is_success());

    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    log.extend(line_rx.try_iter());
    let log = log.join("\n");
    assert!(log.contains("billing event"), "one line per event: {log}");
    assert!(log.contains("evt_log"), "{log}");
    assert!(log.contains("mail is sent through 127.0.0.1"), "{log}");
    assert!(
        log.contains("/en-US/newsletter/confirm"),
        "requests are logged by path: {log}"
    );
    for secret in [
        "whsec_do_not_log_me_7731",
        "smtp_do_not_log_me_9924",
        "linktoken_do_not_log_me_5150",
    ] {
        assert!(!log.contains(secret), "{secret} is in the log:\n{log}");
    }
}
