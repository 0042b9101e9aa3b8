//! What a pattern uses, as far as the checks care: variables, references, selectors
//! and their variant keys. The strings editor uses it too, to find plural selectors.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::plurals::CATEGORY_NAMES;

/// What a pattern uses, as far as the checks care.
#[derive(Default)]
pub(crate) struct PatternFacts {
    pub(crate) variables: BTreeSet<String>,
    /// `message`, `message.attr`, `-term`, `-term.attr`.
    pub(crate) references: BTreeSet<String>,
    pub(crate) selects: Vec<SelectFacts>,
    /// Variables formatted or selected on with `NUMBER()`.
    pub(crate) numbers: BTreeSet<String>,
    /// How many variants the pattern has, nested ones included.
    pub(crate) variants: usize,
    /// The variants being walked, as (select, variant) indexes: a variable shown
    /// here is shown by each of them.
    open_variants: Vec<(usize, usize)>,
    /// Walking a selector: its variable chooses, it is not shown.
    in_selector: bool,
}

pub(crate) struct SelectFacts {
    /// The selector's variable, bare or as NUMBER's first argument.
    pub(crate) variable: Option<String>,
    pub(crate) number_function: bool,
    /// `NUMBER(..., type: "ordinal")`: ordinal categories (1st, 2nd, 3rd...).
    pub(crate) ordinal: bool,
    /// Variant keys as written (identifiers and numbers), in order.
    pub(crate) keys: Vec<String>,
    /// For each key, how many variants of the pattern come before it in the source
    /// (variants of nested selectors included), to find its line.
    pub(crate) key_lines: Vec<usize>,
    /// For each variant, the variables its text shows (placeables and function
    /// arguments, nested variants' included; selectors are not shown).
    pub(crate) shown: Vec<BTreeSet<String>>,
    /// The `*[default]` variant's index.
    pub(crate) default: usize,
}

impl SelectFacts {
    /// The variant keyed `key`, else the default one: the variant Fluent shows for a
    /// key the selector lacks.
    pub(crate) fn variant_or_default(&self, key: &str) -> usize {
        self.keys
            .iter()
            .position(|k| k == key)
            .unwrap_or(self.default)
    }

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
    pub(crate) fn compared_references(&self) -> BTreeSet<&str> {
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
                let in_selector = std::mem::replace(&mut self.in_selector, true);
                self.inline(selector);
                self.in_selector = in_selector;
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
                    shown: vec![BTreeSet::new(); variants.len()],
                    default: variants.iter().position(|v| v.default).unwrap_or(0),
                });
                for (nth, variant) in variants.iter().enumerate() {
                    self.selects[index].key_lines.push(self.variants);
                    self.variants += 1;
                    self.open_variants.push((index, nth));
                    self.pattern(&variant.value);
                    self.open_variants.pop();
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
                if !self.in_selector {
                    for &(select, variant) in &self.open_variants {
                        self.selects[select].shown[variant].insert(id.name.to_owned());
                    }
                }
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
