//! The cue check: does a scenario set give its answers away through surface cues that have
//! nothing to do with red flags?
//!
//! A training game teaches what separates its right answers from its wrong ones. When the
//! right answer is usually the longest, or scammers write lowercase with emoji while honest
//! clients write polished prose, players learn those cues instead of judgement, and become
//! more suspicious of everything without getting better at telling scams from honest offers.
//! This module measures such cues over a set of scenarios (the built-in content, or one
//! pack), in English as a player sees it, and compares scams with honest offers and right
//! answers with wrong ones. Each figure has a threshold; a figure past it is a warning.
//!
//! An option is *right* when it has marks and all of them are `spotted` or `trusted`, and
//! *wrong* when any of its marks is `missed` or `false_alarm`.

use std::collections::BTreeMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::content::Origin;
use crate::diag::{Arg, Diagnostic, Pos};
use crate::i18n::{Localizer, SOURCE};
use crate::library::{Library, LoadedScenario};
use crate::present::preview_args;
use crate::sanitize::clean;
use crate::scenario::ids;
use crate::scenario::model::{Assessment, Node, Perspective, Scenario};

/// How a figure is held against its threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    AtMost(f64),
    AtLeast(f64),
    Between(f64, f64),
}

impl Limit {
    fn holds(self, v: f64) -> bool {
        match self {
            Limit::AtMost(t) => v <= t + 1e-9,
            Limit::AtLeast(t) => v + 1e-9 >= t,
            Limit::Between(lo, hi) => v + 1e-9 >= lo && v <= hi + 1e-9,
        }
    }
    /// The threshold, in the words of a diagnostic: `at most 0.4`, `0.8 to 1.25`.
    fn json(self) -> serde_json::Value {
        match self {
            Limit::AtMost(t) => serde_json::json!({ "at_most": t }),
            Limit::AtLeast(t) => serde_json::json!({ "at_least": t }),
            Limit::Between(lo, hi) => serde_json::json!({ "at_least": lo, "at_most": hi }),
        }
    }
}

/// One measured cue.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// A stable name, for JSON: `longest_option_right`, …
    pub name: &'static str,
    /// The warning code when it fails.
    pub code: &'static str,
    /// `None` when the set has nothing to compare (no honest offers, say).
    pub value: Option<f64>,
    pub limit: Limit,
    /// The scenario that contributes most to a failing figure, where the warning points.
    pub worst: Option<String>,
}

impl Figure {
    pub fn passes(&self) -> bool {
        self.value.is_none_or(|v| self.limit.holds(v))
    }
}

/// The thresholds. Shares are fractions from 0 to 1.
pub const MAX_LONGEST_RIGHT: f64 = 0.40;
pub const MAX_LENGTH_GAIN: f64 = 0.10;
pub const LENGTH_RATIO: (f64, f64) = (0.8, 1.25);
pub const MAX_STYLE_GAP: f64 = 0.15;
pub const MAX_OPTIONS_GAP: f64 = 0.5;
pub const MAX_PINNED_GAP: f64 = 0.10;
pub const MIN_HONEST_SHARE: f64 = 0.40;

/// What one scenario contributes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScenarioCues {
    pub id: String,
    pub file: String,
    pub legitimate: bool,
    pub hiring: bool,
    /// Choices with both a right and a wrong option.
    pub judged_choices: usize,
    /// Of those, the ones whose longest option (or one of the longest) is right.
    pub longest_right: usize,
    /// Summed over the judged choices: the share of right options (what guessing scores),
    /// then what picking the longest, picking the shortest, avoiding the longest and
    /// avoiding the shortest option would score. See [`LengthRule`].
    pub length_rules: [f64; 5],
    /// Lengths in characters (grapheme clusters) of right and of wrong options.
    pub right_lengths: Vec<usize>,
    pub wrong_lengths: Vec<usize>,
    /// Options per choice.
    pub options: Vec<usize>,
    /// Choices with a pinned option.
    pub pinned: usize,
    /// Messages from the other side, and how many start lowercase or hold an emoji.
    pub messages: usize,
    pub lowercase: usize,
    pub emoji: usize,
    /// The title or summary puts words in quotation marks.
    pub scare_quotes: bool,
    /// Where the English title is written (file and position), for W086.
    pub title_at: Option<(String, Pos)>,
    /// Marks on harmless requests (trusted or false alarm) and on real red flags.
    pub harmless: usize,
    pub flagged: usize,
}

/// The figures of one set of scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct SetCues {
    /// `built-in`, or the pack's name.
    pub name: String,
    pub scenarios: Vec<ScenarioCues>,
    pub figures: Vec<Figure>,
}

/// Measures every set: the built-in scenarios, and each pack's own.
pub fn measure(lib: &Library) -> Vec<SetCues> {
    group(measure_each(lib))
}

/// What each of the library's scenarios shows, with where it comes from, as listed.
pub fn measure_each(lib: &Library) -> Vec<(&Origin, ScenarioCues)> {
    let (en, _) = lib.catalog.localizer(SOURCE);
    // The English file of each scenario, to point at its title.
    let en_files: BTreeMap<&str, &crate::content::ContentFile> = lib
        .catalog
        .files()
        .iter()
        .filter_map(|f| match &f.kind {
            crate::content::Kind::Locale { lang, name } if lang == SOURCE => {
                Some((name.as_str(), f))
            }
            _ => None,
        })
        .collect();
    lib.scenarios
        .iter()
        .map(|s| {
            (
                &s.origin,
                measure_one(&en, s, en_files.get(s.head.id.as_str()).copied(), &|_| None),
            )
        })
        .collect()
}

/// What one scenario shows; `en_file` is its English file (named like it), if any.
pub fn measure_one(
    en: &Localizer,
    s: &LoadedScenario,
    en_file: Option<&crate::content::ContentFile>,
    formatted: &dyn Fn(&str) -> Option<String>,
) -> ScenarioCues {
    let mut c = scenario_from(en, s.scenario(), &s.file, formatted);
    if c.scare_quotes {
        c.title_at = en_file.map(|f| {
            let pos = crate::i18n::message_pos(&f.text, &ids::title(&s.head.id));
            (f.display.clone(), pos)
        });
    }
    c
}

/// The figures of each set, from its scenarios' in the order they are listed.
pub fn group<'o>(measured: impl IntoIterator<Item = (&'o Origin, ScenarioCues)>) -> Vec<SetCues> {
    let mut sets: BTreeMap<(bool, String), Vec<ScenarioCues>> = BTreeMap::new();
    for (origin, c) in measured {
        let key = match origin {
            Origin::Builtin => (false, "built-in".to_string()),
            o => (true, o.pack_name().unwrap_or_default().to_string()),
        };
        sets.entry(key).or_default().push(c);
    }
    // A pack is played beside the built-in scenarios: its share of honest offers counts
    // them too, while its writing (lengths, style) is judged on its own.
    let builtin: Vec<ScenarioCues> = sets
        .get(&(false, "built-in".to_string()))
        .cloned()
        .unwrap_or_default();
    sets.into_iter()
        .map(|((pack, name), scenarios)| {
            let base: &[ScenarioCues] = if pack { &builtin } else { &[] };
            let figures = figures(&scenarios, base);
            SetCues {
                name,
                scenarios,
                figures,
            }
        })
        .collect()
}

/// Warnings for every failing figure and every scenario without discernment per request.
pub fn diagnostics(sets: &[SetCues]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let one = Pos { line: 1, col: 1 };
    for set in sets {
        for f in set.figures.iter().filter(|f| !f.passes()) {
            let Some(file) = f
                .worst
                .as_ref()
                .and_then(|w| set.scenarios.iter().find(|s| &s.id == w))
                .or(set.scenarios.first())
                .map(|s| s.file.clone())
            else {
                continue;
            };
            let (lo, hi) = match f.limit {
                Limit::AtMost(t) => (0.0, t),
                Limit::AtLeast(t) => (t, 1.0),
                Limit::Between(lo, hi) => (lo, hi),
            };
            // Shares are said in percent; the length ratio and the options gap as numbers.
            let plain = matches!(f.code, "W081" | "W084");
            let num = |v: f64| {
                if plain {
                    Arg::Num((v * 100.0).round() / 100.0)
                } else {
                    Arg::Num(percent(v) as f64)
                }
            };
            let mut d = Diagnostic::warning(f.code, &file, one)
                .arg("set", set.name.as_str())
                .arg("value", num(f.value.unwrap_or(0.0)))
                .arg("low", num(lo))
                .arg("high", num(hi))
                .arg("worst", f.worst.clone().unwrap_or_default());
            if f.code == "W087" {
                let side = if f.name.ends_with("hiring") {
                    "hiring"
                } else {
                    "freelancer"
                };
                d = d.arg("side", side);
            }
            out.push(d);
        }
        for s in &set.scenarios {
            if s.scare_quotes {
                let (file, pos) = s.title_at.clone().unwrap_or((s.file.clone(), one));
                out.push(Diagnostic::warning("W086", &file, pos).arg("name", s.id.as_str()));
            }
            if s.harmless == 0 {
                out.push(Diagnostic::warning("W088", &s.file, one).arg("name", s.id.as_str()));
            }
            if s.legitimate && s.flagged == 0 {
                out.push(Diagnostic::warning("W089", &s.file, one).arg("name", s.id.as_str()));
            }
        }
    }
    out
}

/// How much better than guessing the best rule of thumb about answer length does ("pick
/// the shortest", "avoid the longest", …), over `judged` choices: 0 when length says
/// nothing about the answer.
fn length_gain(rules: &[f64; 5], judged: usize) -> Option<f64> {
    (judged > 0).then(|| {
        rules[1..]
            .iter()
            .map(|r| (r - rules[0]) / judged as f64)
            .fold(f64::MIN, f64::max)
    })
}

/// A share as a whole percentage, for messages; ratios (1.25) as hundredths (125).
fn percent(v: f64) -> usize {
    (v * 100.0).round().max(0.0) as usize
}

/// The `cues` object of `check --format json`: every set, every figure with its threshold.
pub fn json(sets: &[SetCues]) -> serde_json::Value {
    let list: Vec<serde_json::Value> = sets
        .iter()
        .map(|set| {
            let figures: serde_json::Map<String, serde_json::Value> = set
                .figures
                .iter()
                .map(|f| {
                    (
                        f.name.to_string(),
                        serde_json::json!({
                            "value": f.value,
                            "threshold": f.limit.json(),
                            "passes": f.passes(),
                            "code": f.code,
                            "worst": f.worst,
                        }),
                    )
                })
                .collect();
            let scenarios: Vec<serde_json::Value> = set
                .scenarios
                .iter()
                .map(|s| {
                    serde_json::json!({
                        "id": s.id,
                        "legitimate": s.legitimate,
                        "judged_choices": s.judged_choices,
                        "longest_right": s.longest_right,
                        "length_rule_gain": length_gain(&s.length_rules, s.judged_choices),
                        "mean_right_length": mean(&s.right_lengths),
                        "mean_wrong_length": mean(&s.wrong_lengths),
                        "messages": s.messages,
                        "lowercase": s.lowercase,
                        "emoji": s.emoji,
                        "scare_quotes": s.scare_quotes,
                        "harmless_requests": s.harmless,
                        "red_flag_requests": s.flagged,
                    })
                })
                .collect();
            serde_json::json!({
                "set": set.name,
                "figures": figures,
                "scenarios": scenarios,
            })
        })
        .collect();
    serde_json::json!({ "sets": list })
}

fn mean(v: &[usize]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<usize>() as f64 / v.len() as f64)
}

/// What one scenario shows, measured in English with the preview's draw of its variables.
/// The English of a message comes from `formatted` when it has it (the text the English
/// check formatted with the same variables), else it is formatted here.
pub fn scenario_from(
    en: &Localizer,
    scn: &Scenario,
    file: &str,
    formatted: &dyn Fn(&str) -> Option<String>,
) -> ScenarioCues {
    let args = preview_args(en, &scn.vars);
    let shown = |id: &str| {
        let text = formatted(id).unwrap_or_else(|| en.fmt(id, &args));
        clean(&text.replace('\n', " "))
    };
    let mut c = ScenarioCues {
        id: scn.id.clone(),
        file: file.to_string(),
        legitimate: scn.legitimate,
        hiring: scn.perspective == Perspective::Hiring,
        ..ScenarioCues::default()
    };
    for node in &scn.nodes {
        match node {
            Node::Message { id, .. } => {
                let text = shown(&ids::node(&scn.id, id));
                c.messages += 1;
                if text
                    .chars()
                    .find(|ch| ch.is_alphabetic())
                    .is_some_and(char::is_lowercase)
                {
                    c.lowercase += 1;
                }
                if !text.is_ascii() && text.chars().any(is_emoji) {
                    c.emoji += 1;
                }
            }
            Node::Choice {
                id: node_id,
                options,
                ..
            } => {
                c.options.push(options.len());
                if options.iter().any(|o| o.pinned) {
                    c.pinned += 1;
                }
                let mut measured: Vec<(usize, bool, bool)> = Vec::new();
                for o in options {
                    let text = shown(&ids::option(&scn.id, node_id, &o.id));
                    // (In ASCII, which `shown` leaves without line breaks, every
                    // character is one grapheme.)
                    let len = if text.is_ascii() && !text.contains('\r') {
                        text.len()
                    } else {
                        text.graphemes(true).count()
                    };
                    let marks: Vec<Assessment> = o.assess.values().copied().collect();
                    let right = !marks.is_empty() && marks.iter().all(|m| m.is_correct());
                    let wrong = marks.iter().any(|m| !m.is_correct());
                    for m in &marks {
                        match m {
                            Assessment::Trusted | Assessment::FalseAlarm => c.harmless += 1,
                            Assessment::Spotted | Assessment::Missed => c.flagged += 1,
                        }
                    }
                    if right {
                        c.right_lengths.push(len);
                    }
                    if wrong {
                        c.wrong_lengths.push(len);
                    }
                    measured.push((len, right, wrong));
                }
                if measured.iter().any(|m| m.1) && measured.iter().any(|m| m.2) {
                    c.judged_choices += 1;
                    let longest = measured.iter().map(|m| m.0).max().unwrap_or(0);
                    if measured.iter().any(|m| m.0 == longest && m.1) {
                        c.longest_right += 1;
                    }
                    let shortest = measured.iter().map(|m| m.0).min().unwrap_or(0);
                    // The share of right options among those a rule would pick from.
                    let score = |keep: &dyn Fn(usize) -> bool| {
                        let kept: Vec<bool> =
                            measured.iter().filter(|m| keep(m.0)).map(|m| m.1).collect();
                        let kept = if kept.is_empty() {
                            measured.iter().map(|m| m.1).collect()
                        } else {
                            kept
                        };
                        kept.iter().filter(|&&r| r).count() as f64 / kept.len() as f64
                    };
                    let rules = [
                        score(&|_| true),
                        score(&|l| l == longest),
                        score(&|l| l == shortest),
                        score(&|l| l != longest),
                        score(&|l| l != shortest),
                    ];
                    for (sum, r) in c.length_rules.iter_mut().zip(rules) {
                        *sum += r;
                    }
                }
            }
            _ => {}
        }
    }
    c.scare_quotes = [ids::title(&scn.id), ids::summary(&scn.id)]
        .iter()
        .any(|id| has_scare_quotes(&shown(id)));
    c
}

/// Double quotation marks of any script, or a single opening quote (a lone `’` is an
/// apostrophe).
fn has_scare_quotes(text: &str) -> bool {
    text.chars().any(|ch| {
        matches!(
            ch,
            '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '「'
        )
    })
}

/// Pictographs and symbols that terminals draw as emoji.
fn is_emoji(ch: char) -> bool {
    matches!(ch as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B50 | 0x2B55 | 0x2B06 | 0x2B07 | 0x2934 | 0x2935)
}

/// The set's figures, from what its scenarios contribute; the share of honest offers also
/// counts `base`, the scenarios played beside them.
pub fn figures(scns: &[ScenarioCues], base: &[ScenarioCues]) -> Vec<Figure> {
    let scams: Vec<&ScenarioCues> = scns.iter().filter(|s| !s.legitimate).collect();
    let honest: Vec<&ScenarioCues> = scns.iter().filter(|s| s.legitimate).collect();
    let ratio = |num: usize, den: usize| (den > 0).then(|| num as f64 / den as f64);
    let sum = |v: &[&ScenarioCues], f: fn(&ScenarioCues) -> usize| v.iter().map(|s| f(s)).sum();
    let all: Vec<&ScenarioCues> = scns.iter().collect();
    // The scenario with the highest own value of a share, for the warning's position.
    let worst =
        |v: &[&ScenarioCues], num: fn(&ScenarioCues) -> usize, den: fn(&ScenarioCues) -> usize| {
            v.iter()
                .filter(|s| den(s) > 0)
                .max_by(|a, b| {
                    let ra = num(a) as f64 / den(a) as f64;
                    let rb = num(b) as f64 / den(b) as f64;
                    ra.total_cmp(&rb)
                })
                .map(|s| s.id.clone())
        };
    let gap = |num: fn(&ScenarioCues) -> usize, den: fn(&ScenarioCues) -> usize| {
        let a = ratio(sum(&scams, num), sum(&scams, den))?;
        let b = ratio(sum(&honest, num), sum(&honest, den))?;
        Some((a - b).abs())
    };
    // The side whose own figure is furthest from the other side's.
    let gap_worst = |num: fn(&ScenarioCues) -> usize, den: fn(&ScenarioCues) -> usize| {
        let a = ratio(sum(&scams, num), sum(&scams, den)).unwrap_or(0.0);
        let b = ratio(sum(&honest, num), sum(&honest, den)).unwrap_or(0.0);
        if a >= b {
            worst(&scams, num, den)
        } else {
            worst(&honest, num, den)
        }
    };

    let lengths = |v: &[&ScenarioCues], right: bool| -> Vec<usize> {
        v.iter()
            .flat_map(|s| {
                if right {
                    s.right_lengths.clone()
                } else {
                    s.wrong_lengths.clone()
                }
            })
            .collect()
    };
    let length_ratio = match (mean(&lengths(&all, true)), mean(&lengths(&all, false))) {
        (Some(r), Some(w)) if w > 0.0 => Some(r / w),
        _ => None,
    };
    let length_worst = all
        .iter()
        .filter_map(|s| {
            Some((
                s,
                mean(&s.right_lengths)? / mean(&s.wrong_lengths)?.max(1.0),
            ))
        })
        .max_by(|a, b| (a.1 - 1.0).abs().total_cmp(&(b.1 - 1.0).abs()))
        .map(|(s, _)| s.id.clone());

    let per_choice =
        |v: &[&ScenarioCues]| mean(&v.iter().flat_map(|s| s.options.clone()).collect::<Vec<_>>());
    let options_gap = match (per_choice(&scams), per_choice(&honest)) {
        (Some(a), Some(b)) => Some((a - b).abs()),
        _ => None,
    };

    let played: Vec<&ScenarioCues> = scns.iter().chain(base).collect();
    let honest_share = |hiring: bool| -> Figure {
        let side: Vec<&&ScenarioCues> = played.iter().filter(|s| s.hiring == hiring).collect();
        let n = side.len();
        let h = side.iter().filter(|s| s.legitimate).count();
        Figure {
            name: if hiring {
                "honest_share_hiring"
            } else {
                "honest_share_freelancer"
            },
            code: "W087",
            value: ratio(h, n),
            limit: Limit::AtLeast(MIN_HONEST_SHARE),
            worst: side.iter().find(|s| !s.legitimate).map(|s| s.id.clone()),
        }
    };

    vec![
        Figure {
            name: "longest_option_right",
            code: "W080",
            value: ratio(
                sum(&all, |s| s.longest_right),
                sum(&all, |s| s.judged_choices),
            ),
            limit: Limit::AtMost(MAX_LONGEST_RIGHT),
            worst: worst(&all, |s| s.longest_right, |s| s.judged_choices),
        },
        Figure {
            name: "length_rule_gain",
            code: "W094",
            value: length_gain(
                &all.iter().fold([0.0; 5], |mut acc, s| {
                    for (a, r) in acc.iter_mut().zip(s.length_rules) {
                        *a += r;
                    }
                    acc
                }),
                sum(&all, |s| s.judged_choices),
            ),
            limit: Limit::AtMost(MAX_LENGTH_GAIN),
            worst: all
                .iter()
                .filter_map(|s| Some((s, length_gain(&s.length_rules, s.judged_choices)?)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(s, _)| s.id.clone()),
        },
        Figure {
            name: "right_to_wrong_length",
            code: "W081",
            value: length_ratio,
            limit: Limit::Between(LENGTH_RATIO.0, LENGTH_RATIO.1),
            worst: length_worst,
        },
        Figure {
            name: "lowercase_gap",
            code: "W082",
            value: gap(|s| s.lowercase, |s| s.messages),
            limit: Limit::AtMost(MAX_STYLE_GAP),
            worst: gap_worst(|s| s.lowercase, |s| s.messages),
        },
        Figure {
            name: "emoji_gap",
            code: "W083",
            value: gap(|s| s.emoji, |s| s.messages),
            limit: Limit::AtMost(MAX_STYLE_GAP),
            worst: gap_worst(|s| s.emoji, |s| s.messages),
        },
        Figure {
            name: "options_per_choice_gap",
            code: "W084",
            value: options_gap,
            limit: Limit::AtMost(MAX_OPTIONS_GAP),
            worst: None,
        },
        Figure {
            name: "pinned_option_gap",
            code: "W085",
            value: gap(|s| s.pinned, |s| s.options.len()),
            limit: Limit::AtMost(MAX_PINNED_GAP),
            worst: gap_worst(|s| s.pinned, |s| s.options.len()),
        },
        honest_share(false),
        honest_share(true),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(legitimate: bool, longest_right: usize, lowercase: usize) -> ScenarioCues {
        ScenarioCues {
            id: format!("s{legitimate}{longest_right}{lowercase}"),
            file: "x.ron".into(),
            legitimate,
            judged_choices: 4,
            longest_right,
            right_lengths: vec![40, 50],
            wrong_lengths: vec![45, 45],
            options: vec![3, 3, 3, 3],
            messages: 10,
            lowercase,
            harmless: 1,
            flagged: 1,
            ..ScenarioCues::default()
        }
    }

    fn value(figs: &[Figure], name: &str) -> Option<f64> {
        figs.iter().find(|f| f.name == name).and_then(|f| f.value)
    }

    #[test]
    fn figures_compare_scams_with_honest_offers() {
        let figs = figures(&[cues(false, 4, 7), cues(true, 0, 0)], &[]);
        // 4 of 8 judged choices have a right longest option.
        assert_eq!(value(&figs, "longest_option_right"), Some(0.5));
        assert_eq!(value(&figs, "lowercase_gap"), Some(0.7));
        assert_eq!(value(&figs, "honest_share_freelancer"), Some(0.5));
        // No hiring scenarios: nothing to measure, nothing fails.
        assert_eq!(value(&figs, "honest_share_hiring"), None);
        let failing: Vec<&str> = figs
            .iter()
            .filter(|f| !f.passes())
            .map(|f| f.code)
            .collect();
        assert_eq!(failing, vec!["W080", "W082"]);
        // The lowercase warning points at the scam that writes lowercase.
        let lower = figs.iter().find(|f| f.code == "W082").unwrap();
        assert_eq!(lower.worst.as_deref(), Some("sfalse47"));
    }

    #[test]
    fn a_set_without_honest_offers_fails_the_share_only() {
        let figs = figures(&[cues(false, 1, 0), cues(false, 1, 3)], &[]);
        assert_eq!(value(&figs, "honest_share_freelancer"), Some(0.0));
        // A pack's share counts the scenarios played beside it.
        let beside = [cues(true, 0, 0), cues(true, 0, 0), cues(false, 0, 0)];
        let pack = figures(&[cues(false, 1, 0)], &beside);
        assert_eq!(value(&pack, "honest_share_freelancer"), Some(0.5));
        assert_eq!(value(&figs, "lowercase_gap"), None);
        let failing: Vec<&str> = figs
            .iter()
            .filter(|f| !f.passes())
            .map(|f| f.code)
            .collect();
        assert_eq!(failing, vec!["W087"]);
    }

    #[test]
    fn a_length_rule_that_beats_guessing_is_found() {
        // Two right and one wrong option, the wrong one always the longest: guessing scores
        // 2/3, avoiding the longest scores 1.
        let mut c = cues(false, 0, 0);
        c.judged_choices = 3;
        c.length_rules = [2.0, 0.0, 3.0, 3.0, 1.5];
        assert!((length_gain(&c.length_rules, 3).unwrap() - 1.0 / 3.0).abs() < 1e-9);
        let figs = figures(&[c], &[]);
        let f = figs.iter().find(|f| f.code == "W094").unwrap();
        assert!(!f.passes());
        // No rule beats guessing when the right option's length rank rotates.
        assert!(length_gain(&[1.0, 1.0, 1.0, 1.0, 1.0], 3).unwrap() <= 0.0);
    }

    #[test]
    fn quotation_marks_and_emoji_are_found() {
        assert!(has_scare_quotes("A “long-term partnership”"));
        assert!(has_scare_quotes("Ein „Partner“"));
        assert!(!has_scare_quotes("The client’s dashboard"));
        assert!(is_emoji('😄'));
        assert!(is_emoji('🎉'));
        assert!(!is_emoji('é'));
        assert!(!is_emoji('ư'));
    }
}
