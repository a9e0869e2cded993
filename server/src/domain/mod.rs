//! Services that combine the `shared` rules with the store: secrets, password hashing,
//! throttling, the proof-of-work challenge, sessions and identity matching.

pub mod challenge;
pub mod identity;
pub mod oidc;
pub mod password;
pub mod secrets;
pub mod session;
pub mod throttle;
