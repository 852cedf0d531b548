//! `redflag ids`: the ids an author writes in a scenario file (red flags, channels, name
//! pools, event icons), from the content actually loaded: built in, and any packs given.
//! An author with only the binary has no `data/` folder to look them up in.

use std::io::Write;

use super::{Ctx, Format};
use crate::content::Kind;
use crate::i18n::{Localizer, args};
use crate::library::Library;
use crate::sanitize::clean_line;
use crate::scenario::model::EventIcon;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Flags,
    Channels,
    Pools,
    Icons,
}

#[derive(Debug, clap::Args)]
pub struct IdsArgs {
    /// What to list.
    #[arg(value_enum)]
    pub what: What,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// One id, with its words and where it comes from.
struct Entry {
    id: String,
    /// Its name (or, for icons, what it shows), in the language in use.
    name: String,
    /// `freelancer`/`hiring` for flags, the kind for channels.
    detail: Option<String>,
    /// The pack it comes from; `None` when built in.
    pack: Option<String>,
}

pub fn run(ctx: &Ctx, a: &IdsArgs) -> i32 {
    super::warn_skipped(ctx);
    let entries = entries(&ctx.lib, &ctx.loc, a.what);
    let text = match a.format {
        Format::Text => text(&ctx.loc, &entries),
        Format::Json => json(&entries) + "\n",
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    0
}

fn entries(lib: &Library, loc: &Localizer, what: What) -> Vec<Entry> {
    match what {
        What::Flags => lib
            .flags()
            .iter()
            .map(|f| Entry {
                id: f.id.clone(),
                name: loc.text(&format!("flag-{}", f.id)),
                detail: Some(
                    match f.side {
                        crate::scenario::data::Side::Freelancer => "freelancer",
                        crate::scenario::data::Side::Hiring => "hiring",
                    }
                    .into(),
                ),
                pack: origin_of(lib, Kind::Flags, &format!("\"{}\"", f.id)),
            })
            .collect(),
        What::Channels => lib
            .channels()
            .iter()
            .map(|c| Entry {
                id: c.id.clone(),
                name: loc.text(&format!("channel-{}", c.id)),
                detail: Some(format!("{:?}", c.kind).to_ascii_lowercase()),
                pack: origin_of(lib, Kind::Channels, &format!("\"{}\"", c.id)),
            })
            .collect(),
        What::Pools => pools(lib, loc),
        What::Icons => EventIcon::ALL
            .iter()
            .map(|i| Entry {
                id: i.as_str().into(),
                name: loc.text(&format!("ids-icon-{}", i.as_str())),
                detail: None,
                pack: None,
            })
            .collect(),
    }
}

/// The pack whose data file of `kind` names `quoted` (an id in quotes), if it is not
/// built in.
fn origin_of(lib: &Library, kind: Kind, quoted: &str) -> Option<String> {
    lib.files
        .iter()
        .filter(|f| f.kind == kind && !f.origin.is_builtin())
        .find(|f| f.text.contains(quoted))
        .and_then(|f| f.origin.pack_name().map(str::to_string))
}

/// Name pools: `pool-<id>` messages of the English locale files, with how many names.
fn pools(lib: &Library, loc: &Localizer) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for f in lib.catalog.files() {
        let Kind::Locale { lang, .. } = &f.kind else {
            continue;
        };
        if lang != crate::i18n::SOURCE {
            continue;
        }
        for m in crate::i18n::ftl::parse(&f.text).0 {
            let Some(id) = m.id.strip_prefix("pool-") else {
                continue;
            };
            if out.iter().any(|e| e.id == id) {
                continue;
            }
            let names = loc
                .text(&m.id)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count();
            out.push(Entry {
                id: id.to_string(),
                name: loc.fmt("ids-pool-names", &args([("count", names.into())])),
                detail: None,
                pack: f.origin.pack_name().map(str::to_string),
            });
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn text(loc: &Localizer, entries: &[Entry]) -> String {
    let width = entries
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for e in entries {
        let mut line = format!("{:width$}  {}", clean_line(&e.id), clean_line(&e.name));
        if let Some(d) = &e.detail {
            line.push_str(&format!(" ({d})"));
        }
        if let Some(p) = &e.pack {
            line.push(' ');
            line.push_str(&loc.fmt("list-pack", &args([("pack", clean_line(p).into())])));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn json(entries: &[Entry]) -> String {
    let items: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            serde_json::json!({
                "id": e.id,
                "name": e.name,
                "detail": e.detail,
                "pack": e.pack,
            })
        })
        .collect();
    crate::sanitize::json_safe(serde_json::to_string_pretty(&items).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_id_is_listed_with_its_words() {
        let lib = Library::load(&[]);
        let (loc, _) = lib.catalog.localizer("en");
        let flags = entries(&lib, &loc, What::Flags);
        let off = flags.iter().find(|e| e.id == "off-platform").unwrap();
        assert_eq!(off.name, "Moving the chat off the platform");
        assert_eq!(off.detail.as_deref(), Some("freelancer"));
        assert!(
            entries(&lib, &loc, What::Channels)
                .iter()
                .any(|e| e.id == "telegram" && e.detail.as_deref() == Some("messenger"))
        );
        let pools = entries(&lib, &loc, What::Pools);
        assert!(
            pools
                .iter()
                .any(|e| e.id == "women-names" && e.name.contains("names"))
        );
        let icons = entries(&lib, &loc, What::Icons);
        assert_eq!(icons.len(), EventIcon::ALL.len());
        assert!(
            icons.iter().all(|e| !e.name.starts_with("ids-")),
            "every icon has words"
        );
        let json = json(&flags);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(parsed.as_array().unwrap().len() >= flags.len());
    }
}
