//! Files dragged onto the built desk from another application, through the X server's
//! drag-and-drop protocol (XDND) as a file manager's would come: Markdown files dropped
//! anywhere are imported, an image dropped on the text goes into the body where it fell.
//!
//! WebDriver cannot start an OS drag, so the drag comes from `tests/support/
//! drag-source.py`, a small GTK window that offers the files as `text/uri-list`, and the
//! mouse is moved with xdotool under the session's Xvfb. WebDriver only reads the page.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use e2e::{Daemon, Desk, Locator, failure_screenshot, repo_root, wait_text};

/// Where the drag source's window is put: the bottom right corner of the 1280x800
/// screen, clear of the editor and the article list.
const SOURCE: (i32, i32) = (1130, 660);

fn xdotool(args: &[&str]) -> Result<String> {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .context("running xdotool (package xdotool; scripts/bootstrap.sh test)")?;
    if !out.status.success() {
        bail!(
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// The desk window's top left corner on the screen.
fn desk_window_origin() -> Result<(i32, i32)> {
    let ids = xdotool(&["search", "--onlyvisible", "--name", "^Dateline$"])?;
    let id = ids.lines().next().context("no visible Dateline window")?;
    let geometry = xdotool(&["getwindowgeometry", "--shell", id])?;
    let value = |key: &str| -> Result<i32> {
        geometry
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .with_context(|| format!("{key} in {geometry}"))?
            .parse()
            .context("window geometry")
    };
    Ok((value("X=")?, value("Y=")?))
}

/// The middle of the first element matching `css`, in screen pixels.
async fn screen_point(c: &fantoccini::Client, css: &str) -> Result<(i32, i32)> {
    let rect = c
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return [Math.round(r.left + Math.min(r.width / 2, 200)), Math.round(r.top + 30)];",
            vec![css.into()],
        )
        .await?;
    let (x, y) = (
        rect[0].as_i64().context("x")? as i32,
        rect[1].as_i64().context("y")? as i32,
    );
    let (ox, oy) = desk_window_origin()?;
    Ok((ox + x, oy + y))
}

/// Drags `files` from a file manager-like window and lets go at `to` (screen pixels).
async fn drag_files(files: &[&Path], to: (i32, i32)) -> Result<()> {
    let script = repo_root().join("tests/support/drag-source.py");
    let mut cmd = Command::new("/usr/bin/python3");
    cmd.arg(&script)
        .args([SOURCE.0.to_string(), SOURCE.1.to_string()])
        .args(files)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut source = Daemon::spawn(&mut cmd)?;
    let mut ready = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(source.stdout().context("drag source output")?),
        &mut ready,
    )?;
    if ready.trim() != "ready" {
        bail!("the drag source did not start (python3-gi and gir1.2-gtk-3.0 installed?)");
    }
    // GTK starts a drag only after the pointer has moved a few pixels with the button
    // down, and XDND needs motion over the target before a drop: move in steps.
    let start = (SOURCE.0 + 60, SOURCE.1 + 60);
    xdotool(&["mousemove", &start.0.to_string(), &start.1.to_string()])?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["mousedown", "1"])?;
    for step in 1..=12 {
        let x = start.0 + (to.0 - start.0) * step / 12;
        let y = start.1 + (to.1 - start.1) * step / 12;
        xdotool(&["mousemove", &x.to_string(), &y.to_string()])?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["mouseup", "1"])?;
    // The source hands the data over when the target asks, after the release.
    tokio::time::sleep(Duration::from_secs(1)).await;
    drop(source);
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn files_dropped_from_a_file_manager() -> Result<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let story = files.path().join("ferry.md");
    std::fs::write(
        &story,
        "---\ntitle: Ferry timetable changes for winter\nlocale: en\nsection: world\n---\n\
         The ferry company posted its winter timetable on Monday.\n",
    )?;
    let picture = files.path().join("quay.png");
    std::fs::write(&picture, e2e::PNG_1X1)?;

    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let session = async {
        c.wait()
            .for_element(Locator::Css("[data-testid=new-article]"))
            .await?;

        // A Markdown file dropped on the middle of the window is imported.
        let middle = screen_point(c, "main").await?;
        drag_files(&[&story], middle).await?;
        wait_text(c, "[data-testid=import-report]", "the import report", |t| {
            t.contains("Imported 1 article") && t.contains("Ferry timetable changes for winter")
        })
        .await?;
        wait_text(
            c,
            "[data-testid=article-list]",
            "the imported article",
            |t| t.contains("Ferry timetable changes for winter"),
        )
        .await?;

        // An image dropped on the text is stored and written into the body.
        e2e::new_article(c, "Pictures from the quay").await?;
        let text = screen_point(c, "[data-testid=body-editor] .cm-content").await?;
        drag_files(&[&picture], text).await?;
        e2e::wait_for_preview_image(c).await?;
        wait_text(
            c,
            "[data-testid=body-editor] .cm-content",
            "the image's Markdown in the body",
            |t| t.contains("dateline-image:"),
        )
        .await?;
        anyhow::Ok(())
    };
    failure_screenshot(c, "desk-failure-drop", session.await).await?;
    desk.quit().await?;
    Ok(())
}
