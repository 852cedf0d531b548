//! What the text screens share: a header line, a key line at the bottom, and a body of
//! lines that scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::truncate;
use super::{Key, Model};

/// Draws the header and the key line; returns the body area between them.
pub fn chrome(model: &Model, buf: &mut Buffer, area: Rect, head: &str, keys: &str) -> Rect {
    let theme = model.theme();
    let w = area.width;
    // The heading whole: on a second line when it does not fit on one (a scenario's title
    // after "Debrief ·", a count after the handbook's name).
    let mut heads = super::wrap::wrap(head, w as usize);
    if heads.len() > 2 {
        heads.truncate(2);
    }
    let head_h = heads.len().max(1) as u16;
    buf.set_style(Rect::new(area.x, area.y, w, head_h), theme.header(None));
    for (k, l) in heads.iter().enumerate() {
        super::put(
            buf,
            area.x,
            area.y + k as u16,
            &Line::styled(truncate(l, w as usize), theme.header(None)),
            w,
        );
    }
    let foot_y = footer(model, buf, area, keys, 3);
    Rect::new(
        area.x,
        area.y + head_h,
        w,
        foot_y.saturating_sub(area.y + head_h),
    )
}

/// Draws the key hints at the bottom of `area`, whole, on as many lines as they need (at
/// most `max`); returns the first row they take.
pub fn footer(model: &Model, buf: &mut Buffer, area: Rect, keys: &str, max: usize) -> u16 {
    let w = area.width;
    let hints = super::wrap::key_lines(keys, w as usize);
    let n = hints.len().clamp(1, max) as u16;
    let foot_y = area.bottom().saturating_sub(n);
    for (k, l) in hints.iter().take(n as usize).enumerate() {
        super::put(
            buf,
            area.x,
            foot_y + k as u16,
            &Line::styled(truncate(l, w as usize), model.theme().dim()),
            w,
        );
    }
    foot_y
}

/// Draws `lines` into `body` from line `scroll` (clamped); returns the last first line
/// that still fills the body, for the next scroll.
pub fn body(buf: &mut Buffer, body: Rect, lines: &[Line], scroll: usize) -> usize {
    let bottom = lines.len().saturating_sub(body.height as usize);
    let top = scroll.min(bottom);
    for (k, l) in lines
        .iter()
        .skip(top)
        .take(body.height as usize)
        .enumerate()
    {
        super::put(buf, body.x, body.y + k as u16, l, body.width);
    }
    bottom
}

/// Applies a scrolling key to `scroll`, `page` lines a page; `false` for other keys.
pub fn scroll(scroll: &mut usize, key: Key, page: usize) -> bool {
    match key {
        Key::Up => *scroll = scroll.saturating_sub(1),
        Key::Down => *scroll = scroll.saturating_add(1),
        Key::PageUp => *scroll = scroll.saturating_sub(page),
        Key::PageDown | Key::Space => *scroll = scroll.saturating_add(page),
        Key::Home => *scroll = 0,
        Key::End => *scroll = usize::MAX,
        _ => return false,
    }
    true
}
