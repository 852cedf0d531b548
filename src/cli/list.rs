//! `redflag list`: the scenarios, as text or JSON.

use std::io::Write;

use super::{Ctx, Format, ListArgs, warn_skipped};
use crate::i18n::Localizer;
use crate::library::Library;
use crate::present::list_entry;

pub fn run(ctx: &Ctx, a: &ListArgs) -> i32 {
    warn_skipped(ctx);
    let text = match a.format {
        Format::Text => list_text(&ctx.lib, &ctx.loc),
        Format::Json => list_json(&ctx.lib, &ctx.loc) + "\n",
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    0
}

fn list_text(lib: &Library, loc: &Localizer) -> String {
    if lib.scenarios.is_empty() {
        return loc.text("list-empty") + "\n";
    }
    let mut out = String::new();
    for (i, s) in lib.scenarios.iter().enumerate() {
        if let Some((title, facts)) = list_entry(loc, lib, i) {
            out.push_str(&format!("{}  {title} ({facts})\n", s.head.id));
        }
    }
    out
}

fn list_json(lib: &Library, loc: &Localizer) -> String {
    let items: Vec<serde_json::Value> = lib
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let scn = s.scenario();
            let title = list_entry(loc, lib, i).map(|(t, _)| t).unwrap_or_default();
            let mut flags: Vec<&str> = scn
                .nodes
                .iter()
                .flat_map(|n| match n {
                    crate::scenario::Node::Choice { options, .. } => options
                        .iter()
                        .flat_map(|o| o.assess.keys().map(String::as_str))
                        .collect(),
                    _ => Vec::new(),
                })
                .collect();
            flags.sort();
            flags.dedup();
            serde_json::json!({
                "id": scn.id,
                "title": title,
                "perspective": scn.perspective.as_str(),
                "legitimate": scn.legitimate,
                "flags": flags,
                "locales": lib.complete_locales(scn),
                "minutes": scn.minutes,
                "difficulty": scn.difficulty.as_str(),
                "version": scn.version,
                "pack": s.origin.pack_name(),
            })
        })
        .collect();
    crate::sanitize::json_safe(serde_json::to_string_pretty(&items).unwrap_or_default())
}
