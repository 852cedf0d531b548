//! Colours and symbols, from the settings. Colour never carries meaning alone: every
//! coloured thing also has a symbol, a position or a word.

use ratatui::style::{Color, Modifier, Style};

use super::state::{Colours, Settings};
use crate::scenario::data::{ChannelDef, parse_hex_colour};
use crate::scenario::model::EventIcon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colours: Colours,
    pub ascii: bool,
}

impl Theme {
    /// The theme for these settings; `NO_COLOR` wins over the setting.
    pub fn new(settings: &Settings, env: &super::Env) -> Theme {
        Theme {
            colours: if env.no_color {
                Colours::None
            } else {
                settings.colours
            },
            ascii: settings.ascii.unwrap_or(!env.utf8),
        }
    }

    fn colour(&self, c: Color) -> Option<Color> {
        match self.colours {
            Colours::Normal => Some(c),
            Colours::HighContrast | Colours::None => None,
        }
    }

    fn fg(&self, c: Color) -> Style {
        self.colour(c).map_or(Style::new(), |c| Style::new().fg(c))
    }

    pub fn text(&self) -> Style {
        Style::new()
    }
    pub fn dim(&self) -> Style {
        match self.colours {
            Colours::Normal => Style::new().fg(Color::DarkGray),
            _ => Style::new(),
        }
    }
    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    /// The selected line: reversed, so it shows without colour.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }
    pub fn bad(&self) -> Style {
        self.fg(Color::Red)
    }
    pub fn notice(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::ITALIC)
    }
    pub fn narration(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }
    pub fn feedback(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::ITALIC)
    }

    /// The header of a channel: its accent as background, or reversed without colour.
    pub fn header(&self, ch: Option<&ChannelDef>) -> Style {
        match (self.colours, ch.and_then(|c| rgb(&c.accent))) {
            (Colours::Normal, Some(c)) => Style::new()
                .bg(c)
                .fg(contrast(ch.map(|c| c.accent.as_str()).unwrap_or("")))
                .add_modifier(Modifier::BOLD),
            _ => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        }
    }

    /// The other side's bubbles.
    pub fn theirs(&self, ch: Option<&ChannelDef>) -> Style {
        match (self.colours, ch.and_then(|c| rgb(&c.bubble))) {
            (Colours::Normal, Some(c)) => Style::new().bg(c).fg(Color::White),
            _ => Style::new(),
        }
    }

    /// The player's own bubbles.
    pub fn yours(&self) -> Style {
        match self.colours {
            Colours::Normal => Style::new()
                .bg(Color::Rgb(0x2b, 0x4a, 0x6b))
                .fg(Color::White),
            Colours::HighContrast => Style::new().add_modifier(Modifier::BOLD),
            Colours::None => Style::new(),
        }
    }

    pub fn speaker(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn pick<'a>(&self, unicode: &'a str, ascii: &'a str) -> &'a str {
        if self.ascii { ascii } else { unicode }
    }

    /// The symbol of a channel, in the chosen character set.
    pub fn channel_symbol<'a>(&self, ch: Option<&'a ChannelDef>) -> &'a str {
        match ch {
            Some(c) if self.ascii => c.ascii.as_str(),
            Some(c) => c.symbol.as_str(),
            None => "",
        }
    }

    pub fn icon(&self, icon: EventIcon) -> &'static str {
        match (icon, self.ascii) {
            (EventIcon::Info, false) => "ℹ",
            (EventIcon::File, false) => "📎",
            (EventIcon::Warning, false) => "⚠",
            (EventIcon::Money, false) => "💸",
            (EventIcon::Lock, false) => "🔒",
            (EventIcon::Info, true) => "(i)",
            (EventIcon::File, true) => "[f]",
            (EventIcon::Warning, true) => "(!)",
            (EventIcon::Money, true) => "($)",
            (EventIcon::Lock, true) => "[#]",
        }
    }

    /// The red-flag symbol of the tally.
    pub fn flag(&self) -> &'static str {
        self.pick("🚩", "[!]")
    }
    pub fn locked(&self) -> &'static str {
        self.pick("🔒", "[#]")
    }
    pub fn check(&self) -> &'static str {
        self.pick("✔", "+")
    }
    pub fn cross(&self) -> &'static str {
        self.pick("✘", "x")
    }
    pub fn pointer(&self) -> &'static str {
        self.pick("▶", ">")
    }
    pub fn rule(&self) -> &'static str {
        self.pick("─", "-")
    }
}

fn rgb(hex: &str) -> Option<Color> {
    parse_hex_colour(hex).map(|(r, g, b)| Color::Rgb(r, g, b))
}

/// Black or white, whichever reads better on `hex`.
fn contrast(hex: &str) -> Color {
    match parse_hex_colour(hex) {
        Some((r, g, b)) if (299 * r as u32 + 587 * g as u32 + 114 * b as u32) / 1000 > 140 => {
            Color::Black
        }
        _ => Color::White,
    }
}
