//! End-to-end: the real binary in a pseudo-terminal, its screen read with `vt100`.
//! Every wait is for screen content, with a timeout; there are no fixed sleeps.
//!
//! `REDFLAG_BIN` may name another binary to drive (for trying the UI before the command
//! line starts it); by default it is the `redflag` this crate builds.

mod common;

use std::path::Path;

use common::pty::Pty;
use portable_pty::CommandBuilder;

fn program() -> String {
    std::env::var("REDFLAG_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_redflag").to_string())
}

fn spawn(args: &[&str], data_home: &Path) -> Pty {
    spawn_env(args, data_home, &[])
}

fn spawn_env(args: &[&str], data_home: &Path, env: &[(&str, &str)]) -> Pty {
    let mut cmd = CommandBuilder::new(program());
    cmd.args(args);
    cmd.env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("TERM", "xterm");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("XDG_DATA_HOME", data_home);
    cmd.env("HOME", data_home);
    for (k, v) in env {
        cmd.env(k, v);
    }
    Pty::start(cmd, common::pty::ROWS, common::pty::COLS)
}

/// Plays the first conversation with `args`, answering 1 each time, through the debrief
/// and out, and checks the terminal is as it was.
fn play_through(args: &[&str], data_home: &Path) {
    let mut pty = spawn(args, data_home);
    pty.wait_text("Choose a conversation");
    pty.wait_for("the alternate screen", |s| s.alternate_screen());
    pty.press("\r");
    pty.play_to_debrief("Outcome:", "Press Enter for your debrief", "Your answer");
    assert!(pty.contents().contains("Score: "));
    pty.press("q");
    pty.wait_text("played once");
    pty.send("q");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}");
    pty.assert_restored();
}

#[test]
fn plays_to_the_debrief_and_leaves_the_terminal_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    play_through(&["play", "--seed", "7"], data.path());
    let saved = std::fs::read_to_string(data.path().join("redflag").join("state.json")).unwrap();
    assert!(saved.contains("\"plays\": 1"), "{saved}");
    assert!(data.path().join("redflag").join("results.json").exists());
}

#[test]
fn no_record_writes_nothing_anywhere() {
    let data = tempfile::tempdir().unwrap();
    play_through(&["play", "--seed", "7", "--no-record"], data.path());
    let left: Vec<_> = walk(data.path());
    assert!(left.is_empty(), "--no-record wrote {left:?}");
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn ctrl_c_quits_at_once_with_success() {
    let data = tempfile::tempdir().unwrap();
    let mut pty = spawn(&["play"], data.path());
    pty.wait_text("Choose a conversation");
    pty.press("\r");
    pty.send("\x03");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}");
    pty.assert_restored();
}

#[cfg(unix)]
#[test]
fn every_ending_signal_restores_the_terminal() {
    for sig in ["-TERM", "-HUP", "-INT", "-QUIT", "-USR1", "-ALRM"] {
        let data = tempfile::tempdir().unwrap();
        let mut pty = spawn(&["play"], data.path());
        pty.wait_text("Choose a conversation");
        pty.wait_for("the alternate screen", |s| s.alternate_screen());
        let pid = pty.child.process_id().expect("a pid");
        let killed = std::process::Command::new("kill")
            .args([sig, &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = pty.wait_exit();
        assert!(!status.success(), "{sig}: {status:?}");
        pty.assert_restored();
    }
}

/// A panic in the middle of a frame still leaves the terminal as it was. Debug builds only:
/// the hook that makes the frame panic exists only there.
#[cfg(all(unix, debug_assertions))]
#[test]
fn a_panic_mid_frame_restores_the_terminal() {
    if std::env::var_os("REDFLAG_BIN").is_some() {
        return; // an installed (release) binary has no test hook
    }
    let data = tempfile::tempdir().unwrap();
    let mut pty = spawn_env(
        &["play"],
        data.path(),
        &[("REDFLAG_TEST_PANIC_IN_FRAME", "1")],
    );
    let status = pty.wait_exit();
    assert!(!status.success(), "{status:?}");
    pty.assert_restored();
}
