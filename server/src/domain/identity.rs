//! Does identity data typed at registration match the contract holder on file?

use shared::customer::CustomerIdentity;

use crate::store::identity::CustomerRecord;

fn same_text(stored: Option<&String>, typed: &str) -> bool {
    stored.is_some_and(|s| s.to_lowercase() == typed.to_lowercase())
}

/// All identifying fields must be equal; the caller says only "the data do not match".
pub fn matches(record: &CustomerRecord, identity: &CustomerIdentity) -> bool {
    match identity {
        CustomerIdentity::Individual {
            full_name,
            birth_date,
            passport,
        } => {
            record.legal_status == "individual"
                && same_text(record.full_name.as_ref(), full_name.as_str())
                && same_text(
                    record.birth_date.as_ref(),
                    &birth_date.format("%Y-%m-%d").to_string(),
                )
                && same_text(record.passport_series.as_ref(), passport.series.as_str())
                && same_text(record.passport_number.as_ref(), passport.number.as_str())
        }
        CustomerIdentity::LegalEntity { inn, kpp, ogrn, .. } => {
            record.legal_status == "legal_entity"
                && same_text(record.inn.as_ref(), inn.as_str())
                && same_text(record.kpp.as_ref(), kpp.as_str())
                && same_text(record.ogrn.as_ref(), ogrn.as_str())
        }
        CustomerIdentity::SoleProprietor {
            full_name,
            inn,
            ogrnip,
        } => {
            record.legal_status == "sole_proprietor"
                && same_text(record.full_name.as_ref(), full_name.as_str())
                && same_text(record.inn.as_ref(), inn.as_str())
                && same_text(record.ogrnip.as_ref(), ogrnip.as_str())
        }
    }
}

/// Whether a contract of this stored kind belongs to the service the person picked.
pub fn service_matches(service: shared::service::ServiceKind, kind: &str) -> bool {
    use shared::service::ServiceKind;
    match service {
        ServiceKind::Mobile => kind == "mobile",
        ServiceKind::Home => kind == "home",
        ServiceKind::Satellite => kind == "satellite" || kind == "satellite_interactive",
    }
}

/// The login a new web account gets: stable per customer and easy to type.
pub fn login_for(customer_id: i64) -> String {
    format!("mts{customer_id:06}")
}
