//! One quiz item, as `data/quiz.ron` holds it. `build.rs` compiles this file too, to check
//! the built-in items ahead of time: it may use nothing but `serde` and `std`.

use serde::Deserialize;

/// One item.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// The right answer: this is a scam.
    pub scam: bool,
    /// Where the message appears (a channel id from `data/channels.ron`).
    pub channel: String,
    /// The red flags the item is about (for boosters); a legitimate item names the flags
    /// it might be mistaken for.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Which set the item belongs to: one of the two parallel test forms, or the bank
    /// that booster rounds draw from.
    #[serde(default)]
    pub form: Form,
    /// The item's twin: the same surface, one decisive difference. A pair holds one scam
    /// and one honest item of the same form and channel.
    #[serde(default)]
    pub pair: Option<String>,
}

/// The set an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    A,
    B,
    /// Booster rounds only.
    #[default]
    Bank,
}

impl Form {
    pub fn as_str(self) -> &'static str {
        match self {
            Form::A => "a",
            Form::B => "b",
            Form::Bank => "bank",
        }
    }
}

impl Item {
    /// The channel if it is not among `channels`, and the flags not among `flags`: what
    /// the quiz's check reports.
    pub fn unknown<'a>(
        &'a self,
        flags: &'a [String],
        channels: &'a [String],
    ) -> (Option<&'a String>, impl Iterator<Item = &'a String>) {
        let channel = (!channels.contains(&self.channel)).then_some(&self.channel);
        (channel, self.flags.iter().filter(|f| !flags.contains(f)))
    }
}
