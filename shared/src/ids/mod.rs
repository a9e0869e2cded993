//! Identifiers: parse, don't validate. Once you hold a [`Phone`] it is a valid mobile number.
//!
//! Every type here has `parse(&str) -> Result<Self, FieldError>`, a canonical `Display`,
//! serde as that string (deserialising goes through `parse`), a [`Masked`] form for logs and a
//! `Debug` that prints the masked form, so personal data never reaches a log by accident.
//!
//! | type | accepted input | canonical form | masked |
//! |---|---|---|---|
//! | [`Phone`] | `+7 912 345-67-89`, `89123456789`, `9123456789` | `+79123456789` | `+7 912 ***-**-89` |
//! | [`DialNumber`] | any Russian number, or `+` and 8–15 digits | `+74951234567` | `+7495***4567` |
//! | [`Iccid`] | 19–20 digits from `89`, Luhn | digits | `8970***********0123` |
//! | [`Inn`] | 10 (company) or 12 (person) digits, check digits | digits | `77******93` |
//! | [`Kpp`] | `NNNNPPNNN`, `P` digit or Latin capital | upper-case | `7736***01` |
//! | [`Ogrn`] / [`Ogrnip`] | 13 / 15 digits, check digit | digits | `1027*******95` |
//! | [`PassportSeries`] / [`PassportNumber`] | 4 / 6 digits | digits | `****` / `****56` |
//! | [`PassportIssueDate`] | `DD.MM.YYYY` or `YYYY-MM-DD`, past, holder ≥ 14 | `YYYY-MM-DD` | `2015-**-**` |
//! | [`DivisionCode`] | `NNN-NNN` or 6 digits | `NNN-NNN` | `***-***` |
//! | [`ContractNumber`] | `RR-NNNNNNN` (region 01–99) or 9 digits | `77-1234567` | `77-*****67` |
//! | [`AccountNumber`] | 12 digits, Luhn | digits | `********0008` |
//! | [`SmartCardNumber`] | 12 digits | digits | `********9012` |
//! | [`ChipId`] | 10 digits | digits | `*******789` |
//! | [`Email`] | `local@domain.tld`, ASCII | domain lower-cased | `i***@example.ru` |
//! | [`Login`] | 3–32 of `[A-Za-z0-9._-]`, letter first | lower-case | `iv*******v` |
//! | [`NewPassword`] | ≥ 10 chars, 2+ kinds, not common, not the login | (secret) | `***` |
//! | [`OneTimeCode`] | 6 digits | digits | `******` |
//!
//! Spaces, dashes and brackets inside numbers are ignored. Errors carry the type's `FIELD`
//! name; [`crate::FieldError::in_field`] renames it for forms with two of a kind.

mod account;
mod dial;
mod email;
mod iccid;
mod inn;
pub(crate) mod input;
mod login;
mod name;
mod passport;
mod phone;
mod registry;
mod secret;

#[cfg(test)]
mod fuzz_tests;

pub use account::{AccountNumber, ChipId, ContractNumber, SmartCardNumber};
pub use dial::DialNumber;
pub use email::Email;
pub use iccid::Iccid;
pub use inn::{Inn, InnKind};
pub use input::parse_date;
pub use login::{Login, SignInId};
pub use name::{CompanyName, IssuingAuthority, PersonName};
pub use passport::{DivisionCode, PassportIssueDate, PassportNumber, PassportSeries};
pub use phone::Phone;
pub use registry::{Kpp, Ogrn, Ogrnip};
pub use secret::{NewPassword, OneTimeCode, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS};

/// A form of the value that is safe to write to logs.
pub trait Masked {
    fn masked(&self) -> String;
}

/// Serde as the canonical string; deserialising runs `parse`, so a DTO cannot hold bad data.
macro_rules! string_serde {
    ($t:ty) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(d)?;
                <$t>::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// `Debug` shows the masked form only.
macro_rules! masked_debug {
    ($t:ty) => {
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(
                    f,
                    "{}({})",
                    stringify!($t),
                    $crate::ids::Masked::masked(self)
                )
            }
        }
    };
}

/// The whole public face of a newtype over a validated `String`: `as_str`, `Display` (the
/// normalised value), `Masked` through the given `fn(&str) -> String`, serde as a string
/// (deserialising goes through `parse`) and a `Debug` that shows the masked form only.
macro_rules! string_id {
    ($t:ty, $mask:expr) => {
        impl $t {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl $crate::ids::Masked for $t {
            fn masked(&self) -> String {
                let mask: fn(&str) -> String = $mask;
                mask(&self.0)
            }
        }

        $crate::ids::string_serde!($t);
        $crate::ids::masked_debug!($t);
    };
}

pub(crate) use masked_debug;
pub(crate) use string_id;
pub(crate) use string_serde;
