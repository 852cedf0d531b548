//! One participant's session: a thread that owns the game's model and runs the same
//! update and view as the local terminal UI, fed by the SSH channel's bytes and drawing
//! into the session's [`Outbox`]. The model is not `Send` (its localizer caches text), so
//! it lives and dies on this thread; the async side only moves bytes.

use std::io::{self, Read, Write};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::{cursor, queue, style, terminal};
use ratatui::layout::{Position, Size};

use super::Shared;
use super::keys::{KeyParser, Typed, to_msg};
use super::outbox::Outbox;
use super::room::Note;
use crate::i18n::{Localizer, args};
use crate::results::Recorder;
use crate::tui::state::Store;
use crate::tui::{self, Env, Model, Msg, TuiOptions};

/// The largest window a session draws; a larger one gets a frame of this size in its
/// top-left corner, so no client can make a session's frames large.
pub const MAX_SIZE: (u16, u16) = (300, 100);

/// What the SSH side tells a session.
#[derive(Debug)]
pub enum Event {
    Data(Vec<u8>),
    /// The window changed; its size is in [`Setup::live_size`].
    Resize,
    /// The last batch reached the channel: a frame held back can go now.
    Flushed,
    /// The facilitator stops the server.
    Shutdown,
}

/// Who is on the other end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A participant code: recorded under it.
    Code(String),
    /// `guest`: plays, nothing is recorded or kept.
    Guest,
    /// A user name that is not a code: told so, and the session ends.
    Invalid(String),
    /// `--max-sessions` are playing already.
    Full,
}

impl Who {
    pub fn from_user(user: &str) -> Who {
        if user.eq_ignore_ascii_case("guest") {
            Who::Guest
        } else if crate::results::valid_participant(user) {
            // SSH user names are typed in any case: `a7` is the code A7.
            Who::Code(user.to_ascii_uppercase())
        } else {
            Who::Invalid(user.to_string())
        }
    }

    /// How the facilitator sees it: the code, or `guest`.
    pub fn label(&self) -> String {
        match self {
            Who::Code(c) => c.clone(),
            Who::Guest => "guest".into(),
            Who::Invalid(u) => crate::sanitize::clean_line(u),
            Who::Full => String::new(),
        }
    }
}

/// Everything a session starts with.
pub struct Setup {
    pub shared: Arc<Shared>,
    pub id: u64,
    pub who: Who,
    /// The terminal type from the pty request; `None` without a pty.
    pub term: Option<String>,
    pub size: (u16, u16),
    /// Environment variables the client sent (only the locale ones and `NO_COLOR` are kept).
    pub env: Vec<(String, String)>,
    pub out: Arc<Outbox>,
    /// The latest window size, (columns << 16) | rows: a storm of changes may drop events,
    /// never the last size.
    pub live_size: Arc<std::sync::atomic::AtomicU32>,
    /// Set by the SSH side with each window change; the game clears it when it follows.
    pub resized: Arc<std::sync::atomic::AtomicBool>,
    /// Set by the SSH side when input was dropped: the game throws away what follows
    /// until the client is quiet, so half a sequence or half a paste is never read as keys.
    pub lost: Arc<std::sync::atomic::AtomicBool>,
}

impl Setup {
    fn var(&self, name: &str) -> Option<String> {
        self.env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    /// The language: the client's locale variables, else the server's `--lang`.
    fn requested_lang(&self) -> Option<String> {
        crate::i18n::lang::from_env(|k| self.var(k)).or_else(|| self.shared.lang.clone())
    }

    /// Colour and symbols, from the terminal type and the locale the client sent.
    fn env(&self) -> Env {
        let term = self.term.as_deref().unwrap_or("").to_ascii_lowercase();
        let mono = term.is_empty() || term == "dumb" || term.starts_with("vt");
        let narrow = mono || term == "linux" || term == "ansi" || term.starts_with("cons");
        let sent_locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .any(|k| self.var(k).is_some_and(|v| !v.trim().is_empty()));
        Env {
            no_color: mono || self.var("NO_COLOR").is_some_and(|v| !v.is_empty()),
            utf8: if sent_locale {
                crate::i18n::lang::env_is_utf8(|k| self.var(k))
            } else {
                !narrow
            },
        }
    }
}

/// Runs a session to its end; the channel is finished when this returns.
pub fn run(setup: Setup, rx: Receiver<Event>) {
    let shared = setup.shared.clone();
    let lib = shared.lib;
    let (loc, _) = lib
        .catalog
        .localizer(setup.requested_lang().as_deref().unwrap_or("en"));
    let crlf = setup.term.is_some();
    let say_and_end = |text: String, status: u32| {
        let mut t = text.replace('\n', if crlf { "\r\n" } else { "\n" });
        t.push_str(if crlf { "\r\n" } else { "\n" });
        setup.out.push(t.as_bytes());
        setup.out.finish(status);
    };
    let (store, recorder) = match &setup.who {
        Who::Full => return say_and_end(loc.text("serve-room-full"), 1),
        Who::Invalid(user) => {
            return say_and_end(
                loc.fmt(
                    "serve-not-a-code",
                    &args([("name", crate::sanitize::clean_line(user).into())]),
                ),
                1,
            );
        }
        Who::Guest => (Store::in_memory(Default::default()), Recorder::off()),
        Who::Code(code) => {
            let store = match shared.participant_dir(code) {
                Some(dir) => Store::open(dir.join(crate::tui::state::FILE_NAME)),
                None => Store::in_memory(Default::default()),
            };
            let rec = match &shared.results {
                Some(path) => Recorder {
                    path: Some(path.clone()),
                    participant: Some(code.clone()),
                    ..Recorder::off()
                },
                None => Recorder::off(),
            };
            (store, rec)
        }
    };
    let recorder = Recorder {
        tap: Some(shared.room.tap(setup.id)),
        ..recorder
    };
    let plain = setup.term.is_none()
        || setup
            .term
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("dumb"))
        || crate::tui::plain_mode_saved(&store);
    shared.room.note(Note::Started {
        id: setup.id,
        lang: loc.lang().to_string(),
        plain,
    });
    let ended = if plain {
        run_plain(&setup, &loc, recorder, &rx)
    } else {
        run_tui(&setup, loc.lang(), store, recorder, &rx)
    };
    let (loc, _) = lib.catalog.localizer(&ended.lang);
    let mut goodbye = match ended.why {
        Why::Quit => loc.text("serve-goodbye"),
        Why::Idle => loc.fmt(
            "serve-idle",
            &args([("minutes", (shared.idle.as_secs() / 60).into())]),
        ),
        Why::Shutdown => loc.text("serve-shutdown"),
        Why::Gone => {
            setup.out.close();
            return;
        }
    };
    if let Who::Code(_) = setup.who {
        goodbye.push(' ');
        goodbye.push_str(&loc.text("serve-saved"));
    }
    say_and_end(goodbye, 0);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// The participant left (q, Ctrl-C, end of input).
    Quit,
    Idle,
    Shutdown,
    /// The client went away: nothing more can be sent.
    Gone,
}

struct Ended {
    why: Why,
    /// The language last in use, for the goodbye.
    lang: String,
}

/// Where a session's frames are written: a byte buffer the session takes after each draw.
#[derive(Debug, Default, Clone)]
pub struct Frames(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Frames {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A ratatui backend whose frames go into a byte buffer and whose size is the client's.
pub struct SshBackend {
    inner: CrosstermBackend<Frames>,
    frames: Frames,
    size: Size,
}

impl SshBackend {
    pub fn new(w: u16, h: u16) -> SshBackend {
        let frames = Frames::default();
        let mut b = SshBackend {
            inner: CrosstermBackend::new(frames.clone()),
            frames,
            size: Size::default(),
        };
        b.resize(w, h);
        b
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        // A client that says 0x0 (some do, before the first real size) gets 80x24.
        let (w, h) = if w == 0 || h == 0 { (80, 24) } else { (w, h) };
        self.size = Size::new(w.min(MAX_SIZE.0), h.min(MAX_SIZE.1));
    }

    /// The bytes drawn since the last call.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut *self.frames.0.borrow_mut())
    }
}

impl Backend for SshBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        // Never asks the client (that would need an answer read from the channel).
        Ok(Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// After input was dropped, how long the client must be quiet before keys count again.
const RESYNC: Duration = Duration::from_millis(300);

/// More typed characters than this in one packet is a paste from a terminal without
/// bracketed paste (nobody types that fast): none of it counts as keys.
const MAX_TYPED_PER_PACKET: usize = 32;

/// The game's messages from the keys of one packet.
fn keys_of_packet(typed: &[Typed]) -> Vec<Msg> {
    let chars = typed
        .iter()
        .filter(|t| matches!(t, Typed::Key(tui::Key::Char(_) | tui::Key::Space)))
        .count();
    if chars > MAX_TYPED_PER_PACKET {
        return Vec::new();
    }
    typed.iter().copied().filter_map(to_msg).collect()
}

/// Bytes that put the client's terminal into the game's state: the alternate screen, no
/// cursor, and bracketed paste (so a paste arrives marked, and is never taken as keys).
fn enter_bytes() -> Vec<u8> {
    let mut v = Vec::new();
    let _ = queue!(
        v,
        terminal::EnterAlternateScreen,
        cursor::Hide,
        terminal::Clear(terminal::ClearType::All)
    );
    v.extend_from_slice(b"\x1b[?2004h");
    v
}

/// Bytes that put the client's terminal back as it was.
pub fn leave_bytes() -> Vec<u8> {
    let mut v = b"\x1b[?2004l".to_vec();
    let _ = queue!(
        v,
        style::ResetColor,
        style::SetAttribute(style::Attribute::Reset),
        cursor::Show,
        terminal::LeaveAlternateScreen
    );
    v
}

/// The terminal UI over the channel: the local game's model, update and view.
fn run_tui(
    setup: &Setup,
    lang: &str,
    store: Store,
    recorder: Recorder,
    rx: &Receiver<Event>,
) -> Ended {
    let shared = &setup.shared;
    let opts = TuiOptions {
        results_path: recorder.path.clone(),
        recorder,
        ..TuiOptions::default()
    };
    // An explicit language (the client's or the server's) wins over the saved one.
    let requested = setup.requested_lang().map(|_| lang.to_string());
    let mut model = Model::new(
        shared.lib,
        requested,
        opts,
        store,
        setup.env(),
        Instant::now(),
    );
    // Debug builds: the same test hook as the local terminal, to prove that a session's
    // panic ends that session only.
    #[cfg(debug_assertions)]
    {
        model.panic_in_frame = std::env::var_os("REDFLAG_TEST_PANIC_IN_FRAME").is_some();
    }
    let mut term = match Terminal::new(SshBackend::new(setup.size.0, setup.size.1)) {
        Ok(t) => t,
        Err(_) => {
            return Ended {
                why: Why::Gone,
                lang: lang.into(),
            };
        }
    };
    setup.out.push(&enter_bytes());
    let mut parser = KeyParser::new();
    let mut typed = Vec::new();
    let mut discard_until: Option<Instant> = None;
    let mut dirty = true;
    let mut last_key = Instant::now();
    let mut last_byte = Instant::now();
    let mut last_activity = tui::activity(&model);
    shared.room.activity(setup.id, &last_activity);
    let why = loop {
        if dirty && setup.out.idle() {
            if term.draw(|f| tui::view(&model, f)).is_err() {
                break Why::Gone;
            }
            setup.out.push(&term.backend_mut().take());
            dirty = false;
        }
        if model.quit {
            break Why::Quit;
        }
        if setup.out.is_closed() {
            break Why::Gone;
        }
        if shared.stopping.load(std::sync::atomic::Ordering::SeqCst) {
            break Why::Shutdown;
        }
        let now = Instant::now();
        let idle_left = shared.idle.saturating_sub(now - last_key);
        if idle_left.is_zero() {
            break Why::Idle;
        }
        let mut wait = idle_left;
        if let Some(t) = model.timer(now) {
            wait = wait.min(t);
        }
        if let Some(t) = parser.wait() {
            wait = wait.min(t.saturating_sub(now - last_byte));
        }
        let mut msgs: Vec<Msg> = Vec::new();
        match rx.recv_timeout(wait) {
            Ok(Event::Data(bytes)) => {
                last_byte = Instant::now();
                if setup.lost.swap(false, std::sync::atomic::Ordering::SeqCst) {
                    parser = KeyParser::new();
                    discard_until = Some(last_byte + RESYNC);
                }
                if let Some(until) = discard_until {
                    if last_byte < until {
                        // Still the flood that lost bytes: wait for a quiet moment.
                        discard_until = Some(last_byte + RESYNC);
                        continue;
                    }
                    discard_until = None;
                }
                typed.clear();
                parser.feed(&bytes, &mut typed);
                if !typed.is_empty() {
                    last_key = last_byte;
                }
                msgs.extend(keys_of_packet(&typed));
            }
            Ok(Event::Resize) => {
                setup
                    .resized
                    .store(false, std::sync::atomic::Ordering::SeqCst);
                let packed = setup.live_size.load(std::sync::atomic::Ordering::Relaxed);
                let (w, h) = ((packed >> 16) as u16, packed as u16);
                term.backend_mut().resize(w, h);
                if term.autoresize().is_err() {
                    break Why::Gone;
                }
                msgs.push(Msg::Resize(w, h));
            }
            Ok(Event::Flushed) => {}
            Ok(Event::Shutdown) => break Why::Shutdown,
            Err(RecvTimeoutError::Disconnected) => break Why::Gone,
            Err(RecvTimeoutError::Timeout) => {
                let now = Instant::now();
                if parser.wait().is_some_and(|t| now - last_byte >= t) {
                    typed.clear();
                    parser.timeout(&mut typed);
                    msgs.extend(typed.iter().copied().filter_map(to_msg));
                }
                if model.timer(now).is_some_and(|t| t.is_zero()) {
                    msgs.push(Msg::Tick);
                }
            }
        }
        // What the facilitator sees changes only with a message (not with a sent frame).
        let changed = !msgs.is_empty();
        for m in msgs {
            tui::update(&mut model, m, Instant::now());
            dirty = true;
            if model.quit {
                break;
            }
        }
        if changed {
            let now_activity = tui::activity(&model);
            if now_activity != last_activity {
                shared.room.activity(setup.id, &now_activity);
                last_activity = now_activity;
            }
        }
    };
    if why != Why::Gone {
        setup.out.push(&leave_bytes());
    }
    Ended {
        why,
        lang: model.loc.lang().to_string(),
    }
}

/// Plain mode over the channel, for screen readers: the local plain mode's text, read line
/// by line. With a pty the client's terminal is raw, so this side echoes and edits the
/// line; without one (`ssh -T`) the client's own terminal does.
fn run_plain(setup: &Setup, loc: &Localizer, recorder: Recorder, rx: &Receiver<Event>) -> Ended {
    let shared = &setup.shared;
    let echo = setup.term.is_some();
    if echo {
        // A paste arrives marked, and is never taken as answers.
        setup.out.push(b"\x1b[?2004h");
    }
    let mut input = io::BufReader::new(Lines {
        rx,
        out: &setup.out,
        stopping: &shared.stopping,
        echo,
        ready: Vec::new(),
        line: String::new(),
        parser: KeyParser::new(),
        idle: shared.idle,
        ended: None,
    });
    let mut out = PlainOut {
        out: &setup.out,
        crlf: echo,
    };
    let mut started = recorder.now();
    let mut on_debrief = |d: &crate::engine::Debrief| {
        let _ = recorder.record(recorder.finished_play(d, loc.lang(), &mut started));
    };
    let _ = crate::plain::menu_with(
        shared.lib,
        loc,
        crate::engine::rng::fresh_seed,
        &mut input,
        &mut out,
        None,
        &mut on_debrief,
    );
    let why = input.get_ref().ended.unwrap_or(Why::Quit);
    if echo {
        setup.out.push(b"\x1b[?2004l");
    }
    Ended {
        why: if setup.out.is_closed() {
            Why::Gone
        } else {
            why
        },
        lang: loc.lang().to_string(),
    }
}

/// Plain mode's output: all of it arrives (it waits for room), with CR LF under a pty.
struct PlainOut<'a> {
    out: &'a Outbox,
    crlf: bool,
}

/// How much plain text may wait for a slow client before the game waits too.
const PLAIN_BACKLOG: usize = 64 * 1024;

impl Write for PlainOut<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let bytes: std::borrow::Cow<[u8]> = if self.crlf {
            let mut v = Vec::with_capacity(buf.len() + 8);
            for &b in buf {
                if b == b'\n' {
                    v.push(b'\r');
                }
                v.push(b);
            }
            v.into()
        } else {
            buf.into()
        };
        if self.out.push_all(&bytes, PLAIN_BACKLOG) {
            Ok(buf.len())
        } else {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Plain mode's input: whole lines, edited here when the client's terminal is raw.
struct Lines<'a> {
    rx: &'a Receiver<Event>,
    out: &'a Outbox,
    stopping: &'a std::sync::atomic::AtomicBool,
    echo: bool,
    /// A finished line, waiting to be read.
    ready: Vec<u8>,
    /// The line being typed (echo mode).
    line: String,
    parser: KeyParser,
    idle: Duration,
    /// Why input ended, once it has.
    ended: Option<Why>,
}

/// The longest line kept; more is dropped (a number or `q` is all plain mode asks for).
const MAX_LINE: usize = 256;

impl Lines<'_> {
    /// Waits for the next complete line; `false` at the end of input.
    fn fill(&mut self) -> bool {
        let mut last_key = Instant::now();
        while self.ready.is_empty() {
            if self.out.is_closed() {
                self.ended = Some(Why::Gone);
            } else if self.stopping.load(std::sync::atomic::Ordering::SeqCst) {
                self.ended = Some(Why::Shutdown);
            }
            if self.ended.is_some() {
                return false;
            }
            let left = self.idle.saturating_sub(last_key.elapsed());
            if left.is_zero() {
                self.ended = Some(Why::Idle);
                return false;
            }
            let wait = self.parser.wait().map_or(left, |w| w.min(left));
            match self.rx.recv_timeout(wait) {
                Ok(Event::Data(bytes)) => {
                    last_key = Instant::now();
                    if self.echo {
                        self.edit(&bytes);
                    } else {
                        self.cooked(&bytes);
                    }
                }
                Ok(Event::Resize | Event::Flushed) => {}
                Ok(Event::Shutdown) => self.ended = Some(Why::Shutdown),
                Err(RecvTimeoutError::Disconnected) => self.ended = Some(Why::Gone),
                Err(RecvTimeoutError::Timeout) => {
                    let mut typed = Vec::new();
                    self.parser.timeout(&mut typed);
                }
            }
        }
        true
    }

    /// Lines from a client whose own terminal edits them (no pty).
    fn cooked(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match b {
                b'\n' => {
                    self.ready.extend_from_slice(self.line.as_bytes());
                    self.ready.push(b'\n');
                    self.line.clear();
                }
                // Ctrl-C or Ctrl-D: the end.
                0x03 | 0x04 => self.ended = Some(Why::Quit),
                b if b < 0x20 || b == 0x7f => {}
                b if self.line.len() < MAX_LINE && b.is_ascii() => self.line.push(b as char),
                _ => {}
            }
        }
    }

    /// Echoes `bytes`, unless the client has stopped reading (then the echo is dropped:
    /// typing into a stalled client must not fill the server's memory).
    fn echo(&self, bytes: &[u8]) {
        if self.out.pending_len() <= PLAIN_BACKLOG {
            self.out.push(bytes);
        }
    }

    /// Keys from a raw terminal: echoed, with Backspace, Enter and Ctrl-C/Ctrl-D.
    fn edit(&mut self, bytes: &[u8]) {
        let mut typed = Vec::new();
        self.parser.feed(bytes, &mut typed);
        for t in typed {
            match t {
                Typed::Key(tui::Key::Char(c)) if self.line.len() < MAX_LINE => {
                    self.line.push(c);
                    let mut b = [0; 4];
                    self.echo(c.encode_utf8(&mut b).as_bytes());
                }
                Typed::Key(tui::Key::Space) if self.line.len() < MAX_LINE => {
                    self.line.push(' ');
                    self.echo(b" ");
                }
                Typed::Backspace if self.line.pop().is_some() => {
                    self.echo(b"\x08 \x08");
                }
                Typed::Key(tui::Key::Enter) => {
                    self.echo(b"\r\n");
                    self.ready.extend_from_slice(self.line.as_bytes());
                    self.ready.push(b'\n');
                    self.line.clear();
                }
                Typed::Ctrl('c') | Typed::Ctrl('d') => {
                    self.echo(b"\r\n");
                    self.ended = Some(Why::Quit);
                }
                _ => {}
            }
        }
    }
}

impl Read for Lines<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.fill() {
            return Ok(0);
        }
        let n = buf.len().min(self.ready.len());
        buf[..n].copy_from_slice(&self.ready[..n]);
        self.ready.drain(..n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::{SyncSender, sync_channel};

    fn shared(idle: Duration) -> Arc<Shared> {
        static LIB: std::sync::OnceLock<crate::library::Library> = std::sync::OnceLock::new();
        let lib = LIB.get_or_init(|| crate::library::Library::load(&[]));
        let opts = super::super::Options {
            listen: "127.0.0.1:0".parse().unwrap(),
            code: Some("1".into()),
            max_sessions: 2,
            idle,
            lang: Some("en".into()),
            data: None,
        };
        Arc::new(Shared::new(lib, &opts, "Room code: ".into()))
    }

    /// A session of `who` on its own thread, at 80x24.
    fn session(shared: &Arc<Shared>, who: Who) -> (SyncSender<Event>, Arc<Outbox>) {
        let out = Arc::new(Outbox::default());
        let (tx, rx) = sync_channel(1024);
        let setup = Setup {
            shared: shared.clone(),
            id: 1,
            who,
            term: Some("xterm-256color".into()),
            size: (80, 24),
            env: vec![("LANG".into(), "en_US.UTF-8".into())],
            out: out.clone(),
            live_size: Arc::new(std::sync::atomic::AtomicU32::new((80 << 16) | 24)),
            resized: Default::default(),
            lost: Default::default(),
        };
        std::thread::spawn(move || run(setup, rx));
        (tx, out)
    }

    /// Acts as the writer until the session finishes (or `limit` passes): every batch is
    /// taken at once. Returns the bytes and the exit status.
    fn drain(out: &Outbox, tx: &SyncSender<Event>, limit: Duration) -> (Vec<u8>, Option<u32>) {
        let end = Instant::now() + limit;
        let mut all = Vec::new();
        while Instant::now() < end {
            let (bytes, finished) = out.take_now();
            let got = !bytes.is_empty();
            all.extend(bytes);
            out.sent();
            if got {
                let _ = tx.try_send(Event::Flushed);
            } else if finished.is_some() {
                return (all, finished);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        (all, None)
    }

    fn screen(bytes: &[u8]) -> String {
        let mut p = vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        );
        p.process(bytes);
        p.screen().contents()
    }

    #[test]
    fn an_idle_session_is_closed_with_a_message_and_the_terminal_put_back() {
        let shared = shared(Duration::from_millis(300));
        let (tx, out) = session(&shared, Who::Guest);
        let (bytes, status) = drain(&out, &tx, Duration::from_secs(10));
        assert_eq!(status, Some(0));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("without a key"), "{text}");
        assert!(text.contains("\x1b[?1049l"), "the alternate screen is left");
        assert!(
            !text.contains("saved under your code"),
            "a guest's games are not kept"
        );
    }

    #[test]
    fn a_client_that_stops_reading_gets_the_latest_frame_not_a_backlog() {
        let shared = shared(Duration::from_secs(60));
        let (tx, out) = session(&shared, Who::Guest);
        // The first frame waits, unsent: the client reads nothing.
        let start = Instant::now();
        while out.pending_len() == 0 && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(5));
        }
        let first = out.pending_len();
        assert!(first > 0);
        for _ in 0..7 {
            tx.send(Event::Data(b"\x1b[B".to_vec())).unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(
            out.pending_len(),
            first,
            "no frame piles up behind the first"
        );
        // The link frees up: the latest state arrives, as a change from what was sent.
        let (bytes, _) = drain(&out, &tx, Duration::from_millis(500));
        let s = screen(&bytes);
        let pointer = s.lines().find(|l| l.contains('▶')).unwrap_or_default();
        assert!(pointer.contains("8."), "{s}");
        tx.send(Event::Data(vec![3])).unwrap();
        let (_, status) = drain(&out, &tx, Duration::from_secs(5));
        assert_eq!(status, Some(0), "Ctrl-C ends the session with success");
    }

    #[test]
    fn a_long_packet_of_characters_is_a_paste_not_keys() {
        let mut p = KeyParser::new();
        let mut typed = Vec::new();
        p.feed(b"1", &mut typed);
        assert_eq!(keys_of_packet(&typed).len(), 1);
        typed.clear();
        p.feed("q1\r2 ".repeat(10).as_bytes(), &mut typed);
        assert!(keys_of_packet(&typed).is_empty());
        // Many arrow keys at once (a held key) are keys.
        typed.clear();
        p.feed("\x1b[B".repeat(40).as_bytes(), &mut typed);
        assert_eq!(keys_of_packet(&typed).len(), 40);
    }

    #[test]
    fn after_lost_input_nothing_counts_until_the_client_is_quiet() {
        let shared = shared(Duration::from_secs(60));
        let out = Arc::new(Outbox::default());
        let (tx, rx) = sync_channel(1024);
        let lost = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let setup = Setup {
            shared: shared.clone(),
            id: 1,
            who: Who::Guest,
            term: Some("xterm".into()),
            size: (80, 24),
            env: vec![("LANG".into(), "en_US.UTF-8".into())],
            out: out.clone(),
            live_size: Default::default(),
            resized: Default::default(),
            lost: lost.clone(),
        };
        std::thread::spawn(move || run(setup, rx));
        drain(&out, &tx, Duration::from_millis(200));
        // The start of a paste was dropped; its rest must not become keys (q would quit).
        lost.store(true, std::sync::atomic::Ordering::SeqCst);
        tx.send(Event::Data(b"0~q".to_vec())).unwrap();
        tx.send(Event::Data(b"q".to_vec())).unwrap();
        let (_, status) = drain(&out, &tx, Duration::from_millis(200));
        assert_eq!(status, None, "still playing");
        // Quiet for a moment: keys count again.
        std::thread::sleep(RESYNC);
        tx.send(Event::Data(b"q".to_vec())).unwrap();
        let (_, status) = drain(&out, &tx, Duration::from_secs(5));
        assert_eq!(status, Some(0));
    }

    #[test]
    fn a_full_room_and_a_name_that_is_not_a_code_are_told_so() {
        let shared = shared(Duration::from_secs(60));
        for (who, said) in [
            (Who::Full, "room is full"),
            (Who::Invalid("a b".into()), "is not a participant code"),
        ] {
            let (tx, out) = session(&shared, who);
            let (bytes, status) = drain(&out, &tx, Duration::from_secs(5));
            assert_eq!(status, Some(1));
            assert!(String::from_utf8_lossy(&bytes).contains(said));
        }
    }

    #[test]
    fn the_terminal_type_and_locale_decide_colour_and_symbols() {
        let shared = shared(Duration::from_secs(60));
        let setup = |term: Option<&str>, env: &[(&str, &str)]| Setup {
            shared: shared.clone(),
            id: 1,
            who: Who::Guest,
            term: term.map(str::to_string),
            size: (80, 24),
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            out: Arc::new(Outbox::default()),
            live_size: Default::default(),
            resized: Default::default(),
            lost: Default::default(),
        };
        let e = setup(Some("xterm-256color"), &[]).env();
        assert!(!e.no_color && e.utf8);
        let e = setup(Some("vt100"), &[]).env();
        assert!(e.no_color && !e.utf8);
        let e = setup(Some("linux"), &[("LANG", "de_DE.UTF-8")]).env();
        assert!(!e.no_color && e.utf8);
        let e = setup(Some("xterm"), &[("LANG", "C"), ("NO_COLOR", "1")]).env();
        assert!(e.no_color && !e.utf8);
        assert_eq!(
            setup(None, &[("LC_ALL", "uk_UA.UTF-8")]).requested_lang(),
            Some("uk-UA".into())
        );
        assert_eq!(setup(None, &[]).requested_lang(), Some("en".into()));
    }
}
