//! "Nothing works" (PRODUCT 1.4): the application a subscriber brings to an office when no
//! way of signing in or recovering works. The form is typed in the browser, checked here,
//! and printed by the server as a PDF.

use serde::{Deserialize, Serialize};

use crate::customer::FieldErrors;
use crate::ids::{PersonName, Phone, SignInId};
use crate::{ErrorCode, FieldError};

/// Longest "what happened" text.
pub const REASON_MAX_CHARS: usize = 1000;

/// The form as typed (also the `application/x-www-form-urlencoded` body of the PDF request;
/// a checked checkbox arrives as any value, an unchecked one not at all).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ApplicationForm {
    pub full_name: String,
    /// Login, phone, contract or personal account number.
    pub identifier: String,
    /// A phone to call back (optional).
    pub contact_phone: String,
    /// What happened, in the subscriber's words.
    pub reason: String,
    /// Present when the contract holder is someone else (a power of attorney is needed).
    pub on_behalf: Option<String>,
}

/// A checked application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub full_name: PersonName,
    pub identifier: SignInId,
    pub contact_phone: Option<Phone>,
    pub reason: String,
    pub on_behalf: bool,
}

/// "What happened": required, at most [`REASON_MAX_CHARS`] characters, no control characters
/// except line breaks.
pub fn parse_reason(input: &str) -> Result<String, FieldError> {
    const FIELD: &str = "reason";
    let text = input.trim();
    if text.is_empty() {
        return Err(FieldError::new(FIELD, ErrorCode::Required));
    }
    if text.chars().count() > REASON_MAX_CHARS {
        return Err(FieldError::new(FIELD, ErrorCode::TooLong));
    }
    Ok(text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect())
}

impl ApplicationForm {
    /// Every field checked; every bad one reported, in form order.
    pub fn parse(&self) -> Result<Application, FieldErrors> {
        let mut errors = Vec::new();
        let full_name = PersonName::parse(&self.full_name)
            .map_err(|e| errors.push(e))
            .ok();
        let identifier = SignInId::parse(&self.identifier)
            .map_err(|e| errors.push(e.in_field("identifier")))
            .ok();
        let contact_phone = if self.contact_phone.trim().is_empty() {
            Some(None)
        } else {
            Phone::parse(&self.contact_phone)
                .map(Some)
                .map_err(|e| errors.push(e.in_field("contact_phone")))
                .ok()
        };
        let reason = parse_reason(&self.reason).map_err(|e| errors.push(e)).ok();
        match (full_name, identifier, contact_phone, reason) {
            (Some(full_name), Some(identifier), Some(contact_phone), Some(reason)) => {
                Ok(Application {
                    full_name,
                    identifier,
                    contact_phone,
                    reason,
                    on_behalf: self.on_behalf.is_some(),
                })
            }
            _ => Err(FieldErrors(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form() -> ApplicationForm {
        ApplicationForm {
            full_name: "Иванов Иван Иванович".into(),
            identifier: "77-1000001".into(),
            contact_phone: "+7 916 123-45-67".into(),
            reason: "Не приходит SMS с кодом.".into(),
            on_behalf: None,
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let app = form().parse().expect("valid");
        assert!(!app.on_behalf);
        assert_eq!(
            app.contact_phone.map(|p| p.to_string()).as_deref(),
            Some("+79161234567")
        );
        let app = ApplicationForm {
            contact_phone: String::new(),
            on_behalf: Some("on".into()),
            ..form()
        }
        .parse()
        .expect("valid");
        assert!(app.on_behalf && app.contact_phone.is_none());
    }

    #[test]
    fn every_bad_field_is_reported_in_order() {
        let errs = ApplicationForm::default().parse().expect_err("empty");
        let fields: Vec<_> = errs.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["full_name", "identifier", "reason"]);
        let errs = ApplicationForm {
            contact_phone: "12".into(),
            ..form()
        }
        .parse()
        .expect_err("phone");
        assert_eq!(errs.0[0].field, "contact_phone");
    }

    #[test]
    fn the_reason_has_a_limit() {
        assert_eq!(
            parse_reason(&"я".repeat(REASON_MAX_CHARS)).map(|r| r.chars().count()),
            Ok(REASON_MAX_CHARS)
        );
        assert_eq!(
            parse_reason(&"я".repeat(REASON_MAX_CHARS + 1)).map_err(|e| e.code),
            Err(ErrorCode::TooLong)
        );
        assert_eq!(
            parse_reason(" \n ").map_err(|e| e.code),
            Err(ErrorCode::Required)
        );
    }

    proptest! {
        #[test]
        fn any_reason_is_refused_or_kept_without_controls(s in "\\PC{0,1200}") {
            if let Ok(text) = parse_reason(&s) {
                prop_assert!(text.chars().count() <= REASON_MAX_CHARS);
                prop_assert!(text.chars().all(|c| !c.is_control() || c == '\n'));
            }
        }
    }
}
