//! The merge's cases, identities and seeded property loops.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::*;

const BASE: &str = "# Title\n\nOne alpha.\n\nTwo beta.\n\nThree gamma.\n\nFour delta.\n";

fn clean(merged: &Merged) -> String {
    merged.text().expect("a clean merge")
}

fn only_clash(merged: &Merged) -> &Clash {
    let clashes: Vec<_> = merged.clashes().collect();
    assert_eq!(clashes.len(), 1, "{merged:?}");
    clashes[0]
}

#[test]
fn units_give_the_text_back_and_keep_separators() {
    let text = "\n\nA\nline\n\n\nB  \n<!-- paywall -->\nC\r\n\r\nD";
    let u = units(text);
    assert_eq!(
        u,
        [
            "\n\n",
            "A\nline\n\n\n",
            "B  \n",
            "<!-- paywall -->\n",
            "C\r\n\r\n",
            "D"
        ]
    );
    assert_eq!(u.concat(), text);
}

#[test]
fn a_code_fence_with_a_blank_line_inside_is_one_unit() {
    let text = "Intro.\n\n```rust\nfn a() {}\n\n<!-- paywall -->\nfn b() {}\n```\n\nAfter.\n";
    assert_eq!(
        units(text),
        [
            "Intro.\n\n",
            "```rust\nfn a() {}\n\n<!-- paywall -->\nfn b() {}\n```\n\n",
            "After.\n"
        ]
    );
    // An edit on each side of the fence, none inside it, merges.
    let mine = text.replace("Intro.", "Intro, mine.");
    let theirs = text.replace("After.", "After, theirs.");
    let merged = clean(&merge_body(text, &mine, &theirs));
    assert!(merged.contains("Intro, mine.") && merged.contains("After, theirs."));
    assert!(merged.contains("fn a() {}\n\n<!-- paywall -->\nfn b() {}"));
}

#[test]
fn different_paragraphs_merge_in_order() {
    let mine = BASE.replace("Two beta.", "Two beta, mine.");
    let theirs = BASE.replace("Three gamma.", "Three gamma, theirs.");
    let merged = merge_body(BASE, &mine, &theirs);
    assert!(merged.is_clean());
    assert_eq!(
        clean(&merged),
        "# Title\n\nOne alpha.\n\nTwo beta, mine.\n\nThree gamma, theirs.\n\nFour delta.\n"
    );
}

#[test]
fn the_same_paragraph_edited_differently_is_one_clash() {
    let mine = BASE
        .replace("Two beta.", "Two beta, mine.")
        .replace("One", "Uno");
    let theirs = BASE.replace("Two beta.", "Two beta, theirs.");
    let merged = merge_body(BASE, &mine, &theirs);
    assert!(!merged.is_clean());
    assert_eq!(merged.text(), None);
    assert_eq!(
        only_clash(&merged),
        &Clash {
            base: "Two beta.\n\n".into(),
            mine: "Two beta, mine.\n\n".into(),
            theirs: "Two beta, theirs.\n\n".into(),
        }
    );
    assert_eq!(
        merged.blocks[0],
        MergeBlock::Clean("# Title\n\nUno alpha.\n\n".into())
    );
    assert_eq!(
        merged.blocks[2],
        MergeBlock::Clean("Three gamma.\n\nFour delta.\n".into())
    );
}

#[test]
fn the_same_edit_on_both_sides_is_taken_once() {
    let both = BASE.replace("Two beta.", "Two beta, both.");
    let merged = clean(&merge_body(BASE, &both, &both));
    assert_eq!(merged, both);
    assert_eq!(merged.matches("Two beta, both.").count(), 1);
}

#[test]
fn insertions_clash_only_at_the_same_place() {
    let at = |text: &str, after: &str, new: &str| text.replace(after, &format!("{after}\n\n{new}"));
    let mine = at(BASE, "Two beta.", "Mine new.");
    let theirs = at(BASE, "Two beta.", "Theirs new.");
    let clash = only_clash(&merge_body(BASE, &mine, &theirs)).clone();
    assert_eq!(
        (clash.mine.trim(), clash.theirs.trim()),
        ("Mine new.", "Theirs new.")
    );
    assert_eq!(clash.base, "");

    let theirs = at(BASE, "Three gamma.", "Theirs new.");
    let merged = clean(&merge_body(BASE, &mine, &theirs));
    assert_eq!(
        merged,
        "# Title\n\nOne alpha.\n\nTwo beta.\n\nMine new.\n\nThree gamma.\n\nTheirs new.\n\nFour delta.\n"
    );
}

#[test]
fn an_insertion_beside_an_edited_paragraph_merges() {
    let mine = BASE.replace("Two beta.", "Two beta, mine.");
    let theirs = BASE.replace("Two beta.", "Two beta.\n\nTheirs new.");
    let merged = clean(&merge_body(BASE, &mine, &theirs));
    assert!(
        merged.contains("Two beta, mine.\n\nTheirs new.\n\nThree gamma."),
        "{merged}"
    );
}

#[test]
fn a_deletion_against_an_edit_is_a_clash() {
    let mine = BASE.replace("Two beta.\n\n", "");
    let theirs = BASE.replace("Two beta.", "Two beta, theirs.");
    let clash = only_clash(&merge_body(BASE, &mine, &theirs)).clone();
    assert_eq!(
        clash,
        Clash {
            base: "Two beta.\n\n".into(),
            mine: String::new(),
            theirs: "Two beta, theirs.\n\n".into(),
        }
    );
    // A deletion against no change is clean.
    assert_eq!(clean(&merge_body(BASE, &mine, BASE)), mine);
}

#[test]
fn identities_are_byte_exact() {
    let texts = [
        BASE.to_owned(),
        BASE.trim_end().to_owned(),
        BASE.replace('\n', "\r\n"),
        BASE.replace('\n', "\r\n").trim_end().to_owned(),
        "\n\nLeading blanks.\n\n\n\nAnd many after.   \n\n".to_owned(),
        String::new(),
    ];
    let edits = |b: &str| -> Vec<String> {
        vec![
            b.replacen("Two", "Zwei", 1),
            format!("{b}\n\nAppended."),
            format!("{b}\n"),
            b.trim_end().to_owned(),
            b.replace("\r\n", "\n"),
            b.replace('\n', "\r\n"),
            String::new(),
            "Totally new.\n".to_owned(),
        ]
    };
    for b in &texts {
        for x in edits(b) {
            assert_eq!(clean(&merge_body(b, b, &x)), x, "(b, b, x) of {b:?} {x:?}");
            assert_eq!(clean(&merge_body(b, &x, b)), x, "(b, x, b) of {b:?} {x:?}");
            assert_eq!(clean(&merge_body(b, &x, &x)), x, "(b, x, x) of {b:?} {x:?}");
        }
    }
}

#[test]
fn whitespace_at_the_end_is_no_clash_and_paragraphs_do_not_run_together() {
    let base = "A.\n\nB.";
    let mine = "A.\n\nB.\n";
    let theirs = "A, theirs.\n\nB.\n\nC.";
    assert_eq!(
        clean(&merge_body(base, mine, theirs)),
        "A, theirs.\n\nB.\n\nC."
    );
    // Mine's last paragraph, followed by theirs' addition, gets its blank line.
    let base = "A.\n\nB.";
    let mine = "A.\n\nB, mine.";
    let theirs = "A.\n\nB.\n\nC.";
    let merged = merge_body(base, mine, theirs);
    assert_eq!(clean(&merged), "A.\n\nB, mine.\n\nC.");
}

#[test]
fn resolutions_give_the_expected_text() {
    let mine = BASE.replace("Two beta.", "Two beta, mine.");
    let theirs = BASE.replace("Two beta.", "Two beta, theirs.");
    let merged = merge_body(BASE, &mine, &theirs);
    let with = |how| merged.clone().resolve(0, how).expect("resolved");
    assert_eq!(with(Resolution::Mine), mine);
    assert_eq!(with(Resolution::Theirs), theirs);
    assert_eq!(
        with(Resolution::Both),
        BASE.replace("Two beta.", "Two beta, mine.\n\nTwo beta, theirs.")
    );
    assert_eq!(
        with(Resolution::Edited("Two, edited.".into())),
        BASE.replace("Two beta.", "Two, edited.")
    );
}

#[test]
fn resolving_counts_open_clashes_and_both_separates_at_the_end() {
    let base = "A.\n\nB.\n\nC.";
    let mine = "A1.\n\nB.\n\nC1.";
    let theirs = "A2.\n\nB.\n\nC2.";
    let mut merged = merge_body(base, mine, theirs);
    assert_eq!(merged.clashes().count(), 2);
    assert_eq!(merged.resolve(5, Resolution::Mine), None);
    assert_eq!(merged.resolve(0, Resolution::Theirs), None);
    assert_eq!(merged.clashes().count(), 1);
    assert_eq!(
        merged.resolve(0, Resolution::Both).as_deref(),
        Some("A2.\n\nB.\n\nC1.\n\nC2.")
    );
}

#[test]
fn merge_line_takes_the_changed_side() {
    assert_eq!(clean(&merge_line("T", "T", "Theirs")), "Theirs");
    assert_eq!(clean(&merge_line("T", "Mine", "T")), "Mine");
    assert_eq!(clean(&merge_line("T", "Same", "Same")), "Same");
    assert_eq!(clean(&merge_line("T", "T ", "Theirs")), "Theirs");
    let merged = merge_line("T", "Mine", "Theirs");
    assert_eq!(
        only_clash(&merged),
        &Clash {
            base: "T".into(),
            mine: "Mine".into(),
            theirs: "Theirs".into()
        }
    );
    assert_eq!(
        merged.clone().resolve(0, Resolution::Theirs).as_deref(),
        Some("Theirs")
    );
}

/// A base of numbered paragraphs (each unique, as real paragraphs nearly always are).
fn paragraphs(rng: &mut StdRng) -> Vec<String> {
    let n = rng.random_range(1..30);
    (0..n)
        .map(|i| {
            let words = rng.random_range(1..8);
            let body: Vec<String> = (0..words)
                .map(|_| format!("w{}", rng.random_range(0..50)))
                .collect();
            format!("P{i} {}.", body.join(" "))
        })
        .collect()
}

fn join(paras: &[String]) -> String {
    paras.join("\n\n") + "\n"
}

/// Edits paragraph `i` of a side: rewrites it, drops it, or adds one after it.
fn edit(paras: &mut Vec<String>, i: usize, side: &str, rng: &mut StdRng) {
    match rng.random_range(0..4) {
        3 if paras.len() > 1 => {
            paras.remove(i);
        }
        0 => paras[i] = format!("{} edited by {side}", paras[i]),
        1 => paras[i] = format!("Rewritten {i} by {side}."),
        _ => paras.insert(i + 1, format!("Added after {i} by {side}.")),
    }
}

#[test]
fn property_disjoint_edits_merge_clean_with_every_edit() {
    let mut rng = StdRng::seed_from_u64(15);
    for _ in 0..500 {
        let base = paragraphs(&mut rng);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        // Each paragraph is edited by mine, by theirs or left alone; edits go from
        // the end so that insertions do not move the paragraphs still to edit.
        for i in (0..base.len()).rev() {
            match rng.random_range(0..3) {
                0 => edit(&mut mine, i, "mine", &mut rng),
                1 => edit(&mut theirs, i, "theirs", &mut rng),
                _ => {}
            }
        }
        let merged = merge_body(&join(&base), &join(&mine), &join(&theirs));
        let text = merged
            .text()
            .unwrap_or_else(|| panic!("{base:?}\n{mine:?}\n{theirs:?}\n{merged:?}"));
        // A paragraph one side rewrote or deleted (and the other kept) is gone.
        let out: Vec<&str> = text.split("\n\n").map(str::trim).collect();
        for p in &base {
            if !mine.contains(p) || !theirs.contains(p) {
                assert!(!out.contains(&p.as_str()), "{p} kept in {text}");
            }
        }
        for p in mine.iter().filter(|p| !base.contains(p)) {
            assert!(text.contains(p.as_str()), "{p} lost in {text}");
        }
        for p in theirs.iter().filter(|p| !base.contains(p)) {
            assert!(text.contains(p.as_str()), "{p} lost in {text}");
        }
        // Order kept: the merged paragraphs that come from mine are in mine's order.
        let from_mine: Vec<&str> = out
            .iter()
            .copied()
            .filter(|p| mine.iter().any(|m| m == p))
            .collect();
        let mine_kept: Vec<&str> = mine
            .iter()
            .map(String::as_str)
            .filter(|m| out.contains(m))
            .collect();
        assert_eq!(from_mine, mine_kept);
    }
}

#[test]
fn property_overlapping_edits_lose_no_paragraph() {
    let mut rng = StdRng::seed_from_u64(7);
    let mut clashes = 0;
    for _ in 0..500 {
        let base = paragraphs(&mut rng);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        for i in (0..base.len()).rev() {
            if rng.random_bool(0.4) {
                edit(&mut mine, i, "mine", &mut rng);
            }
            if rng.random_bool(0.4) {
                edit(&mut theirs, i, "theirs", &mut rng);
            }
        }
        let merged = merge_body(&join(&base), &join(&mine), &join(&theirs));
        clashes += merged.clashes().count();
        let found = |p: &str| {
            merged.blocks.iter().any(|b| match b {
                MergeBlock::Clean(t) => t.contains(p),
                MergeBlock::Conflict(c) => c.mine.contains(p) || c.theirs.contains(p),
            })
        };
        // What a side wrote, and what both kept, is somewhere; only a paragraph one
        // side left as it was and the other changed may go.
        let kept_by_both = |p: &String| mine.contains(p) && theirs.contains(p);
        for p in mine.iter().chain(&theirs) {
            if !base.contains(p) || kept_by_both(p) {
                assert!(found(p), "{p} lost: {merged:?}");
            }
        }
    }
    assert!(clashes > 0, "overlapping edits must clash sometimes");
}
