//! `redflag involved`: the “Already involved? What to do now” page, in plain text.

use std::io::{self, Write};

use super::Ctx;

pub fn run(ctx: &Ctx) -> i32 {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let page = crate::present::involved_text(&ctx.loc);
    let result = crate::plain::write_involved(&mut out, &page).and_then(|()| out.flush());
    super::exit_code(&ctx.loc, result)
}
