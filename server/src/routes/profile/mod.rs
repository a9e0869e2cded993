//! Profile (PRODUCT 8): contact details changed with a code sent to the new address,
//! notification preferences and the in-app notification centre.

pub mod contacts;
pub mod notifications;
