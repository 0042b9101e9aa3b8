//! Bulk publishing from the desk (issue 5, "Measured"): 1,000 articles with three
//! locales each (the source and two translations marked done) queued with
//! `publish_many` and delivered by the outbox's sender, at several concurrencies;
//! beside it, the site's own limit for the same writes: concurrent `PUT`s straight to
//! the API with one keep-alive client.
//!
//! Run by `scripts/bench-publish.sh`, which starts a release-built `dateline-site` and
//! passes `--site URL --token-file FILE`; not part of `make test`. The desk keeps its
//! token in the OS keyring, so it runs inside `scripts/with-desktop-session.sh`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use dateline_desk::{ArticleEdit, Desk, Keyring, OpState, SendPolicy, TextEdit, TranslationStatus};
use dateline_protocol::{ArticlePut, ArticleText};
use uuid::Uuid;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Args {
    site: String,
    token: String,
    articles: usize,
    desk_concurrency: Vec<usize>,
    direct_concurrency: Vec<usize>,
}

fn args() -> Result<Args> {
    let mut site = None;
    let mut token_file = None;
    let mut articles = 1000;
    let mut desk_concurrency = vec![SendPolicy::default().concurrency, 8, 16];
    let mut direct_concurrency = vec![4, 16, 64];
    let list = |s: String| -> Result<Vec<usize>> {
        s.split(',')
            .map(|n| n.trim().parse().context("a list of numbers"))
            .collect()
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--site" => site = it.next(),
            "--token-file" => token_file = it.next(),
            "--articles" => articles = it.next().context("--articles N")?.parse()?,
            "--desk" => desk_concurrency = list(it.next().context("--desk 4,8")?)?,
            "--direct" => direct_concurrency = list(it.next().context("--direct 4,16")?)?,
            // `cargo bench` passes --bench.
            "--bench" => {}
            other => bail!("unknown argument {other}"),
        }
    }
    let token_file = token_file.context("--token-file FILE")?;
    Ok(Args {
        site: site.context("--site URL")?,
        token: std::fs::read_to_string(&token_file)?.trim().to_owned(),
        articles,
        desk_concurrency,
        direct_concurrency,
    })
}

const LOCALES: [&str; 3] = ["en-US", "fr", "de"];

fn paragraph(run: &str, i: usize, locale: &str) -> String {
    format!(
        "Story {i} of run {run} in {locale}. The harbour council said on Tuesday that the \
         new berths would open in spring, after a winter of repairs, while ferry crews and \
         residents waited for the budget vote that decides how many pilots the port keeps."
    )
}

fn body(run: &str, i: usize, locale: &str) -> String {
    let p = paragraph(run, i, locale);
    format!("{p}\n\n{p}\n\n<!-- paywall -->\n\n{p}\n\n{p}\n")
}

/// One desk run: the articles written, queued and delivered.
struct DeskRun {
    concurrency: usize,
    write: Duration,
    queue: Duration,
    send: Duration,
    puts: usize,
}

async fn desk_run(args: &Args, concurrency: usize) -> Result<DeskRun> {
    let run = format!(
        "d{concurrency}-{}",
        &Uuid::new_v4().simple().to_string()[..6]
    );
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(
        dir.path(),
        Keyring::service(&format!("dateline-bench-{}", Uuid::new_v4())),
    )?;
    desk.add_site(&args.site, &args.token).await?;
    desk.set_send_policy(SendPolicy {
        concurrency,
        ..SendPolicy::default()
    });

    let started = Instant::now();
    let mut ids = Vec::with_capacity(args.articles);
    for i in 0..args.articles {
        let a = desk.create_article()?;
        desk.save_article(
            a.id,
            &ArticleEdit {
                title: format!("Harbour berths {run} {i}"),
                standfirst: "Repairs, budgets and the night shift.".into(),
                body: body(&run, i, "en-US"),
                tier: "supporter".into(),
                section: "economy".into(),
                byline: "Bench Desk".into(),
                ..Default::default()
            },
        )?;
        for locale in &LOCALES[1..] {
            desk.add_translation(a.id, locale)?;
            desk.save_translation(
                a.id,
                locale,
                &TextEdit {
                    title: format!("Quais {run} {i} {locale}"),
                    standfirst: String::new(),
                    body: body(&run, i, locale),
                    slug: String::new(),
                    block_sources: None,
                },
            )?;
            desk.set_translation_status(a.id, locale, TranslationStatus::Done)?;
        }
        ids.push(a.id);
    }
    let write = started.elapsed();

    let started = Instant::now();
    let bulk = desk.publish_many(&ids, None)?;
    let queue = started.elapsed();
    ensure!(
        bulk.queued as usize == args.articles && bulk.skipped.is_empty(),
        "{:?}",
        bulk.skipped.first()
    );

    let started = Instant::now();
    loop {
        desk.deliver_due().await?;
        let p = desk.batch_progress(&bulk.batch)?;
        if p.pending == 0 {
            ensure!(
                p.done as usize == args.articles,
                "{p:?}: {:?}",
                desk.outbox(0)?.first()
            );
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let send = started.elapsed();
    let sample = desk.outbox_op(desk.outbox(1)?[0].id)?;
    ensure!(sample.state == OpState::Done && sample.urls.len() == 3);
    Ok(DeskRun {
        concurrency,
        write,
        queue,
        send,
        puts: args.articles,
    })
}

/// The site's own limit: the same kind of writes, straight to the API.
async fn direct_run(args: &Args, concurrency: usize) -> Result<(Duration, usize)> {
    let run = format!(
        "s{concurrency}-{}",
        &Uuid::new_v4().simple().to_string()[..6]
    );
    let http = reqwest::Client::new();
    let puts: Vec<(Uuid, ArticlePut)> = (0..args.articles)
        .map(|i| {
            let put = ArticlePut {
                source_locale: "en-US".into(),
                section: "economy".into(),
                tags: Vec::new(),
                byline: "Bench Direct".into(),
                source_url: None,
                tier: "supporter".into(),
                publish_at: None,
                texts: LOCALES
                    .iter()
                    .map(|l| ArticleText {
                        locale: (*l).into(),
                        title: format!("Direct {run} {i} {l}"),
                        standfirst: String::new(),
                        body: body(&run, i, l),
                        slug: format!("direct-{run}-{i}"),
                    })
                    .collect(),
            };
            (Uuid::now_v7(), put)
        })
        .collect();
    let queue = Arc::new(std::sync::Mutex::new(puts));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let queue = queue.clone();
            let http = http.clone();
            let site = args.site.clone();
            let token = args.token.clone();
            tokio::spawn(async move {
                let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
                loop {
                    let next = queue.lock().unwrap_or_else(|e| e.into_inner()).pop();
                    let Some((id, put)) = next else { break };
                    let resp = http
                        .put(format!("{site}/api/v1/articles/{id}"))
                        .bearer_auth(&token)
                        .header("Idempotency-Key", Uuid::new_v4().to_string())
                        .header("If-None-Match", "*")
                        .json(&put)
                        .send()
                        .await;
                    let status = resp.map(|r| r.status().as_u16()).unwrap_or(0);
                    *statuses.entry(status).or_default() += 1;
                }
                statuses
            })
        })
        .collect();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    for w in workers {
        for (s, n) in w.await? {
            *statuses.entry(s).or_default() += n;
        }
    }
    let elapsed = started.elapsed();
    ensure!(
        statuses.keys().all(|s| *s == 201),
        "not every PUT was accepted: {statuses:?}"
    );
    Ok((elapsed, args.articles))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let args = args()?;
    println!(
        "bulk publishing {} articles x {} locales to {}",
        args.articles,
        LOCALES.len(),
        args.site
    );
    println!("| from | concurrency | PUTs | time | PUTs/s |");
    println!("|---|---:|---:|---:|---:|");
    for &c in &args.direct_concurrency {
        let (elapsed, puts) = direct_run(&args, c).await?;
        println!(
            "| API directly (reqwest, keep-alive) | {c} | {puts} | {:.2} s | {:.0} |",
            elapsed.as_secs_f64(),
            puts as f64 / elapsed.as_secs_f64()
        );
    }
    let mut runs = Vec::new();
    for &c in &args.desk_concurrency {
        let r = desk_run(&args, c).await?;
        println!(
            "| desk outbox (publish_many + sender) | {c} | {} | {:.2} s (queue {:.2} s + send {:.2} s) | {:.0} |",
            r.puts,
            (r.queue + r.send).as_secs_f64(),
            r.queue.as_secs_f64(),
            r.send.as_secs_f64(),
            r.puts as f64 / r.send.as_secs_f64()
        );
        runs.push(r);
    }
    for r in &runs {
        println!(
            "desk concurrency {}: writing the {} articles and their translations took {:.2} s \
             (not part of publishing)",
            r.concurrency,
            args.articles,
            r.write.as_secs_f64()
        );
    }
    Ok(())
}
