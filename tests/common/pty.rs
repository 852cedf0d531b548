//! A program in a pseudo-terminal, its screen read with `vt100`. Every wait is for screen
//! content, with a timeout; there are no fixed sleeps.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;
pub const TIMEOUT: Duration = Duration::from_secs(20);

struct Shared {
    parser: vt100::Parser,
    closed: bool,
}

/// A program running in a pseudo-terminal, and what it has drawn.
pub struct Pty {
    screen: Arc<(Mutex<Shared>, Condvar)>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal size is not zero")
}

/// The size of a terminal.
fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Pty {
    /// Starts `cmd` in a terminal of `rows` x `cols`.
    pub fn start(cmd: CommandBuilder, rows: u16, cols: u16) -> Pty {
        let pty = native_pty_system()
            .openpty(size(rows, cols))
            .expect("open a pty");
        let child = pty.slave.spawn_command(cmd).expect("start the program");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let screen = Arc::new((
            Mutex::new(Shared {
                parser: vt100::Parser::new(nz(rows), nz(cols), 0),
                closed: false,
            }),
            Condvar::new(),
        ));
        let shared = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => 0,
                    Ok(n) => n,
                };
                let (lock, cv) = &*shared;
                let mut s = lock.lock().unwrap();
                if n == 0 {
                    s.closed = true;
                    cv.notify_all();
                    return;
                }
                s.parser.process(&buf[..n]);
                cv.notify_all();
            }
        });
        Pty {
            screen,
            writer,
            child,
            master: pty.master,
        }
    }

    /// Changes the terminal's size, as a window resize does.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.screen
            .0
            .lock()
            .unwrap()
            .parser
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(size(rows, cols))
            .expect("resize the pty");
    }

    pub fn contents(&self) -> String {
        self.screen.0.lock().unwrap().parser.screen().contents()
    }

    /// Waits until `pred` holds for the screen; panics with the screen after the timeout.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let (lock, cv) = &*self.screen;
        let deadline = Instant::now() + TIMEOUT;
        let mut s = lock.lock().unwrap();
        loop {
            if pred(s.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline {
                panic!(
                    "timed out waiting for {what}; screen:\n{}",
                    s.parser.screen().contents()
                );
            }
            s = cv.wait_timeout(s, deadline - now).unwrap().0;
        }
    }

    pub fn wait_text(&self, text: &str) {
        self.wait_for(text, |s| s.contents().contains(text));
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends `keys` and waits until the screen differs from before.
    pub fn press(&mut self, keys: &str) {
        let before = self.contents();
        self.press_after(&before, keys);
    }

    /// Sends `keys` and waits until the screen differs from `seen`, the screen the keys
    /// were chosen for. (A frame may still have been arriving when it was read: then the
    /// rest of it counts as the change, and the next look sees the whole.)
    pub fn press_after(&mut self, seen: &str, keys: &str) {
        self.send(keys);
        self.wait_for("the screen to change", |s| s.contents() != seen);
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader take in the last bytes.
                let (lock, cv) = &*self.screen;
                let s = lock.lock().unwrap();
                let _ = cv.wait_timeout_while(s, Duration::from_secs(2), |s| !s.closed);
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the program did not exit:\n{}",
                self.contents()
            );
            let (lock, cv) = &*self.screen;
            let s = lock.lock().unwrap();
            let _ = cv.wait_timeout(s, Duration::from_millis(50));
        }
    }

    pub fn assert_restored(&self) {
        let s = self.screen.0.lock().unwrap();
        assert!(
            !s.parser.screen().alternate_screen(),
            "still on the alternate screen"
        );
        assert!(
            !s.parser.screen().hide_cursor(),
            "the cursor is still hidden"
        );
        assert!(
            !s.parser.screen().bracketed_paste(),
            "bracketed paste is still on"
        );
    }

    /// Plays the conversation on screen, answering 1 each time and showing everything
    /// first, until the debrief (`outcome` is its heading, in the language on screen).
    pub fn play_to_debrief(&mut self, outcome: &str, enter_hint: &str, answer_hint: &str) {
        for _ in 0..60 {
            let screen = self.contents();
            if screen.contains(outcome) {
                break;
            }
            if screen.contains(enter_hint) {
                self.press_after(&screen, "\r");
            } else if screen.contains(answer_hint) {
                self.press_after(&screen, "1");
            } else {
                self.press_after(&screen, " ");
            }
        }
        self.wait_text(outcome);
    }
}
