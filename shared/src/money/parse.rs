//! Reading an amount typed by a person: see [`Money::parse`].

use super::Money;
use crate::ids::input::trimmed;
use crate::{ErrorCode, FieldError};

const FIELD: &str = "amount";

fn err(code: ErrorCode) -> FieldError {
    FieldError::new(FIELD, code)
}

/// Digits with thousands separators `sep` in valid groups, as a whole number of roubles.
fn grouped(s: &str, sep: Option<char>) -> Result<i128, FieldError> {
    let groups: Vec<&str> = match sep {
        Some(c) => s.split(c).collect(),
        None => vec![s],
    };
    let digits_only = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let shaped = groups.len() == 1
        || (groups.iter().skip(1).all(|g| g.len() == 3)
            && (1..=3).contains(&groups[0].len())
            && !groups[0].starts_with('0'));
    if !digits_only || !shaped {
        return Err(err(ErrorCode::InvalidAmount));
    }
    groups
        .iter()
        .flat_map(|g| g.bytes())
        .try_fold(0_i128, |acc, b| {
            acc.checked_mul(10)
                .and_then(|a| a.checked_add(i128::from(b - b'0')))
                .ok_or(err(ErrorCode::AmountOutOfRange))
        })
}

impl Money {
    pub const FIELD: &'static str = FIELD;

    /// Reads an amount typed by a person. Errors name the field `amount`; use
    /// [`FieldError::in_field`] for another name.
    ///
    /// Accepted: `1234`, `1234.56`, `1234,56`, `1 234,56`, `1,234.56`, `1 234,56 ₽`, `₽1,234.56`,
    /// a leading `-`/`−`/`+`. Rules, in order:
    /// 1. Spaces (any Unicode space, e.g. the no-break spaces of our own formatting) are ignored,
    ///    as are a `₽` before or after the number.
    /// 2. The last `,` or `.` is the decimal separator if 0–2 digits follow it.
    /// 3. Otherwise separators are thousands separators: groups of exactly three digits after a
    ///    first group of 1–3 digits not starting with `0` (`1,234` and `1.234.567` are whole roubles).
    /// 4. Anything else with 3+ digits after a single separator (`0,125`, `12.3456`) is
    ///    `amount_too_precise`; other shapes are `invalid_amount`.
    ///
    /// So `parse(m.format(lang)) == m` for every amount and language (a property test checks it).
    pub fn parse(input: &str) -> Result<Money, FieldError> {
        let s = trimmed(input, FIELD)?;
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let mut rest = compact.as_str();
        let mut negative = false;
        if let Some(r) = rest.strip_prefix(['-', '\u{2212}']) {
            negative = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('+') {
            rest = r;
        }
        rest = rest
            .strip_prefix('₽')
            .or_else(|| rest.strip_suffix('₽'))
            .unwrap_or(rest);
        if rest.is_empty() || !rest.bytes().any(|b| b.is_ascii_digit()) {
            return Err(err(ErrorCode::InvalidAmount));
        }
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return Err(err(ErrorCode::InvalidAmount));
        }
        let (roubles, kopecks) = split(rest)?;
        let total = roubles
            .checked_mul(100)
            .and_then(|r| r.checked_add(kopecks))
            .map(|t| if negative { -t } else { t })
            .ok_or(err(ErrorCode::AmountOutOfRange))?;
        i64::try_from(total)
            .map(Money)
            .map_err(|_| err(ErrorCode::AmountOutOfRange))
    }

    /// [`Money::parse`] for amounts that must be above zero (payments, limits, transfers).
    pub fn parse_positive(input: &str) -> Result<Money, FieldError> {
        let m = Self::parse(input)?;
        if m.is_positive() {
            Ok(m)
        } else {
            Err(err(ErrorCode::AmountNotPositive))
        }
    }
}

/// Roubles and kopecks of an unsigned number made of digits, `,` and `.`.
fn split(s: &str) -> Result<(i128, i128), FieldError> {
    let Some(pos) = s.rfind([',', '.']) else {
        return Ok((grouped(s, None)?, 0));
    };
    let (int, frac) = (&s[..pos], &s[pos + 1..]);
    let dec = if s.as_bytes()[pos] == b',' { ',' } else { '.' };
    let other = if dec == ',' { '.' } else { ',' };
    if frac.len() <= 2 && !frac.contains([',', '.']) {
        if int.contains(dec) {
            return Err(err(ErrorCode::InvalidAmount));
        }
        let sep = int.contains(other).then_some(other);
        let kop: i128 = match frac.len() {
            0 => 0,
            1 => i128::from(frac.as_bytes()[0] - b'0') * 10,
            _ => i128::from(frac.as_bytes()[0] - b'0') * 10 + i128::from(frac.as_bytes()[1] - b'0'),
        };
        let roubles = if int.is_empty() {
            0
        } else {
            grouped(int, sep)?
        };
        return Ok((roubles, kop));
    }
    // 3+ digits after the last separator: thousands grouping, or too many decimals.
    if !s.contains(other) {
        if let Ok(r) = grouped(s, Some(dec)) {
            return Ok((r, 0));
        }
        if s.matches(dec).count() == 1 && !frac.is_empty() {
            return Err(err(ErrorCode::AmountTooPrecise));
        }
    }
    Err(err(ErrorCode::InvalidAmount))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::Lang;

    fn k(s: &str) -> i64 {
        Money::parse(s).unwrap().kopecks()
    }

    fn code(s: &str) -> ErrorCode {
        Money::parse(s).unwrap_err().code
    }

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(k("1234"), 123_400);
        assert_eq!(k("1234.56"), 123_456);
        assert_eq!(k("1234,56"), 123_456);
        assert_eq!(k("1 234,56"), 123_456);
        assert_eq!(k("1,234.56"), 123_456);
        assert_eq!(k("1.234,56"), 123_456);
        assert_eq!(k("1 234,56 ₽"), 123_456);
        assert_eq!(k("₽1,234.56"), 123_456);
        assert_eq!(k("1,234"), 123_400);
        assert_eq!(k("1.234.567"), 123_456_700);
        assert_eq!(k("12,5"), 1250);
        assert_eq!(k("0,05"), 5);
        assert_eq!(k(",5"), 50);
        assert_eq!(k("100."), 10_000);
        assert_eq!(k("-10"), -1000);
        assert_eq!(k("−₽1,234.56"), -123_456);
        assert_eq!(k("+7"), 700);
    }

    #[test]
    fn refuses_with_a_reason() {
        assert_eq!(code(""), ErrorCode::Required);
        assert_eq!(code("  "), ErrorCode::Required);
        assert_eq!(code("abc"), ErrorCode::InvalidAmount);
        assert_eq!(code("12a"), ErrorCode::InvalidAmount);
        assert_eq!(code("1,2,3"), ErrorCode::InvalidAmount);
        assert_eq!(code("1.2.3,45"), ErrorCode::InvalidAmount);
        assert_eq!(code("1,23.45"), ErrorCode::InvalidAmount);
        assert_eq!(code("1.234.56"), ErrorCode::InvalidAmount);
        assert_eq!(code("--5"), ErrorCode::InvalidAmount);
        assert_eq!(code("₽"), ErrorCode::InvalidAmount);
        assert_eq!(code("."), ErrorCode::InvalidAmount);
        assert_eq!(code("0,125"), ErrorCode::AmountTooPrecise);
        assert_eq!(code("12.3456"), ErrorCode::AmountTooPrecise);
        assert_eq!(code("92233720368547758.08"), ErrorCode::AmountOutOfRange);
        assert_eq!(code(&"9".repeat(60)), ErrorCode::AmountOutOfRange);
        assert_eq!(
            Money::parse_positive("0").unwrap_err().code,
            ErrorCode::AmountNotPositive
        );
        assert_eq!(
            Money::parse_positive("-1").unwrap_err().code,
            ErrorCode::AmountNotPositive
        );
        assert_eq!(Money::parse("x").unwrap_err().field, "amount");
    }

    #[test]
    fn extremes_round_trip() {
        for m in [
            Money::from_kopecks(i64::MIN),
            Money::from_kopecks(i64::MAX),
            Money::ZERO,
        ] {
            for lang in Lang::ALL {
                assert_eq!(Money::parse(&m.format(lang)), Ok(m), "{lang:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn parse_of_format_is_identity(kop in any::<i64>()) {
            let m = Money::from_kopecks(kop);
            for lang in Lang::ALL {
                prop_assert_eq!(Money::parse(&m.format(lang)), Ok(m));
            }
        }

        #[test]
        fn plain_decimal_round_trips(roubles in 0_i64..10_000_000_000, kop in 0_i64..100, comma in any::<bool>()) {
            let sep = if comma { ',' } else { '.' };
            let typed = format!("{roubles}{sep}{kop:02}");
            prop_assert_eq!(Money::parse(&typed).map(Money::kopecks), Ok(roubles * 100 + kop));
        }

        #[test]
        fn never_panics(s in "[-−+₽ 0-9.,a\u{a0}]{0,30}") {
            let _ = Money::parse(&s);
        }
    }
}
