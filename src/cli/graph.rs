//! `redflag graph SCENARIO`: the conversation as a Graphviz or Mermaid graph on stdout.

use std::path::Path;

use super::Ctx;
use crate::i18n::args;
use crate::scenario::graph_export::{GraphFormat, render};
use crate::scenario::load::parse_ron;
use crate::scenario::model::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Dot,
    Mermaid,
    // Mermaid in a fenced block: a Markdown file that GitHub, GitLab and many editors draw.
    Markdown,
}

#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    /// A scenario id, or the path of a scenario file.
    #[arg(value_name = "SCENARIO")]
    pub scenario: String,
    #[arg(long, value_enum, default_value_t = Format::Dot)]
    pub format: Format,
}

pub fn run(ctx: &Ctx, a: &GraphArgs) -> i32 {
    let format = match a.format {
        Format::Dot => GraphFormat::Dot,
        Format::Mermaid => GraphFormat::Mermaid,
        Format::Markdown => GraphFormat::Markdown,
    };
    let scn: Scenario = if let Some(s) = ctx.lib.find(&a.scenario) {
        (**s.scenario()).clone()
    } else if Path::new(&a.scenario).is_file() {
        let text = match crate::content::read_limited(Path::new(&a.scenario)) {
            Ok(t) => t,
            Err(d) => return refuse(ctx, vec![d], None),
        };
        let scn = match parse_ron::<Scenario>(&a.scenario, &text) {
            Ok(s) => s,
            Err(d) => return refuse(ctx, vec![d], Some(&text)),
        };
        // A file with errors is not drawn: its problems are shown, as check shows them.
        let flags: Vec<String> = ctx.lib.flag_ids();
        let channels: Vec<String> = ctx.lib.channels().iter().map(|c| c.id.clone()).collect();
        let known = crate::scenario::validate::Known {
            flags: &flags,
            channels: &channels,
        };
        let errors: Vec<_> = crate::scenario::validate::validate(&scn, &a.scenario, &text, &known)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        if !errors.is_empty() {
            return refuse(ctx, errors, Some(&text));
        }
        scn
    } else {
        eprintln!(
            "{}",
            ctx.loc.fmt(
                "play-unknown-scenario",
                &args([
                    ("name", crate::sanitize::clean_line(&a.scenario).into()),
                    ("suggestion", "none".into()),
                ])
            )
        );
        return 2;
    };
    print!("{}", render(&scn, format));
    0
}

/// Prints why a file is not drawn, with its source lines; exit code 1.
fn refuse(ctx: &Ctx, diags: Vec<crate::diag::Diagnostic>, text: Option<&str>) -> i32 {
    let sources: std::collections::HashMap<String, String> = diags
        .iter()
        .filter_map(|d| Some((d.file.clone(), text?.to_string())))
        .collect();
    eprint!("{}", crate::check::render::text(&ctx.loc, &diags, &sources));
    1
}
