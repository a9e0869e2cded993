//! One file per route. Sections that later issues fill show an honest "opens soon" state.

pub mod auth;
pub mod balance_check;
pub mod bonuses;
mod coming_soon;
pub mod dashboard;
pub mod expenses;
pub mod home;
pub mod internet;
pub mod mobile;
pub mod not_found;
pub mod offices;
pub mod payments;
pub mod profile;
pub mod recovery;
pub mod register;
pub mod services;
pub mod signin;
pub mod support;
pub mod tariff_compare;
pub mod tariff_detail;
pub mod tariffs;
pub mod tv;
pub mod tv_channels;
