//! Workshop results: what each finished scenario and quiz leaves behind, with no personal
//! data. One JSON document in the data folder ([`store`]), statistics over records as pure
//! functions ([`stats`]), export and merging ([`export`]), and when a booster round is due
//! ([`booster`]). Everything that needs "now" takes it from a [`clock::Clock`].

pub mod booster;
pub mod clock;
pub mod export;
pub mod record;
pub mod report;
pub mod stats;
pub mod store;

pub use record::{Answer, FlagMarks, Record, ResultsDoc};
pub use store::{Recorder, ResultsError};

/// The `format` field of a results file and of a JSON export.
pub const FORMAT: &str = "redflag-results";
/// The newest version of the format this program reads and writes.
pub const VERSION: u32 = 1;
/// The results file's name inside the data folder.
pub const FILE_NAME: &str = "results.json";
/// The lock file beside it, locked while the results file is read and rewritten.
pub const LOCK_NAME: &str = "results.lock";
/// The version of this program, written into every record.
pub const PROGRAM_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The statistics of `records` for the content in `lib`: runs of a scenario saved under an
/// id it had before count for it under its current id, and the flags follow the taxonomy.
pub fn summary(lib: &crate::library::Library, records: &[Record]) -> stats::Summary {
    let renamed: Vec<Record> = records
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if let Some(id) = &r.scenario {
                r.scenario = Some(lib.current_id(id).to_string());
            }
            r
        })
        .collect();
    let mut s = stats::summarize(&renamed);
    let order: Vec<String> = lib.flag_ids();
    s.order_flags(&order);
    s
}

/// The scenario and red-flag ids `records` name that `lib` does not know: played with a
/// pack that was not given this time. Sorted, without duplicates.
pub fn unknown_ids(lib: &crate::library::Library, records: &[Record]) -> Vec<String> {
    let flags = lib.flag_ids();
    let mut out: Vec<String> = Vec::new();
    for r in records {
        if let Some(id) = &r.scenario
            && lib.find(lib.current_id(id)).is_none()
        {
            out.push(crate::sanitize::clean_line(id));
        }
        for f in &r.flags {
            if !flags.contains(&f.flag) {
                out.push(crate::sanitize::clean_line(&f.flag));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Says on stderr which ids the results name that this content does not know, and how to
/// show them by name (the packs they were played with, given with `--scenarios`).
pub fn warn_unknown(
    lib: &crate::library::Library,
    loc: &crate::i18n::Localizer,
    records: &[Record],
) {
    let unknown = unknown_ids(lib, records);
    if unknown.is_empty() {
        return;
    }
    let shown: Vec<String> = unknown.iter().take(10).cloned().collect();
    eprintln!(
        "{}",
        loc.fmt(
            "results-unknown-ids",
            &crate::i18n::args([
                ("ids", shown.join(", ").into()),
                ("count", unknown.len().into()),
            ])
        )
    );
}

/// Whether a participant code is acceptable: 1 to 32 letters, digits, `-` or `_`.
/// Codes, not names: no spaces, so a full name does not fit.
pub fn valid_participant(code: &str) -> bool {
    (1..=32).contains(&code.chars().count())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
