//! The thin terminal layer: raw mode and the alternate screen, restored on every way out
//! (normal, error, panic, and every signal that ends a process by default), and crossterm's events turned into [`Msg`]s.

use std::io::{self, Write};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::crossterm::{cursor, execute, terminal};

use crate::i18n::Localizer;
use crate::library::Library;
use crate::tui::state::Store;
use crate::tui::{Env, Input, Key, Model, Msg, TuiOptions};

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Every signal that ends a process by default (SIGTERM, SIGHUP, SIGINT sent as a signal,
/// SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE) restores the terminal and ends the game. The handlers are installed at
/// once (a signal that comes early waits in their queue); the thread that acts on them
/// starts after the first frame, which does not wait for it.
#[cfg(unix)]
struct SignalGuard(Option<signal_hook::iterator::Signals>);

#[cfg(unix)]
impl SignalGuard {
    fn install() -> SignalGuard {
        use signal_hook::consts::{
            SIGALRM, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2,
        };
        SignalGuard(
            signal_hook::iterator::Signals::new([
                SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
            ])
            .ok(),
        )
    }

    fn watch(&mut self) {
        if let Some(mut signals) = self.0.take() {
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    restore();
                    std::process::exit(128 + sig);
                }
            });
        }
    }
}

#[cfg(not(unix))]
struct SignalGuard;

#[cfg(not(unix))]
impl SignalGuard {
    fn install() -> SignalGuard {
        SignalGuard
    }

    fn watch(&mut self) {}
}

/// Runs the model on the real terminal; the terminal is restored however it ends.
pub fn run(model: &mut Model) -> io::Result<i32> {
    install_panic_hook();
    #[cfg(debug_assertions)]
    {
        model.panic_in_frame = std::env::var_os("REDFLAG_TEST_PANIC_IN_FRAME").is_some();
    }
    let signals = SignalGuard::install();
    terminal::enable_raw_mode()?;
    let result = (|| {
        execute!(io::stdout(), terminal::EnterAlternateScreen)?;
        let mut term = Terminal::new(Capped(CrosstermBackend::new(io::stdout())))?;
        crate::tui::run_loop(&mut term, model, &mut CrosstermInput { signals })
    })();
    restore();
    result.map(|()| 0)
}

/// Events from the terminal.
pub struct CrosstermInput {
    signals: SignalGuard,
}

impl Input for CrosstermInput {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Msg>> {
        // The first frame is out: now start watching for signals.
        self.signals.watch();
        loop {
            if let Some(t) = timeout
                && !event::poll(t)?
            {
                return Ok(None);
            }
            if let Some(msg) = to_msg(event::read()?) {
                return Ok(Some(msg));
            }
            if timeout.is_some() {
                // Ignored event while a timer runs: let the loop recompute the wait.
                return Ok(None);
            }
        }
    }
}

/// A crossterm event as our message; `None` for events the game ignores.
pub fn to_msg(ev: Event) -> Option<Msg> {
    match ev {
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Key(k) => key_msg(k),
        _ => None,
    }
}

fn key_msg(k: KeyEvent) -> Option<Msg> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    if k.modifiers.contains(KeyModifiers::CONTROL) {
        return match k.code {
            KeyCode::Char('c') | KeyCode::Char('C') => Some(Msg::Quit),
            _ => None,
        };
    }
    let key = match k.code {
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::Char(' ') => Key::Space,
        KeyCode::Char(c) => Key::Char(c),
        _ => return None,
    };
    Some(Msg::Key(key))
}

/// The largest frame drawn. A window larger than this (40000x40000 columns and rows would
/// ask for more than a billion cells) gets a frame of this size in its top-left corner, so
/// no window size can make a frame allocate without bound.
pub const MAX_FRAME: (u16, u16) = (1000, 500);

/// A backend that reports at most [`MAX_FRAME`] as its size.
pub struct Capped<B>(pub B);

impl<B: ratatui::backend::Backend> ratatui::backend::Backend for Capped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        self.0.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<ratatui::layout::Position, Self::Error> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        position: P,
    ) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, clear_type: ratatui::backend::ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }
    fn size(&self) -> Result<ratatui::layout::Size, Self::Error> {
        self.0.size().map(cap)
    }
    fn window_size(&mut self) -> Result<ratatui::backend::WindowSize, Self::Error> {
        self.0.window_size().map(|w| ratatui::backend::WindowSize {
            columns_rows: cap(w.columns_rows),
            pixels: w.pixels,
        })
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

fn cap(s: ratatui::layout::Size) -> ratatui::layout::Size {
    ratatui::layout::Size::new(s.width.min(MAX_FRAME.0), s.height.min(MAX_FRAME.1))
}

/// Runs the terminal UI on the real terminal, with the saved state `store` (see
/// [`crate::tui::saved_state`]). Returns the process exit code. `built` is a localizer the caller
/// already has for `requested_lang` (or English), to reuse.
pub fn run_tui(
    lib: &Library,
    requested_lang: Option<String>,
    opts: TuiOptions,
    built: Option<Localizer>,
    store: Store,
) -> io::Result<i32> {
    let mut model = Model::with_localizer(
        lib,
        requested_lang,
        opts,
        store,
        Env::from_process(),
        std::time::Instant::now(),
        built,
    );
    run(&mut model)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_c_quits_and_keys_translate() {
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(to_msg(ctrl_c), Some(Msg::Quit));
        let space = Event::Key(KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE));
        assert_eq!(to_msg(space), Some(Msg::Key(Key::Space)));
        assert_eq!(to_msg(Event::Resize(3, 4)), Some(Msg::Resize(3, 4)));
        assert_eq!(to_msg(Event::FocusGained), None);
    }
}

#[cfg(test)]
mod cap_tests {
    use ratatui::Terminal;
    use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
    use ratatui::buffer::Cell;
    use ratatui::layout::{Position, Size};

    use super::{Capped, MAX_FRAME};

    /// A test backend that claims a 65535x65535 window.
    struct Huge(TestBackend);

    impl Backend for Huge {
        type Error = <TestBackend as Backend>::Error;
        fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
        where
            I: Iterator<Item = (u16, u16, &'a Cell)>,
        {
            self.0.draw(content)
        }
        fn hide_cursor(&mut self) -> Result<(), Self::Error> {
            self.0.hide_cursor()
        }
        fn show_cursor(&mut self) -> Result<(), Self::Error> {
            self.0.show_cursor()
        }
        fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
            self.0.get_cursor_position()
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
            self.0.set_cursor_position(p)
        }
        fn clear(&mut self) -> Result<(), Self::Error> {
            self.0.clear()
        }
        fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
            self.0.clear_region(t)
        }
        fn size(&self) -> Result<Size, Self::Error> {
            Ok(Size::new(u16::MAX, u16::MAX))
        }
        fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
            Ok(WindowSize {
                columns_rows: Size::new(u16::MAX, u16::MAX),
                pixels: Size::new(0, 0),
            })
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            self.0.flush()
        }
    }

    #[test]
    fn a_huge_window_gets_a_bounded_frame() {
        let lib = crate::library::Library::load(&[]);
        let model = crate::tui::Model::new(
            &lib,
            Some("en".into()),
            crate::tui::TuiOptions::default(),
            crate::tui::state::Store::in_memory(Default::default()),
            crate::tui::Env {
                no_color: false,
                utf8: true,
            },
            std::time::Instant::now(),
        );
        let backend = Capped(Huge(TestBackend::new(MAX_FRAME.0, MAX_FRAME.1)));
        let mut term = Terminal::new(backend).unwrap();
        let frame = term.draw(|f| crate::tui::view(&model, f)).unwrap();
        assert_eq!(
            (frame.area.width, frame.area.height),
            MAX_FRAME,
            "no frame larger than the cap"
        );
    }
}

#[cfg(test)]
mod web_key_tests {
    use super::to_msg;
    use crate::tui::web_keys::key_msg;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn a_page_s_keys_are_the_terminal_s_messages() {
        let plain = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let pairs = [
            (KeyCode::Up, "ArrowUp"),
            (KeyCode::Down, "ArrowDown"),
            (KeyCode::Left, "ArrowLeft"),
            (KeyCode::Right, "ArrowRight"),
            (KeyCode::PageUp, "PageUp"),
            (KeyCode::PageDown, "PageDown"),
            (KeyCode::Home, "Home"),
            (KeyCode::End, "End"),
            (KeyCode::Enter, "Enter"),
            (KeyCode::Esc, "Escape"),
            (KeyCode::Tab, "Tab"),
            (KeyCode::Char(' '), " "),
            (KeyCode::Char('1'), "1"),
            (KeyCode::Char('q'), "q"),
            (KeyCode::Char('Q'), "Q"),
            (KeyCode::Char('?'), "?"),
            (KeyCode::Char('ö'), "ö"),
        ];
        for (code, name) in pairs {
            let terminal = to_msg(plain(code));
            assert!(terminal.is_some(), "{code:?}");
            assert_eq!(key_msg(name, false), terminal, "{name:?}");
        }
        // Keys the terminal ignores, the page ignores too.
        assert_eq!(to_msg(plain(KeyCode::F(1))), None);
        for name in [
            "F1",
            "Shift",
            "Control",
            "Dead",
            "Unidentified",
            "Backspace",
            "",
            "\u{7}",
        ] {
            assert_eq!(key_msg(name, false), None, "{name:?}");
        }
        // Ctrl-C quits a terminal; in a page, combinations stay the browser's.
        assert_eq!(key_msg("c", true), None);
        assert_eq!(key_msg("ArrowUp", true), None);
    }
}
