//! INN, the taxpayer number: 10 digits for legal entities, 12 for individuals and sole
//! proprietors.

use std::fmt;

use super::input::{digits, mask_middle, values};
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

const WEIGHTS_10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// Whose INN it is, told by its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InnKind {
    /// 10 digits, one check digit.
    LegalEntity,
    /// 12 digits, two check digits: individuals and sole proprietors.
    Individual,
}

/// A taxpayer number with valid check digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "7707083893"))]
pub struct Inn(String);

/// (sum of digit × weight mod 11) mod 10, the check digit rule of the Federal Tax Service.
fn check_digit(digits: &str, weights: &[u32]) -> u32 {
    values(digits).zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11 % 10
}

impl Inn {
    pub const FIELD: &'static str = "inn";

    /// Either kind, told by the length.
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = digits(input, Self::FIELD, ErrorCode::InvalidInn)?;
        let valid = match d.len() {
            10 => check_digit(&d, &WEIGHTS_10) == values(&d[9..]).sum::<u32>(),
            12 => {
                check_digit(&d, &WEIGHTS_11) == values(&d[10..11]).sum::<u32>()
                    && check_digit(&d, &WEIGHTS_12) == values(&d[11..]).sum::<u32>()
            }
            _ => return Err(FieldError::new(Self::FIELD, ErrorCode::InvalidInn)),
        };
        if valid {
            Ok(Inn(d))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::ChecksumMismatch))
        }
    }

    /// Only a 10-digit legal-entity INN.
    pub fn parse_legal_entity(input: &str) -> Result<Self, FieldError> {
        Self::parse_kind(input, InnKind::LegalEntity)
    }

    /// Only a 12-digit INN of an individual or sole proprietor.
    pub fn parse_individual(input: &str) -> Result<Self, FieldError> {
        Self::parse_kind(input, InnKind::Individual)
    }

    fn parse_kind(input: &str, kind: InnKind) -> Result<Self, FieldError> {
        let inn = Self::parse(input)?;
        if inn.kind() == kind {
            Ok(inn)
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidInn))
        }
    }

    pub fn kind(&self) -> InnKind {
        if self.0.len() == 10 {
            InnKind::LegalEntity
        } else {
            InnKind::Individual
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Inn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for Inn {
    /// `77******93`: region and the check digits.
    fn masked(&self) -> String {
        mask_middle(&self.0, 2, 2)
    }
}

string_serde!(Inn);
masked_debug!(Inn);

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> ErrorCode {
        Inn::parse(s).unwrap_err().code
    }

    #[test]
    fn published_valid_inns() {
        // Sberbank, Yandex (legal entities); a published individual's example.
        for (s, kind) in [
            ("7707083893", InnKind::LegalEntity),
            ("7736207543", InnKind::LegalEntity),
            ("500100732259", InnKind::Individual),
        ] {
            assert_eq!(Inn::parse(s).unwrap().kind(), kind, "{s}");
        }
        assert_eq!(Inn::parse(" 7707 083893 ").unwrap().as_str(), "7707083893");
    }

    #[test]
    fn bad_check_digits_and_shapes() {
        assert_eq!(code("7707083894"), ErrorCode::ChecksumMismatch);
        assert_eq!(code("500100732258"), ErrorCode::ChecksumMismatch);
        assert_eq!(code("500100732249"), ErrorCode::ChecksumMismatch);
        assert_eq!(code("77070838930"), ErrorCode::InvalidInn);
        assert_eq!(code("770708389"), ErrorCode::InvalidInn);
        assert_eq!(code("77070838a3"), ErrorCode::InvalidInn);
        assert_eq!(code(""), ErrorCode::Required);
    }

    #[test]
    fn kind_specific_parsers() {
        assert!(Inn::parse_legal_entity("7707083893").is_ok());
        assert_eq!(
            Inn::parse_legal_entity("500100732259").unwrap_err().code,
            ErrorCode::InvalidInn
        );
        assert!(Inn::parse_individual("500100732259").is_ok());
        assert_eq!(
            Inn::parse_individual("7707083893").unwrap_err().code,
            ErrorCode::InvalidInn
        );
    }

    #[test]
    fn masks_and_serialises() {
        let inn = Inn::parse("7707083893").unwrap();
        assert_eq!(inn.masked(), "77******93");
        assert_eq!(serde_json::to_string(&inn).unwrap(), "\"7707083893\"");
        assert!(serde_json::from_str::<Inn>("\"7707083894\"").is_err());
    }
}
