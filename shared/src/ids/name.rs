//! Names and free text typed into identity forms.

use std::fmt;

use super::input::trimmed;
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

/// Collapses runs of whitespace to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Free text of `min..=max` characters without control characters, whitespace collapsed.
fn text(input: &str, field: &'static str, min: usize, max: usize) -> Result<String, FieldError> {
    let s = collapse(trimmed(input, field)?);
    let n = s.chars().count();
    if n > max {
        return Err(FieldError::new(field, ErrorCode::TooLong));
    }
    if n < min || s.chars().any(char::is_control) {
        return Err(FieldError::new(field, ErrorCode::InvalidText));
    }
    Ok(s)
}

/// A person's full name (`Иванов Иван Иванович`, `Anna-Maria O'Neil`): letters of any script,
/// spaces, hyphens, apostrophes and dots; 2–150 characters with at least one letter.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "Иванов Иван Иванович"))]
pub struct PersonName(String);

impl PersonName {
    pub const FIELD: &'static str = "full_name";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = collapse(trimmed(input, Self::FIELD)?);
        if s.chars().count() > 150 {
            return Err(FieldError::new(Self::FIELD, ErrorCode::TooLong));
        }
        let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.');
        let ok =
            s.chars().count() >= 2 && s.chars().all(allowed) && s.chars().any(char::is_alphabetic);
        if ok {
            Ok(Self(s))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidName))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Masked for PersonName {
    /// Initials only: `И. И. И.`.
    fn masked(&self) -> String {
        self.0
            .split(' ')
            .filter_map(|w| w.chars().next())
            .map(|c| format!("{c}."))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A company name as registered (`ПАО «Сбербанк»`): 2–200 printable characters.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "ООО «Ромашка»"))]
pub struct CompanyName(String);

impl CompanyName {
    pub const FIELD: &'static str = "company_name";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        text(input, Self::FIELD, 2, 200).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Masked for CompanyName {
    /// Company names are public.
    fn masked(&self) -> String {
        self.0.clone()
    }
}

/// The authority that issued a passport (`ГУ МВД России по г. Москве`): 3–200 printable characters.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "ГУ МВД России по г. Москве"))]
pub struct IssuingAuthority(String);

impl IssuingAuthority {
    pub const FIELD: &'static str = "passport_issued_by";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        text(input, Self::FIELD, 3, 200).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Masked for IssuingAuthority {
    fn masked(&self) -> String {
        self.0.chars().take(3).chain("***".chars()).collect()
    }
}

macro_rules! name_common {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        string_serde!($t);
        masked_debug!($t);
    };
}

name_common!(PersonName);
name_common!(CompanyName);
name_common!(IssuingAuthority);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names() {
        let n = PersonName::parse("  Иванов   Иван  Иванович ").unwrap();
        assert_eq!(n.as_str(), "Иванов Иван Иванович");
        assert_eq!(n.masked(), "И. И. И.");
        assert!(PersonName::parse("Anna-Maria O'Neil").is_ok());
        for bad in ["И", "Ivan2", "--", "Иван <script>", "🙂🙂"] {
            assert_eq!(
                PersonName::parse(bad).unwrap_err().code,
                ErrorCode::InvalidName,
                "{bad}"
            );
        }
        assert_eq!(
            PersonName::parse(&"я".repeat(151)).unwrap_err().code,
            ErrorCode::TooLong
        );
    }

    #[test]
    fn company_and_authority() {
        assert_eq!(
            CompanyName::parse("ПАО  «Сбербанк»").unwrap().as_str(),
            "ПАО «Сбербанк»"
        );
        assert_eq!(
            CompanyName::parse("A").unwrap_err().code,
            ErrorCode::InvalidText
        );
        assert_eq!(
            CompanyName::parse("ООО\u{7}Ромашка").unwrap_err().code,
            ErrorCode::InvalidText
        );
        assert_eq!(
            IssuingAuthority::parse("ГУ МВД России по г. Москве")
                .unwrap()
                .masked(),
            "ГУ ***"
        );
        assert_eq!(
            IssuingAuthority::parse(&"x".repeat(201)).unwrap_err().code,
            ErrorCode::TooLong
        );
    }
}
