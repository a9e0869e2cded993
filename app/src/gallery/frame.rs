//! How the gallery frames a state: a captioned section with a light and a dark copy, and
//! language pins for the ru/en states.

use leptos::prelude::*;
use shared::Lang;

use super::view::{link_to, use_view};
use crate::i18n::{I18n, Key, use_i18n};

/// One state of a component, shown in both themes (side by side, stacked on phones), or in
/// the one theme and width the page's view asks for. Its caption links to it alone.
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
    let view = use_view();
    let link = link_to(move |v| v.state = Some(name.to_owned()));
    let pane = move |theme: &'static str, label: Key| {
        let children = children.clone();
        move || {
            let children = children.clone();
            view.get().shows_theme(theme).then(|| {
                view! {
                    <div class="theme-pane" class:gallery-focus=focus data-theme=theme>
                        <p class="theme-pane__label">{i18n.tr(label)}</p>
                        <div class="theme-pane__body">{children()}</div>
                    </div>
                }
            })
        }
    };
    let light = pane("light", Key::ThemeLight);
    let dark = pane("dark", Key::ThemeDark);
    move || {
        let (light, dark) = (light.clone(), dark.clone());
        view.get().shows_state(name).then(|| {
            view! {
                <section
                    class="gallery-state"
                    class:gallery-state--narrow=move || view.get().narrow
                    data-state=name
                >
                    <h2 class="gallery-state__caption">
                        <a class="gallery-state__link" href=link>
                            {caption}
                        </a>
                    </h2>
                    <div class="gallery-state__themes">{light} {dark}</div>
                </section>
            }
        })
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
