//! What `play`, `quiz` and `booster` share about results: the participant code, opening the
//! results file (saying once when it cannot be used), and writing a record.

use super::Ctx;
use crate::i18n::args;
use crate::results::{Record, Recorder, ResultsDoc, store};

/// Opens the recorder for a session. An unacceptable participant code is a usage error
/// (`Err(2)`); a results file that cannot be used is said on stderr, and the game goes on
/// without recording; the words of that warning come back too, for the terminal UI.
pub fn open(ctx: &Ctx, who: &super::RecordArgs) -> Result<Opened, i32> {
    let (participant, no_record) = (who.participant.as_deref(), who.no_record);
    if let Some(code) = participant
        && !crate::results::valid_participant(code)
    {
        eprintln!(
            "{}",
            ctx.loc.fmt(
                "results-bad-participant",
                &args([("code", crate::sanitize::clean_line(code).into())])
            )
        );
        return Err(2);
    }
    let participant = participant.map(str::to_string);
    if no_record {
        return Ok(Opened::quiet(Recorder {
            participant,
            ..Recorder::off()
        }));
    }
    let Some(path) = store::default_path() else {
        return Ok(Opened::quiet(Recorder::off()));
    };
    let (rec, read) = Recorder::open(path, participant);
    let (records, warning) = match read {
        Ok(doc) => (doc, None),
        Err(e) => (ResultsDoc::default(), Some(e.localized(&ctx.loc))),
    };
    if let Some(w) = &warning {
        eprintln!("{w}");
    }
    Ok(Opened {
        rec,
        warning,
        records,
    })
}

/// A session's recorder, with what opening it found.
pub struct Opened {
    pub rec: Recorder,
    /// Why nothing will be recorded, in words, when the results file cannot be used.
    pub warning: Option<String>,
    /// The records so far (read once, to check the file): empty when recording is off
    /// or the file cannot be used.
    pub records: ResultsDoc,
}

impl Opened {
    fn quiet(rec: Recorder) -> Opened {
        Opened {
            rec,
            warning: None,
            records: ResultsDoc::default(),
        }
    }
}

/// Writes a record; a failure is said on stderr and does not stop the game.
pub fn save(ctx: &Ctx, rec: &Recorder, record: Record) {
    if let Err(e) = rec.record(record) {
        eprintln!("{}", e.localized(&ctx.loc));
    }
}

/// The one-line booster offer, when one is due.
pub fn booster_offer(ctx: &Ctx, opened: &Opened) -> Option<String> {
    let (doc, rec) = (&opened.records, &opened.rec);
    // Nothing played yet: nothing due (and the taxonomy need not be read for it).
    if doc.records.is_empty() {
        return None;
    }
    let known: Vec<String> = ctx.lib.flag_ids();
    let b = crate::results::booster::due(&doc.records, rec.now(), &known)?;
    Some(ctx.loc.fmt(
        "booster-offer",
        &args([
            ("days", crate::i18n::ArgValue::from(b.step as u32)),
            ("count", crate::i18n::ArgValue::from(b.flags.len())),
        ]),
    ))
}
