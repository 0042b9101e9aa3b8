//! Checks a translation (a target locale's `.ftl`) against its reference (en-US), in
//! the spirit of Mozilla's compare-locales, and more: besides missing and obsolete
//! messages and attributes it compares the `$variables` each pattern uses, asks for every
//! CLDR plural category of the target locale, and refuses references to messages or terms
//! the locale does not define (its files are one bundle, as for a Fluent loader).
//!
//! Every finding has a stable [`Code`] and a [`Severity`]. Errors mean the file would show
//! something wrong or nothing at all (CI fails on them, the editor will not save to a
//! site); warnings are worth a look but break nothing. A missing message is an error, so
//! that the built-in locales stay complete (a community project checked through its
//! `l10n.toml` makes it a warning, [`check_project`]); an editor that wants to show it as
//! merely "untranslated" recognises [`Code::MissingMessage`].
//!
//! fluent-syntax keeps no spans, so entries, attributes and variant keys are located by
//! scanning the source for their lines, in order; syntax errors come with byte offsets
//! and are converted to lines and character columns.

mod bundle;
mod config;
mod entry;
mod facts;
mod filter;
mod finding;
mod folder;
mod glob;
mod parsed;
mod plurals;
mod project;
#[cfg(test)]
mod tests;
mod variants;

use std::collections::{BTreeMap, HashSet};

use intl_pluralrules::PluralRuleType;

pub use config::{ConfigError, load_config};
pub(crate) use facts::PatternFacts;
pub use filter::Filters;
pub use finding::{Code, Finding, Severity};
pub use folder::{check_folder, folder_project};
pub(crate) use plurals::CATEGORY_NAMES;
pub use plurals::{ordinal_categories, plural_categories, plural_samples};
pub use project::{FileReport, LocaleFiles, Project, check_project};

use bundle::Bundle;
use entry::check_entry;
use parsed::{Parsed, parse};
use plurals::LocalePlurals;

/// Every finding of `target`, the translation into `locale`, against `reference`: by
/// line and column of the translation, then what it lacks in the order of the
/// reference. Checking the reference against itself checks
/// what does not depend on a translation (syntax, duplicates, plurals, references).
/// The file is its own bundle: its references must resolve in it (one file of a locale
/// with others beside it is [`check_translation_among`]; a folder check resolves them
/// across the locale's files, [`check_folder`]).
pub fn check_translation(reference: &str, target: &str, locale: &str) -> Vec<Finding> {
    check_translation_among(reference, target, locale, &[])
}

/// [`check_translation`] of one file of a locale whose other `.ftl` files are
/// `siblings` (their sources, in any order): the locale's files are one bundle, as for
/// a Fluent loader and [`check_folder`], so a `{ -brand }` that `brands.ftl` defines
/// resolves in `desk.ftl`. A reference that neither the file nor a sibling defines is
/// still an `unknown-reference`. The siblings are context only: nothing is reported on
/// them, and where they define an id the file defines too, the file's entry counts.
///
/// This is what an editor of one file needs (the desk's strings editor): the file as
/// it would be saved, the others as they are on disk. When `locale` is the reference
/// locale, `target` is a reference file and `siblings` are the other reference files.
pub fn check_translation_among(
    reference: &str,
    target: &str,
    locale: &str,
    siblings: &[&str],
) -> Vec<Finding> {
    let plurals = Plurals::of(locale);
    let (reference_resource, reference_errors) = parse(reference);
    let reference = Parsed::new(reference, &reference_resource, reference_errors);
    let (target_resource, target_errors) = parse(target);
    let target = Parsed::new(target, &target_resource, target_errors);
    let sibling_resources: Vec<_> = siblings.iter().map(|s| parse(s)).collect();
    let mut bundle = Bundle::new(if siblings.is_empty() {
        "this file does not define".to_owned()
    } else {
        format!("no file of {locale} defines")
    });
    // The file first: the first definition of an id wins.
    bundle.add(&target);
    for (source, (resource, _)) in siblings.iter().zip(&sibling_resources) {
        // Syntax errors of a sibling are its own file's to report.
        bundle.add(&Parsed::new(source, resource, Vec::new()));
    }
    check_parsed(&reference, &target, locale, &plurals, &bundle)
}

/// A locale's cardinal and ordinal rules, worked out once per locale.
pub(crate) struct Plurals {
    cardinal: Option<LocalePlurals>,
    ordinal: Option<LocalePlurals>,
}

impl Plurals {
    pub(crate) fn of(locale: &str) -> Self {
        Plurals {
            cardinal: LocalePlurals::new(locale, PluralRuleType::CARDINAL),
            ordinal: LocalePlurals::new(locale, PluralRuleType::ORDINAL),
        }
    }
}

/// [`check_translation`] on files parsed already, with references resolved in `bundle`.
pub(crate) fn check_parsed(
    reference: &Parsed<'_>,
    target: &Parsed<'_>,
    locale: &str,
    plurals: &Plurals,
    bundle: &Bundle,
) -> Vec<Finding> {
    let plurals = (plurals.cardinal.as_ref(), plurals.ordinal.as_ref());
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
            target,
            bundle,
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
    // One finding per problem: nested selectors of one pattern, for example, each
    // lacking the same plural categories, say the same thing at the same place.
    let mut seen = HashSet::new();
    findings.retain(|f| seen.insert((f.in_reference, f.line, f.column, f.code, f.message.clone())));
    findings
}
