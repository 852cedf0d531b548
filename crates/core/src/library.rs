//! All content in one place: the built-in files plus packs, parsed and checked.
//! Broken scenarios are left out with a diagnostic; everything else still loads.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::content::{self, ContentFile, Kind, Origin};
use crate::diag::{Diagnostic, Pos};
use crate::engine::{VarValue, sample_vars};
use crate::i18n::{ArgValue, Args, Catalog, Localizer};
use crate::scenario::data::{ChannelDef, FlagDef};
use crate::scenario::ids;
use crate::scenario::load::parse_ron;
use crate::scenario::model::{Head, Scenario};
use crate::scenario::ron_index::RonIndex;
use crate::scenario::validate::{Known, validate};

/// A scenario that loaded and passed validation.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    /// What lists show and what its title needs.
    pub head: Head,
    story: Story,
    pub origin: Origin,
    /// Its file, as named in diagnostics.
    pub file: String,
}

#[derive(Debug, Clone)]
enum Story {
    Read(Arc<Scenario>),
    /// A built-in scenario parsed and checked at build time: read when first needed, so
    /// the start screen reads none.
    Later {
        json: &'static str,
        read: OnceLock<Arc<Scenario>>,
    },
}

impl LoadedScenario {
    pub fn new(scenario: Arc<Scenario>, origin: Origin, file: String) -> LoadedScenario {
        LoadedScenario {
            head: scenario.head(),
            story: Story::Read(scenario),
            origin,
            file,
        }
    }

    /// The whole scenario.
    pub fn scenario(&self) -> &Arc<Scenario> {
        match &self.story {
            Story::Read(s) => s,
            Story::Later { json, read } => read.get_or_init(|| {
                // `build.rs` wrote this JSON from this same type, from the same text, and
                // a test reads every one back: it cannot fail to read.
                Arc::new(serde_json::from_str(json).expect("a built-in scenario's JSON reads"))
            }),
        }
    }
}

pub struct Library {
    /// Playable scenarios, in the order they are listed.
    pub scenarios: Vec<LoadedScenario>,
    /// The taxonomy and the channels: read when first needed if the build found the files
    /// clean (see [`Library::flags`]).
    defs: OnceLock<Defs>,
    pub catalog: Catalog,
    /// Every content file read, for `check`.
    pub files: Vec<ContentFile>,
    /// What went wrong while loading: broken files and skipped scenarios.
    pub diagnostics: Vec<Diagnostic>,
}

impl Library {
    /// Loads the built-in content and the given packs, in order.
    pub fn load(packs: &[PathBuf]) -> Library {
        let mut files = content::builtin_files();
        let mut diags = Vec::new();
        for dir in packs {
            let (f, d) = content::pack_files(dir);
            files.extend(f);
            diags.extend(d);
        }
        Library::from_files(files, diags)
    }

    /// Builds a library from files already read.
    pub fn from_files(files: Vec<ContentFile>, mut diags: Vec<Diagnostic>) -> Library {
        // Built-in files the build found clean are not checked again: their definitions
        // are read when first needed, and the quiz is not checked. Anything else is read
        // and checked now, with its problems reported.
        let settled =
            |f: &ContentFile| f.origin.is_builtin() && content::clean_at_build(&f.rel, &f.text);
        let of_kind = |kind: Kind| files.iter().filter(move |f| f.kind == kind);
        let defs_settled = of_kind(Kind::Flags)
            .chain(of_kind(Kind::Channels))
            .all(settled);
        let quiz_files: Vec<&ContentFile> = of_kind(Kind::Quiz).filter(|f| !settled(f)).collect();
        let scenario_files: Vec<&ContentFile> =
            files.iter().filter(|f| f.kind == Kind::Scenario).collect();
        // A scenario checked at build time was checked against the built-in flags and
        // channels: that holds while those are the built-in files themselves.
        let trust_build = defs_settled;
        let scenario_files: Vec<(&ContentFile, Option<content::PreChecked>)> = scenario_files
            .into_iter()
            .map(|f| (f, pre_checked(f).filter(|_| trust_build)))
            .collect();
        let all_pre_checked = scenario_files.iter().all(|(_, pre)| pre.is_some());
        let defs = if defs_settled && quiz_files.is_empty() && all_pre_checked {
            OnceLock::new()
        } else {
            OnceLock::from(read_defs(&files, &mut diags))
        };
        let (flag_ids, channel_ids) = match defs.get() {
            Some(d) => (
                d.flags.iter().map(|f| f.id.clone()).collect(),
                d.channels.iter().map(|c| c.id.clone()).collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        diags.extend(crate::quiz::validate(&quiz_files, &flag_ids, &channel_ids));
        let known = Known {
            flags: &flag_ids,
            channels: &channel_ids,
        };

        let mut scenarios: Vec<LoadedScenario> = Vec::new();
        // Parsing and validating are independent per file: spread them over the cores, so
        // the start screen waits as little as possible.
        let checked = parse_all(&scenario_files, &known);
        for ((f, _), result) in scenario_files.iter().zip(checked) {
            let (head, story, problems) = match result {
                Ok(x) => x,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            let broken = problems.iter().any(Diagnostic::is_error);
            diags.extend(problems);
            if broken {
                continue;
            }
            if let Some(prev) = scenarios.iter().find(|s| s.head.id == head.id) {
                let pos = RonIndex::new(&f.text)
                    .find("id", &head.id)
                    .unwrap_or(Pos { line: 1, col: 1 });
                diags.push(
                    Diagnostic::error("E053", &f.display, pos)
                        .arg("name", head.id.as_str())
                        .arg("other", prev.file.as_str()),
                );
                continue;
            }
            scenarios.push(LoadedScenario {
                head,
                story,
                origin: f.origin.clone(),
                file: f.display.clone(),
            });
        }
        // Built-in first, then packs in the order given; within each, easiest first.
        let rank: HashMap<Origin, usize> = {
            let mut r = HashMap::new();
            for f in &files {
                let n = r.len();
                r.entry(f.origin.clone()).or_insert(n);
            }
            r
        };
        scenarios.sort_by(|a, b| {
            let key = |s: &LoadedScenario| {
                (
                    rank.get(&s.origin).copied().unwrap_or(usize::MAX),
                    s.head.difficulty as u8,
                    s.head.id.clone(),
                )
            };
            key(a).cmp(&key(b))
        });

        let catalog = Catalog::new(
            files
                .iter()
                .filter(|f| matches!(f.kind, Kind::Locale { .. }))
                .cloned()
                .collect(),
        );
        Library {
            scenarios,
            defs,
            catalog,
            files,
            diagnostics: diags,
        }
    }

    /// A scenario by id, or by an id it had before (an alias).
    pub fn find(&self, id: &str) -> Option<&LoadedScenario> {
        self.scenarios.iter().find(|s| s.head.id == id).or_else(|| {
            self.scenarios
                .iter()
                .find(|s| s.head.aliases.iter().any(|a| a == id))
        })
    }

    /// The current id of a scenario named by its id or an old one; other names as given.
    pub fn current_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.find(id).map_or(id, |s| s.head.id.as_str())
    }

    /// The red-flag taxonomy, in order.
    pub fn flags(&self) -> &[FlagDef] {
        &self.defs().flags
    }

    /// The red flags' ids, in order.
    pub fn flag_ids(&self) -> Vec<String> {
        self.flags().iter().map(|f| f.id.clone()).collect()
    }

    /// The channels, in order.
    pub fn channels(&self) -> &[ChannelDef] {
        &self.defs().channels
    }

    /// The definitions, read now if the build found their files clean (nothing to report).
    fn defs(&self) -> &Defs {
        self.defs
            .get_or_init(|| read_defs(&self.files, &mut Vec::new()))
    }

    pub fn flag(&self, id: &str) -> Option<&FlagDef> {
        self.flags().iter().find(|f| f.id == id)
    }

    pub fn channel(&self, id: &str) -> Option<&ChannelDef> {
        self.channels().iter().find(|c| c.id == id)
    }

    /// The ids of scenario files, which are not part of the interface.
    fn scenario_file_names(&self) -> BTreeSet<String> {
        self.files
            .iter()
            .filter(|f| f.kind == Kind::Scenario)
            .map(|f| f.stem().to_string())
            .collect()
    }

    /// The messages the interface and taxonomy need: every message of the English files
    /// that are not a scenario's, with the variables each one uses.
    pub fn interface_messages(&self) -> BTreeMap<String, Vec<String>> {
        let scenario_files = self.scenario_file_names();
        let mut out = BTreeMap::new();
        for f in self.catalog.files_of(crate::i18n::SOURCE) {
            let Kind::Locale { name, .. } = &f.kind else {
                continue;
            };
            if scenario_files.contains(name) {
                continue;
            }
            for (id, vars) in crate::i18n::ftl::messages_with_vars(&f.text) {
                out.insert(id, vars);
            }
        }
        out
    }

    /// The languages in which a scenario is complete: every message it, the interface and
    /// the taxonomy need is present in that locale itself and formats without error.
    pub fn complete_locales(&self, scn: &Scenario) -> Vec<String> {
        let ui = self.interface_messages();
        self.catalog
            .langs()
            .into_iter()
            .filter(|lang| {
                let (loc, _) = self.catalog.localizer(lang);
                loc.lang() == lang && self.is_complete(&loc, scn, &ui)
            })
            .collect()
    }

    fn is_complete(
        &self,
        loc: &Localizer,
        scn: &Scenario,
        ui: &BTreeMap<String, Vec<String>>,
    ) -> bool {
        let ui_ok = ui.iter().all(|(id, vars)| {
            let args: Args = vars
                .iter()
                .map(|v| (v.clone(), ArgValue::Num(3.0)))
                .collect();
            loc.fmt_strict(id, &args).is_ok()
        });
        if !ui_ok {
            return false;
        }
        let flags_ok = self.flags().iter().all(|f| {
            [
                ids::flag(&f.id),
                ids::flag_why(&f.id),
                ids::flag_instead(&f.id),
                ids::flag_sources(&f.id),
            ]
            .iter()
            .all(|id| loc.fmt_strict(id, &Args::new()).is_ok())
        });
        if !flags_ok {
            return false;
        }
        let args = scenario_args_strict(loc, scn, &sample_vars(&scn.vars, 0));
        let Some(args) = args else { return false };
        ids::scenario_messages(scn)
            .iter()
            .chain(ids::shared_messages(scn).iter())
            .all(|id| loc.fmt_strict(id, &args).is_ok())
    }
}

type Checked = Result<(Head, Story, Vec<Diagnostic>), Diagnostic>;

/// Parses and validates one scenario file as a library would load it: the scenario if it
/// has no error, and what is wrong with it.
pub fn read_scenario(f: &ContentFile, known: &Known) -> (Option<LoadedScenario>, Vec<Diagnostic>) {
    let scn = match parse_ron::<Scenario>(&f.display, &f.text) {
        Ok(s) => s,
        Err(d) => return (None, vec![d]),
    };
    let problems = validate(&scn, &f.display, &f.text, known);
    if problems.iter().any(Diagnostic::is_error) {
        return (None, problems);
    }
    let loaded = LoadedScenario::new(Arc::new(scn), f.origin.clone(), f.display.clone());
    (Some(loaded), problems)
}

/// Parses and validates scenario files, in order, on up to as many threads as there are
/// cores. A file that comes with what the build made of it is not parsed now: its head
/// comes from the build, its story when played.
fn parse_all(files: &[(&ContentFile, Option<content::PreChecked>)], known: &Known) -> Vec<Checked> {
    let one = |&(f, pre): &(&ContentFile, Option<content::PreChecked>)| -> Checked {
        if let Some(c) = pre {
            let (json, read) = (c.story, OnceLock::new());
            return Ok(((c.head)(), Story::Later { json, read }, Vec::new()));
        }
        let scn = parse_ron::<Scenario>(&f.display, &f.text)?;
        let problems = validate(&scn, &f.display, &f.text, known);
        Ok((scn.head(), Story::Read(Arc::new(scn)), problems))
    };
    // Threads pay off only for many files to parse.
    let to_parse = files.iter().filter(|(_, pre)| pre.is_none()).count();
    let threads = if to_parse < 8 {
        1
    } else {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(files.len())
    };
    if threads <= 1 {
        return files.iter().map(one).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let h = s.spawn(move || part.iter().map(one).collect::<Vec<_>>());
                (part, h)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(part, h)| match h.join() {
                Ok(v) => v,
                // A panic in a parser thread would be a bug in a crate; the files it held are
                // reported as unreadable rather than lost or crashing the game.
                Err(_) => part
                    .iter()
                    .map(|(f, _)| {
                        Err(
                            Diagnostic::error("E010", &f.display, Pos { line: 1, col: 1 })
                                .arg("reason", "internal parser failure"),
                        )
                    })
                    .collect(),
            })
            .collect()
    })
}

/// A built-in scenario as the build left it, if the build parsed and checked it and found
/// it clean (see `build.rs`).
fn pre_checked(f: &ContentFile) -> Option<content::PreChecked> {
    f.origin
        .is_builtin()
        .then(|| content::pre_checked(&f.rel, &f.text))
        .flatten()
}

/// The flags and channels of every definitions file, merged in order; problems go to
/// `diags`.
/// The flags and channels, as merged from every definitions file.
#[derive(Debug, Default)]
struct Defs {
    flags: Vec<FlagDef>,
    channels: Vec<ChannelDef>,
}

fn read_defs(files: &[ContentFile], diags: &mut Vec<Diagnostic>) -> Defs {
    let mut flags: Vec<FlagDef> = Vec::new();
    let mut channels: Vec<ChannelDef> = Vec::new();
    for f in files {
        match f.kind {
            Kind::Flags => match parse_ron::<Vec<FlagDef>>(&f.display, &f.text) {
                Ok(list) => merge_defs(f, list, &mut flags, |d| &d.id, diags),
                Err(d) => diags.push(d),
            },
            Kind::Channels => match parse_ron::<Vec<ChannelDef>>(&f.display, &f.text) {
                Ok(list) => merge_defs(f, list, &mut channels, |d| &d.id, diags),
                Err(d) => diags.push(d),
            },
            _ => {}
        }
    }
    Defs { flags, channels }
}

fn merge_defs<T>(
    f: &ContentFile,
    list: Vec<T>,
    into: &mut Vec<T>,
    id: impl Fn(&T) -> &String,
    diags: &mut Vec<Diagnostic>,
) {
    let idx = RonIndex::new(&f.text);
    for def in list {
        let name = id(&def).clone();
        let pos = idx.find("id", &name).unwrap_or(Pos { line: 1, col: 1 });
        if !ids::is_valid_id(&name) {
            diags.push(Diagnostic::error("E020", &f.display, pos).arg("name", name.as_str()));
            continue;
        }
        if into.iter().any(|d| id(d) == &name) {
            let code = if f.origin.is_builtin() {
                "E024"
            } else {
                "W052"
            };
            let d = if f.origin.is_builtin() {
                Diagnostic::error(code, &f.display, pos)
            } else {
                Diagnostic::warning(code, &f.display, pos)
            };
            diags.push(d.arg("name", name.as_str()));
            continue;
        }
        into.push(def);
    }
}

/// The Fluent arguments for a scenario's messages in one language: drawn variables, with
/// pooled names looked up in that language's pools.
pub fn scenario_args(loc: &Localizer, vars: &BTreeMap<String, VarValue>) -> Args {
    vars.iter()
        .map(|(name, v)| {
            let value = match v {
                VarValue::Pooled { pool, index } => {
                    ArgValue::Str(pick_from_pool(&loc.text(&ids::pool(pool)), *index))
                }
                VarValue::Number(n) => ArgValue::Num(*n as f64),
                VarValue::Keyword(k) => ArgValue::Str(k.clone()),
            };
            (name.clone(), value)
        })
        .collect()
}

/// Like [`scenario_args`], but only from the head language; `None` if a pool is missing.
fn scenario_args_strict(
    loc: &Localizer,
    _scn: &Scenario,
    vars: &BTreeMap<String, VarValue>,
) -> Option<Args> {
    vars.iter()
        .map(|(name, v)| {
            let value = match v {
                VarValue::Pooled { pool, index } => {
                    let text = loc.fmt_strict(&ids::pool(pool), &Args::new()).ok()?;
                    ArgValue::Str(pick_from_pool(&text, *index))
                }
                VarValue::Number(n) => ArgValue::Num(*n as f64),
                VarValue::Keyword(k) => ArgValue::Str(k.clone()),
            };
            Some((name.clone(), value))
        })
        .collect()
}

/// Entry `index` (modulo the pool's length) of a pool: one entry a line.
pub fn pick_from_pool(pool: &str, index: u32) -> String {
    let entries: Vec<&str> = pool
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if entries.is_empty() {
        return String::new();
    }
    entries[index as usize % entries.len()].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_scenarios_checked_at_build_time_equal_their_ron_and_are_clean() {
        let files = content::builtin_files();
        let lib = Library::from_files(files.clone(), Vec::new());
        let flags: Vec<String> = lib.flag_ids();
        let channels: Vec<String> = lib.channels().iter().map(|c| c.id.clone()).collect();
        let known = Known {
            flags: &flags,
            channels: &channels,
        };
        let mut n = 0;
        for f in files.iter().filter(|f| f.kind == Kind::Scenario) {
            let checked = content::pre_checked(&f.rel, &f.text)
                .expect("every built-in scenario parses and is clean");
            let fast: Scenario = serde_json::from_str(checked.story).unwrap();
            let slow: Scenario = parse_ron(&f.display, &f.text).unwrap();
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{}", f.rel);
            let head = (checked.head)();
            assert_eq!(
                format!("{head:?}"),
                format!("{:?}", slow.head()),
                "{}",
                f.rel
            );
            // What the library hands out, read when asked, is the same scenario.
            let loaded = lib.find(&slow.id).unwrap();
            assert_eq!(format!("{:?}", loaded.scenario()), format!("{slow:?}"));
            // What the build found, the program finds too.
            assert!(validate(&slow, &f.display, &f.text, &known).is_empty());
            n += 1;
        }
        assert!(n >= 15);
        // A file that differs from the built-in text is parsed from its own text, and an
        // equal copy read from disk is recognised.
        let rel = "scenarios/subcontract-anydesk.ron";
        assert!(content::pre_checked(rel, "changed").is_none());
        let copy = content::builtin_text(rel).unwrap().to_string();
        assert!(content::pre_checked(rel, &copy).is_some());
    }

    #[test]
    fn built_in_data_is_read_when_needed_and_checked_when_changed() {
        // Untouched: nothing to report, and the definitions are there when asked for.
        let lib = Library::from_files(content::builtin_files(), Vec::new());
        assert!(lib.diagnostics.is_empty(), "{:?}", lib.diagnostics);
        assert!(lib.flags().len() >= 15);
        assert!(lib.channel("telegram").is_some());
        // Changed in place of the built-in files: read and checked at once, and reported.
        let mut files = content::builtin_files();
        for f in files.iter_mut() {
            if f.rel == "data/quiz.ron" {
                f.text = f
                    .text
                    .replacen("channel: \"upwork\"", "channel: \"upwrk\"", 1)
                    .into();
            }
            if f.rel == "data/redflags.ron" {
                f.text = f
                    .text
                    .replacen("(id: \"off-platform\"", "(id: \"Off Platform\"", 1)
                    .into();
            }
        }
        let lib = Library::from_files(files, Vec::new());
        let codes: Vec<&str> = lib.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"E023"), "{codes:?}");
        assert!(codes.contains(&"E020"), "{codes:?}");
        assert!(lib.flag("Off Platform").is_none() && lib.flag("account-rental").is_some());
        // The scenarios were checked at build time against the flags as they were: now
        // they are checked again, and those that name the missing flag are reported.
        assert!(codes.contains(&"E037"), "{codes:?}");
        assert!(lib.find("subcontract-anydesk").is_none());
    }

    #[test]
    fn a_built_in_scenario_with_a_problem_is_checked_at_run_time() {
        // The same built-in path with different (broken) text: not taken from the build,
        // but parsed and validated, and its problem reported.
        let mut files = content::builtin_files();
        let f = files
            .iter_mut()
            .find(|f| f.rel == "scenarios/subcontract-anydesk.ron")
            .unwrap();
        f.text = f
            .text
            .replace("goto: \"stay-reply\"", "goto: \"nowhere\"")
            .into();
        let lib = Library::from_files(files, Vec::new());
        assert!(lib.find("subcontract-anydesk").is_none());
        assert!(
            lib.diagnostics.iter().any(|d| d.is_error()),
            "{:?}",
            lib.diagnostics
        );
    }
}
