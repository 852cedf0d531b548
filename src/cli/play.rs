//! `redflag play`: a scenario, or the list to choose from.

use std::io::{self, IsTerminal};

use super::{Ctx, PlayArgs, warn_skipped};
use crate::engine::rng::fresh_seed;
use crate::i18n::args;
use crate::plain;

pub fn run(ctx: &Ctx, a: &PlayArgs) -> i32 {
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
    let plain = ctx.plain
        || !io::stdout().is_terminal()
        || !io::stdin().is_terminal()
        || term_is_dumb()
        || crate::tui::plain_mode_saved();
    if !plain {
        let opts = crate::tui::TuiOptions {
            scenario: a.scenario.clone(),
            seed: a.seed,
        };
        return match crate::tui::run(lib, ctx.requested.clone(), opts) {
            Ok(code) => code,
            Err(e) => {
                eprintln!(
                    "{}",
                    loc.fmt("io-error", &args([("reason", e.to_string().into())]))
                );
                1
            }
        };
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = match &a.scenario {
        Some(id) => match lib.find(id) {
            Some(s) => {
                let seed = a.seed.unwrap_or_else(fresh_seed);
                plain::play(loc, s, seed, &mut input, &mut out).map(|_| ())
            }
            None => {
                let ids: Vec<&str> = lib
                    .scenarios
                    .iter()
                    .map(|s| s.scenario.id.as_str())
                    .collect();
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
        None => plain::menu(
            lib,
            loc,
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

/// An unknown scenario id is a usage error, with a suggestion.
fn unknown_scenario(ctx: &Ctx, id: &str) -> i32 {
    let ids: Vec<&str> = ctx
        .lib
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
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

fn term_is_dumb() -> bool {
    std::env::var("TERM").is_ok_and(|t| t == "dumb")
}
