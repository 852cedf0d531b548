//! The command line: parse, pick the language, load the content, run a command.
//! Help texts come from Fluent (`cli-*` messages); clap's layout words may stay English.

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::check;
use crate::diag::{Diagnostic, Severity};
use crate::engine::rng::fresh_seed;
use crate::i18n::{Localizer, SOURCE, args, lang};
use crate::library::Library;
use crate::plain;
use crate::present::list_entry;

#[derive(Debug, Parser)]
#[command(name = "redflag", version, propagate_version = true)]
pub struct Cli {
    /// Language tag, such as `de` or `uk-UA`.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
    /// A pack folder with `scenarios/` and `locales/`; may be given more than once.
    #[arg(long = "scenarios", global = true, value_name = "DIR")]
    pub scenarios: Vec<PathBuf>,
    /// Plain text mode, for screen readers and scripts.
    #[arg(long, global = true)]
    pub plain: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a scenario.
    Play(PlayArgs),
    /// List the scenarios.
    List(ListArgs),
    /// Check scenarios and locales.
    Check(CheckArgs),
}

#[derive(Debug, Default, clap::Args)]
pub struct PlayArgs {
    /// The scenario's id; without one, the list is offered.
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,
    /// Makes the run repeatable: names, amounts and the order of answers.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Scenario files, locale files or pack folders; without any, the built-in content.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The value of `--lang` in raw arguments, read before parsing so help can be localized.
fn lang_arg(argv: &[String]) -> Option<String> {
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The requested language: `--lang`, else the environment; `None` if neither says.
pub fn requested_lang(flag: Option<&str>) -> Option<String> {
    flag.map(str::to_string)
        .or_else(|| lang::from_env(|k| std::env::var(k).ok()))
}

/// Sets every about and help text from Fluent: `cli-<path>-about`, `cli-<path>-<arg>`.
fn localize(mut cmd: clap::Command, loc: &Localizer, path: &str) -> clap::Command {
    let about = format!("cli-{path}-about");
    if loc.has(&about) {
        cmd = cmd.about(loc.text(&about));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = format!("cli-{path}-{id}");
        let global = format!("cli-{id}");
        let text = if loc.has(&key) {
            Some(loc.text(&key))
        } else if loc.has(&global) {
            Some(loc.text(&global))
        } else {
            None
        };
        if let Some(t) = text {
            cmd = cmd.mut_arg(id.as_str(), |a| a.help(t));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name.as_str(), |s| localize(s, loc, &sub_path));
    }
    cmd
}

/// Runs redflag with these arguments; returns the exit code.
pub fn main_with(argv: Vec<String>) -> i32 {
    // The built-in content is enough to localize help; packs load after parsing.
    let requested = requested_lang(lang_arg(&argv).as_deref());
    let builtin = crate::i18n::Catalog::new(crate::content::builtin_files());
    let (help_loc, _) = builtin.localizer(requested.as_deref().unwrap_or(SOURCE));
    let cmd = localize(Cli::command(), &help_loc, "redflag");
    let matches = match cmd.try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    drop(help_loc);
    run(cli, requested)
}

fn run(cli: Cli, requested: Option<String>) -> i32 {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let lib = Library::load(&cli.scenarios);
    let (loc, locale_diags) = lib
        .catalog
        .localizer(requested.as_deref().unwrap_or(SOURCE));
    match cli.command.unwrap_or(Command::Play(PlayArgs::default())) {
        Command::Check(a) => {
            let diags = check::run(&a.paths, &cli.scenarios);
            let sources: HashMap<String, String> = source_texts(&lib, &a.paths);
            let text = match a.format {
                Format::Text => check::render::text(&loc, &diags, &sources),
                Format::Json => check::render::json(&loc, &diags) + "\n",
            };
            let _ = out.write_all(text.as_bytes());
            i32::from(diags.iter().any(Diagnostic::is_error))
        }
        Command::List(a) => {
            warn_skipped(&loc, &lib.diagnostics, &locale_diags);
            let text = match a.format {
                Format::Text => list_text(&lib, &loc),
                Format::Json => list_json(&lib, &loc) + "\n",
            };
            let _ = out.write_all(text.as_bytes());
            0
        }
        Command::Play(a) => {
            warn_skipped(&loc, &lib.diagnostics, &locale_diags);
            // The terminal UI is its own piece of work; until it lands, plain mode is the game.
            let _plain = cli.plain || !io::stdout().is_terminal() || term_is_dumb();
            let stdin = io::stdin();
            let mut input = stdin.lock();
            let result = match a.scenario {
                Some(id) => match lib.find(&id) {
                    Some(s) => {
                        let seed = a.seed.unwrap_or_else(fresh_seed);
                        plain::play(&loc, s, seed, &mut input, &mut out).map(|_| ())
                    }
                    None => {
                        let ids: Vec<&str> = lib
                            .scenarios
                            .iter()
                            .map(|s| s.scenario.id.as_str())
                            .collect();
                        let suggestion = crate::diag::suggest(&id, ids.iter().copied())
                            .unwrap_or_else(|| "none".into());
                        eprintln!(
                            "{}",
                            loc.fmt(
                                "play-unknown-scenario",
                                &args([
                                    ("name", crate::sanitize::clean_line(&id).into()),
                                    ("suggestion", suggestion.into()),
                                ])
                            )
                        );
                        return 2;
                    }
                },
                None => plain::menu(
                    &lib,
                    &loc,
                    || a.seed.unwrap_or_else(fresh_seed),
                    &mut input,
                    &mut out,
                ),
            };
            match result {
                Ok(()) => 0,
                // A closed pipe (`redflag | head`) is not a failure of the game.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
                Err(e) => {
                    eprintln!(
                        "{}",
                        loc.fmt("io-error", &args([("reason", e.to_string().into())]))
                    );
                    1
                }
            }
        }
    }
}

fn term_is_dumb() -> bool {
    std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// The texts of files diagnostics may point into, for source excerpts.
fn source_texts(lib: &Library, paths: &[PathBuf]) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = lib
        .files
        .iter()
        .map(|f| (f.display.clone(), f.text.clone()))
        .collect();
    for p in paths {
        let list: Vec<PathBuf> = if p.is_dir() {
            crate::content::pack_paths(p)
                .into_iter()
                .map(|(_, path)| path)
                .collect()
        } else {
            vec![p.clone()]
        };
        for path in list {
            if let Ok(t) = crate::content::read_limited(&path) {
                map.insert(path.display().to_string(), t);
            }
        }
    }
    map
}

/// Tells the player on stderr which scenarios were skipped and which files were refused.
fn warn_skipped(loc: &Localizer, lib_diags: &[Diagnostic], locale_diags: &[Diagnostic]) {
    let mut stderr = io::stderr().lock();
    for d in lib_diags
        .iter()
        .filter(|d| d.severity == Severity::Error || d.code == "W052")
        .chain(locale_diags.iter())
    {
        let _ = writeln!(
            stderr,
            "{}",
            loc.fmt(
                "play-skipped",
                &args([
                    (
                        "location",
                        format!(
                            "{}:{}:{}",
                            crate::sanitize::escape_visible(&d.file),
                            d.pos.line.max(1),
                            d.pos.col.max(1)
                        )
                        .into()
                    ),
                    ("message", check::render::message(loc, d).into()),
                ])
            )
        );
    }
}

fn list_text(lib: &Library, loc: &Localizer) -> String {
    if lib.scenarios.is_empty() {
        return loc.text("list-empty") + "\n";
    }
    let mut out = String::new();
    for (i, s) in lib.scenarios.iter().enumerate() {
        if let Some((title, facts)) = list_entry(loc, lib, i) {
            out.push_str(&format!("{}  {title} ({facts})\n", s.scenario.id));
        }
    }
    out
}

fn list_json(lib: &Library, loc: &Localizer) -> String {
    let items: Vec<serde_json::Value> = lib
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let scn = &s.scenario;
            let title = list_entry(loc, lib, i).map(|(t, _)| t).unwrap_or_default();
            let mut flags: Vec<&str> = scn
                .nodes
                .iter()
                .flat_map(|n| match n {
                    crate::scenario::Node::Choice { options, .. } => options
                        .iter()
                        .flat_map(|o| o.assess.keys().map(String::as_str))
                        .collect(),
                    _ => Vec::new(),
                })
                .collect();
            flags.sort();
            flags.dedup();
            serde_json::json!({
                "id": scn.id,
                "title": title,
                "perspective": scn.perspective.as_str(),
                "legitimate": scn.legitimate,
                "flags": flags,
                "locales": lib.complete_locales(scn),
                "minutes": scn.minutes,
                "difficulty": scn.difficulty.as_str(),
                "version": scn.version,
                "pack": s.origin.pack_name(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}
