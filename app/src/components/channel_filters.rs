//! The channel catalogue's filters: a search by name and a genre, side by side (stacked on a
//! phone). The page owns both values, so it can reset them ("show all") and filter its list
//! with `shared::api::catalogue::matches_query`; an empty genre means every genre.

use leptos::prelude::*;
use shared::api::catalogue::Genre;

use super::channel_pick::genre_key;
use super::{FilterField, SelectField};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn ChannelFilters(
    /// The search text, as typed.
    query: RwSignal<String>,
    /// The picked genre's wire name (`Genre::as_str`), or empty for every genre.
    genre: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="filters">
            <FilterField
                label=i18n.tr(Key::SearchChannels)
                value=query
                on_change=Callback::new(move |text| query.set(text))
                testid="channel-search"
            />
            <SelectField
                label=i18n.tr(Key::GenreLabel)
                value=genre
                on_change=Callback::new(move |g| genre.set(g))
                inline=true
                testid="genre-filter"
            >
                <option value="">{i18n.tr(Key::GenreAll)}</option>
                {Genre::ALL
                    .into_iter()
                    .map(|g| {
                        view! {
                            <option value=g.as_str() selected=move || genre.get() == g.as_str()>
                                {i18n.tr(genre_key(g))}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
        </div>
    }
}
