//! The conversation: a chat view styled per channel, with a typing indicator, timestamps,
//! scrollback and the answers at the bottom.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;
use web_time::Instant;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::state::Settings;
use super::theme::Theme;
use super::wrap::{truncate, width, wrap};
use super::{Key, Model, Screen};
use crate::engine::{Event, Game, Status};
use crate::i18n::{Localizer, args};
use crate::library::Library;
use crate::present::{Shown, Words};
use crate::scenario::model::{EventIcon, Scenario};

/// The frame period of the typing dots.
const DOTS_MS: u64 = 400;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Theirs,
    Yours,
    Notice(EventIcon),
    /// Narration outside the chat (a time jump, a consequence).
    Narration,
    Feedback,
    /// The chat starts on, or moves to, a channel.
    Channel {
        to: String,
    },
    End,
}

/// One line of the conversation, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: Kind,
    pub speaker: String,
    pub text: String,
    /// The fake clock, `HH:MM`.
    pub time: String,
    pub channel: Option<String>,
    pub delay_ms: u32,
}

#[derive(Debug, Clone)]
pub struct Typing {
    pub started: Instant,
    pub until: Instant,
    pub speaker: String,
}

/// Wrapped lines per item, for one width and theme.
#[derive(Default)]
struct Cache {
    key: Option<(u16, Theme)>,
    lines: Vec<Vec<Line<'static>>>,
}

/// What the last frame showed, for scrolling by pages.
#[derive(Debug, Clone, Copy, Default)]
struct Viewport {
    height: usize,
    total: usize,
}

/// A conversation as it stood at a choice.
pub struct Checkpoint {
    game: Game,
    items: Vec<Item>,
    title: String,
    channel: Option<String>,
    contact: String,
    minutes: u32,
}

pub struct Chat {
    /// The scenario's index in the library.
    pub index: usize,
    /// `None` only when the engine could not start the scenario.
    pub game: Option<Game>,
    pub title: String,
    /// Shown so far.
    pub items: Vec<Item>,
    /// Waiting to be shown, in order.
    pub pending: VecDeque<Item>,
    pub typing: Option<Typing>,
    /// The answers (engine key, words), shown once everything before them is.
    pub options: Vec<(usize, String)>,
    pub sel: usize,
    /// The first line shown, or `None` to follow the newest.
    pub scroll: Option<usize>,
    /// The channel in the header.
    pub channel: Option<String>,
    /// The person in the header.
    pub contact: String,
    /// Set when the engine stopped with an error; shown, and the chat can only be left.
    pub failed: bool,
    /// The conversation as it stood before the last answer, to play on from there after
    /// the debrief ("what if I had answered otherwise?").
    pub checkpoint: Option<Box<Checkpoint>>,
    /// A run played on from a checkpoint: practice, not recorded as a result.
    pub replay: bool,
    settings: Settings,
    minutes: u32,
    cache: RefCell<Cache>,
    last: Cell<Viewport>,
}

impl Chat {
    pub fn start(
        loc: &Localizer,
        index: usize,
        scn: Arc<Scenario>,
        seed: u64,
        settings: Settings,
        now: Instant,
    ) -> Chat {
        let (game, events) = match Game::start(scn.clone(), seed) {
            Ok(x) => x,
            // Validation keeps such scenarios out; the error is still shown, never a panic.
            Err(e) => {
                return Chat::failed(index, seed, settings, crate::present::engine_error(loc, &e));
            }
        };
        let words = Words::for_game(loc, &game);
        let contact = scn
            .cast
            .first()
            .map(|p| words.person(p))
            .unwrap_or_default();
        let mut chat = Chat {
            game: Some(game),
            title: words.title(),
            contact,
            ..Chat::empty(index, seed, settings)
        };
        chat.push_events(loc, &events);
        chat.advance(now);
        chat
    }

    /// A conversation that could not start: only the reason, as a warning notice.
    fn failed(index: usize, seed: u64, settings: Settings, text: String) -> Chat {
        let mut chat = Chat {
            failed: true,
            ..Chat::empty(index, seed, settings)
        };
        chat.items.push(chat.item(
            Kind::Notice(EventIcon::Warning),
            String::new(),
            text,
            None,
            0,
        ));
        chat
    }

    /// Nothing said yet; the clock starts at a time drawn from the seed.
    fn empty(index: usize, seed: u64, settings: Settings) -> Chat {
        Chat {
            index,
            game: None,
            title: String::new(),
            items: Vec::new(),
            pending: VecDeque::new(),
            typing: None,
            options: Vec::new(),
            sel: 0,
            scroll: None,
            channel: None,
            contact: String::new(),
            failed: false,
            checkpoint: None,
            replay: false,
            settings,
            minutes: 9 * 60 + (seed % 90) as u32,
            cache: RefCell::default(),
            last: Cell::default(),
        }
    }

    fn clock(&self) -> String {
        format!("{:02}:{:02}", (self.minutes / 60) % 24, self.minutes % 60)
    }

    fn item(
        &self,
        kind: Kind,
        speaker: String,
        text: String,
        channel: Option<String>,
        delay_ms: u32,
    ) -> Item {
        Item {
            kind,
            speaker,
            text,
            time: self.clock(),
            channel,
            delay_ms,
        }
    }

    /// Plays on from a checkpoint: the conversation up to that choice, the same answers
    /// offered again.
    pub fn resume(loc: &Localizer, index: usize, cp: Checkpoint, settings: Settings) -> Chat {
        let seed = cp.game.seed();
        let mut chat = Chat {
            title: cp.title,
            items: cp.items,
            channel: cp.channel,
            contact: cp.contact,
            minutes: cp.minutes,
            replay: true,
            ..Chat::empty(index, seed, settings)
        };
        chat.push_with(loc, &cp.game, &[]);
        chat.game = Some(cp.game);
        chat
    }

    /// Turns engine events into items waiting to be shown, and takes the new answers.
    fn push_events(&mut self, loc: &Localizer, events: &[Event]) {
        let Some(game) = self.game.take() else { return };
        self.push_with(loc, &game, events);
        self.game = Some(game);
    }

    fn push_with(&mut self, loc: &Localizer, game: &Game, events: &[Event]) {
        let words = Words::for_game(loc, game);
        let mut channel = self
            .pending
            .back()
            .and_then(|i| i.channel.clone())
            .or_else(|| self.channel.clone());
        for e in events {
            let item = match words.event(e) {
                Shown::Channel { to, text, .. } => {
                    channel = Some(to.clone());
                    self.item(
                        Kind::Channel { to },
                        String::new(),
                        text,
                        channel.clone(),
                        0,
                    )
                }
                Shown::Message {
                    speaker,
                    text,
                    delay_ms,
                    ..
                } => {
                    self.minutes += 1 + delay_ms / 2000;
                    self.item(Kind::Theirs, speaker, text, channel.clone(), delay_ms)
                }
                Shown::Reply { speaker, text, .. } => {
                    self.minutes += 1;
                    self.item(Kind::Yours, speaker, text, channel.clone(), 0)
                }
                Shown::Notice { icon, text, .. } => {
                    self.item(Kind::Notice(icon), String::new(), text, channel.clone(), 0)
                }
                Shown::Feedback { text } => {
                    self.item(Kind::Feedback, String::new(), text, channel.clone(), 0)
                }
                Shown::Narration { text } => {
                    // Time passes in a narration: the chat's clock jumps on.
                    self.minutes += 60;
                    self.item(Kind::Narration, String::new(), text, channel.clone(), 0)
                }
                Shown::End {
                    outcome_text, text, ..
                } => self.item(Kind::End, outcome_text, text, channel.clone(), 0),
            };
            self.pending.push_back(item);
        }
        self.options = match game.status() {
            Status::Choosing { options, .. } => {
                options.iter().map(|o| (o.key, words.option(o))).collect()
            }
            Status::Ended => Vec::new(),
        };
        self.sel = 0;
    }

    fn reveal(&mut self, item: Item) {
        match &item.kind {
            Kind::Channel { to } => self.channel = Some(to.clone()),
            Kind::Theirs => self.contact = item.speaker.clone(),
            _ => {}
        }
        self.items.push(item);
    }

    /// Shows what is due by `now`; starts typing for the next message.
    pub fn advance(&mut self, now: Instant) {
        let mut base = now;
        loop {
            if let Some(t) = &self.typing {
                if now < t.until {
                    return;
                }
                base = t.until;
                self.typing = None;
                if let Some(it) = self.pending.pop_front() {
                    self.reveal(it);
                }
            }
            let Some(front) = self.pending.front() else {
                return;
            };
            let delay = match front.kind {
                Kind::Theirs => self.settings.typing.scale(front.delay_ms),
                _ => 0,
            };
            if delay == 0 {
                if let Some(it) = self.pending.pop_front() {
                    self.reveal(it);
                }
                continue;
            }
            self.typing = Some(Typing {
                started: base,
                until: base + Duration::from_millis(u64::from(delay)),
                speaker: front.speaker.clone(),
            });
        }
    }

    /// Shows everything up to the next choice at once.
    pub fn reveal_all(&mut self) {
        self.typing = None;
        while let Some(it) = self.pending.pop_front() {
            self.reveal(it);
        }
    }

    /// Everything is shown and the player's turn has come (or the story has ended).
    pub fn waiting(&self) -> bool {
        self.typing.is_none() && self.pending.is_empty()
    }

    pub fn ended(&self) -> bool {
        self.failed
            || self
                .game
                .as_ref()
                .is_none_or(|g| matches!(g.status(), Status::Ended))
    }

    /// Gives answer `i` (an index into [`Chat::options`]).
    pub fn choose(&mut self, loc: &Localizer, i: usize, now: Instant) {
        let Some(&(key, _)) = self.options.get(i) else {
            return;
        };
        let Some(game) = self.game.as_mut() else {
            return;
        };
        let before = game.clone();
        match game.choose(key) {
            Ok(events) => {
                // Everything before the answer is on screen: that is the checkpoint.
                self.checkpoint = Some(Box::new(Checkpoint {
                    game: before,
                    items: self.items.clone(),
                    title: self.title.clone(),
                    channel: self.channel.clone(),
                    contact: self.contact.clone(),
                    minutes: self.minutes,
                }));
                self.options.clear();
                self.push_events(loc, &events);
            }
            Err(e) => {
                let text = crate::present::engine_error(loc, &e);
                let it = self.item(
                    Kind::Notice(EventIcon::Warning),
                    String::new(),
                    text,
                    None,
                    0,
                );
                self.pending.push_back(it);
                self.options.clear();
                self.failed = true;
            }
        }
        self.scroll = None;
        self.advance(now);
    }

    /// How long until the next message or typing frame is due.
    pub fn timer(&self, now: Instant, reduced_motion: bool) -> Option<Duration> {
        let t = self.typing.as_ref()?;
        let left = t.until.saturating_duration_since(now);
        if reduced_motion {
            return Some(left);
        }
        let into = now.saturating_duration_since(t.started).as_millis() as u64 % DOTS_MS;
        Some(left.min(Duration::from_millis(DOTS_MS - into)))
    }

    /// The first line shown in a frame with this many lines in all and this height.
    fn top(&self, total: usize, height: usize) -> usize {
        let bottom = total.saturating_sub(height);
        self.scroll.map_or(bottom, |t| t.min(bottom))
    }

    pub fn scroll_by(&mut self, delta: isize) {
        let v = self.last.get();
        let bottom = v.total.saturating_sub(v.height);
        let top = self.top(v.total, v.height) as isize + delta;
        let top = top.clamp(0, bottom as isize) as usize;
        self.scroll = if top >= bottom { None } else { Some(top) };
    }

    pub fn page(&self) -> isize {
        self.last.get().height.saturating_sub(1).max(1) as isize
    }

    /// Records the frame's geometry (tests call this to scroll without drawing).
    pub fn set_viewport(&self, height: usize, total: usize) {
        self.last.set(Viewport { height, total });
    }

    /// The lines of all items at this width (cached), and the sum of their heights.
    fn ensure_lines(&self, lib: &Library, loc: &Localizer, theme: Theme, w: u16) {
        let mut cache = self.cache.borrow_mut();
        if cache.key != Some((w, theme)) {
            cache.key = Some((w, theme));
            cache.lines.clear();
        }
        while cache.lines.len() < self.items.len() {
            let it = &self.items[cache.lines.len()];
            let lines = item_lines(lib, loc, theme, it, w as usize);
            cache.lines.push(lines);
        }
    }
}

/// The lines of one item at width `w`, ending with a blank line.
fn item_lines(
    lib: &Library,
    loc: &Localizer,
    theme: Theme,
    it: &Item,
    w: usize,
) -> Vec<Line<'static>> {
    let ch = it.channel.as_deref().and_then(|c| lib.channel(c));
    let mut out: Vec<Line<'static>> = Vec::new();
    match &it.kind {
        Kind::Theirs | Kind::Yours => {
            let mine = it.kind == Kind::Yours;
            let max_text = (w * 3 / 4).max(12).min(w).saturating_sub(2).max(1);
            let lines = wrap(&it.text, max_text);
            let text_w = lines.iter().map(|l| width(l)).max().unwrap_or(0);
            let bubble_w = text_w + 2;
            let style = if mine {
                theme.yours()
            } else {
                theme.theirs(ch)
            };
            let head = format!("{} {} {}", it.speaker, theme.pick("·", "-"), it.time);
            let head = truncate(&head, w);
            let head_pad = if mine {
                w.saturating_sub(width(&head))
            } else {
                0
            };
            out.push(Line::from(vec![
                Span::raw(" ".repeat(head_pad)),
                Span::styled(head, theme.speaker()),
            ]));
            let pad = if mine { w.saturating_sub(bubble_w) } else { 0 };
            for l in lines {
                let fill = text_w.saturating_sub(width(&l));
                out.push(Line::from(vec![
                    Span::raw(" ".repeat(pad)),
                    Span::styled(format!(" {l}{} ", " ".repeat(fill)), style),
                ]));
            }
        }
        Kind::Notice(icon) => {
            let prefix = format!("{} ", theme.icon(*icon));
            indented(&mut out, &prefix, &it.text, w, theme.notice());
        }
        Kind::Feedback => {
            let prefix = format!("{} ", loc.text("tui-feedback-label"));
            indented(&mut out, &prefix, &it.text, w, theme.feedback());
        }
        Kind::Narration => {
            // Centred and in italics, apart from every bubble: the story, not the chat.
            for l in wrap(&it.text, w.saturating_sub(4).max(1)) {
                let pad = w.saturating_sub(width(&l)) / 2;
                out.push(Line::from(vec![
                    Span::raw(" ".repeat(pad)),
                    Span::styled(l, theme.narration()),
                ]));
            }
        }
        Kind::Channel { to } => {
            let sym = theme.channel_symbol(lib.channel(to));
            let rule = theme.rule().repeat(2);
            let text = format!("{sym} {}", it.text);
            for l in wrap(&text, w.saturating_sub(6).max(1)) {
                let lw = width(&l) + 6;
                let pad = w.saturating_sub(lw) / 2;
                out.push(Line::from(vec![
                    Span::raw(" ".repeat(pad)),
                    Span::styled(format!("{rule} {l} {rule}"), theme.title()),
                ]));
            }
        }
        Kind::End => {
            let head = format!("{} {}", theme.pick("■", "=="), it.speaker);
            for l in wrap(&head, w) {
                out.push(Line::styled(l, theme.title()));
            }
            for l in wrap(&it.text, w) {
                out.push(Line::raw(l));
            }
        }
    }
    out.push(Line::raw(""));
    out
}

/// `prefix` then `text`, wrapped with a hanging indent.
fn indented(out: &mut Vec<Line<'static>>, prefix: &str, text: &str, w: usize, style: Style) {
    let pw = width(prefix);
    let body = if pw + 8 <= w { w - pw } else { w };
    for (i, l) in wrap(text, body.max(1)).into_iter().enumerate() {
        let lead = if i == 0 {
            prefix.to_string()
        } else if body < w {
            " ".repeat(pw)
        } else {
            String::new()
        };
        out.push(Line::styled(format!("{lead}{l}"), style));
    }
}

pub fn update(model: &mut Model, key: Key, now: Instant) {
    let Screen::Chat(c) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') => {
            model.screen = Screen::Start;
        }
        Key::Char('?') => model.overlay = Some(super::Overlay::Help),
        Key::Enter | Key::Space if !c.waiting() => c.reveal_all(),
        Key::Enter | Key::Space if c.ended() => model.open_debrief(),
        Key::Enter => {
            let sel = c.sel;
            c.choose(&model.loc, sel, now);
        }
        Key::Char(d @ '1'..='9') if c.waiting() => {
            let i = d as usize - '1' as usize;
            if i < c.options.len() {
                c.choose(&model.loc, i, now);
            }
        }
        Key::Up if c.waiting() && !c.options.is_empty() => c.sel = c.sel.saturating_sub(1),
        Key::Down if c.waiting() && !c.options.is_empty() => {
            c.sel = (c.sel + 1).min(c.options.len().saturating_sub(1));
        }
        Key::Up | Key::Left => c.scroll_by(-1),
        Key::Down | Key::Right => c.scroll_by(1),
        Key::PageUp => c.scroll_by(-c.page()),
        Key::PageDown => c.scroll_by(c.page()),
        Key::Home => c.scroll = Some(0),
        Key::End => c.scroll = None,
        _ => {}
    }
}

pub fn view(model: &Model, c: &Chat, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    let w = area.width;
    let buf = frame.buffer_mut();

    // Header: channel, contact and status.
    let ch = c.channel.as_deref().and_then(|id| model.lib.channel(id));
    let head_style = theme.header(ch);
    let status = if c.typing.is_some() {
        loc.text("tui-status-typing")
    } else {
        loc.text("tui-status-online")
    };
    let ch_name = c
        .channel
        .as_deref()
        .map(|id| loc.text(&crate::scenario::ids::channel(id)))
        .unwrap_or_default();
    let header = format!(
        " {} {ch_name} {} {} {} {status}",
        theme.channel_symbol(ch),
        theme.pick("│", "|"),
        c.contact,
        theme.pick("·", "-"),
    );
    let header_area = Rect::new(area.x, area.y, w, 1.min(area.height));
    buf.set_style(header_area, head_style);
    super::put(
        buf,
        area.x,
        area.y,
        &Line::styled(truncate(&header, w as usize), head_style),
        w,
    );

    // Bottom: the keys. No running score: whether an answer was right is for the debrief,
    // so nothing on screen confirms an answer mid-game.
    let bottom_y = area.bottom().saturating_sub(1);
    let bottom = loc.text("tui-chat-keys");
    super::put(
        buf,
        area.x,
        bottom_y,
        &Line::styled(truncate(&bottom, w as usize), theme.dim()),
        w,
    );

    // The answer panel, above the keys.
    // (line, the answer it belongs to)
    let mut panel: Vec<(Line<'static>, Option<usize>)> = Vec::new();
    let mut sel_line: Option<usize> = None;
    if c.waiting() && !c.options.is_empty() {
        let body_w = (w as usize).saturating_sub(5).max(1);
        for (i, (_, text)) in c.options.iter().enumerate() {
            let selected = i == c.sel;
            let style = if selected {
                theme.selected()
            } else {
                theme.text()
            };
            let mark = if selected { theme.pointer() } else { " " };
            for (k, l) in wrap(text, body_w).into_iter().enumerate() {
                let lead = if k == 0 {
                    format!("{mark}{}. ", i + 1)
                } else {
                    "    ".to_string()
                };
                if selected && k == 0 {
                    sel_line = Some(panel.len());
                }
                panel.push((Line::styled(format!("{lead}{l}"), style), Some(i)));
            }
        }
    } else if c.waiting() && c.ended() {
        for l in wrap(&loc.text("tui-see-debrief"), w as usize) {
            panel.push((Line::styled(l, theme.title()), None));
        }
    } else if !c.waiting() {
        for l in wrap(&loc.text("tui-show-all"), w as usize) {
            panel.push((Line::styled(l, theme.dim()), None));
        }
    }
    let body_top = area.y.saturating_add(1);
    let body_h = bottom_y.saturating_sub(body_top) as usize;
    let max_panel = (body_h / 2).max(1);
    let panel_h = panel.len().min(max_panel);
    // Scroll the answers so the selected one is visible.
    let panel_off = match sel_line {
        Some(s) if s + 1 > panel_h => s + 1 - panel_h,
        _ => 0,
    };
    let panel_y = bottom_y.saturating_sub(panel_h as u16);
    // Taps: an answer's lines stand for its number (or, past 9, the moves to it and Enter);
    // the rest of the chat for showing the next messages, or for the debrief once the
    // story has ended.
    for (k, (line, owner)) in panel.iter().skip(panel_off).take(panel_h).enumerate() {
        let row = panel_y + k as u16;
        super::put(buf, area.x, row, line, w);
        let keys = match *owner {
            Some(i) if i < 9 => vec![Key::Char(char::from(b'1' + i as u8))],
            Some(i) => {
                let mut keys = super::moves(c.sel, i);
                keys.push(Key::Enter);
                keys
            }
            None => continue,
        };
        model.hit(Rect::new(area.x, row, w, 1), keys);
    }
    let body = Rect::new(
        area.x,
        area.y.saturating_add(1),
        w,
        panel_y.saturating_sub(area.y.saturating_add(1)),
    );
    if !c.waiting() {
        model.hit(body, vec![Key::Space]);
    } else if c.ended() {
        model.hit(body, vec![Key::Enter]);
    }
    let rule_y = panel_y.saturating_sub(1);
    let label = if c.waiting() && !c.options.is_empty() {
        format!("{} {} ", theme.rule(), loc.text("tui-your-answer"))
    } else {
        String::new()
    };
    let rule = format!("{label}{}", theme.rule().repeat(w as usize));
    super::put(
        buf,
        area.x,
        rule_y,
        &Line::styled(truncate(&rule, w as usize), theme.dim()),
        w,
    );

    // Typing indicator, just above the rule.
    let mut msg_bottom = rule_y;
    if let Some(t) = &c.typing {
        let dots = if model.store.saved.settings.reduced_motion {
            theme.pick("…", "...").to_string()
        } else {
            let n = (model.now.saturating_duration_since(t.started).as_millis() as u64 / DOTS_MS)
                % 3
                + 1;
            ".".repeat(n as usize)
        };
        let text = loc.fmt("tui-typing", &args([("name", t.speaker.as_str().into())]));
        msg_bottom = rule_y.saturating_sub(1);
        if msg_bottom > area.y {
            super::put(
                buf,
                area.x,
                msg_bottom,
                &Line::styled(truncate(&format!("{text}{dots}"), w as usize), theme.dim()),
                w,
            );
        }
    }

    // The messages: only the visible lines are drawn.
    let msg_h = msg_bottom.saturating_sub(body_top) as usize;
    c.ensure_lines(model.lib, loc, theme, w);
    let cache = c.cache.borrow();
    let total: usize = cache.lines.iter().map(Vec::len).sum();
    c.last.set(Viewport {
        height: msg_h,
        total,
    });
    let top = c.top(total, msg_h);
    let mut y = 0usize;
    let mut line_no = 0usize;
    for lines in cache.lines.iter() {
        if line_no + lines.len() <= top {
            line_no += lines.len();
            continue;
        }
        for l in lines {
            if line_no >= top && y < msg_h {
                super::put(buf, area.x, body_top + y as u16, l, w);
                y += 1;
            }
            line_no += 1;
        }
        if y >= msg_h {
            break;
        }
    }
    drop(cache);
    if c.scroll.is_some() && msg_h > 0 {
        let more = loc.text("tui-more-below");
        let text = format!("{} {more}", theme.pick("↓", "v"));
        let tw = width(&text).min(w as usize) as u16;
        super::put(
            buf,
            area.right().saturating_sub(tw),
            body_top + msg_h as u16 - 1,
            &Line::styled(truncate(&text, w as usize), theme.selected()),
            tw,
        );
    }

    // The screen reader's cursor sits on the selected answer.
    if let Some(s) = sel_line.filter(|_| model.overlay.is_none()) {
        let row = s.saturating_sub(panel_off);
        if row < panel_h {
            frame.set_cursor_position((area.x + 1, panel_y + row as u16));
        }
    }
}
