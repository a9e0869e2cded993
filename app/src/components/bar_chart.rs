//! Amounts over time as stacked bars (spending by category per month): an SVG drawing with
//! a legend, and the same figures as a table that a screen reader reads (and anyone can open)
//! — the chart is never the only way to the numbers.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use shared::Money;

use super::unique_id;
use crate::i18n::{Key, use_i18n};

/// One bar: its label (a month) and one amount per series, in the series' order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartBar {
    pub label: String,
    pub values: Vec<Money>,
}

/// Palette slots; each has a colour in both themes with 3:1 contrast to the background.
const SLOTS: usize = 6;
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 160.0;
const LABEL_SPACE: f64 = 18.0;

/// The heights of a bar's segments, bottom up, scaled so the tallest bar fills `plot`.
pub fn segment_heights(values: &[Money], max_total: i64, plot: f64) -> Vec<f64> {
    if max_total <= 0 {
        return vec![0.0; values.len()];
    }
    values
        .iter()
        .map(|v| v.kopecks().max(0) as f64 / max_total as f64 * plot)
        .collect()
}

fn total(values: &[Money]) -> i64 {
    values.iter().map(|v| v.kopecks().max(0)).sum()
}

#[component]
pub fn BarChart(
    #[prop(into)] title: TextProp,
    /// Series names (categories), in stacking order.
    series: Vec<TextProp>,
    bars: Vec<ChartBar>,
) -> impl IntoView {
    let i18n = use_i18n();
    let caption_id = unique_id("chart");
    let max_total = bars.iter().map(|b| total(&b.values)).max().unwrap_or(0);
    let plot = HEIGHT - LABEL_SPACE;
    let slot = WIDTH / bars.len().max(1) as f64;
    let bar_width = (slot * 0.6).min(48.0);
    // What the drawing says, for a screen reader: each bar's label and total.
    let totals: Vec<(String, Money)> = bars
        .iter()
        .map(|b| (b.label.clone(), Money::from_kopecks(total(&b.values))))
        .collect();
    let summary = {
        let title = title.clone();
        move || {
            let lang = i18n.lang();
            let parts: Vec<String> = totals
                .iter()
                .map(|(label, sum)| format!("{label}: {}", sum.format(lang)))
                .collect();
            format!("{}. {}", title.get(), parts.join("; "))
        }
    };
    let shapes = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let x = slot * i as f64 + (slot - bar_width) / 2.0;
            let mut y = plot;
            let rects = segment_heights(&bar.values, max_total, plot)
                .into_iter()
                .enumerate()
                .filter(|(_, h)| *h > 0.0)
                .map(|(j, h)| {
                    y -= h;
                    view! {
                        <rect
                            class=format!("chart__s{}", j % SLOTS)
                            x=format!("{x:.1}")
                            y=format!("{y:.1}")
                            width=format!("{bar_width:.1}")
                            height=format!("{h:.1}")
                        />
                    }
                })
                .collect_view();
            let label_x = slot * i as f64 + slot / 2.0;
            view! {
                <g>
                    {rects}
                    <text class="chart__label" x=format!("{label_x:.1}") y=format!("{:.1}", HEIGHT - 4.0) text-anchor="middle">
                        {bar.label.clone()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let legend = series
        .iter()
        .enumerate()
        .map(|(j, name)| {
            let name = name.clone();
            view! {
                <li>
                    <svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true">
                        <rect class=format!("chart__s{}", j % SLOTS) width="10" height="10" />
                    </svg>
                    {move || name.get()}
                </li>
            }
        })
        .collect_view();
    let head = series
        .iter()
        .map(|name| {
            let name = name.clone();
            view! { <th scope="col">{move || name.get()}</th> }
        })
        .collect_view();
    let rows = bars
        .into_iter()
        .map(|bar| {
            let sum = Money::from_kopecks(total(&bar.values));
            let cells = bar
                .values
                .into_iter()
                .map(|v| view! { <td>{move || v.format(i18n.lang())}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{bar.label}</th>
                    {cells}
                    <td>{move || sum.format(i18n.lang())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="bar-chart">
            <figcaption class="chart__title" id=caption_id.clone()>
                {move || title.get()}
            </figcaption>
            // A screen reader hears each bar's total; the table below has every figure.
            <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary focusable="false">
                <line class="chart__axis" x1="0" x2=WIDTH.to_string() y1=format!("{plot:.1}") y2=format!("{plot:.1}") />
                {shapes}
            </svg>
            <ul class="chart__legend">{legend}</ul>
            <details class="chart__data">
                <summary>{i18n.tr(Key::ChartAsTable)}</summary>
                <table class="chart__table" aria-labelledby=caption_id>
                    <thead>
                        <tr>
                            <td></td>
                            {head}
                            <th scope="col">{i18n.tr(Key::ChartTotal)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
