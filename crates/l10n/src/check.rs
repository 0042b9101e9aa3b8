//! Checks a `.ftl` resource that is meant to replace some of the built-in strings.
//!
//! The newsroom overrides the site's interface strings through the API, and translators
//! will submit them from the desk. A typo there must not silently add a string nobody
//! shows (an id the reference does not have), nor a placeholder the program never fills
//! (a variable the reference message does not use): such a resource is refused with every
//! problem named by line and column, so the person who wrote it can fix it in one go.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Resource,
};

use crate::{Domain, REFERENCE_LOCALE, builtin_source};

/// What is wrong with one place of a resource. Lines and columns count from 1; columns
/// count characters, not bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FtlProblem {
    /// The text is not Fluent.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A message or term the reference does not define.
    UnknownMessage {
        id: String,
        line: usize,
        column: usize,
    },
    /// An attribute the reference message does not have.
    UnknownAttribute {
        id: String,
        attribute: String,
        line: usize,
        column: usize,
    },
    /// A variable the reference message does not use, so nothing would fill it.
    UnknownVariable {
        id: String,
        variable: String,
        line: usize,
        column: usize,
    },
    /// A reference to a message or term that exists neither here nor in the reference.
    UnknownReference {
        id: String,
        reference: String,
        line: usize,
        column: usize,
    },
    /// The same message or term twice.
    Duplicate {
        id: String,
        line: usize,
        column: usize,
    },
}

impl FtlProblem {
    /// A stable name for the kind of problem, for machine-readable reports.
    pub fn kind(&self) -> &'static str {
        match self {
            FtlProblem::Syntax { .. } => "syntax",
            FtlProblem::UnknownMessage { .. } => "unknown_message",
            FtlProblem::UnknownAttribute { .. } => "unknown_attribute",
            FtlProblem::UnknownVariable { .. } => "unknown_variable",
            FtlProblem::UnknownReference { .. } => "unknown_reference",
            FtlProblem::Duplicate { .. } => "duplicate",
        }
    }

    /// `(line, column)` of the place the problem is about.
    pub fn position(&self) -> (usize, usize) {
        match self {
            FtlProblem::Syntax { line, column, .. }
            | FtlProblem::UnknownMessage { line, column, .. }
            | FtlProblem::UnknownAttribute { line, column, .. }
            | FtlProblem::UnknownVariable { line, column, .. }
            | FtlProblem::UnknownReference { line, column, .. }
            | FtlProblem::Duplicate { line, column, .. } => (*line, *column),
        }
    }

    /// The message or term the problem is about, if it is about one.
    pub fn id(&self) -> Option<&str> {
        match self {
            FtlProblem::Syntax { .. } => None,
            FtlProblem::UnknownMessage { id, .. }
            | FtlProblem::UnknownAttribute { id, .. }
            | FtlProblem::UnknownVariable { id, .. }
            | FtlProblem::UnknownReference { id, .. }
            | FtlProblem::Duplicate { id, .. } => Some(id),
        }
    }
}

impl std::fmt::Display for FtlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, column) = self.position();
        write!(f, "line {line}, column {column}: ")?;
        match self {
            FtlProblem::Syntax { message, .. } => f.write_str(message),
            FtlProblem::UnknownMessage { id, .. } => {
                write!(f, "there is no message {id:?} in the built-in strings")
            }
            FtlProblem::UnknownAttribute { id, attribute, .. } => write!(
                f,
                "the built-in message {id:?} has no attribute {attribute:?}"
            ),
            FtlProblem::UnknownVariable { id, variable, .. } => write!(
                f,
                "{id:?} uses ${variable}, which the built-in message does not provide"
            ),
            FtlProblem::UnknownReference { id, reference, .. } => {
                write!(f, "{id:?} refers to {reference:?}, which does not exist")
            }
            FtlProblem::Duplicate { id, .. } => write!(f, "{id:?} is defined twice"),
        }
    }
}

/// Every problem of `source` as a replacement for some of `domain`'s built-in strings,
/// in the order they appear; empty when it may be used. The reference locale's strings
/// decide which ids, attributes and variables exist.
pub fn check_override(domain: Domain, source: &str) -> Vec<FtlProblem> {
    let lines = LineIndex::new(source);
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return errors
                .into_iter()
                .map(|e| {
                    let (line, column) = lines.position(e.pos.start);
                    FtlProblem::Syntax {
                        line,
                        column,
                        message: e.kind.to_string(),
                    }
                })
                .collect();
        }
    };
    let reference_source = builtin_source(domain, REFERENCE_LOCALE).unwrap_or_default();
    // The built-in files are checked by this crate's tests, so they always parse.
    let reference = match fluent_syntax::parser::parse(reference_source) {
        Ok(r) | Err((r, _)) => shapes(&r),
    };
    let own = shapes(&resource);

    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut cursor = 0;
    for entry in &own {
        // Entries start at the beginning of a line, in order; finding each after the
        // previous one gives its position without a parser that keeps spans.
        let at = lines.entry_start(&entry.id, cursor);
        cursor = at + entry.id.len();
        let (line, column) = lines.position(at);
        let id = entry.id.clone();
        if !seen.insert(entry.id.as_str()) {
            problems.push(FtlProblem::Duplicate { id, line, column });
            continue;
        }
        let Some(builtin) = reference.iter().find(|r| r.id == entry.id) else {
            problems.push(FtlProblem::UnknownMessage { id, line, column });
            continue;
        };
        for attribute in &entry.attributes {
            if !builtin.attributes.contains(attribute) {
                problems.push(FtlProblem::UnknownAttribute {
                    id: id.clone(),
                    attribute: attribute.clone(),
                    line,
                    column,
                });
            }
        }
        for variable in &entry.variables {
            if !builtin.variables.contains(variable) {
                problems.push(FtlProblem::UnknownVariable {
                    id: id.clone(),
                    variable: variable.clone(),
                    line,
                    column,
                });
            }
        }
        for target in &entry.references {
            let known = |set: &[Shape]| set.iter().any(|s| &s.id == target);
            if !known(&reference) && !known(&own) {
                problems.push(FtlProblem::UnknownReference {
                    id: id.clone(),
                    reference: target.clone(),
                    line,
                    column,
                });
            }
        }
    }
    problems
}

/// What a message or term is made of, as far as the checks care.
#[derive(Debug)]
struct Shape {
    /// Terms carry their leading `-`, as they are written.
    id: String,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Messages and terms it refers to (terms with their `-`).
    references: BTreeSet<String>,
}

fn shapes(resource: &Resource<&str>) -> Vec<Shape> {
    resource
        .body
        .iter()
        .filter_map(|entry| {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => return None,
            };
            let mut shape = Shape {
                id,
                attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                variables: BTreeSet::new(),
                references: BTreeSet::new(),
            };
            for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
                walk_pattern(pattern, &mut shape);
            }
            Some(shape)
        })
        .collect()
}

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            shape.references.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            shape.references.insert(format!("-{}", id.name));
            // A term's arguments are its own parameters, but a variable passed in
            // (`-brand(case: $x)` is not allowed, yet positional ones parse) still has to
            // come from the caller.
            walk_arguments(arguments.as_ref(), shape);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(Some(arguments), shape);
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: Option<&CallArguments<&str>>, shape: &mut Shape) {
    if let Some(args) = arguments {
        for inline in args
            .positional
            .iter()
            .chain(args.named.iter().map(|n| &n.value))
        {
            walk_inline(inline, shape);
        }
    }
}

/// Byte offsets to 1-based lines and character columns.
pub(crate) struct LineIndex<'s> {
    source: &'s str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { source, starts }
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        // A resource that ends inside an entry makes the parser point past the final
        // newline; the end of the last line is where the writer has to look.
        let offset = if offset >= self.source.len() {
            self.source.trim_end().len()
        } else {
            offset
        };
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        // The parser's offsets fall on character boundaries; `get` keeps a surprise
        // from panicking.
        let chars = self
            .source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, chars + 1)
    }

    /// Where the entry `id` (written at the start of a line, followed by `=` or spaces)
    /// begins, at or after byte `from`.
    pub(crate) fn entry_start(&self, id: &str, from: usize) -> usize {
        let source = self.source;
        let first = self.starts.partition_point(|&s| s < from);
        self.starts[first..]
            .iter()
            .copied()
            .find(|&s| {
                source[s..].starts_with(id)
                    && source[s + id.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c == '=' || c == ' ' || c == '\t')
            })
            .unwrap_or(from.min(source.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str) -> Vec<FtlProblem> {
        check_override(Domain::Site, source)
    }

    #[test]
    fn a_good_override_passes() {
        let source = "# Our own words\nsubscribe-button = Join us\n\
                      byline = Written by { $byline }\n\
                      reading-time = { $minutes ->\n    [one] One minute\n   *[other] { $minutes } minutes\n}\n";
        assert_eq!(check(source), vec![]);
        assert_eq!(check(""), vec![]);
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let problems = check("subscribe-button = Join\n\nfooter-text = { $oops\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        let FtlProblem::Syntax { line, column, .. } = &problems[0] else {
            panic!("{problems:?}");
        };
        assert_eq!((*line, *column), (3, 22));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let problems = check("subscribe-button = Abonnez‑vous { é\n");
        let (line, column) = problems[0].position();
        assert_eq!(line, 1);
        // The parser stops at "é", the 35th character; the non-breaking hyphen before it
        // is three bytes, so a byte count would say 37.
        assert_eq!(column, 35, "{problems:?}");
    }

    #[test]
    fn unknown_ids_are_named_where_they_are() {
        let problems = check("subscribe-button = Join\nsubscribe-buton = Join\n-brand = Lantern\n");
        assert_eq!(
            problems,
            vec![
                FtlProblem::UnknownMessage {
                    id: "subscribe-buton".into(),
                    line: 2,
                    column: 1
                },
                FtlProblem::UnknownMessage {
                    id: "-brand".into(),
                    line: 3,
                    column: 1
                },
            ]
        );
    }

    #[test]
    fn variables_the_program_does_not_provide_are_refused() {
        let problems = check("subscribe-body = For { $tier } readers, from { $price }\n");
        assert_eq!(
            problems,
            vec![FtlProblem::UnknownVariable {
                id: "subscribe-body".into(),
                variable: "price".into(),
                line: 1,
                column: 1
            }]
        );
        // Inside selectors and function calls too.
        let problems = check("reading-time = { NUMBER($words) ->\n   *[other] x\n}\n");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].to_string().contains("$words"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn dangling_references_attributes_and_duplicates_are_refused() {
        let problems = check(
            "site-home = { no-such-thing }\nsite-home = Home\nsubscribe-button = Go\n    .title = Join\n",
        );
        let kinds: Vec<&str> = problems.iter().map(FtlProblem::kind).collect();
        assert_eq!(
            kinds,
            ["unknown_reference", "duplicate", "unknown_attribute"],
            "{problems:?}"
        );
        assert_eq!(problems[1].position(), (2, 1));
        // A reference to another built-in message is fine.
        assert_eq!(check("footer-text = { site-home } · Dateline\n"), vec![]);
    }
}
