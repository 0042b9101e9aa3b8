//! Pseudo-locales: the reference strings made strange on purpose, so that a string that
//! escaped localisation (hard-coded in the interface) or a layout that breaks with longer
//! or right-to-left text shows at a glance. Two, as Firefox has: accented (`en-XA`,
//! "[Ŧħḗḗ ƒḗḗřřẏ]", longer and bracketed) and mirrored right to left (`ar-XB`).
//!
//! The text of every message, attribute and variant goes through `fluent-pseudo`;
//! placeables (`{ $count }`, selectors, references) are left alone, so the pseudo
//! strings format like the real ones.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::{Domain, REFERENCE_LOCALE, builtin_source};

/// A pseudo-locale and how its text is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    /// `en-XA`: accented, about a third longer, in brackets.
    Accented,
    /// `ar-XB`: letters mirrored, laid out right to left.
    Bidi,
}

impl Pseudo {
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    pub fn locale(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Bidi => "ar-XB",
        }
    }

    pub fn from_locale(locale: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.locale() == locale)
    }

    fn transform(self, text: &str) -> String {
        // `transform_dom` leaves markup and entities alone, as the desk's strings may
        // hold a few.
        match self {
            Pseudo::Accented => fluent_pseudo::transform_dom(text, false, true, false),
            Pseudo::Bidi => fluent_pseudo::transform_dom(text, true, false, false),
        }
        .into_owned()
    }
}

/// The reference .ftl of `domain` with every text made pseudo.
pub fn pseudo_source(domain: Domain, pseudo: Pseudo) -> String {
    let source = builtin_source(domain, REFERENCE_LOCALE).unwrap_or_default();
    // The built-in reference parses (a test of the catalog says so); should it ever not,
    // the entries that parse are still worth showing.
    let mut resource = match parser::parse(source.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(p) = value {
            pseudo_pattern(p, pseudo);
            bracket(p, pseudo);
        }
        for a in attributes {
            pseudo_pattern(&mut a.value, pseudo);
            bracket(&mut a.value, pseudo);
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// The accented pseudo-locale puts each whole string in brackets, so a string cut short
/// by the layout shows its missing end.
fn bracket(pattern: &mut Pattern<String>, pseudo: Pseudo) {
    if pseudo != Pseudo::Accented {
        return;
    }
    // As string literals, `{ "[" }`: a line of text may not start with `[` in Fluent
    // (it would read as a variant key), and a pattern may start on its own line.
    let literal = |value: &str| PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral {
            value: value.to_owned(),
        }),
    };
    pattern.elements.insert(0, literal("["));
    pattern.elements.push(literal("]"));
}

fn pseudo_pattern(pattern: &mut Pattern<String>, pseudo: Pseudo) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = pseudo.transform(value),
            PatternElement::Placeable { expression } => pseudo_expression(expression, pseudo),
        }
    }
}

fn pseudo_expression(expression: &mut Expression<String>, pseudo: Pseudo) {
    match expression {
        Expression::Select { variants, .. } => {
            for v in variants {
                pseudo_pattern(&mut v.value, pseudo);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            pseudo_expression(expression, pseudo)
        }
        // Variables, references, numbers and literal strings stay as they are.
        Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Localizer;

    #[test]
    fn pseudo_strings_keep_their_placeables_and_change_their_text() {
        for pseudo in Pseudo::ALL {
            let source = pseudo_source(Domain::Desk, pseudo);
            let parsed = parser::parse(source.clone());
            assert!(
                parsed.is_ok(),
                "{pseudo:?}: {:?}",
                parsed.err().map(|(_, errors)| errors)
            );
            let reference = builtin_source(Domain::Desk, REFERENCE_LOCALE).unwrap();
            // Same entries, in the same order.
            let ids = |s: &str| -> Vec<String> {
                s.lines()
                    .filter(|l| {
                        l.chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
                    })
                    .filter_map(|l| l.split(" =").next().map(str::to_owned))
                    .collect()
            };
            assert_eq!(ids(&source), ids(reference), "{pseudo:?}");
            assert_ne!(source, reference);
        }
        let accented = pseudo_source(Domain::Desk, Pseudo::Accented);
        let line = accented
            .lines()
            .find(|l| l.starts_with("publish-button ="))
            .unwrap();
        assert!(!line.contains("Publish"), "{line}");
        assert!(line.contains('[') && line.contains(']'), "{line}");
    }

    #[test]
    fn pseudo_strings_format_with_their_arguments() {
        let strings = Localizer::builtin(Domain::Desk).unwrap();
        let mut args = crate::FluentArgs::new();
        args.set("title", "Harbour lights");
        let real = strings.format(REFERENCE_LOCALE, "toast-published", Some(&args));
        assert!(real.contains("Harbour lights"));
        let source = pseudo_source(Domain::Desk, Pseudo::Accented);
        let resource = fluent_bundle::FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["en-XA".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let message = bundle.get_message("toast-published").unwrap();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(
            text.contains("Harbour lights"),
            "the argument is kept: {text}"
        );
        assert_ne!(text, real);
    }
}
