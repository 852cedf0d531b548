//! Helpers for running the real binary in tests.
#![allow(dead_code)]

pub mod pty;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `redflag` with `args`, feeding `input` on stdin, in a clean environment
/// (no language variables, so English unless `--lang` says otherwise).
pub fn redflag(args: &[&str], input: &str) -> Run {
    redflag_env(args, input, &[])
}

pub fn redflag_env(args: &[&str], input: &str, env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_redflag"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("TERM", "dumb")
        // Results go to a folder of the test run's own, never the user's data folder.
        .env("XDG_DATA_HOME", test_data_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("redflag starts");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        // The game may exit before reading everything; that is fine.
        let _ = stdin.write_all(input.as_bytes());
    }
    // Output is read while the program runs (a full pipe would stall it), and a program
    // that does not end within two minutes fails the test instead of hanging the suite.
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = read(Box::new(child.stdout.take().expect("stdout")));
    let err = read(Box::new(child.stderr.take().expect("stderr")));
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(120) {
            let _ = child.kill();
            panic!("redflag {args:?} did not finish within two minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned(),
    }
}

/// The data folder of this test process (a test may give its own with `XDG_DATA_HOME`).
pub fn test_data_home() -> PathBuf {
    std::env::temp_dir().join(format!("redflag-test-{}-data", std::process::id()))
}

/// A fresh, empty folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redflag-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

pub fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("parent dir");
    }
    std::fs::write(path, text).expect("write file");
}
