//! One file per route, each in the build of its area (`shared::area`, see `build.rs`).
//! Sections that later issues fill show an honest "opens soon" state.

#[cfg(any(area_auth, area_account, area_services))]
pub mod auth;
#[cfg(area_public)]
pub mod balance_check;
#[cfg(area_account)]
pub mod bonuses;
#[cfg(any(area_public, area_account, area_services))]
mod coming_soon;
#[cfg(area_account)]
pub mod dashboard;
pub mod elsewhere;
#[cfg(area_account)]
pub mod expenses;
#[cfg(area_auth)]
pub mod help;
#[cfg(area_public)]
pub mod home;
#[cfg(area_services)]
pub mod internet;
#[cfg(area_services)]
pub mod mobile;
pub mod not_found;
#[cfg(area_public)]
pub mod offices;
#[cfg(area_account)]
pub mod payments;
#[cfg(area_services)]
mod pending;
#[cfg(area_services)]
pub mod profile;
#[cfg(area_auth)]
pub mod recovery;
#[cfg(area_auth)]
pub mod register;
#[cfg(area_services)]
pub mod services;
#[cfg(area_auth)]
pub mod signin;
#[cfg(area_services)]
pub mod support;
#[cfg(area_public)]
pub mod tariff_compare;
#[cfg(area_public)]
pub mod tariff_detail;
#[cfg(area_public)]
pub mod tariffs;
#[cfg(area_services)]
pub mod tv;
#[cfg(area_public)]
pub mod tv_channels;
