//! What is left of a package (minutes, SMS, GB): a bar with a text alternative and a
//! worded warning when little remains.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use shared::Lang;

use super::unique_id;
use crate::i18n::{Key, use_i18n};

/// Remaining share at or below which the meter warns.
const LOW_SHARE: f64 = 0.1;

#[component]
pub fn ProgressMeter(
    #[prop(into)] label: TextProp,
    /// How much of the package is used, in `unit`s.
    #[prop(into)]
    used: Signal<f64>,
    #[prop(into)] total: Signal<f64>,
    /// Unit after the numbers: "мин", "SMS", "ГБ".
    #[prop(into)]
    unit: TextProp,
) -> impl IntoView {
    let i18n = use_i18n();
    let label_id = unique_id("meter");
    let remaining = move || (total.get() - used.get()).clamp(0.0, total.get().max(0.0));
    let share = move || {
        let total = total.get();
        if total > 0.0 {
            remaining() / total
        } else {
            0.0
        }
    };
    let low = move || share() <= LOW_SHARE;
    let text = move || {
        let lang = i18n.lang();
        format!(
            "{} {} {} {} {}",
            i18n.t(Key::Remaining),
            number(remaining(), lang),
            i18n.t(Key::Of),
            number(total.get(), lang),
            unit.get()
        )
    };
    let value_text = text.clone();
    view! {
        <div class="meter" class:meter--low=low>
            <div class="meter__head">
                <span class="meter__label" id=label_id.clone()>
                    {move || label.get()}
                </span>
                <span class="meter__value">{text}</span>
            </div>
            <div
                class="meter__track"
                role="meter"
                aria-labelledby=label_id
                aria-valuemin="0"
                aria-valuemax=move || total.get().to_string()
                aria-valuenow=move || remaining().to_string()
                aria-valuetext=value_text
            >
                <span
                    class="meter__fill"
                    style:width=move || format!("{:.1}%", share() * 100.0)
                ></span>
            </div>
            <Show when=low>
                <p class="meter__warning">
                    <span aria-hidden="true">"⚠ "</span>
                    {i18n.tr(Key::LowRemaining)}
                </p>
            </Show>
        </div>
    }
}

/// `12,5` (ru) or `12.5` (en); whole numbers without decimals.
fn number(value: f64, lang: Lang) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match lang {
        Lang::Ru => text.replace('.', ","),
        Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_language_decimal_separator() {
        assert_eq!(number(7.5, Lang::Ru), "7,5");
        assert_eq!(number(7.5, Lang::En), "7.5");
        assert_eq!(number(500.0, Lang::Ru), "500");
        assert_eq!(number(0.04, Lang::En), "0");
    }
}
