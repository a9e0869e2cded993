//! Does identity data typed at registration match the contract holder on file?

use shared::customer::{CustomerIdentity, IdentityOnFile};

use crate::store::identity::CustomerRecord;

/// All identifying fields must be equal (`shared`'s rule); the caller says only "the data do
/// not match".
pub fn matches(record: &CustomerRecord, identity: &CustomerIdentity) -> bool {
    identity.matches(&IdentityOnFile {
        legal_status: &record.legal_status,
        full_name: record.full_name.as_deref(),
        birth_date: record.birth_date.as_deref(),
        passport_series: record.passport_series.as_deref(),
        passport_number: record.passport_number.as_deref(),
        inn: record.inn.as_deref(),
        kpp: record.kpp.as_deref(),
        ogrn: record.ogrn.as_deref(),
        ogrnip: record.ogrnip.as_deref(),
    })
}

/// Whether a contract of this stored kind belongs to the service the person picked.
pub fn service_matches(service: shared::service::ServiceKind, kind: &str) -> bool {
    shared::service::ServiceKind::of_account_kind(kind) == Some(service)
}

/// The login a new web account gets: easy to type, and random (nine digits from the OS's
/// CSPRNG), so that no one can guess another customer's login from their own.
pub fn new_login() -> String {
    format!("mts{}", crate::domain::secrets::digits(9))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_are_random_and_typeable() {
        let (a, b) = (new_login(), new_login());
        assert_ne!(a, b);
        for l in [a, b] {
            assert_eq!(l.len(), 12, "{l}");
            assert!(l.starts_with("mts") && l[3..].bytes().all(|c| c.is_ascii_digit()));
            assert!(shared::ids::SignInId::parse(&l).is_ok(), "{l}");
        }
    }
}
