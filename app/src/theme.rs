//! Colour theme: light, dark or following the system. Applied as `data-theme` on `<html>`;
//! the CSS resolves `system` with `prefers-color-scheme`, so no listener is needed here.

use leptos::prelude::*;

use crate::storage;

/// `localStorage` key of the chosen theme (also read by `public/boot.js`).
const STORAGE_KEY: &str = "mymts.theme";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    System,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::System];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        }
    }

    pub fn parse(value: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.as_str() == value)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ThemeCtx(pub RwSignal<Theme>);

impl ThemeCtx {
    pub fn get(self) -> Theme {
        self.0.get()
    }

    pub fn set(self, theme: Theme) {
        self.0.set(theme);
        storage::set(STORAGE_KEY, theme.as_str());
    }
}

pub fn provide_theme() {
    let initial = storage::get(STORAGE_KEY)
        .and_then(|value| Theme::parse(&value))
        .unwrap_or_default();
    let theme = ThemeCtx(RwSignal::new(initial));
    Effect::new(move |_| {
        let value = theme.0.get().as_str();
        if let Some(html) = document().document_element() {
            // Failing to set an attribute leaves the previous theme; nothing to recover.
            let _ = html.set_attribute("data-theme", value);
        }
    });
    provide_context(theme);
}

pub fn use_theme() -> ThemeCtx {
    use_context::<ThemeCtx>().unwrap_or_else(|| ThemeCtx(RwSignal::new(Theme::default())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip_and_junk_is_ignored() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
        }
        assert_eq!(Theme::parse("sepia"), None);
    }
}
