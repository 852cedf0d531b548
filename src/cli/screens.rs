//! `redflag screens`: every screen and state of the game written to text files, for
//! translators and reviewers (see [`crate::tui::screens`]).

use std::path::PathBuf;

use super::Ctx;
use crate::i18n::args;
use crate::tui::screens;

#[derive(Debug, clap::Args)]
pub struct ScreensArgs {
    /// The terminal size to draw at, as WIDTHxHEIGHT.
    #[arg(long, default_value = "80x24", value_name = "WIDTHxHEIGHT")]
    pub size: String,
    /// The folder to write into.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The sizes drawn: the game's smallest layout needs 40x12, and below that its "too
/// small" screen shows; a size larger than any terminal is refused.
const MIN: (u16, u16) = (10, 4);
const MAX: (u16, u16) = (400, 200);

fn parse_size(s: &str) -> Option<(u16, u16)> {
    let (w, h) = s.trim().split_once(['x', 'X', '×'])?;
    let (w, h): (u16, u16) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    let fits = (MIN.0..=MAX.0).contains(&w) && (MIN.1..=MAX.1).contains(&h);
    fits.then_some((w, h))
}

pub fn run(ctx: &Ctx, a: &ScreensArgs) -> i32 {
    let loc = &ctx.loc;
    let Some((w, h)) = parse_size(&a.size) else {
        eprintln!(
            "{}",
            loc.fmt(
                "screens-bad-size",
                &args([
                    ("size", crate::sanitize::clean_line(&a.size).into()),
                    ("min", format!("{}x{}", MIN.0, MIN.1).into()),
                    ("max", format!("{}x{}", MAX.0, MAX.1).into()),
                ]),
            )
        );
        return 2;
    };
    let lang = loc.lang().to_string();
    let dir = a
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("screens-{lang}-{w}x{h}")));
    let shots = screens::shots(&ctx.lib, &lang, w, h);
    let failed = |path: &std::path::Path, e: &std::io::Error| {
        eprintln!(
            "{}",
            loc.fmt(
                "locales-write-failed",
                &args([
                    ("path", path.display().to_string().into()),
                    ("reason", e.to_string().into()),
                ]),
            )
        );
        1
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return failed(&dir, &e);
    }
    for shot in &shots {
        for (ext, text) in [
            ("txt", screens::text(&shot.buffer)),
            ("ans", screens::ansi(&shot.buffer)),
        ] {
            let path = dir.join(format!("{}.{ext}", shot.name));
            if let Err(e) = crate::datafile::write_atomically(&path, text.as_bytes()) {
                return failed(&path, &e);
            }
        }
    }
    println!(
        "{}",
        loc.fmt(
            "screens-written",
            &args([
                ("count", shots.len().into()),
                ("dir", dir.display().to_string().into()),
            ]),
        )
    );
    0
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_are_width_by_height_within_bounds() {
        use super::parse_size;
        assert_eq!(parse_size("80x24"), Some((80, 24)));
        assert_eq!(parse_size(" 40X12 "), Some((40, 12)));
        assert_eq!(parse_size("100×30"), Some((100, 30)));
        for bad in [
            "80", "x24", "80x", "0x0", "9x24", "80x3", "401x30", "80x201", "-1x5", "axb",
        ] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }
}
