//! `redflag locales`: the translator's toolkit.
//!
//! - `redflag locales`: every locale's status, file by file;
//! - `redflag locales new LANG [--out DIR]`: skeleton files for a new language;
//! - `redflag locales check LANG`: `check`'s diagnostics about one locale;
//! - `redflag locales confirm LANG [ID...] [--all]`: marks translations as up to date;
//! - `redflag locales update LANG [--out DIR]`: brings existing files up to date with the
//!   English (new messages, fresh comments), translations untouched.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use super::{Ctx, Format};
use crate::content::{Kind, Origin};
use crate::diag::Diagnostic;
use crate::i18n::pseudo::Pseudo;
use crate::i18n::{ArgValue, Localizer, SOURCE, args};
use crate::translate::skeleton;
use crate::translate::stale::{self, Confirm};
use crate::translate::status::{self, Counts, LocaleStatus};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LocalesArgs {
    #[command(subcommand)]
    pub command: Option<LocalesCommand>,
    /// Only this language's table (`redflag locales pl`).
    #[arg(value_name = "LANG")]
    pub only: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, clap::Subcommand)]
pub enum LocalesCommand {
    /// Skeleton files for a new language.
    New(NewLocaleArgs),
    /// Check one locale.
    Check(CheckLocaleArgs),
    /// Confirm translations against the current English.
    Confirm(ConfirmArgs),
    /// Bring a language's files up to date with the English.
    Update(NewLocaleArgs),
}

#[derive(Debug, clap::Args)]
pub struct NewLocaleArgs {
    #[arg(value_name = "LANG")]
    pub lang: String,
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckLocaleArgs {
    #[arg(value_name = "LANG")]
    pub lang: String,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Every warning in full, not one line per file.
    #[arg(long)]
    pub all: bool,
    /// Only this file's problems, in full (`tiny` or `tiny.ftl`).
    #[arg(long, value_name = "NAME")]
    pub file: Option<String>,
    /// Only problems with this code, in full (may be repeated).
    #[arg(long, value_name = "CODE")]
    pub code: Vec<String>,
    /// Only errors.
    #[arg(long)]
    pub errors_only: bool,
}

#[derive(Debug, clap::Args)]
pub struct ConfirmArgs {
    #[arg(value_name = "LANG")]
    pub lang: String,
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
}

pub fn run(ctx: &Ctx, a: &LocalesArgs) -> i32 {
    match &a.command {
        None => {
            if let Some(l) = &a.only
                && !known(ctx, l)
            {
                return 2;
            }
            status_cmd(ctx, a.format, a.only.as_deref())
        }
        Some(LocalesCommand::New(n)) => new_cmd(ctx, n),
        Some(LocalesCommand::Check(c)) => check_cmd(ctx, c),
        Some(LocalesCommand::Confirm(c)) => confirm_cmd(ctx, c),
        Some(LocalesCommand::Update(u)) => update_cmd(ctx, u),
    }
}

fn out(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Whether `lang` is a locale present; if not, says so and how to start it.
fn known(ctx: &Ctx, lang: &str) -> bool {
    if ctx.lib.catalog.langs().iter().any(|l| l == lang) {
        return true;
    }
    // A folder for it sits right here (a copy of the repository, or a pack): the program
    // only knows the built-in languages and the packs it is given.
    let here = Path::new("locales").join(lang);
    let id = if here.is_dir() {
        "locales-unknown-here"
    } else {
        "locales-unknown"
    };
    err(&ctx.loc.fmt(id, &args([("lang", lang.into())])));
    false
}

// ------------------------------------------------------------------ status

fn status_cmd(ctx: &Ctx, format: Format, only: Option<&str>) -> i32 {
    let diags = crate::check::translations(&ctx.packs);
    let mut st = status::status(&ctx.lib, &diags);
    if let Some(l) = only {
        st.retain(|s| s.lang == l);
    }
    match format {
        Format::Text => out(&status_text(&ctx.loc, &st)),
        Format::Json => out(&(status_json(&st) + "\n")),
    }
    0
}

/// The status as an aligned table: one line per locale (all files), then one per file.
pub fn status_text(loc: &Localizer, st: &[LocaleStatus]) -> String {
    let head = [
        "locales-col-locale",
        "locales-col-file",
        "locales-col-complete",
        "locales-col-missing",
        "locales-col-obsolete",
        "locales-col-stale",
    ]
    .map(|id| loc.text(id))
    .to_vec();
    let mut rows: Vec<Vec<String>> = vec![head];
    // Language tags and file names come from pack folders: shown with visible escapes.
    let row = |lang: &str, file: String, c: &Counts, tracked: bool| -> Vec<String> {
        vec![
            crate::sanitize::escape_visible(lang),
            crate::sanitize::escape_visible(&file),
            if c.broken > 0 {
                loc.text("locales-broken")
            } else {
                loc.fmt(
                    "locales-percent",
                    &args([("percent", ArgValue::from(c.percent()))]),
                )
            },
            c.missing.to_string(),
            c.obsolete.to_string(),
            if tracked {
                c.stale.to_string()
            } else {
                loc.text("locales-untracked")
            },
        ]
    };
    for s in st {
        rows.push(row(
            &s.lang,
            loc.text("locales-all-files"),
            &s.overall,
            s.tracked,
        ));
        for (name, c) in &s.files {
            rows.push(row(&s.lang, name.clone(), c, s.tracked));
        }
    }
    let cols = rows[0].len();
    let widths: Vec<usize> = (0..cols)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut text = String::new();
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.width());
            // Text columns left, numbers right.
            if i < 2 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            line.push_str("  ");
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&loc.text("locales-pseudo"));
    text.push('\n');
    text
}

fn counts_json(c: &Counts, tracked: bool) -> serde_json::Value {
    serde_json::json!({
        "complete": c.percent(),
        "messages": c.total,
        "missing": c.missing,
        "obsolete": c.obsolete,
        "stale": tracked.then_some(c.stale),
    })
}

/// `{"locales": [{"lang", "complete", …, "files": {"ui.ftl": {…}}}]}`; `stale` is null
/// for a locale without a `.source-hashes` lock.
pub fn status_json(st: &[LocaleStatus]) -> String {
    let list: Vec<serde_json::Value> = st
        .iter()
        .map(|s| {
            let mut v = counts_json(&s.overall, s.tracked);
            v["lang"] = s.lang.clone().into();
            v["files"] = s
                .files
                .iter()
                .map(|(n, c)| (n.clone(), counts_json(c, s.tracked)))
                .collect::<serde_json::Map<_, _>>()
                .into();
            v
        })
        .collect();
    crate::sanitize::json_safe(
        serde_json::to_string_pretty(&serde_json::json!({ "locales": list })).unwrap_or_default(),
    )
}

// ------------------------------------------------------------------ new

/// Whether `tag` can name a new locale folder: a valid language tag, not English and not a
/// pseudo-locale.
fn valid_new_tag(tag: &str) -> bool {
    tag.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !tag.eq_ignore_ascii_case(SOURCE)
        && Pseudo::from_tag(tag).is_none()
}

fn new_cmd(ctx: &Ctx, a: &NewLocaleArgs) -> i32 {
    let loc = &ctx.loc;
    let (dir, files) = match skeletons(ctx, a) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut written = 0usize;
    let mut messages = 0usize;
    for f in &files {
        let path = dir.join(&f.name);
        if path.exists() {
            err(&loc.fmt(
                "locales-new-kept",
                &args([("path", path.display().to_string().into())]),
            ));
            continue;
        }
        if let Err(e) = crate::datafile::write_atomically(&path, f.text.as_bytes()) {
            return write_failed(loc, &path, &e);
        }
        written += 1;
        messages += f.messages;
    }
    let mut text = loc.fmt(
        "locales-new-written",
        &args([
            ("files", ArgValue::from(written)),
            ("messages", ArgValue::from(messages)),
            ("dir", dir.display().to_string().into()),
        ]),
    );
    text.push('\n');
    text.push_str(&loc.fmt(
        "locales-new-next",
        &args([("lang", a.lang.as_str().into())]),
    ));
    text.push('\n');
    if let Some(o) = &a.out {
        text.push_str(&loc.fmt(
            "locales-new-next-pack",
            &args([
                ("dir", o.display().to_string().into()),
                ("lang", a.lang.as_str().into()),
            ]),
        ));
        text.push('\n');
    }
    out(&text);
    0
}

/// The folder a language's files go to (made if missing), and their skeletons; or, said
/// in words, the exit code of a bad tag or a folder that cannot be made. With packs given,
/// a language the game already speaks needs only the packs' files; a language new to the
/// game needs the whole game, the packs included.
fn skeletons(ctx: &Ctx, a: &NewLocaleArgs) -> Result<(PathBuf, Vec<skeleton::SkeletonFile>), i32> {
    if !valid_new_tag(&a.lang) {
        err(&ctx
            .loc
            .fmt("locales-bad-tag", &args([("lang", a.lang.as_str().into())])));
        return Err(2);
    }
    let root = a.out.clone().unwrap_or_else(|| PathBuf::from("."));
    let dir = root.join("locales").join(&a.lang);
    let game_has_it = ctx
        .lib
        .catalog
        .files_of(&a.lang)
        .any(|f| f.origin.is_builtin());
    let packs_only = !ctx.packs.is_empty() && game_has_it;
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return Err(write_failed(&ctx.loc, &dir, &e));
    }
    Ok((
        dir,
        skeleton::skeleton_of(&ctx.lib, &ctx.loc, &a.lang, packs_only),
    ))
}

// ------------------------------------------------------------------ update

/// Brings the files of a language in `--out` (or here) up to date with the English: adds
/// the messages English has gained, refreshes the comments above each message, writes the
/// files it lacks; translations stay as they are.
fn update_cmd(ctx: &Ctx, a: &NewLocaleArgs) -> i32 {
    let loc = &ctx.loc;
    let (dir, files) = match skeletons(ctx, a) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let labels = skeleton::label_starts(&ctx.lib);
    let (mut created, mut changed, mut added, mut refreshed) = (0usize, 0usize, 0usize, 0usize);
    let mut left = 0usize;
    for f in &files {
        let path = dir.join(&f.name);
        let text = if path.exists() {
            use crate::datafile::{ReadProblem, read_bounded};
            let read = read_bounded(&path, crate::content::MAX_FILE_BYTES).map(String::from_utf8);
            let (kind, detail) = match read {
                Ok(Ok(t)) => ("", t),
                Ok(Err(_)) => ("utf8", String::new()),
                Err(ReadProblem::NotAFile) => ("not-a-file", String::new()),
                Err(ReadProblem::TooLarge(n)) => ("too-large", n.to_string()),
                Err(ReadProblem::Io(e)) => ("io", e.to_string()),
            };
            if !kind.is_empty() {
                // Left alone, and said so; the other files go on.
                err(&loc.fmt(
                    "locales-update-unreadable",
                    &args([
                        ("path", path.display().to_string().into()),
                        ("kind", kind.into()),
                        ("detail", detail.into()),
                    ]),
                ));
                left += 1;
                continue;
            }
            let old = detail;
            let u = skeleton::update(&old, f, &labels);
            if u.text == old {
                continue;
            }
            changed += 1;
            added += u.added;
            refreshed += u.refreshed;
            u.text
        } else {
            created += 1;
            added += f.messages;
            f.text.clone()
        };
        if let Err(e) = crate::datafile::write_atomically(&path, text.as_bytes()) {
            return write_failed(loc, &path, &e);
        }
    }
    let packs = match &a.out {
        Some(o) => crate::check::scenarios_flag_for(o),
        None => String::new(),
    };
    if changed + created == 0 {
        // (A file left alone was named already; "every file matches" would not be true.)
        if left > 0 {
            return 1;
        }
        out(&(loc.fmt(
            "locales-updated-nothing",
            &args([("dir", dir.display().to_string().into())]),
        ) + "\n"));
        return i32::from(left > 0);
    }
    out(&(loc.fmt(
        "locales-updated",
        &args([
            ("changed", ArgValue::from(changed)),
            ("created", ArgValue::from(created)),
            ("added", ArgValue::from(added)),
            ("refreshed", ArgValue::from(refreshed)),
            ("dir", dir.display().to_string().into()),
            ("lang", a.lang.as_str().into()),
            ("packs", packs.into()),
        ]),
    ) + "\n"));
    i32::from(left > 0)
}

fn write_failed(loc: &Localizer, path: &Path, e: &std::io::Error) -> i32 {
    err(&loc.fmt(
        "locales-write-failed",
        &args([
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ]),
    ));
    2
}

// ------------------------------------------------------------------ check

/// Whether a diagnostic is about `lang`'s files.
pub fn is_about(d: &Diagnostic, lang: &str) -> bool {
    status::locale_of_path(&d.file).is_some_and(|(l, _)| l == lang)
}

fn check_cmd(ctx: &Ctx, a: &CheckLocaleArgs) -> i32 {
    if !known(ctx, &a.lang) {
        return 2;
    }
    let all_diags: Vec<Diagnostic> = crate::check::translations(&ctx.packs)
        .into_iter()
        .filter(|d| is_about(d, &a.lang))
        .collect();
    let failed = all_diags.iter().any(Diagnostic::is_error);
    let wanted_file = a
        .file
        .as_deref()
        .map(|f| f.trim_end_matches(".ftl").to_string());
    let filtered = wanted_file.is_some() || !a.code.is_empty() || a.errors_only;
    let diags: Vec<Diagnostic> = all_diags
        .into_iter()
        .filter(|d| {
            wanted_file.as_deref().is_none_or(|w| {
                status::locale_of_path(&d.file)
                    .is_some_and(|(_, name)| name.trim_end_matches(".ftl") == w)
            })
        })
        .filter(|d| a.code.is_empty() || a.code.iter().any(|c| c.eq_ignore_ascii_case(d.code)))
        .filter(|d| !a.errors_only || d.is_error())
        .collect();
    let sources = || -> HashMap<String, String> {
        ctx.lib
            .files
            .iter()
            .map(|f| (f.display.clone(), f.text.to_string()))
            .collect()
    };
    let text = match a.format {
        Format::Text if a.all || filtered => {
            crate::check::render::text(&ctx.loc, &diags, &sources())
        }
        Format::Text => quiet(ctx, &diags, &sources()),
        Format::Json => crate::check::render::json(&ctx.loc, &diags, &[], None) + "\n",
    };
    out(&text);
    i32::from(failed)
}

/// The default report of `locales check`: every error and every stale translation (with
/// its English then and now) in full, then one line per file for its warnings (how many
/// missing, obsolete, stale, other), so one real mistake does not drown among thousands
/// of "not translated yet".
fn quiet(ctx: &Ctx, diags: &[Diagnostic], sources: &HashMap<String, String>) -> String {
    let loc = &ctx.loc;
    let full: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| d.is_error() || d.code == "W067")
        .cloned()
        .collect();
    let errors = full.iter().filter(|d| d.is_error()).count();
    let mut text = crate::check::render::diagnostics(loc, &full, sources);
    // Per file: missing, obsolete, stale, other warnings.
    let mut per_file: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
    for d in diags.iter().filter(|d| !d.is_error()) {
        let k = match d.code {
            "W061" => 0,
            "W062" => 1,
            "W067" => 2,
            _ => 3,
        };
        per_file.entry(d.file.as_str()).or_default()[k] += 1;
    }
    for (file, [missing, obsolete, stale, other]) in &per_file {
        let started = sources.contains_key(*file);
        text.push_str(&loc.fmt(
            if started {
                "locales-check-file"
            } else {
                "locales-check-file-new"
            },
            &args([
                ("file", crate::sanitize::escape_visible(file).into()),
                ("missing", ArgValue::from(*missing)),
                ("obsolete", ArgValue::from(*obsolete)),
                ("stale", ArgValue::from(*stale)),
                ("other", ArgValue::from(*other)),
            ]),
        ));
        text.push('\n');
    }
    let w = diags.len() - errors;
    text.push_str(&crate::check::render::summary(loc, errors, w));
    if w > 0 {
        text.push_str(&loc.text("locales-check-more"));
        text.push('\n');
    }
    text
}

// ------------------------------------------------------------------ confirm

/// Where a locale's lock file is (or is to be written): beside its first existing lock,
/// else in the locale's folder, in the repository (the current folder) or its pack.
fn lock_path(ctx: &Ctx, lang: &str) -> PathBuf {
    let rel = format!("locales/{lang}/{}", stale::FILE_NAME);
    let existing = ctx
        .lib
        .files
        .iter()
        .find(|f| matches!(&f.kind, Kind::SourceHashes { lang: l } if l == lang));
    let origin = existing
        .map(|f| &f.origin)
        .or_else(|| ctx.lib.catalog.origin(lang));
    match origin {
        Some(Origin::Pack { dir, .. }) => dir.join(rel),
        _ => PathBuf::from(rel),
    }
}

fn confirm_cmd(ctx: &Ctx, a: &ConfirmArgs) -> i32 {
    let loc = &ctx.loc;
    if a.lang == SOURCE {
        err(&loc.fmt("locales-bad-tag", &args([("lang", a.lang.as_str().into())])));
        return 2;
    }
    if !known(ctx, &a.lang) {
        return 2;
    }
    let what = if a.all {
        Confirm::All
    } else if a.ids.is_empty() {
        Confirm::New
    } else {
        Confirm::Ids(a.ids.clone())
    };
    // With a pack given, its own messages, into its own folder.
    let scope = ctx.packs.first().and_then(|dir| {
        ctx.lib
            .files
            .iter()
            .map(|f| &f.origin)
            .find(|o| matches!(o, Origin::Pack { dir: d, .. } if d == dir))
    });
    let c = stale::confirm_in(&ctx.lib, &a.lang, &what, scope);
    for id in &c.unknown {
        err(&loc.fmt(
            "locales-confirm-unknown",
            &args([("id", id.as_str().into()), ("lang", a.lang.as_str().into())]),
        ));
    }
    let path = match ctx.packs.first() {
        Some(dir) => dir.join("locales").join(&a.lang).join(stale::FILE_NAME),
        None => lock_path(ctx, &a.lang),
    };
    if let Some(parent) = path.parent()
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        return write_failed(loc, parent, &e);
    }
    if let Err(e) = std::fs::write(&path, stale::render_lock(&c.lock)) {
        return write_failed(loc, &path, &e);
    }
    out(&(loc.fmt(
        "locales-confirmed",
        &args([
            ("count", ArgValue::from(c.confirmed.len())),
            ("lang", a.lang.as_str().into()),
            ("path", path.display().to_string().into()),
            ("stale", ArgValue::from(c.still_stale)),
        ]),
    ) + "\n"));
    if c.unknown.is_empty() { 0 } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_tags() {
        assert!(valid_new_tag("pl"));
        assert!(valid_new_tag("pt-BR"));
        assert!(!valid_new_tag("en"));
        assert!(!valid_new_tag("en-XA"));
        assert!(!valid_new_tag("../x"));
        assert!(!valid_new_tag(""));
    }
}
