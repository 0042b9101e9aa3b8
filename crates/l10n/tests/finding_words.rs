//! The desk words every string-check finding itself, from desk.ftl's
//! `string-check-<code>` messages filled with the finding's `args`. These tests make
//! the checker produce every code and format each finding with every built-in locale's
//! words: a message naming a variable the checker does not fill, or a code without
//! words, fails here rather than showing a translator `{$variable}`.

use std::collections::BTreeSet;

use dateline_l10n::{
    Code, Domain, Finding, SyntaxProblem, builtin_locales, builtin_source, check_folder,
    check_translation,
};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

const REFERENCE: &str = "\
-brand = Dateline
hello = Hello { -brand }
count = { $count ->
    [one] One article
   *[other] { $count } articles
}
button = Save
    .title = Save the article
only-attrs =
    .label = Label
see-also = See { hello }
greet = Hi { $name }
";

/// Damaged translations (French, Russian for plural categories) and what each should find.
fn damaged() -> Vec<Finding> {
    let cases: [(&str, &str); 8] = [
        // Syntax, and a selector without a default.
        ("fr", "hello = Bonjour { -brand }\nbroken = { $oops\n"),
        (
            "fr",
            "count = { $count ->\n    [one] Un\n    [other] { $count }\n}\n",
        ),
        (
            "fr",
            "count = { $count ->\n   *[one] Un\n   *[other] { $count }\n}\n",
        ),
        // Duplicates, obsolete and missing things.
        (
            "fr",
            "-marque = Dateline\nhello = Bonjour { -brand }\nhello = Salut\nbutton = Enregistrer\n    .title = A\n    .title = B\n    .extra = C\nextra = Rien\nonly-attrs = Valeur\n",
        ),
        // Variables, references and empty values.
        (
            "fr",
            "-brand = Dateline\nhello = Bonjour { $name }\nsee-also = Voir { nope }\nbutton = { \"\" }\n    .title = Enregistrer\n",
        ),
        // Plurals: Russian needs one, few, many; `two` is not one of its categories.
        (
            "ru",
            "count = { $count ->\n    [one] { $count } статья\n    [two] две\n    [two] две\n   *[other] { $count } статей\n}\n",
        ),
        // A missing value, and the reference lacking a reference.
        (
            "fr",
            "button =\n    .title = Enregistrer\nsee-also = Voir { -brand }\n",
        ),
        ("fr", "see-also = Voir\ngreet = Salut\n"),
    ];
    cases
        .iter()
        .flat_map(|(locale, target)| check_translation(REFERENCE, target, locale))
        .collect()
}

/// The folder checks: a locale without the reference's file, and with one of its own.
fn folder_findings() -> Vec<Finding> {
    // One folder per call: the tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!(
        "dateline-finding-words-{}-{call}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("en-US")).unwrap();
    std::fs::create_dir_all(root.join("fr")).unwrap();
    std::fs::write(root.join("en-US/main.ftl"), "a = A\n").unwrap();
    std::fs::write(root.join("fr/other.ftl"), "a = A\n").unwrap();
    let reports = check_folder(&root, "en-US").unwrap();
    std::fs::remove_dir_all(&root).unwrap();
    reports.into_iter().flat_map(|r| r.findings).collect()
}

fn all_findings() -> Vec<Finding> {
    let mut findings = damaged();
    findings.extend(folder_findings());
    findings
}

#[test]
fn the_damaged_files_produce_every_code() {
    let found: BTreeSet<Code> = all_findings().iter().map(|f| f.code).collect();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !found.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "no finding of {missing:?}");
}

/// The desk's built-in words of `locale`, formatted as the interface does.
fn desk_bundle(locale: &str) -> FluentBundle<FluentResource> {
    let source = builtin_source(Domain::Desk, locale).unwrap();
    let resource = FluentResource::try_new(source.to_owned()).expect("desk.ftl parses");
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap();
    bundle
}

#[test]
fn every_finding_is_worded_in_every_desk_locale() {
    let findings = all_findings();
    for locale in builtin_locales(Domain::Desk) {
        let bundle = desk_bundle(locale);
        for finding in &findings {
            let id = format!("string-check-{}", finding.code);
            let message = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .unwrap_or_else(|| panic!("{locale} has no {id}"));
            let mut args = FluentArgs::new();
            for (name, value) in &finding.args {
                args.set(*name, value.as_str());
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message, Some(&args), &mut errors);
            assert!(
                errors.is_empty(),
                "{locale} {id} with {:?}: {errors:?}",
                finding.args
            );
            // What the finding is about is shown, where it is about something.
            for shown in ["what", "variable", "reference", "key", "categories", "file"] {
                if let Some(value) = finding.args.get(shown) {
                    assert!(
                        text.contains(value.as_str()),
                        "{locale} {id} hides {shown}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_desk_error_code_is_worded_in_every_desk_locale() {
    // The codes as the desk names them; the desk crate's own test keeps this list whole
    // (it generates the UI's DESK_ERROR_CODES from the enum).
    let codes = [
        "not-found",
        "invalid",
        "storage",
        "keyring",
        "no-site",
        "unauthorized",
        "forbidden",
        "site-rejected",
        "network",
        "conflict",
        "disk-full",
        "read-only",
        "locked",
        "damaged",
    ];
    for locale in builtin_locales(Domain::Desk) {
        let source = builtin_source(Domain::Desk, locale).unwrap();
        for code in codes {
            let id = format!("desk-error-{code}");
            assert!(
                source.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{locale} has no {id}"
            );
        }
    }
}

/// Broken entries as translators type them, one of each syntax problem.
const BROKEN: &[&str] = &[
    "greet = Salut { $name\n",
    "count = { $count ->\n    [one] Un\n   *[other] { $count }\n",
    "greet = Salut { $name } }\n",
    "greet = Salut {$ name}\n",
    "greet = Salut { $name } { \"!\n",
    "greet = Salut\n[mon ami] { $name }\n",
    "greet = Salut\n1 { $name }\n",
    "greet salut = { $name }\n",
    "greet = Salut { }\n",
    "greet =\n",
    "count = { $count -> [one] Un *[other] Des }\n",
    "count = { $count ->\n   *[un deux] Un\n}\n",
    "greet = Salut { \"\\q\" }\n",
    "count = { hello ->\n   *[other] Des\n}\n",
    "count = { NUMBER($count, style: \"a\", style: \"b\") }\n",
    "count = { $count ->\n    [one] Un\n    [other] Des\n}\n",
    "count = { $count ->\n   *[one] Un\n   *[other] Des\n}\n",
    "greet = Salut { -brand.gender }\n",
];

fn syntax_findings() -> Vec<Finding> {
    BROKEN
        .iter()
        .flat_map(|target| check_translation(REFERENCE, target, "fr"))
        .filter(|f| f.args.contains_key("problem"))
        .collect()
}

#[test]
fn broken_text_produces_every_syntax_problem_in_plain_words() {
    let findings = syntax_findings();
    // One finding per broken entry, in the order of SyntaxProblem::ALL.
    let problems: Vec<&str> = findings
        .iter()
        .map(|f| f.args["problem"].as_str())
        .collect();
    let all: Vec<&str> = SyntaxProblem::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(problems, all);
    let found: BTreeSet<&str> = findings
        .iter()
        .map(|f| f.args["problem"].as_str())
        .collect();
    let missing: Vec<&str> = SyntaxProblem::ALL
        .iter()
        .map(|p| p.as_str())
        .filter(|p| !found.contains(p))
        .collect();
    assert!(missing.is_empty(), "no finding of {missing:?}");
    for f in &findings {
        assert!(!f.message.contains("Expected"), "{}", f.message);
        assert!(f.message.contains(&f.args["near"]), "{}", f.message);
    }
}

#[test]
fn every_syntax_problem_is_worded_in_every_desk_locale() {
    let findings = syntax_findings();
    for locale in builtin_locales(Domain::Desk) {
        let bundle = desk_bundle(locale);
        // Those with codes of their own are worded by their code (tested above).
        for problem in SyntaxProblem::ALL
            .iter()
            .filter(|p| p.code() == Code::Syntax)
        {
            let id = format!("string-syntax-{}", problem.as_str());
            let message = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .unwrap_or_else(|| panic!("{locale} has no {id}"));
            for finding in findings
                .iter()
                .filter(|f| f.args["problem"] == problem.as_str())
            {
                let mut args = FluentArgs::new();
                for (name, value) in &finding.args {
                    args.set(*name, value.as_str());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(message, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                assert!(
                    text.contains(finding.args["near"].as_str()),
                    "{locale} {id} hides where: {text}"
                );
            }
        }
    }
}
