//! Secrets typed by people: a new password (checked against the policy) and one-time codes.
//! Their `Debug` and [`Masked`] forms never show the value.

use std::fmt;

use super::input::{MAX_INPUT_BYTES, fixed_digits};
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

/// Shortest accepted password, in characters.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Longest accepted password, in characters (argon2 does not need more).
pub const PASSWORD_MAX_CHARS: usize = 128;

/// Passwords seen most often in leaks that also pass the length rule; compared ignoring case.
const COMMON_PASSWORDS: &[&str] = &[
    "1q2w3e4r5t",
    "1q2w3e4r5t6y",
    "password1",
    "password12",
    "password123",
    "password1!",
    "qwerty1234",
    "qwerty12345",
    "qwerty123456",
    "qwertyuiop1",
    "1qaz2wsx3edc",
    "zaq12wsxcde3",
    "iloveyou123",
    "abc1234567",
    "abcd123456",
    "a123456789",
    "q1w2e3r4t5",
    "123456789a",
    "123456789q",
    "1234567890q",
    "qwe123qwe123",
    "admin12345",
    "administrator1",
    "welcome123",
    "letmein123",
    "sunshine123",
    "football123",
    "dragon12345",
    "monkey12345",
    "princess123",
    "parol12345",
    "privet12345",
    "mts1234567",
    "mymts12345",
    "123qweasdzxc",
    "passw0rd123",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Lower,
    Upper,
    Digit,
    Other,
}

fn class(c: char) -> CharClass {
    if c.is_ascii_digit() {
        CharClass::Digit
    } else if c.is_lowercase() {
        CharClass::Lower
    } else if c.is_uppercase() {
        CharClass::Upper
    } else {
        CharClass::Other
    }
}

/// A password that satisfies the policy: at least [`PASSWORD_MIN_CHARS`] characters, at least
/// two kinds of character (lower-case, upper-case, digits, others), not a common password
/// and, when checked with [`NewPassword::parse_for_login`], not the login itself.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Password))]
pub struct NewPassword(String);

impl NewPassword {
    pub const FIELD: &'static str = "password";

    /// The policy without the login rule. Not trimmed: spaces are part of a password.
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let err = |code| Err(FieldError::new(Self::FIELD, code));
        if input.is_empty() {
            return err(ErrorCode::Required);
        }
        if input.len() > MAX_INPUT_BYTES * 2 || input.chars().count() > PASSWORD_MAX_CHARS {
            return err(ErrorCode::TooLong);
        }
        if input.chars().count() < PASSWORD_MIN_CHARS {
            return err(ErrorCode::PasswordTooShort);
        }
        let lower = input.to_lowercase();
        if COMMON_PASSWORDS.contains(&lower.as_str()) {
            return err(ErrorCode::PasswordTooCommon);
        }
        let mut classes = input.chars().map(class);
        let first = classes.next();
        if classes.all(|c| Some(c) == first) {
            return err(ErrorCode::PasswordTooSimple);
        }
        Ok(Self(input.to_owned()))
    }

    /// The full policy: also refuses a password equal to the login, ignoring case.
    pub fn parse_for_login(input: &str, login: &str) -> Result<Self, FieldError> {
        let password = Self::parse(input)?;
        password.check_login(login)?;
        Ok(password)
    }

    /// The login rule alone, for a password parsed before the login was known.
    pub fn check_login(&self, login: &str) -> Result<(), FieldError> {
        if self.0.to_lowercase() == login.trim().to_lowercase() {
            return Err(FieldError::new(Self::FIELD, ErrorCode::PasswordSameAsLogin));
        }
        Ok(())
    }

    /// The password itself, for hashing. Deliberately the only way to read it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl Masked for NewPassword {
    fn masked(&self) -> String {
        "***".to_owned()
    }
}

impl serde::Serialize for NewPassword {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for NewPassword {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <String as serde::Deserialize>::deserialize(d)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

masked_debug!(NewPassword);

/// A one-time code sent by SMS or e-mail: 6 digits (`123 456` is accepted).
#[derive(Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "123456"))]
pub struct OneTimeCode(String);

impl OneTimeCode {
    pub const FIELD: &'static str = "code";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        fixed_digits(input, 6, Self::FIELD, ErrorCode::InvalidOneTimeCode).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OneTimeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for OneTimeCode {
    fn masked(&self) -> String {
        "******".to_owned()
    }
}

string_serde!(OneTimeCode);
masked_debug!(OneTimeCode);

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> ErrorCode {
        NewPassword::parse(s).unwrap_err().code
    }

    #[test]
    fn password_policy() {
        assert!(NewPassword::parse("Correct horse 7").is_ok());
        assert!(NewPassword::parse("пароль-надёжный").is_ok());
        assert_eq!(code(""), ErrorCode::Required);
        assert_eq!(code("Short1!"), ErrorCode::PasswordTooShort);
        assert_eq!(code("abcdefghijk"), ErrorCode::PasswordTooSimple);
        assert_eq!(code("12345678901"), ErrorCode::PasswordTooSimple);
        assert_eq!(code("ЙЦУКЕНГШЩЗХ"), ErrorCode::PasswordTooSimple);
        assert_eq!(code("Password123"), ErrorCode::PasswordTooCommon);
        assert_eq!(code("1Q2W3E4R5T"), ErrorCode::PasswordTooCommon);
        assert_eq!(code(&"aB".repeat(65)), ErrorCode::TooLong);
        let same = NewPassword::parse_for_login("Ivan.Petrov", "ivan.petrov").unwrap_err();
        assert_eq!(
            same,
            FieldError::new("password", ErrorCode::PasswordSameAsLogin)
        );
        assert!(NewPassword::parse_for_login("Ivan.Petrov2", "ivan.petrov").is_ok());
    }

    #[test]
    fn secrets_stay_out_of_logs() {
        let p = NewPassword::parse("Correct horse 7").unwrap();
        assert_eq!(format!("{p:?} {p}"), "NewPassword(***) ***");
        assert_eq!(p.expose(), "Correct horse 7");
        let c = OneTimeCode::parse("123 456").unwrap();
        assert_eq!(
            (c.as_str(), format!("{c:?}")),
            ("123456", "OneTimeCode(******)".to_owned())
        );
        assert_eq!(
            OneTimeCode::parse("12345").unwrap_err().code,
            ErrorCode::InvalidOneTimeCode
        );
        assert_eq!(
            OneTimeCode::parse("12345a").unwrap_err().code,
            ErrorCode::InvalidOneTimeCode
        );
    }
}
