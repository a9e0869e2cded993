//! Russian mobile phone numbers.

use std::fmt;

use super::input::{digits, trimmed};
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

/// A Russian mobile number (`+7 9XX ...`). Accepts `+7 912 345-67-89`, `89123456789`,
/// `9123456789`, with spaces, dashes and brackets. `Display` is E.164: `+79123456789`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "+79123456789"))]
pub struct Phone(String);

impl Phone {
    pub const FIELD: &'static str = "phone";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?;
        let plus = s.starts_with('+');
        // A lone `+` is a wrong number, not an empty field.
        let invalid = FieldError::new(Self::FIELD, ErrorCode::InvalidPhone);
        let d = digits(
            s.strip_prefix('+').unwrap_or(s),
            Self::FIELD,
            ErrorCode::InvalidPhone,
        )
        .map_err(|_| invalid)?;
        let national = match (plus, d.len()) {
            (false, 10) => d.as_str(),
            (true, 11) if d.starts_with('7') => &d[1..],
            (false, 11) if d.starts_with('7') || d.starts_with('8') => &d[1..],
            _ => return Err(FieldError::new(Self::FIELD, ErrorCode::InvalidPhone)),
        };
        if !national.starts_with('9') {
            return Err(FieldError::new(Self::FIELD, ErrorCode::PhoneNotMobile));
        }
        Ok(Phone(national.to_owned()))
    }

    /// E.164 form, `+79123456789`.
    pub fn e164(&self) -> String {
        format!("+7{}", self.0)
    }

    /// The ten digits after `+7`.
    pub fn national(&self) -> &str {
        &self.0
    }

    /// For people: `+7 912 345-67-89`.
    pub fn pretty(&self) -> String {
        let d = &self.0;
        format!("+7 {} {}-{}-{}", &d[0..3], &d[3..6], &d[6..8], &d[8..10])
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+7{}", self.0)
    }
}

impl Masked for Phone {
    /// `+7 912 ***-**-89`.
    fn masked(&self) -> String {
        format!("+7 {} ***-**-{}", &self.0[0..3], &self.0[8..10])
    }
}

string_serde!(Phone);
masked_debug!(Phone);

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> String {
        Phone::parse(s).unwrap().to_string()
    }

    fn err(s: &str) -> ErrorCode {
        Phone::parse(s).unwrap_err().code
    }

    #[test]
    fn accepts_the_usual_ways_of_typing_a_number() {
        for s in [
            "+7 912 345-67-89",
            "89123456789",
            "9123456789",
            "+7 (912) 345-67-89",
            "8 (912) 345 67 89",
            " 79123456789 ",
        ] {
            assert_eq!(ok(s), "+79123456789", "{s}");
        }
    }

    #[test]
    fn refuses_wrong_length_non_mobile_and_junk() {
        assert_eq!(err(""), ErrorCode::Required);
        assert_eq!(err("+"), ErrorCode::InvalidPhone);
        assert_eq!(err("912345678"), ErrorCode::InvalidPhone);
        assert_eq!(err("891234567890"), ErrorCode::InvalidPhone);
        assert_eq!(err("+8 912 345 67 89"), ErrorCode::InvalidPhone);
        assert_eq!(err("+1 912 345 67 89"), ErrorCode::InvalidPhone);
        assert_eq!(err("+7 912 345 67 8x"), ErrorCode::InvalidPhone);
        assert_eq!(err("++79123456789"), ErrorCode::InvalidPhone);
        assert_eq!(err("+7 495 123-45-67"), ErrorCode::PhoneNotMobile);
        assert_eq!(err("84951234567"), ErrorCode::PhoneNotMobile);
        assert_eq!(Phone::parse("x").unwrap_err().field, "phone");
    }

    #[test]
    fn shows_pretty_masked_and_serde_forms() {
        let p = Phone::parse("89123456789").unwrap();
        assert_eq!(p.pretty(), "+7 912 345-67-89");
        assert_eq!(p.masked(), "+7 912 ***-**-89");
        assert_eq!(format!("{p:?}"), "Phone(+7 912 ***-**-89)");
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"+79123456789\"");
        let back: Phone = serde_json::from_str("\"8 912 345 67 89\"").unwrap();
        assert_eq!(back, p);
        assert!(serde_json::from_str::<Phone>("\"84951234567\"").is_err());
    }
}
