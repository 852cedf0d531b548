//! Turns engine events and debriefs into localized, sanitized text for any front end.
//! Front ends decide the layout; this module decides the words.

use std::collections::BTreeMap;

use crate::engine::{Debrief, Event, Game, OptionView, VarValue};
use crate::i18n::{ArgValue, Args, Localizer, args};
use crate::library::{Library, scenario_args};
use crate::scenario::ids;
use crate::scenario::model::{Assessment, EventIcon, Outcome, Scenario, VarSpec};

/// A localized line of the conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// The chat starts on, or moves to, a channel.
    Channel {
        from: Option<String>,
        to: String,
        /// The localized announcement.
        text: String,
    },
    Message {
        channel: String,
        channel_name: String,
        /// The cast id, for styling.
        from: String,
        speaker: String,
        text: String,
        delay_ms: u32,
    },
    Reply {
        channel: String,
        channel_name: String,
        speaker: String,
        text: String,
    },
    Notice {
        channel: String,
        channel_name: String,
        icon: EventIcon,
        text: String,
    },
    /// Narration outside the chat: a time jump or a consequence.
    Narration {
        text: String,
    },
    Feedback {
        text: String,
    },
    End {
        outcome: Outcome,
        outcome_text: String,
        text: String,
    },
}

/// Localizes the words of one run in one language.
pub struct Words<'a> {
    pub loc: &'a Localizer,
    scn_id: String,
    args: Args,
}

impl<'a> Words<'a> {
    pub fn new(loc: &'a Localizer, scn: &Scenario, vars: &BTreeMap<String, VarValue>) -> Self {
        Words {
            loc,
            scn_id: scn.id.clone(),
            args: scenario_args(loc, vars),
        }
    }

    pub fn for_game(loc: &'a Localizer, game: &Game) -> Self {
        Words::new(loc, game.scenario(), game.vars())
    }

    /// A scenario message, with the run's variables.
    pub fn scenario_text(&self, id: &str) -> String {
        self.loc.fmt(id, &self.args)
    }

    pub fn title(&self) -> String {
        self.scenario_text(&ids::title(&self.scn_id))
    }

    pub fn channel_name(&self, channel: &str) -> String {
        self.loc.text(&ids::channel(channel))
    }

    pub fn person(&self, cast_id: &str) -> String {
        self.scenario_text(&ids::cast(&self.scn_id, cast_id))
    }

    pub fn option(&self, o: &OptionView) -> String {
        self.scenario_text(&o.text).replace('\n', " ")
    }

    pub fn event(&self, e: &Event) -> Shown {
        let loc = self.loc;
        match e {
            Event::Channel { from, to } => {
                let to_name = self.channel_name(to);
                let text = match from {
                    None => loc.fmt("chat-starts-on", &args([("channel", to_name.into())])),
                    Some(f) => loc.fmt(
                        "chat-moves",
                        &args([
                            ("from", self.channel_name(f).into()),
                            ("to", to_name.into()),
                        ]),
                    ),
                };
                Shown::Channel {
                    from: from.clone(),
                    to: to.clone(),
                    text,
                }
            }
            Event::Message {
                from,
                channel,
                delay_ms,
                text,
            } => Shown::Message {
                channel: channel.clone(),
                channel_name: self.channel_name(channel),
                from: from.clone(),
                speaker: self.person(from),
                text: self.scenario_text(text),
                delay_ms: *delay_ms,
            },
            Event::Reply { channel, text } => Shown::Reply {
                channel: channel.clone(),
                channel_name: self.channel_name(channel),
                speaker: loc.text("chat-you"),
                text: self.scenario_text(text),
            },
            Event::Notice {
                icon,
                channel,
                text,
            } => Shown::Notice {
                channel: channel.clone(),
                channel_name: self.channel_name(channel),
                icon: *icon,
                text: self.scenario_text(text),
            },
            Event::Feedback { text } => Shown::Feedback {
                text: self.scenario_text(text),
            },
            Event::Narration { text } => Shown::Narration {
                text: self.scenario_text(text),
            },
            Event::End { outcome, text } => Shown::End {
                outcome: *outcome,
                outcome_text: outcome_name(loc, *outcome),
                text: self.scenario_text(text),
            },
        }
    }
}

/// The localized name of an outcome.
pub fn outcome_name(loc: &Localizer, outcome: Outcome) -> String {
    loc.text(&format!("outcome-{}", outcome.as_str()))
}

/// The localized name of an assessment ("spotted", "missed", …).
pub fn assessment_name(loc: &Localizer, a: Assessment) -> String {
    loc.text(&format!("assessment-{}", a.as_str()))
}

/// A debrief, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct DebriefText {
    pub heading: String,
    pub flags_heading: String,
    pub outcome: String,
    pub ending: String,
    /// `Score: 7/10`, the form kept in every locale.
    pub score: String,
    pub seed: String,
    /// The real red flags met: spotted or missed.
    pub flags: Vec<FlagText>,
    /// "Looked risky, was fine, and why": harmless requests, trusted or refused.
    pub fine_heading: String,
    pub fine: Vec<FlagText>,
    /// Shown when no red flag came up at all.
    pub no_flags: Option<String>,
    /// After a safe early exit from a scam: the red flags the story still held.
    pub ahead: Option<Ahead>,
    /// Where to report; not shown for an honest offer.
    pub report: Option<(String, String)>,
}

/// "What was coming next".
#[derive(Debug, Clone, PartialEq)]
pub struct Ahead {
    pub heading: String,
    pub text: String,
    /// The names of the flags still ahead.
    pub flags: Vec<String>,
}

/// One flag in the debrief, shown once, with its worst result.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagText {
    pub id: String,
    pub name: String,
    /// What the player did, e.g. "missed": the worst of the times it came up.
    pub marks: String,
    pub correct: bool,
    /// The line it appeared in, quoted.
    pub quote: Option<String>,
    /// For a red flag: why it matters. For a harmless request: why it was fine here.
    pub why: String,
    /// For a red flag: what to do instead and the sources; empty for a harmless request.
    pub instead: String,
    pub sources: String,
}

/// How much of a quoted message the debrief shows, in characters.
const QUOTE_CHARS: usize = 110;

/// How a player plays the same run again where the debrief is shown: the command line's
/// `--seed`, or `?seed=` in a web page's address. The debrief's seed line says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rerun {
    #[default]
    Flag,
    Address,
}

impl Rerun {
    fn message_id(self) -> &'static str {
        match self {
            Rerun::Flag => "debrief-seed",
            Rerun::Address => "debrief-seed-page",
        }
    }
}

pub fn debrief_text(loc: &Localizer, words: &Words, d: &Debrief, rerun: Rerun) -> DebriefText {
    let quote = |id: Option<&str>| -> Option<String> {
        let text = crate::sanitize::clean_line(&words.scenario_text(id?));
        let text = shorten(text.trim(), QUOTE_CHARS);
        (!text.is_empty()).then(|| loc.fmt("debrief-quote", &args([("text", text.into())])))
    };
    let mut flags = Vec::new();
    let mut fine = Vec::new();
    for f in &d.flags {
        if let Some((worst, q)) = f.worst(false) {
            flags.push(FlagText {
                id: f.flag.clone(),
                name: loc.text(&ids::flag(&f.flag)),
                marks: assessment_name(loc, worst),
                correct: worst.is_correct(),
                quote: quote(q),
                why: labelled(loc, "debrief-why", &ids::flag_why(&f.flag)),
                instead: labelled(loc, "debrief-instead", &ids::flag_instead(&f.flag)),
                sources: labelled(loc, "debrief-sources", &ids::flag_sources(&f.flag)),
            });
        }
        if let Some((worst, q)) = f.worst(true) {
            fine.push(FlagText {
                id: f.flag.clone(),
                name: loc.text(&ids::flag(&f.flag)),
                marks: assessment_name(loc, worst),
                correct: worst.is_correct(),
                quote: quote(q),
                why: words.scenario_text(&ids::fine(&d.scenario, &f.flag)),
                instead: String::new(),
                sources: String::new(),
            });
        }
    }
    let ahead = (!d.ahead.is_empty()).then(|| {
        let names: Vec<String> = d.ahead.iter().map(|f| loc.text(&ids::flag(f))).collect();
        Ahead {
            heading: loc.text("debrief-ahead-heading"),
            text: loc.fmt(
                "debrief-ahead",
                &args([("count", ArgValue::from(names.len()))]),
            ),
            flags: names,
        }
    });
    DebriefText {
        heading: loc.text("debrief-heading"),
        flags_heading: loc.text("debrief-flags-heading"),
        outcome: loc.fmt(
            "debrief-outcome",
            &args([("outcome", outcome_name(loc, d.outcome).into())]),
        ),
        ending: words.scenario_text(&d.ending_text),
        score: loc.fmt(
            "debrief-score",
            &args([
                ("points", ArgValue::from(d.points)),
                ("max", ArgValue::from(d.max)),
            ]),
        ),
        seed: loc.fmt(
            rerun.message_id(),
            &args([("seed", ArgValue::from(d.seed))]),
        ),
        no_flags: (flags.is_empty() && fine.is_empty()).then(|| loc.text("debrief-no-flags")),
        flags,
        fine_heading: loc.text("debrief-fine-heading"),
        fine,
        ahead,
        report: (!d.legitimate).then(|| (loc.text("report-heading"), loc.text("report-where"))),
    }
}

/// `text` cut at a word boundary to at most `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(char::is_whitespace).filter(|&i| i > max / 2);
    let mut out = at
        .map_or(cut.as_str(), |i| &cut[..i])
        .trim_end()
        .to_string();
    out.push('…');
    out
}

fn labelled(loc: &Localizer, label: &str, id: &str) -> String {
    loc.fmt(label, &args([("text", loc.text(id).into())]))
}

/// A scenario's line in a list: title and facts, with its pack's name if it has one.
pub fn list_entry(loc: &Localizer, lib: &Library, index: usize) -> Option<(String, String)> {
    let s = lib.scenarios.get(index)?;
    let scn = &s.head;
    let title = loc.fmt(&ids::title(&scn.id), &preview_args(loc, &scn.vars));
    let mut facts = loc.fmt(
        "list-facts",
        &args([
            (
                "perspective",
                loc.text(&format!("perspective-{}", scn.perspective.as_str()))
                    .into(),
            ),
            (
                "difficulty",
                loc.text(&format!("difficulty-{}", scn.difficulty.as_str()))
                    .into(),
            ),
            ("minutes", ArgValue::from(scn.minutes)),
        ]),
    );
    if let Some(pack) = s.origin.pack_name() {
        facts.push(' ');
        facts.push_str(&loc.fmt("list-pack", &args([("pack", pack.into())])));
    }
    Some((title, facts))
}

/// Arguments for messages shown outside a run (titles in lists): a fixed draw of a
/// scenario's `vars`.
pub fn preview_args(loc: &Localizer, vars: &BTreeMap<String, VarSpec>) -> Args {
    scenario_args(loc, &crate::engine::sample_vars(vars, 0))
}

/// The “Already involved? What to do now” page, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct InvolvedText {
    pub title: String,
    pub intro: String,
    pub steps: String,
    pub report_heading: String,
    pub report: String,
}

pub fn involved_text(loc: &Localizer) -> InvolvedText {
    InvolvedText {
        title: loc.text("involved-title"),
        intro: loc.text("involved-intro"),
        steps: loc.text("involved-steps"),
        report_heading: loc.text("report-heading"),
        report: loc.text("report-where"),
    }
}

/// The message shown when a scenario cannot go on.
pub fn engine_error(loc: &Localizer, e: &crate::engine::EngineError) -> String {
    loc.fmt(
        "engine-error",
        &args([("reason", engine_reason(loc, e).into())]),
    )
}

/// Why the engine stopped, in words. (Validation prevents these; authors see them.)
pub fn engine_reason(loc: &Localizer, e: &crate::engine::EngineError) -> String {
    use crate::engine::EngineError as E;
    match e {
        E::MissingNode(n) => loc.fmt("engine-missing-node", &args([("name", n.as_str().into())])),
        E::Stuck(n) => loc.fmt("engine-stuck", &args([("name", n.as_str().into())])),
        E::NoOptions(n) => loc.fmt("engine-no-options", &args([("name", n.as_str().into())])),
        E::BadChoice => loc.text("engine-bad-choice"),
        E::Ended => loc.text("engine-ended"),
    }
}
