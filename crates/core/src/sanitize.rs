//! Neutralises untrusted text (scenario, locale and pack files) before it reaches a terminal.

/// Whether a character in a text file is one we never show: a control character (but a
/// newline, carriage return or tab) or a bidi control.
pub fn is_hidden_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || is_bidi_control(c)
}

/// Every hidden character of a text (see [`is_hidden_char`]) with its byte offset. Found
/// by their bytes, so a text of megabytes is read once and fast: each starts with a byte
/// below 0x20, 0x7F, or the lead byte 0xC2, 0xD8 or 0xE2, and only those are decoded.
pub fn hidden_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    const CHUNK: usize = 32;
    let bytes = text.as_bytes();
    // Whole chunks without such a byte are passed over with comparisons the compiler turns
    // into vector instructions; only the others are looked at byte by byte.
    let maybe = |b: u8| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xd8)
            | (b == 0xe2)
    };
    bytes
        .chunks(CHUNK)
        .enumerate()
        .filter(move |(_, chunk)| chunk.iter().fold(false, |a, &b| a | maybe(b)))
        .flat_map(move |(k, chunk)| {
            chunk.iter().enumerate().filter_map(move |(j, &b)| {
                let i = k * CHUNK + j;
                if !MAYBE_HIDDEN[b as usize] {
                    return None;
                }
                let c = text.get(i..)?.chars().next()?;
                is_hidden_char(c).then_some((i, c))
            })
        })
}

/// The bytes a hidden character can start with (see [`hidden_chars`]); newline and tab,
/// which are never hidden, are left out.
const MAYBE_HIDDEN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    t[0x7f] = true;
    t[0xc2] = true;
    t[0xd8] = true;
    t[0xe2] = true;
    t
};

/// Whether a character is a bidi control that can reorder or hide text.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{200E}' | '\u{200F}')
}

/// Text safe to print: control characters (C0 but newline, DEL, C1), escape sequences and
/// bidi controls are removed; a tab becomes a space. Fluent's isolation marks go too.
pub fn clean(text: &str) -> String {
    // Most text has nothing to remove: only a tab, or a byte a hidden character starts
    // with, sends it the long way.
    if !text.bytes().any(|b| b == b'\t' || MAYBE_HIDDEN[b as usize]) {
        return text.to_string();
    }
    clean_each(text)
}

/// [`clean`], character by character.
fn clean_each(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Like [`clean`], but on one line: newlines become spaces.
pub fn clean_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

/// Shows every control character as a visible escape (`\u{1b}`), for source excerpts.
pub fn escape_visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\t' {
            out.push(' ');
        } else if c.is_control() || is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON document made safe to print: every control character that JSON lets through raw
/// inside strings (DEL, C1) and every bidi control becomes a `\uXXXX` escape, which any JSON
/// reader turns back into the same text but no terminal acts on. (serde_json already
/// escapes C0.) Outside strings JSON is plain ASCII, so replacing everywhere is safe.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(is_hidden_char) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_hidden_char(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Skips the rest of an escape sequence after ESC: CSI (`ESC [ ... final`), OSC and other
/// string sequences (up to BEL or ST), or a single following character.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            // Parameters and intermediates, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// A stable hash of a text (64-bit FNV-1a, as 16 hex digits): the same on every machine
/// and release, for fingerprints that are written to files or decide things by seed.
pub fn stable_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_short_way_cleans_as_the_long_way() {
        for text in [
            "plain ASCII, nothing to do.",
            "Привіт, Việt «quoted» – dash…",
            "tab\there",
            "cr\r\nlf",
            "esc \u{1b}[31mred\u{1b}[0m",
            "bidi \u{202e}x\u{2067}y \u{61c} \u{200f}",
            "c1 \u{85}\u{9b} del \u{7f}",
            "",
        ] {
            assert_eq!(super::clean(text), super::clean_each(text), "{text:?}");
        }
    }

    #[test]
    fn hidden_characters_are_found_by_their_bytes_as_by_their_chars() {
        let text =
            "a\u{9b}b\u{7f}«c»\u{202e}d\u{2067}e\u{1b}f\u{61c}g\u{200f}“h” Привіт Việt\t\n\u{85}";
        let by_chars: Vec<(usize, char)> = text
            .char_indices()
            .filter(|(_, c)| super::is_hidden_char(*c))
            .collect();
        assert_eq!(super::hidden_chars(text).collect::<Vec<_>>(), by_chars);
        assert_eq!(by_chars.len(), 8, "{by_chars:?}");
        // Wherever the chunks it reads by start and end.
        for k in 0..70 {
            let shifted = format!("{}{text}{}", "x".repeat(k), "y".repeat(k % 7));
            let by_chars: Vec<(usize, char)> = shifted
                .char_indices()
                .filter(|(_, c)| super::is_hidden_char(*c))
                .collect();
            assert_eq!(
                super::hidden_chars(&shifted).collect::<Vec<_>>(),
                by_chars,
                "{k}"
            );
        }
    }

    #[test]
    fn json_output_escapes_what_terminals_act_on_and_reads_back_the_same() {
        let nasty = "a\u{9b}31mb\u{7f}c\u{202e}d\u{2067}e\u{1b}]52;c;x\u{7}f";
        let json = super::json_safe(serde_json::to_string(&nasty).unwrap());
        assert!(json.chars().all(|c| !c.is_control()), "{json:?}");
        assert!(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\u007f"));
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, nasty);
        // Plain text passes through untouched.
        let plain = serde_json::to_string_pretty(&serde_json::json!({"a": "é 🚩"})).unwrap();
        assert_eq!(super::json_safe(plain.clone()), plain);
    }

    use super::*;

    #[test]
    fn removes_escape_sequences_and_controls() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(clean("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
        assert_eq!(clean("a\u{0}b\u{7f}c\u{9b}d\re"), "abcde");
        assert_eq!(clean("line\nnext\ttab"), "line\nnext tab");
    }

    #[test]
    fn removes_bidi_and_isolation_marks() {
        assert_eq!(clean("\u{2068}Alex\u{2069} \u{202E}evil"), "Alex evil");
    }

    #[test]
    fn keeps_ordinary_unicode() {
        let s = "Привіт, 世界 👋 é";
        assert_eq!(clean(s), s);
    }

    #[test]
    fn escapes_visibly() {
        assert_eq!(escape_visible("a\u{1b}[0m"), "a\\u{1b}[0m");
    }
}
