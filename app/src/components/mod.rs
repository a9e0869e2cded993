//! Reusable UI: one component per file, typed props, variants as enums mapping to CSS classes.
//! Every component here has a page in the gallery (`crate::gallery`).

pub mod alert;
pub mod api_boundary;
pub mod bar_chart;
pub mod button;
pub mod card;
pub mod channel_filters;
pub mod channel_pick;
pub mod choice;
pub mod confirm_actions;
pub mod disclosure;
pub mod empty_state;
pub mod error_state;
pub mod filter_field;
pub mod layout;
pub mod money_amount;
pub mod page_title;
pub mod price_summary;
pub mod progress_meter;
pub mod region_picker;
pub mod row_action;
pub mod select_field;
pub mod skeleton;
pub mod tabs;
pub mod tariff_card;
pub mod text_field;
pub mod toast;

pub use alert::{Alert, AlertKind};
pub use api_boundary::ApiErrorBoundary;
pub use bar_chart::{BarChart, ChartBar};
pub use button::{Button, ButtonSize, ButtonVariant};
pub use card::Card;
pub use channel_filters::ChannelFilters;
pub use channel_pick::ChannelPick;
pub use choice::{Choice, ChoiceGroup, ChoiceKind};
pub use confirm_actions::ConfirmActions;
pub use disclosure::Disclosure;
pub use empty_state::EmptyState;
pub use error_state::ErrorState;
pub use filter_field::{FilterField, FilterKind};
pub use money_amount::{MoneyAmount, MoneySize};
pub use page_title::PageTitle;
pub use price_summary::{PriceLine, PriceSummary};
pub use progress_meter::ProgressMeter;
pub use region_picker::{RegionPicker, use_region};
pub use row_action::RowAction;
pub use select_field::SelectField;
pub use skeleton::{Skeleton, SkeletonShape};
pub use tabs::Tabs;
pub use tariff_card::TariffCardView;
pub use text_field::{InputKind, TextField};
pub use toast::{ToastItem, ToastRegion, push_toast};

use std::sync::atomic::{AtomicUsize, Ordering};

/// A document-unique id (`prefix-N`), so several copies of a component never share ids.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
