//! A page whose cards load separately shows them together the first time: one placeholder
//! gives way to all of them at once, so a card arriving never pushes one already in view
//! (no layout shift). Later reloads (after a change) happen in place, card by card.

use leptos::prelude::*;

/// False until `loaded` first holds (the page's first answers are in), then true for good.
pub fn first_arrival(loaded: impl Fn() -> bool + 'static) -> Signal<bool> {
    let arrived = RwSignal::new(false);
    Effect::new(move |_| {
        if !arrived.get_untracked() && loaded() {
            arrived.set(true);
        }
    });
    arrived.into()
}
