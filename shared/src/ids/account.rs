//! Numbers the operator issues: contract, personal account, satellite smart card and
//! receiver chip ID. Formats are ours (documented on each type).

use super::input::{digits, fixed_digits, luhn_valid, mask_middle};
use super::string_id;
use crate::{ErrorCode, FieldError};

/// Contract number `RR-NNNNNNN`: a two-digit region code (01–99, as on car plates) and a
/// seven-digit serial, e.g. `77-1234567`. Typed without the dash (`771234567`) it is accepted.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "77-1234567"))]
pub struct ContractNumber(String);

impl ContractNumber {
    pub const FIELD: &'static str = "contract_number";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = fixed_digits(input, 9, Self::FIELD, ErrorCode::InvalidContractNumber)?;
        if d.starts_with("00") {
            return Err(FieldError::new(
                Self::FIELD,
                ErrorCode::InvalidContractNumber,
            ));
        }
        Ok(Self(format!("{}-{}", &d[..2], &d[2..])))
    }

    /// The region code, `77` for `77-1234567`.
    pub fn region(&self) -> &str {
        &self.0[..2]
    }
}

/// Personal account number (лицевой счёт): 12 digits, the last a Luhn check digit so that a
/// mistyped digit is caught in the form, e.g. `100000000008`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "100000000008"))]
pub struct AccountNumber(String);

impl AccountNumber {
    pub const FIELD: &'static str = "account_number";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = fixed_digits(input, 12, Self::FIELD, ErrorCode::InvalidAccountNumber)?;
        if luhn_valid(&d) {
            Ok(Self(d))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::ChecksumMismatch))
        }
    }

    /// The account number for an 11-digit serial: the serial plus its Luhn check digit. The
    /// back office numbers accounts with it.
    pub fn from_serial(serial: u64) -> Option<Self> {
        let body = format!("{serial:011}");
        if body.len() != 11 {
            return None;
        }
        (0..=9)
            .map(|c| format!("{body}{c}"))
            .find(|d| luhn_valid(d))
            .map(Self)
    }
}

/// Satellite TV smart-card number: 12 digits, printed on the card in groups of four
/// (`1234 5678 9012`); `Display` is the bare digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "123456789012"))]
pub struct SmartCardNumber(String);

impl SmartCardNumber {
    pub const FIELD: &'static str = "smart_card";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        fixed_digits(input, 12, Self::FIELD, ErrorCode::InvalidSmartCard).map(Self)
    }
}

/// Satellite receiver chip ID: 10 digits, shown in the receiver's menu. Some receivers show
/// leading zeros, some do not; shorter input is not padded, because guessing would match the
/// wrong receiver.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "0123456789"))]
pub struct ChipId(String);

impl ChipId {
    pub const FIELD: &'static str = "chip_id";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = digits(input, Self::FIELD, ErrorCode::InvalidChipId)?;
        if d.len() == 10 {
            Ok(Self(d))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidChipId))
        }
    }
}

string_id!(ContractNumber, |s| mask_middle(s, 3, 2));
string_id!(AccountNumber, |s| mask_middle(s, 0, 4));
string_id!(SmartCardNumber, |s| mask_middle(s, 0, 4));
string_id!(ChipId, |s| mask_middle(s, 0, 3));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::Masked;

    #[test]
    fn contract_numbers() {
        let c = ContractNumber::parse("77-1234567").unwrap();
        assert_eq!((c.as_str(), c.region()), ("77-1234567", "77"));
        assert_eq!(ContractNumber::parse("771234567").unwrap(), c);
        assert_eq!(c.masked(), "77-*****67");
        for bad in [
            "00-1234567",
            "77-123456",
            "7-71234567x",
            "77/1234567",
            "777-1234567",
        ] {
            assert_eq!(
                ContractNumber::parse(bad).unwrap_err().code,
                ErrorCode::InvalidContractNumber,
                "{bad}"
            );
        }
    }

    #[test]
    fn account_numbers_carry_a_luhn_digit() {
        let a = AccountNumber::from_serial(10_000_000_000).unwrap();
        assert_eq!(a.as_str(), "100000000008");
        assert_eq!(AccountNumber::parse("1000 0000 0008").unwrap(), a);
        assert_eq!(
            AccountNumber::parse("100000000009").unwrap_err().code,
            ErrorCode::ChecksumMismatch
        );
        assert_eq!(
            AccountNumber::parse("10000000008").unwrap_err().code,
            ErrorCode::InvalidAccountNumber
        );
        assert_eq!(AccountNumber::from_serial(100_000_000_000), None);
        assert_eq!(a.masked(), "********0008");
    }

    #[test]
    fn smart_cards_and_chip_ids() {
        assert_eq!(
            SmartCardNumber::parse("1234 5678 9012").unwrap().as_str(),
            "123456789012"
        );
        assert_eq!(
            SmartCardNumber::parse("1234 5678 901").unwrap_err().code,
            ErrorCode::InvalidSmartCard
        );
        assert_eq!(ChipId::parse("0123456789").unwrap().masked(), "*******789");
        assert_eq!(
            ChipId::parse("123456789").unwrap_err().code,
            ErrorCode::InvalidChipId
        );
        assert_eq!(ChipId::parse("").unwrap_err().code, ErrorCode::Required);
    }
}
