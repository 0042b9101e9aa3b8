//! The Markdown file format of import and export: YAML front matter between two `---`
//! lines, then the body.
//!
//! ```text
//! ---
//! id: 0195f3c2-…           # keeps the article's identity across a round trip
//! locale: fr
//! source_locale: en        # only in a translation's file
//! title: …
//! standfirst: …
//! section: economy/asia
//! tags: [ports, asia]      # a list, or one comma-separated string
//! byline: …
//! source_url: https://…    # only if set
//! tier: premium
//! slug: …
//! publish_at: 2026-…Z      # only if set
//! ---
//!
//! Body…
//! ```
//!
//! The exporter writes one blank line after the closing `---` and the importer takes one
//! away, so export → import → export gives the same bytes, and a file written by hand
//! without that blank line imports as expected. Keys the desk does not know (from Hugo,
//! Jekyll, Ghost exports) are ignored. The YAML is read and written by `serde_norway`, a
//! maintained fork of `serde_yaml`, which quotes any string that would otherwise read
//! as a number, a boolean or null, so "2024" and "no" stay text.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FrontMatter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_locale: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub standfirst: String,
    #[serde(default)]
    pub section: String,
    #[serde(default, deserialize_with = "tags")]
    pub tags: Vec<String>,
    #[serde(default)]
    pub byline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(default)]
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_at: Option<String>,
}

/// Tags as a YAML list, or as one string of comma-separated tags (as some tools write).
fn tags<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Tags {
        One(String),
        Many(Vec<String>),
        None(()),
    }
    Ok(match Tags::deserialize(d)? {
        Tags::One(s) => s.split(',').map(str::to_owned).collect(),
        Tags::Many(v) => v,
        Tags::None(()) => Vec::new(),
    })
}

/// A file's front matter and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Document {
    pub front: FrontMatter,
    pub body: String,
}

fn is_fence(line: &str) -> bool {
    line.trim_end_matches(['\n', '\r', ' ', '\t']) == "---"
}

fn is_end_fence(line: &str) -> bool {
    let l = line.trim_end_matches(['\n', '\r', ' ', '\t']);
    l == "---" || l == "..."
}

/// Reads a file's text. The error is the reason, said for people.
pub(crate) fn parse(text: &str) -> Result<Document, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if !lines.next().is_some_and(is_fence) {
        return Err("no front matter: the file must start with a line `---`".into());
    }
    let yaml_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut pos = yaml_start;
    let mut yaml_end = None;
    for line in lines {
        if is_end_fence(line) {
            yaml_end = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let Some((yaml_end, body_start)) = yaml_end else {
        return Err("the front matter is not closed by a line `---`".into());
    };
    let yaml = &text[yaml_start..yaml_end];
    let front: FrontMatter = if yaml.trim().is_empty() {
        FrontMatter::default()
    } else {
        serde_norway::from_str(yaml).map_err(|e| format!("broken front matter: {e}"))?
    };
    let body = &text[body_start..];
    let body = body
        .strip_prefix("\r\n")
        .or_else(|| body.strip_prefix('\n'))
        .unwrap_or(body);
    Ok(Document {
        front,
        body: body.to_owned(),
    })
}

/// Writes a file's text.
pub(crate) fn write(doc: &Document) -> String {
    // Plain strings, lists of strings and options: serialising cannot fail.
    let yaml = serde_norway::to_string(&doc.front).unwrap_or_default();
    format!("---\n{yaml}---\n\n{}", doc.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, body: &str) -> Document {
        Document {
            front: FrontMatter {
                title: Some(title.into()),
                ..Default::default()
            },
            body: body.into(),
        }
    }

    #[test]
    fn awkward_values_round_trip() {
        for title in [
            "no",
            "2024",
            "null",
            "~",
            "a: b",
            "# not a comment",
            " padded ",
            "'quoted'",
            "\"double\"",
            "---",
            "multi\nline",
            "tab\there",
            "L'économie",
            "東京の港",
            "الأخبار",
            "trailing\n",
            "@at",
            "- dash",
            "[x]",
            "{y}",
            "*star",
            "&amp",
        ] {
            let mut d = doc(title, "Body\n\n<!-- paywall -->\n\nrest\n");
            d.front.standfirst = format!("{title}\nsecond line");
            d.front.tags = vec![title.to_owned(), "x".into()];
            d.front.source_url = Some("https://example.org/a?b=c#d".into());
            let text = write(&d);
            let back = parse(&text).unwrap_or_else(|e| panic!("{title:?}: {e}\n{text}"));
            assert_eq!(back, d, "{text}");
            assert_eq!(write(&back), text);
        }
    }

    #[test]
    fn bodies_keep_every_byte() {
        for body in [
            "",
            "\n",
            "\nleading blank",
            "no newline at end",
            "crlf\r\nbody\r\n",
            "---\nnot a fence\n---\n",
        ] {
            let d = doc("T", body);
            let text = write(&d);
            assert_eq!(parse(&text).unwrap().body, body, "{text:?}");
        }
    }

    #[test]
    fn hand_written_files() {
        let d = parse(
            "\u{FEFF}---\r\ntitle: Ports\r\ntags: ports, asia\r\nlayout: post\r\n---\r\nBody\r\n",
        )
        .unwrap();
        assert_eq!(d.front.title.as_deref(), Some("Ports"));
        assert_eq!(d.front.tags, vec!["ports", " asia"]);
        assert_eq!(d.body, "Body\r\n");
        let d = parse("---\ntitle: x\ntags:\n...\nBody").unwrap();
        assert!(d.front.tags.is_empty());
        assert_eq!(d.body, "Body");
    }

    #[test]
    fn broken_files_say_why() {
        assert!(
            parse("# Just Markdown\n")
                .unwrap_err()
                .contains("no front matter")
        );
        assert!(parse("---\ntitle: x\n").unwrap_err().contains("not closed"));
        let e = parse("---\ntitle: [unclosed\n---\nbody").unwrap_err();
        assert!(e.contains("broken front matter"), "{e}");
        let e = parse("---\ntags: {a: 1}\n---\n").unwrap_err();
        assert!(e.contains("broken front matter"), "{e}");
    }
}
