//! How long a text may be where a screen shows it on one line that cannot wrap, worked out
//! from the layout at the smallest size the screens are laid out for ([`MIN_WIDTH`]
//! columns). Texts that wrap (messages, answers, titles in lists, explanations) have no
//! limit. `check` warns about a text over its limit in every language, English included
//! (W058), counting what the screen shows: placeables formatted, in display columns.

use super::MIN_WIDTH;

/// A text's limit, in display columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The whole text on one line.
    Line(usize),
    /// Key hints (`Up/Down choose   Esc back`): each hint on one line; the line breaks
    /// only between hints.
    EachHint(usize),
}

/// A key hint: the narrowest screen's width.
pub const HINT: usize = MIN_WIDTH as usize;
/// A heading at the top of a page, after ` 🚩 `.
pub const HEADING: usize = MIN_WIDTH as usize - 4;
/// A value in the settings panel and other short labels: the panel is 4 columns narrower
/// than the screen, its border 2, the pointer 2, and the setting's name keeps at least 8
/// (its first letters and `: `).
pub const LABEL: usize = MIN_WIDTH as usize - 16;

/// The limit of message `id`, if it has one.
pub fn of(id: &str) -> Option<Limit> {
    // The settings hint is a sentence, wrapped in its panel.
    if id.ends_with("-keys") && id != "tui-settings-keys" {
        return Some(Limit::EachHint(HINT));
    }
    // (Outcomes, assessments and a scenario's facts are shown in wrapped text.)
    let label = ["tui-speed-", "tui-colours-", "tui-status-"];
    if label.iter().any(|p| id.starts_with(p)) || matches!(id, "tui-on" | "tui-off") {
        return Some(Limit::Line(LABEL));
    }
    if id.starts_with("tui-") && id.ends_with("-heading") {
        return Some(Limit::Line(HEADING));
    }
    None
}

/// The width of `text` as shown and the limit it goes over, if it does.
pub fn over(limit: Limit, text: &str) -> Option<(usize, usize)> {
    let flat = crate::sanitize::clean(text).replace('\n', " ");
    match limit {
        Limit::Line(max) => {
            let w = super::wrap::width(&flat);
            (w > max).then_some((w, max))
        }
        Limit::EachHint(max) => flat
            .split("   ")
            .map(|h| super::wrap::width(h.trim()))
            .find(|w| *w > max)
            .map(|w| (w, max)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_come_from_the_layout() {
        assert_eq!(of("tui-chat-keys"), Some(Limit::EachHint(40)));
        assert_eq!(of("tui-settings-keys"), None);
        assert_eq!(of("tui-speed-fast"), Some(Limit::Line(24)));
        assert_eq!(of("tui-handbook-heading"), Some(Limit::Line(36)));
        assert_eq!(of("flag-remote-access"), None, "titles wrap");
        assert_eq!(of("report-where"), None);
        assert_eq!(over(Limit::Line(5), "Hello"), None);
        assert_eq!(over(Limit::Line(4), "Hello"), Some((5, 4)));
        assert_eq!(over(Limit::Line(4), "日本"), None);
        assert_eq!(over(Limit::Line(3), "日本"), Some((4, 3)));
        assert_eq!(over(Limit::EachHint(6), "Esc up   Q quit"), None);
        assert_eq!(over(Limit::EachHint(5), "Esc up   Q quit"), Some((6, 5)));
    }
}
