//! Panels over a screen: help, the language switcher and the settings; and the language
//! picker shown first when the environment names no language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use super::state::Colours;
use super::theme::Theme;
use super::wrap::{truncate, wrap};
use super::{Key, Model, Overlay, Screen};
use crate::i18n::{Localizer, args};

const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// How many settings there are, in the order shown.
pub const SETTINGS: usize = 5;

pub fn update(model: &mut Model, o: Overlay, key: Key) {
    match o {
        Overlay::Help => model.overlay = None,
        Overlay::Languages { sel } => match key {
            Key::Esc | Key::Char('q') => model.overlay = None,
            Key::Up => {
                model.overlay = Some(Overlay::Languages {
                    sel: sel.saturating_sub(1),
                })
            }
            Key::Down => {
                let sel = (sel + 1).min(model.langs.len().saturating_sub(1));
                model.overlay = Some(Overlay::Languages { sel });
            }
            Key::Enter | Key::Space => {
                model.set_lang(sel);
                model.overlay = None;
            }
            _ => {}
        },
        Overlay::Settings { sel } => match key {
            Key::Esc | Key::Char('q') | Key::Char('s') => model.overlay = None,
            Key::Up => {
                model.overlay = Some(Overlay::Settings {
                    sel: sel.saturating_sub(1),
                })
            }
            Key::Down => {
                model.overlay = Some(Overlay::Settings {
                    sel: (sel + 1).min(SETTINGS - 1),
                })
            }
            Key::Enter | Key::Space | Key::Left | Key::Right => {
                toggle(model, sel);
            }
            _ => {}
        },
    }
}

/// Changes setting `sel` to its next value and saves.
pub fn toggle(model: &mut Model, sel: usize) {
    let utf8 = model.env.utf8;
    let s = &mut model.store.saved.settings;
    match sel {
        0 => s.typing = s.typing.next(),
        1 => s.reduced_motion = !s.reduced_motion,
        2 => s.colours = s.colours.next(),
        3 => s.plain = !s.plain,
        4 => s.ascii = Some(!s.ascii.unwrap_or(!utf8)),
        _ => return,
    }
    model.store.save();
}

pub fn update_picker(model: &mut Model, key: Key) {
    let Screen::Languages { sel } = model.screen else {
        return;
    };
    match key {
        Key::Up => {
            model.screen = Screen::Languages {
                sel: sel.saturating_sub(1),
            }
        }
        Key::Down => {
            model.screen = Screen::Languages {
                sel: (sel + 1).min(model.langs.len().saturating_sub(1)),
            }
        }
        Key::Enter | Key::Space => {
            model.set_lang(sel);
            model.screen = Screen::Start;
        }
        Key::Char('q') | Key::Esc => model.quit = true,
        _ => {}
    }
}

fn on_off(loc: &Localizer, b: bool) -> String {
    loc.text(if b { "tui-on" } else { "tui-off" })
}

/// The lines of the settings panel.
/// The settings, each `Label: value` in at most `room` columns: a label too long for the
/// room is shortened, the value never (it is what the setting is at).
pub fn settings_lines(model: &Model, room: usize) -> Vec<String> {
    let loc = &model.loc;
    let s = &model.store.saved.settings;
    let theme = model.theme();
    let colours = if model.env.no_color {
        loc.text("tui-colours-no-color-env")
    } else {
        loc.text(&format!("tui-colours-{}", s.colours.as_str()))
    };
    let _ = Colours::Normal;
    [
        (
            "tui-setting-typing",
            loc.text(&format!("tui-speed-{}", s.typing.as_str())),
        ),
        ("tui-setting-motion", on_off(loc, s.reduced_motion)),
        ("tui-setting-colours", colours),
        ("tui-setting-plain", on_off(loc, s.plain)),
        ("tui-setting-ascii", on_off(loc, theme.ascii)),
    ]
    .into_iter()
    .map(|(id, value)| fit_setting(loc, id, &value, room))
    .collect()
}

/// One setting's line in `room` columns, shortening the words around its value.
fn fit_setting(loc: &crate::i18n::Localizer, id: &str, value: &str, room: usize) -> String {
    let whole = loc.fmt(id, &args([("value", value.into())]));
    if super::wrap::width(&whole) <= room {
        return whole;
    }
    // Where the value sits in the translation: formatted with a mark in its place.
    const MARK: &str = "\u{E000}";
    let marked = loc.fmt(id, &args([("value", MARK.into())]));
    let Some((before, after)) = marked.split_once(MARK) else {
        return whole;
    };
    // The words are shortened; what joins them to the value (`: `) stays.
    let label = before.trim_end_matches([' ', ':', '：', '\u{a0}']);
    let joint = &before[label.len()..];
    let fixed = super::wrap::width(joint) + super::wrap::width(value) + super::wrap::width(after);
    let left = room.saturating_sub(fixed);
    let label = if super::wrap::width(label) <= left {
        label.to_string()
    } else {
        format!("{}…", truncate(label, left.saturating_sub(1)).trim_end())
    };
    format!("{label}{joint}{value}{after}")
}

/// A centred box of at most `w`×`h` inside `area`, cleared, with a border and title.
fn panel(frame: &mut Frame, area: Rect, theme: Theme, title: &str, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(r, frame.buffer_mut());
    let set = if theme.ascii {
        ASCII_BORDER
    } else {
        border::PLAIN
    };
    let block = Block::bordered().border_set(set).title(Line::styled(
        format!(" {} ", truncate(title, w.saturating_sub(4) as usize)),
        theme.title(),
    ));
    let inner = block.inner(r);
    block.render(r, frame.buffer_mut());
    inner
}

/// A selectable list inside an area; the cursor goes on the selected row.
fn list(frame: &mut Frame, area: Rect, theme: Theme, items: &[String], sel: usize) {
    let h = area.height as usize;
    let off = (sel + 1).saturating_sub(h);
    for (k, item) in items.iter().enumerate().skip(off).take(h) {
        let row = area.y + (k - off) as u16;
        let selected = k == sel;
        let mark = if selected { theme.pointer() } else { " " };
        let style = if selected {
            theme.selected()
        } else {
            theme.text()
        };
        let text = truncate(&format!("{mark} {item}"), area.width as usize);
        super::put(
            frame.buffer_mut(),
            area.x,
            row,
            &Line::styled(text, style),
            area.width,
        );
        if selected {
            frame.set_cursor_position((area.x + 2, row));
        }
    }
}

pub fn view(model: &Model, o: Overlay, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    match o {
        Overlay::Help => {
            let w = area.width.saturating_sub(4).min(64);
            let lines = wrap(&loc.text("tui-help"), w.saturating_sub(2) as usize);
            let inner = panel(
                frame,
                area,
                theme,
                &loc.text("tui-help-title"),
                w,
                lines.len() as u16 + 2,
            );
            for (k, l) in lines.iter().take(inner.height as usize).enumerate() {
                super::put(
                    frame.buffer_mut(),
                    inner.x,
                    inner.y + k as u16,
                    &Line::raw(l.clone()),
                    inner.width,
                );
            }
        }
        Overlay::Languages { sel } => {
            let names: Vec<String> = model.langs.iter().map(|(_, n)| n.clone()).collect();
            let inner = panel(
                frame,
                area,
                theme,
                &loc.text("tui-languages-title"),
                40,
                names.len() as u16 + 2,
            );
            list(frame, inner, theme, &names, sel);
        }
        Overlay::Settings { sel } => {
            let w = area.width.saturating_sub(4).min(64);
            // The panel's inside, less the pointer before each item.
            let items = settings_lines(model, w.saturating_sub(2 + 2) as usize);
            let hint = wrap(&loc.text("tui-settings-keys"), w.saturating_sub(2) as usize);
            let inner = panel(
                frame,
                area,
                theme,
                &loc.text("tui-settings-title"),
                w,
                (items.len() + hint.len() + 3) as u16,
            );
            let list_area = Rect::new(
                inner.x,
                inner.y,
                inner.width,
                (items.len() as u16).min(inner.height),
            );
            list(frame, list_area, theme, &items, sel);
            for (k, l) in hint.iter().enumerate() {
                let y = inner.y + items.len() as u16 + 1 + k as u16;
                if y < inner.bottom() {
                    super::put(
                        frame.buffer_mut(),
                        inner.x,
                        y,
                        &Line::styled(l.clone(), theme.dim()),
                        inner.width,
                    );
                }
            }
        }
    }
}

/// The first screen when no language is known: every language by its own name.
pub fn view_picker(model: &Model, frame: &mut Frame, area: Rect, sel: usize) {
    let theme = model.theme();
    let heading = wrap(&model.loc.text("tui-pick-language"), area.width as usize);
    for (k, l) in heading.iter().enumerate().take(area.height as usize) {
        super::put(
            frame.buffer_mut(),
            area.x,
            area.y + k as u16,
            &Line::styled(l.clone(), theme.title()),
            area.width,
        );
    }
    let top = area.y + heading.len() as u16 + 1;
    let names: Vec<String> = model.langs.iter().map(|(_, n)| n.clone()).collect();
    let r = Rect::new(area.x, top, area.width, area.bottom().saturating_sub(top));
    list(frame, r, theme, &names, sel);
}
