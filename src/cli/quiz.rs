//! `redflag quiz --stage before|after`: the before/after check, recorded with its stage.

use std::io::{self, Write};

use super::RecordArgs;
use super::{Ctx, recording};
use crate::engine::rng::fresh_seed;
use crate::i18n::args;
use crate::quiz::{self, Item, Stage};
use crate::results::Recorder;
use crate::results::record::{KIND_QUIZ, Record};

#[derive(Debug, clap::Args)]
pub struct QuizArgs {
    /// Before or after the workshop (or a booster round).
    #[arg(long, value_enum)]
    pub stage: StageArg,
    /// Makes the order of the items repeatable.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    #[command(flatten)]
    pub record: RecordArgs,
}

/// `--stage` as the command line spells it (the quiz itself knows nothing of the command
/// line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StageArg {
    Before,
    After,
    Booster,
}

impl From<StageArg> for Stage {
    fn from(s: StageArg) -> Stage {
        match s {
            StageArg::Before => Stage::Before,
            StageArg::After => Stage::After,
            StageArg::Booster => Stage::Booster,
        }
    }
}

pub fn run(ctx: &Ctx, a: &QuizArgs) -> i32 {
    let stage = Stage::from(a.stage);
    let rec = match recording::open(ctx, &a.record) {
        Ok(o) => o.rec,
        Err(code) => return code,
    };
    let Some(all) = load_items(ctx) else { return 1 };
    if let Some(store) = super::play::ui_state(ctx) {
        return in_tui(ctx, rec, stage, a.seed, store);
    }
    let seed = a.seed.unwrap_or_else(fresh_seed);
    let (form, items) = quiz::check_round(&all, stage, rec.participant.as_deref(), seed);
    ask_and_record(ctx, &rec, &items, stage, form, seed)
}

/// Opens the terminal UI on the check at `stage`.
pub fn in_tui(
    ctx: &Ctx,
    rec: Recorder,
    stage: Stage,
    seed: Option<u64>,
    store: crate::tui::state::Store,
) -> i32 {
    // Recording off (`--no-record`) writes nothing anywhere, the UI's state included.
    let store = if rec.path.is_none() {
        store.detached()
    } else {
        store
    };
    let opts = crate::tui::TuiOptions {
        seed,
        quiz: Some(stage),
        results_path: rec
            .path
            .clone()
            .or_else(crate::results::store::default_path),
        recorder: rec,
        ..Default::default()
    };
    match crate::term::run_tui(&ctx.lib, ctx.requested.clone(), opts, None, store) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "{}",
                ctx.loc
                    .fmt("io-error", &args([("reason", e.to_string().into())]))
            );
            1
        }
    }
}

/// The items of the content; problems with quiz files go to stderr. `None` when there
/// are no items at all.
pub fn load_items(ctx: &Ctx) -> Option<Vec<Item>> {
    let (all, diags) = quiz::items(&ctx.lib.files);
    for d in &diags {
        eprintln!("{}", super::warning_line(&ctx.loc, d));
    }
    if all.is_empty() {
        eprintln!("{}", ctx.loc.text("quiz-no-items"));
        return None;
    }
    Some(all)
}

/// Asks the items in plain mode and records the answers when the round is complete.
pub fn ask_and_record(
    ctx: &Ctx,
    rec: &Recorder,
    items: &[Item],
    stage: Stage,
    form: quiz::Form,
    seed: u64,
) -> i32 {
    let started = rec.now();
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = crate::plain::quiz::run(&ctx.loc, items, stage, &mut input, &mut out);
    let _ = out.flush();
    match result {
        Ok(Some(answers)) => {
            let now = rec.now();
            recording::save(
                ctx,
                rec,
                Record {
                    kind: KIND_QUIZ.into(),
                    program: crate::results::PROGRAM_VERSION.into(),
                    locale: ctx.loc.lang().to_string(),
                    seed,
                    finished_at: crate::results::clock::format_utc(now),
                    seconds: (now - started).max(0) as u64,
                    stage: Some(stage.as_str().into()),
                    form: Some(form.as_str().into()),
                    answers,
                    ..Record::default()
                },
            );
            0
        }
        Ok(None) => 0,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!(
                "{}",
                ctx.loc
                    .fmt("io-error", &args([("reason", e.to_string().into())]))
            );
            1
        }
    }
}
