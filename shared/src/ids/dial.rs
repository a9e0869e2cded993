//! Numbers calls and messages come from: any Russian number (mobile or landline) or an
//! international one. The call blacklist keeps them in one canonical form so that
//! `8 (495) 123-45-67` and `+74951234567` are the same entry.

use std::fmt;

use super::input::{digits, trimmed};
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

/// A callable number in E.164 (`+74951234567`, `+442071234567`). Russian input may be typed
/// as `8 495 ...`, `7 495 ...` or ten digits; anything else needs a leading `+` and 8–15
/// digits (ITU-T E.164), not starting with 0.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "+74951234567"))]
pub struct DialNumber(String);

impl DialNumber {
    pub const FIELD: &'static str = "number";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?;
        let invalid = FieldError::new(Self::FIELD, ErrorCode::InvalidCallerNumber);
        let plus = s.starts_with('+');
        let d = digits(
            s.strip_prefix('+').unwrap_or(s),
            Self::FIELD,
            ErrorCode::InvalidCallerNumber,
        )
        .map_err(|_| invalid)?;
        let e164 = match (plus, d.len()) {
            (false, 10) => format!("+7{d}"),
            (false, 11) if d.starts_with('7') || d.starts_with('8') => format!("+7{}", &d[1..]),
            (true, 8..=15) if !d.starts_with('0') => format!("+{d}"),
            _ => return Err(invalid),
        };
        // Russian numbers (+7) always have ten digits after the country code.
        if e164.starts_with("+7") && e164.len() != 12 {
            return Err(invalid);
        }
        Ok(DialNumber(e164))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DialNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for DialNumber {
    /// `+7495***4567`: the country and the last four digits.
    fn masked(&self) -> String {
        let n = self.0.len();
        format!(
            "{}***{}",
            &self.0[..5.min(n)],
            &self.0[n.saturating_sub(4)..]
        )
    }
}

string_serde!(DialNumber);
masked_debug!(DialNumber);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::ids::Phone;

    fn ok(s: &str) -> String {
        DialNumber::parse(s).unwrap().to_string()
    }

    fn err(s: &str) -> ErrorCode {
        DialNumber::parse(s).unwrap_err().code
    }

    #[test]
    fn russian_numbers_in_any_usual_form() {
        for s in [
            "8 (495) 123-45-67",
            "+7 495 123 45 67",
            "4951234567",
            "74951234567",
        ] {
            assert_eq!(ok(s), "+74951234567", "{s}");
        }
        assert_eq!(ok("8 916 123-45-67"), "+79161234567");
        assert_eq!(ok("+44 20 7123 4567"), "+442071234567");
    }

    #[test]
    fn refuses_junk_and_impossible_lengths() {
        assert_eq!(err(""), ErrorCode::Required);
        assert_eq!(err("+"), ErrorCode::InvalidCallerNumber);
        assert_eq!(err("12345"), ErrorCode::InvalidCallerNumber);
        assert_eq!(err("+7 495 123"), ErrorCode::InvalidCallerNumber);
        assert_eq!(err("+0123456789"), ErrorCode::InvalidCallerNumber);
        assert_eq!(err("+1234567890123456"), ErrorCode::InvalidCallerNumber);
        assert_eq!(err("call me"), ErrorCode::InvalidCallerNumber);
        assert_eq!(DialNumber::parse("x").unwrap_err().field, "number");
    }

    #[test]
    fn masked_and_serde() {
        let n = DialNumber::parse("84951234567").unwrap();
        assert_eq!(format!("{n:?}"), "DialNumber(+7495***4567)");
        assert_eq!(serde_json::to_string(&n).unwrap(), "\"+74951234567\"");
    }

    proptest! {
        /// Every mobile `Phone` is a `DialNumber` with the same canonical form, and parsing the
        /// canonical form again changes nothing.
        #[test]
        fn canonical_and_agrees_with_phone(s in "[+]?[0-9 ()-]{0,20}") {
            if let Ok(n) = DialNumber::parse(&s) {
                prop_assert_eq!(DialNumber::parse(n.as_str()).unwrap(), n.clone());
            }
            if let Ok(p) = Phone::parse(&s) {
                prop_assert_eq!(DialNumber::parse(&s).unwrap().to_string(), p.to_string());
            }
        }
    }
}
