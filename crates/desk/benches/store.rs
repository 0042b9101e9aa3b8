//! The desk store at newsroom scale: autosave, search and the article list with 100,000
//! articles in the database. Run with `cargo bench -p dateline-desk --bench store`.
//!
//! A plain timing harness rather than criterion: what matters here is the tail (p95,
//! p99 of single calls), which criterion does not report.
//!
//! The corpus is generated once and kept in `/var/tmp/dateline-desk-bench-v3/` (delete
//! the folder to make it anew): 100,000 articles in English, French, German, Spanish,
//! Arabic and Japanese, a fifth of them with a translation, written as Markdown files
//! and brought in through the desk's own folder import. The words are made up here from
//! syllables of each script (no copied text) and drawn with a Zipf distribution, as
//! words are in real text.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dateline_desk::{ArticleEdit, Desk, Keyring, SearchQuery, SearchSort, WorkflowState};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

/// The allocator the desk ships with (`src-tauri/src/main.rs`), so the numbers are its.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ARTICLES: usize = 100_000;
const BATCH: usize = 10_000;
const CACHE: &str = "/var/tmp/dateline-desk-bench-v3";
/// Hiragana particles between Japanese words.
const PARTICLES: [&str; 8] = ["の", "は", "を", "に", "が", "と", "で", "も"];
const LOCALES: [&str; 6] = ["en", "fr", "de", "es", "ar", "ja"];
const SECTIONS: [&str; 8] = [
    "economy",
    "economy/asia",
    "world",
    "world/europe",
    "sport",
    "culture",
    "science",
    "politics",
];
const VOCABULARY: usize = 20_000;

/// Made-up words of one language, most frequent first, and a Zipf sampler over them.
struct Language {
    locale: &'static str,
    words: Vec<String>,
    cdf: Vec<f64>,
}

/// The pieces words are made of. Japanese is written without spaces, so the index cuts
/// it into character pairs; its pieces are therefore single kanji, 1,500 of them as in
/// real text (about the jōyō list's size), joined by hiragana particles in `text`. (A
/// first corpus built Japanese words from 25 characters: its 625 possible pairs each
/// stood in nearly every Japanese text, and every Japanese search read the whole
/// index.)
fn syllables(locale: &str) -> Vec<String> {
    if locale == "ja" {
        // Every seventh code point of the CJK Unified Ideographs block from U+4E00.
        return (0..1_500)
            .filter_map(|i| char::from_u32(0x4E00 + i * 7))
            .map(String::from)
            .collect();
    }
    let s: &[&str] = match locale {
        "en" => &[
            "ba", "ker", "lo", "tion", "mar", "en", "port", "ing", "the", "st", "ro", "al", "ex",
            "ver", "un", "der", "ly", "sh", "co", "ment", "pre", "ad", "ta", "ow", "ight",
        ],
        "fr" => &[
            "é", "è", "ou", "eau", "ien", "con", "mai", "ç", "ais", "ré", "té", "pa", "lé", "an",
            "ment", "oi", "qu", "dé", "ê", "ri", "gn", "ti", "on", "eur", "à",
        ],
        "de" => &[
            "sch", "ü", "ö", "ä", "ß", "ung", "keit", "ver", "be", "ge", "lich", "en", "ein", "st",
            "wa", "ra", "tz", "ck", "ei", "au", "ach", "zu", "her", "un", "ter",
        ],
        "es" => &[
            "ción", "ñ", "á", "í", "ó", "es", "ta", "do", "ra", "mo", "que", "la", "pe", "ri",
            "ca", "lo", "nu", "bi", "ez", "ue", "go", "sa", "men", "te", "ar",
        ],
        "ar" => &[
            "ال", "م", "ت", "ك", "ب", "س", "ن", "ر", "ي", "و", "ق", "ع", "ح", "ش", "ل", "د", "ف",
            "ج", "ة", "ا", "ه", "ص", "ط", "ز", "خ",
        ],
        _ => unreachable!("no syllables for {locale}"),
    };
    s.iter().map(|s| s.to_string()).collect()
}

impl Language {
    fn new(locale: &'static str, rng: &mut StdRng) -> Self {
        let syl = syllables(locale);
        let mut words = Vec::with_capacity(VOCABULARY);
        let mut seen = std::collections::HashSet::new();
        while words.len() < VOCABULARY {
            // Kanji compounds are mostly two characters, some one or three.
            let n = if locale == "ja" {
                [1, 2, 2, 2, 3][rng.random_range(0..5)]
            } else {
                rng.random_range(2..=4)
            };
            let w: String = (0..n)
                .map(|_| syl[rng.random_range(0..syl.len())].as_str())
                .collect();
            if seen.insert(w.clone()) {
                words.push(w);
            }
        }
        let mut cdf = Vec::with_capacity(VOCABULARY);
        let mut total = 0.0;
        for rank in 1..=VOCABULARY {
            total += 1.0 / rank as f64;
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Self { locale, words, cdf }
    }

    fn word(&self, rng: &mut StdRng) -> &str {
        let u: f64 = rng.random();
        let i = self.cdf.partition_point(|c| *c < u).min(VOCABULARY - 1);
        &self.words[i]
    }

    /// `n` words of running text, in sentences and paragraphs.
    fn text(&self, rng: &mut StdRng, n: usize) -> String {
        let ja = self.locale == "ja";
        let mut s = String::new();
        for i in 0..n {
            s.push_str(self.word(rng));
            let end = rng.random_range(0..12) == 0;
            if end {
                s.push_str(if ja { "。" } else { "." });
                if rng.random_range(0..5) == 0 {
                    s.push_str("\n\n");
                    continue;
                }
            }
            if ja {
                // A particle after most words, as in running Japanese.
                if rng.random_range(0..3) != 0 {
                    s.push_str(PARTICLES[rng.random_range(0..PARTICLES.len())]);
                }
            } else if i + 1 < n {
                s.push(' ');
            }
        }
        s
    }
}

fn languages() -> Vec<Language> {
    let mut rng = StdRng::seed_from_u64(0xDA7E);
    LOCALES.iter().map(|l| Language::new(l, &mut rng)).collect()
}

fn open(dir: &Path) -> Desk {
    Desk::open_with_keyring(dir, Keyring::service("dateline-bench")).expect("desk opens")
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Writes one batch of generated articles as Markdown files into `dir`.
fn write_batch(dir: &Path, langs: &[Language], rng: &mut StdRng, count: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let id = Uuid::now_v7();
        let li = rng.random_range(0..langs.len());
        let lang = &langs[li];
        let section = SECTIONS[rng.random_range(0..SECTIONS.len())];
        let tags: Vec<String> = (0..rng.random_range(0..4))
            .map(|_| format!("tag{}", rng.random_range(0..200)))
            .collect();
        let byline = format!("Writer {}", rng.random_range(0..300));
        // Briefs to long reads: 80 to 700 words, about 300 on average.
        let words = 80 + (rng.random::<f64>().powf(1.6) * 620.0) as usize;
        let file = |rng: &mut StdRng, lang: &Language, source: Option<&str>, name: String| {
            let n = rng.random_range(4..10);
            let title = lang.text(rng, n).replace(['.', '。', '\n'], "");
            let n = rng.random_range(15..30);
            let standfirst = lang.text(rng, n).replace('\n', " ");
            let body = lang.text(rng, words);
            let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(name)).unwrap());
            writeln!(f, "---\nid: {id}\nlocale: {}", lang.locale).unwrap();
            if let Some(src) = source {
                writeln!(f, "source_locale: {src}").unwrap();
            }
            writeln!(
                f,
                "title: {}\nstandfirst: {}\nsection: {section}\ntags: [{}]\nbyline: {byline}\n---\n\n{body}",
                quote(&title),
                quote(&standfirst),
                tags.join(", ")
            )
            .unwrap();
        };
        file(rng, lang, None, format!("{i}.md"));
        if rng.random_range(0..5) == 0 {
            let other = &langs[(li + rng.random_range(1..langs.len())) % langs.len()];
            file(rng, other, Some(lang.locale), format!("{i}.t.md"));
        }
    }
}

/// The cached corpus, made if missing; returns its folder and the id of the 2,000-word
/// article the autosave benchmark edits.
fn corpus(langs: &[Language]) -> (PathBuf, Uuid) {
    let dir = PathBuf::from(CACHE);
    let marker = dir.join("bench-article");
    if let Ok(id) = std::fs::read_to_string(&marker) {
        return (dir, id.trim().parse().unwrap());
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let desk = open(&dir);
    let mut rng = StdRng::seed_from_u64(42);
    let started = Instant::now();
    let mut imported = 0;
    for batch in 0..ARTICLES / BATCH {
        let files = dir.join(format!("gen-{batch}"));
        write_batch(&files, langs, &mut rng, BATCH);
        let report = desk.import_markdown(std::slice::from_ref(&files)).unwrap();
        assert!(
            report.failed.is_empty(),
            "{:?}",
            &report.failed[..3.min(report.failed.len())]
        );
        imported += report.imported.len();
        std::fs::remove_dir_all(&files).unwrap();
        eprintln!("  {imported} articles after {:.0?}", started.elapsed());
    }
    // A tenth of them sent for review, for the state filter.
    let all = desk.list_articles().unwrap();
    for a in all.iter().step_by(10) {
        desk.set_workflow_state(a.id, WorkflowState::InReview)
            .unwrap();
    }
    let a = desk.create_article().unwrap();
    let body = langs[0].text(&mut rng, 2_000);
    desk.save_article(a.id, &edit("Two thousand words", &body))
        .unwrap();
    eprintln!(
        "  corpus made in {:.0?}: {imported} articles",
        started.elapsed()
    );
    std::fs::write(&marker, a.id.to_string()).unwrap();
    (dir, a.id)
}

fn edit(title: &str, body: &str) -> ArticleEdit {
    ArticleEdit {
        title: title.into(),
        body: body.into(),
        tier: "public".into(),
        section: "economy".into(),
        ..Default::default()
    }
}

struct Stats(Vec<Duration>);

impl Stats {
    fn pct(&self, q: f64) -> Duration {
        let mut v = self.0.clone();
        v.sort();
        v[((q * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1]
    }
    fn line(&self, what: &str) {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{what:<52} n={:<4} p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms",
            self.0.len(),
            ms(self.pct(0.5)),
            ms(self.pct(0.95)),
            ms(self.pct(0.99)),
            ms(self.pct(1.0)),
        );
    }
}

fn time<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let t = Instant::now();
    let out = f();
    (t.elapsed(), out)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only run
    // for real when asked to benchmark.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let langs = languages();
    let (dir, bench_article) = corpus(&langs);
    let desk = open(&dir);
    let size = std::fs::metadata(dir.join(dateline_desk::DATABASE_FILE))
        .map(|m| m.len())
        .unwrap_or(0);
    let total = desk.search_articles(&SearchQuery::default()).unwrap().total;
    println!(
        "corpus: {total} articles, database {:.0} MB",
        size as f64 / 1_048_576.0
    );
    let mut rng = StdRng::seed_from_u64(7);

    // Autosave: the 2,000-word text, one word changed per save, as typing does.
    let article = desk.article(bench_article).unwrap();
    let mut body = article.body.clone();
    let mut saves = Vec::new();
    for i in 0..500 {
        body.push_str(if i % 2 == 0 { " x" } else { "y" });
        let e = edit("Two thousand words", &body);
        let (d, r) = time(|| desk.save_article(bench_article, &e));
        r.unwrap();
        saves.push(d);
    }
    Stats(saves).line("autosave, 2,000-word text");

    // Search: two words of one language of middling frequency, one filter.
    let query = |rng: &mut StdRng| {
        let lang = &langs[rng.random_range(0..langs.len())];
        let a = &lang.words[rng.random_range(20..2_000)];
        let b = &lang.words[rng.random_range(20..2_000)];
        let mut q = SearchQuery {
            text: format!("{a} {b}"),
            limit: 20,
            ..Default::default()
        };
        match rng.random_range(0..4) {
            0 => q.section = Some(SECTIONS[rng.random_range(0..SECTIONS.len())].into()),
            1 => q.state = Some(WorkflowState::Draft),
            2 => q.tag = Some(format!("tag{}", rng.random_range(0..200))),
            _ => q.locale = Some(lang.locale.into()),
        }
        q
    };
    for _ in 0..20 {
        desk.search_articles(&query(&mut rng)).unwrap();
    }
    let mut searches = Vec::new();
    let mut found = 0u64;
    for _ in 0..300 {
        let q = query(&mut rng);
        let (d, r) = time(|| desk.search_articles(&q));
        let total = r.unwrap().total as u64;
        found += total;
        if std::env::var_os("SHOW_SLOW").is_some() && d > Duration::from_millis(10) {
            eprintln!("slow: {d:?} {q:?}, {total} found");
        }
        searches.push(d);
    }
    Stats(searches).line("search, two words + a filter, first page of 20");
    println!("  (on average {} articles matched)", found / 300);

    // The worst case: the two most frequent words of a language, no filter.
    let mut common = Vec::new();
    for lang in &langs {
        let q = SearchQuery {
            text: format!("{} {}", lang.words[0], lang.words[1]),
            limit: 20,
            ..Default::default()
        };
        for _ in 0..5 {
            let (d, r) = time(|| desk.search_articles(&q));
            r.unwrap();
            common.push(d);
        }
    }
    Stats(common).line("search, the two most frequent words of a language");

    // Opening the list: the first page, newest first; and with a section filter.
    let mut lists = Vec::new();
    let list = SearchQuery {
        limit: 50,
        ..Default::default()
    };
    for _ in 0..100 {
        let (d, r) = time(|| desk.search_articles(&list));
        r.unwrap();
        lists.push(d);
    }
    Stats(lists).line("open the list, first page of 50");
    let mut filtered = Vec::new();
    for _ in 0..100 {
        let q = SearchQuery {
            section: Some(SECTIONS[rng.random_range(0..SECTIONS.len())].into()),
            sort: SearchSort::Updated,
            limit: 50,
            ..Default::default()
        };
        let (d, r) = time(|| desk.search_articles(&q));
        r.unwrap();
        filtered.push(d);
    }
    Stats(filtered).line("list filtered by section, first page of 50");
}
