//! `redflag workshop summary FILES...`: merges exported results from many participants
//! into one table (text, CSV or Markdown).

use std::path::PathBuf;

use super::Ctx;
use crate::i18n::args;
use crate::results::export::{merge, read_export};
use crate::results::report::{Style, render, tables};

#[derive(Debug, clap::Args)]
pub struct WorkshopArgs {
    #[command(subcommand)]
    pub action: WorkshopAction,
}

#[derive(Debug, clap::Subcommand)]
pub enum WorkshopAction {
    /// Merge exported results into one table.
    Summary(SummaryArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    Text,
    Csv,
    Markdown,
}

#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    /// Exported results files (`redflag results export --format json`).
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
}

pub fn run(ctx: &Ctx, a: &WorkshopArgs) -> i32 {
    let WorkshopAction::Summary(s) = &a.action;
    let loc = &ctx.loc;
    let mut read = Vec::new();
    for f in &s.files {
        match read_export(f) {
            Ok(records) => read.push(records),
            Err(e) => eprintln!(
                "{}",
                loc.fmt(
                    "workshop-file-skipped",
                    &args([
                        (
                            "path",
                            crate::sanitize::clean_line(&e.path().display().to_string()).into()
                        ),
                        ("reason", crate::sanitize::clean_line(&e.reason(loc)).into()),
                    ])
                )
            ),
        }
    }
    if read.is_empty() {
        eprintln!("{}", loc.text("workshop-no-files"));
        return 1;
    }
    let files = read.len();
    let records = merge(read);
    crate::results::warn_unknown(&ctx.lib, loc, &records);
    let summary = crate::results::summary(&ctx.lib, &records);
    let style = match s.format {
        SummaryFormat::Text => Style::Text,
        SummaryFormat::Csv => Style::Csv,
        SummaryFormat::Markdown => Style::Markdown,
    };
    let body = render(&tables(&summary, loc), style, loc);
    let text = match style {
        Style::Csv => body,
        Style::Markdown => format!(
            "# {}\n\n{body}",
            loc.fmt(
                "workshop-heading",
                &args([("files", crate::i18n::ArgValue::from(files))])
            )
        ),
        Style::Text => format!(
            "{}\n\n{body}",
            loc.fmt(
                "workshop-heading",
                &args([("files", crate::i18n::ArgValue::from(files))])
            )
        ),
    };
    super::results::print(ctx, Ok(text))
}
