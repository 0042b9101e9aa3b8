//! The three-way merge of a 10,000-word body (about 150 paragraphs) with 50 paragraphs
//! changed on each side, disjoint and with 10 of them overlapping (issue 15's goal:
//! under 20 ms). Run with `cargo bench -p dateline-desk --bench merge`.
//!
//! A plain timing harness, as `benches/store.rs`.

use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use dateline_desk::merge;

/// The allocator the desk ships with (`src-tauri/src/main.rs`), so the numbers are its.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PARAGRAPHS: usize = 150;
const WORDS: usize = 10_000;
const RUNS: usize = 50;

/// Made-up prose: words of two to four syllables, paragraphs of about 67 words.
fn body(rng: &mut StdRng) -> Vec<String> {
    const SYL: [&str; 12] = [
        "ka", "lo", "mi", "ren", "sa", "tu", "vel", "no", "di", "ar", "que", "bo",
    ];
    (0..PARAGRAPHS)
        .map(|_| {
            let words: Vec<String> = (0..WORDS / PARAGRAPHS)
                .map(|_| {
                    (0..rng.random_range(2..5))
                        .map(|_| SYL[rng.random_range(0..SYL.len())])
                        .collect()
                })
                .collect();
            words.join(" ") + "."
        })
        .collect()
}

fn edited(base: &[String], which: &[usize], side: &str) -> String {
    let mut paras = base.to_vec();
    for &i in which {
        paras[i] = format!("{} Changed by {side}.", paras[i]);
    }
    paras.join("\n\n") + "\n"
}

fn median(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let mut rng = StdRng::seed_from_u64(15);
    let base = body(&mut rng);
    let text = base.join("\n\n") + "\n";
    // Mine changes the even paragraphs 0..100, theirs the odd ones: 50 each, disjoint.
    let mine_set: Vec<usize> = (0..100).step_by(2).collect();
    let theirs_set: Vec<usize> = (1..100).step_by(2).collect();
    let mine = edited(&base, &mine_set, "mine");
    let theirs = edited(&base, &theirs_set, "theirs");
    let ms = median(|| assert!(merge::merge_body(&text, &mine, &theirs).is_clean()));
    println!(
        "disjoint 50+50: median {ms:.2} ms ({} words)",
        text.split_whitespace().count()
    );
    // 10 of theirs' moved onto mine's paragraphs.
    let overlap: Vec<usize> = theirs_set[..40]
        .iter()
        .copied()
        .chain(mine_set[..10].iter().copied())
        .collect();
    let theirs = edited(&base, &overlap, "theirs");
    let ms = median(|| {
        assert_eq!(
            merge::merge_body(&text, &mine, &theirs).clashes().count(),
            10
        )
    });
    println!("10 overlapping: median {ms:.2} ms");
}
