//! One error type at the edge: a stable machine `code`, the offending `field` when there is
//! one, and an English `message` for people reading the API. The app never parses the
//! message: it shows [`ErrorCode::message`] in the user's language.

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[error("{code}: {message}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// The request field the error concerns (`phone`, `amount`, ...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// English text for API readers; the app localises by `code` instead.
    #[serde(default)]
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code,
            field: None,
            message: code.message(Lang::En).to_owned(),
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The HTTP status this error is sent with.
    pub fn status(&self) -> u16 {
        self.code.status()
    }
}

impl From<ErrorCode> for ApiError {
    fn from(code: ErrorCode) -> Self {
        ApiError::new(code)
    }
}

/// Declares the catalogue as one table (variant, stable name, HTTP status, ru, en), so a code
/// cannot exist without its name, status, both texts and its place in [`ErrorCode::ALL`].
macro_rules! error_codes {
    ($( $(#[$meta:meta])* $variant:ident = $name:literal, $status:literal, $ru:literal, $en:literal; )*) => {
        /// The catalogue of stable error codes. Codes are never renamed: clients depend on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ErrorCode {
            $( $(#[$meta])* #[serde(rename = $name)] $variant, )*
        }

        impl ErrorCode {
            pub const ALL: [ErrorCode; [$($name),*].len()] = [$(ErrorCode::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $name,)* }
            }

            pub fn status(self) -> u16 {
                match self { $(ErrorCode::$variant => $status,)* }
            }

            /// The text shown to a person, in their language.
            pub fn message(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (ErrorCode::$variant, Lang::Ru) => $ru, (ErrorCode::$variant, Lang::En) => $en, )*
                }
            }
        }
    };
}

#[path = "error_codes.rs"]
mod codes;
pub use codes::ErrorCode;

impl std::str::FromStr for ErrorCode {
    type Err = ();

    /// The code with this stable name; `Err` for names this build does not know.
    fn from_str(name: &str) -> Result<Self, ()> {
        ErrorCode::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .ok_or(())
    }
}

/// The schema lists the stable names as they are sent (`not_found`, ...). A derived schema
/// listed the Rust variant names (`NotFound`): the `serde(rename)` inside the catalogue macro
/// is invisible to the derive, and the API fuzzing found every error answer off-schema.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for ErrorCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("A stable machine-readable error code."))
            .enum_values(Some(ErrorCode::ALL.map(ErrorCode::as_str)))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for ErrorCode {
    fn name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("ErrorCode")
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
