//! The debrief: outcome and score, every red flag with what the player did, why it
//! matters, what to do instead and the sources; where to report. Esc or q goes back to the
//! list; Enter does nothing here, so a key pressed in a hurry does not skip the lesson.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::chat::{Chat, Checkpoint};
use super::theme::Theme;
use super::wrap::wrap;
use super::{Key, Model, Screen};
use crate::i18n::Localizer;
use crate::present::{DebriefText, Rerun, Words, debrief_text};

pub struct DebriefView {
    pub scenario_id: String,
    pub title: String,
    pub points: u32,
    pub max: u32,
    pub flag_ids: Vec<String>,
    pub text: DebriefText,
    /// The scam worked: the page on what to do now is offered.
    pub compromised: bool,
    /// “Already involved? Press I …”, shown when compromised.
    involved_hint: String,
    /// “Press R to play on from your last answer”, under “what was coming next”.
    replay_hint: String,
    /// The conversation before the last answer, to play on from there (key R).
    pub replay: Option<Box<Checkpoint>>,
    /// The scenario's index, to play on.
    pub index: usize,
    /// The first line shown.
    pub scroll: usize,
    /// The last first line that still fills the screen, from the last frame.
    bottom: Cell<usize>,
    cache: RefCell<Option<(u16, Theme, Vec<Line<'static>>)>>,
}

impl DebriefView {
    /// The debrief of a finished chat; `None` if the story has not ended. `rerun` says how
    /// to play the run again here.
    pub fn new(loc: &Localizer, chat: &Chat, rerun: Rerun) -> Option<DebriefView> {
        let game = chat.game.as_ref()?;
        let d = game.debrief()?;
        let words = Words::for_game(loc, game);
        Some(DebriefView {
            scenario_id: d.scenario.clone(),
            title: chat.title.clone(),
            points: d.points,
            max: d.max,
            flag_ids: d.flags.iter().map(|f| f.flag.clone()).collect(),
            text: debrief_text(loc, &words, &d, rerun),
            compromised: d.outcome == crate::scenario::model::Outcome::Compromised,
            involved_hint: loc.text("tui-involved-hint"),
            replay_hint: loc.text("tui-replay-hint"),
            replay: None,
            index: chat.index,
            scroll: 0,
            bottom: Cell::new(usize::MAX),
            cache: RefCell::default(),
        })
    }

    fn lines(&self, theme: Theme, w: usize) -> Vec<Line<'static>> {
        let d = &self.text;
        let mut out: Vec<Line<'static>> = Vec::new();
        let para = |text: &str, indent: usize, style: Style, out: &mut Vec<Line<'static>>| {
            for l in wrap(text, w.saturating_sub(indent).max(1)) {
                out.push(Line::styled(format!("{}{l}", " ".repeat(indent)), style));
            }
        };
        para(&d.outcome, 0, theme.title(), &mut out);
        para(&d.ending, 0, theme.text(), &mut out);
        if self.compromised {
            out.push(Line::raw(""));
            para(&self.involved_hint, 0, theme.title(), &mut out);
        }
        out.push(Line::raw(""));
        para(&d.score, 0, theme.title(), &mut out);
        para(&d.seed, 0, theme.dim(), &mut out);
        for (heading, list) in [(&d.flags_heading, &d.flags), (&d.fine_heading, &d.fine)] {
            if list.is_empty() {
                continue;
            }
            out.push(Line::raw(""));
            para(heading, 0, theme.title(), &mut out);
            for f in list {
                out.push(Line::raw(""));
                let (mark, style) = if f.correct {
                    (theme.check(), theme.good())
                } else {
                    (theme.cross(), theme.bad())
                };
                para(
                    &format!("{mark} {}: {}", f.name, f.marks),
                    0,
                    style.patch(theme.title()),
                    &mut out,
                );
                let quote = f.quote.as_deref().unwrap_or("");
                for part in [quote, &f.why, &f.instead, &f.sources] {
                    if !part.is_empty() {
                        para(part, 2, theme.text(), &mut out);
                    }
                }
            }
        }
        if let Some(none) = &d.no_flags {
            out.push(Line::raw(""));
            para(none, 0, theme.text(), &mut out);
        }
        if let Some(a) = &d.ahead {
            out.push(Line::raw(""));
            para(&a.heading, 0, theme.title(), &mut out);
            para(&a.text, 0, theme.text(), &mut out);
            for name in &a.flags {
                para(
                    &format!("{} {name}", theme.pick("•", "-")),
                    2,
                    theme.text(),
                    &mut out,
                );
            }
            if self.replay.is_some() {
                para(&self.replay_hint, 0, theme.title(), &mut out);
            }
        }
        if let Some((heading, text)) = &d.report {
            out.push(Line::raw(""));
            para(heading, 0, theme.title(), &mut out);
            para(text, 0, theme.text(), &mut out);
        }
        out
    }

    fn with_lines<R>(&self, theme: Theme, w: u16, f: impl FnOnce(&[Line<'static>]) -> R) -> R {
        let mut cache = self.cache.borrow_mut();
        let stale = !matches!(&*cache, Some((cw, ct, _)) if *cw == w && *ct == theme);
        if stale {
            *cache = Some((w, theme, self.lines(theme, w as usize)));
        }
        f(cache.as_ref().map(|(_, _, l)| l.as_slice()).unwrap_or(&[]))
    }
}

pub fn update(model: &mut Model, key: Key) {
    let Screen::Debrief(d) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') => {
            model.screen = Screen::Start;
            return;
        }
        Key::Char('?') => model.overlay = Some(super::Overlay::Help),
        Key::Char('i') | Key::Char('I') => {
            super::involved::open(model);
            return;
        }
        // Playing on from the last answer: only from this letter, which the page names
        // under "what was coming next", never from Enter, Space or a number.
        Key::Char('r') | Key::Char('R') if d.text.ahead.is_some() => {
            if let Some(cp) = d.replay.take() {
                let index = d.index;
                super::replay(model, index, *cp);
            }
            return;
        }
        // Enter stays: leaving is Esc or q only.
        k => {
            super::page::scroll(&mut d.scroll, k, 10);
        }
    }
    d.scroll = d.scroll.min(d.bottom.get());
}

pub fn view(model: &Model, d: &DebriefView, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let buf = frame.buffer_mut();
    let head = format!("{} {} {}", d.text.heading, theme.pick("·", "-"), d.title);
    let keys = model.loc.text("tui-debrief-keys");
    let body = super::page::chrome(model, buf, area, &head, &keys);
    d.with_lines(theme, area.width, |lines| {
        d.bottom.set(super::page::body(buf, body, lines, d.scroll));
    });
}
