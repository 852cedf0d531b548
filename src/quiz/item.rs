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
