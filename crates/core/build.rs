//! Embeds the built-in content (`data/`, `scenarios/`, `locales/`) into the binary,
//! so that `redflag` runs from any directory.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// The scenario model and its validation, shared with the crate, to parse and check the
// built-in scenarios at build time.
#[allow(dead_code)]
#[path = "src/diag.rs"]
mod diag;
// They sit at the top here, as the crate's `scenario` module's children: `super::` in them
// names this top level.
#[allow(dead_code)]
#[path = "src/scenario/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/scenario/ids.rs"]
mod ids;
#[allow(dead_code)]
#[path = "src/scenario/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/quiz/item.rs"]
mod quiz_item;
#[allow(dead_code)]
#[path = "src/scenario/ron_index.rs"]
mod ron_index;
#[allow(dead_code)]
#[path = "src/scenario/validate.rs"]
mod validate;

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_recursion_limit(64)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The ids in a built-in definitions file (`data/redflags.ron`, `data/channels.ron`), if
/// every one of them is valid and unique, as the program would load them. Otherwise `None`:
/// the program reports the problem, and checks every scenario itself.
fn known_ids<T: serde::de::DeserializeOwned>(
    root: &Path,
    rel: &str,
    id: impl Fn(&T) -> &String,
) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(root.join(rel)).ok()?;
    let defs: Vec<T> = ron_options().from_str(&text).ok()?;
    let mut ids: Vec<String> = Vec::new();
    for d in &defs {
        let name = id(d);
        if !ids::is_valid_id(name) || ids.contains(name) {
            return None;
        }
        ids.push(name.clone());
    }
    Some(ids)
}

/// A built-in scenario parsed and checked now: its head as Rust code (the start screen
/// builds it without parsing anything), and the whole scenario as JSON, which loads
/// several times faster than RON, when it is played. Only a scenario that parses and that
/// validation finds nothing wrong with is stored; any other file is left to the program,
/// which parses and checks it and reports its problems with their positions, as for any
/// other file. Flags and channels that packs add cannot make a clean scenario unclean:
/// validation only asks whether the ids it uses exist.
fn pre_check(rel: &str, text: &str, known: Option<&validate::Known>) -> Option<(String, String)> {
    let scn: model::Scenario = ron_options().from_str(text).ok()?;
    if !validate::validate(&scn, rel, text, known?).is_empty() {
        return None;
    }
    Some((head_code(&scn.head()), serde_json::to_string(&scn).ok()?))
}

/// A head as a Rust expression.
fn head_code(h: &model::Head) -> String {
    use model::VarSpec;
    let vars: Vec<String> = h
        .vars
        .iter()
        .map(|(name, spec)| {
            let spec = match spec {
                VarSpec::Name { pool } => format!("VarSpec::Name {{ pool: {pool:?}.into() }}"),
                VarSpec::Amount { min, max, step } => {
                    format!("VarSpec::Amount {{ min: {min}, max: {max}, step: {step} }}")
                }
                VarSpec::Pick { from } => {
                    let from: Vec<String> = from.iter().map(|k| format!("{k:?}.into()")).collect();
                    format!("VarSpec::Pick {{ from: vec![{}] }}", from.join(", "))
                }
            };
            format!("({name:?}.into(), {spec})")
        })
        .collect();
    format!(
        "Head {{ id: {:?}.into(), aliases: vec![{}], perspective: Perspective::{:?}, \
         legitimate: {}, difficulty: Difficulty::{:?}, minutes: {}, vars: BTreeMap::from([{}]) }}",
        h.id,
        h.aliases
            .iter()
            .map(|a| format!("{a:?}.into()"))
            .collect::<Vec<_>>()
            .join(", "),
        h.perspective,
        h.legitimate,
        h.difficulty,
        h.minutes,
        vars.join(", ")
    )
}

/// The entries of an `.ftl` text, by line: (id, start byte, end byte). An entry starts on a
/// line that begins with an identifier (or `-` for a term) and `=`, and runs until the next
/// line that begins a new entry or a comment. The program parses one entry at a time from
/// this, so the start screen only parses the few messages it shows.
fn ftl_entries(text: &str) -> Vec<(String, usize, usize)> {
    let mut starts: Vec<(Option<String>, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next().unwrap_or(' ');
        if first.is_ascii_alphabetic() || first == '-' || first == '#' {
            let id = line.split('=').next().map(str::trim).filter(|id| {
                first != '#'
                    && line.contains('=')
                    && !id.is_empty()
                    && id
                        .trim_start_matches('-')
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
            starts.push((id.map(str::to_string), offset));
        }
        offset += line.len();
    }
    let mut out = Vec::new();
    for (k, (id, start)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map(|(_, s)| *s).unwrap_or(text.len());
        if let Some(id) = id {
            out.push((id.clone(), *start, end));
        }
    }
    out
}

/// A relative path with `/` separators, as the program names layout paths on every system.
fn unix_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ron") | Some("ftl")
        ) || path.file_name().and_then(|n| n.to_str()) == Some(".source-hashes")
        {
            out.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf());
        }
    }
}

fn main() {
    // The content lives at the repository's root, two folders above this crate.
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this")).join("../..");
    let mut files = Vec::new();
    for top in ["data", "scenarios", "locales"] {
        println!("cargo:rerun-if-changed={}", root.join(top).display());
        collect(&root.join(top), &root, &mut files);
    }
    // The paths and the texts are two tables, so that the paths sit side by side in the
    // binary: listing the files then reads a page or two, not one page near each text.
    let mut code = String::from(
        "/// Built-in content files: their paths relative to the repository, in the order of\n\
         /// [`TEXTS`].\n",
    );
    code.push_str("pub static PATHS: &[&str] = &[\n");
    for rel in &files {
        let _ = writeln!(code, "    {:?},", unix_path(rel));
    }
    code.push_str("];\n");
    code.push_str("/// The texts of the built-in files, in the order of [`PATHS`].\n");
    code.push_str("pub static TEXTS: &[&str] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        // Every directory is watched too, so added files are picked up.
        if let Some(parent) = abs.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(code, "    include_str!({:?}),", abs.display().to_string());
    }
    code.push_str("];\n");
    // Where each message of each built-in locale file is: (lang, id, index in PATHS, start,
    // end), sorted by language and id for a binary search.
    let mut index: Vec<(String, String, usize, usize, usize)> = Vec::new();
    for (i, rel) in files.iter().enumerate() {
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.len() != 3 || parts[0] != "locales" || !parts[2].ends_with(".ftl") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(rel)) else {
            continue;
        };
        for (id, start, end) in ftl_entries(&text) {
            index.push((parts[1].clone(), id, i, start, end));
        }
    }
    index.sort();
    index.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    // The ids are one string and the entries only numbers: a table of thousands of `&str`
    // would need as many relocations, which the loader applies at every start, before
    // `main`. Each language's entries are a range of their own, so a lookup searches (and
    // reads) only its language's part.
    let mut keys = String::new();
    let mut rows = String::new();
    let mut langs: Vec<(String, usize, usize)> = Vec::new();
    for (n, (lang, id, i, start, end)) in index.iter().enumerate() {
        match langs.last_mut() {
            Some((l, _, last)) if l == lang => *last = n + 1,
            _ => langs.push((lang.clone(), n, n + 1)),
        }
        let key_start = keys.len();
        keys.push_str(id);
        let _ = writeln!(
            rows,
            "    ({key_start}, {}, {i}, {start}, {end}),",
            keys.len()
        );
    }
    code.push_str("/// The languages of [`FTL_INDEX`]: (tag, first entry, end).\n");
    code.push_str("pub static FTL_LANGS: &[(&str, usize, usize)] = &[\n");
    for (lang, first, last) in &langs {
        let _ = writeln!(code, "    ({lang:?}, {first}, {last}),");
    }
    code.push_str("];\n");
    code.push_str("/// The ids of [`FTL_INDEX`]'s entries, back to back.\n");
    let _ = writeln!(code, "pub static FTL_KEYS: &str = {keys:?};");
    code.push_str(
        "/// Built-in Fluent entries, sorted by language and id: (id start in [`FTL_KEYS`], id\n\
         /// end, file index in [`PATHS`], start, end).\n",
    );
    code.push_str("pub static FTL_INDEX: &[(u32, u32, u16, u32, u32)] = &[\n");
    code.push_str(&rows);
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let flags = known_ids(&root, "data/redflags.ron", |d: &data::FlagDef| &d.id);
    let channels = known_ids(&root, "data/channels.ron", |d: &data::ChannelDef| &d.id);
    let known = match (&flags, &channels) {
        (Some(flags), Some(channels)) => Some(validate::Known { flags, channels }),
        _ => None,
    };
    // The built-in data files the program needs not check again: the taxonomy and the
    // channels when their ids are valid and unique, the quiz when its items parse and name
    // only known channels and flags. Packs can only add flags and channels, so nothing they
    // bring makes these unclean. The program reads them when it first needs them.
    let mut clean: Vec<&str> = Vec::new();
    if flags.is_some() {
        clean.push("data/redflags.ron");
    }
    if channels.is_some() {
        clean.push("data/channels.ron");
    }
    if let Some(known) = &known
        && let Ok(text) = std::fs::read_to_string(root.join("data/quiz.ron"))
        && let Ok(items) = ron_options().from_str::<Vec<quiz_item::Item>>(&text)
        && items.iter().all(|i| {
            let (channel, mut unknown_flags) = i.unknown(known.flags, known.channels);
            channel.is_none() && unknown_flags.next().is_none()
        })
    {
        clean.push("data/quiz.ron");
    }
    code.push_str("/// Built-in data files checked at build time and found clean.\n");
    let _ = writeln!(code, "pub static CLEAN_DATA: &[&str] = &{clean:?};");
    // The paths apart from the rest again, side by side.
    let mut paths = String::new();
    let mut checked = String::new();
    for rel in &files {
        let rel_unix = unix_path(rel);
        if !rel_unix.starts_with("scenarios/") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(rel)) else {
            continue;
        };
        if let Some((head, whole)) = pre_check(&rel_unix, &text, known.as_ref()) {
            let path = out_dir.join(rel_unix.replace('/', "__") + ".json");
            std::fs::write(&path, whole).expect("write a parsed scenario");
            let _ = writeln!(paths, "    {rel_unix:?},");
            let _ = writeln!(
                checked,
                "    PreChecked {{ head: || {head}, story: include_str!({:?}) }},",
                path.display().to_string()
            );
        }
    }
    code.push_str(
        "/// Built-in scenarios parsed and checked at build time, and found clean: their\n\
         /// paths, in the order of [`CHECKED`].\n",
    );
    let _ = write!(code, "pub static CHECKED_PATHS: &[&str] = &[\n{paths}];\n");
    code.push_str("/// What the build made of them, in the order of [`CHECKED_PATHS`].\n");
    let _ = write!(
        code,
        "pub static CHECKED: &[PreChecked] = &[\n{checked}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("builtin.rs");
    std::fs::write(out, code).expect("write builtin.rs");
}
