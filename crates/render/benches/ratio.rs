//! The render goal as one number per article: `render_body`'s throughput as a
//! fraction of pulldown-cmark's (goal: at least 0.33), measured so that the noise of a
//! shared machine cannot decide it.
//!
//! criterion (`benches/render.rs`) measures one function after the other, seconds apart;
//! on a virtual machine whose neighbours come and go, that alone moved the 100,000-word
//! ratio between 0.22 and 0.31 from one run to the next. Here the two run alternately,
//! one call each, hundreds of times, so a slow moment hits both; the ratio is taken from
//! the medians, and the spread of the per-round ratios is printed beside it.
//!
//! `cargo bench -p dateline-render --bench ratio`

use std::hint::black_box;

/// The allocator `dateline-site` and the desk ship with, so the numbers are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};

use dateline_render::render_body;

mod common;

use common::{article, article_with, comrak_html, pulldown_html};

/// Rounds per article, bounded by time so the 100,000-word case stays short.
const ROUNDS: usize = 400;
const BUDGET: Duration = Duration::from_secs(20);

fn time(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench` absent; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let cases = [
        ("1,500 words", article(1_500)),
        ("10,000 words", article(10_000)),
        ("100,000 words", article(100_000)),
        ("10,000 words, inline-dense", article_with(10_000, 40)),
    ];
    println!(
        "| article | input | render_body | pulldown-cmark | comrak plain | ratio (p10–p90 of rounds) | comrak plain ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, input) in cases {
        let (mut ours, mut theirs, mut comrak, mut ratios) = (vec![], vec![], vec![], vec![]);
        let started = Instant::now();
        let rounds = if quick { 2 } else { ROUNDS };
        for _ in 0..rounds {
            let a = time(|| drop(black_box(render_body(black_box(&input), true))));
            let b = time(|| drop(black_box(pulldown_html(black_box(&input)))));
            let c = time(|| drop(black_box(comrak_html(black_box(&input)))));
            ours.push(a.as_secs_f64());
            theirs.push(b.as_secs_f64());
            comrak.push(c.as_secs_f64());
            ratios.push(b.as_secs_f64() / a.as_secs_f64());
            if started.elapsed() > BUDGET && ours.len() >= 30 {
                break;
            }
        }
        let (a, b, c) = (median(&mut ours), median(&mut theirs), median(&mut comrak));
        ratios.sort_by(f64::total_cmp);
        let mib = input.len() as f64 / (1024.0 * 1024.0);
        println!(
            "| {name} | {} KB | {:.1} µs, {:.0} MiB/s | {:.1} µs, {:.0} MiB/s | {:.1} µs, {:.0} MiB/s | **{:.2}** ({:.2}–{:.2}, {} rounds) | {:.2} |",
            input.len() / 1000,
            a * 1e6,
            mib / a,
            b * 1e6,
            mib / b,
            c * 1e6,
            mib / c,
            b / a,
            percentile(&ratios, 0.1),
            percentile(&ratios, 0.9),
            ours.len(),
            b / c,
        );
    }
}
