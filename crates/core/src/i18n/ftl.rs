//! Reading `.ftl` files as text: which messages they define and which variables those use.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser::{self, ParserError};

use crate::diag::Pos;

/// A message of an `.ftl` file, as the checks need it.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlMessage {
    pub id: String,
    pub pos: Pos,
    /// Variables the value uses, sorted, without duplicates.
    pub vars: Vec<String>,
    /// Selects on a variable whose variant keys include a plural category:
    /// the variable and the keys given.
    pub plurals: Vec<(String, Vec<String>)>,
    /// Whether the value holds a control character other than newline.
    pub has_control: bool,
    /// Other messages (`{ other }`) and terms (`{ -term }`, with its dash) the value
    /// refers to, sorted, without duplicates.
    pub refs: Vec<String>,
}

const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// How deep placeables may nest before a file is refused: the Fluent parser recurses, and
/// no real message nests more than a few levels.
pub const MAX_NESTING: usize = 32;

/// Where a text first nests braces deeper than [`MAX_NESTING`], if it does.
pub fn too_deep(text: &str) -> Option<usize> {
    // Only the braces matter: jump from one to the next.
    let mut depth = 0usize;
    for i in memchr::memchr2_iter(b'{', b'}', text.as_bytes()) {
        if text.as_bytes()[i] == b'{' {
            depth += 1;
            if depth > MAX_NESTING {
                return Some(i);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// The value of a message entry (`id = value`) that is plain text on one line: no
/// placeable, no variant, no attribute, nothing on the next lines. That is exactly what
/// Fluent formats it to (isolation marks are off). `None` for anything else, which goes
/// through the parser.
pub fn plain_value(entry: &str) -> Option<&str> {
    let entry = entry.trim_end_matches(['\n', '\r']);
    if entry.contains(['\n', '\r', '{', '}']) {
        return None;
    }
    let (id, value) = entry.split_once('=')?;
    let id = id.trim_end_matches(' ');
    let valid_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let value = value.trim_matches(' ');
    (valid_id && !value.is_empty()).then_some(value)
}

/// The id of the entry whose text holds byte `offset`: the last line at or before it that
/// starts a message (`id =`, not indented).
pub fn entry_id_at(text: &str, offset: usize) -> Option<String> {
    // The parser's offset may fall inside a character: step back to its start.
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let upto = &text[..line_start
        + text[line_start..]
            .find('\n')
            .unwrap_or(text.len() - line_start)];
    upto.lines().rev().find_map(|l| {
        let (id, _) = l.split_once('=')?;
        let id = id.trim_end();
        let ok = !l.starts_with([' ', '\t', '#'])
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        ok.then(|| id.to_string())
    })
}

/// A Fluent syntax error's kind, as a word the message chooses its hint by.
pub fn error_kind(kind: &fluent_syntax::parser::ErrorKind) -> &'static str {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('}') | K::ExpectedToken('{') => "brace",
        K::UnbalancedClosingBrace => "closing-brace",
        K::MissingValue => "empty",
        K::ExpectedToken('=') | K::ExpectedMessageField { .. } => "equals",
        K::MissingDefaultVariant => "default-variant",
        K::MultipleDefaultVariants => "default-variants",
        K::UnterminatedStringLiteral => "string",
        K::ExpectedInlineExpression | K::ExpectedSimpleExpressionAsSelector => "placeable",
        K::UnknownEscapeSequence(_) | K::InvalidUnicodeEscapeSequence(_) => "escape",
        _ => "other",
    }
}

/// Parses an `.ftl` text: its messages (unparsable parts left out) and its syntax errors.
/// A text nested too deeply yields nothing; callers report [`too_deep`] themselves.
pub fn parse(text: &str) -> (Vec<FtlMessage>, Vec<ParserError>) {
    if too_deep(text).is_some() {
        return (Vec::new(), Vec::new());
    }
    parse_shallow(text)
}

/// [`parse`] of a text the caller has found not [`too_deep`].
pub fn parse_shallow(text: &str) -> (Vec<FtlMessage>, Vec<ParserError>) {
    let (res, errors) = match parser::parse_runtime(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    (messages_in(text, res.body.iter()), errors)
}

/// The messages of a resource parsed already (see [`parse`]).
pub fn messages_of(res: &fluent_bundle::FluentResource) -> Vec<FtlMessage> {
    messages_in(res.source(), res.entries())
}

/// The messages among `entries`, parsed from `text` (their ids are slices of it).
fn messages_in<'t>(
    text: &str,
    entries: impl Iterator<Item = &'t Entry<&'t str>>,
) -> Vec<FtlMessage> {
    let mut lines = Lines::new(text);
    entries
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = Vec::new();
                let mut plurals = Vec::new();
                let mut has_control = false;
                let mut refs = Vec::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                    pattern_plurals(p, &mut plurals);
                    pattern_refs(p, &mut refs);
                    has_control = pattern_has_control(p);
                }
                vars.sort();
                vars.dedup();
                refs.sort();
                refs.dedup();
                Some(FtlMessage {
                    id: m.id.name.to_string(),
                    pos: lines.pos_of(m.id.name),
                    vars,
                    plurals,
                    has_control,
                    refs,
                })
            }
            _ => None,
        })
        .collect()
}

/// Where in a text its slices start, as line and column, for slices asked for in the
/// order they occur (the parser's message ids): each newline is counted once.
struct Lines<'t> {
    text: &'t str,
    at: usize,
    line: usize,
    line_start: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines {
            text,
            at: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The position of `part`, a slice of the text (line 1, column 1 for anything else).
    fn pos_of(&mut self, part: &str) -> Pos {
        let offset = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if offset > self.text.len() {
            return Pos { line: 1, col: 1 };
        }
        if offset < self.at {
            // Out of order: count from the start.
            *self = Lines::new(self.text);
        }
        let bytes = &self.text.as_bytes()[self.at..offset];
        for nl in memchr::memchr_iter(b'\n', bytes) {
            self.line += 1;
            self.line_start = self.at + nl + 1;
        }
        self.at = offset;
        Pos {
            line: self.line,
            col: self.text[self.line_start..offset].chars().count() + 1,
        }
    }
}

/// The characters Fluent escapes in the text stand for (`\u001B`, `\U01F600`), with the
/// byte offset of each escape. A string literal such as `{ "\u001B" }` puts them in a
/// message, so a check of the raw text alone would miss them.
pub fn escaped_chars(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        // Straight to the next backslash.
        match memchr::memchr(b'\\', &bytes[i..]) {
            Some(k) => i += k,
            None => break,
        }
        if i + 1 >= bytes.len() {
            break;
        }
        if bytes[i] == b'\\' {
            let digits = match bytes[i + 1] {
                b'u' => 4,
                b'U' => 6,
                // An escaped backslash or quote: skip both characters.
                _ => {
                    i += 2;
                    continue;
                }
            };
            let hex = text.get(i + 2..i + 2 + digits);
            if let Some(c) = hex
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
            {
                out.push((i, c));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

fn pattern_has_control(p: &Pattern<&str>) -> bool {
    p.elements.iter().any(|el| match el {
        PatternElement::TextElement { value } => has_control(value),
        PatternElement::Placeable { .. } => false,
    })
}

/// Whether a text holds a control character other than a line break: C0 (a byte below
/// 0x20), DEL, or C1 (U+0080 to U+009F, written 0xC2 0x80–0x9F). Read byte by byte.
fn has_control(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        (c < 0x20 && c != b'\n' && c != b'\r')
            || c == 0x7f
            || (c == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

fn pattern_plurals(p: &Pattern<&str>, out: &mut Vec<(String, Vec<String>)>) {
    for el in &p.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = el
        {
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.to_string()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let var = match selector {
                InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().find_map(|a| match a {
                        InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                        _ => None,
                    })
                }
                _ => None,
            };
            if let Some(var) = var
                && keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str()))
            {
                out.push((var, keys));
            }
            for v in variants {
                pattern_plurals(&v.value, out);
            }
        }
    }
}

/// The plural categories whole numbers reach in a language (`one`, `few`, …), plus `other`.
pub fn plural_categories(lang: &str) -> Vec<String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(lid) = lang.parse::<unic_langid::LanguageIdentifier>() else {
        return vec!["other".into()];
    };
    let Ok(rules) = PluralRules::create(lid, PluralRuleType::CARDINAL) else {
        return vec!["other".into()];
    };
    let mut cats: Vec<String> = vec!["other".into()];
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            let name = match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            if !cats.iter().any(|x| x == name) {
                cats.push(name.into());
            }
        }
    }
    cats
}

/// The messages of an `.ftl` text (ignoring unparsable parts), each with the variables its
/// value uses, sorted and without duplicates.
pub fn messages_with_vars(text: &str) -> Vec<(String, Vec<String>)> {
    parse(text).0.into_iter().map(|m| (m.id, m.vars)).collect()
}

/// Whether a text defines a term (`-name = …` at the start of a line).
pub fn defines_term(text: &str) -> bool {
    let starts =
        std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    starts
        .filter(|&i| text.as_bytes().get(i) == Some(&b'-'))
        .any(|i| {
            let l = text[i + 1..].split('\n').next().unwrap_or("");
            l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains('=')
        })
}

fn pattern_refs(p: &Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_refs(expression, out);
        }
    }
}

fn expr_refs(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_refs(i, out),
    }
}

fn inline_refs(i: &InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
        InlineExpression::TermReference { id, arguments, .. } => {
            out.push(format!("-{}", id.name));
            for a in arguments.iter().flat_map(|a| a.positional.iter()) {
                inline_refs(a, out);
            }
            for n in arguments.iter().flat_map(|a| a.named.iter()) {
                inline_refs(&n.value, out);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_refs(a, out);
            }
            for n in &arguments.named {
                inline_refs(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_refs(expression, out),
        _ => {}
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod entry_tests {
    use super::*;

    #[test]
    fn the_entry_of_an_offset_is_found_even_inside_a_character() {
        let text = "a = x\nbroken = Grüße { $n\n    more\nc = y\n";
        let inside = text.find('ü').unwrap() + 1;
        assert_eq!(entry_id_at(text, inside).as_deref(), Some("broken"));
        let cont = text.find("more").unwrap();
        assert_eq!(entry_id_at(text, cont).as_deref(), Some("broken"));
        assert_eq!(entry_id_at(text, 0).as_deref(), Some("a"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_are_what_fluent_formats() {
        use fluent_bundle::{FluentBundle, FluentResource};
        let cases = [
            "a = Hello\n",
            "a = Hello   \n\n",
            "a =    spaced out  \n",
            "a = tab\there\t\n",
            "a = [not a variant] *nor this .nor this\n",
            "a = Привіт, світе 🚩 — ok\n",
            "a = windows\r\n",
            "a-b_c2 = dashes\n",
            "a = x = y\n",
            "a =\n",
            "a = \n",
            "a = { $x }\n",
            "a = close } brace\n",
            "a = two\n    lines\n",
            "a = v\n    .attr = w\n",
            "-term = a term\n",
            "1a = bad id\n",
        ];
        for entry in cases {
            let parsed = FluentResource::try_new(entry.to_string());
            let fluent = parsed.ok().and_then(|res| {
                let mut b = FluentBundle::new(vec!["en".parse().unwrap()]);
                b.set_use_isolating(false);
                b.add_resource(res).ok()?;
                let id = entry.split('=').next()?.trim();
                let msg = b.get_message(id)?;
                let mut errors = vec![];
                let v = b.format_pattern(msg.value()?, None, &mut errors);
                errors.is_empty().then(|| v.to_string())
            });
            match plain_value(entry) {
                // The shortcut, when it is taken, gives what Fluent gives.
                Some(v) => assert_eq!(Some(v.to_string()), fluent, "{entry:?}"),
                // Only simple text takes it; the rest is parsed.
                None => assert!(
                    entry.contains(['{', '}', '.'])
                        || entry.trim_end().contains('\n')
                        || !entry.starts_with('a')
                        || entry.trim_end().ends_with('='),
                    "{entry:?} could take the shortcut"
                ),
            }
        }
        assert_eq!(plain_value("a = Hello\n"), Some("Hello"));
        assert_eq!(plain_value("a = v\n    .attr = w\n"), None);
    }

    #[test]
    fn control_characters_are_found_by_their_bytes() {
        for text in [
            "plain",
            "a\tb",
            "x\u{1b}y",
            "\u{7f}",
            "\u{85}",
            "\u{9f}",
            "\u{a0}é«»",
            "Привіт\n",
            "r\r",
        ] {
            let by_chars = text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r');
            assert_eq!(has_control(text), by_chars, "{text:?}");
        }
    }

    #[test]
    fn finds_positions_plurals_and_categories() {
        let text = "# c\na = x\n\nb = { $n ->\n    [one] a\n   *[other] b\n}\n";
        let (m, errors) = parse(text);
        assert!(errors.is_empty());
        assert_eq!(m[0].pos, Pos { line: 2, col: 1 });
        assert_eq!(m[1].pos, Pos { line: 4, col: 1 });
        // Windows line ends, and a message defined twice: each where it is.
        let (twice, _) = parse("a = x\r\n\r\nb = y\r\na = z\r\n");
        let at: Vec<(&str, usize)> = twice.iter().map(|m| (m.id.as_str(), m.pos.line)).collect();
        assert_eq!(at, [("a", 1), ("b", 3), ("a", 4)]);
        assert!(defines_term("a = x\n-term = y\n") && defines_term("-t = y"));
        assert!(!defines_term("a = x\n  -not = y\n-\n"));
        assert_eq!(too_deep(&"{".repeat(MAX_NESTING + 1)), Some(MAX_NESTING));
        assert_eq!(too_deep(&"{}".repeat(MAX_NESTING + 1)), None);
        assert_eq!(
            m[1].plurals,
            vec![(
                "n".to_string(),
                vec!["one".to_string(), "other".to_string()]
            )]
        );
        let uk = plural_categories("uk");
        for c in ["one", "few", "many", "other"] {
            assert!(uk.contains(&c.to_string()), "{uk:?}");
        }
        assert_eq!(plural_categories("vi"), vec!["other".to_string()]);
        let en = plural_categories("en");
        assert_eq!(en.len(), 2);
    }

    #[test]
    fn finds_variables_in_selectors_and_functions() {
        let text = "a = Hi { $name }\nb = { $n ->\n    [one] one { $x }\n   *[other] { NUMBER($n) }\n}\nc = plain\n";
        let m = messages_with_vars(text);
        assert_eq!(
            m,
            vec![
                ("a".to_string(), vec!["name".to_string()]),
                ("b".to_string(), vec!["n".to_string(), "x".to_string()]),
                ("c".to_string(), vec![]),
            ]
        );
    }
}
