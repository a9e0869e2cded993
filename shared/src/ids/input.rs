//! Shared first steps of every parse: trim, refuse empty and absurdly long input, and reduce
//! digit strings typed with separators (`+7 (912) 345-67-89`, `4508 123456`) to bare digits.

use chrono::NaiveDate;

use crate::{ErrorCode, FieldError};

/// No identifier is longer than this once trimmed; longer input is refused before any work.
pub(crate) const MAX_INPUT_BYTES: usize = 320;

/// Separators people type inside numbers: spaces (incl. no-break and thin), dashes, brackets.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '-' | '\u{2010}'..='\u{2013}' | '(' | ')'
    )
}

/// Trimmed input, or `required` / `too_long`.
pub(crate) fn trimmed<'a>(input: &'a str, field: &'static str) -> Result<&'a str, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::new(field, ErrorCode::Required));
    }
    if s.len() > MAX_INPUT_BYTES {
        return Err(FieldError::new(field, ErrorCode::TooLong));
    }
    Ok(s)
}

/// The ASCII digits of `input` with separators removed; anything else is `invalid`.
pub(crate) fn digits(
    input: &str,
    field: &'static str,
    invalid: ErrorCode,
) -> Result<String, FieldError> {
    let s = trimmed(input, field)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if !is_separator(c) {
            return Err(FieldError::new(field, invalid));
        }
    }
    if out.is_empty() {
        return Err(FieldError::new(field, invalid));
    }
    Ok(out)
}

/// Exactly `len` digits (separators allowed), or `invalid`.
pub(crate) fn fixed_digits(
    input: &str,
    len: usize,
    field: &'static str,
    invalid: ErrorCode,
) -> Result<String, FieldError> {
    let d = digits(input, field, invalid)?;
    if d.len() == len {
        Ok(d)
    } else {
        Err(FieldError::new(field, invalid))
    }
}

/// The numeric values of an all-ASCII-digit string.
pub(crate) fn values(digits: &str) -> impl DoubleEndedIterator<Item = u32> + '_ {
    digits.bytes().map(|b| u32::from(b.wrapping_sub(b'0')))
}

/// Luhn (mod 10) check over a digit string whose last digit is the check digit.
pub(crate) fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = values(digits)
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A calendar date typed as `DD.MM.YYYY` (what people type) or `YYYY-MM-DD` (what date
/// pickers and the API send). Anything else, or a day that does not exist, is `invalid_date`.
pub fn parse_date(input: &str, field: &'static str) -> Result<NaiveDate, FieldError> {
    let s = trimmed(input, field)?;
    let invalid = FieldError::new(field, ErrorCode::InvalidDate);
    let parts: Vec<&str> = s.split(['.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(invalid);
    };
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !all_digits {
        return Err(invalid);
    }
    let (y, m, d) = match (a.len(), b.len(), c.len(), s.contains('.')) {
        (4, 2, 2, false) => (*a, *b, *c),
        (2, 2, 4, true) => (*c, *b, *a),
        _ => return Err(invalid),
    };
    let num = |p: &str| p.parse::<u32>().map_err(|_| invalid);
    let year = i32::try_from(num(y)?).map_err(|_| invalid)?;
    NaiveDate::from_ymd_opt(year, num(m)?, num(d)?).ok_or(invalid)
}

/// `first` followed by `*` for the middle and the last `last` characters.
pub(crate) fn mask_middle(s: &str, first: usize, last: usize) -> String {
    let n = s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| if i < first || i + last >= n { c } else { '*' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_drop_separators_and_refuse_letters() {
        assert_eq!(
            digits(
                "+7 (912) 345-67-89".trim_start_matches('+'),
                "f",
                ErrorCode::InvalidPhone
            )
            .unwrap(),
            "79123456789"
        );
        assert_eq!(
            digits(" \u{a0}", "f", ErrorCode::InvalidPhone),
            Err(FieldError::new("f", ErrorCode::Required))
        );
        assert_eq!(
            digits("12a", "f", ErrorCode::InvalidPhone),
            Err(FieldError::new("f", ErrorCode::InvalidPhone))
        );
        assert_eq!(
            digits("--", "f", ErrorCode::InvalidPhone),
            Err(FieldError::new("f", ErrorCode::InvalidPhone))
        );
        assert_eq!(
            digits(&"1".repeat(400), "f", ErrorCode::InvalidPhone),
            Err(FieldError::new("f", ErrorCode::TooLong))
        );
    }

    #[test]
    fn dates_in_both_notations() {
        let d = NaiveDate::from_ymd_opt(2015, 3, 7).unwrap();
        assert_eq!(parse_date("07.03.2015", "f"), Ok(d));
        assert_eq!(parse_date("2015-03-07", "f"), Ok(d));
        for bad in [
            "7.3.2015",
            "2015.03.07",
            "07-03-2015",
            "31.02.2015",
            "07.03.20x5",
            "07..2015",
            "07.03.2015.1",
            "+7.03.2015",
        ] {
            assert_eq!(
                parse_date(bad, "f"),
                Err(FieldError::new("f", ErrorCode::InvalidDate)),
                "{bad}"
            );
        }
    }

    #[test]
    fn luhn_vectors() {
        assert!(luhn_valid("79927398713"));
        assert!(!luhn_valid("79927398710"));
        assert!(luhn_valid("4539578763621486"));
        assert!(!luhn_valid("4539578763621487"));
    }

    #[test]
    fn masks_the_middle() {
        assert_eq!(mask_middle("1234567890", 2, 3), "12*****890");
        assert_eq!(mask_middle("12", 2, 3), "12");
    }
}
