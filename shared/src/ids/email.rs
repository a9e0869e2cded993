//! E-mail addresses, checked the way mail servers actually accept them (not full RFC 5322:
//! no quoted local parts, no IP literals, ASCII only, since we send with plain SMTP).

use std::fmt;

use super::input::trimmed;
use super::{Masked, masked_debug, string_serde};
use crate::{ErrorCode, FieldError};

const MAX_LEN: usize = 254;
const MAX_LOCAL: usize = 64;
const MAX_LABEL: usize = 63;

/// An address `local@domain`; the domain is stored lower-case, the local part as typed.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "ivan.petrov@example.ru"))]
pub struct Email(String);

fn local_ok(local: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-.".contains(c);
    !local.is_empty()
        && local.len() <= MAX_LOCAL
        && local.chars().all(allowed)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

fn domain_ok(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= MAX_LABEL
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let tld_ok = labels.last().is_some_and(|t| {
        t.len() >= 2 && (t.chars().all(|c| c.is_ascii_alphabetic()) || t.starts_with("xn--"))
    });
    labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

impl Email {
    pub const FIELD: &'static str = "email";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = trimmed(input, Self::FIELD)?;
        let invalid = FieldError::new(Self::FIELD, ErrorCode::InvalidEmail);
        if s.len() > MAX_LEN {
            return Err(FieldError::new(Self::FIELD, ErrorCode::TooLong));
        }
        let (local, domain) = s.rsplit_once('@').ok_or(invalid)?;
        if !local_ok(local) || !domain_ok(domain) {
            return Err(invalid);
        }
        Ok(Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for Email {
    /// `i***@example.ru`: first character of the local part and the domain.
    fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or(("", ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}***@{domain}")
    }
}

string_serde!(Email);
masked_debug!(Email);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_addresses() {
        for s in [
            "ivan@example.ru",
            "ivan.petrov+mts@mail.example.com",
            "a_b-c@x-y.org",
            "o'neil@xn--80ak6aa92e.xn--p1ai",
        ] {
            assert_eq!(Email::parse(s).unwrap().as_str(), s, "{s}");
        }
        assert_eq!(
            Email::parse(" Ivan@Example.RU ").unwrap().as_str(),
            "Ivan@example.ru"
        );
    }

    #[test]
    fn bad_addresses() {
        for s in [
            "ivan",
            "ivan@",
            "@example.ru",
            "ivan@example",
            "ivan@@example.ru",
            "iv an@example.ru",
            ".ivan@example.ru",
            "iv..an@example.ru",
            "ivan@-example.ru",
            "ivan@example.r",
            "ivan@example.123",
            "иван@пример.рф",
            "ivan@exa_mple.ru",
        ] {
            assert_eq!(
                Email::parse(s).unwrap_err().code,
                ErrorCode::InvalidEmail,
                "{s}"
            );
        }
        assert_eq!(
            Email::parse(&format!("{}@example.ru", "a".repeat(65)))
                .unwrap_err()
                .code,
            ErrorCode::InvalidEmail
        );
        assert_eq!(
            Email::parse(&format!("a@{}.ru", "b".repeat(260)))
                .unwrap_err()
                .code,
            ErrorCode::TooLong
        );
    }

    #[test]
    fn masks() {
        assert_eq!(
            Email::parse("ivan@example.ru").unwrap().masked(),
            "i***@example.ru"
        );
        assert_eq!(
            format!("{:?}", Email::parse("ivan@example.ru").unwrap()),
            "Email(i***@example.ru)"
        );
    }
}
