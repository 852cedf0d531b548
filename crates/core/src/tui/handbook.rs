//! The handbook: the red-flag taxonomy as a list that fills in as flags are met in play.
//! Flags not met yet are shown locked; met ones open with why, what instead, and sources.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::{truncate, wrap};
use super::{Key, Model, Screen};
use crate::i18n::{ArgValue, Localizer, args};
use crate::library::Library;
use crate::scenario::data::Side;
use crate::scenario::ids;

pub struct Handbook {
    pub sel: usize,
    /// The first line of the explanation shown.
    pub scroll: usize,
    pub met: BTreeSet<String>,
}

impl Handbook {
    pub fn new(_lib: &Library, _loc: &Localizer, met: &BTreeSet<String>) -> Handbook {
        Handbook {
            sel: 0,
            scroll: 0,
            met: met.clone(),
        }
    }
}

pub fn update(model: &mut Model, key: Key) {
    let n = model.lib.flags().len();
    let Screen::Handbook(h) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') => model.screen = Screen::Start,
        Key::Char('?') => model.overlay = Some(super::Overlay::Help),
        Key::Up => {
            h.sel = h.sel.saturating_sub(1);
            h.scroll = 0;
        }
        Key::Down => {
            h.sel = (h.sel + 1).min(n.saturating_sub(1));
            h.scroll = 0;
        }
        Key::Home => {
            h.sel = 0;
            h.scroll = 0;
        }
        Key::End => {
            h.sel = n.saturating_sub(1);
            h.scroll = 0;
        }
        Key::PageDown | Key::Space => h.scroll = h.scroll.saturating_add(5),
        Key::PageUp => h.scroll = h.scroll.saturating_sub(5),
        _ => {}
    }
}

pub fn view(model: &Model, h: &Handbook, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    let w = area.width;
    let buf = frame.buffer_mut();

    let met = model
        .lib
        .flags()
        .iter()
        .filter(|f| h.met.contains(&f.id))
        .count();
    let head = format!(
        " {} {} {} {}",
        theme.flag(),
        loc.text("tui-handbook-heading"),
        theme.pick("·", "-"),
        loc.fmt("tui-handbook-met", &args([("count", ArgValue::from(met))]))
    );
    let body = super::page::chrome(model, buf, area, &head, &loc.text("tui-handbook-keys"));
    // Side by side when wide, list above the explanation when narrow.
    let (list, detail) = if w >= 70 {
        let lw = w * 2 / 5;
        (
            Rect::new(body.x, body.y, lw, body.height),
            Rect::new(
                body.x + lw + 1,
                body.y,
                w.saturating_sub(lw + 1),
                body.height,
            ),
        )
    } else {
        let lh = (body.height / 3).max(1);
        (
            Rect::new(body.x, body.y, w, lh),
            Rect::new(
                body.x,
                body.y + lh + 1,
                w,
                body.height.saturating_sub(lh + 1),
            ),
        )
    };
    if w < 70 {
        let rule = theme.rule().repeat(w as usize);
        super::put(
            buf,
            area.x,
            list.bottom(),
            &Line::styled(rule, theme.dim()),
            w,
        );
    }

    let n = model.lib.flags().len();
    let lh = list.height as usize;
    // Each title whole, wrapped under itself when it is longer than the column is wide.
    let items: Vec<(usize, Vec<String>)> = model
        .lib
        .flags()
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let open = h.met.contains(&f.id);
            let mark = if open { theme.check() } else { theme.locked() };
            let pointer = if k == h.sel { theme.pointer() } else { " " };
            let lead = format!("{pointer} {mark} ");
            let indent = super::wrap::width(&lead);
            let name = loc.text(&ids::flag(&f.id));
            let room = (list.width as usize).saturating_sub(indent).max(1);
            let mut lines = super::wrap::wrap(&name, room);
            if lines.is_empty() {
                lines.push(String::new());
            }
            let shown = lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if i == 0 {
                        format!("{lead}{l}")
                    } else {
                        format!("{}{l}", " ".repeat(indent))
                    }
                })
                .collect();
            (k, shown)
        })
        .collect();
    // The first item shown: the selected one and those before it fit, as many as can.
    let sel = h.sel.min(n.saturating_sub(1));
    let mut off = 0;
    while off < sel && items[off..=sel].iter().map(|(_, l)| l.len()).sum::<usize>() > lh {
        off += 1;
    }
    let mut cursor = None;
    let mut row = list.y;
    'items: for (k, lines) in items.iter().skip(off) {
        let f = &model.lib.flags()[*k];
        let open = h.met.contains(&f.id);
        let selected = *k == h.sel;
        let style = if selected {
            theme.selected()
        } else if open {
            theme.text()
        } else {
            theme.dim()
        };
        if selected {
            cursor = Some((list.x + 2, row));
        }
        for line in lines {
            if row >= list.y + list.height {
                break 'items;
            }
            super::put(
                buf,
                list.x,
                row,
                &Line::styled(truncate(line, list.width as usize), style),
                list.width,
            );
            row += 1;
        }
    }

    if let Some(f) = model.lib.flags().get(h.sel.min(n.saturating_sub(1))) {
        let dw = detail.width as usize;
        let mut lines: Vec<Line<'static>> = Vec::new();
        let side = match f.side {
            Side::Freelancer => "perspective-freelancer",
            Side::Hiring => "perspective-hiring",
        };
        let open = h.met.contains(&f.id);
        let name = loc.text(&ids::flag(&f.id));
        let name = if open {
            name
        } else {
            let name = loc.fmt("tui-handbook-locked", &args([("name", name.into())]));
            format!("{} {name}", theme.locked())
        };
        for l in wrap(&name, dw) {
            lines.push(Line::styled(l, theme.title()));
        }
        for l in wrap(
            &loc.fmt(
                "tui-handbook-side",
                &args([("side", loc.text(side).into())]),
            ),
            dw,
        ) {
            lines.push(Line::styled(l, theme.dim()));
        }
        lines.push(Line::raw(""));
        if open {
            for (label, id) in [
                ("debrief-why", ids::flag_why(&f.id)),
                ("debrief-instead", ids::flag_instead(&f.id)),
                ("debrief-sources", ids::flag_sources(&f.id)),
            ] {
                let text = loc.fmt(label, &args([("text", loc.text(&id).into())]));
                for l in wrap(&text, dw) {
                    lines.push(Line::raw(l));
                }
                lines.push(Line::raw(""));
            }
        } else {
            for l in wrap(&loc.text("tui-handbook-locked-why"), dw) {
                lines.push(Line::styled(l, theme.dim()));
            }
        }
        let bottom = lines.len().saturating_sub(detail.height as usize);
        for (k, l) in lines
            .iter()
            .skip(h.scroll.min(bottom))
            .take(detail.height as usize)
            .enumerate()
        {
            super::put(buf, detail.x, detail.y + k as u16, l, detail.width);
        }
    }
    if model.overlay.is_none()
        && let Some(c) = cursor
    {
        frame.set_cursor_position(c);
    }
}
