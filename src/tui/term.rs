//! The thin terminal layer: raw mode and the alternate screen, restored on every way out
//! (normal, error, panic, and every signal that ends a process by default), and crossterm's events turned into [`Msg`]s.

use std::io::{self, Write};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::crossterm::{cursor, execute, terminal};

use super::{Input, Key, Model, Msg};

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
    let signals = SignalGuard::install();
    terminal::enable_raw_mode()?;
    let result = (|| {
        execute!(io::stdout(), terminal::EnterAlternateScreen)?;
        let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        super::run_loop(&mut term, model, &mut CrosstermInput { signals })
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
