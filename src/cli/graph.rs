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
    };
    let scn: Scenario = if let Some(s) = ctx.lib.find(&a.scenario) {
        (**s.scenario()).clone()
    } else if Path::new(&a.scenario).is_file() {
        let parsed = crate::content::read_limited(Path::new(&a.scenario))
            .and_then(|text| parse_ron::<Scenario>(&a.scenario, &text));
        match parsed {
            Ok(s) => s,
            Err(d) => {
                let text = crate::check::render::text(&ctx.loc, &[d], &Default::default());
                eprint!("{text}");
                return 1;
            }
        }
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
