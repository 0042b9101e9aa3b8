//! The newsroom's relay over loopback: desks push their logs and fetch each other's;
//! the site keeps every record once, refuses (and keeps only the place of) what does
//! not parse, names a revision nobody sent, claims another desk, or is a change the
//! pushing role may not make; and drafts it relays are nowhere on the reader's side.

mod common;

use chrono::Utc;
use common::TestSite;
use dateline_protocol::sync::{
    ArticleRevision, Change, RefusalCode, RevisionKind, SyncPage, SyncPushed, SyncRecord,
    SyncStatus, TextRevision,
};
use dateline_protocol::{Role, WorkflowState};
use serde_json::{Value, json};
use uuid::Uuid;

/// One desk: its id, its token and how far its log goes.
struct Desk {
    id: Uuid,
    token: String,
    seq: u64,
}

impl Desk {
    fn new(site: &TestSite, role: Role, holder: &str) -> Self {
        Self {
            id: Uuid::now_v7(),
            token: dateline_site::admin::create_token(&site.data(), role, holder).unwrap(),
            seq: 0,
        }
    }

    /// Pushes `changes` as the next records of this desk's log.
    async fn send(&mut self, site: &TestSite, changes: Vec<Change>) -> SyncPushed {
        let records: Vec<SyncRecord> = changes.into_iter().map(|c| self.record(c)).collect();
        push(site, self, &records).await
    }

    /// The next record of this desk's log.
    fn record(&mut self, change: Change) -> SyncRecord {
        self.seq += 1;
        SyncRecord {
            id: Uuid::now_v7(),
            desk: self.id,
            seq: self.seq,
            created_at: Utc::now(),
            change,
        }
    }
}

fn article(id: Uuid, parents: &[Uuid], tier: &str, state: &str) -> ArticleRevision {
    let state = WorkflowState::parse(state).unwrap();
    ArticleRevision {
        id: Uuid::now_v7(),
        article_id: id,
        parents: parents.to_vec(),
        source_locale: "en-US".into(),
        section: "world".into(),
        tags: vec!["ferries".into()],
        byline: "Ines Marlow".into(),
        source_url: None,
        tier: tier.into(),
        state,
        publish_at: None,
    }
}

fn text(article_id: Uuid, locale: &str, parents: &[Uuid], body: &str) -> TextRevision {
    TextRevision {
        id: Uuid::now_v7(),
        article_id,
        locale: locale.into(),
        parents: parents.to_vec(),
        kind: RevisionKind::Autosave,
        label: None,
        title: format!("Ferry draft {locale}"),
        standfirst: String::new(),
        body: body.into(),
        slug: String::new(),
        source_revision: None,
        status: None,
    }
}

async fn push_raw(site: &TestSite, token: &str, desk: Uuid, records: Value) -> (u16, Value) {
    let r = site
        .client
        .post(site.url("/api/v1/sync/records"))
        .bearer_auth(token)
        .json(&json!({ "desk": desk, "records": records }))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

async fn push(site: &TestSite, desk: &Desk, records: &[SyncRecord]) -> SyncPushed {
    let (status, body) = push_raw(site, &desk.token, desk.id, json!(records)).await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(body).unwrap()
}

async fn fetch(site: &TestSite, token: &str, desk: Uuid, after: u64, limit: u32) -> SyncPage {
    let r = site
        .client
        .get(site.url(&format!(
            "/api/v1/sync/desks/{desk}/records?after={after}&limit={limit}"
        )))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

async fn status(site: &TestSite, token: &str) -> SyncStatus {
    let r = site
        .client
        .get(site.url("/api/v1/sync/status"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

#[tokio::test]
async fn desks_relay_their_logs_once_in_order_with_the_author_the_site_knows() {
    let site = TestSite::start().await;
    let mut writer = Desk::new(&site, Role::Writer, "Ines Marlow");
    let translator = Desk::new(&site, Role::Translator, "Tomas Brenner");
    let id = Uuid::now_v7();
    let meta = article(id, &[], "public", "draft");
    let first = text(id, "en-US", &[], "The ferry keeps its winter hours.\n");
    let second = text(
        id,
        "en-US",
        &[first.id],
        "The ferry keeps its winter hours.\n\nMore.\n",
    );
    let records = vec![
        writer.record(Change::Article(meta.clone())),
        writer.record(Change::Text(first.clone())),
        writer.record(Change::Text(second.clone())),
    ];
    let pushed = push(&site, &writer, &records).await;
    assert_eq!(pushed.last_seq, 3);
    assert!(
        pushed.verdicts.iter().all(|v| v.refused.is_none()),
        "{pushed:?}"
    );

    // Pushed again (an answer lost on the way): the same verdicts, nothing twice.
    let again = push(&site, &writer, &records).await;
    assert_eq!(again, pushed);
    assert_eq!(status(&site, &translator.token).await.desks[&writer.id], 3);

    // Another desk fetches them in pages, in order, with the site's name for the author.
    let page = fetch(&site, &translator.token, writer.id, 0, 2).await;
    assert_eq!((page.records.len(), page.last_seq, page.more), (2, 2, true));
    assert_eq!(page.records[0].record, records[0]);
    assert_eq!(page.records[0].author, "Ines Marlow");
    let rest = fetch(&site, &translator.token, writer.id, page.last_seq, 2).await;
    assert_eq!(
        (rest.records.len(), rest.last_seq, rest.more),
        (1, 3, false)
    );
    assert_eq!(rest.records[0].record.change, Change::Text(second));

    // A gap in the log is refused, naming what comes next.
    let mut skipping = writer.record(Change::Text(text(id, "en-US", &[first.id], "x\n")));
    skipping.seq += 1;
    let (status_code, body) = push_raw(&site, &writer.token, writer.id, json!([skipping])).await;
    assert_eq!(status_code, 422, "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("next of desk"),
        "{body}"
    );
    site.stop().await;
}

#[tokio::test]
async fn bad_records_are_refused_alone_and_keep_nothing_but_their_place() {
    let site = TestSite::start().await;
    let mut writer = Desk::new(&site, Role::Writer, "Ines Marlow");
    let id = Uuid::now_v7();
    let meta = writer.record(Change::Article(article(id, &[], "public", "draft")));
    let orphan = writer.record(Change::Text(text(id, "en-US", &[Uuid::now_v7()], "Lost\n")));
    let garbled_seq = writer.record(Change::Bin {
        article_id: id,
        deleted: true,
    });
    let mut garbled = serde_json::to_value(&garbled_seq).unwrap();
    garbled["change"] = json!({ "type": "text", "body": "SECRET-GARBLE" });
    let mut impostor = writer.record(Change::Text(text(id, "en-US", &[], "Mine\n")));
    impostor.desk = Uuid::now_v7();
    let good = writer.record(Change::Text(text(id, "en-US", &[], "Kept\n")));
    let (code, body) = push_raw(
        &site,
        &writer.token,
        writer.id,
        json!([meta, orphan, garbled, impostor, good]),
    )
    .await;
    assert_eq!(code, 200, "{body}");
    let pushed: SyncPushed = serde_json::from_value(body).unwrap();
    let codes: Vec<Option<RefusalCode>> = pushed
        .verdicts
        .iter()
        .map(|v| v.refused.as_ref().map(|r| r.code))
        .collect();
    assert_eq!(
        codes,
        [
            None,
            Some(RefusalCode::UnknownParent),
            Some(RefusalCode::Invalid),
            Some(RefusalCode::Invalid),
            None
        ]
    );
    assert_eq!(
        pushed.verdicts[3]
            .refused
            .as_ref()
            .unwrap()
            .field
            .as_deref(),
        Some("desk")
    );
    // The log goes on past them; others get only what was accepted.
    assert_eq!(pushed.last_seq, 5);
    let page = fetch(&site, &site.editor, writer.id, 0, 100).await;
    assert_eq!(page.last_seq, 5);
    let ids: Vec<Uuid> = page.records.iter().map(|r| r.record.id).collect();
    assert_eq!(ids, [meta.id, good.id]);
    let everything = serde_json::to_string(&page).unwrap();
    assert!(!everything.contains("SECRET-GARBLE") && !everything.contains("Lost"));

    // Another member may not write in this desk's log.
    let other = Desk::new(&site, Role::Editor, "Ruth Okafor");
    let mut stolen = Desk {
        id: writer.id,
        token: other.token.clone(),
        seq: 5,
    };
    let record = stolen.record(Change::Bin {
        article_id: id,
        deleted: true,
    });
    let (code, body) = push_raw(&site, &other.token, writer.id, json!([record])).await;
    assert_eq!(code, 403, "{body}");
    assert_eq!(status(&site, &site.editor).await.desks[&writer.id], 5);

    // A desk restored from an old backup that reuses a place is told, not applied.
    let mut restored = Desk {
        id: writer.id,
        token: writer.token.clone(),
        seq: 1,
    };
    let old = restored.record(Change::Bin {
        article_id: id,
        deleted: true,
    });
    let (code, body) = push_raw(&site, &writer.token, writer.id, json!([old])).await;
    assert_eq!(code, 409, "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("backup"),
        "{body}"
    );
    site.stop().await;
}

#[tokio::test]
async fn each_role_changes_only_what_it_may_and_the_refusal_names_the_field() {
    let site = TestSite::start().await;
    let mut writer = Desk::new(&site, Role::Writer, "Ines Marlow");
    let mut translator = Desk::new(&site, Role::Translator, "Tomas Brenner");
    let mut other_writer = Desk::new(&site, Role::Writer, "Pavel Sand");
    let mut editor = Desk::new(&site, Role::Editor, "Ruth Okafor");
    let id = Uuid::now_v7();
    let meta = article(id, &[], "public", "draft");
    let source = text(id, "en-US", &[], "Source.\n");
    let pushed = writer
        .send(
            &site,
            vec![
                (Change::Article(meta.clone())),
                (Change::Text(source.clone())),
            ],
        )
        .await;
    assert!(pushed.verdicts.iter().all(|v| v.refused.is_none()));

    let refused_field = |p: &SyncPushed, i: usize| {
        let r = p.verdicts[i].refused.as_ref().expect("refused");
        assert_eq!(r.code, RefusalCode::Forbidden, "{r:?}");
        r.field.clone().unwrap()
    };

    // The writer: their source text and metadata, not the tier, not "ready".
    let p = writer
        .send(
            &site,
            vec![
                (Change::Article(article(id, &[meta.id], "premium", "draft"))),
                (Change::Article(article(id, &[meta.id], "public", "ready"))),
                (Change::Text(text(id, "fr", &[], "Traduit.\n"))),
                (Change::Article(article(id, &[meta.id], "public", "in_review"))),
            ],
        )
        .await;
    assert_eq!(refused_field(&p, 0), "tier");
    assert_eq!(refused_field(&p, 1), "state");
    assert_eq!(refused_field(&p, 2), "locale");
    assert!(p.verdicts[3].refused.is_none());

    // Another writer: not this article.
    let p = other_writer
        .send(
            &site,
            vec![(Change::Text(text(id, "en-US", &[source.id], "Mine now.\n")))],
        )
        .await;
    assert_eq!(refused_field(&p, 0), "article_id");

    // The translator: translations, not the source nor the metadata.
    let fr = text(id, "fr", &[], "La source.\n");
    let p = translator
        .send(
            &site,
            vec![
                (Change::Text(fr.clone())),
                (Change::Text(text(id, "en-US", &[source.id], "Edited.\n"))),
                (Change::Article(article(id, &[meta.id], "public", "draft"))),
            ],
        )
        .await;
    assert!(p.verdicts[0].refused.is_none());
    assert_eq!(refused_field(&p, 1), "locale");
    assert_eq!(refused_field(&p, 2), "article_id");

    // The editor: anything, the tier included.
    let p = editor
        .send(
            &site,
            vec![
                (Change::Article(article(id, &[meta.id], "premium", "ready"))),
                (Change::Text(text(id, "fr", &[fr.id], "La source, revue.\n"))),
            ],
        )
        .await;
    assert!(p.verdicts.iter().all(|v| v.refused.is_none()), "{p:?}");
    site.stop().await;
}

#[tokio::test]
async fn relayed_drafts_reach_no_reader_and_no_one_without_a_token() {
    let site = TestSite::start().await;
    let mut writer = Desk::new(&site, Role::Writer, "Ines Marlow");
    let id = Uuid::now_v7();
    let mut draft = text(id, "en-US", &[], "DRAFT-MARKER-7731 is not out.\n");
    draft.title = "DRAFT-MARKER-7731 headline".into();
    draft.slug = "draft-marker".into();
    writer
        .send(
            &site,
            vec![
                (Change::Article(article(id, &[], "public", "draft"))),
                (Change::Text(draft)),
            ],
        )
        .await;
    for path in [
        "/en-US/".to_owned(),
        "/en-US/world/".to_owned(),
        "/en-US/world/draft-marker".to_owned(),
        "/en-US/feed.xml".to_owned(),
        "/sitemap.xml".to_owned(),
        format!("/api/v1/articles/{id}"),
    ] {
        let (_, _, body) = site.page(&path, None).await;
        assert!(!body.contains("DRAFT-MARKER-7731"), "{path}: {body}");
    }
    // The relay itself wants a newsroom token.
    for path in [
        "/api/v1/sync/status".to_owned(),
        format!("/api/v1/sync/desks/{}/records", writer.id),
    ] {
        let r = site.client.get(site.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
        assert!(!r.text().await.unwrap().contains("DRAFT-MARKER-7731"));
    }
    site.stop().await;
}
