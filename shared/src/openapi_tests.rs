//! With the `openapi` feature: identifiers are documented as strings (as they are sent), and
//! every DTO the server may send has a schema.

use utoipa::PartialSchema;

use crate::ids::*;

fn schema_json<T: PartialSchema>() -> serde_json::Value {
    serde_json::to_value(T::schema()).expect("schema serialises")
}

#[test]
fn identifiers_are_strings() {
    for s in [
        schema_json::<Phone>(),
        schema_json::<DialNumber>(),
        schema_json::<Iccid>(),
        schema_json::<Inn>(),
        schema_json::<Kpp>(),
        schema_json::<Ogrn>(),
        schema_json::<Ogrnip>(),
        schema_json::<PassportSeries>(),
        schema_json::<PassportNumber>(),
        schema_json::<PassportIssueDate>(),
        schema_json::<DivisionCode>(),
        schema_json::<ContractNumber>(),
        schema_json::<AccountNumber>(),
        schema_json::<SmartCardNumber>(),
        schema_json::<ChipId>(),
        schema_json::<Email>(),
        schema_json::<Login>(),
        schema_json::<NewPassword>(),
        schema_json::<OneTimeCode>(),
        schema_json::<PersonName>(),
        schema_json::<CompanyName>(),
        schema_json::<IssuingAuthority>(),
    ] {
        assert_eq!(s["type"], "string", "{s}");
    }
}

#[test]
fn dtos_have_schemas() {
    let all = [
        schema_json::<crate::ApiError>(),
        schema_json::<crate::ErrorCode>(),
        schema_json::<crate::Money>(),
        schema_json::<SignInId>(),
        schema_json::<crate::tariff::Tariff>(),
        schema_json::<crate::tariff::TariffChangeQuote>(),
        schema_json::<crate::tariff::Rated>(),
        schema_json::<crate::promised::PromisedOffer>(),
        schema_json::<crate::promised::PromisedPayment>(),
        schema_json::<crate::promised::Ineligible>(),
        schema_json::<crate::promised::Repayment>(),
        schema_json::<crate::bonus::FeeRedemption>(),
        schema_json::<crate::bonus::Transfer>(),
        schema_json::<crate::tv::PersonalTvPrice>(),
        schema_json::<crate::tv::ChannelPackage>(),
        schema_json::<crate::blocking::VoluntaryBlock>(),
        schema_json::<crate::expense::ExpenseStatus>(),
        schema_json::<crate::customer::CustomerIdentity>(),
        schema_json::<crate::customer::IdentityForm>(),
        schema_json::<crate::ledger::EntryKind>(),
        schema_json::<crate::autopay::AutopayRule>(),
        schema_json::<crate::api::auth::PasswordSignIn>(),
        schema_json::<crate::api::auth::SimSignIn>(),
        schema_json::<crate::api::auth::SmsCodeRequest>(),
        schema_json::<crate::api::auth::SmsCodeSignIn>(),
        schema_json::<crate::api::auth::SmsPasswordRequest>(),
        schema_json::<crate::api::auth::Sent>(),
        schema_json::<crate::api::auth::SessionInfo>(),
        schema_json::<crate::api::auth::SessionView>(),
        schema_json::<crate::api::auth::Ended>(),
        schema_json::<crate::api::auth::ChangePassword>(),
        schema_json::<crate::api::auth::Challenge>(),
        schema_json::<crate::api::auth::Registration>(),
        schema_json::<crate::api::auth::Registered>(),
        schema_json::<crate::api::auth::RecoveryRequest>(),
        schema_json::<crate::api::auth::RecoveryFinish>(),
        schema_json::<crate::api::auth::SatelliteLoginLookup>(),
        schema_json::<crate::api::auth::SatelliteLogin>(),
        schema_json::<crate::api::auth::OutboxMessage>(),
        schema_json::<crate::ledger::Explanation>(),
        schema_json::<crate::ledger::PaymentMethod>(),
        schema_json::<crate::card::CardExpiry>(),
        schema_json::<crate::api::dashboard::Dashboard>(),
        schema_json::<crate::api::payments::CardPaymentRequest>(),
        schema_json::<crate::api::payments::SavedCardPaymentRequest>(),
        schema_json::<crate::api::payments::PaymentView>(),
        schema_json::<crate::api::payments::SavedCard>(),
        schema_json::<crate::api::payments::GatewayPaymentRequest>(),
        schema_json::<crate::api::history::HistoryPage>(),
        schema_json::<crate::api::history::LedgerCheck>(),
        schema_json::<crate::api::usage::UsageBatch>(),
        schema_json::<crate::api::usage::UsageRated>(),
        schema_json::<crate::api::promised::PromisedView>(),
        schema_json::<crate::api::promised::TakePromised>(),
        schema_json::<crate::api::mobile::AddNumber>(),
        schema_json::<crate::api::mobile::ConfirmNumber>(),
        schema_json::<crate::api::mobile::ManagedNumber>(),
        schema_json::<crate::api::mobile::NumberManager>(),
        schema_json::<crate::api::mobile::SendSms>(),
        schema_json::<crate::api::mobile::SmsMessage>(),
        schema_json::<crate::api::mobile::SmsSent>(),
        schema_json::<crate::api::mobile::BlacklistAdd>(),
        schema_json::<crate::api::mobile::Blacklist>(),
        schema_json::<crate::api::mobile::BlockedCall>(),
        schema_json::<crate::api::support::NewThread>(),
        schema_json::<crate::api::support::Reply>(),
        schema_json::<crate::api::support::ThreadDetail>(),
        schema_json::<crate::api::support::AttachmentView>(),
        schema_json::<crate::api::notifications::Contacts>(),
        schema_json::<crate::api::notifications::ConfirmEmail>(),
        schema_json::<crate::api::notifications::ConfirmPhone>(),
        schema_json::<crate::api::notifications::NotificationPreferences>(),
        schema_json::<crate::api::notifications::Notifications>(),
        schema_json::<crate::api::notifications::UnreadCount>(),
        schema_json::<crate::api::notifications::MarkedRead>(),
        schema_json::<crate::api::services::PreviewRequest>(),
        schema_json::<crate::api::services::ConfirmRequest>(),
        schema_json::<crate::api::services::ServiceQuote>(),
        schema_json::<crate::api::services::ServiceChangeDone>(),
        schema_json::<crate::api::services::OptionCard>(),
        schema_json::<crate::api::services::MyServices>(),
        schema_json::<crate::api::services::CancelDone>(),
        schema_json::<crate::api::services::ActivationEntry>(),
        schema_json::<crate::api::services::BlockingView>(),
        schema_json::<crate::api::services::UnblockRequest>(),
        schema_json::<crate::api::services::InternetView>(),
        schema_json::<crate::api::services::MyTv>(),
    ];
    assert!(all.iter().all(|s| !s.is_null()));
    let codes = schema_json::<crate::ErrorCode>();
    let listed = codes["enum"].as_array().map_or(0, Vec::len);
    assert_eq!(listed, crate::ErrorCode::ALL.len(), "{codes}");
}
