//! The newsroom's property: any interleaving of edits and sync rounds on three desks
//! converges. Each case is a seeded random script of paragraph edits (offline) and
//! rounds on three desks of one article; after every desk has synced until quiet:
//! - every desk holds the same history (the same revisions, the same heads);
//! - each desk's open conflicts are exactly the heads other than its own;
//! - each conflict clashes exactly on the paragraphs both sides changed differently
//!   since their common ancestor, one clash per such paragraph;
//! - no text is lost: every word written that no later edit replaced is in some head;
//! - once one desk resolves every conflict, all three show one same text.
//!
//! `CONVERGE_SEED` repeats one case; `CONVERGE_CASES` runs more.

use std::collections::{BTreeSet, HashMap};

use anyhow::{Result, bail, ensure};
use dateline_desk::merge::Resolution;
use dateline_desk::{ArticleEdit, ConflictPart, Desk};
use dateline_protocol::Role;
use e2e::TestSite;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

const PARAGRAPHS: usize = 4;
const STEPS: usize = 24;

fn article(body: &str) -> ArticleEdit {
    ArticleEdit {
        title: "Tide tables".into(),
        standfirst: String::new(),
        body: body.into(),
        tier: "public".into(),
        section: "world".into(),
        slug: String::new(),
        tags: vec![],
        byline: "Mara Quist".into(),
        source_url: None,
    }
}

fn paragraphs(body: &str) -> Vec<String> {
    body.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn join(ps: &[String]) -> String {
    let mut s = ps.join("\n\n");
    s.push('\n');
    s
}

/// The history of the article's source text on a desk: revision ids, heads.
fn history(desk: &Desk, id: Uuid) -> Result<(BTreeSet<String>, BTreeSet<String>)> {
    let revisions = desk.list_revisions(id, "en-US")?;
    let all: BTreeSet<String> = revisions.iter().map(|r| r.uid.clone()).collect();
    let followed: BTreeSet<String> = revisions.iter().flat_map(|r| r.parents.clone()).collect();
    let heads = all.difference(&followed).cloned().collect();
    Ok((all, heads))
}

/// That no merge joins a revision with one it descends from: a merge is of two heads.
fn merges_join_heads(desk: &Desk, id: Uuid) -> Result<()> {
    let revisions = desk.list_revisions(id, "en-US")?;
    let parents: HashMap<String, Vec<String>> = revisions
        .iter()
        .map(|r| (r.uid.clone(), r.parents.clone()))
        .collect();
    let ancestry = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(u) = todo.pop() {
            if seen.insert(u.clone()) {
                todo.extend(parents.get(&u).cloned().unwrap_or_default());
            }
        }
        seen
    };
    for r in &revisions {
        if let [a, b] = r.parents.as_slice() {
            ensure!(
                !ancestry(a).contains(b) && !ancestry(b).contains(a),
                "merge {} joins {a} and {b}, one of which follows the other",
                r.uid
            );
        }
    }
    Ok(())
}

async fn settle(desks: &[Desk]) -> Result<()> {
    for _ in 0..8 {
        let mut quiet = true;
        for d in desks {
            let r = d.sync().await?;
            quiet &= r.pushed == 0 && r.received == 0;
        }
        if quiet {
            return Ok(());
        }
    }
    bail!("the desks did not settle in eight rounds each")
}

/// What a case went through: whether it ended in a conflict, and whether some merge was
/// clean (made by a desk alone).
async fn case(seed: u64) -> Result<(bool, bool)> {
    let site = TestSite::start().await;
    let mut dirs = Vec::new();
    let mut desks = Vec::new();
    for name in ["Ada Brook", "Ben Okafor", "Chloe Sand"] {
        let dir = tempfile::tempdir()?;
        let desk = Desk::open_with_keyring(dir.path(), e2e::memory_keyring())?;
        let token = dateline_site::admin::create_token(&site.data(), Role::Editor, name)?;
        desk.add_site(&site.base, &token).await?;
        dirs.push(dir);
        desks.push(desk);
    }
    let start: Vec<String> = (0..PARAGRAPHS)
        .map(|k| format!("Paragraph {k} as first written."))
        .collect();
    let a = desks[0].create_article()?;
    desks[0].save_article(a.id, &article(&join(&start)))?;
    settle(&desks).await?;

    let mut rng = StdRng::seed_from_u64(seed);
    // Every paragraph ever written, and those an edit replaced on the desk that made it.
    let mut written: BTreeSet<String> = start.iter().cloned().collect();
    let mut replaced: BTreeSet<String> = BTreeSet::new();
    for step in 0..STEPS {
        let d = rng.random_range(0..desks.len());
        if rng.random_bool(0.6) {
            let k = rng.random_range(0..PARAGRAPHS);
            let mut ps = paragraphs(&desks[d].article(a.id)?.body);
            ensure!(
                ps.len() == PARAGRAPHS,
                "desk {d} has {} paragraphs: {ps:?}",
                ps.len()
            );
            let new = format!("Paragraph {k} rewritten at step {step} on desk {d}.");
            replaced.insert(std::mem::replace(&mut ps[k], new.clone()));
            written.insert(new);
            desks[d].save_article(a.id, &article(&join(&ps)))?;
        } else {
            desks[d].sync().await?;
        }
    }
    settle(&desks).await?;

    let (all, heads) = history(&desks[0], a.id)?;
    let clean_merge = desks[0]
        .list_revisions(a.id, "en-US")?
        .iter()
        .any(|r| r.parents.len() == 2);
    let conflicted = heads.len() > 1;
    for (i, d) in desks.iter().enumerate() {
        let (all_i, heads_i) = history(d, a.id)?;
        ensure!(all_i == all, "desk {i} holds another history");
        merges_join_heads(d, a.id)?;
        ensure!(
            heads_i == heads,
            "desk {i} has other heads: {heads_i:?} vs {heads:?}"
        );
        let state = d.sync_state()?;
        ensure!(
            state.refused.is_empty(),
            "desk {i}: refused {:?}",
            state.refused
        );
        let conflicts = d.text_conflicts(a.id)?;
        let mut others: BTreeSet<String> = conflicts
            .iter()
            .map(|c| c.theirs.revision.clone())
            .collect();
        let mine: BTreeSet<String> = conflicts.iter().map(|c| c.mine.revision.clone()).collect();
        ensure!(
            mine.len() <= 1,
            "desk {i}: conflicts from several heads of its own"
        );
        others.extend(mine.iter().cloned());
        if heads.len() > 1 {
            ensure!(
                others == heads,
                "desk {i}: conflicts {others:?}, heads {heads:?}"
            );
        } else {
            ensure!(conflicts.is_empty(), "desk {i}: a conflict with one head");
        }
        for c in &conflicts {
            // Base, mine and theirs paragraph by paragraph, from the view.
            let mut sides = [String::new(), String::new(), String::new()];
            for part in &c.body {
                match part {
                    ConflictPart::Clean { text } => sides.iter_mut().for_each(|s| s.push_str(text)),
                    ConflictPart::Clash {
                        base, mine, theirs, ..
                    } => {
                        for (s, t) in sides.iter_mut().zip([base, mine, theirs]) {
                            s.push_str(t);
                        }
                    }
                }
            }
            let [b, m, t] = sides.map(|s| paragraphs(&s));
            let both: usize = (0..PARAGRAPHS)
                .filter(|&k| b[k] != m[k] && b[k] != t[k] && m[k] != t[k])
                .count();
            ensure!(
                c.clashes as usize == both,
                "desk {i}: {} clashes for {both} paragraphs changed on both sides",
                c.clashes
            );
        }
    }
    // No lost text.
    let mut in_heads = BTreeSet::new();
    for d in &desks {
        in_heads.extend(paragraphs(&d.article(a.id)?.body));
        for c in d.text_conflicts(a.id)? {
            for part in &c.body {
                if let ConflictPart::Clash { theirs, .. } = part {
                    in_heads.extend(paragraphs(theirs));
                }
            }
        }
    }
    for p in written.difference(&replaced) {
        ensure!(in_heads.contains(p), "lost: {p:?}");
    }

    // One desk resolves everything (keeping both where clashing): then one text.
    let fixer = &desks[rng.random_range(0..desks.len())];
    while let Some(c) = fixer.text_conflicts(a.id)?.into_iter().next() {
        let choices = vec![Resolution::Both; c.clashes as usize];
        fixer.resolve_text_conflict(a.id, "en-US", &c.theirs.revision, &choices)?;
    }
    settle(&desks).await?;
    let body = desks[0].article(a.id)?.body;
    for (i, d) in desks.iter().enumerate() {
        ensure!(
            d.sync_state()?.conflicts.is_empty(),
            "desk {i} still has a conflict"
        );
        ensure!(d.article(a.id)?.body == body, "desk {i} shows another text");
    }
    for p in written.difference(&replaced) {
        ensure!(body.contains(p.as_str()), "lost in the resolution: {p:?}");
    }
    drop(desks);
    site.stop().await;
    Ok((conflicted, clean_merge))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_interleaving_of_edits_and_rounds_converges() -> Result<()> {
    let seeds: Vec<u64> = match std::env::var("CONVERGE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(seed) => vec![seed],
        None => {
            let cases = std::env::var("CONVERGE_CASES")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(12);
            (0..cases).map(|i| 0x15_0000 + i).collect()
        }
    };
    let one = seeds.len() == 1;
    let (mut conflicts, mut merges) = (0, 0);
    for seed in seeds {
        let (c, m) = case(seed)
            .await
            .map_err(|e| anyhow::anyhow!("seed {seed} (CONVERGE_SEED={seed} repeats it): {e}"))?;
        conflicts += usize::from(c);
        merges += usize::from(m);
    }
    eprintln!("{conflicts} cases ended in a conflict, {merges} merged cleanly somewhere");
    ensure!(
        one || (conflicts > 0 && merges > 0),
        "the cases never met a conflict or never merged: the script draws the wrong things"
    );
    Ok(())
}
