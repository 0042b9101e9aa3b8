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

fn dateline_with_stdin(data: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(binary("dateline"))
        .args(args)
        .env("DATELINE_DATA_DIR", data)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the desk binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// `dateline sync` between two desks on one computer (two data folders, two people's
/// tokens, each in the OS keyring under its own desk): an article imported on one
/// reaches the other; the same paragraph changed on both is listed as a conflict with
/// the article's id and locale, and the exit status says a person is needed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_from_a_shell_shares_work_and_lists_conflicts() -> Result<()> {
    let site = e2e::TestSite::start().await;
    let writer = tempfile::tempdir()?;
    let editor = tempfile::tempdir()?;
    let work = tempfile::tempdir()?;

    // No site yet: a reason and a failing status.
    let out = dateline(writer.path(), &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no site"), "{}", stderr(&out));

    for (dir, token) in [(&writer, &site.writer), (&editor, &site.editor)] {
        let out = dateline_with_stdin(dir.path(), &["connect", &site.base], token);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let file = work.path().join("ferry.md");
    std::fs::write(&file, FERRY)?;
    let out = dateline(writer.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = dateline(writer.path(), &["sync"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = dateline(editor.path(), &["sync"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let on_editor = Desk::open(editor.path())?.list_articles()?;
    assert_eq!(on_editor.len(), 1);
    assert_eq!(on_editor[0].title, "Ferry timetable changes next month");
    let id = on_editor[0].id;

    // Both change the one paragraph, each on its own desk, then sync.
    for (dir, words) in [
        (&writer, "The ferry keeps its winter hours until April."),
        (&editor, "The ferry keeps winter hours until late March."),
    ] {
        let out_dir = work.path().join(uuid::Uuid::new_v4().to_string());
        let out = dateline(
            dir.path(),
            &["export", &id.to_string(), out_dir.to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let path = String::from_utf8(out.stdout)?
            .lines()
            .next()
            .unwrap()
            .to_owned();
        let text = std::fs::read_to_string(&path)?;
        std::fs::write(
            &path,
            text.replace("The ferry keeps its winter hours until March.", words),
        )?;
        let out = dateline(dir.path(), &["import", &path]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = dateline(writer.path(), &["sync"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = dateline(editor.path(), &["sync"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let listed = String::from_utf8(out.stdout)?;
    let line = listed
        .lines()
        .find(|l| l.starts_with("conflict\t"))
        .unwrap_or_else(|| panic!("no conflict listed: {listed}"));
    let fields: Vec<&str> = line.split('\t').collect();
    assert_eq!(fields[1], id.to_string());
    assert_eq!(fields[2], "en-US");
    site.stop().await;
    Ok(())
}
