//! What a finding is: its stable [`Code`], its [`Severity`], where it is and the sentence
//! and parts an interface words it from. Every check of this module produces these.

use std::collections::BTreeMap;
use std::fmt;

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
    /// A variant that does not show a variable the reference's same variant (or, for a
    /// key the reference lacks, its default variant) shows, although the pattern still
    /// uses it (as its selector, say): "files selected" without the number.
    VariantLostVariable = "variant-lost-variable", Warning;
    /// A plural selector lacks a CLDR plural category of the target locale.
    MissingPlural = "missing-plural", Error;
    /// A plural variant for a category the target locale does not have: never chosen.
    UnusedPlural = "unused-plural", Warning;
    /// A value or attribute that shows nothing.
    EmptyValue = "empty-value", Error;
    /// A reference to a message, attribute or term that no file of the locale (in a folder
    /// or project check; else the file) defines.
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
    pub(crate) fn new(code: Code, (line, column): (usize, usize), message: String) -> Self {
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

    /// The finding with another severity than its code's (a project check's `partial`).
    pub(crate) fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub(crate) fn on(mut self, id: &str, attribute: Option<&str>) -> Self {
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

    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.insert(name, value.into());
        self
    }
}
