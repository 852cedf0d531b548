//! `redflag results`: the summary of this account's results; `results export` prints them
//! as CSV or JSON; `results forget` deletes every record after a confirmation.

use std::io::{self, Write};

use super::Ctx;
use crate::i18n::{ArgValue, args};
use crate::results::report::{Style, render, tables};
use crate::results::{export, store};

#[derive(Debug, clap::Args)]
pub struct ResultsArgs {
    #[command(subcommand)]
    pub action: Option<ResultsAction>,
}

#[derive(Debug, clap::Subcommand)]
pub enum ResultsAction {
    /// Print every record to standard output.
    Export(ExportArgs),
    /// Delete every record.
    Forget(ForgetArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
}

#[derive(Debug, clap::Args)]
pub struct ForgetArgs {
    /// Do not ask for confirmation.
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &Ctx, a: &ResultsArgs) -> i32 {
    let loc = &ctx.loc;
    let Some(path) = store::default_path() else {
        eprintln!("{}", loc.text("results-no-data-dir"));
        return 1;
    };
    let shown_path = crate::sanitize::clean_line(&path.display().to_string());
    if let Some(ResultsAction::Forget(f)) = &a.action {
        return forget(ctx, &path, &shown_path, f.yes);
    }
    let doc = match store::load(&path, false) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.localized(loc));
            return 1;
        }
    };
    let text = match &a.action {
        Some(ResultsAction::Export(e)) => match e.format {
            ExportFormat::Json => export::to_json(&doc.records),
            ExportFormat::Csv => export::to_csv(&doc.records),
        },
        _ => {
            if doc.records.is_empty() {
                Ok(loc.fmt("results-empty", &args([("path", shown_path.into())])) + "\n")
            } else {
                crate::results::warn_unknown(&ctx.lib, loc, &doc.records);
                let s = crate::results::summary(&ctx.lib, &doc.records);
                Ok(format!(
                    "{}\n\n{}",
                    loc.fmt("results-heading", &args([("path", shown_path.into())])),
                    render(&tables(&s, loc), Style::Text, loc)
                ))
            }
        }
    };
    print(ctx, text)
}

/// Prints `text` to stdout; a closed pipe is fine.
pub fn print(ctx: &Ctx, text: io::Result<String>) -> i32 {
    let r = text.and_then(|t| {
        let mut out = io::stdout().lock();
        out.write_all(t.as_bytes())?;
        out.flush()
    });
    super::exit_code(&ctx.loc, r)
}

fn forget(ctx: &Ctx, path: &std::path::Path, shown: &str, yes: bool) -> i32 {
    let loc = &ctx.loc;
    let count = match store::load(path, true) {
        Ok(d) => d.records.len(),
        Err(e) => {
            eprintln!("{}", e.localized(loc));
            return 1;
        }
    };
    if count == 0 {
        println!(
            "{}",
            loc.fmt("results-empty", &args([("path", shown.into())]))
        );
        return 0;
    }
    if !yes {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let asked = (|| -> io::Result<Option<usize>> {
            writeln!(
                out,
                "{}",
                loc.fmt(
                    "results-forget-confirm",
                    &args([("count", ArgValue::from(count)), ("path", shown.into())])
                )
            )?;
            writeln!(out, "1) {}", loc.text("results-forget-yes"))?;
            writeln!(out, "2) {}", loc.text("results-forget-no"))?;
            crate::plain::ask(&mut input, &mut out, loc, 2)
        })();
        if !matches!(asked, Ok(Some(0))) {
            let _ = writeln!(out, "{}", loc.text("results-forget-kept"));
            return 0;
        }
    }
    match store::forget(path) {
        Ok(n) => {
            println!(
                "{}",
                loc.fmt("results-forgotten", &args([("count", ArgValue::from(n))]))
            );
            0
        }
        Err(e) => {
            eprintln!("{}", e.localized(loc));
            1
        }
    }
}
