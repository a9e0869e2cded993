//! Placeholder shapes while data loads. The shimmer stops under `prefers-reduced-motion`
//! (see `style/components/skeleton.css`); screen readers hear "loading" once.

use leptos::prelude::*;

use crate::i18n::{Key, use_i18n};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkeletonShape {
    /// `n` lines of text, the last one shorter.
    Lines(u8),
    /// A block such as a card or chart.
    Block,
    /// A short run of text inside a line.
    Inline,
}

impl Default for SkeletonShape {
    fn default() -> Self {
        SkeletonShape::Lines(3)
    }
}

#[component]
pub fn Skeleton(#[prop(optional)] shape: SkeletonShape) -> impl IntoView {
    let i18n = use_i18n();
    let shapes = match shape {
        SkeletonShape::Lines(count) => (0..count.max(1))
            .map(|_| view! { <span class="skeleton__line"></span> })
            .collect_view()
            .into_any(),
        SkeletonShape::Block => view! { <span class="skeleton__block"></span> }.into_any(),
        SkeletonShape::Inline => view! { <span class="skeleton__inline"></span> }.into_any(),
    };
    let inline = matches!(shape, SkeletonShape::Inline);
    view! {
        <span class="skeleton" class:skeleton--inline=inline role="status">
            <span class="visually-hidden">{i18n.tr(Key::Loading)}</span>
            <span class="skeleton__shapes" aria-hidden="true">{shapes}</span>
        </span>
    }
}
