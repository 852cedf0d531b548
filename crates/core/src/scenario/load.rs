//! Parsing RON content files into the model, with errors at `file:line:col`.

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Pos};

/// How deep RON may nest before a file is refused, so no file can overflow the stack.
pub const MAX_NESTING: usize = 64;

/// Parses a RON text, turning the parser's error into a diagnostic on `file`.
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    let options = ron::Options::default()
        .with_recursion_limit(MAX_NESTING)
        // Authors write `next: "x"`, not `next: Some("x")`.
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options
        .from_str::<T>(text)
        .map_err(|e| ron_diagnostic(file, text, &e))
}

fn ron_diagnostic(file: &str, text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let pos = Pos {
        line: e.span.start.line.max(1),
        col: e.span.start.col.max(1),
    };
    // RON counts columns the same way we do; clamp to the line in case it does not.
    let pos = clamp(text, pos);
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &e.code {
        E::NoSuchStructField {
            expected, found, ..
        } => Diagnostic::error("E011", file, pos)
            .arg("found", found.as_str())
            .arg("expected", list(expected)),
        E::MissingStructField { field, outer } => Diagnostic::error("E012", file, pos)
            .arg("field", *field)
            .arg("outer", outer.clone().unwrap_or_default()),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Diagnostic::error("E013", file, pos)
            .arg("found", found.as_str())
            .arg("expected", list(expected)),
        E::DuplicateStructField { field, .. } => {
            Diagnostic::error("E014", file, pos).arg("field", *field)
        }
        E::ExceededRecursionLimit => Diagnostic::error("E015", file, pos).arg("limit", MAX_NESTING),
        other => {
            // The common mistakes in words of the author's language (a select on `kind` in
            // the Fluent message); the parser's own English stays only as a detail.
            let (kind, ch) = match other {
                E::Eof => ("eof", None),
                E::ExpectedComma => ("comma", None),
                E::ExpectedArrayEnd => ("array-end", None),
                E::ExpectedMapEnd => ("map-end", None),
                E::ExpectedStructLikeEnd => ("struct-end", None),
                E::ExpectedMapColon => ("colon", None),
                E::ExpectedString => ("string", None),
                E::ExpectedStringEnd => ("string-end", None),
                E::ExpectedIdentifier => ("identifier", None),
                E::ExpectedInteger | E::ExpectedFloat => ("number", None),
                E::ExpectedBoolean => ("boolean", None),
                E::ExpectedArray => ("array", None),
                E::ExpectedMap => ("map", None),
                E::ExpectedStructLike
                | E::ExpectedNamedStructLike(_)
                | E::ExpectedStructName(_) => ("struct", None),
                E::TrailingCharacters => ("trailing", None),
                E::UnexpectedChar(c) => ("char", Some(*c)),
                E::UnclosedBlockComment | E::UnclosedLineComment => ("comment", None),
                E::InvalidEscape(_) => ("escape", None),
                E::IntegerOutOfBounds => ("too-big", None),
                _ => ("other", None),
            };
            let ch = ch
                .map(|c| crate::sanitize::escape_visible(&c.to_string()))
                .unwrap_or_default();
            Diagnostic::error("E010", file, pos)
                .arg("kind", kind)
                .arg("char", ch)
                .arg("reason", crate::sanitize::clean_line(&other.to_string()))
        }
    }
}

fn clamp(text: &str, pos: Pos) -> Pos {
    let Some(line) = text.lines().nth(pos.line.saturating_sub(1)) else {
        return pos;
    };
    let max = line.chars().count() + 1;
    Pos {
        line: pos.line,
        col: pos.col.min(max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Scenario;

    #[test]
    fn syntax_error_points_at_line_and_column() {
        let text = "Scenario(\n    id: \"x\",\n    perspective: freelancer\n    channels: [],\n)";
        let d = parse_ron::<Scenario>("s.ron", text).unwrap_err();
        assert_eq!(d.code, "E010");
        assert_eq!(d.pos.line, 4);
        let kind = d.args.iter().find(|(k, _)| *k == "kind").unwrap();
        assert!(format!("{:?}", kind.1).contains("comma"), "{d:?}");
    }

    #[test]
    fn unknown_field_lists_the_allowed_names() {
        let text = "Scenario(id: \"x\", perspectiv: freelancer, channels: [], nodes: [])";
        let d = parse_ron::<Scenario>("s.ron", text).unwrap_err();
        assert_eq!(d.code, "E011");
        assert_eq!(d.pos, Pos { line: 1, col: 19 });
        let expected = d.args.iter().find(|(k, _)| *k == "expected").unwrap();
        assert!(format!("{:?}", expected.1).contains("`perspective`"));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let d = parse_ron::<Scenario>("s.ron", &text).unwrap_err();
        assert!(d.code == "E015" || d.code == "E010", "{d}");
    }
}
