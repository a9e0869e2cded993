//! Services that combine the `shared` rules with the store: secrets, password hashing,
//! throttling, the proof-of-work challenge, sessions, identity matching and notifications.

pub mod challenge;
pub mod identity;
pub mod money;
pub mod notify;
pub mod oidc;
pub mod password;
pub mod secrets;
pub mod services;
pub mod session;
pub mod throttle;
