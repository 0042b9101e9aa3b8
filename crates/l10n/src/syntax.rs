//! What a Fluent syntax error means to a translator. fluent-syntax words its errors for
//! the parser's authors ("Expected a token starting with \"}\""); [`explain`] names the
//! problem as the translator made it ([`SyntaxProblem`], a stable key the desk words in
//! every language as `string-syntax-<key>`) and the part of the text near it, and
//! [`Explained::sentence`] says it in English (for `ftl-check`, logs and the desk's
//! refusals).

use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::compare::Code;

macro_rules! problems {
    ($($variant:ident = $key:literal),* $(,)?) => {
        /// A kind of syntax error, as a translator would make it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum SyntaxProblem {
            $($variant),*
        }

        impl SyntaxProblem {
            pub const ALL: &[SyntaxProblem] = &[$(SyntaxProblem::$variant),*];

            /// The stable key (`string-syntax-<key>` in desk.ftl).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(SyntaxProblem::$variant => $key),*
                }
            }
        }
    };
}

problems! {
    UnclosedPlaceable = "unclosed-placeable",
    UnclosedChoice = "unclosed-choice",
    StrayBrace = "stray-brace",
    BadVariable = "bad-variable",
    UnclosedString = "unclosed-string",
    LineStart = "line-start",
    EntryStart = "entry-start",
    MissingEquals = "missing-equals",
    BadPlaceable = "bad-placeable",
    NoText = "no-text",
    VariantLine = "variant-line",
    BadVariantKey = "bad-variant-key",
    BadEscape = "bad-escape",
    BadSelector = "bad-selector",
    FunctionCall = "function-call",
    MissingDefaultVariant = "missing-default-variant",
    MultipleDefaultVariants = "multiple-default-variants",
    Other = "other",
}

impl SyntaxProblem {
    /// The check code a finding of this problem has: the default-variant problems have
    /// codes (and words) of their own, every other one is `syntax`.
    pub fn code(self) -> Code {
        match self {
            SyntaxProblem::MissingDefaultVariant => Code::MissingDefaultVariant,
            SyntaxProblem::MultipleDefaultVariants => Code::MultipleDefaultVariants,
            _ => Code::Syntax,
        }
    }
}

/// A syntax error in the translator's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    pub problem: SyntaxProblem,
    /// The text near the problem, as typed (one line, at most about 40 characters).
    pub near: String,
    /// Byte offset in the source where it is.
    pub at: usize,
}

impl Explained {
    /// The problem as a plain English sentence, naming the text near it.
    pub fn sentence(&self) -> String {
        let near = &self.near;
        match self.problem {
            SyntaxProblem::UnclosedPlaceable => {
                format!("a {{ is not closed: add }} after “{near}”")
            }
            SyntaxProblem::UnclosedChoice => format!(
                "the variants of “{near}” are not closed: add }} on a line of its own after the last \
                 one"
            ),
            SyntaxProblem::StrayBrace => format!(
                "the }} in “{near}” closes nothing: remove it, or add the {{ it should close"
            ),
            SyntaxProblem::BadVariable => format!(
                "a variable is $ followed at once by its name, which starts with a letter, like \
                 {{ $minutes }}: check “{near}”"
            ),
            SyntaxProblem::UnclosedString => {
                format!("the quoted text “{near}” is not closed: add \" before the end of the line")
            }
            SyntaxProblem::LineStart => format!(
                "a line of text cannot start with [, * or . here: “{near}”. Join it to the line \
                 before, or write the character as {{ \"[\" }}"
            ),
            SyntaxProblem::EntryStart => format!(
                "“{near}” is not part of any message: a message starts at the beginning of a line \
                 with its id and =, and its other lines are indented"
            ),
            SyntaxProblem::MissingEquals => format!(
                "a message starts with its id, one word (letters, digits, - and _), then =: check \
                 “{near}”"
            ),
            SyntaxProblem::BadPlaceable => format!(
                "inside {{ }} goes a variable (like {{ $name }}), a message, a term or a quoted text: \
                 check “{near}”"
            ),
            SyntaxProblem::NoText => format!("“{near}” has no text after ="),
            SyntaxProblem::VariantLine => format!(
                "after ->, each variant goes on a line of its own: start a new line before “{near}”"
            ),
            SyntaxProblem::BadVariantKey => format!(
                "a variant’s key is one word or number between [ and ], like [one] or [other]: \
                 check “{near}”"
            ),
            SyntaxProblem::BadEscape => format!(
                "in quoted text, \\ can only be followed by \", \\ or a character code like \
                 \\u00A0: check “{near}”"
            ),
            SyntaxProblem::BadSelector => format!(
                "a selector (before ->) can only be a variable, a number or a function like \
                 NUMBER($count): check “{near}”"
            ),
            SyntaxProblem::FunctionCall => format!(
                "check the function in “{near}”: its name in capitals, then its arguments in ( ), \
                 unnamed ones first, each named one once, with a number or a quoted text"
            ),
            SyntaxProblem::MissingDefaultVariant => format!(
                "the selector “{near}” has no default variant: mark one with *, like *[other]"
            ),
            SyntaxProblem::MultipleDefaultVariants => {
                format!("the selector “{near}” has more than one default variant: keep one *")
            }
            SyntaxProblem::Other => format!("this is not valid Fluent near “{near}”"),
        }
    }
}

/// The first of `errors` (from parsing `source`) as an English sentence with where it
/// is: "a { is not closed: add } after “{ $minutes” (line 1, column 22)".
pub fn describe(source: &str, errors: &[ParserError]) -> String {
    let Some(error) = errors.first() else {
        return String::new();
    };
    let explained = explain(source, error);
    let start = source[..explained.at].rfind('\n').map_or(0, |i| i + 1);
    let line = source[..start].matches('\n').count() + 1;
    let column = source[start..explained.at].chars().count() + 1;
    format!("{} (line {line}, column {column})", explained.sentence())
}

/// What `error`, from parsing `source`, means to a translator.
pub fn explain(source: &str, error: &ParserError) -> Explained {
    let at = floor(source, error.pos.start.min(source.len()));
    let before = &source[..at];
    let previous = before.trim_end_matches([' ', '\t']).chars().next_back();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = line_of(source, at);
    let (problem, near) = match &error.kind {
        ErrorKind::ExpectedToken('}') => match open_brace(source, at) {
            Some(open) if source[open..at].contains("->") => {
                (SyntaxProblem::UnclosedChoice, choice_head(source, open))
            }
            Some(open) => (
                SyntaxProblem::UnclosedPlaceable,
                first_line(source[open..at].trim_end()),
            ),
            None => (SyntaxProblem::Other, excerpt(source, at)),
        },
        ErrorKind::UnbalancedClosingBrace => (SyntaxProblem::StrayBrace, excerpt_to(source, at)),
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => {
            (SyntaxProblem::VariantLine, excerpt_from(source, at))
        }
        ErrorKind::ExpectedCharRange { .. } if previous == Some('$') => {
            (SyntaxProblem::BadVariable, placeable_around(source, at))
        }
        ErrorKind::ExpectedCharRange { .. } if previous == Some('[') => {
            (SyntaxProblem::BadVariantKey, excerpt(source, at))
        }
        ErrorKind::ExpectedCharRange { .. } if at == line_start => {
            if line.trim_start().starts_with(['[', '*', '.']) {
                (SyntaxProblem::LineStart, first_line(line.trim()))
            } else {
                (SyntaxProblem::EntryStart, first_line(line.trim()))
            }
        }
        ErrorKind::ExpectedToken('=') => (SyntaxProblem::MissingEquals, first_line(line.trim())),
        ErrorKind::ExpectedToken(']') => (SyntaxProblem::BadVariantKey, excerpt(source, at)),
        ErrorKind::UnterminatedStringLiteral => {
            let quote = before.rfind('"').unwrap_or(at);
            (
                SyntaxProblem::UnclosedString,
                first_line(source[quote..at].trim_end()),
            )
        }
        ErrorKind::ExpectedInlineExpression => {
            (SyntaxProblem::BadPlaceable, placeable_around(source, at))
        }
        ErrorKind::ExpectedMessageField { entry_id }
        | ErrorKind::ExpectedTermField { entry_id } => (SyntaxProblem::NoText, entry_id.clone()),
        ErrorKind::UnknownEscapeSequence(_) | ErrorKind::InvalidUnicodeEscapeSequence(_) => {
            (SyntaxProblem::BadEscape, excerpt(source, at))
        }
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::ExpectedSimpleExpressionAsSelector => {
            (SyntaxProblem::BadSelector, placeable_around(source, at))
        }
        ErrorKind::ForbiddenCallee
        | ErrorKind::PositionalArgumentFollowsNamed
        | ErrorKind::DuplicatedNamedArgument(_)
        | ErrorKind::ExpectedLiteral => (SyntaxProblem::FunctionCall, placeable_around(source, at)),
        ErrorKind::MissingDefaultVariant | ErrorKind::MultipleDefaultVariants => {
            let problem = if error.kind == ErrorKind::MissingDefaultVariant {
                SyntaxProblem::MissingDefaultVariant
            } else {
                SyntaxProblem::MultipleDefaultVariants
            };
            let near = match open_brace(source, at) {
                Some(open) => choice_head(source, open),
                None => excerpt(source, at),
            };
            (problem, near)
        }
        _ => (SyntaxProblem::Other, excerpt(source, at)),
    };
    Explained { problem, near, at }
}

/// The nearest char boundary at or before `i`.
fn floor(source: &str, mut i: usize) -> usize {
    while !source.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the text of the line holding `at` starts: after `id =` on an entry's first line.
fn text_start(source: &str, at: usize) -> usize {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &source[start..at];
    match line.find('=') {
        Some(i) if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') => {
            let id = line[..i].trim_end();
            let bare = id.strip_prefix('-').unwrap_or(id);
            if !bare.is_empty()
                && bare
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                start + i + 1
            } else {
                start
            }
        }
        _ => start,
    }
}

fn line_of(source: &str, at: usize) -> &str {
    let start = text_start(source, at);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    &source[start..end]
}

const WIDTH: usize = 40;

/// At most [`WIDTH`] characters of one line, cut with … where cut.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim_end();
    if line.chars().count() <= WIDTH {
        line.to_owned()
    } else {
        format!("{}…", line.chars().take(WIDTH).collect::<String>())
    }
}

/// The line around `at`: some text before and after it.
fn excerpt(source: &str, at: usize) -> String {
    let line = line_of(source, at);
    let start = text_start(source, at);
    let offset = at - start;
    let before: String = {
        let b: Vec<char> = line[..offset].chars().collect();
        let keep = b.len().saturating_sub(WIDTH / 2);
        let text: String = b[keep..].iter().collect();
        if keep > 0 {
            format!("…{}", text.trim_start())
        } else {
            text.trim_start().to_owned()
        }
    };
    let after: String = {
        let a: Vec<char> = line[offset..].chars().collect();
        let text: String = a.iter().take(WIDTH / 2).collect();
        if a.len() > WIDTH / 2 {
            format!("{text}…")
        } else {
            text.trim_end().to_owned()
        }
    };
    let text = format!("{before}{after}");
    if text.trim().is_empty() {
        first_line(line.trim())
    } else {
        text
    }
}

/// The line up to and including the character at `at`.
fn excerpt_to(source: &str, at: usize) -> String {
    let end = source[at..]
        .chars()
        .next()
        .map_or(at, |c| at + c.len_utf8());
    let start = text_start(source, at);
    let chars: Vec<char> = source[start..end].trim_start().chars().collect();
    let keep = chars.len().saturating_sub(WIDTH);
    let text: String = chars[keep..].iter().collect();
    if keep > 0 { format!("…{text}") } else { text }
}

/// The line from `at` on.
fn excerpt_from(source: &str, at: usize) -> String {
    first_line(source[at..].trim_start())
}

/// The `{` that the text before `at` leaves open, outside quoted text.
fn open_brace(source: &str, at: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut quoted = false;
    for (i, c) in source[..at].char_indices() {
        match c {
            '"' if !open.is_empty() => quoted = !quoted,
            '\n' => quoted = false,
            '{' if !quoted => open.push(i),
            '}' if !quoted => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// A choice's first line, `{ $count ->`.
fn choice_head(source: &str, open: usize) -> String {
    let rest = &source[open..];
    match rest.find("->") {
        Some(i) if !rest[..i].contains('\n') => first_line(&rest[..i + 2]),
        _ => first_line(rest),
    }
}

/// The placeable around `at` on its line, from its `{` to its `}` when both are there.
fn placeable_around(source: &str, at: usize) -> String {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    match (
        source[line_start..at].rfind('{'),
        source[at..line_end].find('}'),
    ) {
        (Some(open), Some(close)) => first_line(&source[line_start + open..at + close + 1]),
        (Some(open), None) => first_line(source[line_start + open..line_end].trim_end()),
        _ => excerpt(source, at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The problem and the text near it for the first error of `source`.
    fn explained(source: &str) -> (SyntaxProblem, String) {
        let errors = match fluent_syntax::parser::parse(source) {
            Ok(_) => panic!("{source:?} parses"),
            Err((_, errors)) => errors,
        };
        let e = explain(source, &errors[0]);
        (e.problem, e.near)
    }

    #[test]
    fn what_translators_type_is_named_in_their_terms() {
        use SyntaxProblem::*;
        let cases: &[(&str, SyntaxProblem, &str)] = &[
            (
                "reading = { $minutes min read\n",
                UnclosedPlaceable,
                "{ $minutes",
            ),
            (
                "reading = { $minutes ->\n    [one] one minute\n    [other] { $minutes } minutes\n}\n",
                MissingDefaultVariant,
                "{ $minutes ->",
            ),
            (
                "reading = { $minutes ->\n   *[one] one\n   *[other] many\n}\n",
                MultipleDefaultVariants,
                "{ $minutes ->",
            ),
            (
                "reading = { $minutes ->\n   [one] one\n  *[other] many\n",
                UnclosedChoice,
                "{ $minutes ->",
            ),
            (
                "reading = { $minutes } min read }\n",
                StrayBrace,
                "{ $minutes } min read }",
            ),
            ("reading = {$ minutes} min\n", BadVariable, "{$ minutes}"),
            ("reading = { $1 } min\n", BadVariable, "{ $1 }"),
            (
                "reading = { $minutes } min { \"read\n",
                UnclosedString,
                "\"read",
            ),
            (
                "reading = Lecture\n[en ligne] ici\n",
                LineStart,
                "[en ligne] ici",
            ),
            ("reading = Lecture\n    .title\n", LineStart, ".title"),
            ("reading time = x\n", MissingEquals, "reading time = x"),
            ("reading = { }\n", BadPlaceable, "{ }"),
            ("reading =\n", NoText, "reading"),
            (
                "reading = { $n -> [one] a *[other] b }\n",
                VariantLine,
                "[one] a *[other] b }",
            ),
            (
                "reading = { $n ->\n *[one two] a\n}\n",
                BadVariantKey,
                "*[one two] a",
            ),
            ("reading = { \"\\q\" }\n", BadEscape, "{ \"\\q\" }"),
            (
                "reading = { NUMBER($n, style: \"a\", style: \"b\") }\n",
                FunctionCall,
                "{ NUMBER($n, style: \"a\", style: \"b\") }",
            ),
            (
                "reading = { other ->\n *[a] b\n}\n",
                BadSelector,
                "{ other ->",
            ),
        ];
        for (source, problem, near) in cases {
            assert_eq!(
                explained(source),
                (*problem, (*near).to_owned()),
                "{source:?}"
            );
        }
    }

    #[test]
    fn the_sentences_say_where_and_never_quote_the_parser() {
        let source = "reading = { $minutes min read\n";
        let Err((_, errors)) = fluent_syntax::parser::parse(source) else {
            panic!("parses");
        };
        let sentence = explain(source, &errors[0]).sentence();
        assert_eq!(sentence, "a { is not closed: add } after “{ $minutes”");
        for problem in SyntaxProblem::ALL {
            let text = Explained {
                problem: *problem,
                near: "NEAR".into(),
                at: 0,
            }
            .sentence();
            assert!(text.contains("NEAR"), "{problem:?}: {text}");
            assert!(!text.contains("Expected"), "{problem:?}: {text}");
        }
    }
}
