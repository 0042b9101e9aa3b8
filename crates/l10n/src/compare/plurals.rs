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

fn rules_of(locale: &str, kind: PluralRuleType) -> Option<PluralRules> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    // CLDR has rules for "en" and "pt-PT", not "en-US": the full id, then the language.
    let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
    PluralRules::create(langid, kind)
        .or_else(|_| PluralRules::create(language, kind))
        .ok()
}

fn samples_of(locale: &str, kind: PluralRuleType) -> Option<Vec<(&'static str, String)>> {
    let rules = rules_of(locale, kind)?;
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

/// A locale's cardinal or ordinal rules as a plural selector is checked against them:
/// its categories, and the integers of each category that has only a few (English
/// `one`: 1; French `one`: 0 and 1), so that numeric variants such as `[1]` can stand
/// for a category, as they do when Fluent picks a variant (an exact number first).
pub(crate) struct LocalePlurals {
    pub(crate) categories: Vec<&'static str>,
    /// By category index: `Some(integers)` for a category whose integers are all below
    /// [`FINITE_BELOW`], `None` for one with infinitely many (Russian `one`: 1, 21,
    /// 31...) or none at all (French `many` within reach of a numeric key).
    finite: [Option<Vec<u32>>; 6],
}

/// CLDR's integer rules repeat every 10 or 100 numbers (or are about millions): a
/// category with an integer between this and 1000 has infinitely many.
const FINITE_BELOW: u32 = 101;

impl LocalePlurals {
    pub(crate) fn new(locale: &str, kind: PluralRuleType) -> Option<Self> {
        let categories = categories_of(locale, kind)?;
        let rules = rules_of(locale, kind)?;
        let mut members: [Vec<u32>; 6] = Default::default();
        let mut infinite = [false; 6];
        for n in (0..=1000u32).chain([1_000_000, 2_000_000]) {
            if let Ok(category) = rules.select(n) {
                let i = category_index(&category);
                if n < FINITE_BELOW {
                    members[i].push(n);
                } else {
                    infinite[i] = true;
                }
            }
        }
        let finite = std::array::from_fn(|i| {
            Some(std::mem::take(&mut members[i])).filter(|m| !infinite[i] && !m.is_empty())
        });
        Some(LocalePlurals { categories, finite })
    }

    /// Whether a selector with variant `keys` has a variant for `category`: its name, or
    /// a numeric key for every integer of it.
    pub(crate) fn covers(&self, category: &str, keys: &[&str]) -> bool {
        if keys.contains(&category) {
            return true;
        }
        let numbers: Vec<f64> = keys.iter().filter_map(|k| k.parse().ok()).collect();
        self.members(category)
            .is_some_and(|members| members.iter().all(|n| numbers.contains(&f64::from(*n))))
    }

    /// Whether `category` holds only a few integers (Arabic `two`: 2; English `one`:
    /// 1), whose variant may name them in words, as a numeric variant does.
    pub(crate) fn is_finite(&self, category: &str) -> bool {
        self.members(category).is_some()
    }

    fn members(&self, category: &str) -> Option<&Vec<u32>> {
        let index = CATEGORY_NAMES.iter().position(|c| *c == category)?;
        self.finite[index].as_ref()
    }
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
