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
    let mut s = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
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
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: {reason}")]
    NotResults { path: PathBuf, reason: String },
}

impl MergeError {
    pub fn path(&self) -> &Path {
        match self {
            MergeError::Io { path, .. } | MergeError::NotResults { path, .. } => path,
        }
    }
}

/// The most bytes read from one exported file.
pub const MAX_EXPORT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads one exported file (or a results file), of any version: unknown fields and kinds
/// are carried along, missing fields take their defaults.
pub fn read_export(path: &Path) -> Result<Vec<Record>, MergeError> {
    let io_err = |e: io::Error| MergeError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let len = std::fs::metadata(path).map_err(io_err)?.len();
    if len > MAX_EXPORT_BYTES {
        return Err(MergeError::NotResults {
            path: path.to_path_buf(),
            reason: format!("{len} bytes is more than {MAX_EXPORT_BYTES}"),
        });
    }
    let bytes = std::fs::read(path).map_err(io_err)?;
    parse_doc(&bytes, false)
        .map(|d| d.records)
        .map_err(|e| MergeError::NotResults {
            path: path.to_path_buf(),
            reason: match e {
                NotResults::Corrupt(r) | NotResults::Foreign(r) => r,
            },
        })
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
        assert!(read_export(&dir.path().join("missing.json")).is_err());
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
