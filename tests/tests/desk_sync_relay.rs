//! The desk's newsroom client against the real site, through the fault proxy: a desk
//! pushes its log in parts while requests are dropped, cut after the site committed,
//! answered 5xx or garbled, retrying each part until it gets an answer; another desk
//! fetches page by page the same way. Every record arrives exactly once and in order,
//! and the site's refusals come back as the desk's error codes.

use std::time::Duration;

use anyhow::Result;
use chrono::Utc;
use dateline_desk::{DeskErrorCode, SiteClient};
use dateline_protocol::sync::{
    ArticleRevision, Change, RevisionKind, SyncPush, SyncPushed, SyncRecord, TextRevision,
};
use dateline_protocol::{Role, WorkflowState};
use e2e::TestSite;
use e2e::fault_proxy::{Fault, FaultProxy, Mode, default_mix};
use uuid::Uuid;

const RECORDS: u64 = 120;
const PART: usize = 7;

fn seed() -> u64 {
    std::env::var("FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0015)
}

/// A log: one article's metadata, then a chain of revisions of its source text.
fn log(desk: Uuid, article: Uuid) -> Vec<SyncRecord> {
    let mut parent: Option<Uuid> = None;
    (1..=RECORDS)
        .map(|seq| {
            let change = if seq == 1 {
                Change::Article(ArticleRevision {
                    id: Uuid::now_v7(),
                    article_id: article,
                    parents: vec![],
                    source_locale: "en-US".into(),
                    section: "world".into(),
                    tags: vec![],
                    byline: "Ines Marlow".into(),
                    source_url: None,
                    tier: "public".into(),
                    state: WorkflowState::Draft,
                    publish_at: None,
                })
            } else {
                let id = Uuid::now_v7();
                let text = TextRevision {
                    id,
                    article_id: article,
                    locale: "en-US".into(),
                    parents: parent.into_iter().collect(),
                    kind: RevisionKind::Autosave,
                    label: None,
                    title: "Night ferry".into(),
                    standfirst: String::new(),
                    body: format!("Revision {seq} of the night ferry story.\n"),
                    slug: String::new(),
                    source_revision: None,
                    status: None,
                };
                parent = Some(id);
                Change::Text(text)
            };
            SyncRecord {
                id: Uuid::now_v7(),
                desk,
                seq,
                created_at: Utc::now(),
                change,
            }
        })
        .collect()
}

/// Pushes `part` until the site's answer arrives whole.
async fn push_until_answered(client: &SiteClient, push: &SyncPush) -> Result<SyncPushed> {
    for _ in 0..200 {
        match client.sync_push(push).await {
            Ok(answer) => return Ok(answer),
            Err(e) if e.error.code == DeskErrorCode::Network || e.status.is_none() => continue,
            // A garbled 200 cannot be read: the same as no answer.
            Err(e) if e.error.code == DeskErrorCode::SiteRejected && e.api.is_none() => continue,
            Err(e) => anyhow::bail!("push refused: {e}"),
        }
    }
    anyhow::bail!("no answer in 200 tries")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_pushed_and_fetched_through_faults_arrives_exactly_once_in_order() -> Result<()> {
    let site = TestSite::start().await;
    let proxy = FaultProxy::start(&site.base, seed()).await?;
    eprintln!("fault seed {} (FAULT_SEED repeats it)", proxy.seed);
    let timeout = Duration::from_secs(2);
    let writer = SiteClient::with_timeout(&proxy.url, &site.token(Role::Writer), timeout)?;
    let editor = SiteClient::with_timeout(&proxy.url, &site.token(Role::Editor), timeout)?;
    let desk = Uuid::now_v7();
    let records = log(desk, Uuid::now_v7());
    proxy.set_mode(Mode::Random(default_mix()));

    // Push in parts, each from what the site says it holds, as a desk resumes a round.
    let mut held = 0u64;
    while held < RECORDS {
        let part: Vec<SyncRecord> = records
            .iter()
            .filter(|r| r.seq > held)
            .take(PART)
            .cloned()
            .collect();
        let answer = push_until_answered(
            &writer,
            &SyncPush {
                desk,
                records: part,
            },
        )
        .await?;
        assert!(
            answer.verdicts.iter().all(|v| v.refused.is_none()),
            "{answer:?}"
        );
        held = answer.last_seq;
    }
    let stats = proxy.stats();
    assert!(
        stats.accepted_then_lost > 0,
        "the proxy lost no accepted push: the case this test is for did not happen ({stats:?})"
    );
    assert!(stats.count(Fault::Garbage) > 0 || stats.count(Fault::BadGateway) > 0);

    // Another desk fetches it page by page through the same faults.
    let mut fetched: Vec<SyncRecord> = Vec::new();
    let mut after = 0;
    loop {
        let page = match editor.sync_fetch(desk, after, 9).await {
            Ok(page) => page,
            Err(_) => continue,
        };
        fetched.extend(page.records.into_iter().map(|r| {
            assert_eq!(r.author.split(' ').next(), Some("writer"));
            r.record
        }));
        after = page.last_seq;
        if !page.more {
            break;
        }
    }
    assert_eq!(fetched, records, "every record once, in order");

    proxy.set_mode(Mode::Clean);
    let status = editor.sync_status().await?;
    assert_eq!(status.desks[&desk], RECORDS);

    // The site's refusals of a whole push come back as the desk's codes.
    let stolen = SyncPush {
        desk,
        records: vec![],
    };
    let err = editor.sync_push(&stolen).await.unwrap_err();
    assert_eq!(err.error.code, DeskErrorCode::Forbidden, "{err}");
    let mut replayed = records[3].clone();
    replayed.id = Uuid::now_v7();
    let err = writer
        .sync_push(&SyncPush {
            desk,
            records: vec![replayed],
        })
        .await
        .unwrap_err();
    assert_eq!(err.error.code, DeskErrorCode::Conflict, "{err}");
    site.stop().await;
    Ok(())
}
