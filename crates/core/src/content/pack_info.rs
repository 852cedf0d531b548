//! `data/pack.ron`: what a pack says about itself (its name, languages and contacts).

use serde::Deserialize;

use crate::scenario::load::parse_ron;

/// `data/pack.ron`: what a pack (or the built-in content) says about itself. Every field is
/// optional; an old `Pack(contacts: …)` stays valid.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct PackInfo {
    /// The pack's name, shown beside its scenarios instead of its folder's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The languages the pack ships (`["en", "de"]`). Without it, the languages it has files
    /// in. A language the game has and the pack does not claim is one warning (W068), not
    /// one per message.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// Every web address, e-mail address and phone number the pack's text may show.
    #[serde(default)]
    pub contacts: Vec<String>,
}

/// The longest pack name shown; a longer one is cut.
pub const MAX_PACK_NAME: usize = 40;

/// A pack's name from its `data/pack.ron` text, cleaned for the screen; `None` when the file
/// does not parse or names none.
pub fn pack_name(text: &str) -> Option<String> {
    let info: PackInfo = parse_ron("data/pack.ron", text).ok()?;
    let name: String = crate::sanitize::clean_line(info.name?.trim())
        .chars()
        .take(MAX_PACK_NAME)
        .collect();
    (!name.trim().is_empty()).then_some(name)
}
