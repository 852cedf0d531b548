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
/// library, or a file of the folders and files checked, read when asked for. (A pack's
/// file is named by its path, so it is read by that name, without listing the pack
/// again.)
fn sources<'l>(lib: &'l Library, paths: &[PathBuf]) -> impl FnMut(&str) -> Option<String> + 'l {
    let loaded: HashMap<&str, &str> = lib
        .files
        .iter()
        .map(|f| (f.display.as_str(), f.text.as_ref()))
        .collect();
    let files: Vec<String> = paths
        .iter()
        .filter(|p| !p.is_dir())
        .map(|p| p.display().to_string())
        .collect();
    let dirs: Vec<String> = paths
        .iter()
        .filter(|p| p.is_dir())
        .map(|p| p.join("").display().to_string())
        .collect();
    move |file| {
        let named = files.iter().any(|f| f == file);
        let in_pack = dirs.iter().any(|d| {
            file.strip_prefix(d.as_str()).is_some_and(|rest| {
                ["data", "scenarios", "locales"]
                    .iter()
                    .any(|top| rest.starts_with(top))
            })
        });
        if named || in_pack {
            crate::content::read_limited(std::path::Path::new(file)).ok()
        } else {
            loaded.get(file).map(|t| t.to_string())
        }
    }
}
