//! The newsroom's sync (issue 15, "Measured"): a round with nothing to do; one changed
//! paragraph from one desk through the site to another (`Desk::sync` on each, the
//! background sync's trigger aside); and a new desk's first sync of a newsroom of N
//! articles with three locales each.
//!
//! `cargo bench -p e2e --bench newsroom -- --articles N` (default 1,000). The site
//! runs in this process over SQLite on loopback, release-built; the desks keep their
//! tokens in memory. Not part of `make test`.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use dateline_desk::{ArticleEdit, Desk, TextEdit};
use dateline_protocol::Role;
use e2e::TestSite;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn articles_arg() -> Result<usize> {
    let mut n = 1000;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--articles" => n = it.next().context("--articles N")?.parse()?,
            "--bench" => {}
            other => bail!("unknown argument {other}"),
        }
    }
    Ok(n)
}

async fn member(site: &TestSite, role: Role, name: &str) -> Result<(tempfile::TempDir, Desk)> {
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(dir.path(), e2e::memory_keyring())?;
    let token = dateline_site::admin::create_token(&site.data(), role, name)?;
    desk.add_site(&site.base, &token).await?;
    Ok((dir, desk))
}

/// Made-up prose of `paragraphs` paragraphs, different for each `seed`.
fn prose(seed: usize, paragraphs: usize) -> String {
    const WORDS: [&str; 10] = [
        "harbour", "ferry", "morning", "gulls", "quay", "tide", "lantern", "rope", "salt", "wind",
    ];
    (0..paragraphs)
        .map(|p| {
            (0..40)
                .map(|w| WORDS[(seed * 7 + p * 3 + w) % WORDS.len()])
                .collect::<Vec<_>>()
                .join(" ")
                + "."
        })
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n"
}

fn edit(title: &str, body: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        body: body.into(),
        tier: "public".into(),
        ..Default::default()
    }
}

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{name}: n={} median {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        samples.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        samples.last().unwrap().as_secs_f64() * 1e3,
    );
}

/// The site process's resident memory, from /proc (the site runs in this process).
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let n = articles_arg()?;
    let site = TestSite::start().await;
    let (_w, writer) = member(&site, Role::Editor, "Bench Writer").await?;
    let (_r, reader) = member(&site, Role::Editor, "Bench Reader").await?;

    // A round with nothing to do.
    writer.sync().await?;
    reader.sync().await?;
    let mut empty = Vec::new();
    for _ in 0..100 {
        let t = Instant::now();
        let r = reader.sync().await?;
        empty.push(t.elapsed());
        assert_eq!(r.received + r.pushed, 0);
    }
    stats("round with nothing to do", empty);

    // One changed paragraph, desk to site to desk.
    let a = writer.create_article()?;
    let mut body = prose(0, 12);
    writer.save_article(a.id, &edit("Bench", &body))?;
    writer.sync().await?;
    reader.sync().await?;
    let mut latency = Vec::new();
    for i in 0..100 {
        body = body.replacen('.', &format!(", change {i}."), 1);
        let t = Instant::now();
        writer.save_article(a.id, &edit("Bench", &body))?;
        writer.sync().await?;
        reader.sync().await?;
        latency.push(t.elapsed());
        assert_eq!(reader.article(a.id)?.body, body, "the change arrived");
    }
    stats("one paragraph, desk to site to desk", latency);

    // A newsroom of n articles × 3 locales, then a new desk's first sync.
    let t = Instant::now();
    for i in 0..n {
        let a = writer.create_article()?;
        writer.save_article(a.id, &edit(&format!("Story {i}"), &prose(i, 6)))?;
        for locale in ["fr", "de"] {
            writer.add_translation(a.id, locale)?;
            writer.save_translation(
                a.id,
                locale,
                &TextEdit {
                    title: format!("Story {i} ({locale})"),
                    standfirst: String::new(),
                    body: prose(i + 1, 6),
                    slug: String::new(),
                    block_sources: None,
                },
            )?;
        }
    }
    println!(
        "made {n} articles × 3 locales in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    writer.sync().await?;
    println!("pushed them in {:.1} s", t.elapsed().as_secs_f64());
    let before = rss_mib();
    let (_n, newcomer) = member(&site, Role::Editor, "Bench Newcomer").await?;
    let t = Instant::now();
    let report = newcomer.sync().await?;
    let took = t.elapsed();
    println!(
        "first sync of a new desk: {} records in {:.1} s; process RSS {:.0} MiB before, {:.0} MiB after",
        report.received,
        took.as_secs_f64(),
        before,
        rss_mib()
    );
    assert_eq!(
        newcomer.list_articles()?.len(),
        writer.list_articles()?.len()
    );
    site.stop().await;
    Ok(())
}
