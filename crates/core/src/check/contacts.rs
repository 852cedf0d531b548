//! Pack safety: a fake "report here" link is itself a scam. Every web address, e-mail address
//! and phone number in a pack's text must be declared in the pack's `data/pack.ron`, so that
//! whoever reviews a pack before a workshop can check each contact once.

use std::collections::HashMap;

use crate::content::{ContentFile, Kind, Origin};
use crate::diag::{Diagnostic, Pos};
use crate::library::Library;
use crate::scenario::load::parse_ron;

pub use crate::content::pack_info::{MAX_PACK_NAME, PackInfo, pack_name};

/// Top-level domains that make a word look like a web address.
const TLDS: [&str; 16] = [
    "gov", "org", "com", "net", "info", "io", "eu", "int", "de", "ua", "vn", "uk", "us", "pl",
    "fr", "id",
];

/// A contact found in text: what it is, normalised for comparison, and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub text: String,
    pub offset: usize,
}

fn normalise(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let s = s.trim_end_matches('/');
    if s.chars().filter(char::is_ascii_digit).count() >= 6
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
    {
        return s.chars().filter(char::is_ascii_digit).collect();
    }
    s.to_string()
}

fn looks_like_address(word: &str) -> bool {
    let w = word.to_lowercase();
    if w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.") {
        return true;
    }
    if let Some((user, domain)) = w.split_once('@') {
        return !user.is_empty() && domain.contains('.') && !domain.ends_with('.');
    }
    let host = w.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.iter().any(|l| TLDS.contains(l))
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
}

/// Finds web addresses, e-mail addresses and phone numbers in a piece of text.
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    // Words: addresses.
    let mut start = None;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let is_word = |c: char| !c.is_whitespace() && !"()[]{}<>\"'“”„«»,;".contains(c);
    for (k, &(i, c)) in bytes.iter().enumerate() {
        if is_word(c) {
            start.get_or_insert(i);
        }
        let end = k + 1 == bytes.len() || !is_word(bytes[k + 1].1);
        if let (Some(s), true) = (start, end && is_word(c)) {
            let w = text[s..i + c.len_utf8()].trim_end_matches(['.', ':', '!', '?']);
            if looks_like_address(w) {
                out.push(Found {
                    text: w.to_string(),
                    offset: s,
                });
            }
            start = None;
        }
    }
    // Runs of digits with phone punctuation: at least six digits, and grouped or with `+`.
    let mut k = 0;
    while k < bytes.len() {
        let (i, c) = bytes[k];
        if c.is_ascii_digit() || c == '+' {
            let mut j = k;
            let mut digits = 0;
            while j < bytes.len() && (bytes[j].1.is_ascii_digit() || " +-()/".contains(bytes[j].1))
            {
                if bytes[j].1.is_ascii_digit() {
                    digits += 1;
                }
                j += 1;
            }
            let end = if j < bytes.len() {
                bytes[j].0
            } else {
                text.len()
            };
            let run = text[i..end].trim_end_matches(|c: char| !c.is_ascii_digit());
            let month_year = run.contains('/') && digits <= 6;
            let grouped = run.starts_with('+') || run.contains(' ') || run.contains('-');
            let preceded_by_money = text[..i].trim_end().ends_with(['$', '€', '£']);
            let date_like = run.len() == 10 && run.as_bytes().get(4) == Some(&b'-');
            if digits >= 6 && grouped && !preceded_by_money && !date_like && !month_year {
                out.push(Found {
                    text: run.to_string(),
                    offset: i,
                });
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
    out.sort_by_key(|f| f.offset);
    out
}

/// Warns on every undeclared contact in every locale file, judged by the declarations
/// of the file's own origin (a pack, or the built-in content).
pub fn check(lib: &Library) -> Vec<Diagnostic> {
    let (declared, mut out) = Declared::of(lib);
    for f in &lib.files {
        declared.scan(f, &mut out);
    }
    out
}

/// The contacts each origin declares in its `data/pack.ron`.
pub struct Declared<'l> {
    by_origin: HashMap<&'l Origin, Vec<String>>,
    /// The built-in locale files' names: a pack's file of the same name translates
    /// built-in text, and the contacts the built-in content declares hold for it too.
    builtin_names: std::collections::HashSet<&'l str>,
}

impl<'l> Declared<'l> {
    /// The declarations of `lib`'s files, and the problems reading them.
    pub fn of(lib: &'l Library) -> (Declared<'l>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let mut by_origin: HashMap<&Origin, Vec<String>> = HashMap::new();
        for f in lib.files.iter().filter(|f| f.rel == "data/pack.ron") {
            match parse_ron::<PackInfo>(&f.display, &f.text) {
                Ok(info) => by_origin
                    .entry(&f.origin)
                    .or_default()
                    .extend(info.contacts.iter().map(|c| normalise(c))),
                Err(d) => out.push(d),
            }
        }
        let builtin_names = lib
            .files
            .iter()
            .filter(|f| f.origin.is_builtin())
            .filter_map(|f| match &f.kind {
                Kind::Locale { name, .. } => Some(name.as_str()),
                _ => None,
            })
            .collect();
        (
            Declared {
                by_origin,
                builtin_names,
            },
            out,
        )
    }

    /// Warns on every undeclared contact in `f`, if it is a locale file.
    pub fn scan(&self, f: &ContentFile, out: &mut Vec<Diagnostic>) {
        let Kind::Locale { name, .. } = &f.kind else {
            return;
        };
        let own = self
            .by_origin
            .get(&f.origin)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        if !f.origin.is_builtin() && self.builtin_names.contains(name.as_str()) {
            let builtin = self.by_origin.get(&Origin::Builtin);
            let both: Vec<String> = own
                .iter()
                .chain(builtin.into_iter().flatten())
                .cloned()
                .collect();
            scan_file(f, &both, out);
        } else {
            scan_file(f, own, out);
        }
    }
}

/// Whether a piece of text can hold what [`find`] finds: an `@`, a `://`, a dot between
/// letters or digits (a host name; not a sentence's full stop), or six digits. Most lines
/// cannot, and are passed over without being split into words.
fn may_hold_contact(text: &str) -> bool {
    let b = text.as_bytes();
    if memchr::memchr(b'@', b).is_some() {
        return true;
    }
    for i in memchr::memchr_iter(b'.', b) {
        let host = b
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'-');
        if host || (i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www")) {
            return true;
        }
    }
    memchr::memchr_iter(b':', b).any(|i| b[i + 1..].starts_with(b"//"))
        || b.iter().filter(|c| c.is_ascii_digit()).count() >= 6
}

fn scan_file(f: &ContentFile, allowed: &[String], out: &mut Vec<Diagnostic>) {
    let mut offset = 0;
    for line in f.text.split_inclusive('\n') {
        // Comments are for translators and authors; only text the player reads counts,
        // and on a message's first line only what follows its id.
        let skip = if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            line.find('=').map_or(0, |eq| eq + 1)
        } else {
            0
        };
        let text = &line[skip..];
        let maybe = may_hold_contact(text);
        if maybe && !line.trim_start().starts_with('#') {
            for found in find(text) {
                if !allowed.contains(&normalise(&found.text)) {
                    out.push(
                        Diagnostic::warning(
                            "W075",
                            &f.display,
                            Pos::of_offset(&f.text, offset + skip + found.offset),
                        )
                        .arg("contact", found.text.as_str()),
                    );
                }
            }
        }
        offset += line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let found: Vec<String> = find(s).into_iter().map(|f| f.text).collect();
        // The quick look never passes over what the full search finds.
        assert!(found.is_empty() || may_hold_contact(s), "{s:?}");
        found
    }

    #[test]
    fn finds_addresses_mail_and_phone_numbers() {
        assert_eq!(
            texts("Report at ic3.gov or ReportFraud.ftc.gov."),
            vec!["ic3.gov", "ReportFraud.ftc.gov"]
        );
        assert_eq!(
            texts("see https://evil.example/x?a=1 now"),
            vec!["https://evil.example/x?a=1"]
        );
        assert_eq!(
            texts("mail help@report-scams.org!"),
            vec!["help@report-scams.org"]
        );
        assert_eq!(texts("call +49 30 1234567 today"), vec!["+49 30 1234567"]);
        assert_eq!(texts("Sperr-Notruf 116 116;"), vec!["116 116"]);
    }

    #[test]
    fn the_quick_look_lets_every_kind_of_contact_through() {
        for s in [
            "x@y",
            "http://localhost",
            "WWW.",
            "ic3.gov",
            "a-b.c",
            "+49 30 123456",
            "116 116",
        ] {
            assert!(may_hold_contact(s), "{s:?}");
        }
        for s in ["A sentence. Another one.", "Pay 12 345 now", "no dots here"] {
            assert!(!may_hold_contact(s), "{s:?}");
        }
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        assert!(texts("We pay $1 500 000 a year, 2024-05-01, version 1.2, e.g. this.").is_empty());
        assert!(texts("AnyDesk.exe (5.2 MB) and node.js").is_empty());
        assert!(texts("Microsoft, 12/2025 (one device)").is_empty());
        assert!(texts("{ $rate } USD, 20%").is_empty());
    }

    #[test]
    fn declared_contacts_match_loosely() {
        assert_eq!(normalise("https://www.IC3.gov/"), "ic3.gov");
        assert_eq!(normalise("+49 (30) 123-4567"), "49301234567");
    }
}
