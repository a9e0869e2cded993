//! [`FieldError`]: why one input field was refused. Every `parse` in this crate returns it.

use crate::{ApiError, ErrorCode, Lang};

/// A field that failed to parse: the field's name in the request (`phone`, `amount`, ...) and a
/// stable [`ErrorCode`] (status 422). Never carries the rejected input, so it is safe to log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{field}: {code}")]
pub struct FieldError {
    pub field: &'static str,
    pub code: ErrorCode,
}

impl FieldError {
    pub const fn new(field: &'static str, code: ErrorCode) -> Self {
        Self { field, code }
    }

    /// The same error reported against another field name (e.g. `new_phone`).
    pub const fn in_field(self, field: &'static str) -> Self {
        Self {
            field,
            code: self.code,
        }
    }

    /// The text shown next to the field.
    pub fn message(self, lang: Lang) -> &'static str {
        self.code.message(lang)
    }
}

impl From<FieldError> for ApiError {
    fn from(err: FieldError) -> Self {
        ApiError::new(err.code).with_field(err.field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn becomes_an_api_error_with_field_and_422() {
        let api: ApiError = FieldError::new("phone", ErrorCode::InvalidPhone).into();
        assert_eq!(api.field.as_deref(), Some("phone"));
        assert_eq!(api.code, ErrorCode::InvalidPhone);
        assert_eq!(api.status(), 422);
        assert_eq!(api.message, ErrorCode::InvalidPhone.message(Lang::En));
    }

    #[test]
    fn can_be_moved_to_another_field() {
        let err = FieldError::new("phone", ErrorCode::Required).in_field("new_phone");
        assert_eq!(err.field, "new_phone");
        assert_eq!(err.to_string(), "new_phone: required");
    }
}
