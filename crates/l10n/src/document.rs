//! A .ftl file as a translator edits it: one message at a time, with everything else —
//! comments, blank lines, the order of entries, and entries that do not even parse —
//! written back exactly as it was.
//!
//! fluent-syntax's tree keeps no positions, so the file is cut into entries by lines,
//! the way the Fluent grammar does it: an entry starts at a line beginning with an
//! identifier (a message) or `-identifier` (a term) followed by `=`; indented lines
//! continue it; `#` lines are comments; anything else is kept as it is (junk). Replacing
//! a message rewrites only its own lines, and the new text must parse as that one
//! message, so saving can never break the file around it.

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

/// The comments written for translators right above each message or term (a `#`
/// comment with no blank line before the entry, which Fluent attaches to it), by id.
pub fn translator_notes(source: &str) -> Vec<(String, String)> {
    let resource = parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((m.id.name.to_owned(), m.comment.as_ref()?)),
            Entry::Term(t) => Some((format!("-{}", t.id.name), t.comment.as_ref()?)),
            _ => None,
        })
        .map(|(id, comment)| (id, comment.content.join("\n")))
        .collect()
}

/// What a run of lines of the file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A message (`id = …`) or, with its leading `-`, a term, with its continuation
    /// lines.
    Entry { id: String },
    /// Comments, blank lines and anything that is not an entry, kept verbatim.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    part: Part,
    text: String,
}

/// A .ftl file cut into pieces that can be edited one by one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlDocument {
    pieces: Vec<Piece>,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{0:?} is not in the file")]
    NotFound(String),
    #[error("the new text of {id:?} does not parse: {reason}")]
    Syntax { id: String, reason: String },
    #[error("the new text must be exactly one entry with the id {expected:?}")]
    WrongEntry { expected: String },
}

/// The id an entry line starts, if it starts one: `id =` or `-id =` at column 0.
fn entry_id(line: &str) -> Option<&str> {
    let (name, rest) = line.split_once('=')?;
    let name = name.trim_end();
    if name.is_empty() || rest.is_empty() && !line.ends_with('=') {
        return None;
    }
    let body = name.strip_prefix('-').unwrap_or(name);
    let mut chars = body.chars();
    let first = chars.next()?;
    let is_id = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    is_id.then_some(name)
}

impl FtlDocument {
    /// Cuts `source` into pieces. Never fails: what is not an entry is kept as it is.
    pub fn parse(source: &str) -> Self {
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        let bare = |l: &str| l.trim_end_matches(['\n', '\r']).to_owned();
        // Indented lines go on with the entry above, and so does a `}` at the start of
        // a line (a select expression may close in column 0).
        let indented = |l: &str| {
            let b = bare(l);
            (b.starts_with([' ', '\t']) && !b.trim().is_empty()) || b.starts_with('}')
        };
        let mut pieces: Vec<Piece> = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            let in_entry = matches!(
                pieces.last(),
                Some(Piece {
                    part: Part::Entry { .. },
                    ..
                })
            );
            // Blank lines inside a multi-line value belong to it when the value goes on.
            let blank_inside = bare(line).trim().is_empty()
                && in_entry
                && lines[n + 1..]
                    .iter()
                    .find(|l| !bare(l).trim().is_empty())
                    .is_some_and(|l| indented(l));
            if let Some(id) = entry_id(&bare(line)) {
                pieces.push(Piece {
                    part: Part::Entry { id: id.to_owned() },
                    text: (*line).to_owned(),
                });
            } else if in_entry && (indented(line) || blank_inside) {
                if let Some(last) = pieces.last_mut() {
                    last.text.push_str(line);
                }
            } else if let Some(last) = pieces.last_mut()
                && last.part == Part::Other
            {
                last.text.push_str(line);
            } else {
                pieces.push(Piece {
                    part: Part::Other,
                    text: (*line).to_owned(),
                });
            }
        }
        Self { pieces }
    }

    /// The ids of the file's messages and terms, in order.
    pub fn ids(&self) -> Vec<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match &p.part {
                Part::Entry { id } => Some(id.as_str()),
                Part::Other => None,
            })
            .collect()
    }

    /// The source text of one entry, as it stands in the file.
    pub fn entry_source(&self, id: &str) -> Option<&str> {
        self.pieces
            .iter()
            .find(|p| matches!(&p.part, Part::Entry { id: i } if i == id))
            .map(|p| p.text.as_str())
    }

    /// Replaces one entry with `source` (the whole entry: `id = …` and its attributes),
    /// or adds it at the end if the file has none. `source` must parse as exactly that
    /// one entry; the rest of the file is untouched.
    pub fn set_entry(&mut self, id: &str, source: &str) -> Result<(), EditError> {
        let mut text = source.trim_end().to_owned();
        text.push('\n');
        let resource = parser::parse(text.clone()).map_err(|(_, errors)| EditError::Syntax {
            id: id.to_owned(),
            reason: crate::syntax::describe(&text, &errors),
        })?;
        let entries: Vec<&Entry<String>> = resource
            .body
            .iter()
            .filter(|e| matches!(e, Entry::Message(_) | Entry::Term(_)))
            .collect();
        let parsed_id = match entries.as_slice() {
            [Entry::Message(m)] => m.id.name.clone(),
            [Entry::Term(t)] => format!("-{}", t.id.name),
            _ => String::new(),
        };
        if parsed_id != id || resource.body.len() != 1 {
            return Err(EditError::WrongEntry {
                expected: id.to_owned(),
            });
        }
        match self
            .pieces
            .iter_mut()
            .find(|p| matches!(&p.part, Part::Entry { id: i } if i == id))
        {
            Some(piece) => piece.text = text,
            None => {
                if let Some(last) = self.pieces.last_mut()
                    && !last.text.ends_with('\n')
                {
                    last.text.push('\n');
                }
                self.pieces.push(Piece {
                    part: Part::Entry { id: id.to_owned() },
                    text,
                });
            }
        }
        Ok(())
    }

    /// Removes one entry (an obsolete message); comments around it stay.
    pub fn remove_entry(&mut self, id: &str) -> Result<(), EditError> {
        let before = self.pieces.len();
        self.pieces
            .retain(|p| !matches!(&p.part, Part::Entry { id: i } if i == id));
        if self.pieces.len() == before {
            return Err(EditError::NotFound(id.to_owned()));
        }
        Ok(())
    }
}

impl std::fmt::Display for FtlDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for piece in &self.pieces {
            f.write_str(&piece.text)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
### The desk's strings (a resource comment)

## Group
# A message comment
hello = Hello, { $name }!
    .title = Greeting
-brand = Dateline
broken = { $unclosed
emails =
    { $count ->
        [one] One e-mail
       *[other] { $count } e-mails
    }
bye = Goodbye
long =
    First paragraph.
    
    Second paragraph.

# After a blank line, a comment.
";

    #[test]
    fn an_untouched_file_is_written_back_byte_for_byte() {
        for source in [
            FILE,
            "no-final-newline = x",
            "",
            "\r\nwindows = line ends\r\n  .attr = kept\r\n",
        ] {
            assert_eq!(FtlDocument::parse(source).to_string(), source);
        }
        let doc = FtlDocument::parse(FILE);
        assert_eq!(
            doc.ids(),
            ["hello", "-brand", "broken", "emails", "bye", "long"]
        );
        assert!(
            doc.entry_source("long")
                .unwrap()
                .ends_with("Second paragraph.\n"),
            "a blank line inside a value belongs to it"
        );
        assert!(doc.entry_source("emails").unwrap().contains("*[other]"));
    }

    #[test]
    fn editing_one_message_keeps_comments_order_and_broken_entries() {
        let mut doc = FtlDocument::parse(FILE);
        doc.set_entry(
            "hello",
            "hello = Bonjour, { $name } !\n    .title = Salutation",
        )
        .unwrap();
        doc.set_entry(
            "emails",
            "emails =\n    { $count ->\n        [one] Un courriel\n       *[other] { $count } courriels\n    }",
        )
        .unwrap();
        let out = doc.to_string();
        let expected = FILE
            .replace(
                "hello = Hello, { $name }!\n    .title = Greeting",
                "hello = Bonjour, { $name } !\n    .title = Salutation",
            )
            .replace("[one] One e-mail", "[one] Un courriel")
            .replace("{ $count } e-mails", "{ $count } courriels");
        assert_eq!(out, expected);
        assert!(out.contains("broken = { $unclosed\n"), "junk kept");
    }

    #[test]
    fn every_built_in_file_is_cut_where_fluent_cuts_it() {
        for domain in [crate::Domain::Desk, crate::Domain::Site] {
            for locale in crate::builtin_locales(domain) {
                let source = crate::builtin_source(domain, locale).unwrap();
                let doc = FtlDocument::parse(source);
                assert_eq!(doc.to_string(), source);
                // Every entry set back as it stands changes nothing, so each piece is
                // one whole entry as the parser reads it.
                let mut again = doc.clone();
                for id in doc.ids() {
                    let entry = doc.entry_source(id).unwrap();
                    again
                        .set_entry(id, entry)
                        .unwrap_or_else(|e| panic!("{locale} {id}: {e}"));
                }
                let parsed = parser::parse(source.to_owned()).unwrap();
                let in_ast = parsed
                    .body
                    .iter()
                    .filter(|e| matches!(e, Entry::Message(_) | Entry::Term(_)))
                    .count();
                assert_eq!(doc.ids().len(), in_ast, "{locale}");
            }
        }
    }

    #[test]
    fn a_new_text_must_be_that_one_entry_and_must_parse() {
        let mut doc = FtlDocument::parse(FILE);
        assert!(matches!(
            doc.set_entry("bye", "bye = { $oops"),
            Err(EditError::Syntax { .. })
        ));
        assert!(matches!(
            doc.set_entry("bye", "hello = Hi"),
            Err(EditError::WrongEntry { .. })
        ));
        assert!(matches!(
            doc.set_entry("bye", "bye = Ciao\nextra = Two"),
            Err(EditError::WrongEntry { .. })
        ));
        assert_eq!(doc.to_string(), FILE, "nothing changed");
        doc.set_entry("new-one", "new-one = Added").unwrap();
        assert!(
            doc.to_string()
                .ends_with("# After a blank line, a comment.\nnew-one = Added\n")
        );
        doc.remove_entry("-brand").unwrap();
        assert!(!doc.to_string().contains("-brand"));
        assert!(doc.remove_entry("-brand").is_err());
    }
}
