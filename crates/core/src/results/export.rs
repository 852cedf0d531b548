//! Export (JSON and CSV) and merging exported files from many participants.

use std::io;
use std::path::{Path, PathBuf};

use super::record::{NotResults, Record, ResultsDoc, parse_doc};

/// The JSON export: the results document itself, each record naming the program version
/// that wrote it (records from before that field say `unknown`).
pub fn to_json(records: &[Record]) -> io::Result<String> {
    let doc = ResultsDoc {
        records: records
            .iter()
            .cloned()
            .map(|mut r| {
                if r.program.is_empty() {
                    r.program = "unknown".into();
                }
                r
            })
            .collect(),
        ..ResultsDoc::default()
    };
    let mut s =
        crate::sanitize::json_safe(serde_json::to_string_pretty(&doc).map_err(io::Error::other)?);
    s.push('\n');
    Ok(s)
}

/// The CSV columns: machine names, not words, so that tools and spreadsheets can rely on
/// them in every language.
pub const CSV_HEADER: [&str; 20] = [
    "record",
    "kind",
    "program",
    "participant",
    "locale",
    "seed",
    "finished_at",
    "seconds",
    "scenario",
    "scenario_version",
    "outcome",
    "points",
    "max",
    "flag",
    "mark",
    "stage",
    "item",
    "scam",
    "said_scam",
    "confidence",
];

/// The CSV export: a header row, then one row per flag mark of a play and one row per
/// answer of a quiz (a record with neither gets one row). `record` numbers the records.
pub fn to_csv(records: &[Record]) -> io::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER).map_err(io::Error::other)?;
    for (i, r) in records.iter().enumerate() {
        let opt = |v: Option<String>| v.unwrap_or_default();
        let base = [
            (i + 1).to_string(),
            r.kind.clone(),
            if r.program.is_empty() {
                "unknown".into()
            } else {
                r.program.clone()
            },
            opt(r.participant.clone()),
            r.locale.clone(),
            r.seed.to_string(),
            r.finished_at.clone(),
            r.seconds.to_string(),
            opt(r.scenario.clone()),
            opt(r.scenario_version.map(|v| v.to_string())),
            opt(r.outcome.clone()),
            opt(r.points.map(|v| v.to_string())),
            opt(r.max.map(|v| v.to_string())),
        ];
        let stage = opt(r.stage.clone());
        let mut rows: Vec<[String; 7]> = Vec::new();
        for f in &r.flags {
            for m in &f.marks {
                rows.push([
                    f.flag.clone(),
                    m.clone(),
                    stage.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        for a in &r.answers {
            rows.push([
                a.flags.join(" "),
                String::new(),
                stage.clone(),
                a.item.clone(),
                a.scam.to_string(),
                a.said_scam.to_string(),
                a.confidence.to_string(),
            ]);
        }
        if rows.is_empty() {
            rows.push(std::array::from_fn(|k| {
                if k == 2 { stage.clone() } else { String::new() }
            }));
        }
        for row in rows {
            let fields = base
                .iter()
                .chain(row.iter())
                .map(|s| crate::sanitize::clean_line(s));
            w.write_record(fields).map_err(io::Error::other)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    String::from_utf8(bytes).map_err(io::Error::other)
}

/// Why an exported file could not be merged.
#[derive(Debug)]
pub struct MergeError {
    pub path: PathBuf,
    pub why: MergeWhy,
}

#[derive(Debug)]
pub enum MergeWhy {
    Io(io::Error),
    /// Larger than [`MAX_EXPORT_BYTES`].
    TooLarge(u64),
    NotResults(NotResults),
    Csv(CsvProblem),
}

/// Why a CSV file is not an export that can be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvProblem {
    /// The CSV reader's own words.
    Unreadable(String),
    /// Columns an export has that this file lacks.
    Columns(Vec<String>),
    /// A value that is not what its column holds.
    Value {
        line: u64,
        column: String,
        value: String,
    },
}

impl MergeError {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What is wrong, in the reader's words.
    pub fn reason(&self, loc: &crate::i18n::Localizer) -> String {
        use crate::i18n::{ArgValue, args};
        let clean = crate::sanitize::clean_line;
        match &self.why {
            MergeWhy::Io(e) => e.to_string(),
            MergeWhy::TooLarge(size) => too_large(loc, *size),
            MergeWhy::NotResults(why) => why.reason(loc),
            MergeWhy::Csv(CsvProblem::Unreadable(r)) => r.clone(),
            MergeWhy::Csv(CsvProblem::Columns(c)) => loc.fmt(
                "workshop-why-csv-columns",
                &args([("columns", clean(&c.join(", ")).into())]),
            ),
            MergeWhy::Csv(CsvProblem::Value {
                line,
                column,
                value,
            }) => loc.fmt(
                "workshop-why-csv-value",
                &args([
                    ("line", ArgValue::Num(*line as f64)),
                    ("column", clean(column).into()),
                    ("value", clean(value).into()),
                ]),
            ),
        }
    }
}

/// The most bytes read from one exported file.
pub const MAX_EXPORT_BYTES: u64 = 64 * 1024 * 1024;

/// Why a results file or an export was not read: its size against [`MAX_EXPORT_BYTES`].
pub fn too_large(loc: &crate::i18n::Localizer, size: u64) -> String {
    loc.fmt(
        "workshop-why-too-large",
        &crate::i18n::args([
            ("size", crate::i18n::ArgValue::Num(size as f64)),
            ("limit", crate::i18n::ArgValue::Num(MAX_EXPORT_BYTES as f64)),
        ]),
    )
}

/// Reads one exported file (or a results file), of any version: unknown fields and kinds
/// are carried along, missing fields take their defaults.
pub fn read_export(path: &Path) -> Result<Vec<Record>, MergeError> {
    let fail = |why: MergeWhy| MergeError {
        path: path.to_path_buf(),
        why,
    };
    use crate::datafile::{ReadProblem, read_bounded};
    let bytes = read_bounded(path, MAX_EXPORT_BYTES).map_err(|p| {
        fail(match p {
            ReadProblem::NotAFile => MergeWhy::NotResults(NotResults::NotAFile),
            ReadProblem::TooLarge(len) => MergeWhy::TooLarge(len),
            ReadProblem::Io(e) => MergeWhy::Io(e),
        })
    })?;
    if is_csv_export(&bytes) {
        return from_csv(&bytes).map_err(|p| fail(MergeWhy::Csv(p)));
    }
    parse_doc(&bytes, false)
        .map(|d| d.records)
        .map_err(|e| fail(MergeWhy::NotResults(e)))
}

/// Whether `bytes` start like a CSV export: its header row.
fn is_csv_export(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.starts_with(format!("{},{},", CSV_HEADER[0], CSV_HEADER[1]).as_bytes())
}

/// The records of a CSV export (see [`to_csv`]): the rows of one record are put back
/// together by their `record` number. Columns are found by name, so a later version's
/// added columns are skipped; a row that cannot be read is an error naming its line.
pub fn from_csv(bytes: &[u8]) -> Result<Vec<Record>, CsvProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::Reader::from_reader(bytes);
    let unreadable = |e: csv::Error| CsvProblem::Unreadable(e.to_string());
    let header = reader.headers().map_err(unreadable)?.clone();
    let col = |name: &str| header.iter().position(|h| h == name);
    let missing: Vec<String> = CSV_HEADER
        .iter()
        .filter(|n| col(n).is_none())
        .map(|n| n.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(CsvProblem::Columns(missing));
    }
    let mut out: Vec<(String, Record)> = Vec::new();
    for row in reader.records() {
        let row = row.map_err(unreadable)?;
        let line = row.position().map(|p| p.line()).unwrap_or(0);
        let get = |name: &str| col(name).and_then(|i| row.get(i)).unwrap_or("");
        let bad = |name: &str| CsvProblem::Value {
            line,
            column: name.to_string(),
            value: get(name).to_string(),
        };
        let number = |name: &str| -> Result<Option<u64>, CsvProblem> {
            match get(name) {
                "" => Ok(None),
                v => v.parse().map(Some).map_err(|_| bad(name)),
            }
        };
        let text = |name: &str| Some(get(name).to_string()).filter(|v| !v.is_empty());
        let id = get("record").to_string();
        if out.last().is_none_or(|(last, _)| *last != id) {
            let small = |name: &str| -> Result<Option<u32>, CsvProblem> {
                number(name)?
                    .map(|v| u32::try_from(v).map_err(|_| bad(name)))
                    .transpose()
            };
            out.push((
                id,
                Record {
                    kind: get("kind").to_string(),
                    program: get("program").to_string(),
                    participant: text("participant"),
                    locale: get("locale").to_string(),
                    seed: number("seed")?.unwrap_or_default(),
                    finished_at: get("finished_at").to_string(),
                    seconds: number("seconds")?.unwrap_or_default(),
                    scenario: text("scenario"),
                    scenario_version: small("scenario_version")?,
                    outcome: text("outcome"),
                    points: small("points")?,
                    max: small("max")?,
                    stage: text("stage"),
                    ..Record::default()
                },
            ));
        }
        let Some((_, r)) = out.last_mut() else {
            continue;
        };
        if let Some(item) = text("item") {
            let flag = |name: &str| -> Result<bool, CsvProblem> {
                get(name).parse().map_err(|_| bad(name))
            };
            r.answers.push(super::Answer {
                item,
                scam: flag("scam")?,
                said_scam: flag("said_scam")?,
                confidence: get("confidence").parse().map_err(|_| bad("confidence"))?,
                flags: get("flag").split_whitespace().map(str::to_string).collect(),
                ..Default::default()
            });
        } else if let (Some(flag), Some(mark)) = (text("flag"), text("mark")) {
            match r.flags.iter_mut().find(|f| f.flag == flag) {
                Some(f) => f.marks.push(mark),
                None => r.flags.push(super::FlagMarks {
                    flag,
                    marks: vec![mark],
                    ..Default::default()
                }),
            }
        }
    }
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

/// Merges records from many files; an identical record given twice (the same export
/// collected twice) counts once.
pub fn merge(files: Vec<Vec<Record>>) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    for r in files.into_iter().flatten() {
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_files_of_different_versions() {
        let dir = tempfile::tempdir().unwrap();
        // An early file: no program version, no seconds, a mark this version doesn't know.
        let old = dir.path().join("old.json");
        std::fs::write(
            &old,
            r#"{"format":"redflag-results","version":1,"records":[
                {"kind":"play","scenario":"a","points":2,"max":3,
                 "flags":[{"flag":"secrecy","marks":["spotted","shrugged"]}]}]}"#,
        )
        .unwrap();
        // A later file: version 2 of the format, new fields and a new kind of record.
        let new = dir.path().join("new.json");
        std::fs::write(
            &new,
            r#"{"format":"redflag-results","version":2,"exported_by":"future","records":[
                {"kind":"play","program":"9.0.0","participant":"B7","scenario":"a",
                 "points":3,"max":3,"hints_used":2,"flags":[{"flag":"secrecy","marks":["missed"]}]},
                {"kind":"survey","stars":5},
                {"kind":"quiz","stage":"after","answers":[{"item":"x","scam":true,"said_scam":true,"confidence":4,"eye_tracking":[1,2]}]}]}"#,
        )
        .unwrap();
        let merged = merge(vec![
            read_export(&old).unwrap(),
            read_export(&new).unwrap(),
            read_export(&new).unwrap(), // collected twice
        ]);
        assert_eq!(merged.len(), 4);
        let s = super::super::stats::summarize(&merged);
        // secrecy: spotted (old) + missed (new); the unknown mark counts as met only.
        let f = &s.flags[0];
        assert_eq!((f.met, f.spotted, f.missed), (3, 1, 1));
        assert_eq!(s.scenarios[0].runs, 2);
        assert_eq!(s.after.answers, 1);
        assert_eq!(s.participants, 1);
        // The export keeps what it does not understand and names a version for each.
        let json = to_json(&merged).unwrap();
        assert!(json.contains("hints_used"));
        assert!(json.contains("\"program\": \"unknown\""));
        assert!(json.contains("\"program\": \"9.0.0\""));
    }

    #[test]
    fn refuses_foreign_files_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("notes.json");
        std::fs::write(&p, r#"{"hello": 1}"#).unwrap();
        let e = read_export(&p).unwrap_err();
        assert_eq!(e.path(), p);
        // Said in the reader's language, without the path again (the caller names it).
        let (de, _) = crate::i18n::Catalog::new(crate::content::builtin_files()).localizer("de");
        assert_eq!(e.reason(&de), de.text("results-why-no-format"));
        assert!(read_export(&dir.path().join("missing.json")).is_err());
    }

    #[test]
    fn csv_exports_read_back_as_the_records_they_came_from() {
        use super::super::{Answer, FlagMarks};
        let play = Record {
            kind: "play".into(),
            program: "0.1.0".into(),
            participant: Some("B7".into()),
            locale: "uk".into(),
            seed: 42,
            finished_at: "2026-11-26T10:00:00Z".into(),
            seconds: 300,
            scenario: Some("a, \"quoted\"".into()),
            scenario_version: Some(2),
            outcome: Some("walked-away".into()),
            points: Some(3),
            max: Some(4),
            flags: vec![
                FlagMarks {
                    flag: "secrecy".into(),
                    marks: vec!["spotted".into(), "missed".into()],
                    ..Default::default()
                },
                FlagMarks {
                    flag: "off-platform".into(),
                    marks: vec!["spotted".into()],
                    ..Default::default()
                },
            ],
            ..Record::default()
        };
        let quiz = Record {
            kind: "quiz".into(),
            program: "0.1.0".into(),
            stage: Some("before".into()),
            answers: vec![
                Answer {
                    item: "x".into(),
                    scam: true,
                    said_scam: false,
                    confidence: 4,
                    flags: vec!["secrecy".into(), "easy-money".into()],
                    ..Default::default()
                },
                Answer {
                    item: "y".into(),
                    confidence: 2,
                    ..Default::default()
                },
            ],
            ..Record::default()
        };
        let bare = Record {
            kind: "play".into(),
            program: "0.1.0".into(),
            ..Record::default()
        };
        let records = vec![play, quiz, bare];
        let csv = to_csv(&records).unwrap();
        assert_eq!(from_csv(csv.as_bytes()).unwrap(), records);
        // As a file, next to JSON exports, with a spreadsheet's byte-order mark.
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("A7.csv");
        std::fs::write(&p, format!("\u{feff}{csv}")).unwrap();
        assert_eq!(read_export(&p).unwrap(), records);
        // A column in a row that is not what it should be is named, with its line.
        let broken = csv.replacen(",42,", ",forty-two,", 1);
        std::fs::write(&p, broken).unwrap();
        let e = read_export(&p).unwrap_err();
        let reason = e.reason(
            &crate::i18n::Catalog::new(crate::content::builtin_files())
                .localizer("en")
                .0,
        );
        assert!(
            reason.contains("line 2") && reason.contains("forty-two"),
            "{reason}"
        );
        // Another CSV is not taken for an export.
        std::fs::write(&p, "name,score\nAnna,3\n").unwrap();
        assert!(read_export(&p).is_err());
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_mark_or_answer() {
        let r = Record {
            kind: "play".into(),
            program: "0.1.0".into(),
            scenario: Some("a, \"quoted\"".into()),
            flags: vec![super::super::FlagMarks {
                flag: "secrecy".into(),
                marks: vec!["spotted".into(), "missed".into()],
                ..Default::default()
            }],
            ..Record::default()
        };
        let csv = to_csv(&[r]).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("record,kind,program,"));
        assert!(lines[1].contains("\"a, \"\"quoted\"\"\""));
        assert!(lines[2].contains("secrecy,missed"));
    }
}
