//! Shared data files: the red-flag taxonomy (`data/redflags.ron`) and the channels
//! (`data/channels.ron`). A pack may add entries in files at the same place.

use serde::Deserialize;

/// Whose side of the hire a red flag belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Freelancer,
    Hiring,
}

/// One red flag. Its words are the Fluent messages `flag-<id>`, `flag-<id>-why`,
/// `flag-<id>-instead` and `flag-<id>-sources`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    pub id: String,
    pub side: Side,
}

/// A chat channel and its look. Its name is the Fluent message `channel-<id>`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelDef {
    pub id: String,
    /// `platform` channels (Upwork, Freelancer, …) protect contracts and payment;
    /// `messenger` and `email` channels do not.
    #[serde(default)]
    pub kind: ChannelKind,
    /// The accent colour of the header, as `#rrggbb`.
    #[serde(default = "grey")]
    pub accent: String,
    /// The colour of the other side's bubbles, as `#rrggbb`.
    #[serde(default = "dark")]
    pub bubble: String,
    /// A short symbol shown before the channel's name.
    #[serde(default)]
    pub symbol: String,
    /// The same symbol in plain ASCII, for terminals without Unicode.
    #[serde(default)]
    pub ascii: String,
}

fn grey() -> String {
    "#808080".into()
}
fn dark() -> String {
    "#303030".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    #[default]
    Platform,
    Messenger,
    Email,
}

/// Parses `#rrggbb` into its components.
pub fn parse_hex_colour(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let p = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((p(0)?, p(2)?, p(4)?))
}
