//! Diagnostics about content files: where (file, line, column), how bad, and what, as a
//! Fluent message id with arguments so the words stay translatable.

use std::fmt;

/// How bad a problem is. Errors break play; warnings do not change any exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A position in a file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    /// The position of a byte offset in `text` (columns count characters).
    pub fn of_offset(text: &str, offset: usize) -> Pos {
        let offset = offset.min(text.len());
        let mut line = 1;
        let mut line_start = 0;
        for (i, b) in text.as_bytes()[..offset].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = i + 1;
            }
        }
        // Step back to a char boundary so slicing can't panic.
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let col = text[line_start..end].chars().count() + 1;
        Pos { line, col }
    }
}

/// An argument for a diagnostic's Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code such as `E001`, documented for authors.
    pub code: &'static str,
    /// The file as the user would name it (a path, or `builtin:scenarios/x.ron`).
    pub file: String,
    pub pos: Pos,
    /// The Fluent id of the message, `diag-<code>`, and its arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, file: &str, pos: Pos) -> Self {
        Diagnostic {
            severity,
            code,
            file: file.to_string(),
            pos,
            args: Vec::new(),
        }
    }
    pub fn error(code: &'static str, file: &str, pos: Pos) -> Self {
        Self::new(Severity::Error, code, file, pos)
    }
    pub fn warning(code: &'static str, file: &str, pos: Pos) -> Self {
        Self::new(Severity::Warning, code, file, pos)
    }
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
    /// The Fluent id of this diagnostic's message.
    pub fn message_id(&self) -> String {
        format!("diag-{}", self.code.to_ascii_lowercase())
    }
    /// The Fluent id of this diagnostic's hint, if the locale has one.
    pub fn hint_id(&self) -> String {
        format!("diag-{}-hint", self.code.to_ascii_lowercase())
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// A developer form, for logs and test failures; users see the localized rendering.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}] {:?}",
            self.file,
            self.pos.line,
            self.pos.col,
            self.severity.as_str(),
            self.code,
            self.args
        )
    }
}

/// Sorts diagnostics into the stable order they are reported in.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_cached_key(|d| {
        (
            d.file.clone(),
            d.pos,
            d.severity,
            d.code,
            format!("{:?}", d.args),
        )
    });
}

/// The closest candidate to `word`, for "did you mean" hints: a typo or two away
/// (transpositions count once), or very similar.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| {
            (
                strsim::damerau_levenshtein(word, c),
                strsim::jaro_winkler(word, c),
                c,
            )
        })
        .filter(|(d, jw, _)| *d <= limit || *jw >= 0.9)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_line_and_column() {
        let text = "ab\ncdé\nf";
        assert_eq!(Pos::of_offset(text, 0), Pos { line: 1, col: 1 });
        assert_eq!(Pos::of_offset(text, 3), Pos { line: 2, col: 1 });
        // 'é' is two bytes; the 'f' line starts after it.
        assert_eq!(Pos::of_offset(text, 8), Pos { line: 3, col: 1 });
        assert_eq!(Pos::of_offset(text, 7), Pos { line: 2, col: 4 });
        // An offset inside a character or past the end does not panic.
        assert_eq!(Pos::of_offset(text, 6), Pos { line: 2, col: 3 });
        assert_eq!(Pos::of_offset(text, 99).line, 3);
    }

    #[test]
    fn suggests_close_names_only() {
        let ids = ["intro", "intro-2", "ending-safe"];
        assert_eq!(suggest("intro2", ids).as_deref(), Some("intro-2"));
        assert_eq!(suggest("zzz", ids), None);
        assert_eq!(suggest("ned", ["end", "hi"]).as_deref(), Some("end"));
        assert_eq!(
            suggest("off-platfrom", ["off-platform", "secrecy"]).as_deref(),
            Some("off-platform")
        );
    }
}
