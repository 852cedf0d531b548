//! The results file: read, and appended to under a lock so that two games on one account
//! never lose each other's records. A file that is corrupt or not ours is left untouched.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::clock::{Clock, SystemClock};
use super::record::{NotResults, Record, ResultsDoc, parse_doc};
use crate::datafile::{Fault, write_atomically_with};

/// Why results could not be read or recorded.
#[derive(Debug)]
pub enum ResultsError {
    /// The file is there, but it is not results this version can use.
    NotResults {
        path: PathBuf,
        why: NotResults,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
}

impl ResultsError {
    /// The Fluent id of the message that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            ResultsError::NotResults {
                why: NotResults::Corrupt(_) | NotResults::TooLarge(_),
                ..
            } => "results-file-corrupt",
            ResultsError::NotResults {
                why: NotResults::Foreign(_) | NotResults::NotAFile,
                ..
            } => "results-file-foreign",
            ResultsError::Io { .. } => "results-file-io",
        }
    }
    pub fn path(&self) -> &Path {
        match self {
            ResultsError::NotResults { path, .. } | ResultsError::Io { path, .. } => path,
        }
    }
    /// What is wrong, in the reader's words.
    pub fn reason(&self, loc: &crate::i18n::Localizer) -> String {
        match self {
            ResultsError::NotResults { why, .. } => why.reason(loc),
            ResultsError::Io { source, .. } => source.to_string(),
        }
    }
    /// The words for a person: the file, what is wrong, and that it is left as it is.
    pub fn localized(&self, loc: &crate::i18n::Localizer) -> String {
        use crate::i18n::args;
        loc.fmt(
            self.message_id(),
            &args([
                (
                    "path",
                    crate::sanitize::clean_line(&self.path().display().to_string()).into(),
                ),
                (
                    "reason",
                    crate::sanitize::clean_line(&self.reason(loc)).into(),
                ),
            ]),
        )
    }
}

/// The default results file: `<data folder>/results.json`.
pub fn default_path() -> Option<PathBuf> {
    crate::datafile::data_dir().map(|d| d.join(super::FILE_NAME))
}

/// Reads the results at `path`; a missing file is an empty document. `strict` refuses
/// newer versions of the format (use before rewriting).
pub fn load(path: &Path, strict: bool) -> Result<ResultsDoc, ResultsError> {
    use crate::datafile::{ReadProblem, read_bounded};
    let not_results = |why| ResultsError::NotResults {
        path: path.to_path_buf(),
        why,
    };
    match read_bounded(path, super::export::MAX_EXPORT_BYTES) {
        Ok(bytes) => parse_doc(&bytes, strict).map_err(not_results),
        Err(ReadProblem::Io(e)) if e.kind() == io::ErrorKind::NotFound => Ok(ResultsDoc::default()),
        Err(ReadProblem::NotAFile) => Err(not_results(NotResults::NotAFile)),
        Err(ReadProblem::TooLarge(size)) => Err(not_results(NotResults::TooLarge(size))),
        Err(ReadProblem::Io(e)) => Err(ResultsError::Io {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// Locks `results.lock` beside `path` until the returned file is dropped.
fn lock(path: &Path) -> Result<File, ResultsError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let lock_path = dir.join(super::LOCK_NAME);
    // A problem with the lock names the lock file, not the results file.
    let io_err = |e: io::Error| ResultsError::Io {
        path: lock_path.clone(),
        source: e,
    };
    std::fs::create_dir_all(dir).map_err(io_err)?;
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(io_err)?;
    f.lock().map_err(io_err)?;
    Ok(f)
}

/// Under the lock: re-reads the file, changes it, and writes it back atomically.
fn update(
    path: &Path,
    fault: Fault,
    change: impl FnOnce(&mut ResultsDoc),
) -> Result<ResultsDoc, ResultsError> {
    let _lock = lock(path)?;
    let mut doc = load(path, true)?;
    remove_leftovers(path);
    change(&mut doc);
    let mut json = serde_json::to_vec_pretty(&doc).map_err(|e| ResultsError::Io {
        path: path.to_path_buf(),
        source: io::Error::other(e),
    })?;
    json.push(b'\n');
    write_atomically_with(path, &json, fault).map_err(|e| ResultsError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    Ok(doc)
}

/// Removes temporary files that a crashed write left beside `path`. Only called under the
/// lock, when no other write of this file can be under way.
fn remove_leftovers(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.starts_with(&prefix) && n.ends_with(".tmp") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Adds one record.
pub fn append(path: &Path, record: Record) -> Result<(), ResultsError> {
    append_with(path, record, Fault::None)
}

/// [`append`] with a fault-injection hook for crash tests.
pub fn append_with(path: &Path, record: Record, fault: Fault) -> Result<(), ResultsError> {
    update(path, fault, |doc| doc.records.push(record)).map(|_| ())
}

/// Deletes every record; returns how many there were. A corrupt or foreign file is left.
pub fn forget(path: &Path) -> Result<usize, ResultsError> {
    if !path.exists() {
        return Ok(0);
    }
    let mut n = 0;
    update(path, Fault::None, |doc| {
        n = doc.records.len();
        doc.records.clear();
    })?;
    Ok(n)
}

/// What a front end needs to record runs: where, for whom, and when.
#[derive(Debug, Clone)]
pub struct Recorder {
    /// `None` records nothing (`--no-record`, or no data folder).
    pub path: Option<PathBuf>,
    pub participant: Option<String>,
    /// The clock, as a function so the recorder stays `Clone` and `Debug`.
    pub clock: fn() -> i64,
    /// Set when the file cannot be used: nothing is recorded this session.
    pub broken: bool,
    /// Told of every finished run or check, recorded or not (the facilitator's view of
    /// `redflag serve`).
    pub tap: Option<Tap>,
}

/// A listener for finished runs; see [`Recorder::tap`].
#[derive(Clone)]
pub struct Tap(pub std::sync::Arc<dyn Fn(&Record) + Send + Sync>);

impl std::fmt::Debug for Tap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tap")
    }
}

fn system_now() -> i64 {
    SystemClock.now()
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder::off()
    }
}

impl Recorder {
    /// Records nothing.
    pub fn off() -> Recorder {
        Recorder {
            path: None,
            participant: None,
            clock: system_now,
            broken: false,
            tap: None,
        }
    }

    /// Records into `path`. Reads the file first: its records come back with the recorder,
    /// or, when it cannot be used, the error (and the recorder records nothing), so the
    /// caller can say so once.
    pub fn open(
        path: PathBuf,
        participant: Option<String>,
    ) -> (Recorder, Result<ResultsDoc, ResultsError>) {
        let mut r = Recorder {
            path: Some(path.clone()),
            participant,
            clock: system_now,
            broken: false,
            tap: None,
        };
        let read = load(&path, true);
        r.broken = read.is_err();
        (r, read)
    }

    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// Whether records will be written.
    pub fn active(&self) -> bool {
        self.path.is_some() && !self.broken
    }

    /// The record of a run that just finished: timed from `since` (the start, or the end
    /// of the run before), which moves on to now for the next run.
    pub fn finished_play(&self, d: &crate::engine::Debrief, lang: &str, since: &mut i64) -> Record {
        let now = self.now();
        let seconds = (now - *since).max(0) as u64;
        *since = now;
        Record::play(d, lang, now, seconds)
    }

    /// Writes a record (with the participant code), unless recording is off.
    pub fn record(&self, mut record: Record) -> Result<(), ResultsError> {
        record.participant = self.participant.clone();
        if let Some(tap) = &self.tap {
            (tap.0)(&record);
        }
        let Some(path) = self.path.as_deref().filter(|_| !self.broken) else {
            return Ok(());
        };
        append(path, record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(seed: u64) -> Record {
        Record {
            kind: "play".into(),
            seed,
            scenario: Some("x".into()),
            ..Record::default()
        }
    }

    #[test]
    fn a_results_file_too_large_to_read_says_so_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::FILE_NAME);
        // Sparse: the size is seen before anything is read.
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(super::super::export::MAX_EXPORT_BYTES + 1)
            .unwrap();
        let e = load(&path, false).unwrap_err();
        assert!(matches!(
            e,
            ResultsError::NotResults {
                why: NotResults::TooLarge(_),
                ..
            }
        ));
        let (loc, _) = crate::library::Library::load(&[]).catalog.localizer("en");
        let said = e.localized(&loc);
        assert!(said.contains("bytes"), "{said}");
    }

    #[test]
    fn a_lock_that_is_a_folder_is_named_as_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::FILE_NAME);
        std::fs::create_dir(dir.path().join(super::super::LOCK_NAME)).unwrap();
        match append(&path, rec(1)) {
            Err(ResultsError::Io { path: p, .. }) => {
                assert_eq!(p, dir.path().join(super::super::LOCK_NAME))
            }
            other => panic!("{other:?}"),
        }
        assert!(!path.exists());
    }

    #[test]
    fn appends_and_forgets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("redflag").join(super::super::FILE_NAME);
        append(&path, rec(1)).unwrap();
        append(&path, rec(2)).unwrap();
        let doc = load(&path, true).unwrap();
        assert_eq!(doc.records.len(), 2);
        assert_eq!(doc.records[1].seed, 2);
        assert_eq!(forget(&path).unwrap(), 2);
        assert!(load(&path, true).unwrap().records.is_empty());
    }

    #[test]
    fn a_crash_halfway_through_a_write_loses_only_that_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::FILE_NAME);
        append(&path, rec(1)).unwrap();
        let before = std::fs::read(&path).unwrap();
        // The write of the second record stops after 40 bytes of the temporary file.
        let e = append_with(&path, rec(2), Fault::AfterBytes(40));
        assert!(e.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        // The half-written temporary file is still there, as a crash would leave it.
        let leftovers = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .file_name()
                        .to_string_lossy()
                        .ends_with(".tmp")
                })
                .count()
        };
        assert_eq!(leftovers(), 1);
        // The next run records normally and clears it away.
        append(&path, rec(3)).unwrap();
        assert_eq!(leftovers(), 0);
        let seeds: Vec<u64> = load(&path, true)
            .unwrap()
            .records
            .iter()
            .map(|r| r.seed)
            .collect();
        assert_eq!(seeds, vec![1, 3]);
    }

    #[test]
    fn corrupt_and_foreign_files_are_never_written() {
        let dir = tempfile::tempdir().unwrap();
        for (body, foreign) in [
            (&b"{ not json"[..], false),
            (&br#"{"format": "someone-else", "records": []}"#[..], true),
            (
                &br#"{"format": "redflag-results", "version": 99}"#[..],
                true,
            ),
            (
                &br#"{"format": "redflag-results", "version": "one"}"#[..],
                false,
            ),
        ] {
            let path = dir.path().join(super::super::FILE_NAME);
            std::fs::write(&path, body).unwrap();
            let e = append(&path, rec(1)).unwrap_err();
            let is_foreign = matches!(
                e,
                ResultsError::NotResults {
                    why: NotResults::Foreign(_),
                    ..
                }
            );
            assert_eq!(is_foreign, foreign, "{e:?}");
            assert!(forget(&path).is_err());
            let (r, err) = Recorder::open(path.clone(), None);
            assert!(err.is_err() && !r.active());
            r.record(rec(2)).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), body);
        }
    }

    #[test]
    fn two_writers_at_once_keep_every_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::FILE_NAME);
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for i in 0..10 {
                        append(&path, rec(t * 100 + i)).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(load(&path, true).unwrap().records.len(), 40);
    }

    #[test]
    fn unknown_fields_survive_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::FILE_NAME);
        std::fs::write(
            &path,
            br#"{"format":"redflag-results","version":1,"note":"kept",
                "records":[{"kind":"play","mood":"fine","flags":[{"flag":"a","marks":["spotted"],"x":1}]}]}"#,
        )
        .unwrap();
        append(&path, rec(5)).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"note\": \"kept\""), "{text}");
        assert!(text.contains("\"mood\": \"fine\""), "{text}");
        assert!(text.contains("\"x\": 1"), "{text}");
    }
}
