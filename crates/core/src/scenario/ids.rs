//! The Fluent message ids a scenario needs, derived from its ids so authors can predict them.
//!
//! | what                 | message id                          |
//! |----------------------|-------------------------------------|
//! | title, summary       | `<scn>-title`, `<scn>-summary`      |
//! | a cast member's name | `<scn>-cast-<person>`               |
//! | message, event, end  | `<scn>-<node>`                      |
//! | an option            | `<scn>-<node>-<option>`             |
//! | its feedback         | `<scn>-<node>-<option>-feedback`    |
//! | why a request was fine | `<scn>-fine-<flag>`, for every flag an answer marks `trusted` or `false_alarm` |
//! | a name pool          | `pool-<pool>` (one entry a line)    |
//! | a channel's name     | `channel-<channel>`                 |
//! | a red flag           | `flag-<flag>`, `-why`, `-instead`, `-sources` |

use super::model::{Node, Scenario, VarSpec};

pub fn title(scn: &str) -> String {
    format!("{scn}-title")
}
pub fn summary(scn: &str) -> String {
    format!("{scn}-summary")
}
pub fn cast(scn: &str, person: &str) -> String {
    format!("{scn}-cast-{person}")
}
pub fn node(scn: &str, node: &str) -> String {
    format!("{scn}-{node}")
}
pub fn option(scn: &str, node: &str, option: &str) -> String {
    format!("{scn}-{node}-{option}")
}
pub fn feedback(scn: &str, node: &str, option: &str) -> String {
    format!("{scn}-{node}-{option}-feedback")
}
/// Why a request that looked like red flag `flag` was fine in this story, for the
/// debrief's "looked risky, was fine" part.
pub fn fine(scn: &str, flag: &str) -> String {
    format!("{scn}-fine-{flag}")
}
pub fn pool(pool: &str) -> String {
    format!("pool-{pool}")
}
pub fn channel(channel: &str) -> String {
    format!("channel-{channel}")
}
pub fn flag(flag: &str) -> String {
    format!("flag-{flag}")
}
pub fn flag_why(flag: &str) -> String {
    format!("flag-{flag}-why")
}
pub fn flag_instead(flag: &str) -> String {
    format!("flag-{flag}-instead")
}
pub fn flag_sources(flag: &str) -> String {
    format!("flag-{flag}-sources")
}

/// Whether `s` is a valid id: starts with a lowercase letter, then lowercase letters,
/// digits and single dashes. Such ids are also valid Fluent identifiers.
pub fn is_valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Every message id a scenario's own `.ftl` file must hold.
pub fn scenario_messages(scn: &Scenario) -> Vec<String> {
    let id = scn.id.as_str();
    let mut out = vec![title(id), summary(id)];
    for person in &scn.cast {
        out.push(cast(id, person));
    }
    for node in &scn.nodes {
        if node.has_text() {
            out.push(self::node(id, node.id()));
        }
        if let Node::Choice {
            id: nid, options, ..
        } = node
        {
            for opt in options {
                out.push(option(id, nid, &opt.id));
                if opt.feedback {
                    out.push(feedback(id, nid, &opt.id));
                }
            }
        }
    }
    // Each request that looked risky and was fine says why.
    for flag in judged_flags(scn, true) {
        out.push(fine(id, &flag));
    }
    out
}

/// The flags some answer judges: as harmless requests (`trusted`, `false_alarm`) when
/// `harmless`, else as real red flags (`spotted`, `missed`); in the order first written.
pub fn judged_flags(scn: &Scenario, harmless: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for node in &scn.nodes {
        if let Node::Choice { options, .. } = node {
            for opt in options {
                for (flag, how) in &opt.assess {
                    if how.is_harmless() == harmless && !out.contains(flag) {
                        out.push(flag.clone());
                    }
                }
            }
        }
    }
    out
}

/// Messages outside the scenario's own file that it needs: channel names and name pools.
pub fn shared_messages(scn: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = scn.channels.iter().map(|c| channel(c)).collect();
    for spec in scn.vars.values() {
        if let VarSpec::Name { pool: p } = spec {
            out.push(pool(p));
        }
    }
    out
}
