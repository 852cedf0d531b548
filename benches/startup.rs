//! Benchmark: time to the first full frame of `redflag`, against a minimal ratatui program
//! drawing one screen, both measured in one run, alternating, in a pseudo-terminal: from
//! spawn to the last byte written before the screen stays quiet. Target: redflag within
//! 1.5x of the minimal program. Run with `cargo bench --bench startup`.
//!
//! The minimal program is this same executable started with `REDFLAG_MINIMAL=1`, so both
//! pay the same process start-up and terminal set-up.
//!
//! Both programs are measured twice: as installed copies (what `cargo install` or a package
//! puts on a machine), where both files are in the same state, which is the comparison the
//! target is for; and as cargo's linker left them, for information. A file the linker has
//! just written starts slower than a copy of it, the more so the larger it is (on Linux its
//! pages sit in the page cache in small pieces), and redflag's file is about five times the
//! minimal program's.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROUNDS: usize = 15;
/// How long the output must stay quiet before the frame counts as complete.
const QUIET: Duration = Duration::from_millis(250);

/// The minimal program: raw mode, alternate screen, one full frame, wait for a key.
fn minimal() {
    use ratatui::crossterm::event;
    use ratatui::widgets::{Block, Borders, List};
    let mut terminal = ratatui::init();
    let _ = terminal.draw(|f| {
        let items = (0..20).map(|i| format!("Scenario number {i}: a title of some length"));
        f.render_widget(
            List::new(items).block(Block::default().borders(Borders::ALL).title("redflag")),
            f.area(),
        );
    });
    let _ = event::read();
    ratatui::restore();
}

/// Spawns `program` in a 100x30 pty and returns the time from spawn to the last byte
/// before the output stayed quiet.
fn first_frame(program: &str, args: &[&str], env: &[(&str, &str)]) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let (tx, rx) = mpsc::channel::<Instant>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(Instant::now()).is_err() {
                break;
            }
        }
    });
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    let mut last = start;
    let mut got = false;
    while let Ok(t) = rx.recv_timeout(if got { QUIET } else { Duration::from_secs(10) }) {
        last = t;
        got = true;
    }
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    std::thread::sleep(Duration::from_millis(50));
    let _ = child.kill();
    let _ = child.wait();
    last - start
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    if std::env::var_os("REDFLAG_MINIMAL").is_some() {
        minimal();
        return;
    }
    let me = std::env::current_exe().expect("own path");
    let redflag = std::path::PathBuf::from(env!("CARGO_BIN_EXE_redflag"));
    let dir = std::env::temp_dir().join(format!("redflag-bench-startup-{}", std::process::id()));
    let data = dir.join("data");
    std::fs::create_dir_all(&data).expect("temp dir");
    // Both programs run twice: as installed copies, and as cargo left them (see above).
    let installed = |from: &std::path::Path, name: &str| {
        let to = dir.join(name);
        std::fs::copy(from, &to).expect("copy a program");
        to
    };
    let programs = [
        (installed(&me, "minimal"), installed(&redflag, "redflag")),
        (me.clone(), redflag.clone()),
    ];
    let data = data.to_str().expect("UTF-8").to_string();
    let env = [("XDG_DATA_HOME", data.as_str()), ("HOME", data.as_str())];
    let mut times = vec![(Vec::new(), Vec::new()); programs.len()];
    for _ in 0..ROUNDS {
        for ((minimal, ours), (theirs_t, ours_t)) in programs.iter().zip(times.iter_mut()) {
            let path = |p: &std::path::PathBuf| p.to_str().expect("a UTF-8 path").to_string();
            theirs_t.push(first_frame(
                &path(minimal),
                &[],
                &[("REDFLAG_MINIMAL", "1")],
            ));
            ours_t.push(first_frame(&path(ours), &["play"], &env));
        }
    }
    let labels = [
        ("installed copies", "target: at most 1.5"),
        ("as cargo's linker left them", "for information"),
    ];
    for ((label, note), (theirs, ours)) in labels.iter().zip(times) {
        let (a, b) = (median(ours), median(theirs));
        println!("{label}:");
        println!("  minimal ratatui program: first frame after {b:.2?} (median of {ROUNDS})");
        println!("  redflag start screen:    first frame after {a:.2?} (median of {ROUNDS})");
        println!("  ratio: {:.2} ({note})", a.as_secs_f64() / b.as_secs_f64());
    }
    let _ = std::fs::remove_dir_all(&dir);
}
