//! What may reach a page: the rules, decided per node as the page is written.
//!
//! [`crate::format`] consults these rules for every node while it writes, so a node is
//! either written under them or not written at all; there is no second pass over the
//! HTML. (An earlier version walked the tree once to enforce them and once more to
//! write; on a 100,000-word body the extra walk alone cost a fifth of the render.)
//!
//! The rules, and why:
//!
//! - **Raw HTML** (blocks and inline) is not written. Bodies come from anyone who holds
//!   a writer's token and pages are read by everyone; the one HTML line a body may hold,
//!   the paywall marker, is consumed by the cut before writing starts.
//! - **Links** keep their target if it is absolute `http:`, `https:` or `mailto:`, an
//!   in-page `#anchor`, another article by id (`dateline:article/<uuid>`, see
//!   [`crate::links`]), or relative (`/fr/economy/old-story`, `../y`, `page.html`,
//!   `?q=`): a relative address has no scheme, so it can only lead elsewhere on the
//!   page's own site, which is how a journalist links to the site's earlier pieces. (In
//!   the desk's window it would resolve against the desk's origin, so the preview keeps
//!   links inert.) Protocol-relative ones (`//host/`, and `/\host` which browsers read
//!   the same) lead to another site and are refused: write `https://`. A refused link
//!   becomes its text, and is reported ([`crate::Dropped`]).
//! - **In-page anchors** point at the prefixed heading ids `format` writes: `#background`
//!   becomes `#h-background`, so a writer links to a heading by its plain slug. Targets
//!   that already carry a prefix we write (`h-`, `fn-`, `fnref-`) are kept as they are.
//! - **Images** keep their source only if it is absolute `http:` or `https:`, or a
//!   well-formed `dateline-image:` reference (mapped through
//!   [`RenderOptions::image_base`](crate::RenderOptions)). A refused image becomes its
//!   description, as text.
//! - **Code fences** keep a language name only if it looks like one.
//! - **Embeds**: a paragraph that is exactly `::embed[<url>]` for an allow-listed
//!   provider becomes the element [`crate::embed`] builds.
//! - Every other kind of node is not written. The parser options enable only the
//!   extensions listed in `comrak_options`; anything else appearing would be a surprise,
//!   and a surprise does not get published.
//!
//! Absolute URLs are judged by the WHATWG URL parser, the algorithm the browser applies
//! to the emitted `href`: leading control characters, embedded tabs and newlines,
//! upper-case schemes and HTML entities (already decoded by the Markdown parser) cannot
//! make the browser read a different scheme than we did. A URL the parser had to
//! normalise is written in its serialised form, so the string checked is the string
//! emitted.

use std::borrow::Cow;
use std::cell::OnceCell;

use comrak::nodes::{AstNode, NodeValue};
use url::Url;

use crate::RenderOptions;
use crate::embed;
use crate::images;
use crate::links::{self, ARTICLE_LINK_PREFIX, DropReason};
use crate::words;

/// The policy for one body: its source (the embed syntax is read from source lines) and
/// the render options.
#[derive(Debug)]
pub(crate) struct Policy<'s> {
    source: &'s str,
    options: &'s RenderOptions,
    /// Byte offset of each line start, computed the first time an embed candidate
    /// needs it.
    line_starts: OnceCell<Vec<usize>>,
}

impl<'s> Policy<'s> {
    pub fn new(source: &'s str, options: &'s RenderOptions) -> Self {
        Self {
            source,
            options,
            line_starts: OnceCell::new(),
        }
    }

    /// The `src` for an image target, or why the image must become its description.
    pub fn image_src<'u>(&self, url: &'u str) -> Result<Cow<'u, str>, DropReason> {
        image_src(url, self.options)
    }

    /// The embed a paragraph stands for, if it is a one-line `::embed[…]`.
    pub fn embed_in<'a>(&self, paragraph: &'a AstNode<'a>) -> Option<embed::Embed> {
        let first = paragraph.first_child()?;
        if let NodeValue::Text(text) = &first.data().value {
            if !embed::may_start(text) {
                return None;
            }
        } else {
            return None;
        }
        let pos = paragraph.data().sourcepos;
        if pos.start.line != pos.end.line {
            return None;
        }
        let line = self.line(pos.start.line)?;
        // Columns are 1-based byte offsets; `get` refuses a slice off a char boundary.
        let text = line.get(pos.start.column.checked_sub(1)?..pos.end.column.min(line.len()))?;
        embed::parse_line(text)
    }

    fn line(&self, number: usize) -> Option<&'s str> {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.source.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let start = *starts.get(number.checked_sub(1)?)?;
        let end = starts.get(number).map_or(self.source.len(), |&e| e - 1);
        self.source.get(start..end)
    }
}

/// A fence's info string reduced to a plausible language name, which comrak writes as
/// `class="language-…"`. Anything else (quotes, tags, a second word) is escaped by comrak
/// anyway; dropping it keeps junk out of class names a page's CSS or highlighter reads.
pub(crate) fn code_language(info: &str) -> &str {
    let lang = info.split_whitespace().next().unwrap_or("");
    let plausible = lang.len() <= 32
        && lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-' | b'.' | b'#'));
    if plausible { lang } else { "" }
}

/// Whether a link's only child is text that just spells out its address.
pub(crate) fn text_is_bare_address<'a>(link: &'a AstNode<'a>, url: &str) -> bool {
    let mut children = link.children();
    let (Some(only), None) = (children.next(), children.next()) else {
        return false;
    };
    match &only.data().value {
        NodeValue::Text(text) => words::is_bare_address(text, url),
        _ => false,
    }
}

/// Heading and footnote ids carry these prefixes (see `format`); an anchor already
/// naming one is left alone.
const OWN_ID_PREFIXES: [&str; 3] = ["h-", "fn-", "fnref-"];

/// The `href` a link target may have (borrowed when it is `url` unchanged), or why the
/// link must become text.
pub(crate) fn link_href(url: &str) -> Result<Cow<'_, str>, DropReason> {
    if let Some(fragment) = url.strip_prefix('#') {
        if fragment.is_empty() || OWN_ID_PREFIXES.iter().any(|p| fragment.starts_with(p)) {
            return Ok(Cow::Borrowed(url));
        }
        return Ok(Cow::Owned(format!("#h-{fragment}")));
    }
    if plainly_absolute(url, &["https://", "http://", "mailto:"]) {
        return Ok(Cow::Borrowed(url));
    }
    if links::looks_like_article_link(url) {
        return links::article_link_target(url)
            .map(|id| Cow::Owned(format!("{ARTICLE_LINK_PREFIX}{id}")))
            .ok_or(DropReason::ArticleId);
    }
    match Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https" | "mailto") => {
            Ok(Cow::Owned(parsed.into()))
        }
        Ok(_) => Err(DropReason::Scheme),
        Err(url::ParseError::RelativeUrlWithoutBase) => relative(url).map(Cow::Borrowed),
        Err(_) => Err(DropReason::Malformed),
    }
}

/// A relative address, kept as written if a browser can only read it as one on the
/// page's own site. It is resolved against a stand-in page the way a browser resolves it
/// against the real one: if that leaves the stand-in's host, it was protocol-relative
/// (`//host`, `\\host`, `/\host`). Nothing a browser strips or rewrites (whitespace,
/// controls, backslashes) may be in it, so the string checked is the string it reads.
fn relative(url: &str) -> Result<&str, DropReason> {
    if url.is_empty() || !url.bytes().all(|b| b > b' ' && b != 0x7f) {
        return Err(DropReason::Malformed);
    }
    static PAGE: std::sync::LazyLock<Url> =
        std::sync::LazyLock::new(|| Url::parse("https://page.invalid/a/b/c").expect("a URL"));
    let resolved = PAGE.join(url).map_err(|_| DropReason::Malformed)?;
    if resolved.host_str() != Some("page.invalid") || resolved.scheme() != "https" {
        return Err(DropReason::NoScheme);
    }
    if url.contains('\\') {
        return Err(DropReason::Malformed);
    }
    Ok(url)
}

/// The common case decided without a full parse (which costs a few thousand
/// instructions a link, a tenth of a render): `url` is `http://` or `https://` with a
/// plain lower-case domain name, or `mailto:`, followed by nothing a browser would strip
/// or choke on. For such a URL the WHATWG parser cannot fail and reads exactly this
/// scheme and host (the unit tests check that against `Url::parse`), so it is emitted
/// as written and comrak escapes it for the attribute. Everything else goes through
/// `Url::parse` and is emitted in its serialised form.
fn plainly_absolute(url: &str, prefixes: &[&str]) -> bool {
    let Some(rest) = prefixes.iter().find_map(|p| url.strip_prefix(p)) else {
        return false;
    };
    // Whitespace and controls are stripped or dropped by the parser, and a backslash is a
    // slash in special schemes: any of them and the string is not what it seems.
    if !url.bytes().all(|b| b > b' ' && b != 0x7f && b != b'\\') {
        return false;
    }
    if url.starts_with("mailto:") {
        // An opaque path: the parser accepts any remaining character.
        return true;
    }
    let host = rest.as_bytes();
    let host = &host[..host
        .iter()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(host.len())];
    // Lower-case letters, digits, hyphens and dots, no empty label, no punycode (IDNA
    // validates `xn--` labels), and a last label that starts with a letter (one that
    // starts with a digit makes the parser read an IPv4 address, `0x…` a hex one).
    let mut label_start = true;
    for (i, &b) in host.iter().enumerate() {
        match b {
            b'.' if !label_start => label_start = true,
            b'a'..=b'z' | b'0'..=b'9' | b'-' => {
                if label_start && host[i..].starts_with(b"xn--") {
                    return false;
                }
                label_start = false;
            }
            _ => return false,
        }
    }
    let last_label = host.rsplit(|&b| b == b'.').next().unwrap_or_default();
    !label_start && last_label.first().is_some_and(u8::is_ascii_lowercase)
}

/// The `src` an image may have (borrowed when it is `url` unchanged), or why it must
/// become its description.
pub(crate) fn image_src<'u>(
    url: &'u str,
    options: &RenderOptions,
) -> Result<Cow<'u, str>, DropReason> {
    if let Some(name) = images::stored_name(url) {
        return Ok(Cow::Owned(format!("{}{name}", options.image_base)));
    }
    if plainly_absolute(url, &["https://", "http://"]) {
        return Ok(Cow::Borrowed(url));
    }
    if images::looks_stored(url) {
        return Err(DropReason::ImageReference);
    }
    match Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok(Cow::Owned(parsed.into())),
        Ok(_) => Err(DropReason::Scheme),
        // The same body is shown on the desk, on article pages, in feeds and in mail: a
        // relative image would be found in at most one of them.
        Err(url::ParseError::RelativeUrlWithoutBase) if url.starts_with("//") => {
            Err(DropReason::NoScheme)
        }
        Err(url::ParseError::RelativeUrlWithoutBase) => Err(DropReason::RelativeImage),
        Err(_) => Err(DropReason::Malformed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_only_allowed_schemes_in_browser_form() {
        for (url, expected) in [
            // Plain lower-case http(s) is kept as written (comrak escapes it) ...
            ("https://example.org", Some("https://example.org")),
            (
                "http://example.org/?q=\"x\"",
                Some("http://example.org/?q=\"x\""),
            ),
            // ... anything else is parsed and written back in WHATWG form.
            ("HTTPS://Example.ORG/a b", Some("https://example.org/a%20b")),
            ("https://example.org/a\\b", Some("https://example.org/a/b")),
            (" https://example.org", Some("https://example.org/")),
            ("mailto:desk@example.org", Some("mailto:desk@example.org")),
            ("#background", Some("#h-background")),
            ("#h-background", Some("#h-background")),
            ("#fn-1", Some("#fn-1")),
            ("#", Some("#")),
            // A browser strips leading controls and drops tabs and newlines anywhere;
            // so does the WHATWG parser, so these are seen as the javascript: they are.
            ("javascript:alert(1)", None),
            ("JaVaScRiPt:alert(1)", None),
            ("\u{1}javascript:alert(1)", None),
            (" javascript:alert(1)", None),
            ("java\tscript:alert(1)", None),
            ("java\nscript:alert(1)", None),
            ("vbscript:msgbox(1)", None),
            ("data:text/html,<script>alert(1)</script>", None),
            ("file:///etc/passwd", None),
            ("//evil.example/x", None),
            ("\\\\evil.example\\x", None),
            ("/\\evil.example/x", None),
            ("\\/evil.example/x", None),
            ("/ relative", None),
            ("", None),
            ("dateline-image:abc.png", None),
            // Relative addresses stay on the page's own site.
            ("/relative", Some("/relative")),
            (
                "/fr/economy/asia/old-story",
                Some("/fr/economy/asia/old-story"),
            ),
            ("../y", Some("../y")),
            ("relative.html", Some("relative.html")),
            ("?q=1", Some("?q=1")),
            ("%6Aavascript:alert(1)", Some("%6Aavascript:alert(1)")),
            ("./javascript:alert(1)", Some("./javascript:alert(1)")),
            // Another article, by id: one spelling.
            (
                "DATELINE:article/0190B2A4-7C3E-7D11-9A2B-3C4D5E6F7A8B",
                Some("dateline:article/0190b2a4-7c3e-7d11-9a2b-3c4d5e6f7a8b"),
            ),
            ("dateline:article/not-an-id", None),
        ] {
            assert_eq!(link_href(url).ok().as_deref(), expected, "{url:?}");
        }
    }

    #[test]
    fn refused_links_say_why() {
        for (url, why) in [
            ("javascript:alert(1)", DropReason::Scheme),
            ("file:///etc/passwd", DropReason::Scheme),
            ("//evil.example/x", DropReason::NoScheme),
            ("/\\evil.example/x", DropReason::NoScheme),
            ("dateline:article/42", DropReason::ArticleId),
            ("", DropReason::Malformed),
            ("/a b", DropReason::Malformed),
            ("https://exa mple.org", DropReason::Malformed),
        ] {
            assert_eq!(link_href(url), Err(why), "{url:?}");
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_url_parser() {
        for url in [
            "https://example.org",
            "https://example.org/a/b?c=d&e=\"f\"#g",
            "http://www.example.co.uk/%zz/ä/<x>",
            "https://a-b.c/",
            "https://-a-.example/",
            "https://a.b.c.d.e.f.g/",
            "https://x1.y2z/",
            "https://x.com/jack/status/20alert(1)//@inline",
            "mailto:desk@example.org?subject=a\"b",
            "mailto:⩝",
        ] {
            assert!(
                plainly_absolute(url, &["https://", "http://", "mailto:"]),
                "{url}"
            );
            let parsed = Url::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert!(url.starts_with(parsed.scheme()), "{url}");
        }
        // Everything the parser might read differently, or refuse, takes the slow path.
        for url in [
            "https://exzimailto:x",
            "https://example.org:8080/",
            "https://user@example.org/",
            "https://1.2.3.999/",
            "https://example.0x1/",
            "https://xn--invalid-.com/",
            "https://Example.org/",
            "https://[::1]/",
            "https://a..b/",
            "https://example.org./",
            "https://.example.org/",
            "https://a_b.example/",
            "https://a.1b/",
            "https://example.org/a\\b",
            "https://example.org/\tx",
            " https://example.org/",
            "https:example.org",
            "https://",
            "javascript:alert(1)",
        ] {
            assert!(
                !plainly_absolute(url, &["https://", "http://", "mailto:"]),
                "{url}"
            );
        }
    }

    #[test]
    fn code_fences_keep_only_a_plausible_language() {
        assert_eq!(code_language("rust"), "rust");
        assert_eq!(code_language("c++ title=\"x\""), "c++");
        assert_eq!(code_language("\"><script>alert(1)</script>"), "");
        assert_eq!(code_language("js\"onload=x"), "");
        assert_eq!(code_language(""), "");
    }

    #[test]
    fn images_keep_http_https_and_stored_references() {
        let hash = "a".repeat(64);
        let desk = RenderOptions::with_image_base("dlimg://localhost/");
        assert_eq!(
            image_src(&format!("dateline-image:{hash}.png"), &desk)
                .ok()
                .as_deref(),
            Some(format!("dlimg://localhost/{hash}.png").as_str())
        );
        assert_eq!(
            image_src(
                &format!("dateline-image:{hash}.png"),
                &RenderOptions::site()
            )
            .ok()
            .as_deref(),
            Some(format!("/media/{hash}.png").as_str())
        );
        assert_eq!(
            image_src("https://example.org/a.png", &desk)
                .ok()
                .as_deref(),
            Some("https://example.org/a.png")
        );
        for (bad, why) in [
            ("mailto:x@example.org", DropReason::Scheme),
            ("#x", DropReason::RelativeImage),
            ("/media/x.png", DropReason::RelativeImage),
            ("//cdn.example/x.png", DropReason::NoScheme),
            ("data:image/png;base64,AAAA", DropReason::Scheme),
            ("javascript:alert(1)", DropReason::Scheme),
            ("dlimg://localhost/x.png", DropReason::Scheme),
            ("dateline-image:x.png", DropReason::ImageReference),
        ] {
            assert_eq!(image_src(bad, &desk), Err(why), "{bad}");
        }
    }
}
