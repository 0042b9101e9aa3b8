//! The desk from a shell, as scripts use it: `dateline import` brings Markdown in (a
//! file naming an article the desk has updates it as a new revision), `dateline export`
//! writes one article or all of them back out; bad input fails with a reason and the
//! exit status says so.

use std::path::Path;
use std::process::{Command, Output};

use anyhow::Result;
use dateline_desk::Desk;
use e2e::binary;

fn dateline(data: &Path, args: &[&str]) -> Output {
    Command::new(binary("dateline"))
        .args(args)
        .env("DATELINE_DATA_DIR", data)
        .output()
        .expect("the desk binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const FERRY: &str = "---
title: Ferry timetable changes next month
locale: en-US
section: world
tags: [ferries]
byline: Ines Marlow
---
The ferry keeps its winter hours until March.
";

#[test]
fn import_and_export_from_a_shell_round_trip_and_update_by_id() -> Result<()> {
    let data = tempfile::tempdir()?;
    let work = tempfile::tempdir()?;
    let incoming = work.path().join("in");
    std::fs::create_dir_all(&incoming)?;
    std::fs::write(incoming.join("ferry.md"), FERRY)?;
    std::fs::write(
        incoming.join("second.md"),
        FERRY.replace("Ferry timetable", "Harbour lights"),
    )?;

    let out = dateline(data.path(), &["import", incoming.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = String::from_utf8(out.stdout)?;
    assert_eq!(listed.lines().count(), 2, "{listed}");

    // Everything out; the two files have different names.
    let all = work.path().join("all");
    let out = dateline(data.path(), &["export", "--all", all.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(&all)?
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");

    // Edited elsewhere and imported again: the same article, one revision more.
    let ferry_file = all.join(names.iter().find(|n| n.starts_with("ferry")).unwrap());
    let exported = std::fs::read_to_string(&ferry_file)?;
    assert!(exported.contains("id: "), "{exported}");
    std::fs::write(
        &ferry_file,
        exported.replace("until March.", "until the end of March."),
    )?;
    let id: uuid::Uuid = exported
        .lines()
        .find_map(|l| l.strip_prefix("id: "))
        .unwrap()
        .trim_matches(|c| c == '"' || c == '\'')
        .parse()?;
    let before = Desk::open(data.path())?.list_revisions(id, "en-US")?.len();
    let out = dateline(data.path(), &["import", ferry_file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let desk = Desk::open(data.path())?;
    assert_eq!(desk.list_articles()?.len(), 2);
    assert_eq!(desk.list_revisions(id, "en-US")?.len(), before + 1);
    drop(desk);

    // One article out by its id: what was imported last.
    let one = work.path().join("one");
    let out = dateline(
        data.path(),
        &["export", &id.to_string(), one.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let again = std::fs::read_to_string(one.join(ferry_file.file_name().unwrap()))?;
    assert!(again.contains("until the end of March."), "{again}");

    // Bad input: a reason and a failing status, and nothing lost.
    std::fs::write(
        incoming.join("broken.md"),
        "---\ntitle: [unclosed\n---\nBody\n",
    )?;
    let out = dateline(
        data.path(),
        &["import", incoming.join("broken.md").to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("broken.md"), "{}", stderr(&out));
    let out = dateline(data.path(), &["export", "not-an-id", one.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not an article id"),
        "{}",
        stderr(&out)
    );
    let out = dateline(data.path(), &["export"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("usage"), "{}", stderr(&out));
    assert_eq!(Desk::open(data.path())?.list_articles()?.len(), 2);
    Ok(())
}
