//! Checks a translation (a target locale's `.ftl`) against its reference (en-US), in
//! the spirit of Mozilla's compare-locales, and more: besides missing and obsolete
//! messages and attributes it compares the `$variables` each pattern uses, asks for every
//! CLDR plural category of the target locale, and refuses references to messages or terms
//! the file does not define.
//!
//! Every finding has a stable [`Code`] and a [`Severity`]. Errors mean the file would show
//! something wrong or nothing at all (CI fails on them, the editor will not save to a
//! site); warnings are worth a look but break nothing. A missing message is an error, so
//! that the built-in locales stay complete; an editor that wants to show it as merely
//! "untranslated" recognises [`Code::MissingMessage`].
//!
//! fluent-syntax keeps no spans, so entries, attributes and variant keys are located by
//! scanning the source for their lines, in order; syntax errors come with byte offsets
//! and are converted to lines and character columns.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Resource,
    VariantKey,
};
use fluent_syntax::parser::ParserError;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::check::LineIndex;

/// Whether a finding blocks saving (and fails CI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident;)*) => {
        /// The kind of a finding. [`Code::as_str`] is stable: scripts and the editor may
        /// match on it.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, ts_rs::TS,
        )]
        #[ts(export, rename = "StringCheckCode")]
        pub enum Code {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    /// The text is not Fluent (fluent-syntax's parser error).
    Syntax = "syntax", Error;
    /// A selector without a `*[default]` variant (reported by the parser).
    MissingDefaultVariant = "missing-default-variant", Error;
    /// A selector with more than one default variant (reported by the parser).
    MultipleDefaultVariants = "multiple-default-variants", Error;
    /// The same message or term defined twice: only the first one counts.
    DuplicateId = "duplicate-id", Error;
    /// The same attribute twice in one message or term.
    DuplicateAttribute = "duplicate-attribute", Error;
    /// The same variant key twice in one selector.
    DuplicateVariant = "duplicate-variant", Error;
    /// A message of the reference the translation lacks ("untranslated" in an editor).
    MissingMessage = "missing-message", Error;
    /// A message the reference no longer has: nothing shows it.
    ObsoleteMessage = "obsolete-message", Error;
    /// A term of the reference the translation does not define. Terms belong to each
    /// locale, and a translation may do without one, so only a warning; a reference to
    /// it is an `unknown-reference` error.
    MissingTerm = "missing-term", Warning;
    /// A term the reference does not have (a locale may add its own).
    ObsoleteTerm = "obsolete-term", Warning;
    /// The reference message has a value, the translation only attributes.
    MissingValue = "missing-value", Error;
    /// The translation has a value the reference message does not have.
    ObsoleteValue = "obsolete-value", Error;
    MissingAttribute = "missing-attribute", Error;
    ObsoleteAttribute = "obsolete-attribute", Error;
    /// A variable of the reference pattern the translation never uses.
    MissingVariable = "missing-variable", Error;
    /// A variable the reference pattern does not use: the program never fills it.
    UnknownVariable = "unknown-variable", Error;
    /// A plural selector lacks a CLDR plural category of the target locale.
    MissingPlural = "missing-plural", Error;
    /// A plural variant for a category the target locale does not have: never chosen.
    UnusedPlural = "unused-plural", Warning;
    /// A value or attribute that shows nothing.
    EmptyValue = "empty-value", Error;
    /// A reference to a message, attribute or term the file does not define.
    UnknownReference = "unknown-reference", Error;
    /// The reference pattern refers to a message or term, the translation does not.
    MissingReference = "missing-reference", Warning;
    /// The translation refers to a message or term the reference pattern does not.
    ObsoleteReference = "obsolete-reference", Warning;
    /// A reference file the locale does not have at all (folder checks only).
    MissingFile = "missing-file", Error;
    /// A file the reference does not have (folder checks only).
    ObsoleteFile = "obsolete-file", Error;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem of a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// The message or term (terms with their `-`), when the finding is about one.
    pub id: Option<String>,
    pub attribute: Option<String>,
    /// 1-based line and character column. In the translation, except for findings about
    /// something it lacks entirely (`missing-message`, `missing-term`), which point at the
    /// entry in the reference ([`Finding::in_reference`]).
    pub line: usize,
    pub column: usize,
    pub in_reference: bool,
    /// A plain sentence for the translator, in English (for `ftl-check`'s output).
    pub message: String,
    /// The sentence's parts, for an interface that words each [`Code`] in its own
    /// language: `id`, `what` (the message, or `message.attribute`) and `attribute` for
    /// findings about an entry; then, by code, `variable`, `reference`, `key`,
    /// `categories`, `locale` or `file`; a syntax error's `problem` (a
    /// [`crate::SyntaxProblem`] key, worded as `string-syntax-<problem>`), `near` (the text
    /// near it) and `detail` (the English sentence).
    pub args: BTreeMap<&'static str, String>,
}

impl Finding {
    fn new(code: Code, (line, column): (usize, usize), message: String) -> Self {
        Finding {
            code,
            severity: code.severity(),
            id: None,
            attribute: None,
            line,
            column,
            in_reference: false,
            message,
            args: BTreeMap::new(),
        }
    }

    fn on(mut self, id: &str, attribute: Option<&str>) -> Self {
        self.id = Some(id.to_owned());
        self.attribute = attribute.map(str::to_owned);
        let what = match attribute {
            Some(name) => format!("{id}.{name}"),
            None => id.to_owned(),
        };
        self = self.arg("id", id).arg("what", what);
        match attribute {
            Some(name) => self.arg("attribute", name),
            None => self,
        }
    }

    fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.insert(name, value.into());
        self
    }
}

/// The CLDR cardinal plural categories of `locale`, in CLDR order (zero, one, two, few,
/// many, other); `None` for a locale intl_pluralrules does not know.
pub fn plural_categories(locale: &str) -> Option<Vec<&'static str>> {
    categories_of(locale, PluralRuleType::CARDINAL)
}

/// The CLDR ordinal categories of `locale` (for `NUMBER($n, type: "ordinal")`), as
/// [`plural_categories`].
pub fn ordinal_categories(locale: &str) -> Option<Vec<&'static str>> {
    categories_of(locale, PluralRuleType::ORDINAL)
}

fn categories_of(locale: &str, kind: PluralRuleType) -> Option<Vec<&'static str>> {
    Some(
        samples_of(locale, kind)?
            .into_iter()
            .map(|(c, _)| c)
            .collect(),
    )
}

/// One number of each CLDR cardinal category of `locale` (the smallest integer, else a
/// decimal), in CLDR order: sample arguments for previewing a plural.
pub fn plural_samples(locale: &str) -> Option<Vec<(&'static str, String)>> {
    samples_of(locale, PluralRuleType::CARDINAL)
}

fn samples_of(locale: &str, kind: PluralRuleType) -> Option<Vec<(&'static str, String)>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    // CLDR has rules for "en" and "pt-PT", not "en-US": the full id, then the language.
    let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
    let rules = PluralRules::create(langid, kind)
        .or_else(|_| PluralRules::create(language, kind))
        .ok()?;
    // intl_pluralrules has no list of a locale's categories: probe it with numbers that
    // reach every CLDR rule (integers, the millions of "many", and decimals).
    let mut found: [Option<String>; 6] = Default::default();
    // From 1 up, then 0: the first sample of a category is its most telling one (1 for
    // French `one`, which 0 is too).
    let integers = (1..=1000u32)
        .chain([0, 1_000_000, 2_000_000])
        .map(|n| n.to_string());
    let decimals = [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "10.5", "100.5",
    ];
    for sample in integers.chain(decimals.iter().map(|s| s.to_string())) {
        if let Ok(category) = rules.select(sample.as_str()) {
            found[category_index(&category)].get_or_insert(sample);
        }
    }
    Some(
        CATEGORY_NAMES
            .iter()
            .zip(found)
            .filter_map(|(name, f)| Some((*name, f?)))
            .collect(),
    )
}

pub(crate) const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category_index(category: &PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}

/// Every finding of `target`, the translation into `locale`, against `reference`: by
/// line and column of the translation, then what it lacks in the order of the
/// reference. Checking the reference against itself checks
/// what does not depend on a translation (syntax, duplicates, plurals, references).
pub fn check_translation(reference: &str, target: &str, locale: &str) -> Vec<Finding> {
    let cardinal = plural_categories(locale);
    let ordinal = ordinal_categories(locale);
    let plurals = (cardinal.as_deref(), ordinal.as_deref());
    let (reference_resource, reference_errors) = parse(reference);
    let reference = Parsed::new(reference, &reference_resource, reference_errors);
    let (target_resource, target_errors) = parse(target);
    let target = Parsed::new(target, &target_resource, target_errors);
    let mut findings = Vec::new();

    for error in &target.errors {
        let explained = crate::syntax::explain(target.source, error);
        let sentence = explained.sentence();
        findings.push(
            Finding::new(
                explained.problem.code(),
                target.lines.position(error.pos.start),
                sentence.clone(),
            )
            .arg("detail", sentence)
            .arg("problem", explained.problem.as_str())
            .arg("near", explained.near),
        );
    }

    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, entry) in target.entries.iter().enumerate() {
        let at = target.lines.position(entry.range.start);
        if first.contains_key(entry.id.as_str()) {
            findings.push(
                Finding::new(
                    Code::DuplicateId,
                    at,
                    format!("{} is defined twice; only the first one counts", entry.id),
                )
                .on(&entry.id, None),
            );
            continue;
        }
        first.insert(&entry.id, index);
        check_entry(
            entry,
            &target,
            reference.get(&entry.id),
            plurals,
            &mut findings,
        );
    }

    for entry in &reference.entries {
        if first.contains_key(entry.id.as_str()) || target.broken.contains(&entry.id) {
            continue;
        }
        let (code, what) = if entry.is_term {
            (Code::MissingTerm, "term")
        } else {
            (Code::MissingMessage, "message")
        };
        // Only the first of duplicated reference entries.
        if reference.get(&entry.id).map(|e| e.range.start) != Some(entry.range.start) {
            continue;
        }
        let mut finding = Finding::new(
            code,
            reference.lines.position(entry.range.start),
            format!("the {what} {} is not translated into {locale}", entry.id),
        )
        .on(&entry.id, None)
        .arg("locale", locale);
        finding.in_reference = true;
        findings.push(finding);
    }
    // In the order of the translation's lines, what it lacks at the end.
    findings.sort_by_key(|f| (f.in_reference, f.line, f.column));
    findings
}

fn check_entry(
    entry: &EntryInfo<'_>,
    target: &Parsed<'_>,
    reference: Option<&EntryInfo<'_>>,
    (cardinal, ordinal): (Option<&[&str]>, Option<&[&str]>),
    findings: &mut Vec<Finding>,
) {
    let id = entry.id.as_str();
    let at = target.lines.position(entry.range.start);
    let attribute_at = |name: &str, nth: usize| {
        target
            .lines
            .position(target.find_line(&entry.range, nth, |line| {
                line.strip_prefix('.')
                    .and_then(|rest| rest.strip_prefix(name))
                    .is_some_and(|rest| rest.starts_with([' ', '\t', '=']))
            }))
    };

    let mut seen = BTreeSet::new();
    for (name, _) in &entry.attributes {
        if !seen.insert(*name) {
            let nth = entry.attributes.iter().filter(|(n, _)| n == name).count() - 1;
            findings.push(
                Finding::new(
                    Code::DuplicateAttribute,
                    attribute_at(name, nth),
                    format!("{id} has the attribute .{name} twice"),
                )
                .on(id, Some(name)),
            );
        }
    }

    if reference.is_none() {
        let (code, what) = if entry.is_term {
            (Code::ObsoleteTerm, "term")
        } else {
            (Code::ObsoleteMessage, "message")
        };
        findings.push(
            Finding::new(
                code,
                at,
                format!("the reference has no {what} {id}: nothing shows it"),
            )
            .on(id, None),
        );
    }

    if let Some(reference) = reference.filter(|_| !entry.is_term) {
        match (entry.value.is_some(), reference.value.is_some()) {
            (false, true) => findings.push(
                Finding::new(
                    Code::MissingValue,
                    at,
                    format!("{id} has no value, the reference has one"),
                )
                .on(id, None),
            ),
            (true, false) => findings.push(
                Finding::new(
                    Code::ObsoleteValue,
                    at,
                    format!("{id} has a value, the reference has only attributes"),
                )
                .on(id, None),
            ),
            _ => {}
        }
        for (name, _) in &reference.attributes {
            if !entry.attributes.iter().any(|(n, _)| n == name) {
                findings.push(
                    Finding::new(
                        Code::MissingAttribute,
                        at,
                        format!("{id} lacks the attribute .{name}"),
                    )
                    .on(id, Some(name)),
                );
            }
        }
        for (name, _) in &entry.attributes {
            if !reference.attributes.iter().any(|(n, _)| n == name) {
                findings.push(
                    Finding::new(
                        Code::ObsoleteAttribute,
                        attribute_at(name, 0),
                        format!("the reference message {id} has no attribute .{name}"),
                    )
                    .on(id, Some(name)),
                );
            }
        }
    }

    // Each pattern: the value, then the attributes (first occurrences).
    let mut patterns: Vec<(Option<&str>, &Pattern<&str>)> = Vec::new();
    if let Some(value) = entry.value {
        patterns.push((None, value));
    }
    let mut seen = BTreeSet::new();
    for (name, pattern) in &entry.attributes {
        if seen.insert(*name) {
            patterns.push((Some(name), pattern));
        }
    }

    let mut variant_lines = 0;
    for (attribute, pattern) in patterns {
        let here = attribute.map_or(at, |name| attribute_at(name, 0));
        let finding =
            |code: Code, message: String| Finding::new(code, here, message).on(id, attribute);
        let what = match attribute {
            Some(name) => format!("{id}.{name}"),
            None => id.to_owned(),
        };
        let facts = PatternFacts::of(pattern);

        if is_empty(pattern) {
            findings.push(finding(Code::EmptyValue, format!("{what} is empty")));
        }

        let reference_pattern =
            reference
                .filter(|_| !entry.is_term)
                .and_then(|r| match attribute {
                    None => r.value,
                    Some(name) => r.attribute(name),
                });
        let reference_facts = reference_pattern.map(PatternFacts::of);

        if let Some(reference_facts) = &reference_facts {
            for variable in reference_facts.variables.difference(&facts.variables) {
                findings.push(
                    finding(
                        Code::MissingVariable,
                        format!("{what} does not use ${variable}, which the reference uses"),
                    )
                    .arg("variable", format!("${variable}")),
                );
            }
            for variable in facts.variables.difference(&reference_facts.variables) {
                findings.push(
                    finding(
                        Code::UnknownVariable,
                        format!("{what} uses ${variable}, which the reference does not provide"),
                    )
                    .arg("variable", format!("${variable}")),
                );
            }
            for r in reference_facts
                .compared_references()
                .difference(&facts.compared_references())
            {
                findings.push(
                    finding(
                        Code::MissingReference,
                        format!("{what} does not refer to {{ {r} }} as the reference does"),
                    )
                    .arg("reference", format!("{{ {r} }}")),
                );
            }
            for r in facts
                .compared_references()
                .difference(&reference_facts.compared_references())
            {
                findings.push(
                    finding(
                        Code::ObsoleteReference,
                        format!("{what} refers to {{ {r} }}, the reference does not"),
                    )
                    .arg("reference", format!("{{ {r} }}")),
                );
            }
        }

        for r in &facts.references {
            if !target.defines(r) {
                findings.push(
                    finding(
                        Code::UnknownReference,
                        format!("{what} refers to {{ {r} }}, which this file does not define"),
                    )
                    .arg("reference", format!("{{ {r} }}")),
                );
            }
        }

        let plural_vars: BTreeSet<&str> = reference_facts
            .iter()
            .flat_map(|f| f.selects.iter())
            .filter(|s| s.looks_plural())
            .filter_map(|s| s.variable.as_deref())
            .collect();
        let pattern_variants = facts.variants;
        for select in &facts.selects {
            let mut keys_seen = BTreeSet::new();
            for (key, line) in select.keys.iter().zip(&select.key_lines) {
                let nth = variant_lines + line;
                if !keys_seen.insert(key.as_str()) {
                    let offset = target.find_line(&entry.range, nth, |line| {
                        line.trim_start_matches('*').starts_with('[')
                    });
                    findings.push(
                        Finding::new(
                            Code::DuplicateVariant,
                            target.lines.position(offset),
                            format!("{what} has the variant [{key}] twice"),
                        )
                        .on(id, attribute)
                        .arg("key", format!("[{key}]")),
                    );
                }
            }
            let Some(categories) = (if select.ordinal { ordinal } else { cardinal }) else {
                continue;
            };
            let plural = select.looks_plural()
                || select
                    .variable
                    .as_deref()
                    .is_some_and(|v| plural_vars.contains(v));
            if !plural {
                continue;
            }
            let missing: Vec<&str> = categories
                .iter()
                .copied()
                .filter(|c| !keys_seen.contains(c))
                .collect();
            if !missing.is_empty() {
                let keys = missing
                    .iter()
                    .map(|c| format!("[{c}]"))
                    .collect::<Vec<_>>()
                    .join(" ");
                findings.push(
                    finding(
                        Code::MissingPlural,
                        format!(
                            "{what} lacks the plural variant{} {keys} of this locale",
                            if missing.len() == 1 { "" } else { "s" },
                        ),
                    )
                    .arg("categories", keys),
                );
            }
            for key in &keys_seen {
                if CATEGORY_NAMES.contains(key) && !categories.contains(key) {
                    findings.push(finding(
                        Code::UnusedPlural,
                        format!("{what} has a variant [{key}], a plural category this locale does not have"),
                    ).arg("key", format!("[{key}]")));
                }
            }
        }
        variant_lines += pattern_variants;
    }
}

/// A pattern that shows nothing: only blank text and empty string literals.
fn is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.is_empty(),
        _ => false,
    })
}

fn parse(source: &str) -> (Resource<&str>, Vec<ParserError>) {
    match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    }
}

/// A message or term of a resource, with where it is.
struct EntryInfo<'s> {
    /// Terms with their leading `-`.
    id: String,
    is_term: bool,
    /// From the first character of its id to the start of the next entry.
    range: Range<usize>,
    value: Option<&'s Pattern<&'s str>>,
    attributes: Vec<(&'s str, &'s Pattern<&'s str>)>,
}

impl EntryInfo<'_> {
    fn attribute(&self, name: &str) -> Option<&Pattern<&str>> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
    }
}

struct Parsed<'s> {
    source: &'s str,
    lines: LineIndex<'s>,
    errors: Vec<ParserError>,
    entries: Vec<EntryInfo<'s>>,
    /// Ids whose entry did not parse: not missing, broken (a syntax error says so).
    broken: BTreeSet<String>,
    /// Each id's first entry.
    index: HashMap<String, usize>,
}

impl<'s> Parsed<'s> {
    fn new(source: &'s str, resource: &'s Resource<&'s str>, errors: Vec<ParserError>) -> Self {
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
    fn get(&self, id: &str) -> Option<&EntryInfo<'s>> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// Whether `{ reference }` (`message`, `message.attribute`, `-term`, `-term.attr`)
    /// resolves in this file. Term attributes are private and only selected on, so
    /// `-term.attr` needs just the term.
    fn defines(&self, reference: &str) -> bool {
        let (id, attribute) = match reference.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (reference, None),
        };
        match self.get(id) {
            Some(entry) => match attribute {
                Some(name) if !entry.is_term => entry.attribute(name).is_some(),
                _ => entry.is_term || entry.value.is_some() || attribute.is_some(),
            },
            None => self.broken.contains(id),
        }
    }

    /// The byte offset of the `nth` line (from 0) of `range` whose text after its
    /// indentation satisfies `matches`; the start of the range when there is none.
    fn find_line(&self, range: &Range<usize>, nth: usize, matches: impl Fn(&str) -> bool) -> usize {
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

/// What a pattern uses, as far as the checks care.
#[derive(Default)]
pub(crate) struct PatternFacts {
    pub(crate) variables: BTreeSet<String>,
    /// `message`, `message.attr`, `-term`, `-term.attr`.
    references: BTreeSet<String>,
    pub(crate) selects: Vec<SelectFacts>,
    /// Variables formatted or selected on with `NUMBER()`.
    pub(crate) numbers: BTreeSet<String>,
    /// How many variants the pattern has, nested ones included.
    variants: usize,
}

pub(crate) struct SelectFacts {
    /// The selector's variable, bare or as NUMBER's first argument.
    pub(crate) variable: Option<String>,
    number_function: bool,
    /// `NUMBER(..., type: "ordinal")`: ordinal categories (1st, 2nd, 3rd...).
    ordinal: bool,
    /// Variant keys as written (identifiers and numbers), in order.
    keys: Vec<String>,
    /// For each key, how many variants of the pattern come before it in the source
    /// (variants of nested selectors included), to find its line.
    key_lines: Vec<usize>,
}

impl SelectFacts {
    /// A selector on a number: NUMBER(), numeric keys, or a plural category other than
    /// `other` (which gender and other selectors use as well).
    pub(crate) fn looks_plural(&self) -> bool {
        self.number_function
            || self
                .keys
                .iter()
                .any(|k| k.parse::<f64>().is_ok() || CATEGORY_NAMES[..5].contains(&k.as_str()))
    }
}

impl PatternFacts {
    pub(crate) fn of(pattern: &Pattern<&str>) -> Self {
        let mut facts = PatternFacts::default();
        facts.pattern(pattern);
        facts
    }

    /// The references compare-locales compares: messages (with attribute) and terms
    /// without attribute (a term's attributes are only selected on, per locale).
    fn compared_references(&self) -> BTreeSet<&str> {
        self.references
            .iter()
            .filter(|r| !(r.starts_with('-') && r.contains('.')))
            .map(String::as_str)
            .collect()
    }

    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                let (variable, number_function, ordinal) = match selector {
                    InlineExpression::VariableReference { id } => {
                        (Some(id.name.to_owned()), false, false)
                    }
                    InlineExpression::FunctionReference { id, arguments } => (
                        arguments.positional.first().and_then(|a| match a {
                            InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                            _ => None,
                        }),
                        id.name == "NUMBER",
                        id.name == "NUMBER"
                            && arguments.named.iter().any(|n| {
                                n.name.name == "type"
                                    && matches!(
                                        n.value,
                                        InlineExpression::StringLiteral { value: "ordinal" }
                                    )
                            }),
                    ),
                    _ => (None, false, false),
                };
                self.inline(selector);
                let index = self.selects.len();
                self.selects.push(SelectFacts {
                    variable,
                    number_function,
                    ordinal,
                    keys: variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => (*name).to_owned(),
                            VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        })
                        .collect(),
                    key_lines: Vec::with_capacity(variants.len()),
                });
                for variant in variants {
                    self.selects[index].key_lines.push(self.variants);
                    self.variants += 1;
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.references.insert(match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_owned(),
                });
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.references.insert(match attribute {
                    Some(a) => format!("-{}.{}", id.name, a.name),
                    None => format!("-{}", id.name),
                });
                self.arguments(arguments.as_ref());
            }
            InlineExpression::FunctionReference { id, arguments } => {
                if id.name == "NUMBER"
                    && let Some(InlineExpression::VariableReference { id }) =
                        arguments.positional.first()
                {
                    self.numbers.insert(id.name.to_owned());
                }
                self.arguments(Some(arguments));
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: Option<&CallArguments<&str>>) {
        if let Some(args) = arguments {
            for inline in args
                .positional
                .iter()
                .chain(args.named.iter().map(|n| &n.value))
            {
                self.inline(inline);
            }
        }
    }
}

/// The findings of one file of a folder check.
#[derive(Debug)]
pub struct FileReport {
    /// The translation's path (`<root>/<locale>/<file>.ftl`).
    pub path: PathBuf,
    /// The reference's path, where `in_reference` findings point.
    pub reference_path: PathBuf,
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// One line per finding: `path:line:col: severity: code: message`.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.findings.iter().map(|f| {
            let path = if f.in_reference {
                &self.reference_path
            } else {
                &self.path
            };
            format!(
                "{}:{}:{}: {}: {}: {}",
                path.display(),
                f.line,
                f.column,
                f.severity,
                f.code,
                f.message
            )
        })
    }
}

/// Checks a folder laid out like `locales/`: every `<locale>/<file>.ftl` against
/// `<reference_locale>/<file>.ftl`, and the reference files against themselves. Locales
/// and files in name order; only files with findings are reported.
pub fn check_folder(root: &Path, reference_locale: &str) -> std::io::Result<Vec<FileReport>> {
    let reference_dir = root.join(reference_locale);
    let reference_files = ftl_files(&reference_dir)?;
    let mut locales: Vec<String> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    // The reference first.
    locales.retain(|l| l != reference_locale);
    locales.insert(0, reference_locale.to_owned());

    let mut reports = Vec::new();
    for locale in &locales {
        let dir = root.join(locale);
        let files = ftl_files(&dir)?;
        for file in &reference_files {
            let path = dir.join(file);
            let reference_path = reference_dir.join(file);
            let findings = if files.contains(file) {
                let reference = std::fs::read_to_string(&reference_path)?;
                let target = std::fs::read_to_string(&path)?;
                check_translation(&reference, &target, locale)
            } else {
                vec![
                    Finding::new(Code::MissingFile, (1, 1), format!("{locale} has no {file}"))
                        .arg("locale", locale.as_str())
                        .arg("file", file.as_str()),
                ]
            };
            if !findings.is_empty() {
                reports.push(FileReport {
                    path,
                    reference_path,
                    findings,
                });
            }
        }
        for file in files.iter().filter(|f| !reference_files.contains(f)) {
            reports.push(FileReport {
                path: dir.join(file),
                reference_path: reference_dir.join(file),
                findings: vec![
                    Finding::new(
                        Code::ObsoleteFile,
                        (1, 1),
                        format!("{reference_locale} has no {file}: nothing reads this file"),
                    )
                    .arg("locale", reference_locale)
                    .arg("file", file.as_str()),
                ],
            });
        }
    }
    Ok(reports)
}

/// The `.ftl` file names of `dir`, sorted.
fn ftl_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE: &str = "\
-brand = Dateline
hello = Hello, { $name }
    .title = Greeting for { $name }
items = { $count ->
    [one] One item
   *[other] { $count } items
}
about = About { -brand }
see-also = See { hello }
only-attrs =
    .label = Label
";

    /// `(code, line, column)` of every finding of `target` as a translation into `locale`.
    fn found(target: &str, locale: &str) -> Vec<(&'static str, usize, usize)> {
        check_translation(REFERENCE, target, locale)
            .into_iter()
            .map(|f| (f.code.as_str(), f.line, f.column))
            .collect()
    }

    /// A complete French translation, with one line replaced or added.
    fn french(edit: impl FnOnce(String) -> String) -> String {
        edit(
            "-brand = Dateline\nhello = Bonjour, { $name }\n    .title = Salut { $name }\n\
             items = { $count ->\n    [one] Un article\n   *[other] { $count } articles\n}\n\
             about = À propos de { -brand }\nsee-also = Voir { hello }\nonly-attrs =\n    .label = Étiquette\n"
                .to_owned(),
        )
    }

    #[test]
    fn a_complete_translation_and_the_reference_itself_pass() {
        assert_eq!(found(&french(|s| s), "fr"), vec![]);
        assert_eq!(found(REFERENCE, "en-US"), vec![]);
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(plural_categories("en-US").unwrap(), ["one", "other"]);
        assert_eq!(plural_categories("ja").unwrap(), ["other"]);
        assert_eq!(
            plural_categories("ar").unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(
            plural_categories("pl").unwrap(),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural_categories("pt-PT").unwrap(), ["one", "other"]);
        assert_eq!(
            ordinal_categories("en-US").unwrap(),
            ["one", "two", "few", "other"]
        );
        assert!(plural_categories("not a locale").is_none());
        assert!(plural_categories("xx").is_none());
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let target = french(|s| s + "broken = { $oops\n");
        let findings = check_translation(REFERENCE, &target, "fr");
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(
            (findings[0].code, findings[0].line, findings[0].column),
            (Code::Syntax, 12, 17)
        );
        // A broken entry is reported once, as a syntax error, not also as missing.
        let target = french(|s| s.replace("see-also = Voir { hello }", "see-also = Voir { hello"));
        assert_eq!(found(&target, "fr"), vec![("syntax", 10, 1)]);
    }

    #[test]
    fn a_selector_without_default_is_its_own_code() {
        let target = french(|s| {
            s.replace(
                "   *[other] { $count } articles",
                "    [other] { $count } articles",
            )
        });
        let codes: Vec<_> = found(&target, "fr").into_iter().map(|f| f.0).collect();
        assert_eq!(codes, ["missing-default-variant"]);
        let target = french(|s| s.replace("    [one] Un article", "   *[one] Un article"));
        let codes: Vec<_> = found(&target, "fr").into_iter().map(|f| f.0).collect();
        assert_eq!(codes, ["multiple-default-variants"]);
    }

    #[test]
    fn missing_and_obsolete_messages_and_terms() {
        let target = french(|s| {
            s.replace("see-also = Voir { hello }\n", "").replace(
                "-brand = Dateline\n",
                "-brand = Dateline\n-marque = Dateline\n",
            ) + "extra = Rien\n"
        });
        let findings = check_translation(REFERENCE, &target, "fr");
        let codes: Vec<_> = findings
            .iter()
            .map(|f| (f.code, f.line, f.in_reference))
            .collect();
        assert_eq!(
            codes,
            [
                (Code::ObsoleteTerm, 2, false),
                (Code::ObsoleteMessage, 12, false),
                (Code::MissingMessage, 9, true),
            ]
        );
        assert_eq!(findings[2].severity, Severity::Error);
        assert_eq!(findings[0].severity, Severity::Warning);
        let target = french(|s| {
            s.replace("-brand = Dateline\n", "").replace(
                "about = À propos de { -brand }",
                "about = À propos de Dateline",
            )
        });
        let codes: Vec<_> = found(&target, "fr").into_iter().map(|f| f.0).collect();
        assert_eq!(codes, ["missing-reference", "missing-term"]);
    }

    #[test]
    fn values_and_attributes_against_the_reference() {
        let target = french(|s| {
            s.replace(
                "    .title = Salut { $name }\n",
                "    .tooltip = Salut { $name }\n",
            )
            .replace("only-attrs =\n", "only-attrs = Valeur\n")
            .replace(
                "see-also = Voir { hello }\n",
                "see-also =\n    .title = Voir\n",
            )
        });
        assert_eq!(
            found(&target, "fr"),
            [
                ("missing-attribute", 2, 1),
                ("obsolete-attribute", 3, 5),
                ("missing-value", 9, 1),
                ("obsolete-attribute", 10, 5),
                ("obsolete-value", 11, 1),
            ]
        );
    }

    #[test]
    fn variable_sets_must_match_per_pattern() {
        let target = french(|s| {
            s.replace("hello = Bonjour, { $name }", "hello = Bonjour, { $nom }")
                .replace("    .title = Salut { $name }", "    .title = Salut")
        });
        let findings = check_translation(REFERENCE, &target, "fr");
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.code.as_str(), f.attribute.as_deref(), f.line))
            .collect();
        assert_eq!(
            got,
            [
                ("missing-variable", None, 2),
                ("unknown-variable", None, 2),
                ("missing-variable", Some("title"), 3),
            ]
        );
        assert!(
            findings[1].message.contains("$nom"),
            "{}",
            findings[1].message
        );
        // A variable used only as the selector counts.
        let target = french(|s| {
            s.replace(
                "   *[other] { $count } articles",
                "   *[other] Des articles",
            )
        });
        assert_eq!(found(&target, "fr"), vec![]);
    }

    #[test]
    fn plural_variants_of_the_target_locale() {
        // Polish needs [few] and [many]; Arabic six; Japanese only [other].
        let polish = REFERENCE.replace(
            "    [one] One item\n",
            "    [one] One item\n    [few] Few items\n",
        );
        let findings = check_translation(REFERENCE, &polish, "pl");
        assert_eq!(
            findings
                .iter()
                .map(|f| (f.code.as_str(), f.line, f.column))
                .collect::<Vec<_>>(),
            [("missing-plural", 4, 1)]
        );
        assert!(
            findings[0].message.contains("variant [many] "),
            "{}",
            findings[0].message
        );
        let arabic = REFERENCE.replace(
            "    [one] One item\n",
            "    [one] One item\n    [two] Two items\n",
        );
        let findings = check_translation(REFERENCE, &arabic, "ar");
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].code, Code::MissingPlural);
        assert!(
            findings[0].message.contains("[zero] [few] [many]"),
            "{}",
            findings[0].message
        );
        // A translation without [one] is still a plural when the reference's is.
        let arabic = REFERENCE.replace("    [one] One item\n", "");
        assert_eq!(found(&arabic, "ar"), [("missing-plural", 4, 1)]);
        // Japanese: [one] is never chosen.
        let japanese = REFERENCE.to_owned();
        assert_eq!(found(&japanese, "ja"), [("unused-plural", 4, 1)]);
        let japanese = REFERENCE.replace("    [one] One item\n", "");
        assert_eq!(found(&japanese, "ja"), vec![]);
        // Ordinals have their own categories: English needs four, French two.
        let place = "place = { NUMBER($n, type: \"ordinal\") ->\n    [one] {$n}st\n    [two] {$n}nd\n    [few] {$n}rd\n   *[other] {$n}th\n}\n";
        assert_eq!(
            found(place, "en-US")
                .into_iter()
                .filter(|f| f.0.ends_with("plural"))
                .count(),
            0
        );
        let place = place.replace("    [two] {$n}nd\n", "");
        assert_eq!(
            found(&place, "en-US")
                .into_iter()
                .filter(|f| f.0.ends_with("plural"))
                .collect::<Vec<_>>(),
            [("missing-plural", 1, 1)]
        );
        let fr =
            "place = { NUMBER($n, type: \"ordinal\") ->\n    [one] {$n}er\n   *[other] {$n}e\n}\n";
        assert_eq!(
            found(fr, "fr")
                .into_iter()
                .filter(|f| f.0.ends_with("plural"))
                .count(),
            0
        );
        // A gender selector is not a plural.
        let gender = "hello = { $g ->\n    [masculine] Il\n   *[other] On\n}\n";
        assert_eq!(
            found(gender, "ar")
                .into_iter()
                .filter(|f| f.0 == "missing-plural")
                .count(),
            0
        );
    }

    #[test]
    fn empty_values() {
        let target = french(|s| {
            s.replace("see-also = Voir { hello }", "see-also = { \"\" }")
                .replace("    .label = Étiquette", "    .label = { \"\" }")
        });
        assert_eq!(
            found(&target, "fr"),
            [
                ("empty-value", 9, 1),
                ("missing-reference", 9, 1),
                ("empty-value", 11, 5)
            ]
        );
    }

    #[test]
    fn duplicates() {
        let target = french(|s| {
            s.replace(
                "    .title = Salut { $name }\n",
                "    .title = Salut { $name }\n    .title = Re { $name }\n",
            )
            .replace(
                "    [one] Un article\n",
                "    [one] Un article\n    [one] Un seul\n",
            ) + "about = Encore\n"
        });
        assert_eq!(
            found(&target, "fr"),
            [
                ("duplicate-attribute", 4, 5),
                ("duplicate-variant", 7, 5),
                ("duplicate-id", 14, 1),
            ]
        );
    }

    #[test]
    fn duplicate_variant_keys_in_nested_selectors_are_found_on_their_line() {
        let source = "a = { $x ->\n    [one] { $y ->\n        [one] A\n        [one] B\n       *[other] C\n    }\n   *[other] D\n}\n    .t = { $x ->\n    [one] E\n    [one] F\n   *[other] G\n}\n";
        let got: Vec<_> = found(source, "en-US")
            .into_iter()
            .filter(|f| f.0 == "duplicate-variant")
            .collect();
        assert_eq!(
            got,
            [("duplicate-variant", 4, 9), ("duplicate-variant", 11, 5)]
        );
    }

    #[test]
    fn references_to_what_the_file_does_not_define() {
        let target = french(|s| {
            s.replace(
                "see-also = Voir { hello }",
                "see-also = Voir { helo } { hello.title } { hello.nope } { -marque }",
            )
        });
        let findings = check_translation(REFERENCE, &target, "fr");
        let unknown: Vec<_> = findings
            .iter()
            .filter(|f| f.code == Code::UnknownReference)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(unknown.len(), 3, "{findings:?}");
        assert!(unknown.iter().any(|m| m.contains("{ helo }")));
        assert!(unknown.iter().any(|m| m.contains("{ hello.nope }")));
        assert!(unknown.iter().any(|m| m.contains("{ -marque }")));
        // Against the reference, each is also a reference the reference does not make.
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.code == Code::ObsoleteReference)
                .count(),
            4
        );
        // In the reference itself.
        assert_eq!(found("a = { b }\n", "en-US")[0].0, "obsolete-message");
        assert!(
            found("a = { b }\n", "en-US")
                .iter()
                .any(|f| f.0 == "unknown-reference")
        );
    }

    #[test]
    fn columns_count_characters() {
        let target = french(|s| s + "# é‑é\nbroken = é‑é { \n");
        let findings = check_translation(REFERENCE, &target, "fr");
        assert_eq!(
            (findings[0].line, findings[0].column),
            (13, 15),
            "{findings:?}"
        );
    }

    #[test]
    fn every_code_has_a_distinct_name() {
        let names: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), Code::ALL.len());
    }

    #[test]
    fn the_repository_locales_pass() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let reports = check_folder(&root, crate::REFERENCE_LOCALE).unwrap();
        let errors: Vec<String> = reports
            .iter()
            .flat_map(|r| r.lines().zip(&r.findings))
            .filter(|(_, f)| f.severity == Severity::Error)
            .map(|(l, _)| l)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
