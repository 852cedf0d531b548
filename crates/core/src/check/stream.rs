//! `check` of packs one scenario at a time: a library of a thousand scenarios in four
//! languages is 100 MB of text, more than an old laptop should hold at once.
//!
//! A pack's scenario and the translations named like it (`scenarios/x.ron`,
//! `locales/<lang>/x.ftl`) form a group that is read, checked and dropped; the groups are
//! spread over the cores. Everything else (the built-in content, the pack's `data/` and its
//! other locale files) is read once and is the base each group is checked on.
//!
//! The findings are the same as checking the whole content at once, as long as no group
//! needs another: a message defined in two files, a message one group looks for that
//! another defines, a Fluent term in a group's file, a group file named like a base file.
//! Each of these is noticed (see [`Locales`]), and the content is then checked whole
//! instead, so speed costs no finding.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::contacts::Declared;
use super::{
    LangIndex, LangPass, Locales, PackLanguages, Report, Site, cues, finish, folder_prefix,
    interface_and_scenarios, link_typos, sites, stale_check,
};
use crate::content::{self, ContentFile, Kind, PackListing};
use crate::diag::Diagnostic;
use crate::i18n::{Catalog, SOURCE};
use crate::library::{Library, read_scenario};
use crate::scenario::validate::Known;

/// A pack's scenario and its translations.
struct Group<'p> {
    pack: usize,
    stem: &'p str,
    files: Vec<(&'p str, &'p Path)>,
}

/// How many groups are read and checked together: the files of a few scenarios are a
/// small part of memory, and the localizers are made once for them all.
const BATCH: usize = 2;

/// What checking a group found.
#[derive(Default)]
struct Found {
    diags: Vec<Diagnostic>,
    /// Files that could not be read: what the author asked about even when not named.
    unread: Vec<String>,
    cues: Vec<(usize, u8, String, cues::ScenarioCues)>,
    /// The group needs another, or the base: the content is checked whole.
    entangled: bool,
}

/// What every group is checked on.
struct Base<'b> {
    lib: &'b Library,
    locs: &'b Locales<'b>,
    langs: &'b [String],
    claims: &'b PackLanguages<'b>,
    declared: &'b Declared<'b>,
    locks: &'b super::Locks,
    known: Known<'b>,
    texts: &'b HashMap<&'b str, &'b str>,
    listings: &'b [PackListing],
    owners: &'b Owners<'b>,
}

/// Which group a message id belongs to by its name: the group whose name is the longest
/// that the id starts with (`gen-04-m2` is `gen-04`'s), and the batch it is read in.
struct Owners<'p>(
    foldhash::HashMap<&'p str, usize>,
    /// The names another group's name starts with (`a` for `a-b`).
    foldhash::HashSet<&'p str>,
);

impl<'p> Owners<'p> {
    fn new(names: impl Iterator<Item = (&'p str, usize)>) -> Owners<'p> {
        let map: foldhash::HashMap<&'p str, usize> = names.collect();
        let extended = map
            .keys()
            .flat_map(|k| Self::of(k))
            .filter_map(|p| map.get_key_value(p).map(|(k, _)| *k))
            .collect();
        Owners(map, extended)
    }

    /// Whether `stem` is a group's name that no other group's name extends (`a` and
    /// `a-b`): then every message named `stem-…` is its own.
    fn sole(&self, stem: &str) -> bool {
        !self.1.contains(stem) && self.0.contains_key(stem)
    }

    /// Whether message `id` belongs to the group `stem`, as [`Owners::owner`] says; in one
    /// comparison when `sole` (see [`Owners::sole`]).
    fn owns(&self, stem: &str, sole: bool, id: &str) -> bool {
        let prefixed =
            id.len() > stem.len() && id.starts_with(stem) && id.as_bytes()[stem.len()] == b'-';
        if prefixed && sole {
            return true;
        }
        self.owner(id).is_some_and(|(s, _)| s == stem)
    }

    fn of(id: &str) -> impl Iterator<Item = &str> {
        id.match_indices('-').map(|(i, _)| &id[..i]).rev()
    }

    /// The group (its name and batch) message `id` belongs to, if any.
    fn owner(&self, id: &str) -> Option<(&'p str, usize)> {
        Self::of(id).find_map(|p| self.0.get_key_value(p).map(|(k, b)| (*k, *b)))
    }
}

/// The language of a locale file's layout path (`locales/de/x.ftl`).
fn lang_of(rel: &str) -> Option<&str> {
    matches!(content::classify(rel)?, Kind::Locale { .. })
        .then(|| rel.split('/').nth(1))
        .flatten()
}

/// Checks the built-in content with the packs, `paths` being pack folders, group by group.
/// `None` when this way does not apply (a file is named, a folder is the source tree or
/// holds no scenario, playtests) or the groups turn out to need each other: then the
/// caller checks the content whole.
pub(super) fn check(paths: &[PathBuf], packs: &[PathBuf]) -> Option<Report> {
    let tree = super::source_tree();
    if paths
        .iter()
        .any(|p| !p.is_dir() || p.canonicalize().ok() == tree)
    {
        return None;
    }
    // Each pack once, in the order a whole check loads them: `--scenarios` first.
    let mut seen = BTreeSet::new();
    let roots: Vec<&PathBuf> = packs
        .iter()
        .chain(paths)
        .filter(|r| seen.insert(r.canonicalize().unwrap_or_else(|_| r.to_path_buf())))
        .collect();
    if roots.is_empty() {
        return None;
    }
    let listings: Vec<PackListing> = roots.iter().map(|r| PackListing::of(r)).collect();

    // Split each pack into its groups and the rest.
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut base_files = content::builtin_files();
    let mut groups: Vec<Group> = Vec::new();
    for (k, l) in listings.iter().enumerate() {
        diags.extend(l.diags.iter().cloned());
        let stems: BTreeSet<&str> = l
            .paths
            .iter()
            .filter(|(rel, _)| content::classify(rel) == Some(Kind::Scenario))
            .map(|(rel, _)| content::stem_of(rel))
            .collect();
        if stems.is_empty() {
            return None;
        }
        let first = groups.len();
        let index: HashMap<&str, usize> = stems.iter().enumerate().map(|(i, s)| (*s, i)).collect();
        groups.extend(stems.iter().map(|stem| Group {
            pack: k,
            stem,
            files: Vec::new(),
        }));
        for (rel, path) in &l.paths {
            let stem = match content::classify(rel) {
                Some(Kind::Scenario | Kind::Locale { .. }) => index.get(content::stem_of(rel)),
                _ => None,
            };
            match stem {
                Some(&k) => {
                    let at = first + k;
                    groups[at].files.push((rel.as_str(), path.as_path()));
                }
                None => match l.read(rel, path) {
                    Ok(f) => base_files.push(f),
                    Err(d) => diags.push(d),
                },
            }
        }
    }
    // A group's name must be its own: no base file and no other group is named like it.
    let mut names: BTreeSet<&str> = base_files
        .iter()
        .filter(|f| matches!(f.kind, Kind::Locale { .. } | Kind::Scenario))
        .map(ContentFile::stem)
        .collect();
    if !groups.iter().all(|g| names.insert(g.stem)) {
        return None;
    }
    // Consecutive groups of one pack, checked together.
    let batches: Vec<&[Group]> = groups
        .chunk_by(|a, b| a.pack == b.pack)
        .flat_map(|run| run.chunks(BATCH))
        .collect();
    let owners = Owners::new(
        batches
            .iter()
            .enumerate()
            .flat_map(|(b, batch)| batch.iter().map(move |g| (g.stem, b))),
    );
    let lib = Library::from_files(base_files, Vec::new());
    let langs = lib.catalog.langs();
    // A language only a group has would change which languages the base is checked in.
    let group_langs: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| g.files.iter())
        .filter_map(|(rel, _)| lang_of(rel))
        .collect();
    if group_langs.iter().any(|l| !langs.iter().any(|x| x == l)) {
        return None;
    }

    // The base, checked once.
    diags.extend(lib.diagnostics.iter().cloned());
    let locs = Locales::read(lib.catalog.files(), None, true, None, &mut diags);
    let mut scenario_names: BTreeSet<String> = lib
        .files
        .iter()
        .filter(|f| f.kind == Kind::Scenario)
        .map(|f| f.stem().to_string())
        .collect();
    scenario_names.extend(groups.iter().map(|g| g.stem.to_string()));
    let mut claims = PackLanguages::of(&lib);
    for g in &groups {
        let origin = &listings[g.pack].origin;
        claims.note(origin, None);
        for lang in g.files.iter().filter_map(|(rel, _)| lang_of(rel)) {
            claims.note(origin, Some(lang));
        }
    }
    let base_sites = sites(&lib, lib.scenarios.iter());
    interface_and_scenarios(
        &lib,
        &locs,
        &langs,
        &scenario_names,
        &claims,
        &base_sites,
        &mut diags,
    );
    let locks = super::locks(&lib);
    stale_check(&locks, &locs, &mut diags);
    let texts = super::texts(&lib);
    crate::translate::skeleton::locate_placeholders(&|f| texts.get(f).copied(), &mut diags);
    let (declared, d) = Declared::of(&lib);
    diags.extend(d);
    for f in &lib.files {
        declared.scan(f, &mut diags);
    }
    let mut measured = cues::measure_each(&lib);
    // A message the base looked for and did not find may be a group's.
    let base_missed = locs
        .missed
        .as_ref()
        .and_then(|m| m.lock().ok().map(|m| m.clone()))
        .unwrap_or_default();
    if base_missed.iter().any(|id| owners.owner(id).is_some()) {
        return None;
    }

    // The groups, on every core.
    let (flags, channels) = (
        lib.flag_ids(),
        lib.channels()
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>(),
    );
    let base = Base {
        lib: &lib,
        locs: &locs,
        langs: &langs,
        claims: &claims,
        declared: &declared,
        locks: &locks,
        known: Known {
            flags: &flags,
            channels: &channels,
        },
        texts: &texts,
        listings: &listings,
        owners: &owners,
    };
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(batches.len())
        .max(1);
    let mut found: Vec<(usize, Found)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(batch) = batches.get(i) else { break };
                        let f = check_batch(i, batch, &base);
                        // A group that needs another ends the grouped check.
                        let stop = f.entangled;
                        mine.push((i, f));
                        if stop {
                            next.store(batches.len(), Ordering::Relaxed);
                            break;
                        }
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    if found.len() < batches.len() || found.iter().any(|(_, f)| f.entangled) {
        return None;
    }
    found.sort_by_key(|(i, _)| *i);

    let mut unread: Vec<String> = diags.iter().map(|d| d.file.clone()).collect();
    let mut group_cues = Vec::new();
    for (_, f) in found {
        diags.extend(f.diags);
        unread.extend(f.unread);
        for (pack, difficulty, id, c) in f.cues {
            group_cues.push(((pack, difficulty, id), c));
        }
    }
    // Listed as a whole library lists them: by pack, then easiest first.
    group_cues.sort_by(|a, b| a.0.cmp(&b.0));
    measured.extend(
        group_cues
            .into_iter()
            .map(|((pack, ..), c)| (&listings[pack].origin, c)),
    );
    let cue_sets = cues::group(measured);
    diags.extend(cues::diagnostics(&cue_sets));
    link_typos(&mut diags);
    // What the author asked about, as a whole check says it: the named folders, and every
    // file that could not be read.
    let only = (!paths.is_empty()).then(|| {
        unread
            .into_iter()
            .chain(paths.iter().map(|p| folder_prefix(p)))
            .collect()
    });
    Some(Report {
        diagnostics: finish(diags, only.as_ref()),
        coverage: Vec::new(),
        cues: cue_sets,
        grouped: true,
    })
}

/// Reads and checks a few groups on the base. Among themselves they are checked as a
/// whole check would: their files in the order it reads them.
fn check_batch(at: usize, batch: &[Group], base: &Base) -> Found {
    let mut found = Found::default();
    let mut paths: Vec<(usize, &str, &Path)> = batch
        .iter()
        .flat_map(|g| g.files.iter().map(|(rel, path)| (g.pack, *rel, *path)))
        .collect();
    paths.sort_by(|a, b| a.1.cmp(b.1));
    // The scenarios apart; each language's translations go into a catalog of their own,
    // after the base's files, and are read from there, not copied. (A localizer checks
    // its own language; the English it falls back to is never asked for a scenario's
    // message there, so it needs only the base's.)
    let mut rons: Vec<ContentFile> = Vec::new();
    let mut by_lang: std::collections::BTreeMap<String, Vec<ContentFile>> = Default::default();
    for (pack, rel, path) in paths {
        match base.listings[pack].read(rel, path) {
            Ok(f) => match &f.kind {
                Kind::Locale { lang, .. } => by_lang.entry(lang.clone()).or_default().push(f),
                _ => rons.push(f),
            },
            Err(d) => {
                found.unread.push(d.file.clone());
                found.diags.push(d);
            }
        }
    }
    let mut loaded = Vec::new();
    for (g, f) in batch.iter().filter_map(|g| {
        let ron = format!("scenarios/{}.ron", g.stem);
        Some((g, rons.iter().find(|f| f.rel == ron)?))
    }) {
        let (s, d) = read_scenario(f, &base.known);
        found.diags.extend(d);
        // (A scenario whose id is not its file's name does not load: E021. So a loaded
        // scenario's messages are named after its group.)
        if let Some(s) = s {
            loaded.push((g.pack, s, f.text.as_ref()));
        }
    }
    // Each locale file is parsed once, for both its index and its bundle.
    let parsed: HashMap<String, crate::i18n::Parsed> = by_lang
        .values()
        .flatten()
        .filter_map(|f| Some((f.display.clone(), crate::i18n::parse_file(&f.text)?)))
        .collect();
    // A language's catalog holds what its localizer reads: the base's files of that
    // language and of English (its fallback), then the batch's; `first` is where the
    // batch's start.
    let catalogs: std::collections::BTreeMap<String, (Catalog, usize)> = by_lang
        .into_iter()
        .map(|(lang, files)| {
            let own: HashMap<String, crate::i18n::Parsed> = files
                .iter()
                .filter_map(|f| Some((f.display.clone(), parsed.get(&f.display)?.clone())))
                .collect();
            let base_files: Vec<ContentFile> = base
                .lib
                .catalog
                .files()
                .iter()
                .filter(|f| {
                    matches!(&f.kind, Kind::Locale { lang: l, .. } if *l == lang || l == SOURCE)
                })
                .cloned()
                .collect();
            let first = base_files.len();
            let all = base_files.into_iter().chain(files);
            (lang, (Catalog::new(all.collect()).with_parsed(own), first))
        })
        .collect();
    // The base's catalog alone, for a language none of the batch's files is in (made only
    // then).
    let base_only = std::cell::OnceCell::new();
    let catalog_of = |lang: &str| {
        catalogs.get(lang).map(|(c, _)| c).unwrap_or_else(|| {
            base_only.get_or_init(|| Catalog::new(base.lib.catalog.files().to_vec()))
        })
    };
    // In the order a whole check reads them: by language, then by name.
    let locale_files: Vec<&ContentFile> = catalogs
        .values()
        .flat_map(|(c, first)| c.files()[*first..].iter())
        .collect();
    let files: Vec<&ContentFile> = rons.iter().chain(locale_files.iter().copied()).collect();
    let locs = Locales::read(
        locale_files.iter().copied(),
        Some(base.locs),
        true,
        Some(&parsed),
        &mut found.diags,
    );
    let batch_sites: Vec<Site> = loaded
        .iter()
        .map(|(_, s, text)| Site::new(s, text))
        .collect();
    let empty = LangIndex::new(None);
    let mut en = None;
    let mut formatted = foldhash::HashMap::default();
    for lang in base.langs {
        let (loc, bundle_diags) = catalog_of(lang).localizer(lang);
        let own: BTreeSet<&str> = locale_files
            .iter()
            .filter(|f| matches!(&f.kind, Kind::Locale { lang: l, .. } if l == lang))
            .map(|f| f.display.as_str())
            .collect();
        found.diags.extend(
            bundle_diags
                .into_iter()
                .filter(|d| d.code != "W050" && d.code != "W057" && own.contains(d.file.as_str())),
        );
        let mut pass = LangPass::new(lang, &locs, &empty, &loc, base.claims);
        if lang == SOURCE {
            pass.formatted = Some(Default::default());
        }
        for site in &batch_sites {
            pass.scenario(site, &mut found.diags);
        }
        let memo = pass.formatted.take();
        drop(pass);
        if lang == SOURCE {
            en = Some(loc);
            formatted = memo.unwrap_or_default();
        }
    }
    stale_check(base.locks, &locs, &mut found.diags);
    let own_texts: HashMap<&str, &str> = files
        .iter()
        .map(|f| (f.display.as_str(), f.text.as_ref()))
        .collect();
    crate::translate::skeleton::locate_placeholders(
        &|f| own_texts.get(f).or_else(|| base.texts.get(f)).copied(),
        &mut found.diags,
    );
    for f in &files {
        base.declared.scan(f, &mut found.diags);
    }
    let en = en.unwrap_or_else(|| catalog_of(SOURCE).localizer(SOURCE).0);
    for (pack, s, _) in &loaded {
        let en_file = locale_files
            .iter()
            .find(|f| matches!(&f.kind, Kind::Locale { lang, name } if lang == SOURCE && *name == s.head.id))
            .copied();
        let c = cues::measure_one(&en, s, en_file, &|id| formatted.get(id).cloned());
        found
            .cues
            .push((*pack, s.head.difficulty as u8, s.head.id.clone(), c));
    }
    // Whether this batch needs another after all: a message its files define that is not
    // theirs by name (another batch may define it too), or one it looked for and did not
    // find that is another batch's by name. (Each file's group name, and whether no other
    // group's name extends it, are worked out once per file.)
    let file_owners: Vec<(&ContentFile, &str, bool)> = locale_files
        .iter()
        .map(|f| (*f, f.stem(), base.owners.sole(f.stem())))
        .collect();
    let foreign = locs
        .index
        .values()
        .flat_map(|li| li.msgs.values())
        .any(|(f, m)| {
            let (stem, sole) = file_owners
                .iter()
                .find(|(p, ..)| std::ptr::eq(*p, *f))
                .map(|(_, stem, sole)| (*stem, *sole))
                .unwrap_or_else(|| (f.stem(), false));
            !base.owners.owns(stem, sole, &m.id)
        });
    let missed = locs
        .missed
        .as_ref()
        .and_then(|m| m.lock().ok().map(|m| m.clone()))
        .unwrap_or_default();
    let needs_other = missed
        .iter()
        .any(|id| base.owners.owner(id).is_some_and(|(_, b)| b != at));
    found.entangled |= locs.clash || foreign || needs_other;
    found
}

#[cfg(test)]
mod tests {
    use super::Owners;

    #[test]
    fn a_message_belongs_to_the_longest_group_name_it_starts_with() {
        let owners = Owners::new([("a", 0), ("a-b", 1), ("c-d", 2)].into_iter());
        for (stem, id) in [
            ("a", "a-x"),
            ("a", "a-b"),
            ("a-b", "a-b-x"),
            ("a", "a-b-x"),
            ("c-d", "c-d-e"),
            ("c", "c-d-e"),
            ("a", "ab-x"),
            ("zz", "zz-x"),
        ] {
            let by_owner = owners.owner(id).is_some_and(|(s, _)| s == stem);
            assert_eq!(
                owners.owns(stem, owners.sole(stem), id),
                by_owner,
                "{stem} {id}"
            );
        }
        assert!(owners.sole("c-d") && !owners.sole("a") && !owners.sole("zz"));
    }
}
