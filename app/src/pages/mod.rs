//! One file per route, each in the build of its area (`shared::area`, see `build.rs`).

#[cfg(any(part_catalog, part_mobile, part_plans))]
mod account_picker;
#[cfg(area_account)]
mod account_switcher;
#[cfg(any(part_catalog, part_profile, part_insights))]
mod arrival;
#[cfg(any(area_auth, area_account, area_services))]
pub mod auth;
#[cfg(part_billing)]
pub mod autopay;
#[cfg(area_public)]
pub mod balance_check;
#[cfg(part_insights)]
pub mod bonuses;
#[cfg(any(part_catalog, part_mobile, part_plans))]
mod change;
#[cfg(part_money)]
pub mod dashboard;
pub mod elsewhere;
#[cfg(part_insights)]
pub mod expenses;
#[cfg(area_auth)]
pub mod help;
#[cfg(area_public)]
pub mod home;
#[cfg(part_catalog)]
pub mod internet;
#[cfg(part_mobile)]
pub mod mobile;
pub mod not_found;
#[cfg(area_public)]
pub mod offices;
#[cfg(part_money)]
pub mod payments;
#[cfg(any(part_insights, part_billing, area_services))]
mod pending;
#[cfg(part_profile)]
pub mod profile;
#[cfg(part_billing)]
pub mod promised;
#[cfg(any(part_money, part_billing))]
mod promised_due;
#[cfg(area_auth)]
pub mod recovery;
#[cfg(area_auth)]
pub mod register;
#[cfg(part_catalog)]
pub mod services;
#[cfg(area_auth)]
pub mod signin;
#[cfg(part_care)]
pub mod support;
#[cfg(plans_tariff)]
pub mod tariff_change;
#[cfg(area_public)]
pub mod tariff_compare;
#[cfg(area_public)]
pub mod tariff_detail;
#[cfg(area_public)]
pub mod tariffs;
#[cfg(part_catalog)]
pub mod tv;
#[cfg(area_public)]
pub mod tv_channels;
#[cfg(plans_tv)]
pub mod tv_personal;
