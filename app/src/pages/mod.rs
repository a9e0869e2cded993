//! One file per route, each in the build of its area (`shared::area`, see `build.rs`).
//! Sections that later issues fill show an honest "opens soon" state.

#[cfg(not(area_gallery))]
pub mod auth;
#[cfg(area_public)]
pub mod balance_check;
#[cfg(area_account)]
pub mod bonuses;
#[cfg(not(area_gallery))]
mod coming_soon;
#[cfg(area_account)]
pub mod dashboard;
pub mod elsewhere;
#[cfg(area_account)]
pub mod expenses;
#[cfg(area_public)]
pub mod home;
#[cfg(area_account)]
pub mod internet;
#[cfg(area_account)]
pub mod mobile;
pub mod not_found;
#[cfg(area_public)]
pub mod offices;
#[cfg(area_account)]
pub mod payments;
#[cfg(area_account)]
pub mod profile;
#[cfg(area_public)]
pub mod recovery;
#[cfg(area_public)]
pub mod register;
#[cfg(area_account)]
pub mod services;
#[cfg(area_public)]
pub mod signin;
#[cfg(area_account)]
pub mod support;
#[cfg(area_public)]
pub mod tariff_compare;
#[cfg(area_public)]
pub mod tariff_detail;
#[cfg(area_public)]
pub mod tariffs;
#[cfg(area_account)]
pub mod tv;
#[cfg(area_public)]
pub mod tv_channels;
