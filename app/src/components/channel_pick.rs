//! One channel of a picker: a labelled checkbox with the channel's name, genre and monthly
//! price. A channel that is already in a package or already connected shows that in words
//! and cannot be picked again.

use leptos::prelude::*;
use shared::Money;
use shared::api::catalogue::Genre;

use super::{MoneyAmount, MoneySize};
use crate::i18n::{Key, use_i18n};

/// The catalogue's name of a genre.
pub fn genre_key(genre: Genre) -> Key {
    match genre {
        Genre::News => Key::GenreNews,
        Genre::Sport => Key::GenreSport,
        Genre::Kids => Key::GenreKids,
        Genre::Films => Key::GenreFilms,
        Genre::Series => Key::GenreSeries,
        Genre::Music => Key::GenreMusic,
        Genre::Education => Key::GenreEducation,
        Genre::Entertainment => Key::GenreEntertainment,
        Genre::Regional => Key::GenreRegional,
    }
}

#[component]
pub fn ChannelPick(
    #[prop(into)] name: String,
    genre: Genre,
    price: Money,
    #[prop(into)] checked: Signal<bool>,
    /// Why the channel cannot be picked ("in the package", "connected"); none: it can.
    #[prop(default = None)]
    badge: Option<Key>,
    #[prop(optional, into)] on_toggle: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locked = badge.is_some();
    let price_or_badge = match badge {
        Some(badge) => view! { <span class="badge">{i18n.tr(badge)}</span> }.into_any(),
        None => view! { <MoneyAmount amount=price size=MoneySize::Small /> }.into_any(),
    };
    view! {
        <li class="channel-row" class:channel-row--locked=locked>
            <label>
                <input
                    type="checkbox"
                    data-testid="channel-pick"
                    prop:checked=move || checked.get()
                    disabled=locked
                    on:change=move |_| {
                        if let Some(cb) = on_toggle {
                            cb.run(());
                        }
                    }
                />
                <span class="channel-row__name">{name}</span>
                <span class="channel-row__genre">{i18n.tr(genre_key(genre))}</span>
                {price_or_badge}
            </label>
        </li>
    }
}
