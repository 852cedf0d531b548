//! What the terminal UI remembers between runs: settings, the language, scores and the red
//! flags met (for the handbook). One small JSON file in the user's data folder, written
//! atomically. A file that cannot be read is reported, kept, and never overwritten.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The file's name inside the data folder.
pub const FILE_NAME: &str = "state.json";

/// How fast the other side types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speed {
    Slow,
    #[default]
    Normal,
    Fast,
    /// No typing delay at all.
    Instant,
}

impl Speed {
    /// The delay actually waited for a message written with `delay_ms`.
    pub fn scale(self, delay_ms: u32) -> u32 {
        match self {
            Speed::Slow => delay_ms.saturating_mul(3) / 2,
            Speed::Normal => delay_ms,
            Speed::Fast => delay_ms / 2,
            Speed::Instant => 0,
        }
    }
    pub fn next(self) -> Speed {
        match self {
            Speed::Slow => Speed::Normal,
            Speed::Normal => Speed::Fast,
            Speed::Fast => Speed::Instant,
            Speed::Instant => Speed::Slow,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
            Speed::Instant => "instant",
        }
    }
}

/// How colour is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Colours {
    #[default]
    Normal,
    HighContrast,
    None,
}

impl Colours {
    pub fn next(self) -> Colours {
        match self {
            Colours::Normal => Colours::HighContrast,
            Colours::HighContrast => Colours::None,
            Colours::None => Colours::Normal,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Colours::Normal => "normal",
            Colours::HighContrast => "high-contrast",
            Colours::None => "none",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub typing: Speed,
    pub reduced_motion: bool,
    pub colours: Colours,
    /// Plain screen-reader mode: the command line starts plain mode instead of this UI.
    pub plain: bool,
    /// ASCII symbols instead of emoji and box drawing; `None` follows the locale's charset.
    pub ascii: Option<bool>,
}

/// The best run of a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Best {
    pub plays: u32,
    pub points: u32,
    pub max: u32,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub settings: Settings,
    /// The language picked in the UI, used when the environment names none.
    pub lang: Option<String>,
    /// Per scenario id.
    pub scores: BTreeMap<String, Best>,
    /// Red flags met in any run, for the handbook.
    pub met: BTreeSet<String>,
}

impl Saved {
    /// Records a finished run; keeps the better score (by share of the maximum).
    pub fn record(&mut self, scenario: &str, points: u32, max: u32, flags: &[String]) {
        let b = self.scores.entry(scenario.to_string()).or_default();
        b.plays = b.plays.saturating_add(1);
        let better = b.max == 0
            || u64::from(points) * u64::from(b.max) > u64::from(b.points) * u64::from(max);
        if better {
            b.points = points;
            b.max = max;
        }
        self.met.extend(flags.iter().cloned());
    }
}

/// The state and where it lives.
#[derive(Debug, Clone)]
pub struct Store {
    pub saved: Saved,
    /// `None` keeps everything in memory (tests, or no data folder).
    pub path: Option<PathBuf>,
    /// Set when the file exists but could not be read: it is then never written.
    pub broken: Option<String>,
    /// The last write failure, if any, for the screen.
    pub write_error: Option<String>,
}

impl Store {
    /// A store that never touches the disk.
    pub fn in_memory(saved: Saved) -> Store {
        Store {
            saved,
            path: None,
            broken: None,
            write_error: None,
        }
    }

    /// The default file: `$XDG_DATA_HOME/redflag/state.json` (or the platform's equivalent).
    pub fn default_path() -> Option<PathBuf> {
        crate::datafile::data_dir().map(|d| d.join(FILE_NAME))
    }

    /// Reads the file at `path`. Missing means a fresh start; unreadable means `broken`.
    pub fn open(path: PathBuf) -> Store {
        use crate::datafile::{ReadProblem, read_bounded};
        let mut store = Store::in_memory(Saved::default());
        // Settings and scores are small: a megabyte is far more than they ever need.
        match read_bounded(&path, crate::content::MAX_FILE_BYTES) {
            Ok(bytes) => match serde_json::from_slice::<Saved>(&bytes) {
                Ok(saved) => store.saved = saved,
                Err(e) => store.broken = Some(e.to_string()),
            },
            Err(ReadProblem::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
            Err(ReadProblem::Io(e)) => store.broken = Some(e.to_string()),
            // Never written over either: the file stays as it is.
            Err(ReadProblem::NotAFile | ReadProblem::TooLarge(_)) => {
                store.broken = Some(path.display().to_string())
            }
        }
        store.path = Some(path);
        store
    }

    /// The same settings and scores, never written back: for `--no-record`, which records
    /// nothing anywhere.
    pub fn detached(mut self) -> Store {
        self.path = None;
        self
    }

    /// Writes the state, unless it lives in memory or the file on disk was unreadable.
    pub fn save(&mut self) {
        let Some(path) = &self.path else { return };
        if self.broken.is_some() {
            return;
        }
        self.write_error = write_atomically(path, &self.saved)
            .err()
            .map(|e| e.to_string());
    }
}

/// Writes `saved` through [`crate::datafile::write_atomically`].
pub fn write_atomically(path: &Path, saved: &Saved) -> io::Result<()> {
    let mut json = serde_json::to_vec_pretty(saved).map_err(io::Error::other)?;
    json.push(b'\n');
    crate::datafile::write_atomically(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_writes_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("redflag").join(FILE_NAME);
        let mut s = Store::open(path.clone());
        assert!(s.broken.is_none());
        s.saved.settings.typing = Speed::Instant;
        s.saved.record("x", 3, 4, &["off-platform".into()]);
        s.save();
        assert!(s.write_error.is_none());
        let again = Store::open(path.clone());
        assert_eq!(again.saved, s.saved);
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_corrupt_file_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"{ not json").unwrap();
        let mut s = Store::open(path.clone());
        assert!(s.broken.is_some());
        s.saved.settings.reduced_motion = true;
        s.save();
        assert_eq!(std::fs::read(&path).unwrap(), b"{ not json");
    }

    #[test]
    fn keeps_the_best_share() {
        let mut s = Saved::default();
        s.record("a", 2, 4, &[]);
        s.record("a", 1, 4, &[]);
        assert_eq!(
            s.scores["a"],
            Best {
                plays: 2,
                points: 2,
                max: 4
            }
        );
        s.record("a", 3, 5, &[]);
        assert_eq!(
            s.scores["a"],
            Best {
                plays: 3,
                points: 3,
                max: 5
            }
        );
    }
}
