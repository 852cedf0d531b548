//! Scoring. The score is derived from the assessments the player's answers made, never from
//! numbers set by hand: each assessment is worth one point, earned by a hit (spotted) or a
//! correct acceptance (trusted), lost by a miss or a false alarm. The ending is worth more
//! points the safer it is: blocking and reporting a scam earns two, walking away (or taking
//! an honest job safely) one, a scam that worked or an honest offer turned down none. The
//! maximum counts the best ending the scenario has.

use crate::scenario::model::{Assessment, Node, Outcome, Scenario};

/// One assessment an answer made: the red flag, how the player met it, and the message the
/// answer responded to (its Fluent id), for the debrief to quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed {
    pub flag: String,
    pub how: Assessment,
    pub quote: Option<String>,
}

/// One red flag met in a run, with what the player did each time it came up.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagResult {
    pub flag: String,
    pub marks: Vec<Assessment>,
    /// The message each mark responded to, in the same order.
    pub quotes: Vec<Option<String>>,
}

impl FlagResult {
    /// The worst of the marks that judge a real red flag (spotted or missed), or of those
    /// that judge a harmless request (trusted or false alarm), with the message it answered.
    /// `None` when the flag never came up that way.
    pub fn worst(&self, harmless: bool) -> Option<(Assessment, Option<&str>)> {
        let of_kind = |a: Assessment| a.is_harmless() == harmless;
        let mut best: Option<(Assessment, Option<&str>)> = None;
        for (m, q) in self.marks.iter().zip(&self.quotes) {
            if !of_kind(*m) {
                continue;
            }
            match best {
                // The first wrong mark is the one shown; a right one only if none was wrong.
                Some((b, _)) if !b.is_correct() || m.is_correct() => {}
                _ => best = Some((*m, q.as_deref())),
            }
        }
        best
    }
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
    /// Red flags the story still held after a safe early exit from a scam, in story order:
    /// what was coming next.
    pub ahead: Vec<String>,
    pub hits: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub trusted: u32,
}

/// What an ending is worth.
pub fn ending_points(outcome: Outcome) -> u32 {
    match outcome {
        Outcome::Reported => 2,
        Outcome::WalkedAway | Outcome::Hired | Outcome::Safe => 1,
        Outcome::Compromised | Outcome::MissedOpportunity => 0,
    }
}

/// The most any ending of the scenario is worth.
pub fn best_ending(scn: &Scenario) -> u32 {
    scn.nodes
        .iter()
        .filter_map(|n| match n {
            Node::Ending { outcome, .. } => Some(ending_points(*outcome)),
            _ => None,
        })
        .max()
        .unwrap_or(1)
}

pub fn debrief(
    scn: &Scenario,
    seed: u64,
    outcome: Outcome,
    ending_text: String,
    assessments: &[Assessed],
) -> Debrief {
    let mut flags: Vec<FlagResult> = Vec::new();
    for a in assessments {
        let i = match flags.iter().position(|f| f.flag == a.flag) {
            Some(i) => i,
            None => {
                flags.push(FlagResult {
                    flag: a.flag.clone(),
                    marks: Vec::new(),
                    quotes: Vec::new(),
                });
                flags.len() - 1
            }
        };
        flags[i].marks.push(a.how);
        flags[i].quotes.push(a.quote.clone());
    }
    let count = |k: Assessment| assessments.iter().filter(|a| a.how == k).count() as u32;
    let correct = assessments.iter().filter(|a| a.how.is_correct()).count() as u32;
    let safe_exit = !scn.legitimate && matches!(outcome, Outcome::WalkedAway | Outcome::Reported);
    let ahead: Vec<String> = if safe_exit {
        crate::scenario::ids::judged_flags(scn, false)
            .into_iter()
            .filter(|f| {
                !flags
                    .iter()
                    .any(|r| &r.flag == f && r.worst(false).is_some())
            })
            .collect()
    } else {
        Vec::new()
    };
    Debrief {
        scenario: scn.id.clone(),
        version: scn.version,
        seed,
        legitimate: scn.legitimate,
        outcome,
        ending_text,
        points: correct + ending_points(outcome),
        max: assessments.len() as u32 + best_ending(scn),
        flags,
        ahead,
        hits: count(Assessment::Spotted),
        misses: count(Assessment::Missed),
        false_alarms: count(Assessment::FalseAlarm),
        trusted: count(Assessment::Trusted),
    }
}
