//! How the gallery page is viewed, from its query so every view has its own link: one state
//! (`?state=loading`), one theme (`?theme=light|dark`, both by default) and the phone width
//! (`?width=360`). The language is the app's own switch in the header.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use super::frame::fx;

/// The view the query asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    pub state: Option<String>,
    pub theme: Option<&'static str>,
    pub narrow: bool,
}

impl View {
    fn from_query(state: Option<String>, theme: Option<String>, width: Option<String>) -> Self {
        View {
            state: state.filter(|s| !s.is_empty()),
            theme: match theme.as_deref() {
                Some("light") => Some("light"),
                Some("dark") => Some("dark"),
                _ => None,
            },
            narrow: width.as_deref() == Some("360"),
        }
    }

    /// The query string of this view (`""` for the default).
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(state) = &self.state {
            parts.push(format!("state={state}"));
        }
        if let Some(theme) = self.theme {
            parts.push(format!("theme={theme}"));
        }
        if self.narrow {
            parts.push("width=360".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn shows_state(&self, name: &str) -> bool {
        self.state.as_deref().is_none_or(|s| s == name)
    }

    pub fn shows_theme(&self, theme: &str) -> bool {
        self.theme.is_none_or(|t| t == theme)
    }
}

/// The current view, tracked.
pub fn use_view() -> Memo<View> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|q| View::from_query(q.get("state"), q.get("theme"), q.get("width")))
    })
}

/// The link to this page with `change` applied to the current view.
pub fn link_to(change: impl Fn(&mut View) + Send + Sync + 'static) -> Signal<String> {
    let view = use_view();
    let location = use_location();
    Signal::derive(move || {
        let mut next = view.get();
        change(&mut next);
        format!("{}{}", location.pathname.get(), next.query())
    })
}

/// One choice of a toolbar group: a link marked `aria-current` when it is the view's.
#[component]
fn Choice(
    label: &'static str,
    #[prop(into)] href: Signal<String>,
    #[prop(into)] current: Signal<bool>,
    test_id: &'static str,
) -> impl IntoView {
    view! {
        <a
            class="gallery-toolbar__choice"
            href=href
            aria-current=move || current.get().then_some("true")
            data-testid=test_id
        >
            {label}
        </a>
    }
}

/// The view switches above a component's states.
#[component]
pub fn Toolbar() -> impl IntoView {
    let view = use_view();
    let themes_label = fx("Темы", "Themes");
    let width_label = fx("Ширина", "Width");
    let theme_choice = move |theme: Option<&'static str>, label: &'static str, id| {
        view! {
            <Choice
                label=label
                href=link_to(move |v| v.theme = theme)
                current=Signal::derive(move || view.get().theme == theme)
                test_id=id
            />
        }
    };
    let width_choice = move |narrow: bool, label: &'static str, id| {
        view! {
            <Choice
                label=label
                href=link_to(move |v| v.narrow = narrow)
                current=Signal::derive(move || view.get().narrow == narrow)
                test_id=id
            />
        }
    };
    let both = fx("Обе", "Both");
    let light = fx("Светлая", "Light");
    let dark = fx("Тёмная", "Dark");
    let fit = fx("По экрану", "Fit");
    let all_states = fx("Показать все состояния", "Show every state");
    let all_href = link_to(|v| v.state = None);
    view! {
        <nav class="gallery-toolbar" aria-label=fx("Вид галереи", "Gallery view")>
            <div class="gallery-toolbar__group" role="group" aria-label=themes_label.clone()>
                <span class="gallery-toolbar__label" aria-hidden="true">
                    {themes_label.clone()}
                </span>
                {move || theme_choice(None, both(), "gallery-theme-both")}
                {move || theme_choice(Some("light"), light(), "gallery-theme-light")}
                {move || theme_choice(Some("dark"), dark(), "gallery-theme-dark")}
            </div>
            <div class="gallery-toolbar__group" role="group" aria-label=width_label.clone()>
                <span class="gallery-toolbar__label" aria-hidden="true">
                    {width_label.clone()}
                </span>
                {move || width_choice(false, fit(), "gallery-width-fit")}
                {move || width_choice(true, "360 px", "gallery-width-360")}
            </div>
            {move || {
                view.get()
                    .state
                    .is_some()
                    .then(|| {
                        view! {
                            <a class="gallery-toolbar__all" href=all_href data-testid="gallery-all-states">
                                {all_states.clone()}
                            </a>
                        }
                    })
            }}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_round_trips_through_its_query() {
        let v = View::from_query(
            Some("loading".into()),
            Some("dark".into()),
            Some("360".into()),
        );
        assert_eq!(v.query(), "?state=loading&theme=dark&width=360");
        assert!(v.shows_state("loading") && !v.shows_state("error"));
        assert!(v.shows_theme("dark") && !v.shows_theme("light"));
        let d = View::from_query(None, Some("purple".into()), Some("999".into()));
        assert_eq!(d, View::default());
        assert_eq!(d.query(), "");
        assert!(d.shows_state("any") && d.shows_theme("light") && d.shows_theme("dark"));
    }
}
