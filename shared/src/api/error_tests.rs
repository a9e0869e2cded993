use std::collections::HashSet;

use super::*;

/// Exhaustive on purpose: a new variant does not compile until it is listed here, and then the
/// test fails unless it is also in [`ErrorCode::ALL`].
fn is_in_catalogue(code: ErrorCode) -> bool {
    match code {
        ErrorCode::NotFound
        | ErrorCode::MethodNotAllowed
        | ErrorCode::MalformedJson
        | ErrorCode::UnsupportedMediaType
        | ErrorCode::PayloadTooLarge
        | ErrorCode::Validation
        | ErrorCode::Unauthorized
        | ErrorCode::Forbidden
        | ErrorCode::RateLimited
        | ErrorCode::ServiceUnavailable
        | ErrorCode::Internal
        | ErrorCode::Network
        | ErrorCode::Required
        | ErrorCode::TooLong
        | ErrorCode::ChecksumMismatch
        | ErrorCode::InvalidPhone
        | ErrorCode::PhoneNotMobile
        | ErrorCode::InvalidIccid
        | ErrorCode::InvalidInn
        | ErrorCode::InvalidKpp
        | ErrorCode::InvalidOgrn
        | ErrorCode::InvalidOgrnip
        | ErrorCode::InvalidPassportSeries
        | ErrorCode::InvalidPassportNumber
        | ErrorCode::InvalidDate
        | ErrorCode::DateInFuture
        | ErrorCode::PassportIssuedUnder14
        | ErrorCode::InvalidDivisionCode
        | ErrorCode::InvalidContractNumber
        | ErrorCode::InvalidAccountNumber
        | ErrorCode::InvalidSmartCard
        | ErrorCode::InvalidChipId
        | ErrorCode::InvalidEmail
        | ErrorCode::InvalidName
        | ErrorCode::InvalidText
        | ErrorCode::TooYoung
        | ErrorCode::InvalidLogin
        | ErrorCode::PasswordTooShort
        | ErrorCode::PasswordTooSimple
        | ErrorCode::PasswordSameAsLogin
        | ErrorCode::PasswordTooCommon
        | ErrorCode::InvalidOneTimeCode
        | ErrorCode::InvalidAmount
        | ErrorCode::AmountTooPrecise
        | ErrorCode::AmountOutOfRange
        | ErrorCode::AmountNotPositive
        | ErrorCode::AmountBelowMinimum
        | ErrorCode::AmountAboveMaximum
        | ErrorCode::InvalidPeriod
        | ErrorCode::PromisedAccountTooNew
        | ErrorCode::PromisedAccountBlocked
        | ErrorCode::PromisedUnpaid
        | ErrorCode::PromisedNoSpendHistory
        | ErrorCode::InsufficientBonus
        | ErrorCode::BonusTransferDailyLimit
        | ErrorCode::BonusTransferBelowMinimum
        | ErrorCode::BonusTransferToSelf
        | ErrorCode::MultiroomLimit
        | ErrorCode::TariffUnchanged
        | ErrorCode::OneTimeCodeExpired
        | ErrorCode::OneTimeCodeWrong
        | ErrorCode::TemporaryPasswordExpired
        | ErrorCode::SmsTooLong
        | ErrorCode::BlockConfirmationRequired
        | ErrorCode::SignInFailed
        | ErrorCode::SessionExpired
        | ErrorCode::CsrfInvalid
        | ErrorCode::PasswordChangeRequired
        | ErrorCode::CurrentPasswordWrong
        | ErrorCode::ChallengeInvalid
        | ErrorCode::ChallengeExpired
        | ErrorCode::ChallengeReused
        | ErrorCode::ChallengeUnsolved
        | ErrorCode::IdentityMismatch
        | ErrorCode::AlreadyRegistered
        | ErrorCode::CompareCount
        | ErrorCode::CompareMixedRegions
        | ErrorCode::UnknownTvChannel
        | ErrorCode::UnknownTvPackage
        | ErrorCode::InvalidCardNumber
        | ErrorCode::InvalidCardExpiry
        | ErrorCode::CardExpired
        | ErrorCode::InvalidCvc
        | ErrorCode::CardDeclined
        | ErrorCode::InsufficientFunds
        | ErrorCode::ThreeDsFailed
        | ErrorCode::IdempotencyKeyRequired
        | ErrorCode::IdempotencyKeyReused
        | ErrorCode::GatewaySignatureInvalid
        | ErrorCode::PaymentNotCompleted
        | ErrorCode::NetworkSignatureInvalid
        | ErrorCode::InvalidCallerNumber
        | ErrorCode::BlacklistFull
        | ErrorCode::BlacklistDuplicate
        | ErrorCode::ExtraNumbersFull
        | ErrorCode::ExtraNumberAlreadyAdded
        | ErrorCode::ExtraNumberIsOwn
        | ErrorCode::SmsDailyLimit
        | ErrorCode::NoMobileAccount
        | ErrorCode::AttachmentTooLarge
        | ErrorCode::AttachmentTypeNotAllowed
        | ErrorCode::AttachmentLimit
        | ErrorCode::SupportThreadClosed
        | ErrorCode::SupportThreadLimit
        | ErrorCode::AttachmentStorageLimit
        | ErrorCode::ContactUnchanged
        | ErrorCode::OidcNotConfigured
        | ErrorCode::OidcNotLinked
        | ErrorCode::OidcStateInvalid
        | ErrorCode::OidcStateExpired
        | ErrorCode::OidcDenied
        | ErrorCode::OidcProviderError
        | ErrorCode::OidcTokenInvalid
        | ErrorCode::OidcAlreadyLinked
        | ErrorCode::QuoteStale
        | ErrorCode::InsufficientBalance
        | ErrorCode::AlreadyConnected
        | ErrorCode::ServiceNotAvailable
        | ErrorCode::UnknownOption
        | ErrorCode::UnknownTariff
        | ErrorCode::AlreadyBlocked
        | ErrorCode::NotBlocked
        | ErrorCode::BlockPermanent
        | ErrorCode::NotCancellable
        | ErrorCode::AutopayRulesFull
        | ErrorCode::BonusFeeAlreadyPaid
        | ErrorCode::UnknownReward
        | ErrorCode::MalformedQuery
        | ErrorCode::BonusRecipientUnknown
        | ErrorCode::ContractNotFound
        | ErrorCode::SimulatedTimeOutOfRange
        | ErrorCode::Unknown => ErrorCode::ALL.contains(&code),
    }
}

#[test]
fn all_lists_every_code_once() {
    let names: HashSet<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), ErrorCode::ALL.len(), "duplicate stable names");
    for code in ErrorCode::ALL {
        assert!(is_in_catalogue(code));
    }
    assert_eq!(ErrorCode::ALL.len(), 132);
}

#[test]
fn codes_serialise_as_their_stable_names() {
    for code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).expect("serialise");
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        let back: ErrorCode = serde_json::from_str(&json).expect("decode");
        assert_eq!(back, code);
        assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
    }
}

#[test]
fn every_code_is_a_client_or_server_error_with_both_texts() {
    for code in ErrorCode::ALL {
        assert!((400..600).contains(&code.status()), "{code}");
        for lang in Lang::ALL {
            assert!(!code.message(lang).is_empty(), "{code} {lang:?}");
        }
        assert_ne!(code.message(Lang::Ru), code.message(Lang::En), "{code}");
    }
}

#[test]
fn unknown_codes_from_a_newer_server_do_not_fail_decoding() {
    let err: ApiError =
        serde_json::from_str(r#"{"code":"brand_new","message":"x"}"#).expect("decode");
    assert_eq!(err.code, ErrorCode::Unknown);
    assert_eq!("brand_new".parse::<ErrorCode>(), Err(()));
}

#[test]
fn field_is_omitted_when_absent() {
    let json = serde_json::to_string(&ApiError::new(ErrorCode::NotFound)).expect("json");
    assert_eq!(json, r#"{"code":"not_found","message":"Not found."}"#);
}
