//! Numbers in messages as each language writes them: `12,345` in English, `12 345` in
//! French, `12.345` in German, `١٢٬٣٤٥` in Arabic. fluent-bundle formats numbers
//! without any locale data of its own; this plugs ICU4X's decimal formatter (CLDR data
//! compiled in) into every bundle, so the site and the desk's Rust side write numbers as
//! the desk's interface does through `Intl.NumberFormat`.
//!
//! Only plain decimals are taken over; percent and currency styles, which no message
//! uses, keep fluent-bundle's own output rather than a half-right one.

use fixed_decimal::Decimal;
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::Locale;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// A bundle's decimal formatter, made once per language and grouping choice.
pub(crate) struct Decimals(DecimalFormatter);

impl Memoizable for Decimals {
    /// Whether to group digits (a number argument's `use_grouping`).
    type Args = (bool,);
    type Error = String;

    fn construct(lang: LanguageIdentifier, (grouping,): Self::Args) -> Result<Self, String> {
        let locale: Locale = lang.to_string().parse().map_err(|e| format!("{e}"))?;
        let mut options = DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(GroupingStrategy::Never);
        }
        DecimalFormatter::try_new((&locale).into(), options)
            .map(Decimals)
            .map_err(|e| e.to_string())
    }
}

/// The bundle's formatter hook: a number in the bundle's language, or `None` to let
/// fluent-bundle write it.
pub(crate) fn format<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.options.style != FluentNumberStyle::Decimal || !number.value.is_finite() {
        return None;
    }
    let decimal = decimal(number)?;
    memoizer
        .with_try_get_threadsafe::<Decimals, _, _>((number.options.use_grouping,), |d| {
            d.0.format(&decimal).to_string()
        })
        .ok()
}

/// The number with fluent-bundle's fraction and integer digit options applied, which
/// its own text already does (`1.50` stays `1.50`).
fn decimal(number: &FluentNumber) -> Option<Decimal> {
    Decimal::try_from_str(&number.as_string()).ok()
}

#[cfg(test)]
mod tests {
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource};

    fn say(locale: &str, n: f64) -> String {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::format));
        bundle
            .add_resource(FluentResource::try_new("n = { $n }".to_owned()).unwrap())
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("n", n);
        let msg = bundle.get_message("n").unwrap();
        bundle
            .format_pattern(msg.value().unwrap(), Some(&args), &mut vec![])
            .into_owned()
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(say("en-US", 12345.0), "12,345");
        assert_eq!(say("de", 12345.0), "12.345");
        assert_eq!(say("fr", 1234.5), "1\u{202f}234,5");
        // CLDR writes Arabic with Latin digits by default, and Arabic-Indic ones in Egypt.
        assert_eq!(say("ar", 12345.0), "12,345");
        assert_eq!(say("ar-EG", 12345.0), "١٢٬٣٤٥");
        assert_eq!(say("zh-Hans", 1234567.0), "1,234,567");
        assert_eq!(say("ja", 7.0), "7");
    }
}
