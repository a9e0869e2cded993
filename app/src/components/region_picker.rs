//! The region select: tariffs and offices depend on it. The choice is remembered.

use leptos::prelude::*;
use shared::api::regions::Region;

use super::SelectField;
use crate::i18n::{Key, use_i18n};
use crate::{api, storage};

const STORAGE_KEY: &str = "mymts.region";
const DEFAULT_REGION: &str = "moscow";

/// The remembered region (Moscow until one is picked); writes go back to `localStorage`.
pub fn use_region() -> RwSignal<String> {
    let region = RwSignal::new(storage::get(STORAGE_KEY).unwrap_or_else(|| DEFAULT_REGION.into()));
    Effect::new(move |_| storage::set(STORAGE_KEY, &region.get()));
    region
}

/// A labelled `<select>` of the operator's regions, loaded from the server (public pages).
#[component]
pub fn RegionPicker(value: RwSignal<String>) -> impl IntoView {
    let regions = LocalResource::new(api::regions);
    view! {
        <Suspense fallback=move || {
            view! { <RegionSelect value=value regions=Vec::new() /> }
        }>
            {move || Suspend::new(async move {
                let list = regions.await.unwrap_or_default();
                view! { <RegionSelect value=value regions=list /> }
            })}
        </Suspense>
    }
}

/// The select itself, shown with every region or (while loading) disabled.
#[component]
pub fn RegionSelect(value: RwSignal<String>, regions: Vec<Region>) -> impl IntoView {
    let i18n = use_i18n();
    let loading = regions.is_empty();
    view! {
        <SelectField
            label=i18n.tr(Key::RegionLabel)
            value=value
            on_change=Callback::new(move |code| value.set(code))
            inline=true
            testid="region-picker"
            disabled=loading
        >
            {regions
                .into_iter()
                .map(|r| {
                    let code = r.code.clone();
                    let selected = move || value.get() == code;
                    let option_value = r.code.clone();
                    view! {
                        <option value=option_value selected=selected>
                            {move || r.name(i18n.lang()).to_owned()}
                        </option>
                    }
                })
                .collect_view()}
        </SelectField>
    }
}
