//! SMS sent from the site (PRODUCT 7): how many parts a text takes, for the live counter
//! under the form and for the server's limit.
//!
//! A text entirely in the GSM 7-bit alphabet takes 160 characters in one SMS, 153 per part
//! when split (characters of the extension table, such as `€` or `[`, count twice). Anything
//! else (Cyrillic, emoji) is sent as UCS-2: 70 UTF-16 units in one SMS, 67 per part. A
//! character is never split across parts.

use serde::{Deserialize, Serialize};

use crate::ids::Masked;
use crate::{ErrorCode, FieldError};

/// The most parts one message may take.
pub const MAX_SMS_PARTS: u32 = 6;

const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SmsEncoding {
    Gsm7,
    Ucs2,
}

/// The size of a text as SMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsLength {
    pub encoding: SmsEncoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2).
    pub units: u32,
    pub parts: u32,
    /// Units still free in the last part.
    pub left_in_part: u32,
}

fn gsm_width(c: char) -> Option<u32> {
    if GSM7_BASIC.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// How `text` is sent: encoding, size and number of parts.
pub fn sms_length(text: &str) -> SmsLength {
    let gsm: Option<Vec<u32>> = text.chars().map(gsm_width).collect();
    let (encoding, widths, single, multi) = match gsm {
        Some(w) => (SmsEncoding::Gsm7, w, 160, 153),
        None => (
            SmsEncoding::Ucs2,
            text.chars()
                .map(|c| u32::try_from(c.len_utf16()).unwrap_or(2))
                .collect(),
            70,
            67,
        ),
    };
    let units: u32 = widths.iter().fold(0_u32, |a, w| a.saturating_add(*w));
    if units <= single {
        return SmsLength {
            encoding,
            units,
            parts: 1,
            left_in_part: single - units,
        };
    }
    // Greedy fill, never splitting a character.
    let (mut parts, mut used) = (1_u32, 0_u32);
    for w in widths {
        if used + w > multi {
            parts = parts.saturating_add(1);
            used = 0;
        }
        used += w;
    }
    SmsLength {
        encoding,
        units,
        parts,
        left_in_part: multi - used,
    }
}

/// A text that may be sent: not blank, at most [`MAX_SMS_PARTS`] parts.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
pub struct SmsText(String);

impl SmsText {
    pub const FIELD: &'static str = "text";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        if input.trim().is_empty() {
            return Err(FieldError::new(Self::FIELD, ErrorCode::Required));
        }
        // Cheap bound first: more than 6 × 160 characters can never fit.
        if input.chars().nth(6 * 160).is_some() || sms_length(input).parts > MAX_SMS_PARTS {
            return Err(FieldError::new(Self::FIELD, ErrorCode::SmsTooLong));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn length(&self) -> SmsLength {
        sms_length(&self.0)
    }
}

impl std::fmt::Display for SmsText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Masked for SmsText {
    /// Message bodies are private: only their size goes to logs.
    fn masked(&self) -> String {
        format!("<{} chars>", self.0.chars().count())
    }
}

crate::ids::string_serde!(SmsText);
crate::ids::masked_debug!(SmsText);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn gsm_and_ucs2_sizes() {
        let l = sms_length(&"a".repeat(160));
        assert_eq!(
            (l.encoding, l.parts, l.left_in_part),
            (SmsEncoding::Gsm7, 1, 0)
        );
        assert_eq!(sms_length(&"a".repeat(161)).parts, 2);
        assert_eq!(sms_length(&"a".repeat(306)).parts, 2);
        assert_eq!(sms_length(&"a".repeat(307)).parts, 3);
        assert_eq!(sms_length("€").units, 2);
        let ru = sms_length(&"я".repeat(70));
        assert_eq!((ru.encoding, ru.parts), (SmsEncoding::Ucs2, 1));
        assert_eq!(sms_length(&"я".repeat(71)).parts, 2);
        assert_eq!(sms_length(&"я".repeat(134)).parts, 2);
        // 66 letters + an emoji (2 units) do not fit in the 67 of the first part.
        let mixed = format!("{}🙂{}", "я".repeat(66), "я".repeat(10));
        assert_eq!(
            (sms_length(&mixed).units, sms_length(&mixed).parts),
            (78, 2)
        );
        assert_eq!(sms_length("").parts, 1);
    }

    #[test]
    fn texts_that_may_be_sent() {
        assert_eq!(SmsText::parse("Привет!").unwrap().length().parts, 1);
        assert_eq!(SmsText::parse("  ").unwrap_err().code, ErrorCode::Required);
        assert!(SmsText::parse(&"я".repeat(6 * 67)).is_ok());
        assert_eq!(
            SmsText::parse(&"я".repeat(6 * 67 + 1)).unwrap_err().code,
            ErrorCode::SmsTooLong
        );
        assert_eq!(
            SmsText::parse(&"a".repeat(10_000)).unwrap_err().code,
            ErrorCode::SmsTooLong
        );
        assert_eq!(
            format!("{:?}", SmsText::parse("secret").unwrap()),
            "SmsText(<6 chars>)"
        );
    }

    proptest! {
        #[test]
        fn appending_never_needs_fewer_parts(a in any::<String>(), b in any::<String>()) {
            let joined = format!("{a}{b}");
            prop_assert!(sms_length(&joined).parts >= sms_length(&a).parts);
            let _ = SmsText::parse(&joined);
        }
    }
}
