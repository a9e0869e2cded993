//! Interface languages. Russian is the default.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    /// BCP 47 tag, as used in `<html lang>` and `Accept-Language`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Reads a tag such as `en`, `en-GB` or `ru-RU`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `n` and the noun in the form its number takes: Russian has one, few and many forms
    /// (1 день, 2 дня, 5 дней, 11 дней, 21 день), English one and other. A no-break space
    /// joins them.
    pub fn count(self, n: u32, ru: [&str; 3], en: [&str; 2]) -> String {
        let word = match self {
            Lang::Ru => {
                let (last, last_two) = (n % 10, n % 100);
                if last == 1 && last_two != 11 {
                    ru[0]
                } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                    ru[1]
                } else {
                    ru[2]
                }
            }
            Lang::En if n == 1 => en[0],
            Lang::En => en[1],
        };
        format!("{n}\u{a0}{word}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_primary_subtag() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("RU_ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("fi"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn counts_take_the_form_of_their_number() {
        let days = |lang: Lang, n| lang.count(n, ["день", "дня", "дней"], ["day", "days"]);
        assert_eq!(days(Lang::Ru, 1), "1\u{a0}день");
        assert_eq!(days(Lang::Ru, 3), "3\u{a0}дня");
        assert_eq!(days(Lang::Ru, 7), "7\u{a0}дней");
        assert_eq!(days(Lang::Ru, 11), "11\u{a0}дней");
        assert_eq!(days(Lang::Ru, 12), "12\u{a0}дней");
        assert_eq!(days(Lang::Ru, 21), "21\u{a0}день");
        assert_eq!(days(Lang::Ru, 22), "22\u{a0}дня");
        assert_eq!(days(Lang::Ru, 0), "0\u{a0}дней");
        assert_eq!(days(Lang::En, 1), "1\u{a0}day");
        assert_eq!(days(Lang::En, 5), "5\u{a0}days");
    }
}
