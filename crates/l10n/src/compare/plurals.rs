//! CLDR plural categories of a locale, from intl_pluralrules (the rules fluent-bundle
//! uses): which categories a plural selector must cover, and a sample number of each.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The CLDR cardinal plural categories of `locale`, in CLDR order (zero, one, two, few,
/// many, other); `None` for a locale intl_pluralrules does not know.
pub fn plural_categories(locale: &str) -> Option<Vec<&'static str>> {
    categories_of(locale, PluralRuleType::CARDINAL)
}

/// The CLDR ordinal categories of `locale` (for `NUMBER($n, type: "ordinal")`), as
/// [`plural_categories`].
pub fn ordinal_categories(locale: &str) -> Option<Vec<&'static str>> {
    categories_of(locale, PluralRuleType::ORDINAL)
}

fn categories_of(locale: &str, kind: PluralRuleType) -> Option<Vec<&'static str>> {
    Some(
        samples_of(locale, kind)?
            .into_iter()
            .map(|(c, _)| c)
            .collect(),
    )
}

/// One number of each CLDR cardinal category of `locale` (the smallest integer, else a
/// decimal), in CLDR order: sample arguments for previewing a plural.
pub fn plural_samples(locale: &str) -> Option<Vec<(&'static str, String)>> {
    samples_of(locale, PluralRuleType::CARDINAL)
}

fn samples_of(locale: &str, kind: PluralRuleType) -> Option<Vec<(&'static str, String)>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    // CLDR has rules for "en" and "pt-PT", not "en-US": the full id, then the language.
    let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
    let rules = PluralRules::create(langid, kind)
        .or_else(|_| PluralRules::create(language, kind))
        .ok()?;
    // intl_pluralrules has no list of a locale's categories: probe it with numbers that
    // reach every CLDR rule (integers, the millions of "many", and decimals).
    let mut found: [Option<String>; 6] = Default::default();
    // From 1 up, then 0: the first sample of a category is its most telling one (1 for
    // French `one`, which 0 is too).
    let integers = (1..=1000u32)
        .chain([0, 1_000_000, 2_000_000])
        .map(|n| n.to_string());
    let decimals = [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "10.5", "100.5",
    ];
    for sample in integers.chain(decimals.iter().map(|s| s.to_string())) {
        if let Ok(category) = rules.select(sample.as_str()) {
            found[category_index(&category)].get_or_insert(sample);
        }
    }
    Some(
        CATEGORY_NAMES
            .iter()
            .zip(found)
            .filter_map(|(name, f)| Some((*name, f?)))
            .collect(),
    )
}

pub(crate) const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

pub(crate) fn category_index(category: &PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}
