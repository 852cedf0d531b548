//! Keys as a browser names them (`KeyboardEvent.key`: `"ArrowUp"`, `"Enter"`, `" "`, `"q"`),
//! as the same [`Msg`]s the terminal's keys become (see [`super::term`]), for a front end
//! in a web page. Pure: the page hands over the name and whether Ctrl, Alt or Meta is held.

use super::{Key, Msg};

/// The message for a key the page reports; `None` for keys the game does not use and for
/// combinations with Ctrl, Alt or Meta, which stay the browser's (copy, find, tabs). Ctrl-C
/// quits a terminal program; a page has nothing to quit, so it stays "copy" there.
pub fn key_msg(key: &str, ctrl_alt_or_meta: bool) -> Option<Msg> {
    if ctrl_alt_or_meta {
        return None;
    }
    let key = match key {
        "ArrowUp" | "Up" => Key::Up,
        "ArrowDown" | "Down" => Key::Down,
        "ArrowLeft" | "Left" => Key::Left,
        "ArrowRight" | "Right" => Key::Right,
        "PageUp" => Key::PageUp,
        "PageDown" => Key::PageDown,
        "Home" => Key::Home,
        "End" => Key::End,
        "Enter" => Key::Enter,
        "Escape" | "Esc" => Key::Esc,
        "Tab" => Key::Tab,
        " " | "Spacebar" => Key::Space,
        other => {
            // One character is a character key; longer names (Shift, F1, Dead,
            // Unidentified, Backspace) are keys the game has no use for.
            let mut chars = other.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => Key::Char(c),
                _ => return None,
            }
        }
    };
    Some(Msg::Key(key))
}
