//! The states of each component, from fixtures. One function per gallery entry.

mod catalogue;
mod data;
mod feedback;
mod forms;

pub use catalogue::{channel_filters, channel_pick, price_summary, region_picker, tariff_card};
pub use data::{bar_chart, card, money_amount, progress_meter};
pub use feedback::{alert, empty_state, error_state, skeleton, toast};
pub use forms::{button, choice, confirm_actions, filter_field, select_field, tabs, text_field};
