//! Fuzzing the rules (issue 10, item 4): every parser the id fuzzing (`ids::fuzz_tests`) does
//! not reach, and the money arithmetic, on arbitrary input: each returns, never panics, and a
//! refusal is a 4xx field error. Where a rule promises an invariant (a period's days add up to
//! the fee), it is checked on every case.
//!
//! `make test` runs `FUZZ_CASES` (default 2 048 here, 512 for the id fuzzing) cases per
//! property; a long local run: `FUZZ_CASES=1000000 cargo test -p shared --release fuzz_rules`.

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::card::{CardExpiry, CardNumber, Cvc};
use crate::expense::ExpenseLimit;
use crate::ids::{DialNumber, parse_date};
use crate::support::{SupportSubject, SupportText};
use crate::{FieldError, Money};

/// The cases per property: `FUZZ_CASES` when it is set (a number), else `default`. Every
/// property test in this crate reads its case count here, so one variable scales them all.
pub(crate) fn fuzz_cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn refused_well<T>(r: Result<T, FieldError>) {
    if let Err(e) = r {
        assert!((400..500).contains(&e.code.status()), "{e}");
        assert!(!e.field.is_empty());
    }
}

fn all_parsers(s: &str) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
    refused_well(CardNumber::parse(s));
    refused_well(CardExpiry::parse(s, today));
    refused_well(Cvc::parse(s));
    refused_well(ExpenseLimit::parse(s));
    refused_well(SupportSubject::parse(s));
    refused_well(SupportText::parse(s));
    refused_well(DialNumber::parse(s));
    refused_well(crate::help::parse_reason(s));
    refused_well(Money::parse_positive(s));
    refused_well(crate::customer::parse_birth_date(s, today));
    refused_well(parse_date(s, "date"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fuzz_cases(2_048), ..ProptestConfig::default() })]

    #[test]
    fn parsers_take_any_string(s in any::<String>()) {
        all_parsers(&s);
    }

    #[test]
    fn parsers_take_number_like_strings(s in "[+ 0-9.,/\\-]{0,32}") {
        all_parsers(&s);
    }

    #[test]
    fn parsers_take_long_strings(chars in prop::collection::vec(any::<char>(), 0..4_096)) {
        let s: String = chars.into_iter().collect();
        all_parsers(&s);
    }

    #[test]
    fn arithmetic_never_panics(a in any::<i64>(), b in any::<i64>(), n in any::<i64>(), d in any::<i64>()) {
        let (x, y) = (Money::from_kopecks(a), Money::from_kopecks(b));
        if let Ok(sum) = x.checked_add(y) {
            prop_assert_eq!(sum.checked_sub(y), Ok(x));
        }
        let _ = x.checked_mul(n);
        let _ = x.checked_neg();
        let _ = x.mul_div_round(n, d);
        let _ = Money::checked_sum([x, y, Money::from_kopecks(n)]);
        prop_assert!(!x.non_negative().is_negative());
    }

    #[test]
    fn a_period_adds_up_to_its_fee(fee in any::<i64>(), period in 0_u32..400, cut in any::<u32>()) {
        let fee = Money::from_kopecks(fee);
        match fee.daily_split(period) {
            Ok(days) => prop_assert_eq!(Money::checked_sum(days), Ok(fee)),
            Err(_) => prop_assert_eq!(period, 0),
        }
        if period > 0 {
            let cut = cut % (period + 1);
            let (before, after) = (fee.prorate_range(0, cut, period), fee.prorate_range(cut, period, period));
            if let (Ok(b), Ok(a)) = (before, after) {
                prop_assert_eq!(b.checked_add(a), Ok(fee));
            }
        }
        let _ = fee.prorate(cut, period);
    }
}
