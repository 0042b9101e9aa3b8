//! Embedded posts and videos, by an explicit, allow-listed syntax.
//!
//! A paragraph that is exactly one line `::embed[<url>]` (the leaf-directive spelling of
//! the CommonMark "generic directives" proposal, which other Markdown tools already read)
//! becomes an embed when `<url>` is a YouTube or Vimeo video, a post on X, or a Bluesky
//! post. Anything else — another site, a malformed id, extra text on the line — stays an
//! ordinary paragraph and goes through the same policy as any other text.
//!
//! Why a directive and not "a bare link on its own line becomes a player": a writer who
//! pastes a link means a link. An embed is a decision, and the syntax says so.
//!
//! The element makes no third-party request until the reader acts: a `<figure>` holding
//! a plain link to the canonical address. For videos it also carries `data-embed-src`,
//! the provider's privacy-enhanced player address (youtube-nocookie.com,
//! player.vimeo.com with `dnt=1`), which a page script may turn into a sandboxed iframe
//! after a click. Every part of the element is rebuilt from identifiers validated
//! character by character, never copied from the body, and then HTML-escaped anyway.

use url::{Host, Url};

/// A recognised embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Embed {
    YouTube { id: String, start: Option<u32> },
    Vimeo { id: u64, hash: Option<String> },
    X { user: String, id: u64 },
    Bluesky { actor: String, rkey: String },
}

/// The embed a paragraph's single source line asks for, if it is a well-formed one.
pub(crate) fn parse_line(line: &str) -> Option<Embed> {
    let inner = line.trim().strip_prefix("::embed[")?.strip_suffix(']')?;
    if inner.is_empty() || inner.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    parse_url(inner)
}

/// Whether a paragraph's first text could start an embed: a cheap test that keeps the
/// source lookup off the path of every other paragraph.
pub(crate) fn may_start(text: &str) -> bool {
    text.starts_with("::embed[")
}

fn parse_url(address: &str) -> Option<Embed> {
    let url = Url::parse(address).ok()?;
    if !matches!(url.scheme(), "https" | "http")
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return None;
    }
    let Some(Host::Domain(host)) = url.host() else {
        return None;
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    let segments: Vec<&str> = url.path_segments()?.filter(|s| !s.is_empty()).collect();
    match host {
        "youtube.com" | "m.youtube.com" | "youtube-nocookie.com" => {
            let id = match segments.as_slice() {
                ["watch"] => query(&url, "v")?,
                ["shorts" | "embed" | "live", id] => (*id).to_owned(),
                _ => return None,
            };
            youtube(id, &url)
        }
        "youtu.be" => match segments.as_slice() {
            [id] => youtube((*id).to_owned(), &url),
            _ => None,
        },
        "vimeo.com" => match segments.as_slice() {
            [id] => vimeo(id, None),
            [id, hash] => vimeo(id, Some(hash)),
            _ => None,
        },
        "player.vimeo.com" => match segments.as_slice() {
            ["video", id] => vimeo(id, query(&url, "h").as_deref()),
            _ => None,
        },
        "x.com" | "twitter.com" | "mobile.twitter.com" | "mobile.x.com" => {
            match segments.as_slice() {
                [user, "status", id] if is_x_user(user) => Some(Embed::X {
                    user: (*user).to_owned(),
                    id: numeric_id(id)?,
                }),
                _ => None,
            }
        }
        "bsky.app" => match segments.as_slice() {
            ["profile", actor, "post", rkey] if is_tid(rkey) => Some(Embed::Bluesky {
                actor: bluesky_actor(actor)?,
                rkey: (*rkey).to_owned(),
            }),
            _ => None,
        },
        _ => None,
    }
}

fn query(url: &Url, key: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn youtube(id: String, url: &Url) -> Option<Embed> {
    let id_ok = id.len() == 11
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !id_ok {
        return None;
    }
    // `t=90`, `t=90s` or `start=90`; a start time we cannot read is ignored, not fatal.
    let start = query(url, "t")
        .or_else(|| query(url, "start"))
        .and_then(|t| {
            let digits = t.strip_suffix('s').unwrap_or(&t);
            (!digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse().ok())
                .flatten()
        });
    Some(Embed::YouTube { id, start })
}

fn vimeo(id: &str, hash: Option<&str>) -> Option<Embed> {
    let id = numeric_id(id)?;
    let hash = match hash {
        None => None,
        // Unlisted videos carry a short hex hash after the id.
        Some(h)
            if (6..=20).contains(&h.len())
                && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
        {
            Some(h.to_owned())
        }
        Some(_) => return None,
    };
    Some(Embed::Vimeo { id, hash })
}

/// A positive decimal id of at most 19 digits (fits in a u64), no leading zero.
fn numeric_id(s: &str) -> Option<u64> {
    let ok = !s.is_empty()
        && s.len() <= 19
        && !s.starts_with('0')
        && s.bytes().all(|b| b.is_ascii_digit());
    if ok { s.parse().ok() } else { None }
}

/// An X (Twitter) user name: 1 to 15 letters, digits or underscores.
fn is_x_user(s: &str) -> bool {
    (1..=15).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A Bluesky post key: a TID, 13 characters of base32-sortable.
fn is_tid(s: &str) -> bool {
    s.len() == 13 && s.bytes().all(|b| matches!(b, b'a'..=b'z' | b'2'..=b'7'))
}

/// A Bluesky account as it appears in a post address: a `did:plc:` identifier or a
/// domain handle, returned in canonical (lower-case) form.
fn bluesky_actor(s: &str) -> Option<String> {
    if let Some(id) = s.strip_prefix("did:plc:") {
        return (id.len() == 24 && id.bytes().all(|b| matches!(b, b'a'..=b'z' | b'2'..=b'7')))
            .then(|| s.to_owned());
    }
    let handle = s.to_ascii_lowercase();
    let labels: Vec<&str> = handle.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let ok = handle.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && !labels.last()?.starts_with(|c: char| c.is_ascii_digit());
    ok.then_some(handle)
}

impl Embed {
    fn provider(&self) -> &'static str {
        match self {
            Embed::YouTube { .. } => "youtube",
            Embed::Vimeo { .. } => "vimeo",
            Embed::X { .. } => "x",
            Embed::Bluesky { .. } => "bluesky",
        }
    }

    /// The address a reader follows: the provider's own page for the item.
    fn canonical(&self) -> String {
        match self {
            Embed::YouTube { id, start: None } => format!("https://www.youtube.com/watch?v={id}"),
            Embed::YouTube { id, start: Some(s) } => {
                format!("https://www.youtube.com/watch?v={id}&t={s}s")
            }
            Embed::Vimeo { id, hash: None } => format!("https://vimeo.com/{id}"),
            Embed::Vimeo { id, hash: Some(h) } => format!("https://vimeo.com/{id}/{h}"),
            Embed::X { user, id } => format!("https://x.com/{user}/status/{id}"),
            Embed::Bluesky { actor, rkey } => {
                format!("https://bsky.app/profile/{actor}/post/{rkey}")
            }
        }
    }

    /// The privacy-enhanced player a page script may load after the reader clicks.
    /// Posts have none: their providers' embeds need the provider's script.
    fn player(&self) -> Option<String> {
        match self {
            Embed::YouTube { id, start: None } => {
                Some(format!("https://www.youtube-nocookie.com/embed/{id}"))
            }
            Embed::YouTube { id, start: Some(s) } => Some(format!(
                "https://www.youtube-nocookie.com/embed/{id}?start={s}"
            )),
            Embed::Vimeo { id, hash: None } => {
                Some(format!("https://player.vimeo.com/video/{id}?dnt=1"))
            }
            Embed::Vimeo { id, hash: Some(h) } => {
                Some(format!("https://player.vimeo.com/video/{id}?h={h}&dnt=1"))
            }
            Embed::X { .. } | Embed::Bluesky { .. } => None,
        }
    }

    /// The block of HTML that stands for the embed.
    pub(crate) fn html(&self) -> String {
        let provider = self.provider();
        let canonical = self.canonical();
        let mut html = String::with_capacity(256);
        html.push_str("<figure class=\"embed embed-");
        html.push_str(provider);
        html.push_str("\" data-embed-provider=\"");
        html.push_str(provider);
        html.push('"');
        if let Some(player) = self.player() {
            html.push_str(" data-embed-src=\"");
            escape_attribute(&mut html, &player);
            html.push('"');
        }
        html.push_str(">\n<a href=\"");
        escape_attribute(&mut html, &canonical);
        html.push_str("\" rel=\"noopener noreferrer\">");
        escape_attribute(&mut html, &canonical);
        html.push_str("</a>\n</figure>\n");
        html
    }
}

/// Escapes for an attribute value or text. The inputs are already restricted to URL-safe
/// characters; this is the second belt.
fn escape_attribute(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embed(line: &str) -> Option<Embed> {
        parse_line(line)
    }

    #[test]
    fn recognises_each_provider_in_its_usual_spellings() {
        let yt = Some(Embed::YouTube {
            id: "dQw4w9WgXcQ".into(),
            start: None,
        });
        for line in [
            "::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ]",
            "::embed[http://m.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://youtu.be/dQw4w9WgXcQ]",
            "::embed[https://www.youtube.com/shorts/dQw4w9WgXcQ]",
            "::embed[https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ]",
            "  ::embed[https://YOUTU.BE/dQw4w9WgXcQ]  ",
        ] {
            assert_eq!(embed(line), yt, "{line}");
        }
        assert_eq!(
            embed("::embed[https://youtu.be/dQw4w9WgXcQ?t=90s]"),
            Some(Embed::YouTube {
                id: "dQw4w9WgXcQ".into(),
                start: Some(90)
            })
        );
        assert_eq!(
            embed("::embed[https://vimeo.com/76979871]"),
            Some(Embed::Vimeo {
                id: 76979871,
                hash: None
            })
        );
        assert_eq!(
            embed("::embed[https://player.vimeo.com/video/76979871?h=8a3b2c1d0e]"),
            Some(Embed::Vimeo {
                id: 76979871,
                hash: Some("8a3b2c1d0e".into())
            })
        );
        assert_eq!(
            embed("::embed[https://twitter.com/jack/status/20]"),
            Some(Embed::X {
                user: "jack".into(),
                id: 20
            })
        );
        assert_eq!(
            embed("::embed[https://bsky.app/profile/Alice.bsky.social/post/3kzyq2w2bxc2a]"),
            Some(Embed::Bluesky {
                actor: "alice.bsky.social".into(),
                rkey: "3kzyq2w2bxc2a".into()
            })
        );
        assert!(
            embed(
                "::embed[https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kzyq2w2bxc2a]"
            )
            .is_some()
        );
    }

    #[test]
    fn refuses_everything_else() {
        for line in [
            "::embed[javascript:alert(1)]",
            "::embed[https://www.youtube.com/watch?v=dQw4w9WgXc]",
            "::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQQ]",
            "::embed[https://www.youtube.com/watch?v=dQw4w9W\"XcQ]",
            "::embed[https://www.youtube.com/watch?v=<script>xx]",
            "::embed[https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ]",
            "::embed[https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ]",
            "::embed[https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ]",
            "::embed[ftp://www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[//www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ extra]",
            "::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ] trailing",
            "text ::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
            "::embed[https://vimeo.com/0123]",
            "::embed[https://vimeo.com/123/NOTHEX]",
            "::embed[https://vimeo.com/channels/staffpicks/123]",
            "::embed[https://x.com/this_name_is_too_long/status/1]",
            "::embed[https://x.com/jack/status/1a]",
            "::embed[https://x.com/jack/likes]",
            "::embed[https://bsky.app/profile/alice/post/3kzyq2w2bxc2a]",
            "::embed[https://bsky.app/profile/alice.bsky.social/post/NOTATID]",
            "::embed[https://bsky.app/profile/did:web:evil.example/post/3kzyq2w2bxc2a]",
            "::embed[]",
            "::embed[https://example.org/video]",
            "::embed[https://127.0.0.1/watch?v=dQw4w9WgXcQ]",
        ] {
            assert_eq!(embed(line), None, "{line}");
        }
    }

    #[test]
    fn html_links_the_canonical_address_and_names_the_private_player() {
        let html = embed("::embed[https://youtu.be/dQw4w9WgXcQ?t=5]")
            .unwrap()
            .html();
        assert_eq!(
            html,
            "<figure class=\"embed embed-youtube\" data-embed-provider=\"youtube\" \
             data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5\">\n\
             <a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=5s\" rel=\"noopener noreferrer\">\
             https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=5s</a>\n</figure>\n"
        );
        let html = embed("::embed[https://vimeo.com/76979871]").unwrap().html();
        assert!(html.contains("data-embed-src=\"https://player.vimeo.com/video/76979871?dnt=1\""));
        let html = embed("::embed[https://x.com/jack/status/20]")
            .unwrap()
            .html();
        assert!(html.contains("class=\"embed embed-x\""), "{html}");
        assert!(!html.contains("data-embed-src"), "{html}");
    }
}
