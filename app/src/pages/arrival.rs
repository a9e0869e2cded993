//! A page whose cards load separately shows them together the first time: one placeholder
//! gives way to all of them at once, so a card arriving never pushes one already in view
//! (no layout shift). Later reloads (after a change) happen in place, card by card.

use leptos::prelude::*;

/// False until `loaded` first holds (the page's first answers are in), then true for good.
pub fn first_arrival(loaded: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || loaded()).into()
}
