//! Statistics over records, as pure functions.
//!
//! - Per red flag: how often it was met (marks), and the rate spotted: spotted / (spotted +
//!   missed).
//! - Per scenario: runs, best and last score, mean share of the maximum.
//! - Discernment: hit rate minus false-alarm rate, in percentage points. In play, a hit is
//!   a `spotted` mark (out of spotted + missed) and a false alarm a `false-alarm` mark (out of
//!   false-alarm + trusted). In a quiz, a hit is "scam" said of a scam item (out of the scam
//!   items) and a false alarm "scam" said of a legitimate one (out of the legitimate items).
//!   Rates, not counts, so that rounds of different lengths compare.
//! - Calibration gap: mean stated certainty minus the share answered right, in percentage
//!   points. Confidence 1 to 5 means a certainty of 50 % (a guess between two answers) to
//!   100 %, in steps of 12.5. Positive is overconfident, negative underconfident, 0 is ideal.
//! - Signal detection, for the before/after check, which separates telling scams from honest
//!   offers (sensitivity) from a leaning to call everything a scam (bias), the distinction
//!   earlier inoculation games were found to blur (Modirrousta-Galian & Higham, 2023):
//!   d′ = z(H) − z(F) and c = −(z(H) + z(F)) / 2, from the hit rate H and false-alarm rate F
//!   with the log-linear correction ((n + 0.5) / (N + 1), Hautus 1995) so that perfect rounds
//!   stay finite. c below 0 leans to "scam", above 0 to "honest". And the area under the ROC
//!   curve (AUC) from the confidence-weighted ratings (−5 "sure it is honest" … +5 "sure it is
//!   a scam"): the chance that a scam item is rated more scam-like than an honest one, ties
//!   counting half; 0.5 is chance, 1 is perfect.

use std::collections::{BTreeMap, BTreeSet};

use super::record::Record;

/// One red flag across all play records.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlagStats {
    pub flag: String,
    /// How many times it came up (marks of any kind).
    pub met: u32,
    pub spotted: u32,
    pub missed: u32,
    pub false_alarms: u32,
    pub trusted: u32,
}

impl FlagStats {
    /// spotted / (spotted + missed), `None` when it never came up as a real flag.
    pub fn spot_rate(&self) -> Option<f64> {
        ratio(self.spotted, self.spotted + self.missed)
    }
}

/// A score: points of a maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub points: u32,
    pub max: u32,
}

impl Score {
    fn share(self) -> f64 {
        if self.max == 0 {
            0.0
        } else {
            f64::from(self.points) / f64::from(self.max)
        }
    }
}

/// One scenario across all play records.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioStats {
    pub scenario: String,
    pub runs: u32,
    /// The best share of the maximum.
    pub best: Score,
    /// The latest run (by date, then by order in the file).
    pub last: Score,
    pub total_points: u32,
    pub total_max: u32,
    /// Runs that ended well (walked away, reported, hired, safe).
    pub safe_endings: u32,
}

impl ScenarioStats {
    /// All points over all maxima.
    pub fn mean_share(&self) -> Option<f64> {
        ratio(self.total_points, self.total_max)
    }
}

/// Hits against false alarms.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Discernment {
    pub hits: u32,
    /// Chances to hit: real red flags, or scam items.
    pub scams: u32,
    pub false_alarms: u32,
    /// Chances of a false alarm: honest requests, or legitimate items.
    pub honest: u32,
}

impl Discernment {
    pub fn hit_rate(&self) -> Option<f64> {
        ratio(self.hits, self.scams)
    }
    pub fn false_alarm_rate(&self) -> Option<f64> {
        ratio(self.false_alarms, self.honest)
    }
    /// Hit rate minus false-alarm rate, in percentage points.
    pub fn score(&self) -> Option<f64> {
        Some((self.hit_rate()? - self.false_alarm_rate()?) * 100.0)
    }
}

/// One quiz stage (before, after or booster) across records.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StageStats {
    pub rounds: u32,
    pub answers: u32,
    pub correct: u32,
    /// Sum of certainties in percent (50 to 100 each).
    pub certainty_sum: f64,
    pub discernment: Discernment,
    /// How many answers got each rating, for scam items (`[0]`) and honest ones (`[1]`):
    /// index 0 is "honest, sure" (−5) up to 4 (−1), then 5 is "scam, unsure" (+1) up to 9
    /// "scam, sure" (+5).
    pub ratings: [[u32; 10]; 2],
}

/// The rating bin of an answer: said scam or honest, and how sure.
fn rating_bin(said_scam: bool, confidence: u8) -> usize {
    let c = usize::from(confidence.clamp(1, 5));
    if said_scam { 4 + c } else { 5 - c }
}

/// The quantile function of the standard normal distribution (Acklam's approximation,
/// relative error below 1.2e-9), for p in (0, 1).
pub fn probit(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.02425 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.02425 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

impl Discernment {
    /// The corrected rates (H, F), when there are both scam and honest answers.
    fn corrected(&self) -> Option<(f64, f64)> {
        (self.scams > 0 && self.honest > 0).then(|| {
            (
                (f64::from(self.hits) + 0.5) / (f64::from(self.scams) + 1.0),
                (f64::from(self.false_alarms) + 0.5) / (f64::from(self.honest) + 1.0),
            )
        })
    }
    /// Sensitivity d′: how well scams are told from honest offers, whatever the leaning.
    pub fn d_prime(&self) -> Option<f64> {
        let (h, f) = self.corrected()?;
        Some(probit(h) - probit(f))
    }
    /// Bias c: below 0 leans to calling things scams, above 0 to calling them honest.
    pub fn bias(&self) -> Option<f64> {
        let (h, f) = self.corrected()?;
        Some(-(probit(h) + probit(f)) / 2.0)
    }
}

impl StageStats {
    /// Share answered right, in percent.
    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.correct, self.answers).map(|r| r * 100.0)
    }
    /// Mean certainty, in percent.
    pub fn certainty(&self) -> Option<f64> {
        (self.answers > 0).then(|| self.certainty_sum / f64::from(self.answers))
    }
    /// Certainty minus accuracy, in percentage points.
    pub fn calibration_gap(&self) -> Option<f64> {
        Some(self.certainty()? - self.accuracy()?)
    }
    /// The area under the ROC curve of the confidence-weighted ratings.
    pub fn auc(&self) -> Option<f64> {
        let [scam, honest] = &self.ratings;
        let (ns, nh): (u32, u32) = (scam.iter().sum(), honest.iter().sum());
        if ns == 0 || nh == 0 {
            return None;
        }
        let mut wins = 0.0;
        for (i, &s) in scam.iter().enumerate() {
            let below: u32 = honest[..i].iter().sum();
            wins += f64::from(s) * (f64::from(below) + f64::from(honest[i]) / 2.0);
        }
        Some(wins / (f64::from(ns) * f64::from(nh)))
    }
    fn add(&mut self, a: &super::record::Answer) {
        self.answers += 1;
        self.correct += u32::from(a.correct());
        self.certainty_sum += certainty(a.confidence);
        let d = &mut self.discernment;
        if a.scam {
            d.scams += 1;
            d.hits += u32::from(a.said_scam);
        } else {
            d.honest += 1;
            d.false_alarms += u32::from(a.said_scam);
        }
        self.ratings[usize::from(!a.scam)][rating_bin(a.said_scam, a.confidence)] += 1;
    }
}

/// One participant code's before/after check.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonStats {
    pub participant: String,
    pub before: StageStats,
    pub after: StageStats,
}

/// Confidence 1..5 as a certainty in percent: 50, 62.5, 75, 87.5, 100.
pub fn certainty(confidence: u8) -> f64 {
    50.0 + f64::from(confidence.clamp(1, 5) - 1) * 12.5
}

/// Everything the summaries show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub records: u32,
    /// Distinct participant codes.
    pub participants: u32,
    /// By flag id.
    pub flags: Vec<FlagStats>,
    /// By scenario id.
    pub scenarios: Vec<ScenarioStats>,
    pub play: Discernment,
    pub before: StageStats,
    pub after: StageStats,
    pub booster: StageStats,
    /// The before/after check per participant code, by code.
    pub people: Vec<PersonStats>,
}

impl Summary {
    /// Puts the flags in the order of `order` (the taxonomy); unknown ids go last, by id.
    pub fn order_flags(&mut self, order: &[String]) {
        self.flags.sort_by_key(|f| {
            (
                order
                    .iter()
                    .position(|o| o == &f.flag)
                    .unwrap_or(usize::MAX),
                f.flag.clone(),
            )
        });
    }

    /// After minus before: (discernment, calibration gap), when both stages have answers.
    pub fn change(&self) -> (Option<f64>, Option<f64>) {
        let d = self
            .after
            .discernment
            .score()
            .zip(self.before.discernment.score())
            .map(|(a, b)| a - b);
        let c = self
            .after
            .calibration_gap()
            .zip(self.before.calibration_gap())
            .map(|(a, b)| a - b);
        (d, c)
    }
}

fn ratio(a: u32, b: u32) -> Option<f64> {
    (b > 0).then(|| f64::from(a) / f64::from(b))
}

/// The statistics of `records` (any order; "last" follows the dates).
pub fn summarize(records: &[Record]) -> Summary {
    let mut s = Summary {
        records: records.len() as u32,
        ..Summary::default()
    };
    let participants: BTreeSet<&str> = records
        .iter()
        .filter_map(|r| r.participant.as_deref())
        .collect();
    s.participants = participants.len() as u32;
    let mut flags: BTreeMap<String, FlagStats> = BTreeMap::new();
    let mut people: BTreeMap<String, PersonStats> = BTreeMap::new();
    let mut scenarios: BTreeMap<String, (ScenarioStats, (i64, usize))> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if r.is_play() {
            for f in &r.flags {
                let st = flags.entry(f.flag.clone()).or_insert_with(|| FlagStats {
                    flag: f.flag.clone(),
                    ..FlagStats::default()
                });
                for m in &f.marks {
                    st.met += 1;
                    match m.as_str() {
                        "spotted" => {
                            st.spotted += 1;
                            s.play.hits += 1;
                            s.play.scams += 1;
                        }
                        "missed" => {
                            st.missed += 1;
                            s.play.scams += 1;
                        }
                        "false-alarm" => {
                            st.false_alarms += 1;
                            s.play.false_alarms += 1;
                            s.play.honest += 1;
                        }
                        "trusted" => {
                            st.trusted += 1;
                            s.play.honest += 1;
                        }
                        _ => {}
                    }
                }
            }
            let (Some(id), Some(points), Some(max)) = (&r.scenario, r.points, r.max) else {
                continue;
            };
            let score = Score { points, max };
            let when = (r.time().unwrap_or(i64::MIN), i);
            let (st, last_when) = scenarios.entry(id.clone()).or_insert_with(|| {
                (
                    ScenarioStats {
                        scenario: id.clone(),
                        best: score,
                        last: score,
                        ..ScenarioStats::default()
                    },
                    when,
                )
            });
            st.runs += 1;
            st.total_points += points;
            st.total_max += max;
            if score.share() > st.best.share() {
                st.best = score;
            }
            if when >= *last_when {
                st.last = score;
                *last_when = when;
            }
            if r.outcome.as_deref().is_some_and(outcome_is_good) {
                st.safe_endings += 1;
            }
        } else if r.is_quiz() {
            let Some(stage) = r.stage.as_deref() else {
                continue;
            };
            let group = match stage {
                "before" => &mut s.before,
                "after" => &mut s.after,
                "booster" => &mut s.booster,
                _ => continue,
            };
            let answers = || r.answers.iter().filter(|a| (1..=5).contains(&a.confidence));
            group.rounds += 1;
            answers().for_each(|a| group.add(a));
            if let Some(code) = &r.participant
                && stage != "booster"
            {
                let p = people.entry(code.clone()).or_insert_with(|| PersonStats {
                    participant: code.clone(),
                    ..PersonStats::default()
                });
                let st = if stage == "before" {
                    &mut p.before
                } else {
                    &mut p.after
                };
                st.rounds += 1;
                answers().for_each(|a| st.add(a));
            }
        }
    }
    s.people = people
        .into_values()
        .filter(|p| p.before.answers + p.after.answers > 0)
        .collect();
    s.flags = flags.into_values().collect();
    s.scenarios = scenarios.into_values().map(|(st, _)| st).collect();
    s
}

fn outcome_is_good(o: &str) -> bool {
    matches!(o, "walked-away" | "reported" | "hired" | "safe")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::record::{Answer, FlagMarks};

    fn play(scn: &str, when: &str, points: u32, max: u32, marks: &[(&str, &[&str])]) -> Record {
        Record {
            kind: "play".into(),
            participant: Some("p1".into()),
            finished_at: when.into(),
            scenario: Some(scn.into()),
            points: Some(points),
            max: Some(max),
            outcome: Some(
                if points * 2 > max {
                    "walked-away"
                } else {
                    "compromised"
                }
                .into(),
            ),
            flags: marks
                .iter()
                .map(|(f, m)| FlagMarks {
                    flag: f.to_string(),
                    marks: m.iter().map(|s| s.to_string()).collect(),
                    ..FlagMarks::default()
                })
                .collect(),
            ..Record::default()
        }
    }

    fn quiz(stage: &str, who: &str, answers: &[(bool, bool, u8)]) -> Record {
        Record {
            kind: "quiz".into(),
            participant: Some(who.into()),
            stage: Some(stage.into()),
            answers: answers
                .iter()
                .map(|&(scam, said_scam, confidence)| Answer {
                    item: "i".into(),
                    scam,
                    said_scam,
                    confidence,
                    ..Answer::default()
                })
                .collect(),
            ..Record::default()
        }
    }

    #[test]
    fn signal_detection_measures_worked_by_hand() {
        assert!((probit(0.975) - 1.959_964).abs() < 1e-5);
        assert!((probit(0.5)).abs() < 1e-9);
        assert!((probit(0.01) + 2.326_348).abs() < 1e-5);
        // 8 of 10 scams called scams, 2 of 10 honest items called scams: with the
        // log-linear correction H = 8.5/11 and F = 2.5/11, symmetric, so c is 0.
        let d = Discernment {
            hits: 8,
            scams: 10,
            false_alarms: 2,
            honest: 10,
        };
        assert!(
            (d.d_prime().unwrap() - 1.4958).abs() < 1e-3,
            "{:?}",
            d.d_prime()
        );
        assert!(d.bias().unwrap().abs() < 1e-9);
        // Calling everything a scam: no sensitivity, a strong lean.
        let all = Discernment {
            hits: 10,
            scams: 10,
            false_alarms: 10,
            honest: 10,
        };
        assert!(all.d_prime().unwrap().abs() < 1e-9);
        assert!(all.bias().unwrap() < -1.0);
        assert_eq!(Discernment::default().d_prime(), None);
        // AUC: scams rated "scam, sure" and honest ones "honest, sure" separate perfectly;
        // the same rating for everything is chance.
        let mut st = StageStats::default();
        st.ratings[0][9] = 5;
        st.ratings[1][0] = 5;
        assert_eq!(st.auc(), Some(1.0));
        let mut flat = StageStats::default();
        flat.ratings[0][7] = 4;
        flat.ratings[1][7] = 6;
        assert_eq!(flat.auc(), Some(0.5));
        assert_eq!(StageStats::default().auc(), None);
    }

    #[test]
    fn worked_by_hand() {
        let records = vec![
            // Scenario a, run 1 (later): 3/4.  Scenario a, run 2 (earlier): 4/4.
            play(
                "a",
                "2026-01-02T10:00:00Z",
                3,
                4,
                &[
                    ("off-platform", &["spotted", "missed"]),
                    ("secrecy", &["spotted"]),
                ],
            ),
            play(
                "a",
                "2026-01-01T10:00:00Z",
                4,
                4,
                &[("off-platform", &["spotted"]), ("secrecy", &["spotted"])],
            ),
            // Scenario b, honest: one false alarm, one trusted; 1/3.
            play(
                "b",
                "2026-01-03T10:00:00Z",
                1,
                3,
                &[("remote-access", &["false-alarm", "trusted"])],
            ),
            // Before: 2 scam items (said scam, conf 5; said legit, conf 5),
            //         2 legit items (said scam, conf 3; said legit, conf 1).
            quiz(
                "before",
                "p1",
                &[
                    (true, true, 5),
                    (true, false, 5),
                    (false, true, 3),
                    (false, false, 1),
                ],
            ),
            // After: both scams hit (conf 4, 4), one legit right (conf 4), one false alarm (conf 2).
            quiz(
                "after",
                "p2",
                &[
                    (true, true, 4),
                    (true, true, 4),
                    (false, false, 4),
                    (false, true, 2),
                ],
            ),
        ];
        let s = summarize(&records);
        assert_eq!(s.records, 5);
        assert_eq!(s.participants, 2); // p1, p2

        // off-platform: marks spotted, missed, spotted -> met 3, spotted 2 of 3 = 0.667.
        let off = &s.flags.iter().find(|f| f.flag == "off-platform").unwrap();
        assert_eq!((off.met, off.spotted, off.missed), (3, 2, 1));
        assert!((off.spot_rate().unwrap() - 2.0 / 3.0).abs() < 1e-9);
        // remote-access: never a real flag here -> no spot rate.
        let ra = &s.flags.iter().find(|f| f.flag == "remote-access").unwrap();
        assert_eq!((ra.met, ra.false_alarms, ra.trusted), (2, 1, 1));
        assert_eq!(ra.spot_rate(), None);

        // a: best 4/4 (the earlier run), last 3/4 (the later run); mean (3+4)/(4+4) = 0.875.
        let a = &s.scenarios[0];
        assert_eq!((a.scenario.as_str(), a.runs), ("a", 2));
        assert_eq!(a.best, Score { points: 4, max: 4 });
        assert_eq!(a.last, Score { points: 3, max: 4 });
        assert_eq!(a.mean_share(), Some(0.875));
        assert_eq!(a.safe_endings, 2);
        assert_eq!(s.scenarios[1].safe_endings, 0); // 1/3 is not more than half

        // Play: hits 4 of 5 real flags (4 spotted + 1 missed) = 80 %;
        // false alarms 1 of 2 honest requests = 50 %; discernment 80 - 50 = 30 points.
        assert_eq!(
            s.play,
            Discernment {
                hits: 4,
                scams: 5,
                false_alarms: 1,
                honest: 2
            }
        );
        assert!((s.play.score().unwrap() - 30.0).abs() < 1e-9);

        // Before: hit 1 of 2 = 50 %, false alarm 1 of 2 = 50 %, discernment 0.
        // Right: 2 of 4 = 50 %. Certainty: 100 + 100 + 75 + 50 = 325 / 4 = 81.25 %.
        // Calibration gap: 81.25 - 50 = +31.25 (overconfident).
        assert!((s.before.discernment.score().unwrap() - 0.0).abs() < 1e-9);
        assert_eq!(s.before.accuracy(), Some(50.0));
        assert_eq!(s.before.certainty(), Some(81.25));
        assert_eq!(s.before.calibration_gap(), Some(31.25));

        // After: hit 2 of 2 = 100 %, false alarm 1 of 2 = 50 %, discernment 50.
        // Right: 3 of 4 = 75 %. Certainty: 87.5 * 3 + 62.5 = 325 / 4 = 81.25 %.
        // Gap: 81.25 - 75 = +6.25.
        assert!((s.after.discernment.score().unwrap() - 50.0).abs() < 1e-9);
        assert_eq!(s.after.calibration_gap(), Some(6.25));

        // Change: discernment 50 - 0 = +50 points; gap 6.25 - 31.25 = -25 points.
        let (d, c) = s.change();
        assert!((d.unwrap() - 50.0).abs() < 1e-9);
        assert!((c.unwrap() + 25.0).abs() < 1e-9);
    }

    #[test]
    fn nothing_gives_no_rates() {
        let s = summarize(&[]);
        assert_eq!(s.play.score(), None);
        assert_eq!(s.change(), (None, None));
        assert_eq!(s.before.calibration_gap(), None);
    }

    #[test]
    fn unknown_kinds_and_bad_confidences_are_skipped() {
        let mut odd = quiz("after", "p", &[(true, true, 9), (true, true, 5)]);
        odd.kind = "quiz".into();
        let other = Record {
            kind: "survey".into(),
            ..Record::default()
        };
        let s = summarize(&[odd, other]);
        assert_eq!(s.after.answers, 1);
        assert_eq!(s.records, 2);
    }
}
