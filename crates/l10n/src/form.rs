//! A message as a form a translator fills in, rather than as Fluent syntax: one field
//! for the value and one per attribute, and where a pattern chooses on a number, one
//! field per CLDR plural category of the *target* locale — French gets `one` and
//! `other`, Arabic six, Japanese only `other`.
//!
//! A plural is shown as whole sentences, one per category, even where the reference
//! chooses in the middle of a sentence (`within { $hours -> [one] one hour *[other] … }
//! to choose`): the words around a number change with it in many languages, and word
//! order is the translator's (Pontoon's editor does the same). [`compose_entry`] writes
//! the form back as the entry's Fluent source, refusing, with the field named, what
//! would not parse.
//!
//! Field text is Fluent pattern text: placeables stay as written (`{ $name }`), and only
//! what the syntax would misread is escaped when composing (a line starting with `[`,
//! `*` or `.`).

use fluent_syntax::ast::{
    Attribute, Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement,
    Resource, Variant, VariantKey,
};
use fluent_syntax::{parser, serializer};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::compare::{CATEGORY_NAMES, PatternFacts};

/// One entry of a strings file as a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryForm {
    /// The entry's id; a term's starts with `-`.
    pub id: String,
    /// `None` for an entry that has only attributes.
    pub value: Option<FormField>,
    pub attributes: Vec<FormAttribute>,
    /// The variables the reference uses, for sample arguments in a preview.
    pub arguments: Vec<FormArgument>,
    /// One number of each cardinal plural category of the target locale, in CLDR order.
    pub plural_samples: Vec<PluralSample>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FormAttribute {
    pub name: String,
    pub field: FormField,
}

/// What the translator types for one value or attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum FormField {
    /// A pattern as Fluent text.
    Text { text: String },
    /// A choice on `selector` (Fluent syntax, e.g. `$count`), each variant a whole
    /// pattern. `plural`: the keys are the target locale's plural categories (and any
    /// exact numbers). `variable`: the argument chosen on (`count` for `$count` or
    /// `NUMBER($count)`), which a preview gives each category's sample number.
    Select {
        selector: String,
        #[serde(default)]
        variable: Option<String>,
        plural: bool,
        variants: Vec<FormVariant>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FormVariant {
    pub key: String,
    pub text: String,
    pub default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FormArgument {
    pub name: String,
    /// Used as a number (chosen on as a plural, or given to `NUMBER()`), or named like
    /// one (`$minutes`, `$count`: [`names_a_number`]), so its sample is a number.
    pub number: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PluralSample {
    pub category: String,
    pub number: String,
}

/// Why a form could not be written as Fluent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("{0:?} is not a message or term id")]
    BadId(String),
    #[error("{0} is empty")]
    Empty(String),
    #[error("{0} needs a value or an attribute")]
    Nothing(String),
    /// `reason` says what is wrong in the translator's terms and the text near it.
    #[error("in {field}, {reason}")]
    Syntax { field: String, reason: String },
}

/// The form of entry `id`, shaped like the translation where there is one (its texts
/// filled in, plural categories the locale lacks added empty), else like the reference
/// with empty fields. Attributes of either are all there, the reference's first.
pub fn entry_form(
    id: &str,
    reference: Option<&str>,
    translation: Option<&str>,
    locale: &str,
) -> EntryForm {
    let reference_resource = reference.map(parse_lenient);
    let translation_resource = translation.map(parse_lenient);
    let reference = reference_resource
        .as_ref()
        .and_then(|r| Parts::find(r, id))
        .unwrap_or_default();
    let translation = translation_resource
        .as_ref()
        .and_then(|r| Parts::find(r, id))
        .unwrap_or_default();
    let plurals = Plurals::of(locale);

    let value = match (reference.value, translation.value) {
        (None, None) => None,
        (r, t) => Some(field(r, t, &plurals)),
    };
    let mut names: Vec<&str> = reference.attributes.iter().map(|(n, _)| *n).collect();
    for (name, _) in &translation.attributes {
        if !names.contains(name) {
            names.push(name);
        }
    }
    let attributes = names
        .into_iter()
        .map(|name| FormAttribute {
            name: name.to_owned(),
            field: field(
                reference.attribute(name),
                translation.attribute(name),
                &plurals,
            ),
        })
        .collect();

    // Sample arguments come from what the reference uses (the translation's own if
    // there is no reference).
    let described = if reference.is_empty() {
        &translation
    } else {
        &reference
    };
    let mut arguments: Vec<FormArgument> = Vec::new();
    for pattern in described.patterns() {
        let facts = PatternFacts::of(pattern);
        for name in &facts.variables {
            let number = names_a_number(name)
                || facts.numbers.contains(name)
                || facts
                    .selects
                    .iter()
                    .any(|s| s.variable.as_ref() == Some(name) && s.looks_plural());
            match arguments.iter_mut().find(|a| &a.name == name) {
                Some(a) => a.number |= number,
                None => arguments.push(FormArgument {
                    name: name.clone(),
                    number,
                }),
            }
        }
    }

    EntryForm {
        id: id.to_owned(),
        value,
        attributes,
        arguments,
        plural_samples: crate::compare::plural_samples(locale)
            .unwrap_or_default()
            .into_iter()
            .map(|(category, number)| PluralSample {
                category: category.to_owned(),
                number,
            })
            .collect(),
    }
}

/// Words that, as a variable's name or one of its parts (`$minutes`, `$word-count`,
/// `$unreadItems`), say it holds a number: a preview samples it with a number, formatted
/// for the locale, not with its name ("minutes min de lecture").
const NUMBER_WORDS: &[&str] = &[
    "n",
    "num",
    "number",
    "count",
    "total",
    "amount",
    "quantity",
    "size",
    "length",
    "limit",
    "max",
    "min",
    "percent",
    "remaining",
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "words",
    "characters",
    "items",
    "articles",
    "pages",
    "files",
    "results",
    "errors",
    "changes",
    "messages",
];

/// Whether a variable's name says it holds a number ([`NUMBER_WORDS`]).
pub fn names_a_number(name: &str) -> bool {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in name.chars() {
        let boundary = c == '-' || c == '_' || (c.is_ascii_uppercase() && !current.is_empty());
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if c != '-' && c != '_' {
            current.push(c.to_ascii_lowercase());
        }
    }
    words.push(current);
    words.iter().any(|w| NUMBER_WORDS.contains(&w.as_str()))
}

/// The Fluent source of the entry `form` describes (no trailing newline), in the
/// canonical layout of fluent-syntax's serializer.
pub fn compose_entry(form: &EntryForm) -> Result<String, FormError> {
    let bare = form.id.strip_prefix('-').unwrap_or(&form.id);
    let mut chars = bare.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid {
        return Err(FormError::BadId(form.id.clone()));
    }
    if form.value.is_none() && form.attributes.is_empty() {
        return Err(FormError::Nothing(form.id.clone()));
    }

    let mut source = format!("{} =", form.id);
    if let Some(value) = &form.value {
        write_field(&mut source, value, 4, "the value")?;
    }
    for attribute in &form.attributes {
        source.push_str(&format!("\n    .{} =", attribute.name));
        write_field(
            &mut source,
            &attribute.field,
            8,
            &format!("the attribute .{}", attribute.name),
        )?;
    }
    source.push('\n');

    match parser::parse(source.as_str()) {
        Ok(resource) if resource.body.len() == 1 => {
            Ok(serializer::serialize(&resource).trim_end().to_owned())
        }
        Ok(_) => Err(FormError::Syntax {
            field: "the entry".to_owned(),
            reason: "it would become more than one entry".to_owned(),
        }),
        Err((_, errors)) => Err(blame(form, &source, &errors)),
    }
}

/// Which field made the entry fail to parse: each one alone, in the order of the form.
fn blame(form: &EntryForm, source: &str, errors: &[parser::ParserError]) -> FormError {
    let fields = form
        .value
        .iter()
        .map(|v| ("the value".to_owned(), v))
        .chain(
            form.attributes
                .iter()
                .map(|a| (format!("the attribute .{}", a.name), &a.field)),
        );
    for (name, field) in fields {
        // A choice's variants one by one, so that the form named is the one to fix.
        let parts: Vec<(String, FormField)> = match field {
            FormField::Text { .. } => vec![(name.clone(), field.clone())],
            FormField::Select { variants, .. } => variants
                .iter()
                .map(|v| {
                    (
                        format!("the “{}” form of {name}", v.key),
                        FormField::Text {
                            text: v.text.clone(),
                        },
                    )
                })
                .chain(std::iter::once((name.clone(), field.clone())))
                .collect(),
        };
        for (name, part) in parts {
            let mut alone = "x =".to_owned();
            if write_field(&mut alone, &part, 4, &name).is_ok() {
                alone.push('\n');
                if let Err((_, e)) = parser::parse(alone.as_str()) {
                    return FormError::Syntax {
                        field: name,
                        reason: reason(&alone, &e),
                    };
                }
            }
        }
    }
    FormError::Syntax {
        field: "the entry".to_owned(),
        reason: reason(source, errors),
    }
}

/// The first error in the translator's terms, naming the text near it.
fn reason(source: &str, errors: &[parser::ParserError]) -> String {
    errors
        .first()
        .map(|e| crate::syntax::explain(source, e).sentence())
        .unwrap_or_default()
}

fn write_field(
    out: &mut String,
    field: &FormField,
    indent: usize,
    name: &str,
) -> Result<(), FormError> {
    match field {
        FormField::Text { text } => {
            if text.trim().is_empty() {
                return Err(FormError::Empty(name.to_owned()));
            }
            write_pattern(out, text, indent);
        }
        FormField::Select {
            selector, variants, ..
        } => {
            if variants.is_empty() {
                return Err(FormError::Empty(name.to_owned()));
            }
            let pad = " ".repeat(indent);
            out.push_str(&format!("\n{pad}{{ {} ->", selector.trim()));
            for variant in variants {
                if variant.text.trim().is_empty() {
                    return Err(FormError::Empty(format!(
                        "the “{}” form of {name}",
                        variant.key
                    )));
                }
                let star = if variant.default { "*" } else { " " };
                out.push_str(&format!("\n{pad}  {star}[{}]", variant.key.trim()));
                write_pattern(out, &variant.text, indent + 8);
            }
            out.push_str(&format!("\n{pad}}}"));
        }
    }
    Ok(())
}

/// Appends pattern text after `=` or `[key]`: on the same line if it is one line, else
/// as an indented block.
fn write_pattern(out: &mut String, text: &str, indent: usize) {
    let text = text.trim_end();
    let lines = escape_line_starts(text);
    if lines.len() == 1 {
        out.push(' ');
        out.push_str(lines[0].trim_start());
        return;
    }
    let pad = " ".repeat(indent);
    for line in lines {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(&line);
        }
    }
}

/// The text's lines, a `[`, `*` or `.` that starts one outside a placeable written as a
/// string literal so that Fluent does not read it as a variant key or an attribute.
fn escape_line_starts(text: &str) -> Vec<String> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let line = line.trim_end_matches('\r');
        let mut out = String::with_capacity(line.len());
        let start = line.len() - line.trim_start().len();
        for (i, c) in line.char_indices() {
            if i == start && depth == 0 && matches!(c, '[' | '*' | '.') {
                out.push_str(&format!("{{ \"{c}\" }}"));
                continue;
            }
            match c {
                '"' if depth > 0 => in_string = !in_string,
                '{' if !in_string => depth += 1,
                '}' if !in_string => depth = depth.saturating_sub(1),
                _ => {}
            }
            out.push(c);
        }
        lines.push(out);
    }
    lines
}

/// The value and attributes of one entry.
#[derive(Default)]
struct Parts<'a> {
    value: Option<&'a Pattern<&'a str>>,
    attributes: Vec<(&'a str, &'a Pattern<&'a str>)>,
}

impl<'a> Parts<'a> {
    fn find(resource: &'a Resource<&'a str>, id: &str) -> Option<Self> {
        resource.body.iter().find_map(|entry| match entry {
            Entry::Message(m) if m.id.name == id => Some(Parts {
                value: m.value.as_ref(),
                attributes: attributes(&m.attributes),
            }),
            Entry::Term(t) if id.strip_prefix('-') == Some(t.id.name) => Some(Parts {
                value: Some(&t.value),
                attributes: attributes(&t.attributes),
            }),
            _ => None,
        })
    }

    fn attribute(&self, name: &str) -> Option<&'a Pattern<&'a str>> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
    }

    fn is_empty(&self) -> bool {
        self.value.is_none() && self.attributes.is_empty()
    }

    fn patterns(&self) -> impl Iterator<Item = &'a Pattern<&'a str>> + '_ {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|(_, p)| *p))
    }
}

fn attributes<'a>(list: &'a [Attribute<&'a str>]) -> Vec<(&'a str, &'a Pattern<&'a str>)> {
    list.iter().map(|a| (a.id.name, &a.value)).collect()
}

fn parse_lenient(source: &str) -> Resource<&str> {
    parser::parse(source).unwrap_or_else(|(resource, _)| resource)
}

/// The target locale's categories, cardinal and ordinal.
struct Plurals {
    cardinal: Vec<&'static str>,
    ordinal: Vec<&'static str>,
}

impl Plurals {
    fn of(locale: &str) -> Self {
        Plurals {
            cardinal: crate::plural_categories(locale).unwrap_or_else(|| vec!["other"]),
            ordinal: crate::ordinal_categories(locale).unwrap_or_else(|| vec!["other"]),
        }
    }
}

/// The field for one value or attribute: shaped like the translation, else like the
/// reference with nothing filled in.
fn field(
    reference: Option<&Pattern<&str>>,
    translation: Option<&Pattern<&str>>,
    plurals: &Plurals,
) -> FormField {
    match (translation, reference) {
        (Some(pattern), _) => shape(pattern, plurals, true),
        (None, Some(pattern)) => shape(pattern, plurals, false),
        (None, None) => FormField::Text {
            text: String::new(),
        },
    }
}

fn shape(pattern: &Pattern<&str>, plurals: &Plurals, filled: bool) -> FormField {
    let Some((before, selector, variants, after)) = single_select(pattern) else {
        return FormField::Text {
            text: if filled {
                pattern_text(pattern)
            } else {
                String::new()
            },
        };
    };
    let key = |v: &Variant<&str>| match &v.key {
        VariantKey::Identifier { name } => (*name).to_owned(),
        VariantKey::NumberLiteral { value } => (*value).to_owned(),
    };
    // Each variant as a whole sentence: the text around the choice goes into every one.
    let whole = |v: &Variant<&str>| {
        if !filled {
            return String::new();
        }
        let mut elements = before.to_vec();
        elements.extend(v.value.elements.iter().cloned());
        elements.extend(after.iter().cloned());
        pattern_text(&Pattern { elements })
    };
    let (is_number, ordinal) = number_selector(selector);
    let keys: Vec<String> = variants.iter().map(key).collect();
    let plural = is_number
        || keys
            .iter()
            .any(|k| k.parse::<f64>().is_ok() || CATEGORY_NAMES[..5].contains(&k.as_str()));
    let variable = selected_variable(selector);
    let selector = inline_text(selector);
    if !plural {
        return FormField::Select {
            selector,
            variable,
            plural,
            variants: variants
                .iter()
                .map(|v| FormVariant {
                    key: key(v),
                    text: whole(v),
                    default: v.default,
                })
                .collect(),
        };
    }
    let categories = if ordinal {
        &plurals.ordinal
    } else {
        &plurals.cardinal
    };
    let text_of = |k: &str| variants.iter().find(|v| key(v) == k).map(whole);
    // Exact numbers first (`[0]`), as written; then every category of the locale;
    // then keys the locale does not use, so that no text is dropped (the checks flag
    // them).
    let mut out: Vec<FormVariant> = keys
        .iter()
        .filter(|k| k.parse::<f64>().is_ok())
        .map(|k| FormVariant {
            key: k.clone(),
            text: text_of(k).unwrap_or_default(),
            default: false,
        })
        .collect();
    for category in categories {
        out.push(FormVariant {
            key: (*category).to_owned(),
            text: text_of(category).unwrap_or_default(),
            default: *category == "other",
        });
    }
    if filled {
        for k in &keys {
            if !out.iter().any(|v| &v.key == k) {
                out.push(FormVariant {
                    key: k.clone(),
                    text: text_of(k).unwrap_or_default(),
                    default: false,
                });
            }
        }
    }
    FormField::Select {
        selector,
        variable,
        plural,
        variants: out,
    }
}

/// The argument a selector chooses on: `$count`, or `NUMBER($count, …)`'s first.
fn selected_variable(selector: &InlineExpression<&str>) -> Option<String> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
        InlineExpression::FunctionReference { arguments, .. } => {
            match arguments.positional.first() {
                Some(InlineExpression::VariableReference { id }) => Some(id.name.to_owned()),
                _ => None,
            }
        }
        _ => None,
    }
}

type SelectParts<'p, 's> = (
    &'p [PatternElement<&'s str>],
    &'p InlineExpression<&'s str>,
    &'p [Variant<&'s str>],
    &'p [PatternElement<&'s str>],
);

/// The pattern's one choice at its top level with the elements before and after it, if
/// it has exactly one.
fn single_select<'p, 's>(pattern: &'p Pattern<&'s str>) -> Option<SelectParts<'p, 's>> {
    let is_select = |e: &PatternElement<&str>| {
        matches!(
            e,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
            }
        )
    };
    let mut selects = pattern
        .elements
        .iter()
        .enumerate()
        .filter(|(_, e)| is_select(e));
    let (at, element) = selects.next()?;
    if selects.next().is_some() {
        return None;
    }
    let PatternElement::Placeable {
        expression: Expression::Select { selector, variants },
    } = element
    else {
        return None;
    };
    Some((
        &pattern.elements[..at],
        selector,
        variants,
        &pattern.elements[at + 1..],
    ))
}

/// Whether a selector is `NUMBER(…)`, and whether an ordinal one.
fn number_selector(selector: &InlineExpression<&str>) -> (bool, bool) {
    match selector {
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => (
            true,
            arguments.named.iter().any(|n| {
                n.name.name == "type"
                    && matches!(
                        n.value,
                        InlineExpression::StringLiteral { value: "ordinal" }
                    )
            }),
        ),
        _ => (false, false),
    }
}

/// A pattern as the Fluent text a translator edits: what follows `id =`, without the
/// indentation of a block.
fn pattern_text(pattern: &Pattern<&str>) -> String {
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let serialized = serializer::serialize(&resource);
    let rest = serialized.strip_prefix("x =").unwrap_or(&serialized);
    match rest.strip_prefix(' ') {
        Some(line) => line.trim_end_matches('\n').to_owned(),
        None => rest
            .trim_matches('\n')
            .split('\n')
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// An inline expression as Fluent text (`$count`, `NUMBER($n, type: "ordinal")`).
fn inline_text(inline: &InlineExpression<&str>) -> String {
    let text = pattern_text(&Pattern {
        elements: vec![PatternElement::Placeable {
            expression: Expression::Inline(inline.clone()),
        }],
    });
    text.trim()
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .map_or(text.clone(), |t| t.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE: &str = "\
greeting = Hello, { $name }!
    .title = Greeting
reset = Open the link within { $hours ->
    [one] one hour
   *[other] { $hours } hours
} to choose a new password.
emails =
    { $count ->
        [0] No e-mails
        [one] One e-mail
       *[other] { $count } e-mails
    }
-brand = Dateline
gender = { $who ->
    [feminine] She wrote
   *[other] They wrote
}
";

    fn form(id: &str, translation: Option<&str>, locale: &str) -> EntryForm {
        entry_form(id, Some(REFERENCE), translation, locale)
    }

    fn variants(field: &Option<FormField>) -> Vec<(String, String, bool)> {
        match field {
            Some(FormField::Select { variants, .. }) => variants
                .iter()
                .map(|v| (v.key.clone(), v.text.clone(), v.default))
                .collect(),
            other => panic!("not a select: {other:?}"),
        }
    }

    #[test]
    fn a_missing_plural_asks_for_every_category_of_the_target_locale() {
        let keys = |locale: &str| -> Vec<String> {
            variants(&form("emails", None, locale).value)
                .into_iter()
                .map(|(k, text, _)| {
                    assert_eq!(text, "", "a missing translation starts empty");
                    k
                })
                .collect()
        };
        assert_eq!(keys("fr"), ["0", "one", "other"]);
        assert_eq!(
            keys("ar"),
            ["0", "zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(keys("ja"), ["0", "other"]);
        let f = form("emails", None, "fr");
        assert_eq!(
            f.arguments,
            [FormArgument {
                name: "count".into(),
                number: true
            }]
        );
        let samples: Vec<_> = f
            .plural_samples
            .iter()
            .map(|s| (s.category.as_str(), s.number.as_str()))
            .collect();
        assert_eq!(samples, [("one", "1"), ("other", "2")]);
    }

    #[test]
    fn a_variable_named_like_a_number_gets_a_number_sample() {
        let reference = "reading = { $minutes } min read\n\
                         words = { $word-count } words by { $author }\n\
                         unread = { $unreadItems } new in { $title }\n\
                         shown = { NUMBER($shown) } of { $n }\n";
        let arguments = |id: &str| -> Vec<(String, bool)> {
            entry_form(id, Some(reference), None, "fr")
                .arguments
                .into_iter()
                .map(|a| (a.name, a.number))
                .collect()
        };
        let pairs = |p: &[(&str, bool)]| -> Vec<(String, bool)> {
            p.iter().map(|(n, b)| ((*n).to_owned(), *b)).collect()
        };
        assert_eq!(arguments("reading"), pairs(&[("minutes", true)]));
        assert_eq!(
            arguments("words"),
            pairs(&[("author", false), ("word-count", true)])
        );
        assert_eq!(
            arguments("unread"),
            pairs(&[("title", false), ("unreadItems", true)])
        );
        assert_eq!(arguments("shown"), pairs(&[("n", true), ("shown", true)]));
        for text in ["name", "title", "site", "who", "minute_hand", "domain"] {
            assert!(!names_a_number(text), "{text}");
        }
    }

    #[test]
    fn a_choice_names_the_argument_it_chooses_on() {
        let variable =
            |source: &str, id: &str| match entry_form(id, Some(source), None, "en-US").value {
                Some(FormField::Select { variable, .. }) => variable,
                other => panic!("not a select: {other:?}"),
            };
        assert_eq!(variable(REFERENCE, "emails").as_deref(), Some("count"));
        let ordinal = "place = { NUMBER($place, type: \"ordinal\") ->\n    [one] { $place }st\n   *[other] { $place }th\n}\n";
        assert_eq!(variable(ordinal, "place").as_deref(), Some("place"));
        let term = "-brand = { $case ->\n   *[nominative] Dateline\n}\nx = { -brand.gender ->\n   *[other] It\n}\n";
        assert_eq!(variable(term, "x"), None);
    }

    #[test]
    fn a_choice_inside_a_sentence_becomes_whole_sentences() {
        let fr = "reset = Ouvrez le lien dans { $hours ->
    [one] l’heure
   *[other] les { $hours } heures
} pour choisir un mot de passe.
";
        let f = form("reset", Some(fr), "fr");
        assert_eq!(
            variants(&f.value),
            [
                (
                    "one".into(),
                    "Ouvrez le lien dans l’heure pour choisir un mot de passe.".into(),
                    false
                ),
                (
                    "other".into(),
                    "Ouvrez le lien dans les { $hours } heures pour choisir un mot de passe."
                        .into(),
                    true
                ),
            ]
        );
    }

    #[test]
    fn compose_writes_what_the_form_says_and_it_round_trips() {
        let mut f = form("reset", None, "de");
        let Some(FormField::Select { variants, .. }) = &mut f.value else {
            panic!("a select")
        };
        variants[0].text = "Öffnen Sie den Link innerhalb einer Stunde.".into();
        variants[1].text = "Öffnen Sie den Link innerhalb von { $hours } Stunden.".into();
        let source = compose_entry(&f).unwrap();
        assert_eq!(
            source,
            "reset =\n    { $hours ->\n        [one] Öffnen Sie den Link innerhalb einer Stunde.\n       *[other] Öffnen Sie den Link innerhalb von { $hours } Stunden.\n    }"
        );
        let again = entry_form("reset", Some(REFERENCE), Some(&source), "de");
        assert_eq!(again.value, f.value);
        assert!(
            crate::check_translation(REFERENCE, &source, "de")
                .iter()
                .all(|x| x.id.as_deref() != Some("reset"))
        );
    }

    #[test]
    fn attributes_terms_and_other_selectors_keep_their_shape() {
        let f = form("greeting", Some("greeting = Bonjour, { $name } !\n"), "fr");
        assert_eq!(
            f.value,
            Some(FormField::Text {
                text: "Bonjour, { $name } !".into()
            })
        );
        assert_eq!(f.attributes.len(), 1, "the reference's attribute is there");
        assert_eq!(
            f.attributes[0].field,
            FormField::Text {
                text: String::new()
            }
        );
        assert_eq!(
            compose_entry(&f).unwrap_err(),
            FormError::Empty("the attribute .title".into())
        );

        let term = form("-brand", Some("-brand = Dateline\n"), "fr");
        assert_eq!(compose_entry(&term).unwrap(), "-brand = Dateline");

        let gender = form("gender", None, "fr");
        assert_eq!(
            variants(&gender.value),
            [
                ("feminine".into(), String::new(), false),
                ("other".into(), String::new(), true)
            ]
        );
    }

    #[test]
    fn text_the_syntax_would_misread_is_escaped_and_broken_text_is_named() {
        let f = EntryForm {
            id: "note".into(),
            value: Some(FormField::Text {
                text: "Two lines:\n[not a key] and\n.not an attribute".into(),
            }),
            attributes: vec![],
            arguments: vec![],
            plural_samples: vec![],
        };
        let source = compose_entry(&f).unwrap();
        let again = entry_form("note", None, Some(&source), "en-US");
        assert_eq!(
            again.value,
            Some(FormField::Text {
                text: "Two lines:\n{ \"[\" }not a key] and\n{ \".\" }not an attribute".into()
            })
        );

        let broken = EntryForm {
            value: Some(FormField::Text {
                text: "Hello { $name".into(),
            }),
            ..f
        };
        match compose_entry(&broken) {
            Err(e @ FormError::Syntax { .. }) => assert_eq!(
                e.to_string(),
                "in the value, a { is not closed: add } after “{ $name”"
            ),
            other => panic!("{other:?}"),
        }
    }
}
