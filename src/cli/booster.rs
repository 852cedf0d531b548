//! `redflag booster`: a short round of quiz items on the red flags the player last got
//! wrong or has not practised for a week, recorded as stage `booster`.

use std::io::Write;

use super::RecordArgs;
use super::{Ctx, quiz, recording};
use crate::engine::rng::fresh_seed;
use crate::i18n::{ArgValue, args};
use crate::quiz::{BOOSTER_ITEMS, Stage, round};
use crate::results::booster::{due, flags_to_practise};

#[derive(Debug, clap::Args)]
pub struct BoosterArgs {
    /// Makes the choice and order of the items repeatable.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    #[command(flatten)]
    pub record: RecordArgs,
}

pub fn run(ctx: &Ctx, a: &BoosterArgs) -> i32 {
    let rec = match recording::open(ctx, &a.record) {
        Ok(o) => o.rec,
        Err(code) => return code,
    };
    let Some(all) = quiz::load_items(ctx) else {
        return 1;
    };
    // Even with recording off, the player's history says what to practise.
    let doc = match &rec.path {
        Some(p) => crate::results::store::load(p, false).unwrap_or_default(),
        None => crate::results::store::default_path()
            .and_then(|p| crate::results::store::load(&p, false).ok())
            .unwrap_or_default(),
    };
    let known: Vec<String> = ctx.lib.flag_ids();
    let now = rec.now();
    let flags = match due(&doc.records, now, &known) {
        Some(b) => b.flags,
        None => flags_to_practise(&doc.records, now, &known),
    };
    if let Some(store) = super::play::ui_state(ctx) {
        return quiz::in_tui(ctx, rec, Stage::Booster, a.seed, store);
    }
    let seed = a.seed.unwrap_or_else(fresh_seed);
    let items = round(
        &crate::quiz::pool(&all, crate::quiz::Form::Bank),
        seed,
        Some(&flags),
        BOOSTER_ITEMS,
    );
    if items.is_empty() {
        let _ = writeln!(std::io::stdout(), "{}", ctx.loc.text("booster-nothing"));
        return 0;
    }
    let names: Vec<String> = flags
        .iter()
        .filter(|f| items.iter().any(|i| i.flags.contains(f)))
        .map(|f| {
            let key = format!("flag-{f}");
            if ctx.loc.has(&key) {
                ctx.loc.text(&key)
            } else {
                crate::sanitize::clean_line(f)
            }
        })
        .collect();
    let _ = writeln!(
        std::io::stdout(),
        "{}",
        ctx.loc.fmt(
            "booster-flags",
            &args([
                ("flags", names.join(", ").into()),
                ("count", ArgValue::from(names.len()))
            ])
        )
    );
    quiz::ask_and_record(
        ctx,
        &rec,
        &items,
        Stage::Booster,
        crate::quiz::Form::Bank,
        seed,
    )
}
