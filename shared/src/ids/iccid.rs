//! SIM card numbers (ICCID).

use std::fmt;

use super::input::{digits, luhn_valid, mask_middle};
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

/// A SIM ICCID: 19 or 20 digits, starting with `89` (telecom), last digit a Luhn check digit.
/// Spaces between groups are accepted; `Display` is the bare digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "8970101234567890123"))]
pub struct Iccid(String);

impl Iccid {
    pub const FIELD: &'static str = "iccid";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = digits(input, Self::FIELD, ErrorCode::InvalidIccid)?;
        if !(19..=20).contains(&d.len()) || !d.starts_with("89") {
            return Err(FieldError::new(Self::FIELD, ErrorCode::InvalidIccid));
        }
        if !luhn_valid(&d) {
            return Err(FieldError::new(Self::FIELD, ErrorCode::ChecksumMismatch));
        }
        Ok(Iccid(d))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Iccid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for Iccid {
    /// `8970***********0123`: issuer prefix and last four.
    fn masked(&self) -> String {
        mask_middle(&self.0, 4, 4)
    }
}

string_serde!(Iccid);
masked_debug!(Iccid);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_good_iccids() {
        // A widely published example ICCID, and one built with a valid Luhn check digit.
        for s in [
            "89014103211118510720",
            "8970101234567890123",
            "8970 1012 3456 7890 123",
        ] {
            assert!(Iccid::parse(s).is_ok(), "{s}");
        }
        assert_eq!(
            Iccid::parse("8970 1012 3456 7890 123").unwrap().to_string(),
            "8970101234567890123"
        );
    }

    #[test]
    fn known_bad_iccids() {
        let code = |s: &str| Iccid::parse(s).unwrap_err().code;
        assert_eq!(code("89014103211118510721"), ErrorCode::ChecksumMismatch);
        assert_eq!(code("8970101234567890124"), ErrorCode::ChecksumMismatch);
        assert_eq!(code("79014103211118510720"), ErrorCode::InvalidIccid);
        assert_eq!(code("890141032111185107"), ErrorCode::InvalidIccid);
        assert_eq!(code("890141032111185107200"), ErrorCode::InvalidIccid);
        assert_eq!(code("8901410321111851072O"), ErrorCode::InvalidIccid);
        assert_eq!(code(""), ErrorCode::Required);
    }

    #[test]
    fn masks_and_serialises() {
        let i = Iccid::parse("8970101234567890123").unwrap();
        assert_eq!(i.masked(), "8970***********0123");
        assert_eq!(
            serde_json::to_string(&i).unwrap(),
            "\"8970101234567890123\""
        );
    }
}
