//! The command line: parse, pick the language, load the content, run a command.
//! Help texts come from Fluent (`cli-*` messages); clap's layout words may stay English.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diag::{Diagnostic, Severity};
use crate::i18n::{Localizer, SOURCE, args, lang};
use crate::library::Library;

mod booster;
mod check;
mod graph;
mod ids;
mod involved;
mod list;
mod locales;
mod new;
mod play;
mod quiz;
mod recording;
mod results;
mod screens;
mod serve;
mod watch;
mod workshop;

#[derive(Debug, Parser)]
#[command(
    name = "redflag",
    version,
    propagate_version = true,
    disable_help_flag = true,
    disable_version_flag = true
)]
pub struct Cli {
    /// Print help. (Declared here, not by clap, so its text can be localized.)
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Print version.
    #[arg(short = 'V', long, global = true, action = clap::ArgAction::Version)]
    pub version: Option<bool>,
    /// Language tag, such as `de` or `uk-UA`.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
    /// A pack folder with `scenarios/` and `locales/`; may be given more than once.
    #[arg(long = "scenarios", global = true, value_name = "DIR")]
    pub scenarios: Vec<PathBuf>,
    /// Plain text mode, for screen readers and scripts.
    #[arg(long, global = true)]
    pub plain: bool,
    /// Shows each message's id beside its text, for translators.
    #[arg(long, global = true)]
    pub show_ids: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands. Each one's arguments are built only when clap gets to that command
/// ([`Later`]): a start that runs one command does not build the others.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a scenario.
    Play(Later<PlayArgs>),
    /// List the scenarios.
    List(Later<ListArgs>),
    /// Check scenarios and locales.
    Check(Later<CheckArgs>),
    /// Draw a scenario's conversation as a graph.
    Graph(Later<graph::GraphArgs>),
    /// Start a new scenario from a commented example.
    New(Later<new::NewArgs>),
    /// The before/after check: judge messages as scam or legitimate.
    Quiz(Later<quiz::QuizArgs>),
    /// A short round on the red flags to practise again.
    Booster(Later<booster::BoosterArgs>),
    /// Your results: a summary, an export, or forget them.
    Results(Later<results::ResultsArgs>),
    /// For facilitators: merge the results of a workshop.
    Workshop(Later<workshop::WorkshopArgs>),
    /// Already involved? What to do now.
    Involved,
    /// For translators: status, new languages, checks and confirmations.
    Locales(Later<locales::LocalesArgs>),
    /// For facilitators: the game over SSH for a whole room.
    Serve(Later<serve::ServeArgs>),
    /// For authors: the ids a scenario may use (red flags, channels, name pools, icons).
    Ids(Later<ids::IdsArgs>),
    /// For translators and reviewers: every screen, written to text files.
    Screens(Later<screens::ScreensArgs>),
}

/// A command's arguments, added to its `clap::Command` when clap first needs them (to
/// parse that command, or to show help), through `Command::defer`.
#[derive(Debug, Default)]
pub struct Later<T>(pub T);

impl<T: FromArgMatches> FromArgMatches for Later<T> {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(m).map(Later)
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
}

impl<T: clap::Args> clap::Args for Later<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args_for_update)
    }
}

#[derive(Debug, Default, clap::Args)]
pub struct PlayArgs {
    /// The scenario's id; without one, the list is offered.
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,
    /// Makes the run repeatable: names, amounts and the order of answers.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Reload this scenario file or pack folder when it changes, and restart the run.
    #[arg(long, value_name = "PATH")]
    pub watch: Option<PathBuf>,
    #[command(flatten)]
    pub record: RecordArgs,
}

/// Who is playing, for the results file, and whether to record at all.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct RecordArgs {
    /// An anonymous code for this participant (never a name).
    #[arg(long, value_name = "CODE")]
    pub participant: Option<String>,
    /// Play without recording the result.
    #[arg(long)]
    pub no_record: bool,
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
    /// Play this many seeded random walks per scenario and locale, and report coverage.
    #[arg(long, value_name = "N")]
    pub walks: Option<u32>,
    /// The seed of the first walk; walk k uses seed S+k.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Take every option of every choice at least once, exploring all reachable states.
    #[arg(long)]
    pub exhaustive: bool,
    /// The most states the exhaustive mode explores per scenario before it stops.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_states: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The values of option `name` (`--lang`, `--scenarios`) in raw arguments, read before
/// parsing: help is localized before clap has parsed anything.
fn raw_values(argv: &[String], name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let eq = format!("{name}=");
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == name {
            out.extend(it.next().cloned());
        } else if let Some(v) = a.strip_prefix(&eq) {
            out.push(v.to_string());
        }
    }
    out
}

/// The value of `--lang` in raw arguments (the first, as before).
fn lang_arg(argv: &[String]) -> Option<String> {
    raw_values(argv, "--lang").into_iter().next()
}

/// The packs named with `--scenarios`, whose own `cli.ftl` may localize help.
fn scenarios_args(argv: &[String]) -> Vec<PathBuf> {
    raw_values(argv, "--scenarios")
        .into_iter()
        .map(PathBuf::from)
        .collect()
}

/// The common usage errors in the user's words; clap's own English stays as a detail.
/// `None` for help, version and the rarer errors, which clap prints itself.
fn usage_error(loc: &Localizer, e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k: ContextKind| -> String {
        match e.get(k) {
            Some(ContextValue::String(s)) => crate::sanitize::clean_line(s),
            Some(ContextValue::Strings(v)) => crate::sanitize::clean_line(&v.join(", ")),
            _ => String::new(),
        }
    };
    let id = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "cli-error-invalid-value",
        ErrorKind::UnknownArgument => "cli-error-unknown-argument",
        ErrorKind::MissingRequiredArgument => "cli-error-missing",
        ErrorKind::InvalidSubcommand => "cli-error-unknown-command",
        _ => return None,
    };
    // clap's text up to its usage line, on one line (its tips, such as a similar
    // command, included).
    let first = e
        .to_string()
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .trim_end_matches('.')
        .to_string();
    let value = match e.kind() {
        ErrorKind::InvalidSubcommand => ctx(ContextKind::InvalidSubcommand),
        _ => ctx(ContextKind::InvalidValue),
    };
    let said = loc.fmt(
        id,
        &args([
            ("arg", ctx(ContextKind::InvalidArg).into()),
            ("value", value.into()),
        ]),
    );
    let detail = loc.fmt(
        "cli-error-detail",
        &args([("detail", crate::sanitize::clean_line(&first).into())]),
    );
    Some(format!("{said}\n{detail}"))
}

/// The requested language: `--lang`, else the environment, else the system's (Windows,
/// macOS); `None` if none says.
pub fn requested_lang(flag: Option<&str>) -> Option<String> {
    lang::requested(flag, |k| std::env::var(k).ok(), system_lang)
}

#[cfg(any(windows, target_os = "macos"))]
fn system_lang() -> Option<String> {
    sys_locale::get_locale()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn system_lang() -> Option<String> {
    None
}

/// Sets every about and help text from Fluent: `cli-<path>-about`, `cli-<path>-<arg>`.
/// `cmd` must be built (`Command::build`): the commands' arguments are added only then.
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
    let flag = lang_arg(&argv);
    let requested = requested_lang(flag.as_deref());
    // Help, version and usage errors are the only outputs of parsing; the localized command
    // is built only for them, so a normal start does not pay for it.
    let matches = match Cli::command().try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(_) => {
            // The built-in content, and the locales of any packs named, localize help.
            let mut files = crate::content::builtin_files();
            for dir in scenarios_args(&argv) {
                files.extend(
                    crate::content::pack_files(&dir)
                        .0
                        .into_iter()
                        .filter(|f| matches!(f.kind, crate::content::Kind::Locale { .. })),
                );
            }
            let catalog = crate::i18n::Catalog::new(files);
            let (help_loc, _) = catalog.localizer(requested.as_deref().unwrap_or(SOURCE));
            let mut cmd = Cli::command();
            cmd.build();
            let cmd = localize(cmd, &help_loc, "redflag");
            match cmd.try_get_matches_from(&argv) {
                Ok(m) => m,
                Err(e) => {
                    if let Some(said) = usage_error(&help_loc, &e) {
                        eprintln!("{said}");
                        return 2;
                    }
                    let _ = e.print();
                    return if e.use_stderr() { 2 } else { 0 };
                }
            }
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    run(cli, requested, flag)
}

/// What every command gets: the content, the language, and the global options.
pub struct Ctx {
    pub lib: Library,
    pub loc: Localizer,
    /// Problems met while building the language's bundles.
    pub locale_diags: Vec<Diagnostic>,
    /// The language asked for, if any (`--lang` or the environment).
    pub requested: Option<String>,
    pub plain: bool,
    pub packs: Vec<PathBuf>,
}

fn run(cli: Cli, requested: Option<String>, flag: Option<String>) -> i32 {
    let mut lib = Library::load(&cli.scenarios);
    lib.catalog.set_show_ids(cli.show_ids);
    let (loc, locale_diags) = lib
        .catalog
        .localizer(requested.as_deref().unwrap_or(SOURCE));
    // `--lang` asked for a language nobody has: said once, and the game goes on in English.
    // (From the raw arguments: clap would also hand over a command's own LANG argument.)
    if let Some(asked) = flag.as_deref().map(lang::posix_to_bcp47)
        && loc.pseudo().is_none()
        && loc.lang() == SOURCE
        && !asked.to_ascii_lowercase().starts_with(SOURCE)
    {
        eprintln!(
            "{}",
            loc.fmt(
                "lang-unknown",
                &args([
                    ("lang", crate::sanitize::clean_line(&asked).into()),
                    ("langs", lib.catalog.langs().join(", ").into()),
                ])
            )
        );
    }
    let ctx = Ctx {
        lib,
        loc,
        locale_diags,
        requested,
        plain: cli.plain,
        packs: cli.scenarios,
    };
    match cli.command.unwrap_or(Command::Play(Later::default())) {
        Command::Check(a) => check::run(&ctx, &a.0),
        Command::List(a) => list::run(&ctx, &a.0),
        Command::Play(a) => play::run(ctx, &a.0),
        Command::Graph(a) => graph::run(&ctx, &a.0),
        Command::New(a) => new::run(&ctx, &a.0),
        Command::Quiz(a) => quiz::run(&ctx, &a.0),
        Command::Booster(a) => booster::run(&ctx, &a.0),
        Command::Results(a) => results::run(&ctx, &a.0),
        Command::Workshop(a) => workshop::run(&ctx, &a.0),
        Command::Involved => involved::run(&ctx),
        Command::Locales(a) => locales::run(&ctx, &a.0),
        Command::Serve(a) => serve::run(ctx, &a.0),
        Command::Ids(a) => ids::run(&ctx, &a.0),
        Command::Screens(a) => screens::run(&ctx, &a.0),
    }
}

/// The exit code of a command whose output failed or not: a closed pipe (`redflag | head`)
/// is not a failure; any other error is said on stderr and exits 1.
pub fn exit_code(loc: &Localizer, result: io::Result<()>) -> i32 {
    match result {
        Ok(()) => 0,
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

/// A problem as one line for stderr: `file:line:col: message`, in the player's words.
pub fn warning_line(loc: &Localizer, d: &Diagnostic) -> String {
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
                .into(),
            ),
            ("message", crate::check::render::message(loc, d).into()),
        ]),
    )
}

/// Tells the player on stderr which scenarios were skipped and which files were refused.
pub fn warn_skipped(ctx: &Ctx) {
    let loc = &ctx.loc;
    let mut stderr = io::stderr().lock();
    for d in ctx
        .lib
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error || d.code == "W052")
        .chain(ctx.locale_diags.iter())
    {
        let _ = writeln!(stderr, "{}", warning_line(loc, d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every argument has its words in Fluent, in every built-in
    /// language: help never falls back to text written in the code.
    #[test]
    fn every_command_and_argument_has_its_words_in_fluent() {
        fn walk(cmd: &clap::Command, path: &str, loc: &Localizer, missing: &mut Vec<String>) {
            if !loc.has_own(&format!("cli-{path}-about")) {
                missing.push(format!("cli-{path}-about"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                let own = format!("cli-{path}-{id}");
                if !loc.has_own(&own) && !loc.has_own(&format!("cli-{id}")) {
                    missing.push(own);
                }
            }
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                walk(sub, &format!("{path}-{}", sub.get_name()), loc, missing);
            }
        }
        let lib = Library::load(&[]);
        let mut cmd = Cli::command();
        cmd.build();
        let mut seen = 0;
        for lang in lib.catalog.langs() {
            let (loc, _) = lib.catalog.localizer(&lang);
            let mut missing = Vec::new();
            walk(&cmd, "redflag", &loc, &mut missing);
            assert!(missing.is_empty(), "{lang}: {missing:?}");
            seen += 1;
        }
        assert!(seen >= 4);
        // The walk sees the commands' own arguments, which are built only when needed.
        let play = cmd.find_subcommand("play").unwrap();
        assert!(play.get_arguments().any(|a| a.get_id() == "seed"));
    }
}
