//! The single source of truth for My MTS rules: identifiers, money, tariffs and the API
//! contract. No I/O, no async: it compiles for `wasm32-unknown-unknown` and native alike.

pub mod api;
pub mod blocking;
pub mod bonus;
pub mod expense;
mod field;
pub mod ids;
pub mod lang;
pub mod money;
pub mod promised;
pub mod service;
pub mod tariff;
pub mod tv;

pub use api::{ApiError, ErrorCode};
pub use field::FieldError;
pub use lang::Lang;
pub use money::{Money, MoneyError};
