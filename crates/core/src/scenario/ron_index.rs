//! Finds where things are in a RON file, so that checks made after parsing can still
//! point at a line and column. RON's deserializer keeps no spans, so this scans the text
//! for string literals and remembers the field name each one belongs to.

use crate::diag::Pos;

/// A string literal in the file.
#[derive(Debug, Clone)]
pub struct Literal {
    /// The field it sits under (`goto`, `id`, …), if any.
    pub key: Option<String>,
    pub value: String,
    pub pos: Pos,
}

/// All string literals of a RON text, in order.
#[derive(Debug, Clone, Default)]
pub struct RonIndex {
    pub literals: Vec<Literal>,
}

/// Turns increasing byte offsets into positions without rescanning from the start.
#[derive(Default)]
struct LineCursor {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl LineCursor {
    fn pos(&mut self, text: &str, offset: usize) -> Pos {
        if self.line == 0 {
            self.line = 1;
        }
        let offset = offset.min(text.len());
        for (i, b) in text.as_bytes()[self.offset.min(offset)..offset]
            .iter()
            .enumerate()
        {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = self.offset + i + 1;
            }
        }
        self.offset = offset;
        let col = text
            .get(self.line_start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Pos {
            line: self.line,
            col,
        }
    }
}

impl RonIndex {
    pub fn new(text: &str) -> RonIndex {
        let bytes = text.as_bytes();
        let mut literals = Vec::new();
        // Line and column are tracked as the scan goes, so the index is built in one pass.
        let mut cursor = LineCursor::default();
        let mut i = 0;
        let mut last_ident: Option<(usize, usize)> = None;
        let mut key: Option<String> = None;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            } else if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            } else if b == b'"' {
                let start = i;
                i += 1;
                let mut value = Vec::new();
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' && i + 1 < bytes.len() {
                        i += 1;
                    }
                    value.push(bytes[i]);
                    i += 1;
                }
                i += 1;
                literals.push(Literal {
                    key: key.clone(),
                    value: String::from_utf8_lossy(&value).into_owned(),
                    pos: cursor.pos(text, start),
                });
                last_ident = None;
                continue;
            } else if b.is_ascii_alphabetic() || b == b'_' {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                last_ident = Some((start, i));
                continue;
            } else if b == b':' {
                if let Some((s, e)) = last_ident.take() {
                    key = Some(text[s..e].to_string());
                }
            } else if b == b'(' {
                // A new struct starts: literals right inside it have no key yet.
                key = None;
                last_ident = None;
            } else if !b.is_ascii_whitespace() {
                last_ident = None;
            }
            i += 1;
        }
        RonIndex { literals }
    }

    /// The first literal `value` under field `key`.
    pub fn find(&self, key: &str, value: &str) -> Option<Pos> {
        self.literals
            .iter()
            .find(|l| l.key.as_deref() == Some(key) && l.value == value)
            .map(|l| l.pos)
    }

    /// The `n`th (0-based) literal `value` under field `key`.
    pub fn find_nth(&self, key: &str, value: &str, n: usize) -> Option<Pos> {
        self.literals
            .iter()
            .filter(|l| l.key.as_deref() == Some(key) && l.value == value)
            .nth(n)
            .map(|l| l.pos)
    }

    /// The first literal `value` under field `key` after position `after`.
    pub fn find_after(&self, after: Pos, key: &str, value: &str) -> Option<Pos> {
        self.literals
            .iter()
            .find(|l| l.pos > after && l.key.as_deref() == Some(key) && l.value == value)
            .map(|l| l.pos)
    }

    /// The first literal `value` anywhere.
    pub fn find_value(&self, value: &str) -> Option<Pos> {
        self.literals
            .iter()
            .find(|l| l.value == value)
            .map(|l| l.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literals_by_field() {
        let text = "Scenario(\n  id: \"a\", // \"not\" this\n  nodes: [Choice(id: \"c\", options: [(id: \"x\", goto: \"end\")])],\n)";
        let idx = RonIndex::new(text);
        assert_eq!(idx.find("id", "a"), Some(Pos { line: 2, col: 7 }));
        assert_eq!(idx.find("goto", "end"), Some(Pos { line: 3, col: 53 }));
        assert_eq!(idx.find("id", "x").map(|p| p.line), Some(3));
        assert!(idx.find_value("not").is_none());
    }

    #[test]
    fn map_keys_and_lists_keep_their_field() {
        let text = "(assess: { \"remote-access\": spotted }, goto: [\"a\", \"b\"])";
        let idx = RonIndex::new(text);
        assert!(idx.find("assess", "remote-access").is_some());
        assert!(idx.find("goto", "b").is_some());
    }
}
