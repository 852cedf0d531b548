//! “Already involved? What to do now”: reachable from the start screen and from every
//! compromised debrief. Esc or q goes back to where the player came from.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::theme::Theme;
use super::wrap::wrap;
use super::{Key, Model, Screen};
use crate::i18n::Localizer;
use crate::present::{InvolvedText, involved_text};

pub struct InvolvedView {
    pub text: InvolvedText,
    /// The screen to return to.
    pub back: Option<Box<Screen>>,
    pub scroll: usize,
    bottom: Cell<usize>,
    cache: RefCell<Option<(u16, Theme, Vec<Line<'static>>)>>,
}

impl InvolvedView {
    pub fn new(loc: &Localizer, back: Screen) -> InvolvedView {
        InvolvedView {
            text: involved_text(loc),
            back: Some(Box::new(back)),
            scroll: 0,
            bottom: Cell::new(usize::MAX),
            cache: RefCell::default(),
        }
    }

    fn lines(&self, theme: Theme, w: usize) -> Vec<Line<'static>> {
        let t = &self.text;
        let mut out: Vec<Line<'static>> = Vec::new();
        let para = |text: &str, indent: usize, style: Style, out: &mut Vec<Line<'static>>| {
            for l in wrap(text, w.saturating_sub(indent).max(1)) {
                out.push(Line::styled(format!("{}{l}", " ".repeat(indent)), style));
            }
        };
        para(&t.intro, 0, theme.text(), &mut out);
        for step in t.steps.lines() {
            out.push(Line::raw(""));
            para(step, 0, theme.text(), &mut out);
        }
        out.push(Line::raw(""));
        para(&t.report_heading, 0, theme.title(), &mut out);
        for l in t.report.lines() {
            para(l, 0, theme.text(), &mut out);
        }
        out
    }
}

/// Opens the page over the current screen, remembering it.
pub fn open(model: &mut Model) {
    let back = std::mem::replace(&mut model.screen, Screen::Start);
    model.screen = Screen::Involved(Box::new(InvolvedView::new(&model.loc, back)));
}

pub fn update(model: &mut Model, key: Key) {
    let Screen::Involved(v) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') | Key::Char('Q') => {
            let back = v.back.take().map(|b| *b).unwrap_or(Screen::Start);
            model.screen = back;
            return;
        }
        k => {
            super::page::scroll(&mut v.scroll, k, 10);
        }
    }
    v.scroll = v.scroll.min(v.bottom.get());
}

pub fn view(model: &Model, v: &InvolvedView, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let w = area.width;
    let buf = frame.buffer_mut();
    let keys = model.loc.text("tui-involved-keys");
    let body = super::page::chrome(model, buf, area, &format!(" {}", v.text.title), &keys);
    let mut cache = v.cache.borrow_mut();
    if !matches!(&*cache, Some((cw, ct, _)) if *cw == w && *ct == theme) {
        *cache = Some((w, theme, v.lines(theme, w as usize)));
    }
    let lines = cache.as_ref().map(|(_, _, l)| l.as_slice()).unwrap_or(&[]);
    v.bottom.set(super::page::body(buf, body, lines, v.scroll));
}
