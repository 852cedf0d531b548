//! `redflag check`: diagnostics for authors and translators.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use super::{CheckArgs, Ctx, Format};
use crate::diag::Diagnostic;
use crate::library::Library;

pub fn run(ctx: &Ctx, a: &CheckArgs) -> i32 {
    let opts = crate::check::playtest::Options {
        walks: a.walks,
        seed: a.seed,
        exhaustive: a.exhaustive,
        max_states: a.max_states,
    };
    let playtests = (a.walks.is_some() || a.exhaustive).then_some(&opts);
    let report = crate::check::run_all(&a.paths, &ctx.packs, playtests);
    let (diags, coverage) = (&report.diagnostics, &report.coverage);
    let sources = source_texts(&ctx.lib, &a.paths);
    let text = match a.format {
        Format::Text => {
            crate::check::render::text(&ctx.loc, diags, &sources)
                + &crate::check::render::coverage_text(&ctx.loc, coverage)
        }
        Format::Json => {
            crate::check::render::json(&ctx.loc, diags, coverage, Some(&report.cues)) + "\n"
        }
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    i32::from(diags.iter().any(Diagnostic::is_error))
}

/// The texts of files diagnostics may point into, for source excerpts.
fn source_texts(lib: &Library, paths: &[PathBuf]) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = lib
        .files
        .iter()
        .map(|f| (f.display.clone(), f.text.to_string()))
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
