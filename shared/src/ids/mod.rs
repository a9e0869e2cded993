//! Identifiers: parse, don't validate. Once you hold a [`Phone`] it is a valid mobile number.
//!
//! Every type here has `parse(&str) -> Result<Self, FieldError>`, a canonical `Display`,
//! serde as that string (deserialising goes through `parse`), a [`Masked`] form for logs and a
//! `Debug` that prints the masked form, so personal data never reaches a log by accident.

mod account;
mod email;
mod iccid;
mod inn;
pub(crate) mod input;
mod login;
mod passport;
mod phone;
mod registry;
mod secret;

#[cfg(test)]
mod fuzz_tests;

pub use account::{AccountNumber, ChipId, ContractNumber, SmartCardNumber};
pub use email::Email;
pub use iccid::Iccid;
pub use inn::{Inn, InnKind};
pub use input::parse_date;
pub use login::{Login, SignInId};
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

pub(crate) use masked_debug;
pub(crate) use string_serde;
