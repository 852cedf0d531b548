//! The scenario format, as authors write it in RON.
//!
//! `build.rs` compiles this file too, to parse and check the built-in scenarios ahead of
//! time: it may use nothing but `serde` and `std`.
//!
//! A scenario file holds structure only. Every word a player reads comes from Fluent,
//! under message ids derived from the scenario and node ids (see [`ids`](super::ids)).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One scenario file: `scenarios/<id>.ron`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Lowercase letters, digits and dashes; also the name of its `.ftl` file.
    pub id: String,
    /// Ids this scenario had before, so saved results under an old id still count for it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Bumped by the author whenever the story changes.
    #[serde(default = "one")]
    pub version: u32,
    pub perspective: Perspective,
    /// `false` for a scam, `true` for an honest offer.
    #[serde(default)]
    pub legitimate: bool,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// Estimated minutes to play.
    #[serde(default = "five")]
    pub minutes: u32,
    /// The first node; defaults to the first node in `nodes`.
    #[serde(default)]
    pub start: Option<String>,
    /// Values drawn once per run and passed to every Fluent message of the scenario.
    #[serde(default)]
    pub vars: BTreeMap<String, VarSpec>,
    /// The people the player talks to, by id. Their names are Fluent messages
    /// `<scenario>-cast-<id>`.
    #[serde(default)]
    pub cast: Vec<String>,
    /// Channel ids used, in order of appearance. The first is where the chat starts.
    pub channels: Vec<String>,
    pub nodes: Vec<Node>,
}

/// What a list shows of a scenario, and what its title needs, without its story. Built-in
/// scenarios carry it apart from the rest (as code, see `build.rs`), so the start screen
/// reads no story.
#[derive(Debug, Clone)]
pub struct Head {
    pub id: String,
    /// Ids it had before (see [`Scenario::aliases`]).
    pub aliases: Vec<String>,
    pub perspective: Perspective,
    pub legitimate: bool,
    pub difficulty: Difficulty,
    pub minutes: u32,
    pub vars: BTreeMap<String, VarSpec>,
}

impl Scenario {
    pub fn head(&self) -> Head {
        Head {
            id: self.id.clone(),
            aliases: self.aliases.clone(),
            perspective: self.perspective,
            legitimate: self.legitimate,
            difficulty: self.difficulty,
            minutes: self.minutes,
            vars: self.vars.clone(),
        }
    }
}

fn one() -> u32 {
    1
}
fn five() -> u32 {
    5
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Perspective {
    /// The player is a freelancer being approached.
    Freelancer,
    /// The player hires a remote contractor.
    Hiring,
}

impl Perspective {
    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::Freelancer => "freelancer",
            Perspective::Hiring => "hiring",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// How a variable is drawn.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum VarSpec {
    /// One entry of the per-locale list in the Fluent message `pool-<pool>`, one entry a line.
    /// The index is drawn, not the text, so every locale gets the same draw.
    Name { pool: String },
    /// A whole number from `min` to `max` (inclusive) in steps of `step`.
    Amount {
        min: i64,
        max: i64,
        #[serde(default = "step_one")]
        step: i64,
    },
    /// One of a few keywords, for Fluent selectors (`{ $mood -> [friendly] ... *[other] ... }`).
    Pick { from: Vec<String> },
}

fn step_one() -> i64 {
    1
}

/// A conversation step. Unless it says `next`, a node flows into the node listed after it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Node {
    /// A chat message from a cast member. Text: `<scenario>-<id>`.
    Message {
        id: String,
        from: String,
        /// Milliseconds of "typing…" before it appears.
        #[serde(default = "default_delay")]
        delay: u32,
        #[serde(default)]
        next: Option<String>,
        /// Shown only when all these state flags are set.
        #[serde(default)]
        requires: Vec<String>,
        /// Skipped when any of these state flags is set.
        #[serde(default)]
        unless: Vec<String>,
    },
    /// The conversation moves to another channel.
    Switch {
        id: String,
        to: String,
        #[serde(default)]
        next: Option<String>,
    },
    /// A system notice ("AnyDesk.exe received"). Text: `<scenario>-<id>`.
    Event {
        id: String,
        #[serde(default)]
        icon: EventIcon,
        #[serde(default)]
        next: Option<String>,
        /// Shown only when all these state flags are set.
        #[serde(default)]
        requires: Vec<String>,
        /// Skipped when any of these state flags is set.
        #[serde(default)]
        unless: Vec<String>,
    },
    /// Narration between the messages, not tied to a channel: a time jump or a consequence
    /// ("Two days later your wallet is empty"). Text: `<scenario>-<id>`.
    Narration {
        id: String,
        #[serde(default)]
        next: Option<String>,
        /// Shown only when all these state flags are set.
        #[serde(default)]
        requires: Vec<String>,
        /// Skipped when any of these state flags is set.
        #[serde(default)]
        unless: Vec<String>,
    },
    /// The player answers. Prompt text, if any: none; each option is `<scenario>-<id>-<option>`.
    Choice {
        id: String,
        options: Vec<Choice>,
        /// Shuffle the options each run (default). Pin single options with `pinned: true`.
        #[serde(default = "yes")]
        shuffle: bool,
    },
    /// Goes to one of several nodes, drawn at random.
    Random { id: String, goto: Vec<String> },
    /// Goes to `then` when all state flags in `if_set` are set, else to `else`.
    Branch {
        id: String,
        if_set: Vec<String>,
        then: String,
        #[serde(rename = "else")]
        otherwise: String,
    },
    /// The end of the story. Text: `<scenario>-<id>`.
    Ending { id: String, outcome: Outcome },
}

fn default_delay() -> u32 {
    1200
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventIcon {
    #[default]
    Info,
    File,
    Warning,
    Money,
    Lock,
}

impl EventIcon {
    /// Every icon, in the order the authoring guide lists them.
    pub const ALL: [EventIcon; 5] = [
        EventIcon::Info,
        EventIcon::File,
        EventIcon::Warning,
        EventIcon::Money,
        EventIcon::Lock,
    ];

    /// The name a scenario file uses (`icon: file`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventIcon::Info => "info",
            EventIcon::File => "file",
            EventIcon::Warning => "warning",
            EventIcon::Money => "money",
            EventIcon::Lock => "lock",
        }
    }
}

/// One answer the player can give.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    /// Where the story goes next.
    pub goto: String,
    /// The red flags this answer meets, and how.
    #[serde(default)]
    pub assess: BTreeMap<String, Assessment>,
    /// State flags this answer sets, for later `requires` and `unless`.
    #[serde(default)]
    pub sets: Vec<String>,
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default)]
    pub unless: Vec<String>,
    /// Show immediate feedback from `<scenario>-<node>-<option>-feedback`.
    #[serde(default)]
    pub feedback: bool,
    /// Keep this option at its place when the others are shuffled.
    #[serde(default)]
    pub pinned: bool,
}

/// What an answer did about a red flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// Refused, questioned or verified a real red flag.
    Spotted,
    /// Went along with a real red flag.
    Missed,
    /// Refused a harmless request in a legitimate offer.
    FalseAlarm,
    /// Rightly went along with a harmless request in a legitimate offer.
    Trusted,
}

impl Assessment {
    pub fn as_str(self) -> &'static str {
        match self {
            Assessment::Spotted => "spotted",
            Assessment::Missed => "missed",
            Assessment::FalseAlarm => "false-alarm",
            Assessment::Trusted => "trusted",
        }
    }
    /// Hits and correct acceptances earn a point; misses and false alarms do not.
    pub fn is_correct(self) -> bool {
        matches!(self, Assessment::Spotted | Assessment::Trusted)
    }
    /// Judges a harmless request (trusted or false alarm), not a real red flag.
    pub fn is_harmless(self) -> bool {
        matches!(self, Assessment::Trusted | Assessment::FalseAlarm)
    }
}

/// How a story ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Walked away from a scam.
    WalkedAway,
    /// Walked away and reported it.
    Reported,
    /// Took a legitimate job safely.
    Hired,
    /// Safe, though the story ended otherwise.
    Safe,
    /// The scam succeeded.
    Compromised,
    /// Turned down an honest offer.
    MissedOpportunity,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::WalkedAway => "walked-away",
            Outcome::Reported => "reported",
            Outcome::Hired => "hired",
            Outcome::Safe => "safe",
            Outcome::Compromised => "compromised",
            Outcome::MissedOpportunity => "missed-opportunity",
        }
    }
    /// A good ending earns the ending's point.
    pub fn is_good(self) -> bool {
        !matches!(self, Outcome::Compromised | Outcome::MissedOpportunity)
    }
}

impl Node {
    pub fn id(&self) -> &str {
        match self {
            Node::Message { id, .. }
            | Node::Switch { id, .. }
            | Node::Event { id, .. }
            | Node::Narration { id, .. }
            | Node::Choice { id, .. }
            | Node::Random { id, .. }
            | Node::Branch { id, .. }
            | Node::Ending { id, .. } => id,
        }
    }

    /// The explicit `next`, for nodes that flow on.
    pub fn explicit_next(&self) -> Option<&str> {
        match self {
            Node::Message { next, .. }
            | Node::Switch { next, .. }
            | Node::Event { next, .. }
            | Node::Narration { next, .. } => next.as_deref(),
            _ => None,
        }
    }

    /// Whether this node flows into a following node (rather than branching or ending).
    pub fn flows_on(&self) -> bool {
        matches!(
            self,
            Node::Message { .. }
                | Node::Switch { .. }
                | Node::Event { .. }
                | Node::Narration { .. }
        )
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Node::Message { .. } => "Message",
            Node::Switch { .. } => "Switch",
            Node::Event { .. } => "Event",
            Node::Narration { .. } => "Narration",
            Node::Choice { .. } => "Choice",
            Node::Random { .. } => "Random",
            Node::Branch { .. } => "Branch",
            Node::Ending { .. } => "Ending",
        }
    }

    /// Whether this node shows its own text from `<scenario>-<id>`.
    pub fn has_text(&self) -> bool {
        matches!(
            self,
            Node::Message { .. }
                | Node::Event { .. }
                | Node::Narration { .. }
                | Node::Ending { .. }
        )
    }
}
