//! "Nothing executable": the property every rendered body must have, checked with a real
//! HTML5 parser (html5ever, through scraper) the way a browser would read the page.
//!
//! Shared by the hostile-corpus test, the random-input loop in `cargo test` and the
//! cargo-fuzz target in `/fuzz` (which includes this file by path), so all three judge
//! with exactly the same rules.
//!
//! The rules are allow-lists, not deny-lists: an element, an attribute or a URL that is
//! not known to be harmless fails, so a new comrak feature that starts emitting
//! something unexpected fails here before it reaches a page.

#![allow(dead_code)] // Each includer uses a different subset.

use dateline_render::{IMAGE_EXTENSIONS, RenderOptions, render_body_with, render_markdown_with};
use scraper::Html;
use url::Url;

/// Elements the renderer may produce (`html` and `body` are the parser's own wrappers
/// around a fragment; attributes a stray `<body …>` tag would add to them are still
/// checked).
const ELEMENTS: &[&str] = &[
    "html",
    "body",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "img",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "input",
    "sup",
    "section",
    "figure",
];

/// Attributes the renderer may produce, on any element. None of them runs code or
/// styles the page; URL-valued ones are checked further below.
const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "href",
    "src",
    "alt",
    "title",
    "rel",
    "align",
    "type",
    "checked",
    "disabled",
    "start",
    "data-footnotes",
    "data-footnote-ref",
    "data-footnote-backref",
    "data-footnote-backref-idx",
    "data-embed-provider",
    "data-embed-src",
    "data-math-style",
];

/// Names that must never appear, listed so a failure says what it found.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "svg", "math", "frame", "frameset", "base",
    "link", "meta", "form", "button", "textarea", "template", "portal", "applet",
];

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// Checks one rendered fragment. `image_base` is the base the render was given.
pub fn audit(html: &str, image_base: &str) -> Result<(), String> {
    let doc = Html::parse_fragment(html);
    for node in doc.tree.values() {
        let Some(element) = node.as_element() else {
            continue;
        };
        let name = element.name();
        if &*element.name.ns != HTML_NS {
            return Err(format!("<{name}> in namespace {}", &*element.name.ns));
        }
        if FORBIDDEN_ELEMENTS.contains(&name) {
            return Err(format!("forbidden element <{name}>"));
        }
        if !ELEMENTS.contains(&name) {
            return Err(format!("unexpected element <{name}>"));
        }
        for (attr, value) in element.attrs() {
            let attr_lower = attr.to_ascii_lowercase();
            if attr_lower.starts_with("on") {
                return Err(format!("event handler {attr}={value:?} on <{name}>"));
            }
            if attr_lower == "style" {
                return Err(format!("style attribute on <{name}>"));
            }
            if !ATTRIBUTES.contains(&attr_lower.as_str()) {
                return Err(format!("unexpected attribute {attr}={value:?} on <{name}>"));
            }
            match attr_lower.as_str() {
                "href" => check_href(value)?,
                "src" => check_src(value, image_base)?,
                "data-embed-src" => check_player(value)?,
                "id" => check_id(value)?,
                _ => {}
            }
        }
        if name == "input"
            && (element.attr("type") != Some("checkbox") || element.attr("disabled").is_none())
        {
            return Err("an input that is not a disabled checkbox".into());
        }
    }
    Ok(())
}

/// Links: in-page anchors, absolute http, https, mailto as the browser parses them, a
/// relative address that a browser resolves on the page's own site (judged from two
/// kinds of page: a web page and a custom-scheme one, as the desk's window is), or
/// another article by id in the one spelling the pipeline writes.
fn check_href(value: &str) -> Result<(), String> {
    if value.starts_with('#') {
        return Ok(());
    }
    if let Some(id) = value.strip_prefix("dateline:article/") {
        let canonical = uuid::Uuid::parse_str(id).is_ok_and(|u| u.to_string() == id);
        return canonical
            .then_some(())
            .ok_or_else(|| format!("article link {value:?} is not a canonical id"));
    }
    match Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https" | "mailto") => Ok(()),
        Ok(url) => Err(format!("href scheme {:?} in {value:?}", url.scheme())),
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            for page in ["https://site.example/a/b", "tauri://localhost/a/b"] {
                let page = Url::parse(page).unwrap();
                let resolved = page
                    .join(value)
                    .map_err(|e| format!("href {value:?} does not resolve ({e})"))?;
                // Scheme and host, not origin(): a custom scheme's origin is opaque.
                if resolved.scheme() != page.scheme() || resolved.host_str() != page.host_str() {
                    return Err(format!("relative href {value:?} leaves {page}: {resolved}"));
                }
            }
            Ok(())
        }
        Err(e) => Err(format!("href {value:?} is not a URL ({e})")),
    }
}

/// Images: absolute http or https, or a stored image under the configured base.
fn check_src(value: &str, image_base: &str) -> Result<(), String> {
    if let Some(name) = value.strip_prefix(image_base) {
        let stored = name.split_once('.').is_some_and(|(hash, ext)| {
            hash.len() == 64
                && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                && IMAGE_EXTENSIONS.contains(&ext)
        });
        if stored {
            return Ok(());
        }
    }
    match Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(()),
        _ => Err(format!(
            "src {value:?} is neither http(s) nor a stored image"
        )),
    }
}

/// The only players an embed may name.
fn check_player(value: &str) -> Result<(), String> {
    let ok = value.starts_with("https://www.youtube-nocookie.com/embed/")
        || value.starts_with("https://player.vimeo.com/video/");
    if ok {
        Ok(())
    } else {
        Err(format!("data-embed-src {value:?}"))
    }
}

/// Ids live in the renderer's namespaces, so none can clobber a DOM global.
fn check_id(value: &str) -> Result<(), String> {
    if ["h-", "fn-", "fnref-"].iter().any(|p| value.starts_with(p)) {
        Ok(())
    } else {
        Err(format!("id {value:?} outside the h-/fn-/fnref- namespaces"))
    }
}

/// Base the desk preview maps stored images to, in these tests.
pub const DESK_IMAGE_BASE: &str = "dlimg://localhost/";

/// Renders `markdown` every way a page can show it — free and paid tier, site and desk
/// options, whole or cut — and audits every piece. Also runs the other entry points,
/// which must not panic on any input.
pub fn check_body(markdown: &str) -> Result<(), String> {
    for options in [
        RenderOptions::site(),
        RenderOptions::with_image_base(DESK_IMAGE_BASE),
    ] {
        for paid in [false, true] {
            let rendered = render_body_with(markdown, paid, &options);
            audit(&rendered.free_html, &options.image_base)
                .map_err(|e| format!("free part (paid={paid}): {e}\n{}", rendered.free_html))?;
            if let Some(paid_html) = &rendered.paid_html {
                audit(paid_html, &options.image_base)
                    .map_err(|e| format!("paid part (paid={paid}): {e}\n{paid_html}"))?;
            }
        }
        let whole = render_markdown_with(markdown, &options);
        audit(&whole, &options.image_base).map_err(|e| format!("whole: {e}\n{whole}"))?;
    }
    let _ = dateline_render::teaser(markdown, 160);
    let _ = dateline_render::image_refs(markdown);
    Ok(())
}

/// The fuzz body: any bytes that are UTF-8 must render to nothing executable.
pub fn fuzz_one(data: &[u8]) {
    if let Ok(markdown) = std::str::from_utf8(data)
        && let Err(e) = check_body(markdown)
    {
        panic!("executable output for {markdown:?}: {e}");
    }
}
