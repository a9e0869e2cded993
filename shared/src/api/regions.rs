//! `GET /api/regions`: the operator's regions (public).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Region {
    /// Stable slug, e.g. `moscow`.
    pub code: String,
    pub name_ru: String,
    pub name_en: String,
    /// IANA time zone, e.g. `Europe/Moscow`: billing periods start at local midnight.
    pub timezone: String,
}

impl Region {
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Ru => &self.name_ru,
            crate::Lang::En => &self.name_en,
        }
    }
}
