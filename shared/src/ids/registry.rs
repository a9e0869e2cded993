//! Company registry numbers: KPP, OGRN (legal entities) and OGRNIP (sole proprietors).

use super::input::{digits, mask_middle, trimmed};
use super::string_id;
use crate::{ErrorCode, FieldError};

/// KPP, the tax registration reason code: 9 characters, `NNNN` (tax office), `PP` (reason:
/// digits or Latin capitals), `NNN` (serial). Lower-case letters are read as capitals.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "773601001"))]
pub struct Kpp(String);

impl Kpp {
    pub const FIELD: &'static str = "kpp";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?.to_ascii_uppercase();
        let b = s.as_bytes();
        let shape_ok = b.len() == 9
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4..6]
                .iter()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && b[6..].iter().all(u8::is_ascii_digit);
        if shape_ok {
            Ok(Kpp(s))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidKpp))
        }
    }
}

/// A registry number of `LEN` digits whose last digit is (first `LEN-1` digits mod `M`) mod 10.
fn parse_registry(
    input: &str,
    len: usize,
    modulus: u64,
    field: &'static str,
    invalid: ErrorCode,
) -> Result<String, FieldError> {
    let d = digits(input, field, invalid)?;
    if d.len() != len {
        return Err(FieldError::new(field, invalid));
    }
    let (body, check) = d.split_at(len - 1);
    let body: u64 = body.parse().map_err(|_| FieldError::new(field, invalid))?;
    let check: u64 = check.parse().map_err(|_| FieldError::new(field, invalid))?;
    if body % modulus % 10 == check {
        Ok(d)
    } else {
        Err(FieldError::new(field, ErrorCode::ChecksumMismatch))
    }
}

/// OGRN, the primary state registration number of a legal entity: 13 digits, the last being
/// (first 12 mod 11) mod 10.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "1027700132195"))]
pub struct Ogrn(String);

impl Ogrn {
    pub const FIELD: &'static str = "ogrn";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        parse_registry(input, 13, 11, Self::FIELD, ErrorCode::InvalidOgrn).map(Ogrn)
    }
}

/// OGRNIP, the registration number of a sole proprietor: 15 digits, the last being
/// (first 14 mod 13) mod 10.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "304500116000157"))]
pub struct Ogrnip(String);

impl Ogrnip {
    pub const FIELD: &'static str = "ogrnip";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        parse_registry(input, 15, 13, Self::FIELD, ErrorCode::InvalidOgrnip).map(Ogrnip)
    }
}

// Public registry data, but logs still keep only the ends.
string_id!(Kpp, |s| mask_middle(s, 4, 2));
string_id!(Ogrn, |s| mask_middle(s, 4, 2));
string_id!(Ogrnip, |s| mask_middle(s, 4, 2));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::Masked;

    #[test]
    fn kpp_shapes() {
        assert_eq!(Kpp::parse("773601001").unwrap().as_str(), "773601001");
        assert_eq!(Kpp::parse("7736ab001").unwrap().as_str(), "7736AB001");
        for bad in [
            "77360100",
            "7736010011",
            "7736-01001",
            "A73601001",
            "7736010A1",
            "7736ЖЖ001",
        ] {
            assert_eq!(
                Kpp::parse(bad).unwrap_err().code,
                ErrorCode::InvalidKpp,
                "{bad}"
            );
        }
        assert_eq!(Kpp::parse(" ").unwrap_err().code, ErrorCode::Required);
    }

    #[test]
    fn published_ogrn_and_ogrnip() {
        // Sberbank's OGRN; a published sole-proprietor example.
        assert!(Ogrn::parse("1027700132195").is_ok());
        assert!(Ogrnip::parse("304500116000157").is_ok());
        assert_eq!(
            Ogrn::parse("1027700132196").unwrap_err().code,
            ErrorCode::ChecksumMismatch
        );
        assert_eq!(
            Ogrnip::parse("304500116000158").unwrap_err().code,
            ErrorCode::ChecksumMismatch
        );
        assert_eq!(
            Ogrn::parse("102770013219").unwrap_err().code,
            ErrorCode::InvalidOgrn
        );
        assert_eq!(
            Ogrnip::parse("1027700132195").unwrap_err().code,
            ErrorCode::InvalidOgrnip
        );
        assert_eq!(
            Ogrn::parse("1027700132195").unwrap().masked(),
            "1027*******95"
        );
    }

    #[test]
    fn ogrn_check_is_mod_11_then_mod_10() {
        // 102770013219 mod 11 = 5: the check digit of Sberbank's OGRN is 5.
        assert_eq!(102_770_013_219_u64 % 11, 5);
        // When the remainder is 10 the check digit is 0.
        let body = (0..)
            .map(|n: u64| 100_000_000_000 + n)
            .find(|b| b % 11 == 10)
            .unwrap();
        assert!(Ogrn::parse(&format!("{body}0")).is_ok());
    }
}
