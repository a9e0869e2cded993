//! How the gallery frames a state: a captioned section with a light and a dark copy, and
//! language pins for the ru/en states.

use leptos::prelude::*;
use shared::Lang;

use crate::i18n::{I18n, Key, use_i18n};

/// One state of a component, shown in both themes (side by side, stacked on phones).
#[component]
pub fn GalleryState(
    /// Stable name for tests and links: `data-state`.
    name: &'static str,
    caption: &'static str,
    /// Draws the keyboard focus ring on the first control, as `:focus-visible` would.
    #[prop(optional)]
    focus: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let pane = move |theme: &'static str, label: Key| {
        let children = children.clone();
        view! {
            <div class="theme-pane" class:gallery-focus=focus data-theme=theme>
                <p class="theme-pane__label">{i18n.tr(label)}</p>
                <div class="theme-pane__body">{children()}</div>
            </div>
        }
    };
    view! {
        <section class="gallery-state" data-state=name>
            <h2 class="gallery-state__caption">{caption}</h2>
            <div class="gallery-state__themes">
                {pane("light", Key::ThemeLight)} {pane("dark", Key::ThemeDark)}
            </div>
        </section>
    }
}

/// Renders its children in a fixed language, whatever the page's language is.
#[component]
pub fn WithLang(lang: Lang, children: Children) -> impl IntoView {
    provide_context(I18n::fixed(lang));
    view! {
        <div class="gallery-lang" lang=lang.code()>
            {children()}
        </div>
    }
}

/// Both languages next to each other.
#[component]
pub fn BothLangs(children: ChildrenFn) -> impl IntoView {
    let ru = children.clone();
    view! {
        <div class="gallery-langs">
            <WithLang lang=Lang::Ru>{ru()}</WithLang>
            <WithLang lang=Lang::En>{children()}</WithLang>
        </div>
    }
}

/// A fixture text in the language of the surrounding context.
pub fn fx(
    ru: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || match i18n.lang() {
        Lang::Ru => ru,
        Lang::En => en,
    }
}
