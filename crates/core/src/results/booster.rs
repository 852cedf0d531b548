//! Booster rounds: effects of inoculation training fade within weeks unless refreshed.
//! Counting from the first record (the workshop), a short round is due after 7 days and
//! again after 30; a booster round played after that point settles it. The round covers the
//! red flags the player last got wrong, then those not practised for a week or never.
//! Pure functions of the records and "now", so tests need no clock and no sleeping.

use std::collections::BTreeMap;

use super::clock::DAY;
use super::record::Record;

/// The days after the first record when a booster is offered.
pub const STEPS: [i64; 2] = [7, 30];

/// A booster that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booster {
    /// 7 or 30: the step that is due.
    pub step: i64,
    /// The flags to practise, most needed first.
    pub flags: Vec<String>,
}

/// When each red flag was last practised (in play or in a quiz), in seconds.
pub fn last_practised(records: &[Record]) -> BTreeMap<String, i64> {
    let mut last: BTreeMap<String, i64> = BTreeMap::new();
    let mut note = |flag: &str, t: i64| {
        let e = last.entry(flag.to_string()).or_insert(t);
        *e = (*e).max(t);
    };
    for r in records {
        let Some(t) = r.time() else { continue };
        for f in &r.flags {
            note(&f.flag, t);
        }
        for a in &r.answers {
            for f in &a.flags {
                note(f, t);
            }
        }
    }
    last
}

/// Whether the player's latest meeting with each flag went wrong (a miss, a false alarm,
/// or a wrong quiz answer on an item about it).
fn last_went_wrong(records: &[Record]) -> BTreeMap<String, bool> {
    let mut sorted: Vec<(i64, usize)> = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.time().map(|t| (t, i)))
        .collect();
    sorted.sort();
    let mut wrong: BTreeMap<String, bool> = BTreeMap::new();
    for (_, i) in sorted {
        let r = &records[i];
        for f in &r.flags {
            if let Some(m) = f.marks.last() {
                wrong.insert(f.flag.clone(), m == "missed" || m == "false-alarm");
            }
        }
        for a in &r.answers {
            for f in &a.flags {
                wrong.insert(f.clone(), !a.correct());
            }
        }
    }
    wrong
}

/// The flags to practise now: those last got wrong, then those among `known` not practised
/// in the last 7 days (or never), each list in the order of `known` (unknown ids last).
pub fn flags_to_practise(records: &[Record], now: i64, known: &[String]) -> Vec<String> {
    let wrong = last_went_wrong(records);
    let last = last_practised(records);
    let rank = |f: &String| known.iter().position(|k| k == f).unwrap_or(usize::MAX);
    let mut missed: Vec<String> = wrong
        .into_iter()
        .filter_map(|(f, w)| w.then_some(f))
        .collect();
    missed.sort_by_key(rank);
    let stale = known
        .iter()
        .filter(|f| !missed.contains(f) && last.get(*f).is_none_or(|&t| now - t >= STEPS[0] * DAY));
    let mut out = missed.clone();
    out.extend(stale.cloned());
    out
}

/// The booster due at `now`, if any.
pub fn due(records: &[Record], now: i64, known: &[String]) -> Option<Booster> {
    let start = records
        .iter()
        .filter(|r| r.is_play() || r.is_quiz())
        .filter_map(Record::time)
        .min()?;
    for step in STEPS.iter().rev() {
        let at = start + step * DAY;
        if now < at {
            continue;
        }
        let done = records
            .iter()
            .any(|r| r.stage.as_deref() == Some("booster") && r.time().is_some_and(|t| t >= at));
        if done {
            return None;
        }
        return Some(Booster {
            step: *step,
            flags: flags_to_practise(records, now, known),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::clock::{Clock, FixedClock, days_from_civil, format_utc};
    use crate::results::record::FlagMarks;

    fn day(n: i64) -> i64 {
        days_from_civil(2026, 3, 1) * DAY + n * DAY + 10 * 3600
    }

    fn played(on: i64, flag: &str, mark: &str) -> Record {
        Record {
            kind: "play".into(),
            finished_at: format_utc(day(on)),
            flags: vec![FlagMarks {
                flag: flag.into(),
                marks: vec![mark.into()],
                ..FlagMarks::default()
            }],
            ..Record::default()
        }
    }

    fn booster(on: i64) -> Record {
        Record {
            kind: "quiz".into(),
            stage: Some("booster".into()),
            finished_at: format_utc(day(on)),
            ..Record::default()
        }
    }

    fn known() -> Vec<String> {
        ["off-platform", "remote-access", "secrecy"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn due_after_7_and_30_days() {
        let rs = vec![
            played(0, "off-platform", "spotted"),
            played(0, "remote-access", "missed"),
        ];
        let at = |n: i64| due(&rs, FixedClock(day(n)).now(), &known());
        assert_eq!(at(0), None);
        assert_eq!(at(6), None);
        let b = at(7).unwrap();
        assert_eq!(b.step, 7);
        // remote-access was missed; off-platform and secrecy are a week old or never met.
        assert_eq!(b.flags, vec!["remote-access", "off-platform", "secrecy"]);

        // A booster on day 8 settles the first step, until day 30.
        let mut rs2 = rs.clone();
        rs2.push(booster(8));
        assert_eq!(due(&rs2, day(8), &known()), None);
        assert_eq!(due(&rs2, day(29), &known()), None);
        assert_eq!(due(&rs2, day(30) - 1, &known()), None);
        assert_eq!(due(&rs2, day(30), &known()).unwrap().step, 30);
        // And one after day 30 ends the schedule.
        rs2.push(booster(31));
        assert_eq!(due(&rs2, day(400), &known()), None);
        // No records, no booster.
        assert_eq!(due(&[], day(100), &known()), None);
    }

    #[test]
    fn practised_lately_and_right_is_not_asked_again() {
        let rs = vec![
            played(0, "remote-access", "missed"),
            played(9, "remote-access", "spotted"),
            played(9, "secrecy", "spotted"),
        ];
        assert_eq!(
            flags_to_practise(&rs, day(10), &known()),
            vec!["off-platform"]
        );
        assert_eq!(last_practised(&rs)["remote-access"], day(9));
    }
}
