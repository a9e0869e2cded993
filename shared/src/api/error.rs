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

/// The catalogue of stable error codes. Codes are never renamed: clients depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No such resource or API path.
    NotFound,
    /// The HTTP method is not allowed on this path.
    MethodNotAllowed,
    /// The body is not valid JSON or does not have the expected shape.
    MalformedJson,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// A field failed validation; `field` names it.
    Validation,
    /// Sign-in is required.
    Unauthorized,
    /// Signed in, but not allowed.
    Forbidden,
    /// Too many attempts; try again later.
    RateLimited,
    /// The server could not reach a dependency it needs.
    ServiceUnavailable,
    /// An unexpected failure on the server; nothing was changed.
    Internal,
    /// The network failed before the server answered (client side only).
    Network,
    /// A code this client does not know yet (sent by a newer server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::MalformedJson,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Validation,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::RateLimited,
        ErrorCode::ServiceUnavailable,
        ErrorCode::Internal,
        ErrorCode::Network,
        ErrorCode::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::Validation => "validation",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::Internal => "internal",
            ErrorCode::Network => "network",
            ErrorCode::Unknown => "unknown",
        }
    }

    pub fn status(self) -> u16 {
        match self {
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::MalformedJson => 400,
            ErrorCode::Validation => 422,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::Unauthorized => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::RateLimited => 429,
            ErrorCode::ServiceUnavailable | ErrorCode::Network => 503,
            ErrorCode::Internal | ErrorCode::Unknown => 500,
        }
    }

    /// The text shown to a person, in their language.
    pub fn message(self, lang: Lang) -> &'static str {
        use ErrorCode::*;
        match (self, lang) {
            (NotFound, Lang::Ru) => "Не найдено.",
            (NotFound, Lang::En) => "Not found.",
            (MethodNotAllowed, Lang::Ru) => "Это действие здесь недоступно.",
            (MethodNotAllowed, Lang::En) => "This action is not available here.",
            (MalformedJson, Lang::Ru) => "Запрос составлен неверно.",
            (MalformedJson, Lang::En) => "The request is malformed.",
            (UnsupportedMediaType, Lang::Ru) => "Неподдерживаемый формат запроса.",
            (UnsupportedMediaType, Lang::En) => "Unsupported request format.",
            (PayloadTooLarge, Lang::Ru) => "Слишком большой запрос.",
            (PayloadTooLarge, Lang::En) => "The request is too large.",
            (Validation, Lang::Ru) => "Проверьте введённые данные.",
            (Validation, Lang::En) => "Please check what you entered.",
            (Unauthorized, Lang::Ru) => "Войдите в личный кабинет.",
            (Unauthorized, Lang::En) => "Please sign in.",
            (Forbidden, Lang::Ru) => "Недостаточно прав.",
            (Forbidden, Lang::En) => "You are not allowed to do this.",
            (RateLimited, Lang::Ru) => "Слишком много попыток. Попробуйте позже.",
            (RateLimited, Lang::En) => "Too many attempts. Please try again later.",
            (ServiceUnavailable, Lang::Ru) => "Сервис временно недоступен. Попробуйте позже.",
            (ServiceUnavailable, Lang::En) => {
                "The service is temporarily unavailable. Please try again later."
            }
            (Internal, Lang::Ru) => {
                "Что-то пошло не так. Ничего не изменилось, попробуйте ещё раз."
            }
            (Internal, Lang::En) => "Something went wrong. Nothing was changed; please try again.",
            (Network, Lang::Ru) => "Нет связи с сервером. Проверьте подключение.",
            (Network, Lang::En) => "Cannot reach the server. Check your connection.",
            (Unknown, Lang::Ru) => "Неизвестная ошибка. Обновите страницу.",
            (Unknown, Lang::En) => "Unknown error. Please reload the page.",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_stable_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).expect("serialise");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn every_code_is_a_client_or_server_error_with_both_texts() {
        for code in ErrorCode::ALL {
            assert!((400..600).contains(&code.status()), "{code}");
            for lang in Lang::ALL {
                assert!(!code.message(lang).is_empty(), "{code} {lang:?}");
            }
        }
    }

    #[test]
    fn unknown_codes_from_a_newer_server_do_not_fail_decoding() {
        let err: ApiError =
            serde_json::from_str(r#"{"code":"brand_new","message":"x"}"#).expect("decode");
        assert_eq!(err.code, ErrorCode::Unknown);
    }

    #[test]
    fn field_is_omitted_when_absent() {
        let json = serde_json::to_string(&ApiError::new(ErrorCode::NotFound)).expect("json");
        assert_eq!(json, r#"{"code":"not_found","message":"Not found."}"#);
    }
}
