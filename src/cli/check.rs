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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let _ = match a.format {
        Format::Text => {
            let mut source = sources(&ctx.lib, &a.paths);
            let (errors, warnings) = crate::check::render::totals(diags);
            crate::check::render::write_diagnostics(&mut out, &ctx.loc, diags, &mut source)
                .and_then(|()| {
                    out.write_all(
                        (crate::check::render::summary(&ctx.loc, errors, warnings)
                            + &crate::check::render::coverage_text(&ctx.loc, coverage))
                            .as_bytes(),
                    )
                })
        }
        Format::Json => out.write_all(
            (crate::check::render::json(&ctx.loc, diags, coverage, Some(&report.cues)) + "\n")
                .as_bytes(),
        ),
    }
    .and_then(|()| out.flush());
    i32::from(diags.iter().any(Diagnostic::is_error))
}

/// The text of a file diagnostics may point into, for source excerpts: a file of the
/// library, or a file of the folders and files checked, read when asked for.
fn sources<'l>(lib: &'l Library, paths: &[PathBuf]) -> impl FnMut(&str) -> Option<String> + 'l {
    let loaded: HashMap<&str, &str> = lib
        .files
        .iter()
        .map(|f| (f.display.as_str(), f.text.as_ref()))
        .collect();
    let mut on_disk: HashMap<String, PathBuf> = HashMap::new();
    for p in paths {
        if p.is_dir() {
            for (_, path) in crate::content::pack_paths(p) {
                on_disk.insert(path.display().to_string(), path);
            }
        } else {
            on_disk.insert(p.display().to_string(), p.clone());
        }
    }
    move |file| match on_disk.get(file) {
        Some(path) => crate::content::read_limited(path).ok(),
        None => loaded.get(file).map(|t| t.to_string()),
    }
}
