//! The records. Every field has a default and unknown fields are kept, so files written by
//! older or newer versions of redflag read, merge and rewrite without loss.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine::Debrief;

/// The kind of a play record.
pub const KIND_PLAY: &str = "play";
/// The kind of a quiz record (before, after, booster).
pub const KIND_QUIZ: &str = "quiz";

/// What the player did with one red flag in one run: its marks, in order
/// (`spotted`, `missed`, `false-alarm`, `trusted`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FlagMarks {
    pub flag: String,
    pub marks: Vec<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// One answer in a quiz.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub item: String,
    /// The right answer: the item is a scam.
    pub scam: bool,
    /// What the player said: scam.
    pub said_scam: bool,
    /// How sure, 1 to 5.
    pub confidence: u8,
    /// The red flags the item is about.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Answer {
    /// The answer to a quiz item.
    pub fn to(item: &crate::quiz::Item, said_scam: bool, confidence: u8) -> Answer {
        Answer {
            item: item.id.clone(),
            scam: item.scam,
            said_scam,
            confidence,
            flags: item.flags.clone(),
            ..Answer::default()
        }
    }
}

impl Answer {
    pub fn correct(&self) -> bool {
        self.scam == self.said_scam
    }
}

/// One finished scenario or quiz.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    /// `play` or `quiz`; other kinds (from newer versions) are kept and skipped.
    pub kind: String,
    /// The redflag version that wrote the record.
    pub program: String,
    /// An anonymous code given with `--participant`; never a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    pub locale: String,
    pub seed: u64,
    /// When it finished, RFC 3339 in UTC.
    pub finished_at: String,
    /// How long it took, in seconds.
    pub seconds: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scenario: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scenario_version: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagMarks>,
    /// For quizzes: `before`, `after` or `booster`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// For quizzes: the item set asked, `a`, `b` (the parallel forms) or `bank`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Record {
    /// The record of a finished scenario.
    pub fn play(d: &Debrief, locale: &str, finished_at: i64, seconds: u64) -> Record {
        Record {
            kind: KIND_PLAY.into(),
            program: super::PROGRAM_VERSION.into(),
            locale: locale.into(),
            seed: d.seed,
            finished_at: super::clock::format_utc(finished_at),
            seconds,
            scenario: Some(d.scenario.clone()),
            scenario_version: Some(d.version),
            outcome: Some(d.outcome.as_str().into()),
            points: Some(d.points),
            max: Some(d.max),
            flags: d
                .flags
                .iter()
                .map(|f| FlagMarks {
                    flag: f.flag.clone(),
                    marks: f.marks.iter().map(|m| m.as_str().to_string()).collect(),
                    extra: BTreeMap::new(),
                })
                .collect(),
            ..Record::default()
        }
    }

    /// When it finished, in seconds since the epoch, if the date reads.
    pub fn time(&self) -> Option<i64> {
        super::clock::parse_utc(&self.finished_at)
    }

    pub fn is_play(&self) -> bool {
        self.kind == KIND_PLAY
    }

    pub fn is_quiz(&self) -> bool {
        self.kind == KIND_QUIZ
    }
}

/// The results file and a JSON export: `{"format": "redflag-results", "version": 1, ...}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultsDoc {
    pub format: String,
    /// Missing in hand-made files: read as the current version.
    #[serde(default = "current_version")]
    pub version: u32,
    #[serde(default)]
    pub records: Vec<Record>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

fn current_version() -> u32 {
    super::VERSION
}

impl Default for ResultsDoc {
    fn default() -> Self {
        ResultsDoc {
            format: super::FORMAT.into(),
            version: super::VERSION,
            records: Vec::new(),
            extra: BTreeMap::new(),
        }
    }
}

/// Why a file is not a results document this version can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotResults {
    /// Not JSON, or not the expected shape (the JSON reader's own words).
    Corrupt(String),
    /// JSON of something else, or a newer version of the format.
    Foreign(Foreign),
    /// Not a regular file (a FIFO, a device, a folder): never read.
    NotAFile,
    /// Larger (in bytes) than the most that is read.
    TooLarge(u64),
}

/// What a file that is JSON, but not results this version can use, holds instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// Its `format` names something else, or nothing.
    Format(Option<String>),
    /// A later version of the format than this program writes.
    Newer(u32),
}

impl NotResults {
    /// What is wrong, in the reader's words.
    pub fn reason(&self, loc: &crate::i18n::Localizer) -> String {
        use crate::i18n::{ArgValue, args};
        match self {
            NotResults::Corrupt(r) => r.clone(),
            NotResults::NotAFile => loc.text("results-why-not-a-file"),
            NotResults::TooLarge(size) => super::export::too_large(loc, *size),
            NotResults::Foreign(Foreign::Format(None)) => loc.text("results-why-no-format"),
            NotResults::Foreign(Foreign::Format(Some(f))) => loc.fmt(
                "results-why-format",
                &args([("format", crate::sanitize::clean_line(f).into())]),
            ),
            NotResults::Foreign(Foreign::Newer(v)) => loc.fmt(
                "results-why-newer",
                &args([
                    ("version", ArgValue::from(*v)),
                    ("supported", ArgValue::from(super::VERSION)),
                ]),
            ),
        }
    }
}

/// Reads a results document. `strict` refuses newer versions (before rewriting a file);
/// otherwise they are read as far as they go (for merging).
pub fn parse_doc(bytes: &[u8], strict: bool) -> Result<ResultsDoc, NotResults> {
    let value: Value =
        serde_json::from_slice(bytes).map_err(|e| NotResults::Corrupt(e.to_string()))?;
    let format = value.get("format").and_then(Value::as_str);
    if format != Some(super::FORMAT) {
        return Err(NotResults::Foreign(Foreign::Format(
            format.map(str::to_string),
        )));
    }
    let doc: ResultsDoc =
        serde_json::from_value(value).map_err(|e| NotResults::Corrupt(e.to_string()))?;
    if strict && doc.version > super::VERSION {
        return Err(NotResults::Foreign(Foreign::Newer(doc.version)));
    }
    Ok(doc)
}
