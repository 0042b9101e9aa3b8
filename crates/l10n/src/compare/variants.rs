//! Variables per variant: a variant of the translation that no longer shows a
//! `$variable` its counterpart in the reference shows (`*[other]` lost `{ $count }`
//! while `$count` still chooses the variant). The pattern as a whole still uses the
//! variable, through its selector, so the per-pattern variable check is silent and so
//! is compare-locales; the reader sees "files selected" without the number.

use super::facts::{PatternFacts, SelectFacts};
use super::plurals::LocalePlurals;

/// One variant that lost a variable.
pub(crate) struct LostVariable<'f> {
    /// The select of the translation's pattern (its index in `PatternFacts::selects`)
    /// and the variant in it.
    pub(crate) select: usize,
    pub(crate) variant: usize,
    pub(crate) variable: &'f str,
    /// The reference's variant it was compared with: the same key, else the default.
    pub(crate) reference_key: &'f str,
}

/// Every variable a variant of `target` does not show that the reference's same
/// variant shows. Selectors are paired in order among those on the same variable
/// (the first `{ $count -> }` of the translation with the reference's first); a
/// variant the reference lacks is compared with the reference's default variant. A
/// variant that stands for a few numbers only may name them in words and is not
/// compared: a numeric one (`[0] No files`) and one for a category of the locale with
/// finitely many integers (English `[one]` "One file", Arabic `[two]` "two minutes" in
/// one word); Russian `[one]` (1, 21, 31...) must show the number.
pub(crate) fn lost_variables<'f>(
    target: &'f PatternFacts,
    reference: &'f PatternFacts,
    plurals: Option<&LocalePlurals>,
) -> Vec<LostVariable<'f>> {
    let mut lost = Vec::new();
    for (select, facts) in target.selects.iter().enumerate() {
        let same_selector = |s: &&SelectFacts| s.variable == facts.variable;
        let nth = target.selects[..select]
            .iter()
            .filter(same_selector)
            .count();
        let Some(counterpart) = reference.selects.iter().filter(same_selector).nth(nth) else {
            continue;
        };
        for (variant, key) in facts.keys.iter().enumerate() {
            let names_its_numbers = key.parse::<f64>().is_ok()
                || (!facts.ordinal && plurals.is_some_and(|p| p.is_finite(key)));
            if names_its_numbers {
                continue;
            }
            let theirs = counterpart.variant_or_default(key);
            for variable in counterpart.shown[theirs].difference(&facts.shown[variant]) {
                lost.push(LostVariable {
                    select,
                    variant,
                    variable,
                    reference_key: &counterpart.keys[theirs],
                });
            }
        }
    }
    lost
}
