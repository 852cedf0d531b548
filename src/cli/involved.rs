//! `redflag involved`: the “Already involved? What to do now” page, in plain text.

use std::io::{self, Write};

use super::Ctx;

pub fn run(ctx: &Ctx) -> i32 {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let page = crate::present::involved_text(&ctx.loc);
    match crate::plain::write_involved(&mut out, &page).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(_) => 1,
    }
}
