//! Word wrapping by display width: CJK and emoji take two columns, combining marks none,
//! and a word longer than the line is broken between grapheme clusters.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The display width of `s`.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` into lines of at most `max` columns. Line breaks in the text are kept.
/// A `max` of 0 gives no lines.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    if max == 0 {
        return out;
    }
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in tokens(para) {
            let w = width(word);
            let blank = word.trim().is_empty();
            if line_w + w <= max {
                if !(blank && line_w == 0 && !line.is_empty()) {
                    line.push_str(word);
                    line_w += w;
                }
                continue;
            }
            if blank {
                // A space at the end of a line is where it breaks.
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line_w = 0;
                continue;
            }
            if line_w > 0 && w <= max {
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line.push_str(word);
                line_w = w;
                continue;
            }
            // A word wider than a whole line: break it between graphemes.
            for g in word.graphemes(true) {
                let gw = width(g);
                if line_w + gw > max && line_w > 0 {
                    out.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push_str(g);
                line_w += gw;
            }
        }
        out.push(line.trim_end().to_string());
    }
    out
}

/// Runs of spaces and runs of everything else, in order. Punctuation stays on its word;
/// text without spaces (CJK) is one run, broken between graphemes where it must.
fn tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let (tok, tail) = rest.split_at(end);
        rest = tail;
        Some(tok)
    })
}

/// Cuts `s` to at most `max` columns, whole graphemes only.
/// Key hints (`Up/Down choose   Enter play   Q quit`: each key with its word, three spaces
/// between them) laid out in lines of at most `max` columns, broken only between two
/// hints, never between a key and its word; a hint wider than a line is wrapped alone.
pub fn key_lines(keys: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for hint in keys.split("   ").map(str::trim).filter(|h| !h.is_empty()) {
        let hw = width(hint);
        if line.is_empty() {
            if hw <= max {
                line = hint.to_string();
            } else {
                out.extend(wrap(hint, max));
            }
        } else if width(&line) + 3 + hw <= max {
            line.push_str("   ");
            line.push_str(hint);
        } else {
            out.push(std::mem::take(&mut line));
            if hw <= max {
                line = hint.to_string();
            } else {
                out.extend(wrap(hint, max));
            }
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

pub fn truncate(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = width(g);
        if w + gw > max {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn key_hints_break_between_hints_never_inside_one() {
        let keys = "Up/Down choose   Enter play   I already involved?   ? help   Q quit";
        assert_eq!(
            key_lines(keys, 40),
            vec![
                "Up/Down choose   Enter play",
                "I already involved?   ? help   Q quit"
            ]
        );
        for w in 19..70 {
            let lines = key_lines(keys, w);
            assert!(lines.iter().all(|l| width(l) <= w), "{w}: {lines:?}");
            // Every hint whole on one line.
            for hint in keys.split("   ") {
                assert!(
                    lines.iter().any(|l| l.contains(hint)),
                    "{w}: {hint} in {lines:?}"
                );
            }
        }
        // A hint wider than the line is wrapped on its own lines.
        assert_eq!(key_lines("Esc back   Pfeiltasten wählen", 10).len(), 3);
    }

    use super::*;

    #[test]
    fn wraps_words_and_keeps_width() {
        assert_eq!(wrap("hello big world", 9), vec!["hello big", "world"]);
        assert_eq!(wrap("a\nb", 5), vec!["a", "b"]);
        assert_eq!(wrap("name (locked)", 8), vec!["name", "(locked)"]);
        assert!(wrap("x", 0).is_empty());
    }

    #[test]
    fn breaks_long_words_between_graphemes() {
        let lines = wrap("Donaudampfschifffahrtsgesellschaft", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "Donaudampfschifffahrtsgesellschaft");
    }

    #[test]
    fn wide_and_combining_characters() {
        let lines = wrap("日本語のテキストです", 7);
        assert!(lines.iter().all(|l| width(l) <= 7), "{lines:?}");
        let lines = wrap("🚩🚩🚩🚩", 5);
        assert_eq!(lines, vec!["🚩🚩", "🚩🚩"]);
        // e + combining acute stays together.
        let lines = wrap("e\u{301}e\u{301}e\u{301}", 2);
        assert_eq!(lines, vec!["e\u{301}e\u{301}", "e\u{301}"]);
        assert_eq!(truncate("日本語", 5), "日本");
    }
}
