//! The states of each component, from fixtures. One function per gallery entry.

mod catalogue;
mod data;
mod feedback;
mod forms;
mod inputs;

pub use catalogue::{channel_filters, channel_pick, price_summary, region_picker, tariff_card};
pub use data::{bar_chart, card, disclosure, money_amount, progress_meter};
pub use feedback::{alert, empty_state, error_state, skeleton, toast};
pub use forms::{button, confirm_actions, row_action, select_field, tabs, text_field};
pub use inputs::{choice, filter_field};
