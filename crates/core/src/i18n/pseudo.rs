//! Pseudo-locales, built from English at run time so translators and developers can see
//! every screen "translated" before any translation exists:
//!
//! - `en-XA` (accented): every letter becomes an accented look-alike and vowels are
//!   doubled, so text is about 40% longer. Truncation shows as a cut-off word; any plain
//!   ASCII word left on screen was not reached by Fluent (a hard-coded string).
//! - `ar-XB` (mirrored): letters are turned upside down and each piece of text is wrapped
//!   in right-to-left controls, shown as visible markers (`⟪…⟫`) because terminals do not
//!   lay out bidi text and redflag strips bidi controls from everything it prints.
//!
//! Only the words of messages change: variables (names, amounts) and placeables keep
//! their value, exactly as a real translation would leave them.

use std::borrow::Cow;

/// A pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    Accented,
    Mirrored,
}

/// The tag of the accented pseudo-locale.
pub const ACCENTED: &str = "en-XA";
/// The tag of the mirrored pseudo-locale.
pub const MIRRORED: &str = "ar-XB";

/// The visible marker that stands for a right-to-left embedding's start.
pub const RTL_START: char = '⟪';
/// The visible marker that stands for its end.
pub const RTL_END: char = '⟫';

impl Pseudo {
    /// The pseudo-locale a tag names, case-insensitively.
    pub fn from_tag(tag: &str) -> Option<Pseudo> {
        if tag.eq_ignore_ascii_case(ACCENTED) {
            Some(Pseudo::Accented)
        } else if tag.eq_ignore_ascii_case(MIRRORED) {
            Some(Pseudo::Mirrored)
        } else {
            None
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => ACCENTED,
            Pseudo::Mirrored => MIRRORED,
        }
    }

    /// The transform Fluent applies to the text of each pattern.
    pub fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Pseudo::Accented => accent,
            Pseudo::Mirrored => mirror,
        }
    }
}

const UPPER_ACCENTED: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const LOWER_ACCENTED: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const UPPER_FLIPPED: [char; 26] = [
    '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'Ӽ', '⅂', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S',
    '⊥', '∩', 'Ʌ', 'M', 'X', '⅄', 'Z',
];
const LOWER_FLIPPED: [char; 26] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's',
    'ʇ', 'n', 'ʌ', 'ʍ', 'x', 'ʎ', 'z',
];

/// Accents every ASCII letter and doubles vowels (with `y`), which makes English prose
/// about 40% longer.
pub fn accent(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let mapped = match c {
            'A'..='Z' => UPPER_ACCENTED[(c as u8 - b'A') as usize],
            'a'..='z' => LOWER_ACCENTED[(c as u8 - b'a') as usize],
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(mapped);
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            out.push(mapped);
        }
    }
    Cow::Owned(out)
}

/// Turns letters upside down and wraps the text in a right-to-left override and its end
/// (U+202E … U+202C); the Localizer shows those as [`RTL_START`] and [`RTL_END`].
pub fn mirror(s: &str) -> Cow<'_, str> {
    if s.trim().is_empty() {
        return Cow::Borrowed(s);
    }
    // Each line on its own, so a line picked from a list (a name pool) keeps both ends.
    let mut out = String::with_capacity(s.len() * 2 + 6);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.trim().is_empty() {
            out.push_str(line);
            continue;
        }
        out.push('\u{202E}');
        for c in line.chars() {
            out.push(match c {
                'A'..='Z' => UPPER_FLIPPED[(c as u8 - b'A') as usize],
                'a'..='z' => LOWER_FLIPPED[(c as u8 - b'a') as usize],
                _ => c,
            });
        }
        out.push('\u{202C}');
    }
    Cow::Owned(out)
}

/// Replaces bidi controls with visible markers, before the text is sanitized (which would
/// drop them silently).
pub fn visible_bidi(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{202A}'..='\u{202B}' | '\u{202D}'..='\u{202E}' | '\u{2066}'..='\u{2068}' => {
                RTL_START
            }
            '\u{202C}' | '\u{2069}' => RTL_END,
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_has_no_ascii_letters_and_is_about_forty_percent_longer() {
        let en =
            "Would you be open to subcontract for us? Steady work, mostly React and some APIs.";
        let xa = accent(en);
        assert!(!xa.chars().any(|c| c.is_ascii_alphabetic()), "{xa}");
        let ratio = xa.chars().count() as f64 / en.chars().count() as f64;
        assert!((1.3..=1.6).contains(&ratio), "{ratio}");
        // Numbers, punctuation and spaces stay as they are.
        assert_eq!(accent("42 - 7!"), "42 - 7!");
    }

    #[test]
    fn mirrored_text_is_wrapped_and_markers_become_visible() {
        let m = mirror("Hello");
        assert_eq!(m, "\u{202E}Hǝʅʅo\u{202C}");
        assert_eq!(visible_bidi(&m), "⟪Hǝʅʅo⟫");
        assert_eq!(mirror("  "), "  ");
        assert_eq!(visible_bidi(&mirror("Al\n\nBo")), "⟪∀ʅ⟫\n\n⟪Ԑo⟫");
    }

    proptest::proptest! {
        #[test]
        fn any_text_survives_both_pseudo_locales(s in "\\PC*") {
            let a = accent(&s);
            proptest::prop_assert!(!a.chars().any(|c| c.is_ascii_alphabetic()));
            proptest::prop_assert!(a.chars().count() >= s.chars().count());
            let m = crate::sanitize::clean(&visible_bidi(&mirror(&s)));
            let leaked = m.contains('\u{202e}') || m.contains('\u{202c}');
            proptest::prop_assert!(!leaked, "bidi controls left in {:?}", m);
        }
    }

    #[test]
    fn tags() {
        assert_eq!(Pseudo::from_tag("en-xa"), Some(Pseudo::Accented));
        assert_eq!(Pseudo::from_tag("ar-XB"), Some(Pseudo::Mirrored));
        assert_eq!(Pseudo::from_tag("en"), None);
    }
}
