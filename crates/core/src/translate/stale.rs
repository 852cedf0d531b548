//! Stale translations: when an English message changes after it was translated, the
//! translation is reported (W067) until a translator confirms it.
//!
//! Each locale may keep a lock file, `locales/<lang>/.source-hashes`, with one line per
//! confirmed message: its id, a hash of the English source it was translated from, and that
//! English (a newline as `\n`, a backslash as `\\`), so the translator can later see what
//! changed,
//!
//! ```text
//! subcontract-anydesk-intro 3f1c9a0b5d2e7f41 hey, saw your profile
//! ```
//!
//! (Lines written before the English was kept have the id and hash only.)
//!
//! sorted by id, so two branches that confirm different messages merge without conflict.
//! It lives beside the `.ftl` files, not inside them, so Pontoon, Weblate or any tool that
//! rewrites `.ftl` files leaves it alone. `redflag locales confirm <lang> [ID...]` writes it.
//! A locale without the file is not tracked; a translated message without a line is not
//! yet tracked (confirming without ids adds those lines and never hides a stale one).

use std::collections::{BTreeMap, BTreeSet};

use crate::content::{ContentFile, Kind};
use crate::diag::Pos;
use crate::i18n::{SOURCE, ftl};
use crate::library::Library;

/// The lock file's name inside `locales/<lang>/`.
pub const FILE_NAME: &str = ".source-hashes";

/// The source of message `id` in an `.ftl` text: its first line and its continuation
/// lines, each trimmed, so re-indenting does not make it stale.
pub fn message_source(text: &str, id: &str) -> Option<String> {
    let mut lines = text.lines();
    let mut out: Vec<&str> = Vec::new();
    for line in lines.by_ref() {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            out.push(rest.trim_start()[1..].trim());
            break;
        }
    }
    if out.is_empty() {
        return None;
    }
    // It ends where the next entry or comment starts: a line beginning with a letter
    // (a message), `-` (a term) or `#`. Variant keys and `}` may start at column 0.
    for line in lines {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            break;
        }
        out.push(line.trim());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    Some(out.join("\n"))
}

/// The source of every message of an `.ftl` text, as [`message_source`] gives it one by
/// one, in a single pass (the first definition of an id wins).
pub fn message_sources(text: &str) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    let finish = |cur: Option<(&str, Vec<&str>)>,
                  out: &mut std::collections::HashMap<String, String>| {
        if let Some((id, mut lines)) = cur {
            while lines.last().is_some_and(|l| l.is_empty()) {
                lines.pop();
            }
            out.entry(id.to_string())
                .or_insert_with(|| lines.join("\n"));
        }
    };
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            finish(current.take(), &mut out);
            let id_end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(line.len());
            let (id, rest) = line.split_at(id_end);
            if let Some(value) = rest.trim_start().strip_prefix('=')
                && !line.starts_with(['-', '#'])
            {
                current = Some((id, vec![value.trim()]));
            }
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line.trim());
        }
    }
    finish(current, &mut out);
    out
}

/// A stable hash (64-bit FNV-1a, as 16 hex digits): the same on every machine and release.
pub fn hash(text: &str) -> String {
    crate::sanitize::stable_hash(text)
}

/// The source of every English message, by id (the first definition wins).
pub fn english_sources(lib: &Library) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for f in lib.catalog.files_of(SOURCE) {
        let mut sources = message_sources(&f.text);
        for m in ftl::parse(&f.text).0 {
            if out.contains_key(&m.id) {
                continue;
            }
            if let Some(src) = sources.remove(&m.id) {
                out.insert(m.id, src);
            }
        }
    }
    out
}

/// One line of a lock: the hash of the English a translation was confirmed against, and
/// that English (`None` in lines written before it was kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    pub hash: String,
    pub english: Option<String>,
}

impl Locked {
    fn of(english: &str) -> Locked {
        Locked {
            hash: hash(english),
            english: Some(english.to_string()),
        }
    }
}

/// A lock file's lines, by message id.
pub type Lock = BTreeMap<String, Locked>;

/// Reads a lock file: `id hash [english]` lines; blank lines, `#` comments and malformed
/// lines are skipped (a later line for the same id wins, as after a careless merge).
pub fn parse_lock(text: &str) -> Lock {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, rest)) = line.split_once(' ') else {
            continue;
        };
        let (h, english) = match rest.split_once(' ') {
            Some((h, e)) => (h, Some(unescape(e))),
            None => (rest, None),
        };
        if !id.is_empty() && h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()) {
            out.insert(
                id.to_string(),
                Locked {
                    hash: h.to_ascii_lowercase(),
                    english,
                },
            );
        }
    }
    out
}

/// Writes a lock file: sorted `id hash english` lines.
pub fn render_lock(lock: &Lock) -> String {
    lock.iter()
        .map(|(id, l)| match &l.english {
            Some(e) => format!("{id} {} {}\n", l.hash, escape(e)),
            None => format!("{id} {}\n", l.hash),
        })
        .collect()
}

/// The English on one line: a newline as `\n`, a backslash as `\\`, and a space at
/// either end kept as `\s` (lines are trimmed when read).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_whitespace() && (i == 0 || i + c.len_utf8() == text.len()) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let rest: String = chars.clone().take_while(|c| *c != '}').collect();
                let code = rest
                    .strip_prefix('{')
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32);
                match code {
                    Some(c) => {
                        out.push(c);
                        for _ in 0..rest.chars().count() + 1 {
                            chars.next();
                        }
                    }
                    None => out.push_str("\\u"),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The lock files of a locale, merged (the first file's line wins), if it has any.
pub fn lock_of<'a>(lib: &'a Library, lang: &str) -> Option<(Lock, &'a ContentFile)> {
    let mut files = lib
        .files
        .iter()
        .filter(|f| matches!(&f.kind, Kind::SourceHashes { lang: l } if l == lang));
    let first = files.next()?;
    let mut lock = parse_lock(&first.text);
    for f in files {
        for (id, h) in parse_lock(&f.text) {
            lock.entry(id).or_insert(h);
        }
    }
    Some((lock, first))
}

/// The messages a locale defines: id to (file, position), the first definition winning.
pub fn translated(lib: &Library, lang: &str) -> BTreeMap<String, (String, Pos)> {
    let mut out = BTreeMap::new();
    for f in lib.catalog.files_of(lang) {
        for m in ftl::parse(&f.text).0 {
            out.entry(m.id).or_insert((f.display.clone(), m.pos));
        }
    }
    out
}

/// What to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Start tracking translated messages that have no line yet; stale lines stay stale.
    New,
    /// These ids, stale or not.
    Ids(Vec<String>),
    /// Every translated message.
    All,
}

/// The outcome of a confirmation: the new lock, the ids confirmed now, the ids asked for
/// that are not translated messages with an English source, and how many are still stale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    pub lock: Lock,
    pub confirmed: Vec<String>,
    pub unknown: Vec<String>,
    pub still_stale: usize,
}

/// Updates a locale's lock. Lines for messages that English or the translation no longer
/// has are dropped.
pub fn confirm(lib: &Library, lang: &str, what: &Confirm) -> Confirmed {
    confirm_in(lib, lang, what, None)
}

/// [`confirm`] for the files of one origin only (a pack): its English messages, its
/// translations and its own lock file; `None` for everything, as the built-in content has.
pub fn confirm_in(
    lib: &Library,
    lang: &str,
    what: &Confirm,
    scope: Option<&crate::content::Origin>,
) -> Confirmed {
    let mine = |f: &ContentFile| scope.is_none_or(|o| &f.origin == o);
    let mut en = english_sources(lib);
    let mut have = translated(lib, lang);
    let mut lock: Lock = match scope {
        None => lock_of(lib, lang).map(|l| l.0).unwrap_or_default(),
        Some(_) => lib
            .files
            .iter()
            .find(|f| mine(f) && matches!(&f.kind, Kind::SourceHashes { lang: l } if l == lang))
            .map(|f| parse_lock(&f.text))
            .unwrap_or_default(),
    };
    if scope.is_some() {
        let own = |l: &str| -> BTreeSet<String> {
            lib.catalog
                .files_of(l)
                .filter(|f| mine(f))
                .flat_map(|f| ftl::parse(&f.text).0.into_iter().map(|m| m.id))
                .collect()
        };
        let own_en = own(SOURCE);
        let own_tr = own(lang);
        en.retain(|id, _| own_en.contains(id));
        have.retain(|id, _| own_tr.contains(id));
    }
    lock.retain(|id, _| en.contains_key(id) && have.contains_key(id));
    let trackable: BTreeSet<&String> = have.keys().filter(|id| en.contains_key(*id)).collect();
    let mut confirmed = Vec::new();
    let mut unknown = Vec::new();
    let wanted: Vec<String> = match what {
        Confirm::New => trackable
            .iter()
            .filter(|id| !lock.contains_key(**id))
            .map(|id| id.to_string())
            .collect(),
        Confirm::All => trackable.iter().map(|id| id.to_string()).collect(),
        Confirm::Ids(ids) => ids.clone(),
    };
    for id in wanted {
        match en.get(&id) {
            Some(src) if have.contains_key(&id) => {
                let now = Locked::of(src);
                if lock.get(&id).map(|l| &l.hash) != Some(&now.hash) {
                    lock.insert(id.clone(), now);
                    confirmed.push(id);
                }
            }
            _ => unknown.push(id),
        }
    }
    // A line from before the English was kept, still current: it gains its English.
    for (id, l) in lock.iter_mut().filter(|(_, l)| l.english.is_none()) {
        if let Some(src) = en.get(id).filter(|src| hash(src) == l.hash) {
            l.english = Some(src.clone());
        }
    }
    let still_stale = lock
        .iter()
        .filter(|(id, l)| en.get(*id).is_some_and(|now| hash(now) != l.hash))
        .count();
    Confirmed {
        lock,
        confirmed,
        unknown,
        still_stale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Origin;
    use crate::diag::Diagnostic;

    fn file(rel: &str, text: &str) -> ContentFile {
        ContentFile {
            origin: Origin::Builtin,
            kind: crate::content::classify(rel).unwrap(),
            rel: rel.into(),
            display: rel.into(),
            text: text.to_string().into(),
        }
    }

    /// The stale translations `check` reports (its W067s).
    fn check(l: &Library) -> Vec<Diagnostic> {
        crate::check::check_library(l)
            .into_iter()
            .filter(|d| d.code == "W067")
            .collect()
    }

    fn lib(en: &str, pl: &str, lock: Option<&str>) -> Library {
        let mut files = vec![file("locales/en/ui.ftl", en), file("locales/pl/ui.ftl", pl)];
        if let Some(l) = lock {
            files.push(file("locales/pl/.source-hashes", l));
        }
        Library::from_files(files, Vec::new())
    }

    #[test]
    fn source_is_the_message_and_its_continuation_lines() {
        let text = "# c\na = one\n    two\n\nb = x\nc =\n    y\nd = { $n ->\n[one] a\n*[other] b\n} end\n# next\n";
        assert_eq!(message_source(text, "a").as_deref(), Some("one\ntwo"));
        assert_eq!(message_source(text, "b").as_deref(), Some("x"));
        assert_eq!(message_source(text, "c").as_deref(), Some("\ny"));
        assert_eq!(
            message_source(text, "d").as_deref(),
            Some("{ $n ->\n[one] a\n*[other] b\n} end")
        );
        assert_eq!(message_source(text, "zz"), None);
        // Re-indenting is not a change.
        assert_eq!(
            message_source("a = one\n  two\n", "a"),
            message_source("a = one\n        two\n", "a")
        );
        assert_eq!(hash("").len(), 16);
        assert_ne!(hash("a"), hash("b"));
    }

    #[test]
    fn a_changed_english_message_is_stale_until_confirmed() {
        let en_old = "hi = Hello\nbye = Bye\n";
        let pl = "hi = Cześć\nbye = Pa\n";
        // Untracked: nothing to report; confirming starts tracking.
        let l = lib(en_old, pl, None);
        assert!(check(&l).is_empty());
        let c = confirm(&l, "pl", &Confirm::New);
        assert_eq!(c.confirmed, vec!["bye".to_string(), "hi".to_string()]);
        let lock = render_lock(&c.lock);
        assert!(lock.starts_with("bye "), "{lock}");

        // English changes: the translation is stale, at its own line.
        let en_new = "hi = Hello there\nbye = Bye\n";
        let l = lib(en_new, pl, Some(&lock));
        let d = check(&l);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, "W067");
        assert_eq!(d[0].file, "locales/pl/ui.ftl");
        assert_eq!(d[0].pos.line, 1);
        // Confirming new ones does not hide it; confirming the id does.
        let c = confirm(&l, "pl", &Confirm::New);
        assert!(c.confirmed.is_empty());
        assert_eq!(c.still_stale, 1);
        let c = confirm(&l, "pl", &Confirm::Ids(vec!["hi".into(), "nope".into()]));
        assert_eq!(c.confirmed, vec!["hi".to_string()]);
        assert_eq!(c.unknown, vec!["nope".to_string()]);
        assert_eq!(c.still_stale, 0);
        let l = lib(en_new, pl, Some(&render_lock(&c.lock)));
        assert!(check(&l).is_empty());
    }

    #[test]
    fn all_sources_at_once_are_each_source() {
        let text = "# c\na = one\n    two\n\nb = x\nc =\n    y\nd = { $n ->\n[one] a\n*[other] b\n} end\n# next\n-t = term\nab = z\na = again\n";
        let all = message_sources(text);
        for id in ["a", "b", "c", "d", "ab"] {
            assert_eq!(all.get(id).cloned(), message_source(text, id), "{id}");
        }
        assert_eq!(all.len(), 5, "{all:?}");
    }

    #[test]
    fn the_lock_keeps_the_english_it_was_confirmed_against() {
        for english in ["Hello", "one\ntwo", "a \\ b \\n c", " edge ", "\u{1b}[31m"] {
            let mut lock = Lock::new();
            lock.insert("hi".into(), Locked::of(english));
            let text = render_lock(&lock);
            assert_eq!(text.lines().count(), 1, "{text}");
            assert_eq!(
                parse_lock(&text)["hi"].english.as_deref(),
                Some(english),
                "{text}"
            );
        }
        // A line without its English gains it when confirmed again, and the English shows
        // what a stale one was translated from.
        let l = lib(
            "hi = Hello\n",
            "hi = Cześć\n",
            Some(&format!("hi {}\n", hash("Hello"))),
        );
        let c = confirm(&l, "pl", &Confirm::New);
        assert!(c.confirmed.is_empty());
        assert_eq!(c.lock["hi"].english.as_deref(), Some("Hello"));
    }

    proptest::proptest! {
        #[test]
        fn any_lock_or_ftl_text_is_read_without_panic(text in "\\PC*", id in "[a-z-]{1,8}") {
            let lock = parse_lock(&text);
            proptest::prop_assert_eq!(parse_lock(&render_lock(&lock)), lock);
            let _ = message_source(&text, &id);
        }
    }

    #[test]
    fn malformed_lock_lines_are_skipped() {
        let lock = parse_lock("# note\n\nhi 0123456789abcdef\nbroken\nx y z\nshort 12\n");
        assert_eq!(lock.len(), 1);
        assert_eq!(lock["hi"].hash, "0123456789abcdef");
        assert_eq!(lock["hi"].english, None);
    }
}
