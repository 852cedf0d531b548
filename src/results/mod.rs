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

/// Whether a participant code is acceptable: 1 to 32 letters, digits, `-` or `_`.
/// Codes, not names: no spaces, so a full name does not fit.
pub fn valid_participant(code: &str) -> bool {
    (1..=32).contains(&code.chars().count())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
