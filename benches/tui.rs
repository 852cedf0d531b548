//! Benchmarks of the terminal UI. Run with `cargo bench --bench tui`.
//!
//! - one frame of a chat with 10,000 messages in its scrollback (target: under 1 ms);
//! - the bytes written to the terminal for one move of the selected answer at 100x30
//!   (target: under 400 bytes).

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::{Duration, Instant};

use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use redflag::library::Library;
use redflag::tui::state::{Saved, Speed, Store};
use redflag::tui::{Env, Key, Model, Msg, Screen, TuiOptions, update, view};

fn model(lib: &Library) -> Model<'_> {
    let mut saved = Saved::default();
    saved.settings.typing = Speed::Instant;
    let env = Env {
        no_color: false,
        utf8: true,
    };
    let opts = TuiOptions {
        scenario: lib.scenarios.first().map(|s| s.head.id.clone()),
        seed: Some(1),
        ..TuiOptions::default()
    };
    Model::new(
        lib,
        Some("en".into()),
        opts,
        Store::in_memory(saved),
        env,
        Instant::now(),
    )
}

fn frame_with_10k_messages(lib: &Library) -> Duration {
    let mut m = model(lib);
    if let Screen::Chat(c) = &mut m.screen {
        let sample: Vec<_> = c.items.clone();
        while c.items.len() < 10_000 {
            c.items.extend(sample.iter().cloned());
        }
    }
    let mut t = Terminal::new(TestBackend::new(100, 30)).expect("test backend");
    // The first frame wraps every message once; later frames use the cache.
    t.draw(|f| view(&m, f)).expect("draw");
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        t.draw(|f| view(&m, f)).expect("draw");
    }
    start.elapsed() / runs
}

/// A terminal that only counts the bytes written to it.
struct Counter(Rc<Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn bytes_for_one_move(lib: &Library) -> usize {
    let mut m = model(lib);
    let count = Rc::new(Cell::new(0));
    let opts = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 100, 30)),
    };
    let mut t = Terminal::with_options(CrosstermBackend::new(Counter(count.clone())), opts)
        .expect("backend");
    t.draw(|f| view(&m, f)).expect("draw");
    count.set(0);
    let now = m.now;
    update(&mut m, Msg::Key(Key::Down), now);
    t.draw(|f| view(&m, f)).expect("draw");
    count.get()
}

fn main() {
    let lib = Library::load(&[]);
    let frame = frame_with_10k_messages(&lib);
    println!("tui frame, 10,000 messages at 100x30: {frame:?} (target < 1 ms)");
    let bytes = bytes_for_one_move(&lib);
    println!("tui bytes for one selection move at 100x30: {bytes} (target < 400)");
}
