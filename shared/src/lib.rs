//! The single source of truth for My MTS rules: identifiers, money, tariffs and the API
//! contract. No I/O, no async: it compiles for `wasm32-unknown-unknown` and native alike.
//!
//! - [`ids`]: parse, don't validate: `Phone::parse(&str) -> Result<Phone, FieldError>` and
//!   friends; the app's forms and the server's handlers call the same `parse`.
//! - [`money`]: kopecks, checked arithmetic, typed-amount parsing, pro-rating.
//! - [`customer`]: legal status and the registration identity form; [`auth`]: code and
//!   temporary-password lifetimes.
//! - [`card`]: card number (Luhn), expiry, CVC and the top-up limits.
//! - [`ledger`], [`autopay`], [`sms`], [`tariff`], [`promised`], [`bonus`], [`tv`], [`blocking`],
//!   [`expense`]: the rules of PRODUCT sections 3–7.
//! - [`pow`]: the registration proof of work (the server checks, the browser solves).
//! - [`api`]: [`ApiError`] and the [`ErrorCode`] catalogue with ru + en texts. Every module's
//!   error converts into [`ApiError`] once (`From`), so handlers just use `?`.
//! - [`mobile`], [`support`], [`notify`]: the rules of PRODUCT sections 7–8 (extra numbers,
//!   SMS, call blacklist, support attachments, notification channels).
//!
//! Rules take the current date or time as an argument: nothing here reads a clock.
//!
//! ```
//! use shared::ids::{Masked, Phone};
//! use shared::{ApiError, ErrorCode, Lang, Money};
//!
//! let phone = Phone::parse("8 (912) 345-67-89")?;
//! assert_eq!(phone.to_string(), "+79123456789");
//! assert_eq!(phone.masked(), "+7 912 ***-**-89");
//!
//! let err = Phone::parse("+7 495 123-45-67").unwrap_err();
//! assert_eq!((err.field, err.code), ("phone", ErrorCode::PhoneNotMobile));
//! assert_eq!(ApiError::from(err).status(), 422);
//!
//! let fee = Money::parse("550,00")?;
//! assert_eq!(fee.prorate(15, 30)?.format(Lang::En), "₽275.00");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod api;
pub mod auth;
pub mod autopay;
pub mod blocking;
pub mod bonus;
pub mod card;
pub mod charge;
pub mod customer;
pub mod expense;
mod field;
pub mod help;
pub mod ids;
pub mod lang;
pub mod ledger;
pub mod money;
pub mod pow;
pub mod promised;
pub mod service;
pub mod sms;
pub mod tariff;
pub mod tv;
pub mod units;

// Mobile controls, support and notifications (issue 8).
pub mod mobile;
pub mod notify;
pub mod support;

pub use api::{ApiError, ErrorCode};
pub use field::FieldError;
pub use lang::Lang;
pub use money::{Money, MoneyError};

#[cfg(test)]
mod fuzz_rules;
#[cfg(all(test, feature = "openapi"))]
mod openapi_tests;
