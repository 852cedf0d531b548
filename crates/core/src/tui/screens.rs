//! `redflag screens`: every screen and state of the game, drawn at one size in one
//! language, for a translator or reviewer to read every text in place without playing the
//! game many times. The model is driven with keys, as a player would (nothing is drawn
//! that play does not draw), on an in-memory store, so nothing of the user's is read or
//! written.

use std::sync::{Arc, Mutex};
use web_time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::state::{Saved, Speed, Store};
use super::wrap::width;
use super::{Env, Key, Model, Msg, Screen, TuiOptions, update, view};
use crate::engine::Status;
use crate::library::Library;
use crate::results::Record;
use crate::results::store::Tap;
use crate::scenario::model::{Choice, Node};

/// One screen, drawn: its file name (without extension) and its cells.
pub struct Shot {
    pub name: String,
    pub buffer: Buffer,
}

/// The scenario the chat screens show: a scam on Upwork, then Telegram.
const SCAM: &str = "subcontract-anydesk";

/// The numbers of results the results screen is drawn with, for the plural forms.
pub const RESULT_COUNTS: [usize; 5] = [0, 1, 2, 5, 22];

/// Every screen and state in `lang` at `w`x`h`, in the order a player meets them.
pub fn shots(lib: &Library, lang: &str, w: u16, h: u16) -> Vec<Shot> {
    let mut out: Vec<Shot> = Vec::new();
    let mut shoot = |name: &str, m: &Model| {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("a test backend");
        let _ = t.draw(|f| view(m, f));
        out.push(Shot {
            name: format!("{:02}-{name}", out.len() + 1),
            buffer: t.backend().buffer().clone(),
        });
    };
    let env = Env {
        no_color: false,
        utf8: true,
    };
    let model = |saved: Saved| {
        Model::new(
            lib,
            Some(lang.to_string()),
            TuiOptions {
                seed: Some(7),
                ..TuiOptions::default()
            },
            Store::in_memory(saved),
            env,
            Instant::now(),
        )
    };
    let press = |m: &mut Model, k: Key| {
        let now = m.now;
        update(m, Msg::Key(k), now);
    };

    // The start screen and what opens from it.
    let mut m = model(Saved::default());
    m.start_sel = position(lib, SCAM).unwrap_or(0);
    shoot("start", &m);
    for (name, k) in [
        ("help", Key::Char('?')),
        ("settings", Key::Char('s')),
        ("languages", Key::Char('l')),
        ("handbook", Key::Char('h')),
        ("involved", Key::Char('i')),
    ] {
        press(&mut m, k);
        shoot(name, &m);
        press(&mut m, Key::Esc);
    }
    press(&mut m, Key::Char('c'));
    shoot("quiz-intro", &m);
    press(&mut m, Key::Enter);
    shoot("quiz-item", &m);
    press(&mut m, Key::Esc);
    m.screen = Screen::Start;

    // A scam, played: the other side typing, the answers, the feedback on one, the debrief.
    let record: Arc<Mutex<Option<Record>>> = Arc::default();
    let kept = Arc::clone(&record);
    m.recorder.tap = Some(Tap(Arc::new(move |r: &Record| {
        if let Ok(mut k) = kept.lock() {
            k.get_or_insert_with(|| r.clone());
        }
    })));
    press(&mut m, Key::Enter);
    shoot("chat-typing", &m);
    press(&mut m, Key::Space);
    shoot("chat-choices", &m);
    // An answer with feedback, if this choice has one.
    let answer = answer_key(&m, |o| o.feedback).unwrap_or(Key::Char('1'));
    press(&mut m, answer);
    shoot("chat-feedback", &m);
    play_to_end(&mut m, &press);
    press(&mut m, Key::Enter);
    shoot("debrief-scam", &m);

    // An honest offer, played to its debrief.
    let mut saved = Saved::default();
    saved.settings.typing = Speed::Instant;
    let mut honest = model(saved);
    if let Some(i) = lib.scenarios.iter().position(|s| s.head.legitimate) {
        honest.start_sel = i;
        press(&mut honest, Key::Enter);
        play_to_end(&mut honest, &press);
        press(&mut honest, Key::Enter);
        shoot("debrief-honest", &honest);
    }

    // The results screen with 0, 1, 2, 5 and 22 runs, for every plural form.
    let one = record.lock().ok().and_then(|r| r.clone());
    for n in RESULT_COUNTS {
        let records: Vec<Record> = (0..n)
            .filter_map(|k| {
                let mut r = one.clone()?;
                r.seed = k as u64;
                Some(r)
            })
            .collect();
        m.screen = Screen::Results(super::results::ResultsView::of_records(
            &m.loc, lib, &records,
        ));
        m.overlay = None;
        shoot(&format!("results-{n}"), &m);
    }
    out
}

fn position(lib: &Library, id: &str) -> Option<usize> {
    lib.scenarios.iter().position(|s| s.head.id == id)
}

/// The key of the first answer on screen whose option (in the scenario file) is `pick`'s,
/// if the chat is at a choice that has one.
pub(super) fn answer_key(m: &Model, pick: impl Fn(&Choice) -> bool) -> Option<Key> {
    let Screen::Chat(c) = &m.screen else {
        return None;
    };
    let game = c.game.as_ref()?;
    let Status::Choosing { node, .. } = game.status() else {
        return None;
    };
    let scn = game.scenario();
    let Some(Node::Choice { options, .. }) = scn.nodes.iter().find(|n| n.id() == node) else {
        return None;
    };
    let k = options.iter().position(pick)?;
    let shown = c.options.iter().position(|(key, _)| *key == k)?;
    Some(Key::Char((b'1' + shown as u8) as char))
}

/// Answers the first answer until the story ends and waits.
fn play_to_end(m: &mut Model, press: &dyn Fn(&mut Model, Key)) {
    for _ in 0..200 {
        let Screen::Chat(c) = &m.screen else {
            return;
        };
        if c.ended() && c.waiting() {
            return;
        }
        press(m, Key::Space);
        press(m, Key::Char('1'));
    }
}

/// The rows of a screen as the terminal shows them: a wide character once (the cell it
/// covers skipped).
pub fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            let mut line = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let sym = buf[(x, y)].symbol();
                line.push_str(sym);
                x += width(sym).max(1) as u16;
            }
            line
        })
        .collect()
}

/// The screen as plain text: one line per row, trailing spaces cut, no escape bytes.
pub fn text(buf: &Buffer) -> String {
    rows(buf)
        .iter()
        .map(|l| crate::sanitize::clean(l).trim_end().to_string() + "\n")
        .collect()
}

/// The screen with its colours and styles as ANSI escape sequences (SGR only: nothing
/// that moves the cursor or talks to the terminal), each row reset at its end.
pub fn ansi(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut last: Option<String> = None;
        let mut x = 0;
        while x < buf.area.width {
            let cell = &buf[(x, y)];
            let sgr = sgr(cell.fg, cell.bg, cell.modifier);
            if last.as_ref() != Some(&sgr) {
                out.push_str(&sgr);
                last = Some(sgr);
            }
            let sym = cell.symbol();
            out.push_str(&crate::sanitize::clean(sym));
            x += width(sym).max(1) as u16;
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

fn sgr(fg: Color, bg: Color, m: Modifier) -> String {
    let mut codes: Vec<String> = vec!["0".into()];
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if m.contains(flag) {
            codes.push(code.into());
        }
    }
    codes.extend(colour(fg, false));
    codes.extend(colour(bg, true));
    format!("\x1b[{}m", codes.join(";"))
}

fn colour(c: Color, bg: bool) -> Option<String> {
    let base = if bg { 40 } else { 30 };
    let basic = |n: u8| Some((base + n).to_string());
    let bright = |n: u8| Some((base + 60 + n).to_string());
    match c {
        Color::Reset => None,
        Color::Black => basic(0),
        Color::Red => basic(1),
        Color::Green => basic(2),
        Color::Yellow => basic(3),
        Color::Blue => basic(4),
        Color::Magenta => basic(5),
        Color::Cyan => basic(6),
        Color::Gray => basic(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}
