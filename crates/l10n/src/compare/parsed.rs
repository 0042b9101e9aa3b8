//! What the checks need from a parsed `.ftl` file: its entries with their byte ranges
//! (fluent-syntax keeps no spans, so they are found by scanning the source), and the
//! lines of attributes and variants inside them.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use fluent_syntax::ast::{Entry, Pattern, Resource};
use fluent_syntax::parser::ParserError;

use crate::check::LineIndex;

pub(crate) fn parse(source: &str) -> (Resource<&str>, Vec<ParserError>) {
    match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    }
}

/// A message or term of a resource, with where it is.
pub(crate) struct EntryInfo<'s> {
    /// Terms with their leading `-`.
    pub(crate) id: String,
    pub(crate) is_term: bool,
    /// From the first character of its id to the start of the next entry.
    pub(crate) range: Range<usize>,
    pub(crate) value: Option<&'s Pattern<&'s str>>,
    pub(crate) attributes: Vec<(&'s str, &'s Pattern<&'s str>)>,
}

impl EntryInfo<'_> {
    pub(crate) fn attribute(&self, name: &str) -> Option<&Pattern<&str>> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
    }
}

pub(crate) struct Parsed<'s> {
    pub(crate) source: &'s str,
    pub(crate) lines: LineIndex<'s>,
    pub(crate) errors: Vec<ParserError>,
    pub(crate) entries: Vec<EntryInfo<'s>>,
    /// Ids whose entry did not parse: not missing, broken (a syntax error says so).
    pub(crate) broken: BTreeSet<String>,
    /// Each id's first entry.
    pub(crate) index: HashMap<String, usize>,
}

impl<'s> Parsed<'s> {
    pub(crate) fn new(
        source: &'s str,
        resource: &'s Resource<&'s str>,
        errors: Vec<ParserError>,
    ) -> Self {
        let lines = LineIndex::new(source);
        let mut entries: Vec<EntryInfo<'s>> = Vec::new();
        let mut broken = BTreeSet::new();
        let mut cursor = 0;
        for entry in &resource.body {
            let (id, is_term, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), false, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    true,
                    Some(&t.value),
                    &t.attributes,
                ),
                Entry::Junk { content } => {
                    let id: String = content
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !id.is_empty() {
                        broken.insert(id);
                    }
                    continue;
                }
                _ => continue,
            };
            let start = lines.entry_start(&id, cursor);
            cursor = start + id.len();
            if let Some(previous) = entries.last_mut() {
                previous.range.end = start;
            }
            entries.push(EntryInfo {
                id,
                is_term,
                range: start..source.len(),
                value,
                attributes: attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
            });
        }
        let mut index = HashMap::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            index.entry(entry.id.clone()).or_insert(i);
        }
        Parsed {
            source,
            lines,
            errors,
            entries,
            broken,
            index,
        }
    }

    /// The first entry called `id`.
    pub(crate) fn get(&self, id: &str) -> Option<&EntryInfo<'s>> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// The byte offset of the `nth` line (from 0) of `range` whose text after its
    /// indentation satisfies `matches`; the start of the range when there is none.
    pub(crate) fn find_line(
        &self,
        range: &Range<usize>,
        nth: usize,
        matches: impl Fn(&str) -> bool,
    ) -> usize {
        let text = &self.source[range.clone()];
        let mut offset = range.start;
        let mut count = 0;
        for line in text.split_inclusive('\n') {
            let indent = line.len() - line.trim_start().len();
            if matches(line.trim_start()) {
                if count == nth {
                    return offset + indent;
                }
                count += 1;
            }
            offset += line.len();
        }
        range.start
    }
}
