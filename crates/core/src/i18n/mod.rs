//! Localization: Fluent bundles per locale, with English as the fallback message by message.

pub mod ftl;
pub mod lang;
pub mod money;
pub mod pseudo;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::{ContentFile, Kind, Origin};
use crate::diag::{Diagnostic, Pos};
use crate::sanitize;
use money::{NumberRules, PartialRules};
use pseudo::Pseudo;

pub use lang::SOURCE;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A locale file parsed once, to be shared: the resource and its syntax errors.
pub type Parsed = (Arc<FluentResource>, Vec<fluent_syntax::parser::ParserError>);

/// Every locale file found, built-in first, then packs in the order given.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    files: Vec<ContentFile>,
    /// Whether localizers show each message's id beside its text (`--show-ids`).
    show_ids: bool,
    /// Files parsed already, by display name (see [`Catalog::with_parsed`]).
    parsed: HashMap<String, Parsed>,
}

impl Catalog {
    pub fn new(files: Vec<ContentFile>) -> Catalog {
        let files = files
            .into_iter()
            .filter(|f| matches!(f.kind, Kind::Locale { .. }))
            .collect();
        Catalog {
            files,
            show_ids: false,
            parsed: HashMap::new(),
        }
    }

    /// Uses these parses of its files (by display name) instead of parsing them again.
    pub fn with_parsed(mut self, parsed: HashMap<String, Parsed>) -> Catalog {
        self.parsed = parsed;
        self
    }

    /// Makes every localizer made from now on show message ids beside the text.
    pub fn set_show_ids(&mut self, on: bool) {
        self.show_ids = on;
    }

    /// The locale files.
    pub fn files(&self) -> &[ContentFile] {
        &self.files
    }

    /// The bare tags of every locale present, English first, then alphabetical.
    pub fn langs(&self) -> Vec<String> {
        let mut langs: Vec<String> = self
            .files
            .iter()
            .filter_map(|f| lang_of(f).map(str::to_string))
            .collect();
        langs.sort();
        langs.dedup();
        langs.sort_by_key(|l| l != SOURCE);
        langs
    }

    /// A language's own name (`language-name` in its own files), read without building its
    /// bundle, so a language list costs almost nothing. `None` if no file has it. Built-in
    /// files are not scanned: the build-time index says which of them has it, and where.
    pub fn language_name(&self, lang: &str) -> Option<String> {
        let indexed = crate::content::builtin_entry(lang, "language-name");
        self.files_of(lang).find_map(|f| {
            let text: &str = if crate::content::is_embedded(&f.rel, &f.text) {
                match indexed {
                    Some((rel, entry)) if rel == f.rel => entry,
                    _ => return None,
                }
            } else {
                &f.text
            };
            text.lines().find_map(|l| {
                let rest = l.strip_prefix("language-name")?.trim_start();
                let name = rest.strip_prefix('=')?.trim();
                (!name.is_empty()).then(|| sanitize::clean_line(name))
            })
        })
    }

    /// Where a locale comes from: built in if any built-in file has it, else its first pack.
    pub fn origin(&self, lang: &str) -> Option<&Origin> {
        let mut of_lang = self.files.iter().filter(|f| lang_of(f) == Some(lang));
        let first = of_lang.next()?;
        if first.origin.is_builtin() {
            Some(&first.origin)
        } else {
            Some(
                self.files
                    .iter()
                    .filter(|f| lang_of(f) == Some(lang))
                    .map(|f| &f.origin)
                    .find(|o| o.is_builtin())
                    .unwrap_or(&first.origin),
            )
        }
    }

    /// The files of one locale.
    pub fn files_of(&self, lang: &str) -> impl Iterator<Item = &ContentFile> + '_ {
        let lang = lang.to_string();
        self.files
            .iter()
            .filter(move |f| lang_of(f) == Some(lang.as_str()))
    }

    /// Builds the bundle of one locale. Problems (syntax errors, which disable only their
    /// file, and a pack's attempts to override built-in messages) come back as diagnostics.
    pub fn bundle(&self, lang: &str) -> (Bundle, Vec<Diagnostic>) {
        let lid: LanguageIdentifier = lang
            .parse()
            .unwrap_or_else(|_| SOURCE.parse().expect("en is a valid tag"));
        let mut bundle = FluentBundle::new(vec![lid]);
        bundle.set_use_isolating(false);
        let mut diags = Vec::new();
        for f in self.files_of(lang) {
            if let Some(res) = self.parse(f, &mut diags) {
                add_reporting(&mut bundle, res, f, &mut diags);
            }
        }
        (bundle, diags)
    }

    /// A localizer for `requested`, falling back through the negotiated chain to English.
    /// `en-XA` and `ar-XB` are pseudo-locales made from English (see [`pseudo`]).
    ///
    /// Built-in messages are parsed one at a time, when first asked for (the start screen
    /// needs a few dozen of well over a thousand); files from packs or from disk are parsed
    /// whole at once, so their problems are reported here.
    pub fn localizer(&self, requested: &str) -> (Localizer, Vec<Diagnostic>) {
        let pseudo = Pseudo::from_tag(requested);
        let chain = match pseudo {
            Some(_) => vec![SOURCE.to_string()],
            None => lang::negotiate(requested, &self.langs()),
        };
        let mut diags = Vec::new();
        let mut tiers = Vec::new();
        for l in chain {
            let mut t = self.tier(&l, &mut diags);
            if let Some(p) = pseudo {
                t.main.get_mut().set_transform(Some(p.transform()));
                t.packs.set_transform(Some(p.transform()));
                t.transformed = true;
            }
            tiers.push(t);
        }
        let numbers = add_number_functions(&mut tiers);
        let head = pseudo.map(|p| p.tag().to_string());
        (
            Localizer {
                tiers,
                head,
                pseudo,
                show_ids: self.show_ids,
                texts: RefCell::default(),
                numbers,
            },
            diags,
        )
    }

    /// One language of a localizer: built-in files indexed for lazy parsing, the others
    /// parsed now.
    fn tier(&self, lang: &str, diags: &mut Vec<Diagnostic>) -> Tier {
        let lid: LanguageIdentifier = lang
            .parse()
            .unwrap_or_else(|_| SOURCE.parse().expect("en is a valid tag"));
        let mut main = FluentBundle::new(vec![lid.clone()]);
        main.set_use_isolating(false);
        let mut packs = FluentBundle::new(vec![lid]);
        packs.set_use_isolating(false);
        let mut lazy = HashSet::new();
        for f in self.files_of(lang) {
            let builtin = f.origin.is_builtin();
            if builtin && crate::content::is_embedded(&f.rel, &f.text) {
                lazy.insert(f.rel.clone());
                continue;
            }
            let Some(res) = self.parse(f, diags) else {
                continue;
            };
            if !builtin {
                // A pack may add messages, never replace a built-in one: the built-in
                // messages are looked up first, and the attempt is reported.
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let id = m.id.name;
                        let taken = main.has_message(id)
                            || crate::content::builtin_entry(lang, id)
                                .is_some_and(|(rel, _)| lazy.contains(rel));
                        if taken {
                            diags.push(
                                Diagnostic::warning("W052", &f.display, message_pos(&f.text, id))
                                    .arg("name", id),
                            );
                        }
                    }
                }
            }
            add_reporting(if builtin { &mut main } else { &mut packs }, res, f, diags);
        }
        Tier {
            lang: lang.to_string(),
            main: RefCell::new(main),
            packs,
            lazy,
            entries: RefCell::default(),
            whole: RefCell::default(),
            transformed: false,
        }
    }
}

impl Catalog {
    /// A file's parse: the one given with [`Catalog::with_parsed`], else parsed now.
    /// A file's resource, parsed once (given with [`Catalog::with_parsed`], else now). A
    /// file nested too deeply is left out, and a syntax error costs its message (shown in
    /// English), not the file; both are reported.
    fn parse(&self, f: &ContentFile, diags: &mut Vec<Diagnostic>) -> Option<Arc<FluentResource>> {
        let parsed = match self.parsed.get(&f.display) {
            Some(p) => Some(p.clone()),
            None => parse_file(&f.text),
        };
        let Some((res, errors)) = parsed else {
            let at = ftl::too_deep(&f.text).unwrap_or_default();
            diags.push(
                Diagnostic::warning("W057", &f.display, Pos::of_offset(&f.text, at))
                    .arg("limit", ftl::MAX_NESTING),
            );
            return None;
        };
        for e in errors {
            diags.push(
                Diagnostic::warning("W050", &f.display, Pos::of_offset(&f.text, e.pos.start))
                    .arg("reason", e.kind.to_string()),
            );
        }
        Some(res)
    }
}

/// Parses a locale file whole, to be shared by whatever reads it (its resource and syntax
/// errors; Fluent's parser recovers entry by entry); `None` when it is nested too deeply
/// for the parser (see [`ftl::too_deep`]).
pub fn parse_file(text: &str) -> Option<Parsed> {
    if ftl::too_deep(text).is_some() {
        return None;
    }
    Some(match FluentResource::try_new(text.to_string()) {
        Ok(res) => (Arc::new(res), Vec::new()),
        Err((res, errors)) => (Arc::new(res), errors),
    })
}

/// Adds a file's messages to a bundle; a message defined before keeps its first text, and
/// the duplicate is reported (an error among built-in files, a warning from a pack).
fn add_reporting(
    bundle: &mut Bundle,
    res: Arc<FluentResource>,
    f: &ContentFile,
    diags: &mut Vec<Diagnostic>,
) {
    if let Err(errors) = bundle.add_resource(res) {
        for e in errors {
            let id = overriding_id(&e).unwrap_or_default();
            // Defined twice in this very file: an error at the second definition, from a
            // pack too. Otherwise the file repeats a message another file has.
            let d = match message_positions(&f.text, &id).get(1) {
                Some(&second) => Diagnostic::error("E051", &f.display, second),
                None if f.origin.is_builtin() => {
                    Diagnostic::error("E051", &f.display, message_pos(&f.text, &id))
                }
                None => Diagnostic::warning("W052", &f.display, message_pos(&f.text, &id)),
            };
            diags.push(d.arg("name", id));
        }
    }
}

/// One language of a [`Localizer`].
struct Tier {
    lang: String,
    /// Built-in messages (added entry by entry as they are asked for), and files that stand
    /// in for built-in ones, parsed whole.
    main: RefCell<Bundle>,
    /// Messages from packs, looked up after the built-in ones.
    packs: Bundle,
    /// The built-in files of this language that are parsed lazily (layout paths).
    lazy: HashSet<String>,
    /// Ids whose entry has been added, and files added whole.
    entries: RefCell<HashSet<String>>,
    whole: RefCell<HashSet<String>>,
    /// Whether formatting transforms the text (a pseudo-locale): then every message goes
    /// through Fluent.
    transformed: bool,
}

impl Tier {
    /// The lazily parsed built-in entry of `id`, if this tier has one.
    fn lazy_entry(&self, id: &str) -> Option<(&'static str, &'static str)> {
        crate::content::builtin_entry(&self.lang, id).filter(|(rel, _)| self.lazy.contains(*rel))
    }

    /// Whether the tier has message `id`, without parsing anything.
    fn has(&self, id: &str) -> bool {
        self.main.borrow().has_message(id)
            || self.lazy_entry(id).is_some()
            || self.packs.has_message(id)
    }

    /// The text of built-in message `id` when it is plain text on one line, as Fluent would
    /// format it, without parsing it (most labels and titles are).
    fn plain(&self, id: &str, lazy: Option<(&'static str, &'static str)>) -> Option<&'static str> {
        if self.transformed || self.main.borrow().has_message(id) {
            return None;
        }
        let (rel, entry) = lazy?;
        if self.whole.borrow().contains(rel) {
            return None;
        }
        ftl::plain_value(entry)
    }

    /// Adds the entry of `id` to the bundle if it is a built-in one not added yet.
    fn ensure(&self, id: &str, lazy: Option<(&'static str, &'static str)>) {
        if self.main.borrow().has_message(id) {
            return;
        }
        let Some((rel, entry)) = lazy else {
            return;
        };
        if self.whole.borrow().contains(rel) || !self.entries.borrow_mut().insert(id.to_string()) {
            return;
        }
        match FluentResource::try_new(entry.to_string()) {
            Ok(res) => {
                let _ = self.main.borrow_mut().add_resource(Arc::new(res));
            }
            // An entry that does not stand alone: take its whole file.
            Err(_) => self.load_file(rel),
        }
    }

    /// Adds a built-in file whole (entries already added are kept).
    fn load_file(&self, rel: &str) {
        if !self.whole.borrow_mut().insert(rel.to_string()) {
            return;
        }
        if let Some(text) = crate::content::builtin_text(rel) {
            let res = match FluentResource::try_new(text.to_string()) {
                Ok(res) => res,
                Err((res, _)) => res,
            };
            let _ = self.main.borrow_mut().add_resource(Arc::new(res));
        }
    }

    fn load_all(&self) {
        let rels: Vec<String> = self.lazy.iter().cloned().collect();
        for rel in rels {
            self.load_file(&rel);
        }
    }

    /// Formats `id` from this language: built-in first, then packs.
    fn format(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        let lazy = self.lazy_entry(id);
        if let Some(text) = self.plain(id, lazy) {
            return Ok(text.to_string());
        }
        self.ensure(id, lazy);
        if self.main.borrow().has_message(id) {
            let first = format_in(&self.main.borrow(), id, args);
            if first.is_ok() || self.lazy.is_empty() {
                return first;
            }
            // It may refer to a message or term not parsed yet: its file, then all files.
            if let Some((rel, _)) = lazy {
                self.load_file(rel);
                let second = format_in(&self.main.borrow(), id, args);
                if second.is_ok() {
                    return second;
                }
            }
            self.load_all();
            return format_in(&self.main.borrow(), id, args);
        }
        if self.packs.has_message(id) {
            return format_in(&self.packs, id, args);
        }
        Err(format!("no message `{id}`"))
    }
}

/// Gives every bundle of a chain `GROUPED()` and `MONEY()` with its own language's rules,
/// each rule taken from the first language from there down the chain that states it (see
/// [`money`]): an English line that stands in for a missing Polish one reads as English,
/// "$800", not "800 $".
/// Gives each tier `GROUPED()` and `MONEY()`; returns the first tier's rules.
fn add_number_functions(tiers: &mut [Tier]) -> NumberRules {
    let partial: Vec<PartialRules> = tiers
        .iter()
        .map(|t| {
            let mut margs = FluentArgs::new();
            margs.set("amount", money::AMOUNT_MARK);
            PartialRules {
                money: t
                    .format(money::MONEY_ID, &margs)
                    .ok()
                    .and_then(|s| money::split_money(&s)),
            }
        })
        .collect();
    let mut head = None;
    for (i, t) in tiers.iter_mut().enumerate() {
        let rules = partial[i + 1..]
            .iter()
            .rev()
            .fold(NumberRules::default(), |fallback, p| {
                p.clone().or(SOURCE, &fallback)
            });
        let rules = partial[i].clone().or(&t.lang, &rules);
        // A message may already use the name; then the function is simply not there.
        for b in [t.main.get_mut(), &mut t.packs] {
            let _ = b.add_function("GROUPED", money::grouped_fn(rules.clone()));
            let _ = b.add_function("MONEY", money::money_fn(rules.clone()));
        }
        head.get_or_insert(rules);
    }
    head.unwrap_or_default()
}

fn lang_of(f: &ContentFile) -> Option<&str> {
    match &f.kind {
        Kind::Locale { lang, .. } => Some(lang),
        _ => None,
    }
}

fn overriding_id(e: &fluent_bundle::FluentError) -> Option<String> {
    match e {
        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
        _ => None,
    }
}

/// The position of message `id`'s definition in an `.ftl` text.
/// Where message `id` is defined in `text`, every time.
pub fn message_positions(text: &str, id: &str) -> Vec<Pos> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            out.push(Pos::of_offset(text, offset));
        }
        offset += line.len();
    }
    out
}

pub fn message_pos(text: &str, id: &str) -> Pos {
    message_positions(text, id)
        .first()
        .copied()
        .unwrap_or(Pos { line: 1, col: 1 })
}

/// Formats messages in one language, falling back message by message along its chain.
/// Everything it returns is sanitized: no control characters, escapes or bidi marks.
pub struct Localizer {
    tiers: Vec<Tier>,
    /// The pseudo-locale's tag, when this is one.
    head: Option<String>,
    pseudo: Option<Pseudo>,
    show_ids: bool,
    /// Messages without arguments, as formatted once: a screen asks for the same labels
    /// (a difficulty, "not played yet", a name pool) many times, on every frame.
    texts: RefCell<HashMap<String, String>>,
    /// How the reader's language writes numbers.
    numbers: NumberRules,
}

/// Arguments for a message: numbers stay numbers, so plural rules work.
pub type Args = BTreeMap<String, ArgValue>;

#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Str(String),
    Num(f64),
}

impl Localizer {
    /// The language actually in use (the head of the chain).
    pub fn lang(&self) -> &str {
        if let Some(h) = &self.head {
            return h;
        }
        self.tiers
            .first()
            .map(|t| t.lang.as_str())
            .unwrap_or(SOURCE)
    }

    /// The pseudo-locale in use, if any.
    pub fn pseudo(&self) -> Option<Pseudo> {
        self.pseudo
    }

    /// Whether message ids are shown beside the text.
    pub fn shows_ids(&self) -> bool {
        self.show_ids
    }

    /// Shows (or hides) each message's id beside its text, as ` [id]`.
    pub fn set_show_ids(&mut self, on: bool) {
        self.show_ids = on;
        self.texts.get_mut().clear();
    }

    /// The fallback chain, best first.
    pub fn chain(&self) -> Vec<&str> {
        self.tiers.iter().map(|t| t.lang.as_str()).collect()
    }

    /// Whether any language in the chain has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.tiers.iter().any(|t| t.has(id))
    }

    /// A message without arguments.
    /// `n` with `places` decimals, as the reader's language writes numbers (`0.75`, `0,75`).
    pub fn decimal(&self, n: f64, places: u8) -> String {
        self.numbers.decimal(n, places)
    }

    pub fn text(&self, id: &str) -> String {
        if let Some(t) = self.texts.borrow().get(id) {
            return t.clone();
        }
        let t = self.fmt(id, &Args::new());
        self.texts.borrow_mut().insert(id.to_string(), t.clone());
        t
    }

    /// A message with arguments, from the first language that formats it without error.
    /// A message no language has becomes a neutral placeholder, never a raw id.
    pub fn fmt(&self, id: &str, args: &Args) -> String {
        let fargs = to_fluent(args);
        for tier in &self.tiers {
            if let Ok(s) = tier.format(id, &fargs) {
                let s = match self.pseudo {
                    Some(Pseudo::Mirrored) => pseudo::visible_bidi(&s),
                    _ => s,
                };
                let s = sanitize::clean(&s);
                // Name pools are lists the program picks from, not text on screen.
                if self.show_ids && !id.starts_with("pool-") {
                    return format!("{s} [{id}]");
                }
                return s;
            }
        }
        if id != "missing-text" {
            return self.fmt("missing-text", &Args::new());
        }
        "…".to_string()
    }

    /// Formats `id` in the head language only, for completeness checks.
    pub fn fmt_strict(&self, id: &str, args: &Args) -> Result<String, String> {
        self.fmt_strict_fluent(id, &to_fluent(args))
    }

    /// [`Localizer::fmt_strict`] with arguments converted once (see [`fluent_args`]), for
    /// many messages with the same arguments.
    pub fn fmt_strict_fluent(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        let tier = self.tiers.first().ok_or_else(|| id.to_string())?;
        tier.format(id, args)
    }

    /// Whether the head language itself has message `id`.
    pub fn has_own(&self, id: &str) -> bool {
        self.tiers.first().is_some_and(|t| t.has(id))
    }
}

/// Arguments as Fluent takes them.
pub fn fluent_args(args: &Args) -> FluentArgs<'_> {
    to_fluent(args)
}

fn to_fluent(args: &Args) -> FluentArgs<'_> {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        let value: FluentValue = match v {
            ArgValue::Str(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
            ArgValue::Num(n) => FluentValue::from(*n),
        };
        fargs.set(k.as_str(), value);
    }
    fargs
}

/// Formats one message in one bundle; any Fluent error (missing message, variable or
/// reference) is an `Err` with a description.
fn format_in(bundle: &Bundle, id: &str, args: &FluentArgs) -> Result<String, String> {
    let msg = bundle
        .get_message(id)
        .ok_or_else(|| format!("no message `{id}`"))?;
    let pattern = msg.value().ok_or_else(|| format!("`{id}` has no value"))?;
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, Some(args), &mut errors);
    if errors.is_empty() {
        Ok(s.into_owned())
    } else {
        Err(errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("; "))
    }
}

/// Convenience: builds [`Args`] from pairs.
pub fn args<const N: usize>(pairs: [(&str, ArgValue); N]) -> Args {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Str(s.to_string())
    }
}
impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Str(s)
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Num(n as f64)
    }
}
impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue::Num(n as f64)
    }
}
impl From<i64> for ArgValue {
    fn from(n: i64) -> Self {
        ArgValue::Num(n as f64)
    }
}
impl From<u64> for ArgValue {
    fn from(n: u64) -> Self {
        ArgValue::Num(n as f64)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn lazy_built_in_messages_format_as_a_whole_parse_would() {
        // Every built-in message, in every built-in language, formatted by the lazy
        // localizer and by a bundle of the whole files: the same text, or both refuse.
        let cat = Catalog::new(crate::content::builtin_files());
        let mut compared = 0;
        for lang in cat.langs() {
            let (eager, _) = cat.bundle(&lang);
            let ids: Vec<(String, Vec<String>)> = cat
                .files_of(&lang)
                .flat_map(|f| ftl::messages_with_vars(&f.text))
                .collect();
            // A fresh localizer per batch, so entries are met in many orders.
            for chunk in ids.chunks(97) {
                let (loc, _) = cat.localizer(&lang);
                let tier = &loc.tiers[0];
                for (id, vars) in chunk {
                    let mut fargs = FluentArgs::new();
                    for v in vars {
                        fargs.set(v.as_str(), FluentValue::from(3));
                    }
                    let lazy = tier.format(id, &fargs).ok();
                    let whole = format_in(&eager, id, &fargs).ok();
                    // Number functions exist only in localizers; skip messages using them.
                    if whole.is_some() || lazy.is_none() {
                        assert_eq!(lazy, whole, "{lang}: {id}");
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 1000, "{compared}");
    }

    use super::*;

    fn file(lang: &str, name: &str, origin: Origin, text: &str) -> ContentFile {
        ContentFile {
            origin,
            kind: Kind::Locale {
                lang: lang.into(),
                name: name.into(),
            },
            rel: format!("locales/{lang}/{name}.ftl"),
            display: format!("locales/{lang}/{name}.ftl"),
            text: text.to_string().into(),
        }
    }

    fn pack() -> Origin {
        Origin::Pack {
            name: "p".into(),
            dir: "p".into(),
        }
    }

    #[test]
    fn language_names_come_from_the_index_or_the_files() {
        let mut files = crate::content::builtin_files();
        files.push(file("xx", "ui", pack(), "a = A\nlanguage-name = Xish\n"));
        // A copy of a built-in file read from disk is scanned, as any file not embedded.
        let mut copy = files
            .iter()
            .find(|f| f.rel.starts_with("locales/de/") && f.rel.ends_with(".ftl"))
            .unwrap()
            .clone();
        copy.text = "language-name = Deutsch (Kopie)\n".to_string().into();
        let cat = Catalog::new(files.clone());
        assert_eq!(cat.language_name("de").as_deref(), Some("Deutsch"));
        assert_eq!(cat.language_name("uk").as_deref(), Some("Українська"));
        assert_eq!(cat.language_name("xx").as_deref(), Some("Xish"));
        assert_eq!(cat.language_name("zz"), None);
        let de_files: Vec<ContentFile> = std::iter::once(copy)
            .chain(
                files
                    .into_iter()
                    .filter(|f| !f.rel.starts_with("locales/de/")),
            )
            .collect();
        let cat = Catalog::new(de_files);
        assert_eq!(cat.language_name("de").as_deref(), Some("Deutsch (Kopie)"));
    }

    #[test]
    fn remembered_texts_follow_show_ids() {
        let cat = Catalog::new(vec![file("en", "ui", Origin::Builtin, "a = A\n")]);
        let (mut loc, _) = cat.localizer("en");
        assert_eq!(loc.text("a"), "A");
        assert_eq!(loc.text("a"), "A");
        loc.set_show_ids(true);
        assert_eq!(loc.text("a"), "A [a]");
        loc.set_show_ids(false);
        assert_eq!(loc.text("a"), "A");
    }

    #[test]
    fn falls_back_message_by_message_without_isolation_marks() {
        let cat = Catalog::new(vec![
            file(
                "en",
                "ui",
                Origin::Builtin,
                "hi = Hello { $name }\nbye = Bye\nmissing-text = [?]\n",
            ),
            file("de", "ui", Origin::Builtin, "hi = Hallo { $name }\n"),
        ]);
        let (loc, diags) = cat.localizer("de-DE");
        assert!(diags.is_empty());
        assert_eq!(loc.lang(), "de");
        let a = args([("name", "Alex".into())]);
        assert_eq!(loc.fmt("hi", &a), "Hallo Alex");
        assert_eq!(loc.fmt("bye", &a), "Bye");
        assert_eq!(loc.fmt("nope", &a), "[?]");
        // A missing variable falls back rather than showing `{$name}`.
        let out = loc.fmt("hi", &Args::new());
        assert!(!out.contains('{'), "{out}");
    }

    #[test]
    fn packs_cannot_override_builtin_messages() {
        let cat = Catalog::new(vec![
            file("en", "ui", Origin::Builtin, "report = the real channel\n"),
            file(
                "en",
                "evil",
                pack(),
                "report = call 555-scam\nextra = fine\n",
            ),
        ]);
        let (loc, diags) = cat.localizer("en");
        assert_eq!(loc.text("report"), "the real channel");
        assert_eq!(loc.text("extra"), "fine");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "W052");
        assert_eq!(diags[0].pos.line, 1);
    }

    #[test]
    fn a_broken_file_disables_only_itself() {
        let cat = Catalog::new(vec![
            file("en", "ui", Origin::Builtin, "a = A\nb = B\n"),
            file("de", "ui", Origin::Builtin, "a = Ä\n"),
            file("de", "broken", Origin::Builtin, "b = B\n= oops\n"),
        ]);
        let (loc, diags) = cat.localizer("de");
        assert_eq!(loc.text("a"), "Ä");
        assert_eq!(loc.text("b"), "B");
        assert_eq!(diags[0].code, "W050");
        assert_eq!(diags[0].pos.line, 2);
    }

    #[test]
    fn show_ids_appends_the_id_except_to_name_pools() {
        let mut cat = Catalog::new(vec![file(
            "en",
            "ui",
            Origin::Builtin,
            "hi = Hello\npool-names = Ann\n    Bo\n",
        )]);
        cat.set_show_ids(true);
        let (loc, _) = cat.localizer("en");
        assert!(loc.shows_ids());
        assert_eq!(loc.text("hi"), "Hello [hi]");
        assert_eq!(loc.text("pool-names"), "Ann\nBo");
    }

    #[test]
    fn pseudo_locales_change_the_words_but_not_the_variables() {
        let cat = Catalog::new(vec![
            file("en", "ui", Origin::Builtin, "hi = Hello { $name }\n"),
            file("de", "ui", Origin::Builtin, "hi = Hallo { $name }\n"),
        ]);
        let a = args([("name", "Alex".into())]);
        let (loc, _) = cat.localizer("en-XA");
        assert_eq!(loc.lang(), "en-XA");
        assert_eq!(loc.pseudo(), Some(Pseudo::Accented));
        assert_eq!(loc.fmt("hi", &a), "Ħḗḗŀŀǿǿ Alex");
        let (loc, _) = cat.localizer("ar-XB");
        assert_eq!(loc.fmt("hi", &a), "⟪Hǝʅʅo ⟫Alex");
        // Pseudo-locales are not folders: the switcher lists only real ones.
        assert_eq!(cat.langs(), vec!["en", "de"]);
    }

    #[test]
    fn money_and_numbers_follow_the_locale_and_fall_back_rule_by_rule() {
        let en = "number-money = ${ $amount }\n\
                  pay = { MONEY($n) } for { GROUPED($k) } { $k ->\n    [one] task\n   *[other] tasks\n}\n";
        let de = "number-money = { $amount }{ \"\\u00A0\" }$\n\
                  pay = { MONEY($n) } für { GROUPED($k) } { $k ->\n    [one] Aufgabe\n   *[other] Aufgaben\n}\n";
        let cat = Catalog::new(vec![
            file("en", "ui", Origin::Builtin, en),
            file("de", "ui", Origin::Builtin, de),
            // Polish has no money pattern: it comes from English; the digits are Polish.
            file(
                "pl",
                "ui",
                Origin::Builtin,
                "fee = opłata { MONEY($n) }, { GROUPED($k) }, { GROUPED($big) }\n",
            ),
        ]);
        let a = args([
            ("n", ArgValue::Num(1500.5)),
            ("k", ArgValue::Num(1200.0)),
            ("big", ArgValue::Num(12300.0)),
        ]);
        let (loc, _) = cat.localizer("en");
        assert_eq!(loc.fmt("pay", &a), "$1,500.50 for 1,200 tasks");
        let (loc, _) = cat.localizer("de");
        assert_eq!(loc.fmt("pay", &a), "1.500,50\u{a0}$ für 1.200 Aufgaben");
        // CLDR's minimum grouping digits: Polish writes 1200 but 12 300.
        let (loc, _) = cat.localizer("pl");
        assert_eq!(loc.fmt("fee", &a), "opłata $1500,50, 1200, 12\u{a0}300");
        // A line Polish does not have falls back to English, and reads as English.
        assert_eq!(loc.fmt("pay", &a), "$1,500.50 for 1,200 tasks");
        // Numbers stay numbers: the plural rule still picks `one`.
        let one = args([("n", ArgValue::Num(1.0)), ("k", ArgValue::Num(1.0))]);
        let (loc, _) = cat.localizer("en");
        assert_eq!(loc.fmt("pay", &one), "$1 for 1 task");
    }

    #[test]
    fn output_is_sanitized() {
        let cat = Catalog::new(vec![file(
            "en",
            "ui",
            Origin::Builtin,
            "x = red\u{1b}[31m text \u{202e}here\n",
        )]);
        let (loc, _) = cat.localizer("en");
        assert_eq!(loc.text("x"), "red text here");
    }
}
