//! Sign-in rules that the forms show and the server enforces (PRODUCT 1.3–1.4): lifetimes of
//! one-time codes and of temporary passwords issued by SMS. Hashing and storage are the
//! server's; only the time and attempt rules live here.

use chrono::{Duration, NaiveDateTime};

use crate::ids::OneTimeCode;
use crate::{ApiError, ErrorCode};

/// A one-time code works for this long after it is sent.
pub const ONE_TIME_CODE_TTL_MINUTES: i64 = 5;
/// Wrong tries allowed per code; then a new code must be requested.
pub const ONE_TIME_CODE_MAX_ATTEMPTS: u32 = 5;
/// A password issued by SMS must be changed within this many hours, then it stops working.
pub const TEMPORARY_PASSWORD_HOURS: i64 = 48;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("one-time code expired")]
    CodeExpired,
    #[error("too many attempts")]
    TooManyAttempts,
    #[error("wrong one-time code")]
    CodeWrong,
    #[error("temporary password expired")]
    TemporaryPasswordExpired,
}

impl From<AuthError> for ApiError {
    fn from(err: AuthError) -> Self {
        let code = match err {
            AuthError::CodeExpired => ErrorCode::OneTimeCodeExpired,
            AuthError::TooManyAttempts => ErrorCode::RateLimited,
            AuthError::CodeWrong => ErrorCode::OneTimeCodeWrong,
            AuthError::TemporaryPasswordExpired => {
                return ApiError::new(ErrorCode::TemporaryPasswordExpired);
            }
        };
        ApiError::new(code).with_field(OneTimeCode::FIELD)
    }
}

/// When a code sent at `sent_at` stops working.
pub fn code_expires_at(sent_at: NaiveDateTime) -> NaiveDateTime {
    sent_at + Duration::minutes(ONE_TIME_CODE_TTL_MINUTES)
}

/// Whether one more try of a code is allowed: not expired, attempts left. Call before
/// comparing; count the attempt whatever the outcome.
pub fn may_try_code(
    sent_at: NaiveDateTime,
    failed_attempts: u32,
    now: NaiveDateTime,
) -> Result<(), AuthError> {
    if now >= code_expires_at(sent_at) {
        return Err(AuthError::CodeExpired);
    }
    if failed_attempts >= ONE_TIME_CODE_MAX_ATTEMPTS {
        return Err(AuthError::TooManyAttempts);
    }
    Ok(())
}

/// A temporary password issued at `issued_at`: `Ok(deadline to change it)` while it works.
pub fn temporary_password_deadline(
    issued_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<NaiveDateTime, AuthError> {
    let deadline = issued_at + Duration::hours(TEMPORARY_PASSWORD_HOURS);
    if now < deadline {
        Ok(deadline)
    } else {
        Err(AuthError::TemporaryPasswordExpired)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn one_time_codes() {
        let sent = at(25, 10, 0);
        assert_eq!(may_try_code(sent, 0, at(25, 10, 4)), Ok(()));
        assert_eq!(
            may_try_code(sent, 0, at(25, 10, 5)),
            Err(AuthError::CodeExpired)
        );
        assert_eq!(may_try_code(sent, 4, at(25, 10, 1)), Ok(()));
        assert_eq!(
            may_try_code(sent, 5, at(25, 10, 1)),
            Err(AuthError::TooManyAttempts)
        );
        let api = ApiError::from(AuthError::CodeWrong);
        assert_eq!(
            (api.code, api.field.as_deref(), api.status()),
            (ErrorCode::OneTimeCodeWrong, Some("code"), 422)
        );
        assert_eq!(ApiError::from(AuthError::TooManyAttempts).status(), 429);
    }

    #[test]
    fn temporary_passwords_last_48_hours() {
        let issued = at(20, 9, 30);
        assert_eq!(
            temporary_password_deadline(issued, at(22, 9, 29)),
            Ok(at(22, 9, 30))
        );
        assert_eq!(
            temporary_password_deadline(issued, at(22, 9, 30)),
            Err(AuthError::TemporaryPasswordExpired)
        );
        assert_eq!(
            ApiError::from(AuthError::TemporaryPasswordExpired).status(),
            401
        );
    }
}
