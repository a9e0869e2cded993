//! Logins, and what a person may type into the "login" box of the sign-in form.

use std::fmt;

use super::input::{mask_middle, trimmed};
use super::{AccountNumber, ContractNumber, Masked, Phone, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

const MIN_LEN: usize = 3;
const MAX_LEN: usize = 32;

/// A web-account login: 3–32 characters, Latin letters, digits, `.`, `_`, `-`, starting with a
/// letter. Logins are case-insensitive, so they are stored lower-case.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "ivan.petrov"))]
pub struct Login(String);

impl Login {
    pub const FIELD: &'static str = "login";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?;
        let ok = (MIN_LEN..=MAX_LEN).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if ok {
            Ok(Self(s.to_ascii_lowercase()))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidLogin))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for Login {
    fn masked(&self) -> String {
        mask_middle(&self.0, 2, 1)
    }
}

string_serde!(Login);
masked_debug!(Login);

/// What the sign-in and recovery forms accept as "login": a phone number, a contract number,
/// a personal account number or a login, tried in that order (the shapes do not overlap:
/// logins start with a letter, the numbers do not).
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum SignInId {
    Phone(Phone),
    Contract(ContractNumber),
    Account(AccountNumber),
    Login(Login),
}

impl SignInId {
    /// Field name used for every error: the form has one box.
    pub const FIELD: &'static str = "login";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?;
        if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Login::parse(s).map(Self::Login);
        }
        if let Ok(p) = Phone::parse(s) {
            return Ok(Self::Phone(p));
        }
        if let Ok(c) = ContractNumber::parse(s) {
            return Ok(Self::Contract(c));
        }
        AccountNumber::parse(s)
            .map(Self::Account)
            .map_err(|_| FieldError::new(Self::FIELD, ErrorCode::InvalidLogin))
    }
}

impl Masked for SignInId {
    fn masked(&self) -> String {
        match self {
            Self::Phone(p) => p.masked(),
            Self::Contract(c) => c.masked(),
            Self::Account(a) => a.masked(),
            Self::Login(l) => l.masked(),
        }
    }
}

masked_debug!(SignInId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins() {
        assert_eq!(
            Login::parse("Ivan.Petrov_1").unwrap().as_str(),
            "ivan.petrov_1"
        );
        for bad in [
            "iv",
            "1ivan",
            "_ivan",
            "ivan petrov",
            "иван",
            "ivan@mts",
            &"a".repeat(33),
        ] {
            assert_eq!(
                Login::parse(bad).unwrap_err().code,
                ErrorCode::InvalidLogin,
                "{bad}"
            );
        }
        assert_eq!(Login::parse("ivanpetrov").unwrap().masked(), "iv*******v");
    }

    #[test]
    fn sign_in_id_tells_the_kinds_apart() {
        assert!(matches!(
            SignInId::parse("+7 912 345-67-89"),
            Ok(SignInId::Phone(_))
        ));
        assert!(matches!(
            SignInId::parse("77-1234567"),
            Ok(SignInId::Contract(_))
        ));
        assert!(matches!(
            SignInId::parse("100000000008"),
            Ok(SignInId::Account(_))
        ));
        assert!(matches!(SignInId::parse("ivan"), Ok(SignInId::Login(_))));
        assert_eq!(
            SignInId::parse("12345").unwrap_err(),
            FieldError::new("login", ErrorCode::InvalidLogin)
        );
        assert_eq!(
            SignInId::parse("").unwrap_err(),
            FieldError::new("login", ErrorCode::Required)
        );
        let json = serde_json::to_string(&SignInId::parse("89123456789").unwrap()).unwrap();
        assert_eq!(json, r#"{"kind":"phone","value":"+79123456789"}"#);
    }
}
