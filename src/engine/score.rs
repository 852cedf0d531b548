//! Scoring. The score is derived from the assessments the player's answers made, never from
//! numbers set by hand: each assessment is worth one point, earned by a hit (spotted) or a
//! correct acceptance (trusted), lost by a miss or a false alarm; the ending is worth one
//! more point, earned when the player ends safe (walked away, reported, hired, safe).

use crate::scenario::model::{Assessment, Outcome, Scenario};

/// One red flag met in a run, with what the player did each time it came up.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagResult {
    pub flag: String,
    pub marks: Vec<Assessment>,
}

/// The end of a run: the outcome, the score, and every red flag met.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    pub scenario: String,
    pub version: u32,
    pub seed: u64,
    pub legitimate: bool,
    pub outcome: Outcome,
    /// The Fluent id of the ending's text.
    pub ending_text: String,
    pub points: u32,
    pub max: u32,
    /// In the order the flags were first met.
    pub flags: Vec<FlagResult>,
    pub hits: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub trusted: u32,
}

pub fn debrief(
    scn: &Scenario,
    seed: u64,
    outcome: Outcome,
    ending_text: String,
    assessments: &[(String, Assessment)],
) -> Debrief {
    let mut flags: Vec<FlagResult> = Vec::new();
    for (flag, how) in assessments {
        match flags.iter_mut().find(|f| &f.flag == flag) {
            Some(f) => f.marks.push(*how),
            None => flags.push(FlagResult {
                flag: flag.clone(),
                marks: vec![*how],
            }),
        }
    }
    let count = |k: Assessment| assessments.iter().filter(|(_, a)| *a == k).count() as u32;
    let correct = assessments.iter().filter(|(_, a)| a.is_correct()).count() as u32;
    Debrief {
        scenario: scn.id.clone(),
        version: scn.version,
        seed,
        legitimate: scn.legitimate,
        outcome,
        ending_text,
        points: correct + u32::from(outcome.is_good()),
        max: assessments.len() as u32 + 1,
        flags,
        hits: count(Assessment::Spotted),
        misses: count(Assessment::Missed),
        false_alarms: count(Assessment::FalseAlarm),
        trusted: count(Assessment::Trusted),
    }
}
