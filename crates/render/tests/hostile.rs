//! The hostile corpus: every case in `hostile/corpus.md`, and control-character variants
//! of each, rendered every way a page can show it, judged by an HTML5 parser.

#[path = "support/audit.rs"]
mod audit;

use audit::{DESK_IMAGE_BASE, audit, check_body};
use dateline_render::{RenderOptions, render_body, render_body_with, render_markdown};

const CORPUS: &str = include_str!("hostile/corpus.md");

/// `(label, body)` for each case.
fn corpus() -> Vec<(&'static str, &'static str)> {
    CORPUS
        .split("%%%% ")
        .filter(|chunk| !chunk.is_empty())
        .map(|chunk| {
            let (label, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
            (label, body.strip_suffix('\n').unwrap_or(body))
        })
        .collect()
}

/// What a browser ignores or strips inside a URL or a tag name, spliced into the first
/// `javascript` and `script` of a case.
fn variants(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for needle in ["javascript", "script"] {
        let Some(at) = body.to_ascii_lowercase().find(needle) else {
            continue;
        };
        for junk in [
            "\0", "\t", "\n", "\r", "\u{1}", "\u{b}", "\u{c}", "\u{200b}", "\u{feff}",
        ] {
            let mut variant = body.to_owned();
            variant.insert_str(at + 4, junk);
            out.push(variant);
            let mut leading = body.to_owned();
            leading.insert_str(at, junk);
            out.push(leading);
        }
        out.push(body.replacen(needle, &needle.to_ascii_uppercase(), 1));
    }
    out
}

#[test]
fn the_corpus_has_at_least_200_cases() {
    let cases = corpus();
    assert!(cases.len() >= 200, "only {} cases", cases.len());
    let mut labels: Vec<_> = cases.iter().map(|(l, _)| *l).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), cases.len(), "case labels must be unique");
}

#[test]
fn nothing_executable_survives_any_case() {
    let mut checked = 0;
    for (label, body) in corpus() {
        check_body(body).unwrap_or_else(|e| panic!("case {label:?}: {e}"));
        for variant in variants(body) {
            check_body(&variant)
                .unwrap_or_else(|e| panic!("case {label:?} variant {variant:?}: {e}"));
            checked += 1;
        }
        checked += 1;
    }
    assert!(checked > 1000, "{checked}");
}

/// The auditor must be able to fail: each of these is what a broken pipeline could
/// emit, and each must be caught.
#[test]
fn the_auditor_catches_executable_html() {
    for bad in [
        "<script>alert(1)</script>",
        "<p><SCRIPT>alert(1)</SCRIPT></p>",
        "<p onclick=\"alert(1)\">x</p>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"/\\evil.example/\">x</a>",
        "<a href=\"dateline:article/x\">x</a>",
        "<a href=\"//evil.example/\">x</a>",
        "<img src=\"data:image/png;base64,AAAA\">",
        "<img src=\"/media/../../etc/passwd\">",
        "<img src=\"dlimg://localhost/x.png\">",
        "<p style=\"color:red\">x</p>",
        "<svg><circle r=1></circle></svg>",
        "<math><mi>x</mi></math>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<object data=\"x\"></object>",
        "<embed src=\"x\">",
        "<style>p{}</style>",
        "<input type=\"text\">",
        "<figure data-embed-src=\"https://evil.example/\"></figure>",
        "<h2 id=\"location\">x</h2>",
        "<div>x</div>",
        "<a href=\"#\" formaction=\"javascript:alert(1)\">x</a>",
    ] {
        assert!(
            audit(bad, "/media/").is_err(),
            "auditor let through {bad:?}"
        );
    }
    let good = format!(
        "<h2 id=\"h-x\">x</h2><p><a href=\"https://example.org/\" rel=\"noopener noreferrer\">a</a> \
         <a href=\"#h-x\">b</a> <a href=\"mailto:a@example.org\">c</a> <a href=\"/fr/x\">d</a> \
         <a href=\"dateline:article/0190b2a4-7c3e-7d11-9a2b-3c4d5e6f7a8b\">e</a></p>\
         <p><img src=\"{DESK_IMAGE_BASE}{}.png\" alt=\"\" /></p>\
         <ul><li><input type=\"checkbox\" disabled=\"\" checked=\"\" /> done</li></ul>",
        "a".repeat(64)
    );
    assert_eq!(audit(&good, DESK_IMAGE_BASE), Ok(()));
}

/// Refusing must not mean losing the writer's words: a refused link keeps its text, a
/// refused image its description; allowed targets come through.
#[test]
fn refused_targets_leave_their_text_and_allowed_ones_pass() {
    let html = render_markdown(
        "[the text](javascript:alert(1)) and ![the alt](data:image/png;base64,AAAA)",
    );
    assert_eq!(html, "<p>the text and the alt</p>\n");

    let html = render_markdown("<javascript:alert(1)>");
    assert_eq!(html, "<p>javascript:alert(1)</p>\n");

    let html = render_markdown("[a](https://example.org/x) [b](mailto:desk@example.org) [c](#top)");
    assert!(html.contains("href=\"https://example.org/x\""), "{html}");
    assert!(html.contains("href=\"mailto:desk@example.org\""), "{html}");
    assert!(html.contains("href=\"#h-top\""), "{html}");

    // A relative address stays on the page's own site; a protocol-relative one leads to
    // another and becomes text.
    let html = render_markdown("[rel](/about) [up](../y) [proto](//evil.example/)");
    assert_eq!(
        html,
        "<p><a href=\"/about\">rel</a> <a href=\"../y\">up</a> proto</p>\n"
    );
}

#[test]
fn attribute_breakouts_stay_inside_their_attribute() {
    let html = render_markdown("[x](<https://example.org/\"onmouseover=\"alert(1)>)");
    assert!(
        html.contains("href=\"https://example.org/%22onmouseover=%22alert(1)\""),
        "{html}"
    );
    // Literal quotes in text become curly ones (smart punctuation); an entity stays a
    // straight quote, and must be escaped in the attribute.
    let html = render_markdown(
        "![x&quot; onerror=&quot;alert(1)](https://example.org/a.png \"t\\\" onload=\\\"y\")",
    );
    assert!(
        html.contains("alt=\"x&quot; onerror=&quot;alert(1)\""),
        "{html}"
    );
    assert!(html.contains("title=\"t&quot; onload=&quot;y\""), "{html}");
}

#[test]
fn stored_images_follow_the_options() {
    let hash = "0123456789abcdef".repeat(4);
    let body = format!("![chart](dateline-image:{hash}.webp)");
    let site = render_body(&body, false).free_html;
    assert!(
        site.contains(&format!("src=\"/media/{hash}.webp\"")),
        "{site}"
    );
    let desk = render_body_with(
        &body,
        false,
        &RenderOptions::with_image_base(DESK_IMAGE_BASE),
    );
    assert!(
        desk.free_html
            .contains(&format!("src=\"dlimg://localhost/{hash}.webp\"")),
        "{}",
        desk.free_html
    );
    // A malformed reference is not an image source anywhere.
    let html = render_markdown(&format!("![chart](dateline-image:{hash}.svg)"));
    assert_eq!(html, "<p>chart</p>\n");
}
