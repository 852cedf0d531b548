//! `redflag check`: parses and validates scenarios, data and locales, and reports problems
//! at `file:line:col`.

pub mod contacts;
pub mod cues;
pub mod playtest;
pub mod render;
mod stream;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::content::{self, ContentFile, Kind, Origin};
use crate::diag::{self, Diagnostic, Pos, suggest};
use crate::engine::sample_vars;
use crate::i18n::ftl::{self, FtlMessage};
use crate::i18n::{ArgValue, Args, Localizer, SOURCE};
use crate::library::{Library, LoadedScenario, scenario_args};
use crate::scenario::ids;
use crate::scenario::model::{Node, Scenario};
use crate::scenario::ron_index::RonIndex;

/// What to check: the built-in content with packs, or the given files and folders on top
/// of the built-in content (a checked file replaces the built-in file at its layout path).
pub fn run(paths: &[PathBuf], packs: &[PathBuf]) -> Vec<Diagnostic> {
    run_all(paths, packs, None).diagnostics
}

/// What a whole check found.
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// The playtests' coverage of each scenario, when playtests ran.
    pub coverage: Vec<playtest::Coverage>,
    /// The cue figures of each scenario set (see [`cues`]).
    pub cues: Vec<cues::SetCues>,
    /// Whether the packs were checked a scenario at a time (see [`stream`]).
    pub grouped: bool,
}

/// Like [`run`], and with playtests when `playtests` says so: their problems join the
/// diagnostics, and the coverage of each scenario and the cue figures come back apart.
pub fn run_all(
    paths: &[PathBuf],
    packs: &[PathBuf],
    playtests: Option<&playtest::Options>,
) -> Report {
    check(paths, packs, playtests, true)
}

/// What the translators' commands (`locales`, `locales check`) need: every check of the
/// built-in content and the packs but the cue figures, which judge the scenarios' English.
pub fn translations(packs: &[PathBuf]) -> Vec<Diagnostic> {
    check(&[], packs, None, false).diagnostics
}

fn check(
    paths: &[PathBuf],
    packs: &[PathBuf],
    playtests: Option<&playtest::Options>,
    with_cues: bool,
) -> Report {
    if playtests.is_none()
        && with_cues
        && let Some(report) = stream::check(paths, packs)
    {
        return report;
    }
    check_whole(paths, packs, playtests, with_cues)
}

/// [`run_all`], reading and checking the whole content at once, as the playtests and the
/// translators' commands need it (and as a check of packs falls back to).
pub fn run_whole(paths: &[PathBuf], packs: &[PathBuf]) -> Report {
    check_whole(paths, packs, None, true)
}

fn check_whole(
    paths: &[PathBuf],
    packs: &[PathBuf],
    playtests: Option<&playtest::Options>,
    with_cues: bool,
) -> Report {
    let o = overlay(paths, packs);
    let mut diags = o.diags;
    diags.extend(o.lib.diagnostics.iter().cloned());
    // The cue figures format every answer in English: measured on the second core while
    // the locales are checked on this one.
    let cues = std::thread::scope(|scope| {
        let cues = with_cues.then(|| scope.spawn(|| cues::measure(&o.lib)));
        diags.extend(check_locales(&o.lib));
        diags.extend(contacts::check(&o.lib));
        cues.map(|c| c.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .unwrap_or_default()
    });
    diags.extend(cues::diagnostics(&cues));
    let mut coverage = Vec::new();
    if let Some(opts) = playtests {
        let (d, c) = playtest::run(&o.lib, o.only.as_ref(), opts);
        diags.extend(d);
        coverage = c;
    }
    Report {
        diagnostics: finish(diags, o.only.as_ref()),
        coverage,
        cues,
        grouped: false,
    }
}

/// Every check on a library already loaded: its loading problems, its locales and its
/// contacts. For tools and tests that build a library from files in memory.
pub fn check_library(lib: &Library) -> Vec<Diagnostic> {
    let mut diags = lib.diagnostics.clone();
    diags.extend(check_locales(lib));
    diags.extend(contacts::check(lib));
    diags.extend(cues::diagnostics(&cues::measure(lib)));
    finish(diags, None)
}

/// The content to check: the built-in files, with the checked files in place of the
/// built-in files at the same layout paths, and the packs.
pub struct Overlay {
    pub lib: Library,
    /// Problems reading the files.
    pub diags: Vec<Diagnostic>,
    /// The files named on the command line; `None` when checking everything.
    pub only: Option<BTreeSet<String>>,
}

/// Packs read for a check, each once however many of its files and folders are named.
#[derive(Default)]
struct Packs {
    seen: BTreeSet<PathBuf>,
    files: Vec<ContentFile>,
    diags: Vec<Diagnostic>,
}

impl Packs {
    /// Reads the pack at `root` unless it was read already; `Some(empty)` when it was
    /// read now, where `empty` says it held nothing at all.
    fn load(&mut self, root: &Path) -> Option<bool> {
        if !self
            .seen
            .insert(root.canonicalize().unwrap_or_else(|_| root.to_path_buf()))
        {
            return None;
        }
        let (f, d) = content::pack_files(root);
        let empty = f.is_empty() && d.is_empty();
        self.files.extend(f);
        self.diags.extend(d);
        Some(empty)
    }
}

/// A folder given to check that holds no content at all.
fn empty_folder(p: &Path) -> Diagnostic {
    Diagnostic::warning("W005", &p.display().to_string(), Pos::default())
}

/// The repository this program was built from (two folders above this crate), if it is
/// still there.
fn source_tree() -> Option<PathBuf> {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .canonicalize()
        .ok()
}

/// Reads `paths` over the built-in content (see [`Overlay`]).
pub fn overlay(paths: &[PathBuf], packs: &[PathBuf]) -> Overlay {
    let mut diags = Vec::new();
    let mut read = Packs::default();
    for p in packs {
        read.load(p);
    }
    // Every problem of a pack given with --scenarios is the author's to see.
    diags.append(&mut read.diags);
    // The source tree this program was built from: there, a checked file or folder stands
    // in for the built-in one at the same place (a developer checking the working copy).
    let tree = source_tree();
    let mut checked: Vec<ContentFile> = Vec::new();
    // What the author asked about, beyond the files in `checked`: a stranger's pack is
    // checked as a pack (as `--scenarios` and `play` load it), whole, and its diagnostics
    // are kept by the pack's folder; a file in a pack brings its pack along.
    let mut named: BTreeSet<String> = BTreeSet::new();
    for p in paths {
        let is_dir = p.is_dir();
        let root = if is_dir {
            Some(p.to_path_buf())
        } else {
            pack_root(p)
        };
        let Some(root) = root.filter(|r| tree.is_none() || r.canonicalize().ok() != tree) else {
            if is_dir {
                let (f, d) = content::pack_files(p);
                if f.is_empty() && d.is_empty() {
                    diags.push(empty_folder(p));
                }
                checked.extend(f);
                diags.extend(d);
            } else {
                match single_file(p) {
                    Ok(f) => checked.push(f),
                    Err(d) => diags.push(d),
                }
            }
            continue;
        };
        if read.load(&root) == Some(true) && is_dir {
            diags.push(empty_folder(p));
        }
        if is_dir {
            let prefix = folder_prefix(p);
            let inside = |file: &str| file.starts_with(&prefix);
            named.extend(
                read.files
                    .iter()
                    .filter(|f| inside(&f.display))
                    .map(|f| f.display.clone()),
            );
            diags.extend(read.diags.iter().filter(|d| inside(&d.file)).cloned());
            named.insert(prefix);
        } else {
            // A file the pack did not load (unreadable, a link out of the pack, in the
            // wrong place) is named all the same: the pack's diagnostic says why.
            let real = p.canonicalize().ok();
            let same = |file: &str| real.is_some() && Path::new(file).canonicalize().ok() == real;
            let shown = read
                .files
                .iter()
                .find(|f| same(&f.display))
                .map(|f| f.display.clone());
            named.insert(shown.unwrap_or_else(|| p.display().to_string()));
            diags.extend(read.diags.iter().filter(|d| same(&d.file)).cloned());
        }
    }
    // The files named, and every file whose reading or place in the pack was a problem
    // (they are not in `checked`, but they are what the author asked about).
    let only: Option<BTreeSet<String>> = if paths.is_empty() {
        None
    } else {
        Some(
            checked
                .iter()
                .map(|f| f.display.clone())
                .chain(diags.iter().map(|d| d.file.clone()))
                .chain(named)
                .collect(),
        )
    };
    let replaced: BTreeSet<String> = checked.iter().map(|f| f.rel.clone()).collect();
    let mut files: Vec<ContentFile> = content::builtin_files()
        .into_iter()
        .filter(|f| !replaced.contains(&f.rel))
        .collect();
    // Checked files count as built-in when they replace one, so they are judged as such.
    files.extend(checked);
    files.extend(read.files);
    let lib = Library::from_files(files, Vec::new());
    Overlay { lib, diags, only }
}

/// Keeps the diagnostics about the checked files, in a stable order, without duplicates.
pub fn finish(diags: Vec<Diagnostic>, only: Option<&BTreeSet<String>>) -> Vec<Diagnostic> {
    let mut diags: Vec<Diagnostic> = match only {
        None => diags,
        Some(set) => {
            // The named folders (see [`folder_prefix`]), apart, so each check is short.
            let folders: Vec<&str> = set
                .iter()
                .filter(|s| s.ends_with(std::path::MAIN_SEPARATOR))
                .map(String::as_str)
                .collect();
            diags
                .into_iter()
                .filter(|d| {
                    set.contains(&d.file)
                        || d.pos == Pos::default()
                        || folders.iter().any(|f| d.file.starts_with(f))
                })
                .collect()
        }
    };
    diags.dedup();
    diag::sort(&mut diags);
    diags.dedup();
    diags
}

/// How many diagnostics of one code one file shows; the rest become one line (W099).
pub const MAX_PER_FILE_AND_CODE: usize = 50;

/// Keeps the first [`MAX_PER_FILE_AND_CODE`] diagnostics of each code in each file and
/// says how many more there were, so a broken file of thousands of nodes gives a readable
/// report, not megabytes of the same line. Applied when diagnostics are shown, never to
/// what is counted (the translation status counts every missing message).
pub fn cap(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut count: HashMap<(&str, &'static str), usize> = HashMap::new();
    let mut out = Vec::with_capacity(diags.len().min(10_000));
    for d in diags {
        let n = count.entry((d.file.as_str(), d.code)).or_default();
        *n += 1;
        if *n <= MAX_PER_FILE_AND_CODE {
            out.push(d.clone());
        }
    }
    let mut more: Vec<(&str, &'static str, usize)> = count
        .into_iter()
        .filter(|(_, n)| *n > MAX_PER_FILE_AND_CODE)
        .map(|((file, code), n)| (file, code, n - MAX_PER_FILE_AND_CODE))
        .collect();
    more.sort();
    for (file, code, n) in more {
        out.push(
            Diagnostic::warning("W099", file, Pos::default())
                .arg("code", code)
                .arg("count", n),
        );
    }
    out
}

/// A folder's display with a separator at its end, so that it matches only what is
/// inside it (see [`finish`]).
fn folder_prefix(p: &Path) -> String {
    let mut s = p.display().to_string();
    if !s.ends_with(std::path::MAIN_SEPARATOR) {
        s.push(std::path::MAIN_SEPARATOR);
    }
    s
}

/// The pack a file sits in, by the layout: `PACK/scenarios/x.ron`, `PACK/data/x.ron`,
/// `PACK/locales/<lang>/x.ftl`.
fn pack_root(p: &Path) -> Option<PathBuf> {
    let parent = p.parent()?;
    let name = |d: &Path| d.file_name().map(|n| n.to_string_lossy().into_owned());
    let root = match name(parent).as_deref() {
        Some("scenarios" | "data") => parent.parent()?,
        _ => {
            let up = parent.parent()?;
            if name(up).as_deref() != Some("locales") {
                return None;
            }
            up.parent()?
        }
    };
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    root.is_dir().then(|| root.to_path_buf())
}

/// Reads one file given on the command line and places it in the layout by its path.
fn single_file(p: &Path) -> Result<ContentFile, Diagnostic> {
    let text = content::read_limited(p)?;
    let display = p.display().to_string();
    let parts: Vec<String> = p
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let n = parts.len();
    let tail = |k: usize| parts[n.saturating_sub(k)..].join("/");
    let rel = [3, 2]
        .into_iter()
        .map(tail)
        .find(|r| content::classify(r).is_some())
        .or_else(|| {
            let name = parts.last()?.clone();
            if name.ends_with(".ron") {
                Some(format!("scenarios/{name}"))
            } else if name.ends_with(".ftl") {
                let lang = parts
                    .get(n.wrapping_sub(2))
                    .cloned()
                    .unwrap_or_else(|| SOURCE.into());
                Some(format!("locales/{lang}/{name}"))
            } else {
                None
            }
        })
        .ok_or_else(|| Diagnostic::error("E006", &display, Pos::default()))?;
    let kind = content::classify(&rel)
        .ok_or_else(|| Diagnostic::error("E006", &display, Pos::default()))?;
    Ok(ContentFile {
        origin: Origin::Builtin,
        kind,
        rel,
        display,
        text: text.into(),
    })
}

/// The messages of one locale: id to the file that defines it first, and what it holds.
/// The index of a group of files checked apart (see [`stream`]) stands on the index of
/// everything else, its `base`.
struct LangIndex<'a> {
    msgs: foldhash::HashMap<String, (&'a ContentFile, FtlMessage)>,
    /// The locale's files by name (`ui`, `<scenario>`), first one of each name.
    files: foldhash::HashMap<String, &'a ContentFile>,
    /// The ids each file defines, by the file's display name.
    ids_by_file: foldhash::HashMap<&'a str, Vec<String>>,
    base: Option<&'a LangIndex<'a>>,
}

impl<'a> LangIndex<'a> {
    fn new(base: Option<&'a LangIndex<'a>>) -> LangIndex<'a> {
        LangIndex {
            msgs: Default::default(),
            files: Default::default(),
            ids_by_file: Default::default(),
            base,
        }
    }

    fn msg(&self, id: &str) -> Option<&(&'a ContentFile, FtlMessage)> {
        self.msgs.get(id).or_else(|| self.base?.msg(id))
    }

    fn file(&self, name: &str) -> Option<&'a ContentFile> {
        self.files
            .get(name)
            .copied()
            .or_else(|| self.base?.file(name))
    }

    fn ids_of(&self, display: &str) -> Option<&Vec<String>> {
        self.ids_by_file
            .get(display)
            .or_else(|| self.base?.ids_of(display))
    }
}

/// Every locale's messages, and what reading the files found.
struct Locales<'a> {
    index: HashMap<String, LangIndex<'a>>,
    /// Files with syntax errors: left out of play whole, so their messages are not checked
    /// further, and one mistake gives one error, not one per message.
    broken: BTreeSet<&'a str>,
    /// (language, message id) lost to a syntax error.
    lost: BTreeSet<(String, String)>,
    base: Option<&'a Locales<'a>>,
    /// When parts are checked apart (see [`stream`]): the ids of the messages looked for
    /// and not found (`None`: not noted), and whether a file defines a message the base
    /// has too, or a term.
    missed: Option<std::sync::Mutex<Vec<String>>>,
    clash: bool,
}

impl<'a> Locales<'a> {
    /// Reads the locale files: syntax, hidden characters, and which file defines what.
    /// `track`: note the messages looked for and not found.
    /// `parsed`: files parsed already, by display name (the rest are parsed here).
    fn read(
        files: impl IntoIterator<Item = &'a ContentFile>,
        base: Option<&'a Locales<'a>>,
        track: bool,
        parsed: Option<&HashMap<String, crate::i18n::Parsed>>,
        out: &mut Vec<Diagnostic>,
    ) -> Locales<'a> {
        let mut me = Locales {
            index: HashMap::new(),
            broken: BTreeSet::new(),
            lost: BTreeSet::new(),
            base,
            missed: track.then(Default::default),
            clash: false,
        };
        for f in files {
            let Kind::Locale { lang, name } = &f.kind else {
                continue;
            };
            if let Some(at) = ftl::too_deep(&f.text) {
                out.push(
                    Diagnostic::error("E057", &f.display, Pos::of_offset(&f.text, at))
                        .arg("limit", ftl::MAX_NESTING),
                );
                me.broken.insert(f.display.as_str());
            }
            let (msgs, errors) = if me.broken.contains(f.display.as_str()) {
                (Vec::new(), Vec::new())
            } else if let Some((res, errors)) = parsed.and_then(|p| p.get(&f.display)) {
                (ftl::messages_of(res), errors.clone())
            } else {
                ftl::parse_shallow(&f.text)
            };
            // Syntax errors are errors here (in play, the broken message shows in English).
            // The message a syntax error cost is reported by that error alone, not also as
            // "not translated".
            for e in &errors {
                out.push(
                    Diagnostic::error("E055", &f.display, Pos::of_offset(&f.text, e.pos.start))
                        .arg("reason", e.kind.to_string())
                        .arg("kind", ftl::error_kind(&e.kind)),
                );
                if let Some(id) = ftl::entry_id_at(&f.text, e.pos.start) {
                    me.lost.insert((lang.clone(), id));
                }
            }
            let raw = crate::sanitize::hidden_chars(&f.text);
            for (offset, c) in raw.chain(ftl::escaped_chars(&f.text)) {
                if crate::sanitize::is_hidden_char(c) {
                    out.push(
                        Diagnostic::warning("W056", &f.display, Pos::of_offset(&f.text, offset))
                            .arg("char", format!("\\u{{{:x}}}", c as u32)),
                    );
                }
            }
            if base.is_some() && ftl::defines_term(&f.text) {
                me.clash = true;
            }
            let under = base.and_then(|b| b.index.get(lang));
            let li = me
                .index
                .entry(lang.clone())
                .or_insert_with(|| LangIndex::new(under));
            li.files.entry(name.clone()).or_insert(f);
            li.msgs.reserve(msgs.len());
            li.ids_by_file
                .entry(f.display.as_str())
                .or_default()
                .extend(msgs.iter().map(|m| m.id.clone()));
            for m in msgs {
                match li.msgs.get(&m.id) {
                    // The same message twice in built-in files (packs are judged when loaded).
                    Some((first, _)) if first.origin.is_builtin() && f.origin.is_builtin() => {
                        out.push(
                            Diagnostic::error("E051", &f.display, m.pos).arg("name", m.id.as_str()),
                        );
                    }
                    Some(_) => {}
                    None => {
                        if li.base.is_some_and(|b| b.msg(&m.id).is_some()) {
                            me.clash = true;
                        }
                        li.msgs.insert(m.id.clone(), (f, m));
                    }
                }
            }
        }
        // A message that refers to another that is not here may find it in a group checked
        // apart.
        for li in me.index.values() {
            for (_, m) in li.msgs.values() {
                for r in m.refs.iter().filter(|r| !r.starts_with('-')) {
                    if li.msg(r).is_none() {
                        me.miss(r);
                    }
                }
            }
        }
        me
    }

    fn is_broken(&self, display: &str) -> bool {
        self.broken.contains(display) || self.base.is_some_and(|b| b.is_broken(display))
    }

    fn is_lost(&self, lang: &str, id: &str) -> bool {
        self.lost.contains(&(lang.to_string(), id.to_string()))
            || self.base.is_some_and(|b| b.is_lost(lang, id))
    }

    /// Notes a message looked for and not found.
    fn miss(&self, id: &str) {
        if let Some(Ok(mut m)) = self.missed.as_ref().map(|m| m.lock()) {
            m.push(id.to_string());
        }
    }

    /// The index of one language: this group's own, over its base's.
    fn lang(&self, lang: &str) -> Option<&LangIndex<'a>> {
        self.index
            .get(lang)
            .or_else(|| self.base.and_then(|b| b.lang(lang)))
    }
}

/// A scenario to check the messages of: the messages it needs, and where its file asks
/// for them (worked out once, when first needed).
struct Site<'s> {
    s: &'s LoadedScenario,
    /// The file's text, indexed when a message is missing (to say where it is asked for).
    text: &'s str,
    idx: std::cell::OnceCell<RonIndex>,
    positions: std::cell::OnceCell<HashMap<String, Pos>>,
    /// Its own messages, and the shared ones it shows (channel names, name pools).
    needed: Vec<String>,
    own: foldhash::HashSet<String>,
    shared: Vec<String>,
    /// The variables it passes.
    provided: Vec<String>,
}

impl<'s> Site<'s> {
    fn new(s: &'s LoadedScenario, text: &'s str) -> Site<'s> {
        let scn = s.scenario();
        let needed = ids::scenario_messages(scn);
        Site {
            s,
            text,
            idx: Default::default(),
            positions: Default::default(),
            own: needed.iter().cloned().collect(),
            needed,
            shared: ids::shared_messages(scn),
            provided: scn.vars.keys().cloned().collect(),
        }
    }
}

/// What checking the messages of one language needs, shared by everything checked in it.
struct LangPass<'a, 'b> {
    lang: &'b str,
    is_source: bool,
    li: &'b LangIndex<'a>,
    en: &'b LangIndex<'a>,
    locs: &'b Locales<'a>,
    loc: &'b Localizer,
    checker: Compare<'a, 'b>,
    claims: &'b PackLanguages<'b>,
    /// The first and last line of each message of a translation file, and the order of
    /// each English file's messages, by file: where a missing message belongs.
    placed: HashMap<&'a str, HashMap<String, (usize, usize)>>,
    orders: HashMap<&'a str, (Vec<String>, HashMap<String, usize>)>,
    /// When asked for: the text each scenario's own message was formatted to (for the cue
    /// figures, which measure the same English).
    formatted: Option<foldhash::HashMap<String, String>>,
}

const ONE: Pos = Pos { line: 1, col: 1 };

impl<'a, 'b> LangPass<'a, 'b> {
    fn new(
        lang: &'b str,
        locs: &'b Locales<'a>,
        empty: &'b LangIndex<'a>,
        loc: &'b Localizer,
        claims: &'b PackLanguages<'b>,
    ) -> LangPass<'a, 'b> {
        let en = locs.lang(SOURCE).unwrap_or(empty);
        let is_source = lang == SOURCE;
        LangPass {
            lang,
            is_source,
            li: locs.lang(lang).unwrap_or(empty),
            en,
            locs,
            loc,
            checker: Compare {
                en,
                locs,
                is_source,
                plural_cats: ftl::plural_categories(lang),
            },
            claims,
            placed: HashMap::new(),
            orders: HashMap::new(),
            formatted: None,
        }
    }

    /// The English message `id`, noting a miss.
    fn english(&self, id: &str) -> Option<&'b (&'a ContentFile, FtlMessage)> {
        let found = self.en.msg(id);
        if found.is_none() {
            self.locs.miss(id);
        }
        found
    }

    /// Where a missing translation belongs: the file named like the English one.
    fn target(&self, id: &str) -> Option<String> {
        let (en_file, _) = self.english(id)?;
        let Kind::Locale { name, .. } = &en_file.kind else {
            return None;
        };
        let lang = self.lang;
        Some(match self.li.file(name) {
            Some(f) => f.display.clone(),
            None => match en_file.display.rfind("locales/en/") {
                Some(i) => format!(
                    "{}locales/{lang}/{}",
                    &en_file.display[..i],
                    &en_file.display[i + "locales/en/".len()..]
                ),
                None => format!("locales/{lang}/{name}.ftl"),
            },
        })
    }

    /// Where a missing message belongs in its translation file: after the message that
    /// comes before it in the English, when the translation has that one (the line after
    /// its last line); else at the file's top. And the English to translate.
    fn missing(&mut self, id: &str) -> (Pos, String) {
        let Some((en_file, _)) = self.english(id) else {
            return (ONE, String::new());
        };
        let en_file: &'a ContentFile = en_file;
        let english: String = crate::translate::stale::message_source(&en_file.text, id)
            .map(|t| {
                let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
                let flat = flat
                    .split_once(" = ")
                    .map_or(flat.clone(), |(_, v)| v.to_string());
                crate::sanitize::clean_line(&flat)
                    .chars()
                    .take(160)
                    .collect()
            })
            .unwrap_or_default();
        let Kind::Locale { name, .. } = &en_file.kind else {
            return (ONE, english);
        };
        let Some(tf) = self.li.file(name) else {
            return (ONE, english);
        };
        let spans = self.placed.entry(tf.display.as_str()).or_insert_with(|| {
            ftl::parse(&tf.text)
                .0
                .into_iter()
                .map(|m| {
                    let last = message_lines(&tf.text, m.pos)
                        .filter(|(_, l)| !l.trim().is_empty())
                        .last()
                        .map_or(m.pos.line, |(n, _)| n);
                    (m.id, (m.pos.line, last))
                })
                .collect()
        });
        let (order, at_of) = self
            .orders
            .entry(en_file.display.as_str())
            .or_insert_with(|| {
                let order: Vec<String> = ftl::parse(&en_file.text)
                    .0
                    .into_iter()
                    .map(|m| m.id)
                    .collect();
                let mut at_of = HashMap::new();
                for (i, m) in order.iter().enumerate() {
                    at_of.entry(m.clone()).or_insert(i);
                }
                (order, at_of)
            });
        let at = at_of.get(id).copied().unwrap_or(0);
        let after = order[..at]
            .iter()
            .rev()
            .find_map(|m| spans.get(m).map(|(_, last)| *last));
        let pos = match after {
            Some(last) => Pos {
                line: last + 1,
                col: 1,
            },
            None => ONE,
        };
        (pos, english)
    }

    /// The interface against English, and interface messages English does not have. The
    /// sample texts of `redflag new` are always written in English and never shown
    /// translated: they are not a translator's work.
    fn interface(
        &mut self,
        ui: &[&FtlMessage],
        ui_ids: &BTreeSet<&str>,
        is_scenario_file: &dyn Fn(&ContentFile) -> bool,
        out: &mut Vec<Diagnostic>,
    ) {
        let lang = self.lang;
        for em in ui.iter().filter(|m| !m.id.starts_with("new-sample-")) {
            let Some((f, m)) = self.li.msg(&em.id) else {
                self.locs.miss(&em.id);
                // As for scenarios: a pack owes only the languages it ships.
                let taken_up = self
                    .en
                    .msg(&em.id)
                    .is_none_or(|(ef, _)| self.claims.ships(&ef.origin, lang));
                let cost = self.locs.is_lost(lang, &em.id);
                if taken_up
                    && !cost
                    && let Some(file) = self.target(&em.id)
                {
                    let (at, english) = self.missing(&em.id);
                    out.push(
                        Diagnostic::warning("W061", &file, at)
                            .arg("id", em.id.as_str())
                            .arg("lang", lang)
                            .arg("english", english),
                    );
                }
                continue;
            };
            if self.checker.compare(out, f, m, None) && !self.locs.is_broken(&f.display) {
                let args: Args = em
                    .vars
                    .iter()
                    .map(|v| (v.clone(), ArgValue::Num(3.0)))
                    .collect();
                if let Err(reason) = self.loc.fmt_strict(&m.id, &args) {
                    out.push(
                        Diagnostic::warning("W063", &f.display, m.pos)
                            .arg("id", m.id.as_str())
                            .arg("reason", reason),
                    );
                }
            }
        }
        for (f, m) in self.li.msgs.values() {
            if !is_scenario_file(f) && !ui_ids.contains(m.id.as_str()) {
                out.push(Diagnostic::warning("W062", &f.display, m.pos).arg("id", m.id.as_str()));
            }
        }
    }

    /// Texts longer than the one line the screens give them (W058), as shown: formatted,
    /// in display columns (see [`crate::tui::limits`]).
    fn lengths(&self, out: &mut Vec<Diagnostic>) {
        for (f, m) in self.li.msgs.values() {
            let Some(limit) = crate::tui::limits::of(&m.id) else {
                continue;
            };
            let args: Args = m
                .vars
                .iter()
                .map(|v| (v.clone(), ArgValue::Num(3.0)))
                .collect();
            let Ok(text) = self.loc.fmt_strict(&m.id, &args) else {
                continue;
            };
            if let Some((width, max)) = crate::tui::limits::over(limit, &text) {
                out.push(
                    Diagnostic::warning("W058", &f.display, m.pos)
                        .arg("id", m.id.as_str())
                        .arg("lang", self.lang)
                        .arg("width", width)
                        .arg("limit", max)
                        .arg(
                            "kind",
                            match limit {
                                crate::tui::limits::Limit::Line(_) => "line",
                                crate::tui::limits::Limit::EachHint(_) => "hint",
                            },
                        ),
                );
            }
        }
    }

    /// The taxonomy's English words.
    fn flags(&self, lib: &Library, out: &mut Vec<Diagnostic>) {
        for flag in lib.flags() {
            for id in [
                ids::flag(&flag.id),
                ids::flag_why(&flag.id),
                ids::flag_instead(&flag.id),
                ids::flag_sources(&flag.id),
            ] {
                if self.li.msg(&id).is_none() {
                    self.locs.miss(&id);
                    let (file, pos) = flag_pos(lib, &flag.id);
                    out.push(
                        Diagnostic::error("E060", &file, pos)
                            .arg("id", id.as_str())
                            .arg("lang", self.lang),
                    );
                }
            }
        }
    }

    /// A scenario's own messages in this language, and the messages in its file that it
    /// no longer needs.
    fn scenario(&mut self, site: &Site, out: &mut Vec<Diagnostic>) {
        let (lang, is_source) = (self.lang, self.is_source);
        let s = site.s;
        let scn = s.scenario();
        let args = scenario_args(self.loc, &sample_vars(&scn.vars, 0));
        let fargs = crate::i18n::fluent_args(&args);
        let (needed, own_ids, shared) = (&site.needed, &site.own, &site.shared);
        let provided = site.provided.as_slice();
        // A pack that does not ship this language is played in English there, as it
        // was written (one W068 says so): only a language it ships owes every message.
        let taken_up = self.claims.ships(&s.origin, lang);
        for id in needed.iter().chain(shared.iter()) {
            let Some((f, m)) = self.li.msg(id) else {
                self.locs.miss(id);
                if (!is_source && !taken_up) || self.locs.is_lost(lang, id) {
                    continue;
                }
                if is_source {
                    out.push(
                        Diagnostic::error("E060", &s.file, needed_pos(scn, site, id))
                            .arg("id", id.as_str())
                            .arg("lang", lang),
                    );
                } else {
                    let file = self.target(id).unwrap_or_else(|| s.file.clone());
                    let (at, english) = self.missing(id);
                    out.push(
                        Diagnostic::warning("W061", &file, at)
                            .arg("id", id.as_str())
                            .arg("lang", lang)
                            .arg("english", english),
                    );
                }
                continue;
            };
            let own = own_ids.contains(id.as_str());
            let fine = self.checker.compare(out, f, m, own.then_some(provided));
            if fine && !self.locs.is_broken(&f.display) {
                match self.loc.fmt_strict_fluent(id, &fargs) {
                    Err(reason) => {
                        let d = if is_source {
                            Diagnostic::error("E063", &f.display, m.pos)
                        } else {
                            Diagnostic::warning("W063", &f.display, m.pos)
                        };
                        out.push(d.arg("id", id.as_str()).arg("reason", reason));
                    }
                    Ok(text) => {
                        if let Some(memo) = self.formatted.as_mut().filter(|_| own) {
                            memo.insert(id.clone(), text);
                        }
                    }
                }
            }
        }
        if let Some(f) = self.li.file(&scn.id) {
            for id in self.li.ids_of(&f.display).into_iter().flatten() {
                if let Some((file, m)) = self.li.msg(id)
                    && std::ptr::eq(*file, f)
                    && !own_ids.contains(id.as_str())
                {
                    out.push(
                        Diagnostic::warning("W062", &f.display, m.pos).arg("id", m.id.as_str()),
                    );
                }
            }
        }
    }
}

/// Checks every locale against the scenarios, the taxonomy and the English interface.
/// Each file is parsed once; the checks after that are lookups.
fn check_locales(lib: &Library) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let langs = lib.catalog.langs();
    let locs = Locales::read(lib.catalog.files(), None, false, None, &mut out);
    let scenario_names: BTreeSet<String> = lib
        .files
        .iter()
        .filter(|f| f.kind == Kind::Scenario)
        .map(|f| f.stem().to_string())
        .collect();
    let claims = PackLanguages::of(lib);
    let sites = sites(lib, lib.scenarios.iter());
    interface_and_scenarios(
        lib,
        &locs,
        &langs,
        &scenario_names,
        &claims,
        &sites,
        &mut out,
    );
    stale_check(&locks(lib), &locs, &mut out);
    // "Not translated" points at the skeleton's placeholder when there is one.
    let texts = texts(lib);
    crate::translate::skeleton::locate_placeholders(&|f| texts.get(f).copied(), &mut out);
    link_typos(&mut out);
    out
}

/// ` --scenarios DIR` for content of a pack (quoted when the path needs it), nothing for the
/// built-in content: what a hint's command needs to work as pasted.
pub(crate) fn scenarios_flag(origin: &Origin) -> String {
    let Origin::Pack { dir, .. } = origin else {
        return String::new();
    };
    scenarios_flag_for(dir)
}

/// ` --scenarios DIR`, quoted when the path needs it (see [`scenarios_flag`]).
pub fn scenarios_flag_for(dir: &std::path::Path) -> String {
    let path = crate::sanitize::escape_visible(&dir.display().to_string());
    let plain = path
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '/' | '\\' | '.' | '_' | '-' | ':'));
    if plain {
        format!(" --scenarios {path}")
    } else {
        format!(" --scenarios \"{}\"", path.replace('"', "\\\""))
    }
}

/// Every file's text, by its display name.
fn texts(lib: &Library) -> HashMap<&str, &str> {
    lib.files
        .iter()
        .map(|f| (f.display.as_str(), f.text.as_ref()))
        .collect()
}

/// Each scenario with its file's index.
fn sites<'s>(
    lib: &'s Library,
    scenarios: impl Iterator<Item = &'s LoadedScenario>,
) -> Vec<Site<'s>> {
    let texts = texts(lib);
    scenarios
        .map(|s| Site::new(s, texts.get(s.file.as_str()).copied().unwrap_or("")))
        .collect()
}

/// The checks of every language: the interface and the taxonomy (when `lib` is the whole
/// content, or the part of it that is not checked apart), and each scenario of `sites`.
fn interface_and_scenarios(
    lib: &Library,
    locs: &Locales,
    langs: &[String],
    scenario_names: &BTreeSet<String>,
    claims: &PackLanguages,
    sites: &[Site],
    out: &mut Vec<Diagnostic>,
) {
    let empty = LangIndex::new(None);
    let en = locs.lang(SOURCE).unwrap_or(&empty);
    // The English interface: every English file that is not a scenario's.
    let is_scenario_file = |f: &ContentFile| matches!(&f.kind, Kind::Locale { name, .. } if scenario_names.contains(name));
    let ui: Vec<&FtlMessage> = en
        .msgs
        .values()
        .filter(|(f, _)| !is_scenario_file(f))
        .map(|(_, m)| m)
        .collect();
    let ui_ids: BTreeSet<&str> = ui.iter().map(|m| m.id.as_str()).collect();
    out.extend(claims.unclaimed(langs));
    for lang in langs {
        let (loc, bundle_diags) = lib.catalog.localizer(lang);
        let li = locs.lang(lang).unwrap_or(&empty);
        let own_files: BTreeSet<&str> = li.files.values().map(|f| f.display.as_str()).collect();
        // Overrides by packs and duplicates between built-in files.
        out.extend(bundle_diags.into_iter().filter(|d| {
            d.code != "W050" && d.code != "W057" && own_files.contains(d.file.as_str())
        }));
        let mut pass = LangPass::new(lang, locs, &empty, &loc, claims);
        if !pass.is_source {
            pass.interface(&ui, &ui_ids, &is_scenario_file, out);
        } else {
            pass.flags(lib, out);
        }
        pass.lengths(out);
        for site in sites {
            pass.scenario(site, out);
        }
    }
}

/// The lock file of every locale that has one (see [`crate::translate::stale`]).
/// Each language's lock lines, by message id (looked up once per translated message).
type Locks = HashMap<String, foldhash::HashMap<String, crate::translate::stale::Locked>>;

fn locks(lib: &Library) -> Locks {
    lib.catalog
        .langs()
        .into_iter()
        .filter_map(|l| {
            let lock = crate::translate::stale::lock_of(lib, &l)?.0;
            Some((l.clone(), lock.into_iter().collect()))
        })
        .collect()
}

/// Translations whose English changed since a translator confirmed them (W067), for the
/// messages `locs` itself reads (not its base's).
fn stale_check(locks: &Locks, locs: &Locales, out: &mut Vec<Diagnostic>) {
    use crate::translate::stale;
    let empty = LangIndex::new(None);
    let en = locs.lang(SOURCE).unwrap_or(&empty);
    let mut langs: Vec<&String> = locs.index.keys().collect();
    langs.sort();
    // Each English file's sources, read in one pass when first needed.
    let mut sources: HashMap<&str, HashMap<String, String>> = HashMap::new();
    for lang in langs.into_iter().filter(|l| l.as_str() != SOURCE) {
        let Some(lock) = locks.get(lang) else {
            continue;
        };
        for (id, (f, m)) in &locs.index[lang].msgs {
            let Some(locked) = lock.get(id) else {
                continue;
            };
            let Some((ef, _)) = en.msg(id) else {
                locs.miss(id);
                continue;
            };
            let of_file = sources
                .entry(ef.display.as_str())
                .or_insert_with(|| stale::message_sources(&ef.text));
            if let Some(src) = of_file.get(id).cloned()
                && locked.hash != stale::hash(&src)
            {
                out.push(
                    Diagnostic::warning("W067", &f.display, m.pos)
                        .arg("id", id.as_str())
                        .arg("lang", lang.as_str())
                        .arg("packs", scenarios_flag(&f.origin))
                        .arg("was", locked.english.clone().unwrap_or_default())
                        .arg("now", src),
                );
            }
        }
    }
}

/// The text of a diagnostic's argument, if it has one.
fn arg_text(d: &Diagnostic, name: &str) -> Option<String> {
    d.args
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| match v {
            diag::Arg::Str(s) => s.clone(),
            diag::Arg::Num(n) => n.to_string(),
        })
}

/// A message id misspelt in a translation shows twice: the id the game needs is missing
/// (W061) and the misspelt one is unused (W062). When an unused id of a file is close to a
/// missing one of the same file, each names the other ("did you mean …"), so the
/// translator renames instead of deleting their work.
fn link_typos(out: &mut [Diagnostic]) {
    // The missing ids of each file, in the order they were found.
    let mut missing: HashMap<String, Vec<String>> = HashMap::new();
    for d in out.iter().filter(|d| d.code == "W061") {
        if let Some(id) = arg_text(d, "id") {
            missing.entry(d.file.clone()).or_default().push(id);
        }
    }
    // (file, meant) to the misspelt id, the first W062 to claim it winning.
    let mut pairs: HashMap<(String, String), String> = HashMap::new();
    for d in out.iter_mut().filter(|d| d.code == "W062") {
        let Some(unused) = arg_text(d, "id") else {
            continue;
        };
        let Some(candidates) = missing.get(&d.file) else {
            continue;
        };
        if let Some(meant) = suggest(&unused, candidates.iter().map(String::as_str)) {
            d.args.push(("meant", meant.clone().into()));
            pairs.entry((d.file.clone(), meant)).or_insert(unused);
        }
    }
    for d in out.iter_mut().filter(|d| d.code == "W061") {
        let Some(id) = arg_text(d, "id") else {
            continue;
        };
        if let Some(typo) = pairs.get(&(d.file.clone(), id)) {
            d.args.push(("typo", typo.clone().into()));
        }
    }
    // Diagnostics without a link say "none", so the Fluent messages can choose.
    for d in out.iter_mut() {
        if d.code == "W062" && arg_text(d, "meant").is_none() {
            d.args.push(("meant", "none".into()));
        }
        if d.code == "W061" && arg_text(d, "typo").is_none() {
            d.args.push(("typo", "none".into()));
        }
    }
}

/// Compares a message with its English source: variables and plural forms.
struct Compare<'a, 'b> {
    en: &'b LangIndex<'a>,
    locs: &'b Locales<'a>,
    is_source: bool,
    plural_cats: Vec<String>,
}

impl Compare<'_, '_> {
    /// Reports problems of message `m` in file `f`; `provided` are the variables the program
    /// passes, when known. Returns whether it found none that would break formatting.
    fn compare(
        &self,
        out: &mut Vec<Diagnostic>,
        f: &ContentFile,
        m: &FtlMessage,
        provided: Option<&[String]>,
    ) -> bool {
        let mut fine = true;
        let source = self.en.msg(&m.id);
        if source.is_none() {
            self.locs.miss(&m.id);
        }
        let source_vars = source.map(|(_, e)| e.vars.as_slice());
        let allowed: &[String] = provided.or(source_vars).unwrap_or(&[]);
        for v in &m.vars {
            if !allowed.contains(v) && (provided.is_some() || source_vars.is_some()) {
                // A translation with a variable the English lacks cannot be formatted with
                // what the program passes: the whole line would show in English. Pointed
                // at the variable itself.
                let at = var_pos(&f.text, m.pos, v).unwrap_or(m.pos);
                let d = if self.is_source {
                    Diagnostic::error("E064", &f.display, at)
                } else {
                    Diagnostic::error("E069", &f.display, at)
                };
                let suggestion = suggest(v, allowed.iter().map(String::as_str)).unwrap_or_default();
                out.push(
                    d.arg("id", m.id.as_str())
                        .arg("name", v.as_str())
                        .arg("suggestion", suggestion),
                );
                fine = false;
            }
        }
        if !self.is_source
            && let Some(sv) = source_vars
        {
            for v in sv.iter().filter(|v| !m.vars.contains(v)) {
                // Nothing to point at: the start of the text that leaves it out.
                let at = value_pos(&f.text, m.pos).unwrap_or(m.pos);
                out.push(
                    Diagnostic::warning("W065", &f.display, at)
                        .arg("id", m.id.as_str())
                        .arg("name", v.as_str()),
                );
            }
        }
        for (var, keys) in &m.plurals {
            let missing: Vec<&str> = self
                .plural_cats
                .iter()
                .filter(|c| !keys.contains(c))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                out.push(
                    Diagnostic::warning("W066", &f.display, m.pos)
                        .arg("id", m.id.as_str())
                        .arg("name", var.as_str())
                        .arg("missing", missing.join(", ")),
                );
            }
        }
        fine
    }
}

fn flag_pos(lib: &Library, flag: &str) -> (String, Pos) {
    for f in lib.files.iter().filter(|f| f.kind == Kind::Flags) {
        if let Some(pos) = RonIndex::new(&f.text).find("id", flag) {
            return (f.display.clone(), pos);
        }
    }
    ("data/redflags.ron".into(), Pos { line: 1, col: 1 })
}

/// Where in the scenario file the need for message `id` comes from.
/// Where each message a scenario needs is asked for in its file: the node's id, or the
/// option's id after its choice. One pass over the file's literals, in document order, so
/// a scenario of thousands of nodes costs no more than it has nodes.
fn needed_positions(scn: &Scenario, idx: &RonIndex) -> HashMap<String, Pos> {
    let mut out = HashMap::new();
    let lits = &idx.literals;
    let mut at = 0;
    // The next literal `id: value` from the cursor on; the cursor moves past it.
    let next_id = |value: &str, at: &mut usize| -> Option<Pos> {
        let k = lits[*at..]
            .iter()
            .position(|l| l.key.as_deref() == Some("id") && l.value == value)?;
        *at += k + 1;
        Some(lits[*at - 1].pos)
    };
    for n in &scn.nodes {
        let Some(npos) = next_id(n.id(), &mut at) else {
            continue;
        };
        out.insert(ids::node(&scn.id, n.id()), npos);
        if let Node::Choice {
            id: nid, options, ..
        } = n
        {
            for o in options {
                let opos = next_id(&o.id, &mut at).unwrap_or(npos);
                out.insert(ids::option(&scn.id, nid, &o.id), opos);
                out.insert(ids::feedback(&scn.id, nid, &o.id), opos);
            }
        }
    }
    out
}

/// The lines of the message that starts at `start` (its first line, and the indented ones
/// after it), each with its line number.
fn message_lines(text: &str, start: Pos) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .skip(start.line.saturating_sub(1))
        .enumerate()
        .take_while(|(k, (_, l))| {
            *k == 0 || l.is_empty() || l.starts_with(' ') || l.starts_with('\t')
        })
        .map(|(_, (i, l))| (i + 1, l))
}

/// Where `$name` is used in the message that starts at `start`.
fn var_pos(text: &str, start: Pos, name: &str) -> Option<Pos> {
    let needle = format!("${name}");
    for (line, l) in message_lines(text, start) {
        let mut from = 0;
        while let Some(i) = l[from..].find(&needle) {
            let at = from + i;
            let end = at + needle.len();
            let whole = l[end..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
            if whole {
                return Some(Pos {
                    line,
                    col: l[..at].chars().count() + 1,
                });
            }
            from = end;
        }
    }
    None
}

/// Where the text of the message that starts at `start` begins (after `id =`).
fn value_pos(text: &str, start: Pos) -> Option<Pos> {
    let (line, l) = message_lines(text, start).next()?;
    let eq = l.find('=')?;
    let skip = l[eq + 1..].chars().take_while(|c| *c == ' ').count();
    Some(Pos {
        line,
        col: l[..eq + 1].chars().count() + skip + 1,
    })
}

/// A pack, its `data/pack.ron` if it has one, and the languages that file declares.
type PackClaim<'a> = (&'a Origin, Option<&'a ContentFile>, Option<Vec<String>>);

/// The languages each pack ships: as its `data/pack.ron` says (`languages`), else the
/// languages it has files in.
struct PackLanguages<'a> {
    /// Each pack, with its `data/pack.ron` (if any) and the languages it declares.
    packs: Vec<PackClaim<'a>>,
    /// The languages each pack has locale files in.
    has_files: HashMap<&'a Origin, BTreeSet<&'a str>>,
}

impl<'a> PackLanguages<'a> {
    fn of(lib: &'a Library) -> PackLanguages<'a> {
        let mut packs: Vec<PackClaim> = Vec::new();
        let mut has_files: HashMap<&Origin, BTreeSet<&str>> = HashMap::new();
        for f in &lib.files {
            if f.origin.is_builtin() {
                continue;
            }
            if !packs.iter().any(|(o, ..)| *o == &f.origin) {
                packs.push((&f.origin, None, None));
            }
            if let Kind::Locale { lang, .. } = &f.kind {
                has_files
                    .entry(&f.origin)
                    .or_default()
                    .insert(lang.as_str());
            }
            if f.kind == Kind::PackInfo
                && let Some(entry) = packs.iter_mut().find(|(o, ..)| *o == &f.origin)
            {
                entry.1 = Some(f);
                entry.2 =
                    crate::scenario::load::parse_ron::<contacts::PackInfo>(&f.display, &f.text)
                        .ok()
                        .and_then(|i| i.languages);
            }
        }
        PackLanguages { packs, has_files }
    }

    /// Notes a pack, and that it has files in `lang`, that `lib` did not hold (a group
    /// checked apart).
    fn note(&mut self, origin: &'a Origin, lang: Option<&'a str>) {
        if !self.packs.iter().any(|(o, ..)| *o == origin) {
            self.packs.push((origin, None, None));
        }
        if let Some(lang) = lang {
            self.has_files.entry(origin).or_default().insert(lang);
        }
    }

    /// Whether content of `origin` owes every message in `lang`.
    fn ships(&self, origin: &Origin, lang: &str) -> bool {
        if origin.is_builtin() || lang == SOURCE {
            return true;
        }
        let declared = self
            .packs
            .iter()
            .find(|(o, ..)| *o == origin)
            .and_then(|(_, _, d)| d.as_ref());
        match declared {
            Some(d) => d.iter().any(|x| x.eq_ignore_ascii_case(lang)),
            // Every file the pack has, not only the first of each name.
            None => self.has_files.get(origin).is_some_and(|f| f.contains(lang)),
        }
    }

    /// One warning per pack and language it does not ship (W068), at its `data/pack.ron`
    /// (or its folder), instead of one per message.
    fn unclaimed(&self, langs: &[String]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (origin, info, _) in &self.packs {
            let Origin::Pack { name, dir } = origin else {
                continue;
            };
            for lang in langs.iter().filter(|l| l.as_str() != SOURCE) {
                if self.ships(origin, lang) {
                    continue;
                }
                let (file, pos) = match info {
                    Some(f) => (f.display.clone(), Pos { line: 1, col: 1 }),
                    None => (dir.display().to_string(), Pos::default()),
                };
                out.push(
                    Diagnostic::warning("W068", &file, pos)
                        .arg("pack", name.as_str())
                        .arg("lang", lang.as_str())
                        .arg("packs", scenarios_flag(origin)),
                );
            }
        }
        out
    }
}

fn needed_pos(scn: &Scenario, site: &Site, id: &str) -> Pos {
    let idx = site.idx.get_or_init(|| RonIndex::new(site.text));
    let positions = &site.positions;
    let one = ONE;
    let prefix = format!("{}-", scn.id);
    let Some(rest) = id.strip_prefix(&prefix) else {
        return idx
            .find_value(
                id.trim_start_matches("channel-")
                    .trim_start_matches("pool-"),
            )
            .unwrap_or(one);
    };
    if let Some(person) = rest.strip_prefix("cast-") {
        return idx.find("cast", person).unwrap_or(one);
    }
    if let Some(pos) = positions.get_or_init(|| needed_positions(scn, idx)).get(id) {
        return *pos;
    }
    idx.find("id", &scn.id).unwrap_or(one)
}

#[cfg(test)]
mod var_pos_tests {
    use super::*;

    #[test]
    fn a_variable_is_found_where_it_is_used() {
        let text = "a = x\nb = Zahle { $amount } an\n    { $rate }\nc = y\n";
        let b = Pos { line: 2, col: 1 };
        assert_eq!(var_pos(text, b, "amount"), Some(Pos { line: 2, col: 13 }));
        assert_eq!(var_pos(text, b, "rate"), Some(Pos { line: 3, col: 7 }));
        assert_eq!(var_pos(text, b, "amoun"), None, "whole names only");
        assert_eq!(var_pos(text, b, "y"), None, "not in the next message");
        assert_eq!(value_pos(text, b), Some(Pos { line: 2, col: 5 }));
    }
}
