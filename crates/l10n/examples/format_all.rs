//! `cargo run --release -p dateline-l10n --example format_all -- FILE.ftl LOCALE PASSES`:
//! builds a fluent-bundle bundle from FILE and formats every message (value and
//! attributes) PASSES times with sample arguments, printing the best and median time of a
//! pass. scripts/bench-l10n.sh runs it on a generated 500-message file.

use std::time::{Duration, Instant};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(locale), passes) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: format_all FILE.ftl LOCALE [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = passes.map_or(20, |p| p.parse().expect("a number of passes"));
    let source = std::fs::read_to_string(&path).expect("readable .ftl");
    let resource = FluentResource::try_new(source).expect("the file parses");
    let mut bundle = FluentBundle::new(vec![locale.parse().expect("a locale")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate ids");

    let ids: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.starts_with([' ', '-', '#', '.']) && !id.is_empty())
        .map(str::to_owned)
        .collect();
    let mut sample = FluentArgs::new();
    sample.set("name", "Ada");
    sample.set("count", 3);

    let mut times = Vec::new();
    let mut chars = 0;
    for _ in 0..passes {
        let start = Instant::now();
        chars = 0;
        for id in &ids {
            let message = bundle.get_message(id).expect("every id is a message");
            let mut errors = Vec::new();
            if let Some(value) = message.value() {
                chars += bundle
                    .format_pattern(value, Some(&sample), &mut errors)
                    .len();
            }
            for attribute in message.attributes() {
                chars += bundle
                    .format_pattern(attribute.value(), Some(&sample), &mut errors)
                    .len();
            }
        }
        times.push(start.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "formatted {} messages ({chars} bytes) per pass, {passes} passes: best {:.2} ms, median {:.2} ms",
        ids.len(),
        ms(times[0]),
        ms(times[times.len() / 2])
    );
}
