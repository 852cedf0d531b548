//! `redflag play --watch PATH`: for authors. Plays a scenario in plain mode and, whenever
//! its files change on disk, reloads them and restarts the run with the same seed. A broken
//! edit shows the problems, as `check` would, and waits for the next save; it never crashes.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, SystemTime};

use super::{Ctx, PlayArgs};
use crate::engine::Game;
use crate::engine::rng::fresh_seed;
use crate::i18n::{ArgValue, SOURCE, args};
use crate::plain::{Answer, answer, show_turn, write_debrief};
use crate::present::{Rerun, Words, debrief_text};

/// How often the files are looked at while the player thinks.
const POLL: Duration = Duration::from_millis(300);

/// The files to watch: a pack folder's content files, or a scenario file with the
/// `.ftl` files of the same name in its pack's `locales/*/`.
fn watched(path: &Path) -> Vec<PathBuf> {
    if path.is_dir() {
        return crate::content::pack_paths(path)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
    }
    let mut out = vec![path.to_path_buf()];
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let root = path.parent().and_then(Path::parent);
    if let (Some(stem), Some(root)) = (stem, root)
        && let Ok(langs) = std::fs::read_dir(root.join("locales"))
    {
        let mut ftl: Vec<PathBuf> = langs
            .flatten()
            .map(|e| e.path().join(format!("{stem}.ftl")))
            .filter(|p| p.is_file())
            .collect();
        ftl.sort();
        out.extend(ftl);
    }
    out
}

/// What the watched files look like now: modification time and size of each.
fn snapshot(files: &[PathBuf]) -> BTreeMap<PathBuf, Option<(SystemTime, u64)>> {
    files
        .iter()
        .map(|p| {
            let meta = std::fs::metadata(p).ok();
            let stamp = meta.and_then(|m| Some((m.modified().ok()?, m.len())));
            (p.clone(), stamp)
        })
        .collect()
}

/// Lines typed by the player, read on their own thread so the files can be watched
/// meanwhile. `None` is the end of input. On a terminal (Unix), keys are read as they are
/// typed, so `q` at the start of a line quits at once, without Enter.
fn input_lines() -> Receiver<Option<String>> {
    let (tx, rx) = mpsc::channel();
    #[cfg(unix)]
    if keys::start(tx.clone()) {
        return rx;
    }
    std::thread::spawn(move || {
        let stdin = io::stdin();
        for line in stdin.lock().lines() {
            match line {
                Ok(l) => {
                    if tx.send(Some(l)).is_err() {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
        let _ = tx.send(None);
    });
    rx
}

/// Keys one at a time from a terminal: the terminal's line editing and echo are turned off
/// while watching (and put back on every way out, signals included), and lines are built
/// here, with their own echo and Backspace.
#[cfg(unix)]
mod keys {
    use std::io::{IsTerminal, Read, Write};
    use std::sync::Mutex;
    use std::sync::mpsc::Sender;

    /// The terminal's settings before watching, to put back.
    static SAVED: Mutex<Option<libc::termios>> = Mutex::new(None);

    /// Puts the terminal's settings back. Safe to call more than once.
    pub fn restore() {
        if let Some(t) = SAVED.lock().unwrap_or_else(|e| e.into_inner()).take() {
            // SAFETY: tcsetattr reads the struct given; fd 0 is the terminal.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }

    /// Starts reading keys when stdin is a terminal; `false` when it is not (lines then).
    pub fn start(tx: Sender<Option<String>>) -> bool {
        if !std::io::stdin().is_terminal() {
            return false;
        }
        // SAFETY: tcgetattr fills the struct; tcsetattr reads it. fd 0 is a terminal.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                return false;
            }
            *SAVED.lock().unwrap_or_else(|e| e.into_inner()) = Some(t);
            let mut raw = t;
            // No line editing and no echo; signals (Ctrl-C) and output stay as they were.
            raw.c_lflag &= !(libc::ICANON | libc::ECHO);
            raw.c_cc[libc::VMIN] = 1;
            raw.c_cc[libc::VTIME] = 0;
            if libc::tcsetattr(0, libc::TCSANOW, &raw) != 0 {
                restore();
                return false;
            }
        }
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
        ]) {
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    restore();
                    std::process::exit(128 + sig);
                }
            });
        }
        std::thread::spawn(move || {
            let mut line = String::new();
            let mut pending: Vec<u8> = Vec::new();
            // Inside an escape sequence (an arrow key): skipped to its final byte.
            let mut escape = false;
            let mut stdin = std::io::stdin();
            let mut byte = [0u8; 1];
            let echo = |s: &str| {
                let mut out = std::io::stdout();
                let _ = out.write_all(s.as_bytes());
                let _ = out.flush();
            };
            loop {
                if stdin.read(&mut byte).unwrap_or(0) == 0 {
                    let _ = tx.send(None);
                    return;
                }
                let b = byte[0];
                if escape {
                    escape = !(0x40..=0x7e).contains(&b) || b == b'[' || b == b'O';
                    continue;
                }
                let send = |l: String| tx.send(Some(l)).is_ok();
                match b {
                    0x1b => escape = true,
                    b'q' | b'Q' if line.is_empty() => {
                        echo("q\n");
                        if !send("q".into()) {
                            return;
                        }
                    }
                    b'\r' | b'\n' => {
                        echo("\n");
                        if !send(std::mem::take(&mut line)) {
                            return;
                        }
                    }
                    0x7f | 0x08 => {
                        if line.pop().is_some() {
                            echo("\x08 \x08");
                        }
                    }
                    // Ctrl-D on an empty line: the end of input.
                    0x04 if line.is_empty() => {
                        let _ = tx.send(None);
                        return;
                    }
                    // Control bytes and escape sequences are not part of an answer.
                    b if b < 0x20 => {}
                    b => {
                        pending.push(b);
                        if let Ok(s) = std::str::from_utf8(&pending) {
                            if line.chars().count() < 64 {
                                line.push_str(s);
                                echo(s);
                            }
                            pending.clear();
                        } else if pending.len() >= 4 {
                            pending.clear();
                        }
                    }
                }
            }
        });
        true
    }
}

enum Wait {
    Line(String),
    Changed,
    Quit,
}

/// Waits for a line of input or a change to the files.
fn wait(
    rx: &Receiver<Option<String>>,
    path: &Path,
    before: &BTreeMap<PathBuf, Option<(SystemTime, u64)>>,
) -> Wait {
    loop {
        match rx.recv_timeout(POLL) {
            Ok(Some(line)) => return Wait::Line(line),
            Ok(None) | Err(RecvTimeoutError::Disconnected) => return Wait::Quit,
            Err(RecvTimeoutError::Timeout) => {
                if &snapshot(&watched(path)) != before {
                    return Wait::Changed;
                }
            }
        }
    }
}

pub fn run(ctx: &Ctx, a: &PlayArgs, path: &Path) -> i32 {
    // Not locked for the whole session: the key reader echoes what is typed meanwhile.
    let mut out = io::stdout();
    let rx = input_lines();
    let seed = a.seed.unwrap_or_else(fresh_seed);
    let result = session(ctx, a, path, seed, &rx, &mut out);
    #[cfg(unix)]
    keys::restore();
    super::exit_code(&ctx.loc, result)
}

fn session(
    ctx: &Ctx,
    a: &PlayArgs,
    path: &Path,
    seed: u64,
    rx: &Receiver<Option<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let requested = ctx.requested.clone().unwrap_or_else(|| SOURCE.to_string());
    'reload: loop {
        let files = watched(path);
        let before = snapshot(&files);
        let targets = if path.is_dir() {
            vec![path.to_path_buf()]
        } else {
            files
        };
        let o = crate::check::overlay(&targets, &ctx.packs);
        let mut problems = o.diags.clone();
        problems.extend(o.lib.diagnostics.iter().cloned());
        let problems = crate::check::finish(problems, o.only.as_ref());
        let (loc, _) = o.lib.catalog.localizer(&requested);
        let errors: Vec<_> = problems.iter().filter(|d| d.is_error()).cloned().collect();

        // Which scenario: the one named, or the watched file's, or the pack's first.
        let watched_files = o.only.clone().unwrap_or_default();
        let chosen = a
            .scenario
            .as_deref()
            .and_then(|id| o.lib.find(id))
            .or_else(|| {
                o.lib
                    .scenarios
                    .iter()
                    .find(|s| watched_files.contains(&s.file))
            });
        let Some(scenario) = chosen.filter(|_| errors.is_empty()) else {
            // The error overlay: what is wrong, then wait for the next save.
            writeln!(out, "{}", loc.text("watch-broken"))?;
            let sources = o
                .lib
                .files
                .iter()
                .map(|f| (f.display.clone(), f.text.to_string()))
                .collect();
            let shown = if errors.is_empty() {
                &problems
            } else {
                &errors
            };
            write!(out, "{}", crate::check::render::text(&loc, shown, &sources))?;
            writeln!(out, "{}", loc.text("watch-waiting"))?;
            out.flush()?;
            if wait_for_change(rx, path, &before) {
                continue 'reload;
            }
            return Ok(());
        };

        let (mut game, mut events) = match Game::start(scenario.scenario().clone(), seed) {
            Ok(x) => x,
            Err(e) => {
                writeln!(out, "{}", crate::present::engine_error(&loc, &e))?;
                if wait_for_change(rx, path, &before) {
                    continue 'reload;
                }
                return Ok(());
            }
        };
        let words = Words::for_game(&loc, &game);
        writeln!(
            out,
            "{}",
            loc.fmt(
                "watch-playing",
                &args([
                    ("title", words.title().into()),
                    ("seed", ArgValue::from(seed))
                ])
            )
        )?;
        while let Some(options) = show_turn(out, &loc, &words, &events, &game)? {
            let pick = loop {
                write!(out, "> ")?;
                out.flush()?;
                match wait(rx, path, &before) {
                    Wait::Changed => {
                        writeln!(out)?;
                        writeln!(out, "{}", loc.text("watch-reloaded"))?;
                        continue 'reload;
                    }
                    Wait::Quit => return Ok(()),
                    Wait::Line(l) => match answer(&l, out, &loc, options.len())? {
                        Answer::Pick(k) => break k,
                        Answer::Quit => return Ok(()),
                        Answer::Again => {}
                    },
                }
            };
            events = match game.choose(options[pick].key) {
                Ok(ev) => ev,
                Err(e) => {
                    writeln!(out, "{}", crate::present::engine_error(&loc, &e))?;
                    Vec::new()
                }
            };
        }
        if let Some(d) = game.debrief() {
            write_debrief(out, &debrief_text(&loc, &words, &d, Rerun::Flag))?;
        }
        writeln!(out, "{}", loc.text("watch-waiting"))?;
        out.flush()?;
        if !wait_for_change(rx, path, &before) {
            return Ok(());
        }
        writeln!(out, "{}", loc.text("watch-reloaded"))?;
    }
}

/// Waits until the files change (`true`), or the player quits (`false`).
fn wait_for_change(
    rx: &Receiver<Option<String>>,
    path: &Path,
    before: &BTreeMap<PathBuf, Option<(SystemTime, u64)>>,
) -> bool {
    loop {
        match wait(rx, path, before) {
            Wait::Changed => return true,
            Wait::Quit => return false,
            Wait::Line(l) if l.trim().eq_ignore_ascii_case("q") => return false,
            Wait::Line(_) => {}
        }
    }
}
