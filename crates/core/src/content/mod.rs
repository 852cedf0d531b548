//! Where content comes from: the files built into the binary, and packs on disk
//! (`--scenarios DIR`), laid out like the repository (`scenarios/`, `locales/<lang>/`, `data/`).

pub mod pack_info;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Pos};
use crate::scenario::model::Head;

mod builtin {
    use super::PreChecked;
    use crate::scenario::model::{Difficulty, Head, Perspective, VarSpec};
    use std::collections::BTreeMap;

    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

    /// The built-in files: (path relative to the repository, text).
    pub fn files() -> impl Iterator<Item = (&'static str, &'static str)> {
        PATHS.iter().copied().zip(TEXTS.iter().copied())
    }
}

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Where a file came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    Builtin,
    /// A pack folder given with `--scenarios`; `name` is the folder's name.
    Pack {
        name: String,
        dir: PathBuf,
    },
}

impl Origin {
    pub fn is_builtin(&self) -> bool {
        matches!(self, Origin::Builtin)
    }
    /// The pack's name, or `None` for built-in content.
    pub fn pack_name(&self) -> Option<&str> {
        match self {
            Origin::Builtin => None,
            Origin::Pack { name, .. } => Some(name),
        }
    }
}

/// What a content file holds, from its place in the layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `scenarios/<id>.ron`
    Scenario,
    /// `data/redflags.ron`
    Flags,
    /// `data/channels.ron`
    Channels,
    /// `data/pack.ron`: the contacts a pack declares.
    PackInfo,
    /// `data/quiz.ron`: the items of the before/after check and boosters.
    Quiz,
    /// `locales/<lang>/<name>.ftl`
    Locale { lang: String, name: String },
    /// `locales/<lang>/.source-hashes`: the English each translation was confirmed
    /// against (see `translate::stale`).
    SourceHashes { lang: String },
}

/// One content file, read whole.
#[derive(Debug, Clone)]
pub struct ContentFile {
    pub origin: Origin,
    pub kind: Kind,
    /// The path inside its layout, with `/` separators: `scenarios/x.ron`.
    pub rel: String,
    /// The name shown in diagnostics: a path on disk, or the repository path for built-ins.
    pub display: String,
    /// The file's text: borrowed from the binary for built-in files, so loading them
    /// copies nothing.
    pub text: Cow<'static, str>,
}

impl ContentFile {
    /// The file's stem: `x` for `scenarios/x.ron`.
    pub fn stem(&self) -> &str {
        stem_of(&self.rel)
    }
}

/// A layout path's file name without its extension (`scenarios/x.ron`, `locales/de/x.ftl`:
/// `x`), which names the scenario a file belongs to.
pub fn stem_of(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.split('.').next().unwrap_or(name)
}

/// Classifies a layout path, or `None` for files redflag does not read.
pub fn classify(rel: &str) -> Option<Kind> {
    let (top, rest) = rel.split_once('/')?;
    match top {
        "scenarios" if !rest.contains('/') && rest.ends_with(".ron") => Some(Kind::Scenario),
        "data" => match rest {
            "redflags.ron" => Some(Kind::Flags),
            "channels.ron" => Some(Kind::Channels),
            "pack.ron" => Some(Kind::PackInfo),
            "quiz.ron" => Some(Kind::Quiz),
            _ => None,
        },
        "locales" => {
            let (lang, file) = rest.split_once('/')?;
            if file.contains('/') {
                None
            } else if file == ".source-hashes" {
                Some(Kind::SourceHashes {
                    lang: lang.to_string(),
                })
            } else {
                let name = file.strip_suffix(".ftl")?;
                Some(Kind::Locale {
                    lang: lang.to_string(),
                    name: name.to_string(),
                })
            }
        }
        _ => None,
    }
}

/// The content built into the binary.
pub fn builtin_files() -> Vec<ContentFile> {
    builtin::files()
        .filter_map(|(rel, text)| {
            Some(ContentFile {
                origin: Origin::Builtin,
                kind: classify(rel)?,
                rel: rel.to_string(),
                display: rel.to_string(),
                text: Cow::Borrowed(text),
            })
        })
        .collect()
}

/// Where message `id` of built-in locale `lang` is: the file's layout path, and the entry's
/// text. The index is made at build time (see `build.rs`).
pub fn builtin_entry(lang: &str, id: &str) -> Option<(&'static str, &'static str)> {
    let li = builtin::FTL_LANGS.iter().position(|(l, ..)| *l == lang)?;
    let i = entry_maps()[li].find(id)?;
    let (.., file, start, end) = builtin::FTL_INDEX[i];
    let (rel, text) = (
        builtin::PATHS.get(file as usize)?,
        builtin::TEXTS.get(file as usize)?,
    );
    Some((rel, text.get(start as usize..end as usize)?))
}

fn entry_maps() -> &'static [EntryMap] {
    static MAPS: std::sync::OnceLock<Vec<EntryMap>> = std::sync::OnceLock::new();
    MAPS.get_or_init(|| {
        builtin::FTL_LANGS
            .iter()
            .map(|&(_, first, end)| EntryMap {
                first,
                end,
                lookups: std::sync::atomic::AtomicUsize::new(0),
                map: std::sync::OnceLock::new(),
            })
            .collect()
    })
}

/// One language's built-in entries: found by a search through the sorted index while
/// lookups are few (the start screen makes a few dozen), by a hash made once they are many
/// (a check of a large pack looks up, and misses, every message it has).
struct EntryMap {
    first: usize,
    end: usize,
    lookups: std::sync::atomic::AtomicUsize,
    map: std::sync::OnceLock<foldhash::HashMap<&'static str, usize>>,
}

impl EntryMap {
    /// Lookups after which the hash pays for itself.
    const HASH_AFTER: usize = 4096;

    /// The place in `FTL_INDEX` of entry `id`.
    fn find(&self, id: &str) -> Option<usize> {
        if let Some(map) = self.map.get() {
            return map.get(id).copied();
        }
        let n = self
            .lookups
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if n >= Self::HASH_AFTER {
            let map = self.map.get_or_init(|| {
                (self.first..self.end)
                    .filter_map(|i| {
                        let (s, e, ..) = builtin::FTL_INDEX[i];
                        Some((builtin::FTL_KEYS.get(s as usize..e as usize)?, i))
                    })
                    .collect()
            });
            return map.get(id).copied();
        }
        // Bytes compare as the strings do, without a check of character boundaries each time.
        let keys = builtin::FTL_KEYS.as_bytes();
        let entries = builtin::FTL_INDEX.get(self.first..self.end)?;
        let k = entries
            .binary_search_by(|&(s, e, ..)| keys[s as usize..e as usize].cmp(id.as_bytes()))
            .ok()?;
        Some(self.first + k)
    }
}

/// The built-in text of the file at `rel`.
pub fn builtin_text(rel: &str) -> Option<&'static str> {
    builtin_index(rel).map(|i| builtin::TEXTS[i])
}

/// Where the built-in file `rel` is in the built-in lists (found by hash: a check asks for
/// every file of every language, batch after batch).
fn builtin_index(rel: &str) -> Option<usize> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, usize>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            builtin::PATHS
                .iter()
                .enumerate()
                .map(|(i, p)| (*p, i))
                .collect()
        })
        .get(rel)
        .copied()
}

/// Whether `text` is the built-in text itself (borrowed from the binary), not a copy or a
/// file read from disk in its place.
#[allow(clippy::ptr_arg)] // the point is to tell a borrowed text from an owned one
pub fn is_embedded(rel: &str, text: &Cow<'static, str>) -> bool {
    match text {
        Cow::Borrowed(t) => builtin_index(rel).is_some_and(|i| std::ptr::eq(builtin::TEXTS[i], *t)),
        Cow::Owned(_) => false,
    }
}

/// The built-in scenario at `rel`, parsed and checked at build time, if validation found
/// nothing wrong with it (see `build.rs`) and `text` is exactly the built-in text (a file
/// checked from disk in its place may differ).
pub fn pre_checked(rel: &str, text: &str) -> Option<PreChecked> {
    let i = builtin::CHECKED_PATHS.iter().position(|r| *r == rel)?;
    let checked = builtin::CHECKED.get(i)?;
    is_builtin_text(rel, text).then_some(*checked)
}

/// A built-in scenario as the build left it, having found it clean.
#[derive(Debug, Clone, Copy)]
pub struct PreChecked {
    /// Makes its head, without parsing anything.
    pub head: fn() -> Head,
    /// The whole scenario, as JSON.
    pub story: &'static str,
}

/// Whether the built-in data file at `rel` (taxonomy, channels, quiz) was checked at build
/// time and found clean, and `text` is exactly its built-in text.
pub fn clean_at_build(rel: &str, text: &str) -> bool {
    builtin::CLEAN_DATA.contains(&rel) && is_builtin_text(rel, text)
}

/// Whether `text` is the built-in text of `rel`.
fn is_builtin_text(rel: &str, text: &str) -> bool {
    let Some(embedded) = builtin_text(rel) else {
        return false;
    };
    // The text borrowed from the binary is the built-in text without reading it through.
    let same = std::ptr::eq(embedded.as_ptr(), text.as_ptr()) && embedded.len() == text.len();
    same || embedded == text
}

/// Reads one file, refusing it by size first. Errors become diagnostics.
pub fn read_limited(path: &Path) -> Result<String, Diagnostic> {
    use crate::datafile::{ReadProblem, read_bounded};
    let display = path.display().to_string();
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(|p| match p {
        ReadProblem::NotAFile => Diagnostic::error("E007", &display, Pos::default()),
        ReadProblem::TooLarge(size) => too_large(&display, size as usize),
        ReadProblem::Io(e) => {
            Diagnostic::error("E002", &display, Pos::default()).arg("reason", e.to_string())
        }
    })?;
    decode(&display, bytes)
}

/// E003: a content file larger than [`MAX_FILE_BYTES`].
pub fn too_large(display: &str, size: usize) -> Diagnostic {
    Diagnostic::error("E003", display, Pos::default())
        .arg("size", size)
        .arg("limit", MAX_FILE_BYTES as usize)
}

/// A content file's text; E004 at the first byte that is not UTF-8.
fn decode(display: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let pos = Pos::of_offset(&String::from_utf8_lossy(&e.as_bytes()[..valid]), valid);
        Diagnostic::error("E004", display, pos)
    })
}

/// Lists the content files in a pack folder, sorted, without reading them.
pub fn pack_paths(dir: &Path) -> Vec<(String, PathBuf)> {
    pack_layout(dir).0
}

/// The content files in a pack folder, sorted, and what is wrong with its layout: a
/// `scenarios`, `locales` or `data` that is not a readable folder (E005), and a file or
/// folder inside them that the game does not read (W006). Files at the pack's root and
/// dotfiles are ignored.
pub fn pack_layout(dir: &Path) -> (Vec<(String, PathBuf)>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    for top in ["data", "scenarios", "locales"] {
        walk(&dir.join(top), top, &mut out, &mut diags);
    }
    out.sort();
    (out, diags)
}

fn walk(dir: &Path, rel: &str, out: &mut Vec<(String, PathBuf)>, diags: &mut Vec<Diagnostic>) {
    let display = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        // A pack needs no data/ (or locales/, or scenarios/).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            diags.push(
                Diagnostic::error("E005", &display, Pos::default()).arg("reason", e.to_string()),
            );
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(
                    Diagnostic::error("E005", &display, Pos::default())
                        .arg("reason", e.to_string()),
                );
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let child = format!("{rel}/{name}");
        if classify(&child).is_some() {
            out.push((child, path));
        } else if name.starts_with('.') {
            // Dotfiles (an editor's, the system's) are not the author's content.
        } else if path.is_dir() && rel == "locales" {
            walk(&path, &child, out, diags);
        } else {
            diags.push(Diagnostic::warning(
                "W006",
                &path.display().to_string(),
                Pos::default(),
            ));
        }
    }
}

/// A pack folder's files, listed but not read: what `check` reads one group at a time.
pub struct PackListing {
    pub origin: Origin,
    /// The content files, sorted, as (layout path, path on disk).
    pub paths: Vec<(String, PathBuf)>,
    /// What is wrong with the folder and its layout.
    pub diags: Vec<Diagnostic>,
    /// The folder itself, resolved: a link in a stranger's pack must not read the user's
    /// other files.
    root: Option<PathBuf>,
    /// The folders inside the pack that are links (`locales/de` may be): a file under one
    /// is resolved before it is read, like a file that is a link itself.
    linked_dirs: Vec<PathBuf>,
}

impl PackListing {
    /// Lists a pack folder, and reads its `data/pack.ron` for the name it gives itself.
    pub fn of(dir: &Path) -> PackListing {
        let name = dir
            .canonicalize()
            .unwrap_or_else(|_| dir.to_path_buf())
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| dir.display().to_string());
        let mut listing = PackListing {
            origin: Origin::Pack {
                name: crate::sanitize::clean_line(&name),
                dir: dir.to_path_buf(),
            },
            paths: Vec::new(),
            diags: Vec::new(),
            root: dir.canonicalize().ok(),
            linked_dirs: Vec::new(),
        };
        if !dir.is_dir() {
            listing.diags.push(Diagnostic::error(
                "E001",
                &dir.display().to_string(),
                Pos::default(),
            ));
            return listing;
        }
        let (paths, layout) = pack_layout(dir);
        let mut dirs: Vec<&Path> = paths.iter().filter_map(|(_, p)| p.parent()).collect();
        dirs.sort();
        dirs.dedup();
        // `locales/de` and `locales` for a file in `locales/de`, up to the pack's folder.
        let mut linked: Vec<PathBuf> = Vec::new();
        for d in dirs {
            for up in d
                .ancestors()
                .take_while(|a| *a != dir && a.starts_with(dir))
            {
                let is_link =
                    std::fs::symlink_metadata(up).is_ok_and(|m| m.file_type().is_symlink());
                if is_link && !linked.iter().any(|l| l == up) {
                    linked.push(up.to_path_buf());
                }
            }
        }
        listing.linked_dirs = linked;
        listing.paths = paths;
        listing.diags = layout;
        // The name the pack gives itself, when it gives one, is shown instead of the
        // folder's. (Reading problems are reported when the file is read as content.)
        let named = listing
            .paths
            .iter()
            .find(|(rel, _)| rel == "data/pack.ron")
            .and_then(|(rel, path)| listing.read(rel, path).ok())
            .and_then(|f| pack_info::pack_name(&f.text));
        if let (Some(named), Origin::Pack { name, .. }) = (named, &mut listing.origin) {
            *name = named;
        }
        listing
    }

    /// Reads one listed file; a problem becomes a diagnostic.
    pub fn read(&self, rel: &str, path: &Path) -> Result<ContentFile, Diagnostic> {
        let kind = classify(rel).ok_or_else(|| {
            Diagnostic::error("E006", &path.display().to_string(), Pos::default())
        })?;
        // Resolving every path costs a look at each folder on the way; only a link (the
        // file, or a folder it is in) can lead out of the pack.
        let linked = self.linked_dirs.iter().any(|l| path.starts_with(l))
            || std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if linked
            && let (Some(root), Ok(real)) = (&self.root, path.canonicalize())
            && !real.starts_with(root)
        {
            return Err(Diagnostic::error(
                "E009",
                &path.display().to_string(),
                Pos::default(),
            ));
        }
        let text = read_limited(path)?;
        Ok(ContentFile {
            origin: self.origin.clone(),
            kind,
            rel: rel.to_string(),
            display: path.display().to_string(),
            text: Cow::Owned(text),
        })
    }
}

/// Reads a pack folder. Unreadable files become diagnostics; the rest load.
pub fn pack_files(dir: &Path) -> (Vec<ContentFile>, Vec<Diagnostic>) {
    let listing = PackListing::of(dir);
    let mut files = Vec::new();
    let mut diags = listing.diags.clone();
    for (rel, path) in &listing.paths {
        match listing.read(rel, path) {
            Ok(f) => files.push(f),
            Err(d) => diags.push(d),
        }
    }
    (files, diags)
}

/// The most files, and bytes in all, a pack handed over in memory may hold (a zip, or a
/// folder picked in a browser); the rest is not read (E016), so a stranger's archive cannot
/// make a page read without end.
pub const MAX_MEMORY_FILES: usize = 5_000;
pub const MAX_MEMORY_BYTES: usize = 64 * 1024 * 1024;

/// E016: a pack in memory (`name`) holds more than is read: `files` files, `size` bytes
/// (as far as they were counted).
pub fn too_much(name: &str, files: usize, size: usize) -> Diagnostic {
    Diagnostic::error("E016", name, Pos::default())
        .arg("files", files)
        .arg("size", size)
        .arg("max_files", MAX_MEMORY_FILES)
        .arg("max_size", MAX_MEMORY_BYTES)
}

/// A pack handed over as files in memory, as (path inside the pack, bytes): a zip, or the
/// files of a folder a browser's file picker gave. Read with the same rules as a pack
/// folder: the layout paths (`scenarios/x.ron`, `locales/de/x.ftl`, `data/…`), files larger
/// than [`MAX_FILE_BYTES`] (E003) and text that is not UTF-8 (E004) refused, other files
/// under the content folders named (W006), dotfiles and files at the root ignored. When
/// every path starts with the same folder (a zip of the folder, or the picked folder's own
/// name), that folder is the pack. `name` is shown for the pack unless its `data/pack.ron`
/// names it.
pub fn pack_from_memory(
    name: &str,
    files: Vec<(String, Vec<u8>)>,
) -> (Vec<ContentFile>, Vec<Diagnostic>) {
    let mut files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(p, b)| (p.replace('\\', "/").trim_start_matches('/').to_string(), b))
        .collect();
    let is_content = |p: &str| {
        ["scenarios/", "locales/", "data/"]
            .iter()
            .any(|t| p.starts_with(t))
    };
    if !files.iter().any(|(p, _)| is_content(p)) {
        let tops: std::collections::BTreeSet<&str> = files
            .iter()
            .filter_map(|(p, _)| p.split_once('/').map(|(t, _)| t))
            .filter(|t| *t != "__MACOSX" && !t.starts_with('.'))
            .collect();
        if tops.len() == 1 {
            let top = format!("{}/", tops.into_iter().next().unwrap_or_default());
            for (p, _) in &mut files {
                if let Some(rest) = p.strip_prefix(&top) {
                    *p = rest.to_string();
                }
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let name = crate::sanitize::clean_line(name);
    let display = |rel: &str| format!("{name}/{rel}");
    let mut diags = Vec::new();
    let mut out = Vec::new();
    let mut origin = Origin::Pack {
        name: name.clone(),
        dir: PathBuf::from(&name),
    };
    if files.len() > MAX_MEMORY_FILES {
        let size = files.iter().map(|(_, b)| b.len()).sum();
        diags.push(too_much(&name, files.len(), size));
        files.truncate(MAX_MEMORY_FILES);
    }
    for (rel, bytes) in files {
        let file_name = rel.rsplit('/').next().unwrap_or(&rel);
        if rel.is_empty()
            || rel.ends_with('/')
            || file_name.starts_with('.')
            || rel
                .split('/')
                .any(|part| part == "__MACOSX" || part == "..")
            || !is_content(&rel)
        {
            continue;
        }
        let Some(kind) = classify(&rel) else {
            diags.push(Diagnostic::warning("W006", &display(&rel), Pos::default()));
            continue;
        };
        if bytes.len() as u64 > MAX_FILE_BYTES {
            diags.push(too_large(&display(&rel), bytes.len()));
            continue;
        }
        let text = match decode(&display(&rel), bytes) {
            Ok(t) => t,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        out.push(ContentFile {
            origin: origin.clone(),
            kind,
            display: display(&rel),
            rel,
            text: Cow::Owned(text),
        });
    }
    if let Some(named) = out
        .iter()
        .find(|f| f.rel == "data/pack.ron")
        .and_then(|f| pack_info::pack_name(&f.text))
    {
        origin = Origin::Pack {
            name: named,
            dir: PathBuf::from(&name),
        };
        for f in &mut out {
            f.origin = origin.clone();
        }
    }
    (out, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_in_memory_is_read_as_a_folder_is() {
        let files = vec![
            (
                "my-pack/scenarios/a.ron".to_string(),
                b"Scenario()".to_vec(),
            ),
            (
                "my-pack/locales/en/a.ftl".to_string(),
                b"a-title = A\n".to_vec(),
            ),
            ("my-pack/scenarios/notes.txt".to_string(), b"x".to_vec()),
            (
                "my-pack/scenarios/b.ron".to_string(),
                vec![b'a', 0xff, b'b'],
            ),
            ("my-pack/.DS_Store".to_string(), vec![0; 4]),
            ("__MACOSX/my-pack/scenarios/._a.ron".to_string(), vec![0; 4]),
            ("my-pack/README.md".to_string(), b"hi".to_vec()),
            (
                "my-pack/scenarios/big.ron".to_string(),
                vec![b' '; MAX_FILE_BYTES as usize + 1],
            ),
        ];
        let (read, diags) = pack_from_memory("my-pack.zip", files);
        let rels: Vec<&str> = read.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["locales/en/a.ftl", "scenarios/a.ron"]);
        assert_eq!(read[1].kind, Kind::Scenario);
        assert_eq!(read[1].display, "my-pack.zip/scenarios/a.ron");
        assert_eq!(read[1].origin.pack_name(), Some("my-pack.zip"));
        let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["E004", "E003", "W006"], "{diags:?}");
    }

    #[test]
    fn a_pack_in_memory_is_named_by_its_pack_ron_and_capped() {
        let files = vec![
            (
                "data/pack.ron".to_string(),
                b"(name: \"Workshop\")".to_vec(),
            ),
            ("scenarios/a.ron".to_string(), b"Scenario()".to_vec()),
        ];
        let (read, _) = pack_from_memory("upload", files);
        assert!(
            read.iter()
                .all(|f| f.origin.pack_name() == Some("Workshop"))
        );
        let many: Vec<(String, Vec<u8>)> = (0..MAX_MEMORY_FILES + 3)
            .map(|i| (format!("scenarios/s{i}.ron"), Vec::new()))
            .collect();
        let (read, diags) = pack_from_memory("many", many);
        assert_eq!(read.len(), MAX_MEMORY_FILES);
        assert_eq!(diags[0].code, "E016");
    }

    #[test]
    fn classifies_layout_paths() {
        assert_eq!(classify("scenarios/a.ron"), Some(Kind::Scenario));
        assert_eq!(classify("data/redflags.ron"), Some(Kind::Flags));
        assert_eq!(
            classify("locales/de/ui.ftl"),
            Some(Kind::Locale {
                lang: "de".into(),
                name: "ui".into()
            })
        );
        assert_eq!(
            classify("locales/uk/.source-hashes"),
            Some(Kind::SourceHashes { lang: "uk".into() })
        );
        assert_eq!(classify("data/quiz.ron"), Some(Kind::Quiz));
        for other in [
            "README.md",
            "scenarios/sub/a.ron",
            "scenarios/a.txt",
            "data/other.ron",
            "data/sub/quiz.ron",
            "locales/de/notes.txt",
            "locales/de/sub/ui.ftl",
            "locales/ui.ftl",
            "src/main.rs",
        ] {
            assert_eq!(classify(other), None, "{other}");
        }
    }

    #[test]
    fn built_in_entries_are_found_the_same_by_search_and_by_hash() {
        for &(_, first, end) in builtin::FTL_LANGS {
            let fresh = |lookups| EntryMap {
                first,
                end,
                lookups: std::sync::atomic::AtomicUsize::new(lookups),
                map: std::sync::OnceLock::new(),
            };
            let (search, hash) = (fresh(0), fresh(EntryMap::HASH_AFTER));
            for i in first..end {
                let (s, e, ..) = builtin::FTL_INDEX[i];
                let id = &builtin::FTL_KEYS[s as usize..e as usize];
                assert_eq!(search.find(id), Some(i), "{id}");
                assert_eq!(hash.find(id), Some(i), "{id}");
            }
            assert!(hash.map.get().is_some());
            assert!(search.map.get().is_none(), "a few lookups make no hash");
            assert_eq!(search.find("no-such-message"), None);
            assert_eq!(hash.find("no-such-message"), None);
        }
    }

    #[test]
    fn builtin_content_is_embedded() {
        let files = builtin_files();
        assert!(files.iter().any(|f| f.kind == Kind::Flags));
        assert!(files.iter().any(|f| f.kind == Kind::Scenario));
    }
}
