//! Choice (checkboxes and radio groups) and FilterField states.

use leptos::prelude::*;

use super::super::frame::{BothLangs, GalleryState, fx};
use super::forms::LONG_RU;
use crate::components::{Choice, ChoiceGroup, ChoiceKind, FilterField, FilterKind, unique_id};

/// A checkbox that keeps its own state, so the gallery's copy can be ticked.
fn checkbox(label: (&'static str, &'static str), on: bool, disabled: bool) -> impl IntoView {
    let checked = RwSignal::new(on);
    view! {
        <Choice
            label=fx(label.0, label.1)
            checked=checked
            on_change=Callback::new(move |v| checked.set(v))
            disabled=disabled
        />
    }
}

/// "Pay with": two saved cards and a new one, the first card picked. Each copy (one per
/// theme pane) is its own group, or picking in one pane would unpick the other.
fn pay_with() -> impl IntoView {
    let picked = RwSignal::new(0_usize);
    let name = unique_id("pay-with");
    let options = [
        ("•••• 4242 (12/27)", "•••• 4242 (12/27)"),
        ("•••• 5555 (03/28)", "•••• 5555 (03/28)"),
        ("Новой картой", "A new card"),
    ];
    view! {
        <ChoiceGroup legend=fx("Оплатить", "Pay with")>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (ru, en))| {
                    view! {
                        <Choice
                            label=fx(ru, en)
                            checked=Signal::derive(move || picked.get() == i)
                            on_change=Callback::new(move |_| picked.set(i))
                            kind=ChoiceKind::Radio
                            name=name.clone()
                        />
                    }
                })
                .collect_view()}
        </ChoiceGroup>
    }
}

const SAVE_CARD: (&str, &str) = (
    "Сохранить карту для следующих платежей",
    "Save the card for next payments",
);

pub fn choice() -> AnyView {
    view! {
        <GalleryState name="default" caption="A checkbox, off and on">
            {checkbox(SAVE_CARD, false, false)}
            {checkbox(SAVE_CARD, true, false)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {checkbox(SAVE_CARD, false, false)}
        </GalleryState>
        <GalleryState name="radio-group" caption="Radio buttons under a question (ChoiceGroup)">
            {pay_with()}
        </GalleryState>
        <GalleryState name="disabled" caption="Disabled, off and on">
            {checkbox(SAVE_CARD, false, true)}
            {checkbox(SAVE_CARD, true, true)}
        </GalleryState>
        <GalleryState name="long-text" caption="A long label wraps beside the box">
            {checkbox(
                (
                    "Я понимаю, что номер будет заблокирован навсегда, а остаток на счёте вернётся только по заявлению в офисе",
                    "I understand the number is blocked for good and the balance is returned only on an application at an office",
                ),
                false,
                false,
            )}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{pay_with()}</BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// A filter that keeps what is typed or picked.
fn filter(
    label: (&'static str, &'static str),
    kind: FilterKind,
    start: &'static str,
) -> impl IntoView {
    let value = RwSignal::new(start.to_owned());
    view! {
        <FilterField
            label=fx(label.0, label.1)
            value=value
            on_change=Callback::new(move |v| value.set(v))
            kind=kind
        />
    }
}

const SEARCH: (&str, &str) = ("Поиск по названию", "Search by name");

pub fn filter_field() -> AnyView {
    view! {
        <GalleryState name="default" caption="A search, empty">
            {filter(SEARCH, FilterKind::Search, "")}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {filter(SEARCH, FilterKind::Search, "")}
        </GalleryState>
        <GalleryState name="typed" caption="Something typed">
            {filter(SEARCH, FilterKind::Search, "Матч")}
        </GalleryState>
        <GalleryState name="dates" caption="A period: from and to">
            <div class="filters">
                {filter(("С", "From"), FilterKind::Date, "2026-11-01")}
                {filter(("По", "To"), FilterKind::Date, "")}
            </div>
        </GalleryState>
        <GalleryState name="long-text" caption="A long label and a long search">
            {filter(
                ("Поиск по адресу, метро или услуге офиса", "Search by address, metro station or service"),
                FilterKind::Search,
                LONG_RU,
            )}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{filter(SEARCH, FilterKind::Search, "")}</BothLangs>
        </GalleryState>
    }
    .into_any()
}
