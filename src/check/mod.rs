//! `redflag check`: parses and validates scenarios, data and locales, and reports problems
//! at `file:line:col`.

pub mod render;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::content::{self, ContentFile, Kind, Origin};
use crate::diag::{self, Diagnostic, Pos};
use crate::engine::sample_vars;
use crate::i18n::{Args, SOURCE, ftl, message_pos};
use crate::library::{Library, scenario_args};
use crate::scenario::ids;
use crate::scenario::model::{Node, Scenario};
use crate::scenario::ron_index::RonIndex;

/// What to check: the built-in content with packs, or the given files and folders on top
/// of the built-in content (a checked file replaces the built-in file at its layout path).
pub fn run(paths: &[PathBuf], packs: &[PathBuf]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut extra: Vec<ContentFile> = Vec::new();
    for p in packs {
        let (f, d) = content::pack_files(p);
        extra.extend(f);
        diags.extend(d);
    }
    let mut checked: Vec<ContentFile> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let (f, d) = content::pack_files(p);
            if f.is_empty() && d.is_empty() {
                diags.push(Diagnostic::warning(
                    "W005",
                    &p.display().to_string(),
                    Pos::default(),
                ));
            }
            checked.extend(f);
            diags.extend(d);
        } else {
            match single_file(p) {
                Ok(f) => checked.push(f),
                Err(d) => diags.push(d),
            }
        }
    }
    let only: Option<BTreeSet<String>> = if paths.is_empty() {
        None
    } else {
        Some(checked.iter().map(|f| f.display.clone()).collect())
    };
    let replaced: BTreeSet<String> = checked.iter().map(|f| f.rel.clone()).collect();
    let mut files: Vec<ContentFile> = content::builtin_files()
        .into_iter()
        .filter(|f| !replaced.contains(&f.rel))
        .collect();
    // Checked files count as built-in when they replace one, so they are judged as such.
    files.extend(checked);
    files.extend(extra);
    let lib = Library::from_files(files, Vec::new());
    diags.extend(lib.diagnostics.iter().cloned());
    diags.extend(check_locales(&lib));
    let mut diags: Vec<Diagnostic> = match &only {
        None => diags,
        Some(set) => diags
            .into_iter()
            .filter(|d| set.contains(&d.file) || d.pos == Pos::default())
            .collect(),
    };
    diags.dedup();
    diag::sort(&mut diags);
    diags.dedup();
    diags
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
        text,
    })
}

/// Checks every locale against the scenarios, the taxonomy and the English interface.
fn check_locales(lib: &Library) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Syntax errors are errors here (in play, the file is skipped with a warning).
    for f in lib.catalog.files() {
        if let Err((_, errors)) = fluent_syntax::parser::parse(f.text.as_str()) {
            for e in errors {
                out.push(
                    Diagnostic::error("E055", &f.display, Pos::of_offset(&f.text, e.pos.start))
                        .arg("reason", e.kind.to_string()),
                );
            }
        }
        for (offset, c) in f.text.char_indices() {
            if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
                out.push(
                    Diagnostic::warning("W056", &f.display, Pos::of_offset(&f.text, offset))
                        .arg("char", format!("\\u{{{:x}}}", c as u32)),
                );
            }
        }
    }

    // Which file defines what, per locale.
    let langs = lib.catalog.langs();
    let mut defined: BTreeMap<(String, String), Vec<(String, &ContentFile)>> = BTreeMap::new();
    for f in lib.catalog.files() {
        if let Kind::Locale { lang, name } = &f.kind {
            let entry = defined.entry((lang.clone(), name.clone())).or_default();
            for (id, _) in ftl::messages_with_vars(&f.text) {
                entry.push((id, f));
            }
        }
    }

    // The English interface: what other locales must have.
    let scenario_names: BTreeSet<String> = lib
        .files
        .iter()
        .filter(|f| f.kind == Kind::Scenario)
        .map(|f| f.stem().to_string())
        .collect();
    let ui = lib.interface_messages();

    for lang in &langs {
        let (loc, bundle_diags) = lib.catalog.localizer(lang);
        // Overrides by packs and duplicates between built-in files.
        out.extend(bundle_diags.into_iter().filter(|d| {
            d.code != "W050" && lib.catalog.files_of(lang).any(|f| f.display == d.file)
        }));
        let own = loc.lang() == lang;
        let is_source = lang == SOURCE;
        let missing_code = if is_source { "E060" } else { "W061" };
        let format_code = if is_source { "E063" } else { "W063" };
        // Where a missing translation belongs: the file of the same name as the English
        // file that has the message (which may not exist yet).
        let target = |id: &str| -> Option<String> {
            let (en_file, _) = where_defined(lib, SOURCE, id)?;
            let Kind::Locale { name, .. } = &en_file.kind else {
                return None;
            };
            let own_file = lib
                .catalog
                .files_of(lang)
                .find(|f| matches!(&f.kind, Kind::Locale { name: n, .. } if n == name));
            Some(match own_file {
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
        };
        let one = Pos { line: 1, col: 1 };

        // Interface and taxonomy messages, against English.
        if !is_source {
            for (id, vars) in &ui {
                let args: Args = vars
                    .iter()
                    .map(|v| (v.clone(), crate::i18n::ArgValue::Num(3.0)))
                    .collect();
                if !own || !loc.has_own(id) {
                    if let Some(file) = target(id) {
                        out.push(
                            Diagnostic::warning("W061", &file, one)
                                .arg("id", id.as_str())
                                .arg("lang", lang.as_str()),
                        );
                    }
                } else if let Err(reason) = loc.fmt_strict(id, &args)
                    && let Some((f, pos)) = where_defined(lib, lang, id)
                {
                    out.push(
                        Diagnostic::warning("W063", &f.display, pos)
                            .arg("id", id.as_str())
                            .arg("reason", reason),
                    );
                }
            }
            // Interface messages English no longer has.
            for ((l, name), msgs) in &defined {
                if l != lang || scenario_names.contains(name) {
                    continue;
                }
                for (id, f) in msgs {
                    if !ui.contains_key(id) {
                        out.push(
                            Diagnostic::warning("W062", &f.display, message_pos(&f.text, id))
                                .arg("id", id.as_str()),
                        );
                    }
                }
            }
        }

        // The taxonomy.
        for flag in &lib.flags {
            for id in [
                ids::flag(&flag.id),
                ids::flag_why(&flag.id),
                ids::flag_instead(&flag.id),
                ids::flag_sources(&flag.id),
            ] {
                if own && loc.has_own(&id) {
                    continue;
                }
                let (file, pos) = if is_source {
                    flag_pos(lib, &flag.id)
                } else {
                    match target(&id) {
                        Some(file) => (file, one),
                        None => continue,
                    }
                };
                let sev = if is_source {
                    Diagnostic::error
                } else {
                    Diagnostic::warning
                };
                out.push(
                    sev(missing_code, &file, pos)
                        .arg("id", id.as_str())
                        .arg("lang", lang.as_str()),
                );
            }
        }

        // Each scenario's own messages.
        for s in &lib.scenarios {
            let scn = &s.scenario;
            let text = lib
                .files
                .iter()
                .find(|f| f.display == s.file)
                .map(|f| f.text.as_str())
                .unwrap_or("");
            let idx = RonIndex::new(text);
            let args = scenario_args(&loc, &sample_vars(scn, 0));
            let needed: Vec<String> = ids::scenario_messages(scn);
            let shared = ids::shared_messages(scn);
            for id in needed.iter().chain(shared.iter()) {
                let present = own && loc.has_own(id);
                if !present {
                    let (file, pos) = if is_source {
                        (s.file.clone(), needed_pos(scn, &idx, id))
                    } else {
                        (target(id).unwrap_or_else(|| s.file.clone()), one)
                    };
                    let sev = if is_source {
                        Diagnostic::error
                    } else {
                        Diagnostic::warning
                    };
                    out.push(
                        sev(missing_code, &file, pos)
                            .arg("id", id.as_str())
                            .arg("lang", lang.as_str()),
                    );
                    continue;
                }
                if let Err(reason) = loc.fmt_strict(id, &args)
                    && let Some((f, pos)) = where_defined(lib, lang, id)
                {
                    let sev = if is_source {
                        Diagnostic::error
                    } else {
                        Diagnostic::warning
                    };
                    out.push(
                        sev(format_code, &f.display, pos)
                            .arg("id", id.as_str())
                            .arg("reason", reason),
                    );
                }
            }
            // Messages in the scenario's file that it no longer needs.
            if let Some(msgs) = defined.get(&(lang.clone(), scn.id.clone())) {
                for (id, f) in msgs {
                    if !needed.contains(id) {
                        out.push(
                            Diagnostic::warning("W062", &f.display, message_pos(&f.text, id))
                                .arg("id", id.as_str()),
                        );
                    }
                }
            }
        }
    }
    out
}

fn where_defined<'a>(lib: &'a Library, lang: &str, id: &str) -> Option<(&'a ContentFile, Pos)> {
    lib.catalog.files_of(lang).find_map(|f| {
        ftl::messages_with_vars(&f.text)
            .iter()
            .any(|(m, _)| m == id)
            .then(|| (f, message_pos(&f.text, id)))
    })
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
fn needed_pos(scn: &Scenario, idx: &RonIndex, id: &str) -> Pos {
    let one = Pos { line: 1, col: 1 };
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
    for n in &scn.nodes {
        if rest == n.id() {
            return idx.find("id", n.id()).unwrap_or(one);
        }
        if let Node::Choice {
            id: nid, options, ..
        } = n
        {
            for o in options {
                if id == ids::option(&scn.id, nid, &o.id)
                    || id == ids::feedback(&scn.id, nid, &o.id)
                {
                    let npos = idx.find("id", nid).unwrap_or(one);
                    return idx.find_after(npos, "id", &o.id).unwrap_or(npos);
                }
            }
        }
    }
    idx.find("id", &scn.id).unwrap_or(one)
}
