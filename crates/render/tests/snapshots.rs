//! Snapshots of representative bodies (insta): the exact HTML a page gets, reviewed once
//! and then held still. A change to comrak, the policy or the writer shows up here as a
//! diff to look at (`cargo insta review`, or INSTA_UPDATE=always and `git diff`).

use dateline_render::{RenderOptions, Rendered, image_refs, render_body, render_body_with, teaser};
use insta::assert_snapshot;

fn show(r: &Rendered) -> String {
    format!(
        "cut: {:?}\nwords: {}, minutes: {}\n--- free ---\n{}--- paid ---\n{}",
        r.cut,
        r.word_count,
        r.reading_minutes,
        r.free_html,
        r.paid_html.as_deref().unwrap_or("(none)\n"),
    )
}

const NEWS: &str = r#"# Harbour reopens after “the longest winter”

The port authority said on *Tuesday* that the harbour would reopen to **all** traffic
from Monday, ending a closure that cost the region's fishing fleet "millions".

## What changes

- Ferries resume the [winter timetable](https://example.org/timetable?season=winter&lang=en).
- Cargo berths 3–5 stay closed until ~~March~~ April.
- Questions go to <press@example.org>.

| Berth | Status   | Reopens |
|:------|:--------:|--------:|
| 1     | open     | Monday  |
| 3     | closed   | April   |

> "We are relieved," said a skipper -- who asked not to be named...

```rust
let berths = ["1", "2"];
```

1. [x] Dredging done
2. [ ] Lights checked

---

See the [background](#what-changes) or www.example.org for more.
"#;

#[test]
fn a_free_news_article() {
    assert_snapshot!(show(&render_body(NEWS, false)));
}

#[test]
fn a_paid_article_with_a_cut_footnotes_and_repeated_headings() {
    let body = "# Inquiry\n\nThe report[^source] is out.\n\n## Findings\n\nFree findings.\n\n\
                <!-- paywall -->\n\n## Findings\n\nPaid findings[^detail], citing the report again[^source].\n\n\
                [^source]: The full report, page 4.\n[^detail]: Only for subscribers.\n";
    let r = render_body(body, true);
    assert_snapshot!(show(&r));
}

#[test]
fn a_paid_article_without_a_cut_gives_away_its_first_paragraph() {
    let body = "# Title\n\n## Subtitle\n\nThe first paragraph is free.\n\nThe second is not.\n\n- nor this list\n";
    assert_snapshot!(show(&render_body(body, true)));
}

const IMAGES: &str = "![The harbour at dawn](dateline-image:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.jpg \"Photo: desk\")\n\n\
    ![remote](https://images.example.org/a.png) ![refused](javascript:alert(1)) ![no svg](dateline-image:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.svg)\n";

#[test]
fn stored_images_on_the_site() {
    assert_snapshot!(show(&render_body(IMAGES, false)));
    assert_eq!(
        image_refs(IMAGES),
        ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.jpg"]
    );
}

#[test]
fn stored_images_in_the_desk_preview() {
    let options = RenderOptions::with_image_base("dlimg://localhost/");
    assert_snapshot!(show(&render_body_with(IMAGES, false, &options)));
}

#[test]
fn embeds_of_each_provider_and_a_refused_one() {
    let body = "::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42]\n\n\
                ::embed[https://vimeo.com/76979871]\n\n\
                ::embed[https://twitter.com/jack/status/20]\n\n\
                ::embed[https://bsky.app/profile/bsky.app/post/3kzyq2w2bxc2a]\n\n\
                ::embed[https://evil.example/watch?v=dQw4w9WgXcQ]\n";
    assert_snapshot!(show(&render_body(body, false)));
}

#[test]
fn hostile_markup_leaves_only_harmless_text() {
    let body = "Hello <script>alert(1)</script> world <img src=x onerror=alert(1)>.\n\n\
                <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n\n\
                [click](javascript:alert(1)) [click](&#106;avascript:alert(1)) <vbscript:x> \
                ![pic](data:image/svg+xml;base64,PHN2Zz4=) [rel](/admin) [proto](//evil.example)\n\n\
                # \"><svg onload=alert(1)>\n\n\
                ```\"><script>alert(1)</script>\n<b>code</b>\n```\n";
    assert_snapshot!(show(&render_body(body, false)));
}

#[test]
fn teasers_of_the_documents_above() {
    assert_snapshot!(format!(
        "news: {}\nnews, 80: {}\nimages: {:?}\n",
        teaser(NEWS, 300),
        teaser(NEWS, 80),
        teaser(IMAGES, 80),
    ));
}
