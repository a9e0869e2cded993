//! `/gallery`: every component in every state, in both themes, from fixtures only (no
//! server calls). [`COMPONENTS`] is the one list the index and `/gallery/:component` share.

mod demos;
mod frame;
mod view;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::PageTitle;
use crate::i18n::{Key, use_i18n};
use crate::pages::not_found::NotFound;

/// One gallery page: its URL slug, its name, and the view of all its states.
pub struct Entry {
    pub slug: &'static str,
    pub name: &'static str,
    pub demo: fn() -> AnyView,
}

pub const COMPONENTS: [Entry; 23] = [
    Entry {
        slug: "button",
        name: "Button",
        demo: demos::button,
    },
    Entry {
        slug: "row-action",
        name: "RowAction",
        demo: demos::row_action,
    },
    Entry {
        slug: "text-field",
        name: "TextField",
        demo: demos::text_field,
    },
    Entry {
        slug: "tabs",
        name: "Tabs",
        demo: demos::tabs,
    },
    Entry {
        slug: "money-amount",
        name: "MoneyAmount",
        demo: demos::money_amount,
    },
    Entry {
        slug: "progress-meter",
        name: "ProgressMeter",
        demo: demos::progress_meter,
    },
    Entry {
        slug: "bar-chart",
        name: "BarChart",
        demo: demos::bar_chart,
    },
    Entry {
        slug: "disclosure",
        name: "Disclosure",
        demo: demos::disclosure,
    },
    Entry {
        slug: "card",
        name: "Card",
        demo: demos::card,
    },
    Entry {
        slug: "alert",
        name: "Alert",
        demo: demos::alert,
    },
    Entry {
        slug: "toast",
        name: "Toast",
        demo: demos::toast,
    },
    Entry {
        slug: "skeleton",
        name: "Skeleton",
        demo: demos::skeleton,
    },
    Entry {
        slug: "empty-state",
        name: "EmptyState",
        demo: demos::empty_state,
    },
    Entry {
        slug: "error-state",
        name: "ErrorState",
        demo: demos::error_state,
    },
    Entry {
        slug: "tariff-card",
        name: "TariffCardView",
        demo: demos::tariff_card,
    },
    Entry {
        slug: "region-picker",
        name: "RegionPicker",
        demo: demos::region_picker,
    },
    Entry {
        slug: "price-summary",
        name: "PriceSummary",
        demo: demos::price_summary,
    },
    Entry {
        slug: "channel-pick",
        name: "ChannelPick",
        demo: demos::channel_pick,
    },
    Entry {
        slug: "channel-filters",
        name: "ChannelFilters",
        demo: demos::channel_filters,
    },
    Entry {
        slug: "select-field",
        name: "SelectField",
        demo: demos::select_field,
    },
    Entry {
        slug: "filter-field",
        name: "FilterField",
        demo: demos::filter_field,
    },
    Entry {
        slug: "choice",
        name: "Choice",
        demo: demos::choice,
    },
    Entry {
        slug: "confirm-actions",
        name: "ConfirmActions",
        demo: demos::confirm_actions,
    },
];

fn find(slug: &str) -> Option<&'static Entry> {
    COMPONENTS.iter().find(|entry| entry.slug == slug)
}

#[component]
pub fn GalleryIndex() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page gallery">
            <PageTitle text=i18n.tr(Key::GalleryTitle) />
            <p class="page-lead">{i18n.tr(Key::GalleryLead)}</p>
            <ul class="gallery-index">
                {COMPONENTS
                    .iter()
                    .map(|entry| {
                        view! {
                            <li>
                                <a
                                    class="gallery-index__link"
                                    href=format!("/gallery/{}", entry.slug)
                                    data-testid="gallery-link"
                                    data-component=entry.slug
                                >
                                    {entry.name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
pub fn GalleryComponent() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|params| params.get("component").unwrap_or_default());
    move || match find(&slug()) {
        Some(entry) => view! { <GalleryPage entry=entry /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn GalleryPage(entry: &'static Entry) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page gallery" data-component=entry.slug>
            <p class="gallery__back">
                <a href="/gallery">{i18n.tr(Key::GalleryBack)}</a>
            </p>
            <PageTitle text=entry.name />
            <view::Toolbar />
            {(entry.demo)()}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_url_safe_and_found() {
        for (i, entry) in COMPONENTS.iter().enumerate() {
            assert!(
                entry
                    .slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                entry.slug
            );
            assert!(
                COMPONENTS[i + 1..]
                    .iter()
                    .all(|other| other.slug != entry.slug)
            );
            assert!(find(entry.slug).is_some());
        }
        assert!(find("nope").is_none());
    }
}
