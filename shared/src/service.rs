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
}
