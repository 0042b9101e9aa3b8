//! What a locale defines, across all of its files: Fluent loaders (and compare-locales)
//! put a locale's `.ftl` files into one bundle, so a `{ -brand }` defined in
//! `brands.ftl` resolves in every sibling file. A single file checked on its own (the
//! strings editor) is a bundle of one.

use std::collections::{HashMap, HashSet};

use super::parsed::Parsed;

/// One message or term as far as references care.
struct Defined {
    is_term: bool,
    has_value: bool,
    attributes: HashSet<String>,
}

/// The messages and terms of one or more files of a locale.
pub(crate) struct Bundle {
    entries: HashMap<String, Defined>,
    /// Ids whose entry did not parse: a reference to one is not unknown, the syntax
    /// error already says what is wrong.
    broken: HashSet<String>,
    /// The end of an `unknown-reference` sentence ("..., which this file does not
    /// define", "..., which no file of fr defines").
    pub(crate) scope: String,
}

impl Bundle {
    pub(crate) fn new(scope: impl Into<String>) -> Self {
        Bundle {
            entries: HashMap::new(),
            broken: HashSet::new(),
            scope: scope.into(),
        }
    }

    /// Adds a file's entries; the first definition of an id wins, as in fluent-bundle.
    pub(crate) fn add(&mut self, file: &Parsed<'_>) {
        for entry in &file.entries {
            self.entries
                .entry(entry.id.clone())
                .or_insert_with(|| Defined {
                    is_term: entry.is_term,
                    has_value: entry.value.is_some(),
                    attributes: entry
                        .attributes
                        .iter()
                        .map(|(n, _)| n.to_string())
                        .collect(),
                });
        }
        self.broken.extend(file.broken.iter().cloned());
    }

    /// Whether `{ reference }` (`message`, `message.attribute`, `-term`, `-term.attr`)
    /// resolves. Term attributes are private and only selected on, so `-term.attr`
    /// needs just the term.
    pub(crate) fn defines(&self, reference: &str) -> bool {
        let (id, attribute) = match reference.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (reference, None),
        };
        match self.entries.get(id) {
            Some(entry) => match attribute {
                Some(name) if !entry.is_term => entry.attributes.contains(name),
                _ => entry.is_term || entry.has_value || attribute.is_some(),
            },
            None => self.broken.contains(id),
        }
    }
}
