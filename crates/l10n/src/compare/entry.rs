//! The checks of one entry of a translation against the reference's entry of the same
//! id: attributes, value, variables, references, empty patterns, variant keys and
//! plural categories.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::bundle::Bundle;
use super::facts::PatternFacts;
use super::finding::{Code, Finding};
use super::parsed::{EntryInfo, Parsed};
use super::plurals::{CATEGORY_NAMES, LocalePlurals};
use super::variants::lost_variables;

pub(crate) fn check_entry(
    entry: &EntryInfo<'_>,
    target: &Parsed<'_>,
    bundle: &Bundle,
    reference: Option<&EntryInfo<'_>>,
    (cardinal, ordinal): (Option<&LocalePlurals>, Option<&LocalePlurals>),
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
            if !bundle.defines(r) {
                findings.push(
                    finding(
                        Code::UnknownReference,
                        format!("{what} refers to {{ {r} }}, which {}", bundle.scope),
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
        let variant_at = |select: &super::facts::SelectFacts, variant: usize| {
            let nth = variant_lines + select.key_lines[variant];
            target
                .lines
                .position(target.find_line(&entry.range, nth, |line| {
                    line.trim_start_matches('*').starts_with('[')
                }))
        };
        for lost in reference_facts
            .as_ref()
            .map(|r| lost_variables(&facts, r, cardinal))
            .unwrap_or_default()
        {
            let select = &facts.selects[lost.select];
            let key = &select.keys[lost.variant];
            let (variable, theirs) = (lost.variable, lost.reference_key);
            findings.push(
                Finding::new(
                    Code::VariantLostVariable,
                    variant_at(select, lost.variant),
                    format!(
                        "{what} [{key}] does not show ${variable}, which the reference's [{theirs}] shows"
                    ),
                )
                .on(id, attribute)
                .arg("key", format!("[{key}]"))
                .arg("variable", format!("${variable}")),
            );
        }
        for select in &facts.selects {
            let keys: Vec<&str> = select.keys.iter().map(String::as_str).collect();
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
            let Some(rules) = (if select.ordinal { ordinal } else { cardinal }) else {
                continue;
            };
            let categories = &rules.categories;
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
                .filter(|c| !rules.covers(c, &keys))
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
