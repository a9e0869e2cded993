//! The kinds of service the operator sells.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Mobile,
    /// Home internet and cable/IPTV.
    Home,
    /// Satellite TV (linear or interactive).
    Satellite,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 3] = [
        ServiceKind::Mobile,
        ServiceKind::Home,
        ServiceKind::Satellite,
    ];

    /// The stable name (as in JSON and in the catalogue's `service` columns).
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Mobile => "mobile",
            ServiceKind::Home => "home",
            ServiceKind::Satellite => "satellite",
        }
    }

    /// The service with this stable name.
    pub fn from_name(name: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The service an account of this stored kind belongs to: `mobile`, `home`, and both
    /// satellite kinds (linear and interactive).
    pub fn of_account_kind(kind: &str) -> Option<ServiceKind> {
        match kind {
            "satellite_interactive" => Some(ServiceKind::Satellite),
            other => ServiceKind::from_name(other),
        }
    }
}

#[cfg(test)]
mod service_kind_tests {
    use super::ServiceKind;

    #[test]
    fn names_and_account_kinds() {
        for k in ServiceKind::ALL {
            assert_eq!(ServiceKind::from_name(k.as_str()), Some(k));
            assert_eq!(ServiceKind::of_account_kind(k.as_str()), Some(k));
        }
        assert_eq!(
            ServiceKind::of_account_kind("satellite_interactive"),
            Some(ServiceKind::Satellite)
        );
        assert_eq!(ServiceKind::from_name("satellite_interactive"), None);
        assert_eq!(ServiceKind::of_account_kind("fax"), None);
    }
}
