//! The single source of truth for My MTS rules: identifiers, money, tariffs and the API
//! contract. No I/O, no async: it compiles for `wasm32-unknown-unknown` and native alike.

pub mod api;
pub mod lang;
pub mod money;

pub use api::{ApiError, ErrorCode};
pub use lang::Lang;
pub use money::Money;
