//! Render throughput: our whole pipeline (`render_body`: parse, cut, policy, footnotes,
//! words, HTML) against pulldown-cmark's plain HTML, comrak's plain HTML and the old
//! pipeline (comrak, then ammonia) on the same generated articles, in the same run. The
//! goal (issue 3) is at least a third of pulldown-cmark's throughput; results go in
//! docs/PERFORMANCE.md, "Render".
//!
//! Run briefly, the machine is shared:
//! `cargo bench -p dateline-render --bench render -- --warm-up-time 1 --measurement-time 3 --sample-size 10`

use std::hint::black_box;

/// The allocator `dateline-site` and the desk ship with, so the numbers are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_render::render_body;

mod common;

use common::{article, article_with, comrak_html, pulldown_html};

/// The pipeline this crate replaced: comrak's HTML, then ammonia's allow-list over it
/// (the same settings it had).
fn comrak_then_ammonia(markdown: &str, sanitizer: &ammonia::Builder<'_>) -> String {
    sanitizer.clean(&comrak_html(markdown)).to_string()
}

fn render(c: &mut Criterion) {
    let mut sanitizer = ammonia::Builder::default();
    sanitizer
        .url_schemes(std::collections::HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        .add_tags(["input"])
        .add_tag_attributes("input", ["checked", "disabled"])
        .add_tag_attribute_values("input", "type", ["checkbox"]);
    let cases = [
        ("1500-words", article(1_500)),
        ("10000-words", article(10_000)),
        ("100000-words", article(100_000)),
        ("10000-words-inline-dense", article_with(10_000, 40)),
    ];
    for (name, input) in cases {
        let mut group = c.benchmark_group(format!("render-{name}"));
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function("dateline-render_body", |b| {
            b.iter(|| render_body(black_box(&input), true))
        });
        group.bench_function("pulldown-cmark", |b| {
            b.iter(|| pulldown_html(black_box(&input)))
        });
        group.bench_function("comrak-plain", |b| {
            b.iter(|| comrak_html(black_box(&input)))
        });
        group.bench_function("old-comrak-then-ammonia", |b| {
            b.iter(|| comrak_then_ammonia(black_box(&input), &sanitizer))
        });
        group.finish();
    }
}

criterion_group!(benches, render);
criterion_main!(benches);
