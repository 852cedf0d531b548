//! Numbers and money in the locale's own form, without code per language.
//!
//! fluent-rs's `NUMBER()` ignores most of its options, so redflag gives every bundle two
//! functions of its own, whose rules come from the locale's `ui.ftl`:
//!
//! ```ftl
//! number-group-separator = { "," }
//! number-decimal-separator = .
//! number-money = ${ $amount }
//! ```
//!
//! - `{ GROUPED($n) }` writes `1,500` (en) or `1.500` (de);
//! - `{ MONEY($amount) }` writes `$1,500` (en) or `1.500 $` (de).
//!
//! Variables stay numbers, so `{ $n -> [one] … *[other] … }` still selects by plural rules;
//! the functions only change how a number is shown. A locale that lacks a rule takes it
//! from the next language in its fallback chain (in the end, English), and a message that
//! falls back to English is still written with the reader's rules.

use fluent_bundle::{FluentArgs, FluentValue};

/// The ids of the rule messages.
pub const GROUP_ID: &str = "number-group-separator";
pub const DECIMAL_ID: &str = "number-decimal-separator";
pub const MONEY_ID: &str = "number-money";

/// How one locale writes numbers and money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberRules {
    pub group: String,
    pub decimal: String,
    /// The money pattern, split around the amount.
    pub money_before: String,
    pub money_after: String,
}

impl Default for NumberRules {
    fn default() -> Self {
        NumberRules {
            group: ",".into(),
            decimal: ".".into(),
            money_before: "$".into(),
            money_after: String::new(),
        }
    }
}

/// The rules as far as one locale states them; `None` where it is silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartialRules {
    pub group: Option<String>,
    pub decimal: Option<String>,
    pub money: Option<(String, String)>,
}

impl PartialRules {
    /// Fills what this locale leaves open from `fallback`.
    pub fn or(self, fallback: &NumberRules) -> NumberRules {
        let (money_before, money_after) = self
            .money
            .unwrap_or_else(|| (fallback.money_before.clone(), fallback.money_after.clone()));
        NumberRules {
            group: self.group.unwrap_or_else(|| fallback.group.clone()),
            decimal: self.decimal.unwrap_or_else(|| fallback.decimal.clone()),
            money_before,
            money_after,
        }
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
    /// `n` with group separators every three digits and up to two decimals (none when `n`
    /// is whole).
    pub fn number(&self, n: f64) -> String {
        if !n.is_finite() {
            return n.to_string();
        }
        let neg = n < 0.0;
        let cents = (n.abs() * 100.0).round();
        // Beyond this, f64 has no cents left to show; write the digits as they are.
        if cents >= 9.0e15 {
            return n.to_string();
        }
        let cents = cents as u64;
        let whole = cents / 100;
        let frac = cents % 100;
        let digits = whole.to_string();
        let mut out = String::new();
        if neg {
            out.push('-');
        }
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(d);
        }
        if frac != 0 {
            out.push_str(&self.decimal);
            out.push_str(&format!("{frac:02}"));
        }
        out
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
        NumberRules {
            group: ".".into(),
            decimal: ",".into(),
            money_before: String::new(),
            money_after: "\u{a0}$".into(),
        }
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
        assert_eq!(de().number(1234567.25), "1.234.567,25");
        assert_eq!(de().money(1500.0), "1.500\u{a0}$");
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

    #[test]
    fn partial_rules_fall_back() {
        let p = PartialRules {
            group: Some(" ".into()),
            ..Default::default()
        };
        let r = p.or(&NumberRules::default());
        assert_eq!(r.number(12345.0), "12 345");
        assert_eq!(r.money(5.0), "$5");
        assert_eq!(
            split_money(&format!("{AMOUNT_MARK} €")),
            Some((String::new(), " €".into()))
        );
    }
}
