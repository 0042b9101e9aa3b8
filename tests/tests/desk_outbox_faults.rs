//! The desk's outbox through a proxy that breaks things (issue 5, "Bad input and
//! faults"): connections refused and reset, answers of 502 and 503, requests stalled
//! past the desk's timeout, and writes that reached the site whose answer was thrown
//! away. Whatever happens on the wire, every operation ends done exactly once: the
//! site's version of each article counts the desk's writes, no more.
//!
//! The site is checked directly, never through the proxy. Run with
//! `scripts/with-desktop-session.sh cargo test -p e2e --test desk_outbox_faults`
//! (the desk keeps its token in the session's keyring). `FAULT_SEED=<n>` repeats a
//! run's draw of faults.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use dateline_desk::{
    ArticleEdit, Desk, DeskErrorCode, OpState, PublishRequest, SendPolicy, TextEdit,
    TranslationStatus,
};
use dateline_protocol::Role;
use e2e::fault_proxy::{Fault, FaultProxy, Mode, default_mix};
use e2e::{OnSite, PNG_1X1, TestSite, on_site, settle_outbox, test_keyring};
use uuid::Uuid;

/// Short enough that a stalled request costs little, long enough for a debug-built
/// site on a busy machine to answer most requests in time (one that does not is
/// retried, which is what the test is about anyway).
const REQUEST_TIMEOUT: Duration = Duration::from_millis(400);

fn fast_policy() -> SendPolicy {
    SendPolicy {
        first_retry: Duration::from_millis(20),
        max_retry: Duration::from_millis(200),
        concurrency: 8,
        request_timeout: REQUEST_TIMEOUT,
    }
}

fn seed() -> u64 {
    std::env::var("FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0005)
}

fn publish_now(id: Uuid) -> PublishRequest {
    PublishRequest {
        article_id: id,
        site_url: None,
        locales: None,
        confirm_outdated: false,
        publish_at: None,
    }
}

/// What the site must hold for one article once the outbox has settled.
#[derive(Debug, Clone, Default)]
struct Expected {
    /// Accepted writes: every publish and unpublish that was not superseded before it
    /// was sent.
    version: u64,
    unpublished: bool,
    /// Title and body by locale, as last queued.
    texts: BTreeMap<String, (String, String)>,
}

struct Newsroom {
    desk: Desk,
    source: String,
    ids: Vec<Uuid>,
    expected: Vec<Expected>,
    image: String,
    /// Articles written to in the current round (a second publish of one of them in the
    /// same round replaces the first before it is sent).
    touched: HashSet<usize>,
    /// Publishes and unpublishes asked of the desk.
    asked: u32,
}

const SECTIONS: [&str; 4] = ["world", "economy", "economy/asia", "culture"];
const TIERS: [&str; 3] = ["public", "members", "supporter"];

impl Newsroom {
    fn translated(i: usize) -> bool {
        i.is_multiple_of(3)
    }

    /// Writes round `round`'s text of article `i` (and its French translation).
    fn write(&mut self, i: usize, round: u32) -> Result<()> {
        let id = self.ids[i];
        let title = format!("Harbour story {i} draft {round}");
        let mut body = format!(
            "Paragraph one of story {i}, as written in round {round}.\n\n\
             Paragraph two with more detail, round {round}.\n"
        );
        if i.is_multiple_of(10) {
            body.push_str(&format!("\n{}\n", self.image));
        }
        self.desk.save_article(
            id,
            &ArticleEdit {
                title: title.clone(),
                standfirst: format!("Standfirst {i}/{round}"),
                body: body.clone(),
                tier: TIERS[i % TIERS.len()].into(),
                section: SECTIONS[i % SECTIONS.len()].into(),
                byline: "Fault Desk".into(),
                // As the editor does: the address chosen at the first publish stays.
                slug: self.desk.article(id)?.slug,
                ..Default::default()
            },
        )?;
        let mut texts = BTreeMap::from([(self.source.clone(), (title, body))]);
        if Self::translated(i) {
            let fr_title = format!("Histoire du port {i} version {round}");
            let fr_body = format!("Premier paragraphe {i}, tour {round}.\n");
            self.desk.save_translation(
                id,
                "fr",
                &TextEdit {
                    title: fr_title.clone(),
                    standfirst: String::new(),
                    body: fr_body.clone(),
                    slug: self.desk.text(id, "fr")?.slug,
                    block_sources: None,
                },
            )?;
            self.desk
                .set_translation_status(id, "fr", TranslationStatus::Done)?;
            texts.insert("fr".into(), (fr_title, fr_body));
        }
        self.expected[i].texts = texts;
        Ok(())
    }

    fn count_write(&mut self, i: usize) {
        self.asked += 1;
        if self.touched.insert(i) {
            self.expected[i].version += 1;
        }
    }

    fn publish(&mut self, i: usize, round: u32) -> Result<()> {
        self.write(i, round)?;
        let op = self.desk.publish(&publish_now(self.ids[i]))?;
        ensure!(op.state == OpState::Queued, "{op:?}");
        self.count_write(i);
        self.expected[i].unpublished = false;
        Ok(())
    }

    fn unpublish(&mut self, i: usize) -> Result<()> {
        ensure!(!self.touched.contains(&i), "an unpublish would supersede");
        self.desk.unpublish(self.ids[i], None)?;
        self.count_write(i);
        self.expected[i].unpublished = true;
        Ok(())
    }

    async fn settle(&mut self) -> Result<()> {
        self.touched.clear();
        settle_outbox(&self.desk, Duration::from_secs(60)).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_hundred_writes_through_a_faulty_proxy_land_exactly_once() -> Result<()> {
    const ARTICLES: usize = 120;
    let site = TestSite::start_through_cli().await;
    let proxy = FaultProxy::start(&site.base, seed()).await?;
    eprintln!("fault seed {} (FAULT_SEED repeats it)", proxy.seed);
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), test_keyring())?;
    let token = site.token(Role::Editor);
    // Through the proxy, while it still lets everything pass.
    desk.add_site(&proxy.url, &token).await?;
    desk.set_send_policy(fast_policy());
    let image = desk.store_image_bytes("pixel.png", &PNG_1X1)?;

    let mut room = Newsroom {
        source: desk.ui_languages()?.chosen,
        desk,
        ids: Vec::new(),
        expected: vec![Expected::default(); ARTICLES],
        image: image.markdown,
        touched: HashSet::new(),
        asked: 0,
    };
    for i in 0..ARTICLES {
        let a = room.desk.create_article()?;
        room.ids.push(a.id);
        if Newsroom::translated(i) {
            room.desk.add_translation(a.id, "fr")?;
        }
    }
    proxy.set_mode(Mode::Random(default_mix()));

    // Round 1: everything, half of it as one bulk publish.
    for i in 0..ARTICLES {
        room.write(i, 1)?;
    }
    let bulk = room.desk.publish_many(&room.ids[..ARTICLES / 2], None)?;
    ensure!(
        bulk.queued as usize == ARTICLES / 2 && bulk.skipped.is_empty(),
        "{bulk:?}"
    );
    for i in 0..ARTICLES / 2 {
        room.count_write(i);
    }
    for i in ARTICLES / 2..ARTICLES {
        room.publish(i, 1)?;
    }
    room.settle().await?;
    let progress = room.desk.batch_progress(&bulk.batch)?;
    ensure!(
        progress.done as usize == ARTICLES / 2 && progress.stopped == 0,
        "{progress:?}"
    );

    // Round 2: half updated; a tenth updated twice before the sender runs (the second
    // replaces the first, which never leaves).
    for i in (0..ARTICLES).filter(|i| i % 2 == 0) {
        room.publish(i, 2)?;
    }
    for i in (0..ARTICLES).filter(|i| i % 10 == 1) {
        room.publish(i, 2)?;
        room.publish(i, 3)?;
    }
    room.settle().await?;

    // Round 3: some unpublished, others updated.
    let unpublished: Vec<usize> = (0..ARTICLES).filter(|i| i % 8 == 3).collect();
    for &i in &unpublished {
        room.unpublish(i)?;
    }
    for i in (0..ARTICLES).filter(|i| i % 3 == 1 && !unpublished.contains(i)) {
        room.publish(i, 4)?;
    }
    room.settle().await?;

    // Round 4: half the unpublished ones come back with new text; more updates.
    for i in (0..ARTICLES).filter(|i| i % 16 == 3) {
        room.publish(i, 5)?;
    }
    for i in (0..ARTICLES)
        .filter(|i| !unpublished.contains(i) && (i % 4 == 0 || i % 7 == 5 || i % 5 == 2))
    {
        room.publish(i, 6)?;
    }
    room.settle().await?;

    // Nothing waits, nothing needs the editor.
    let counts = room.desk.outbox_counts()?;
    ensure!(
        counts.pending == 0 && counts.attention == 0,
        "outbox not empty: {counts:?}; open: {:#?}",
        room.desk.outbox(0)?
    );
    let stats = proxy.stats();
    eprintln!("fault proxy: {stats:#?}");

    // The site, asked directly.
    let writes: u64 = room.expected.iter().map(|e| e.version).sum();
    for (i, (id, want)) in room.ids.iter().zip(&room.expected).enumerate() {
        let plan = room.desk.publish_plan(*id, None, None)?;
        let desk_version = plan.publication.as_ref().map(|p| p.version);
        match on_site(&site.base, &token, *id).await? {
            OnSite::Published(got) => {
                ensure!(!want.unpublished, "article {i} should be unpublished");
                ensure!(
                    got.version == want.version,
                    "article {i}: version {} on the site, {} writes meant (a write applied \
                     twice, or lost)",
                    got.version,
                    want.version
                );
                let texts: BTreeMap<String, (String, String)> = got
                    .article
                    .texts
                    .iter()
                    .map(|t| (t.locale.clone(), (t.title.clone(), t.body.clone())))
                    .collect();
                ensure!(
                    texts == want.texts,
                    "article {i}: the site has {texts:#?}, the desk's latest is {:#?}",
                    want.texts
                );
            }
            OnSite::NotFound(details) => {
                ensure!(want.unpublished, "article {i} is missing: {details}");
                ensure!(
                    details["unpublished"] == true
                        && details["version"].as_u64() == Some(want.version),
                    "article {i}: {details}, expected unpublished at version {}",
                    want.version
                );
            }
        }
        ensure!(
            desk_version == Some(want.version),
            "article {i}: the desk recorded version {desk_version:?}, the site has {}",
            want.version
        );
    }
    // Each write reached the site as often as faults made the desk send it, but the
    // site accepted it once: the accepted writes past the first are replays.
    eprintln!(
        "{} publishes and unpublishes asked, {writes} writes meant; {} PUT and {} DELETE \
         forwarded, {} accepted writes whose answer was lost",
        room.asked,
        stats.forwarded("PUT"),
        stats.forwarded("DELETE"),
        stats.accepted_then_lost
    );
    ensure!(
        room.asked >= 300 && writes >= 290,
        "too few writes to prove much"
    );
    ensure!(
        stats.writes_answered("PUT", 412) == 0 && stats.writes_answered("DELETE", 412) == 0,
        "a retried write met a stale version: {:?}",
        stats.writes
    );
    // The faults this test claims to cover happened, the one that matters most often.
    ensure!(
        stats.accepted_then_lost >= 30,
        "only {} writes were cut after reaching the site",
        stats.accepted_then_lost
    );
    for fault in [
        Fault::Refuse,
        Fault::ResetAfterRequest,
        Fault::Stall,
        Fault::BadGateway,
        Fault::Unavailable,
        Fault::CutAfterForward,
        Fault::TruncateAfterForward,
        Fault::HangAfterForward,
        Fault::SlowPass,
    ] {
        ensure!(stats.count(fault) >= 3, "{fault:?} happened only {stats:?}");
    }
    // The shared image went up once per site, whatever the faults did to its upload.
    ensure!(
        stats.writes_answered("POST", 201) + stats.writes_answered("POST", 200) >= 1,
        "the image never reached the site: {:?}",
        stats.writes
    );
    site.stop().await;
    Ok(())
}

/// A proxy in front of a fresh site, a desk behind it with an editor's token.
async fn desk_behind_proxy(
    dir: &std::path::Path,
    keyring: dateline_desk::Keyring,
) -> Result<(TestSite, FaultProxy, Desk, String)> {
    let site = TestSite::start_through_cli().await;
    let proxy = FaultProxy::start(&site.base, seed()).await?;
    let desk = Desk::open_with_keyring(dir, keyring)?;
    let token = site.token(Role::Editor);
    desk.add_site(&proxy.url, &token).await?;
    Ok((site, proxy, desk, token))
}

fn simple_edit(title: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        standfirst: "A standfirst.".into(),
        body: format!("The body of {title}.\n"),
        tier: "public".into(),
        section: "world".into(),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_operation_cut_off_mid_flight_is_sent_again_after_reopening_and_applied_once()
-> Result<()> {
    let dir = tempfile::tempdir()?;
    let keyring_name = format!("dateline-e2e-{}", Uuid::new_v4());
    let keyring = || dateline_desk::Keyring::service(&keyring_name);
    let (site, proxy, desk, token) = desk_behind_proxy(dir.path(), keyring()).await?;
    // A long timeout: the desk is dropped while its request is still open.
    desk.set_send_policy(SendPolicy {
        request_timeout: Duration::from_secs(60),
        ..fast_policy()
    });
    let a = desk.create_article()?;
    desk.save_article(a.id, &simple_edit("Cut off mid flight"))?;
    let op = desk.publish(&publish_now(a.id))?;

    // The site gets the write; its answer is held while the desk goes away.
    proxy.set_mode(Mode::Always(Fault::HangAfterForward));
    let forwarded = tokio::select! {
        r = desk.deliver_due() => bail!("deliver_due returned while the answer was held: {r:?}"),
        r = e2e::wait_for("the write to reach the site", Duration::from_secs(20), || async {
            (proxy.stats().writes_answered("PUT", 201) == 1).then_some(())
        }) => r,
    };
    forwarded?;
    ensure!(
        desk.outbox_op(op.id)?.state == OpState::Sending,
        "{:?}",
        desk.outbox_op(op.id)?
    );
    drop(desk);
    let OnSite::Published(first) = on_site(&site.base, &token, a.id).await? else {
        bail!("the write did not reach the site");
    };
    ensure!(first.version == 1);

    // Reopened: opening alone takes nothing back (another process, `dateline connect`,
    // may open the database while the desk sends); the sender does when it starts, and
    // the operation is sent again with its same key.
    proxy.set_mode(Mode::Clean);
    let desk = Desk::open_with_keyring(dir.path(), keyring())?;
    desk.set_send_policy(fast_policy());
    ensure!(desk.outbox_op(op.id)?.state == OpState::Sending);
    desk.recover_outbox()?;
    let reopened = desk.outbox_op(op.id)?;
    ensure!(reopened.state == OpState::Queued, "{reopened:?}");
    settle_outbox(&desk, Duration::from_secs(30)).await?;
    let done = desk.outbox_op(op.id)?;
    ensure!(done.state == OpState::Done, "{done:?}");
    ensure!(done.attempts == 2, "{done:?}");
    let stats = proxy.stats();
    ensure!(stats.writes_answered("PUT", 201) == 2, "{stats:?}");
    let OnSite::Published(after) = on_site(&site.base, &token, a.id).await? else {
        bail!("the article left the site");
    };
    ensure!(
        after.version == 1,
        "applied twice: version {}",
        after.version
    );
    let plan = desk.publish_plan(a.id, None, None)?;
    ensure!(plan.publication.map(|p| p.version) == Some(1));

    // The next update goes on from there.
    desk.save_article(a.id, &simple_edit("Cut off mid flight, updated"))?;
    desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, Duration::from_secs(30)).await?;
    let OnSite::Published(updated) = on_site(&site.base, &token, a.id).await? else {
        bail!("the article left the site");
    };
    ensure!(updated.version == 2);
    ensure!(updated.article.texts[0].title == "Cut off mid flight, updated");
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_malformed_answer_fails_the_operation_and_leaves_the_article_alone() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (site, proxy, desk, token) = desk_behind_proxy(dir.path(), test_keyring()).await?;
    desk.set_send_policy(fast_policy());
    let a = desk.create_article()?;
    desk.save_article(a.id, &simple_edit("Garbled in transit"))?;
    let before = desk.article(a.id)?;
    let texts_before = desk.texts(a.id)?;

    proxy.set_mode(Mode::Always(Fault::Garbage));
    let op = desk.publish(&publish_now(a.id))?;
    settle_outbox(&desk, Duration::from_secs(30)).await?;
    let failed = desk.outbox_op(op.id)?;
    ensure!(failed.state == OpState::Failed, "{failed:?}");
    let err = failed.error.context("a reason")?;
    ensure!(err.code == DeskErrorCode::SiteRejected, "{err:?}");
    ensure!(
        err.message.contains("answer could not be read") && err.message.contains("200"),
        "not a clear message: {}",
        err.message
    );
    ensure!(
        failed.attempts == 1,
        "a malformed answer is not retried blindly"
    );
    ensure!(desk.article(a.id)? == before, "the article changed");
    ensure!(desk.texts(a.id)? == texts_before, "the texts changed");
    ensure!(desk.publish_plan(a.id, None, None)?.publication.is_none());
    ensure!(matches!(
        on_site(&site.base, &token, a.id).await?,
        OnSite::NotFound(_)
    ));

    // Sent again once the answers are whole.
    proxy.set_mode(Mode::Clean);
    desk.retry_op(op.id)?;
    settle_outbox(&desk, Duration::from_secs(30)).await?;
    ensure!(desk.outbox_op(op.id)?.state == OpState::Done);
    ensure!(matches!(
        on_site(&site.base, &token, a.id).await?,
        OnSite::Published(p) if p.version == 1
    ));
    site.stop().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_site_down_for_a_while_gets_the_operation_when_it_is_back() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (site, mut proxy, desk, token) = desk_behind_proxy(dir.path(), test_keyring()).await?;
    desk.set_send_policy(fast_policy());
    let a = desk.create_article()?;
    desk.save_article(a.id, &simple_edit("Written on the train"))?;

    proxy.stop().await;
    let op = desk.publish(&publish_now(a.id))?;
    // Several attempts against a port that refuses, each waiting its backoff.
    let waiting = e2e::wait_for(
        "three refused attempts",
        Duration::from_secs(30),
        || async {
            desk.deliver_due().await.ok()?;
            let op = desk.outbox_op(op.id).ok()?;
            (op.attempts >= 3).then_some(op)
        },
    )
    .await?;
    ensure!(waiting.state == OpState::Queued, "{waiting:?}");
    let err = waiting.error.context("the reason it waits")?;
    ensure!(err.code == DeskErrorCode::Network, "{err:?}");
    ensure!(waiting.next_attempt_at.is_some());
    ensure!(proxy.stats().forwarded("PUT") == 0);

    proxy.resume().await?;
    settle_outbox(&desk, Duration::from_secs(30)).await?;
    let done = desk.outbox_op(op.id)?;
    ensure!(done.state == OpState::Done, "{done:?}");
    ensure!(matches!(
        on_site(&site.base, &token, a.id).await?,
        OnSite::Published(p) if p.version == 1
    ));
    site.stop().await;
    Ok(())
}

/// A retry can reach the site while its original is still being handled there (the
/// original was held up on the way, the desk timed out and sent it again). Both carry
/// the same key and precondition: one is applied, the other must get its answer.
///
/// The second request may pass the replay check before the first commits, then meet
/// the new version: the site must still answer it with the first answer, not a 412
/// that the desk's outbox would read as a conflict with its own write (failed in 77 of
/// 80 pairs before `idempotency::replay_or`).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_retry_racing_its_original_gets_the_first_answer() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let token = site.token(Role::Editor);
    let http = reqwest::Client::new();
    let mut answers: BTreeMap<u16, u32> = BTreeMap::new();
    for round in 0..40 {
        let id = Uuid::now_v7();
        for (version, expect) in [(1u64, None), (2, Some(1u64))] {
            let put = serde_json::json!({
                "source_locale": "en-US", "section": "world", "tags": [], "byline": "",
                "source_url": null, "tier": "public", "publish_at": null,
                "texts": [{"locale": "en-US", "slug": format!("race-{round}"),
                           "title": format!("Race {round} v{version}"), "standfirst": "",
                           "body": "Body.\n"}]
            });
            let key = Uuid::new_v4().to_string();
            let send = || {
                let req = http
                    .put(format!("{}/api/v1/articles/{id}", site.base))
                    .bearer_auth(&token)
                    .header("Idempotency-Key", &key)
                    .json(&put);
                let req = match expect {
                    None => req.header("If-None-Match", "*"),
                    Some(v) => req.header("If-Match", format!("\"{v}\"")),
                };
                req.send()
            };
            let (a, b) = tokio::join!(send(), send());
            for r in [a?, b?] {
                *answers.entry(r.status().as_u16()).or_default() += 1;
            }
            let OnSite::Published(p) = on_site(&site.base, &token, id).await? else {
                bail!("round {round}: not published");
            };
            ensure!(p.version == version, "round {round}: version {}", p.version);
        }
    }
    eprintln!("answers to 80 pairs of identical writes: {answers:?}");
    ensure!(
        answers.keys().all(|s| (200..300).contains(s)),
        "a retry racing its original was refused: {answers:?}"
    );
    site.stop().await;
    Ok(())
}
