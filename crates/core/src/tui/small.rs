//! The screen shown when the terminal is smaller than the layouts need.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::wrap;
use super::{MIN_HEIGHT, MIN_WIDTH, Model};
use crate::i18n::{ArgValue, args};

pub fn view(model: &Model, frame: &mut Frame, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let text = model.loc.fmt(
        "tui-too-small",
        &args([
            ("width", ArgValue::from(u32::from(MIN_WIDTH))),
            ("height", ArgValue::from(u32::from(MIN_HEIGHT))),
        ]),
    );
    let lines = wrap(&text, area.width as usize);
    let top = area.y + (area.height.saturating_sub(lines.len() as u16)) / 2;
    for (k, l) in lines.iter().enumerate() {
        let y = top + k as u16;
        if y >= area.bottom() {
            break;
        }
        super::put(
            frame.buffer_mut(),
            area.x,
            y,
            &Line::styled(l.clone(), model.theme().title()),
            area.width,
        );
    }
}
