//! The unit tests of the translation checks, on small inline files.

use std::collections::BTreeSet;
use std::path::Path;

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
    // No variable error; only the variant's own warning (variant-lost-variable).
    assert_eq!(found(&target, "fr"), vec![("variant-lost-variable", 6, 4)]);
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
        // "Few items" without the number, unlike the reference's default variant.
        [("missing-plural", 4, 1), ("variant-lost-variable", 6, 5)]
    );
    assert!(
        findings[0].message.contains("variant [many] "),
        "{}",
        findings[0].message
    );
    let arabic = REFERENCE.replace(
        "    [one] One item\n",
        "    [one] One item\n    [two] { $count } items\n",
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
    let fr = "place = { NUMBER($n, type: \"ordinal\") ->\n    [one] {$n}er\n   *[other] {$n}e\n}\n";
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

/// One file of a locale checked with the locale's other files as context: a term of
/// `brands.ftl` resolves in `main.ftl`; what no file defines is still unknown, and
/// nothing is reported on the siblings themselves.
#[test]
fn a_file_among_its_siblings_resolves_their_terms() {
    let reference = "welcome = Welcome to { -product }\n";
    let target = "welcome = Bienvenue dans { -product }\n";
    let brands = "-product = Gazette\n";
    let unknown = |findings: Vec<Finding>| -> Vec<String> {
        findings
            .into_iter()
            .filter(|f| f.code == Code::UnknownReference)
            .map(|f| f.message)
            .collect()
    };
    // On its own, the file does not define the term.
    assert_eq!(
        unknown(check_translation(reference, target, "fr")),
        ["welcome refers to { -product }, which this file does not define"]
    );
    // Among its siblings it does; a sibling's own problems are not this file's.
    let findings = check_translation_among(reference, target, "fr", &[brands, "junk = { $"]);
    assert_eq!(findings, vec![]);
    // A term no file of the locale defines is named as such.
    let typo = "welcome = Bienvenue dans { -produit }\n";
    assert_eq!(
        unknown(check_translation_among(reference, typo, "fr", &[brands])),
        ["welcome refers to { -produit }, which no file of fr defines"]
    );
    // The reference locale, checked against itself, resolves across its own files.
    assert_eq!(
        check_translation_among(reference, reference, "en-US", &[brands]),
        vec![]
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

/// Each finding's code and the plural categories it names.
fn plural_gaps(reference: &str, target: &str, locale: &str) -> Vec<String> {
    check_translation(reference, target, locale)
        .iter()
        .map(|f| format!("{} {}", f.code, f.args.get("categories").map_or("", |c| c)))
        .collect()
}

#[test]
fn numeric_variants_cover_the_categories_the_locale_puts_them_in() {
    let hours = "hours = { $n ->\n    [1] 1 hour left\n   *[other] { $n } hours left\n}\n";
    // English `one` is 1 and nothing else: `[1]` covers it, in the reference too.
    assert_eq!(check_translation(hours, hours, "en-US"), vec![]);
    // French `one` is 0 and 1: `[1]` alone does not cover it, `[0]` and `[1]` do.
    let fr = "hours = { $n ->\n    [1] 1 heure\n   *[other] { $n } heures\n}\n";
    assert_eq!(plural_gaps(hours, fr, "fr"), ["missing-plural [one]"]);
    let fr = fr.replace("    [1] 1 heure", "    [0] aucune heure\n    [1] 1 heure");
    assert_eq!(check_translation(hours, &fr, "fr"), vec![]);
    // Russian `one` is 1, 21, 31...: no numeric keys stand for it.
    let ru = "hours = { $n ->\n    [1] 1 час\n    [21] 21 час\n    [few] { $n } часа\n    [many] { $n } часов\n   *[other] { $n } часа\n}\n";
    assert_eq!(plural_gaps(hours, ru, "ru"), ["missing-plural [one]"]);
}

#[test]
fn one_finding_per_problem() {
    // Two nested selectors lacking the same Arabic categories say the same thing about
    // the same pattern: once.
    let nested = "files = { $a ->\n    [one] { $b ->\n        [one] x\n       *[other] y\n    }\n   *[other] { $b ->\n        [one] x\n       *[other] y\n    }\n}\n";
    let findings = check_translation(nested, nested, "ar");
    let plurals: Vec<_> = findings
        .iter()
        .filter(|f| f.code == Code::MissingPlural)
        .collect();
    assert_eq!(plurals.len(), 1, "{findings:#?}");
    assert_eq!(plurals[0].args["categories"], "[zero] [two] [few] [many]");
}

/// `(code, line, column, message)` of the `variant-lost-variable` findings.
fn lost(reference: &str, target: &str, locale: &str) -> Vec<(usize, usize, String)> {
    check_translation(reference, target, locale)
        .into_iter()
        .filter(|f| f.code == Code::VariantLostVariable)
        .map(|f| (f.line, f.column, f.message))
        .collect()
}

#[test]
fn a_variant_that_lost_its_variable_is_a_warning() {
    let files = "files = { $count ->\n    [one] One file\n   *[other] { $count } files\n}\n";
    // `*[other]` lost `{ $count }`: $count is still the selector, so no
    // missing-variable, but the variant warns.
    let fr = "files = { $count ->\n    [one] Un fichier\n   *[other] Des fichiers\n}\n";
    assert_eq!(
        lost(files, fr, "fr"),
        [(
            3,
            4,
            "files [other] does not show $count, which the reference's [other] shows".to_owned()
        )]
    );
    assert_eq!(
        check_translation(files, fr, "fr")[0].severity,
        Severity::Warning
    );
    assert!(
        !check_translation(files, fr, "fr")
            .iter()
            .any(|f| f.code == Code::MissingVariable)
    );
    // A key the reference lacks compares with its default variant; `[one]` with the
    // reference's `[one]`, which shows no number.
    let pl = "files = { $count ->\n    [one] Jeden plik\n    [few] Pliki\n    [many] { $count } plików\n   *[other] { $count } pliku\n}\n";
    assert_eq!(
        lost(files, pl, "pl"),
        [(
            3,
            5,
            "files [few] does not show $count, which the reference's [other] shows".to_owned()
        )]
    );
    // A numeric variant names its number; a category the reference spells out with
    // numeric variants (`[1]` for German `one`) compares with those.
    let hours = "hours = { $n ->\n    [1] One hour\n   *[other] { $n } hours\n}\n";
    let de = "hours = { $n ->\n    [0] Keine Stunden\n    [one] Eine Stunde\n   *[other] { $n } Stunden\n}\n";
    assert_eq!(lost(hours, de, "de"), []);
    // The whole translation checked against itself has nothing to say.
    assert_eq!(lost(files, files, "en-US"), []);
}
