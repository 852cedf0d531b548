//! Numbers and money in the locale's own form, without code per language.
//!
//! fluent-rs's `NUMBER()` ignores most of its options, so redflag gives every bundle two
//! functions of its own:
//!
//! - `{ GROUPED($n) }` writes `1,500` (en), `1.500` (de), `1500` but `12 300` (pl, es):
//!   digits, separators and CLDR's minimum grouping digits come from ICU4X's decimal
//!   formatter for the locale's language;
//! - `{ MONEY($amount) }` puts that number into the locale's money pattern, from its
//!   `ui.ftl`: `${ $amount }` (en) or `{ $amount }{ "\u00A0" }$` (de), as
//!
//! ```ftl
//! number-money = ${ $amount }
//! ```
//!
//! Variables stay numbers, so `{ $n -> [one] … *[other] … }` still selects by plural rules;
//! the functions only change how a number is shown. A locale without a money pattern takes
//! it from the next language in its fallback chain (in the end, English).

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

/// The id of the money pattern's message.
pub const MONEY_ID: &str = "number-money";

/// How one locale writes numbers and money.
#[derive(Debug, Clone)]
pub struct NumberRules {
    formatter: Arc<DecimalFormatter>,
    /// The money pattern, split around the amount.
    pub money_before: String,
    pub money_after: String,
}

impl Default for NumberRules {
    fn default() -> Self {
        NumberRules::of(crate::i18n::SOURCE, "$".into(), String::new())
    }
}

impl NumberRules {
    /// The rules of language `lang` (CLDR's, through ICU4X; English's for a tag it cannot
    /// read), with a money pattern.
    pub fn of(lang: &str, money_before: String, money_after: String) -> NumberRules {
        NumberRules {
            formatter: shared_formatter(lang),
            money_before,
            money_after,
        }
    }
}

/// The formatter of a language, made once per language and process (every localizer asks).
fn shared_formatter(lang: &str) -> Arc<DecimalFormatter> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MADE: OnceLock<Mutex<HashMap<String, Arc<DecimalFormatter>>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap_or_else(|e| e.into_inner());
    made.entry(lang.to_string())
        .or_insert_with(|| Arc::new(decimal_formatter(lang)))
        .clone()
}

fn decimal_formatter(lang: &str) -> DecimalFormatter {
    let locale =
        icu_locale_core::Locale::try_from_str(lang).unwrap_or(icu_locale_core::locale!("en"));
    DecimalFormatter::try_new((&locale).into(), Default::default())
        .or_else(|_| {
            DecimalFormatter::try_new((&icu_locale_core::locale!("en")).into(), Default::default())
        })
        .expect("ICU4X's compiled data has English")
}

/// The money pattern as far as one locale states it; `None` where it is silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartialRules {
    pub money: Option<(String, String)>,
}

impl PartialRules {
    /// The rules of `lang`, its money pattern filled from `fallback` if it has none.
    pub fn or(self, lang: &str, fallback: &NumberRules) -> NumberRules {
        let (money_before, money_after) = self
            .money
            .unwrap_or_else(|| (fallback.money_before.clone(), fallback.money_after.clone()));
        NumberRules::of(lang, money_before, money_after)
    }
}

/// The placeholder the money pattern is formatted with, to find where the amount goes.
pub const AMOUNT_MARK: &str = "\u{E000}";

/// Splits a formatted money pattern around [`AMOUNT_MARK`]; `None` if it is not there.
pub fn split_money(formatted: &str) -> Option<(String, String)> {
    let (a, b) = formatted.split_once(AMOUNT_MARK)?;
    Some((a.to_string(), b.to_string()))
}

impl NumberRules {
    /// `n` with the locale's digits and separators and two decimals, none when `n` is
    /// whole (in cents).
    pub fn number(&self, n: f64) -> String {
        let whole = n.is_finite() && ((n * 100.0).round() % 100.0) == 0.0;
        self.decimal(n, if whole { 0 } else { 2 })
    }

    /// `n` rounded to `places` decimals (at most 6), all of them shown (`0.5` → `0.50`).
    pub fn decimal(&self, n: f64, places: u8) -> String {
        let places = places.min(6);
        if !n.is_finite() {
            return n.to_string();
        }
        let scaled = (n * 10f64.powi(i32::from(places))).round();
        // Beyond this, f64 has no digits left to show; write them as they are.
        if scaled.abs() >= 9.0e15 {
            return n.to_string();
        }
        let mut d = Decimal::from(scaled as i64);
        d.multiply_pow10(-i16::from(places));
        self.formatter.format(&d).to_string()
    }

    /// `n` as an amount of money in the locale's pattern.
    pub fn money(&self, n: f64) -> String {
        format!(
            "{}{}{}",
            self.money_before,
            self.number(n),
            self.money_after
        )
    }
}

/// The number in a function's first argument, if it is one (or a string holding one).
fn first_number(args: &[FluentValue]) -> Option<f64> {
    match args.first()? {
        FluentValue::Number(n) => Some(n.value),
        FluentValue::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The `GROUPED()` function for one locale.
pub fn grouped_fn(
    rules: NumberRules,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |args, _| match first_number(args) {
        Some(n) => FluentValue::from(rules.number(n)),
        None => FluentValue::Error,
    }
}

/// The `MONEY()` function for one locale.
pub fn money_fn(
    rules: NumberRules,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |args, _| match first_number(args) {
        Some(n) => FluentValue::from(rules.money(n)),
        None => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> NumberRules {
        NumberRules::of("de", String::new(), "\u{a0}$".into())
    }

    #[test]
    fn groups_and_decimals_per_locale() {
        let en = NumberRules::default();
        assert_eq!(en.number(0.0), "0");
        assert_eq!(en.number(999.0), "999");
        assert_eq!(en.number(1500.0), "1,500");
        assert_eq!(en.number(1234567.5), "1,234,567.50");
        assert_eq!(en.number(-2000.0), "-2,000");
        assert_eq!(en.money(1500.0), "$1,500");
        assert_eq!(en.decimal(0.756, 2), "0.76");
        assert_eq!(en.decimal(1.0, 2), "1.00");
        assert_eq!(de().number(1234567.25), "1.234.567,25");
        assert_eq!(de().money(1500.0), "1.500\u{a0}$");
        assert_eq!(de().decimal(0.5, 2), "0,50");
        // CLDR's minimum grouping digits: 2 in Polish and Spanish.
        for lang in ["pl", "es"] {
            let r = NumberRules::of(lang, String::new(), String::new());
            assert_eq!(r.number(1300.0), "1300", "{lang}");
            assert!(
                r.number(12300.0).starts_with("12") && r.number(12300.0).len() > 5,
                "{lang}"
            );
        }
        assert_eq!(
            NumberRules::of("uk", String::new(), String::new()).number(1500.0),
            "1\u{a0}500"
        );
        // A tag ICU cannot read writes English numbers.
        assert_eq!(
            NumberRules::of("!!", String::new(), String::new()).number(1500.0),
            "1,500"
        );
        // No panic on odd values.
        assert_eq!(en.number(f64::NAN), "NaN");
        assert!(!en.number(1e300).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_number_is_written_without_panic(n in proptest::num::f64::ANY) {
            let s = NumberRules::default().money(n);
            proptest::prop_assert!(!s.is_empty());
        }

        #[test]
        fn whole_numbers_keep_their_digits(n in 0u64..1_000_000_000_000) {
            let s = de().number(n as f64);
            proptest::prop_assert_eq!(s.replace('.', ""), n.to_string());
        }
    }
}
