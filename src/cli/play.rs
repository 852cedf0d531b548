//! `redflag play`: a scenario, or the list to choose from.

use std::io::{self, IsTerminal};

use super::{Ctx, PlayArgs, warn_skipped};
use crate::engine::rng::fresh_seed;
use crate::i18n::args;
use crate::plain;

pub fn run(ctx: Ctx, a: &PlayArgs) -> i32 {
    if a.watch.is_none()
        && let Some(store) = ui_state(&ctx)
    {
        return terminal(ctx, a, store);
    }
    let ctx = &ctx;
    let (lib, loc) = (&ctx.lib, &ctx.loc);
    if let Some(path) = &a.watch {
        return super::watch::run(ctx, a, path);
    }
    warn_skipped(ctx);
    if let Some(id) = &a.scenario
        && lib.find(id).is_none()
    {
        return unknown_scenario(ctx, id);
    }
    let opened = match super::recording::open(ctx, &a.record) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let offer = super::recording::booster_offer(ctx, &opened);
    let rec = opened.rec;
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    // Each run's time is counted from the end of the previous one (or the start).
    let mut started = rec.now();
    let mut on_debrief = |d: &crate::engine::Debrief| {
        super::recording::save(ctx, &rec, rec.finished_play(d, loc.lang(), &mut started));
    };
    let result = match &a.scenario {
        Some(id) => match lib.find(id) {
            Some(s) => {
                let seed = a.seed.unwrap_or_else(fresh_seed);
                match plain::play_with(
                    loc,
                    s,
                    seed,
                    crate::present::Rerun::Flag,
                    &mut input,
                    &mut out,
                    &mut on_debrief,
                ) {
                    // The story could not go on: an error, not a normal end.
                    Ok(plain::Ended::Failed) => return 1,
                    other => other.map(|_| ()),
                }
            }
            None => {
                let ids: Vec<&str> = lib.scenarios.iter().map(|s| s.head.id.as_str()).collect();
                let suggestion =
                    crate::diag::suggest(id, ids.iter().copied()).unwrap_or_else(|| "none".into());
                eprintln!(
                    "{}",
                    loc.fmt(
                        "play-unknown-scenario",
                        &args([
                            ("name", crate::sanitize::clean_line(id).into()),
                            ("suggestion", suggestion.into()),
                        ])
                    )
                );
                return 2;
            }
        },
        None => plain::menu_with(
            lib,
            loc,
            || a.seed.unwrap_or_else(fresh_seed),
            &mut input,
            &mut out,
            offer.as_deref(),
            &mut on_debrief,
        ),
    };
    super::exit_code(loc, result)
}

/// The game in the terminal UI. It takes the command line's localizer along, so the
/// start screen does not build the same bundles again.
fn terminal(ctx: Ctx, a: &PlayArgs, store: crate::tui::state::Store) -> i32 {
    warn_skipped(&ctx);
    if let Some(id) = &a.scenario
        && ctx.lib.find(id).is_none()
    {
        return unknown_scenario(&ctx, id);
    }
    let opened = match super::recording::open(&ctx, &a.record) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let store = if a.record.no_record {
        store.detached()
    } else {
        store
    };
    let offer = super::recording::booster_offer(&ctx, &opened);
    let (rec, warning) = (opened.rec, opened.warning);
    let opts = crate::tui::TuiOptions {
        scenario: a.scenario.clone(),
        seed: a.seed,
        results_path: rec
            .path
            .clone()
            .or_else(crate::results::store::default_path),
        recorder: rec.clone(),
        notices: warning.iter().chain(offer.iter()).cloned().collect(),
        quiz: None,
    };
    let Ctx {
        lib,
        loc,
        requested,
        ..
    } = ctx;
    match crate::term::run_tui(&lib, requested.clone(), opts, Some(loc), store) {
        Ok(code) => code,
        Err(e) => {
            let (loc, _) = lib
                .catalog
                .localizer(requested.as_deref().unwrap_or(crate::i18n::SOURCE));
            eprintln!(
                "{}",
                loc.fmt("io-error", &args([("reason", e.to_string().into())]))
            );
            1
        }
    }
}

/// An unknown scenario id is a usage error, with a suggestion.
fn unknown_scenario(ctx: &Ctx, id: &str) -> i32 {
    let ids: Vec<&str> = ctx
        .lib
        .scenarios
        .iter()
        .map(|s| s.head.id.as_str())
        .collect();
    let suggestion = crate::diag::suggest(id, ids.iter().copied()).unwrap_or_else(|| "none".into());
    eprintln!(
        "{}",
        ctx.loc.fmt(
            "play-unknown-scenario",
            &args([
                ("name", crate::sanitize::clean_line(id).into()),
                ("suggestion", suggestion.into()),
            ])
        )
    );
    2
}

/// The saved state for the terminal UI, read once; `None` for plain mode: asked for, not
/// a terminal, `TERM=dumb`, or the saved screen-reader setting.
pub(super) fn ui_state(ctx: &Ctx) -> Option<crate::tui::state::Store> {
    if ctx.plain || !io::stdout().is_terminal() || !io::stdin().is_terminal() || term_is_dumb() {
        return None;
    }
    let store = crate::tui::saved_state();
    (!crate::tui::plain_mode_saved(&store)).then_some(store)
}

fn term_is_dumb() -> bool {
    std::env::var("TERM").is_ok_and(|t| t == "dumb")
}
