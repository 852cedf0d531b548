//! End to end: `redflag serve` and the real OpenSSH client in a pseudo-terminal, as a
//! workshop uses them. `ssh` must be installed: under `CI=true` a missing client fails the
//! test; elsewhere the tests say so and pass without running.
#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use common::pty::Pty;
use portable_pty::CommandBuilder;

const CODE: &str = "4711";

/// Whether `ssh` is here; under CI its absence fails.
fn have_ssh() -> bool {
    let ok = Command::new("ssh")
        .arg("-V")
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the OpenSSH client (ssh) is needed for these tests; .ci/run installs it"
        );
        eprintln!("ssh is not installed: skipping the SSH end-to-end test");
    }
    ok
}

/// A running `redflag serve`, its output lines, and its data folder.
struct Server {
    child: Child,
    port: u16,
    fingerprint: String,
    data: PathBuf,
    lines: Arc<(Mutex<Vec<String>>, Condvar)>,
}

impl Server {
    fn start(data: &Path, extra: &[&str]) -> Server {
        Server::start_env(data, extra, &[])
    }

    fn start_env(data: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .envs(env.iter().copied())
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("XDG_DATA_HOME", data)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("redflag serve starts");
        let lines = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for l in BufReader::new(stream).lines().map_while(Result::ok) {
                    let (lock, cv) = &*lines;
                    lock.lock().unwrap().push(l);
                    cv.notify_all();
                }
            });
        }
        let mut s = Server {
            child,
            port: 0,
            fingerprint: String::new(),
            data: data.to_path_buf(),
            lines,
        };
        let join = s.wait_line("ssh -p ");
        s.port = join
            .split_whitespace()
            .nth(2)
            .and_then(|p| p.parse().ok())
            .expect("the join line names the port");
        // The start text comes before the port accepts anyone (as it must): wait for it.
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", s.port)).is_err() {
            assert!(Instant::now() < deadline, "the port never opened");
            std::thread::sleep(Duration::from_millis(20));
        }
        let key = s.wait_line("SHA256:");
        // The whole start text (its last line), so tests can look at any of it.
        s.wait_line("Ctrl-C stops the server");
        s.fingerprint = key
            .split_whitespace()
            .find(|w| w.starts_with("SHA256:"))
            .unwrap()
            .to_string();
        s
    }

    /// Waits for an output line containing `text`; returns it.
    fn wait_line(&self, text: &str) -> String {
        let (lock, cv) = &*self.lines;
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut l = lock.lock().unwrap();
        loop {
            if let Some(found) = l.iter().find(|x| x.contains(text)) {
                return found.clone();
            }
            let now = Instant::now();
            assert!(
                now < deadline,
                "no line with {text:?} in:\n{}",
                l.join("\n")
            );
            l = cv.wait_timeout(l, deadline - now).unwrap().0;
        }
    }

    fn output(&self) -> String {
        self.lines.0.lock().unwrap().join("\n")
    }

    fn askpass(&self, code: &str) -> PathBuf {
        let path = self.data.join(format!("askpass-{code}"));
        std::fs::write(&path, format!("#!/bin/sh\necho {code}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn ssh_args(&self, user: &str) -> Vec<String> {
        [
            "-F",
            "/dev/null",
            "-p",
            &self.port.to_string(),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "PubkeyAuthentication=no",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "NumberOfPasswordPrompts=1",
            "-o",
            "SendEnv=LANG",
            &format!("{user}@127.0.0.1"),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    /// `ssh` in a terminal, as a participant types it.
    fn join(&self, user: &str, code: &str, lang: &str) -> Pty {
        let mut cmd = CommandBuilder::new("ssh");
        cmd.args(self.ssh_args(user));
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("HOME", &self.data);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", lang);
        cmd.env("SSH_ASKPASS", self.askpass(code));
        cmd.env("SSH_ASKPASS_REQUIRE", "force");
        Pty::start(cmd, common::pty::ROWS, common::pty::COLS)
    }

    /// `ssh` without a terminal: (exit code, stdout, stderr).
    fn run(&self, user: &str, code: &str, extra: &[&str], input: &str) -> (i32, String, String) {
        let mut child = Command::new("ssh")
            .args(["-T"])
            .args(self.ssh_args(user))
            .args(extra)
            .env("HOME", &self.data)
            .env("LANG", "en_US.UTF-8")
            .env("SSH_ASKPASS", self.askpass(code))
            .env("SSH_ASKPASS_REQUIRE", "force")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ssh starts");
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_string();
        std::thread::spawn(move || {
            for line in input.split_inclusive('\n') {
                let _ = stdin.write_all(line.as_bytes());
                std::thread::sleep(Duration::from_millis(150));
            }
        });
        let out = child.wait_with_output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn results(&self) -> String {
        std::fs::read_to_string(self.data.join("redflag").join("results.json")).unwrap_or_default()
    }

    /// Stops the server as a facilitator's Ctrl-C or SIGTERM does; returns its exit code
    /// and how long it took.
    fn stop(mut self) -> (Option<i32>, Duration) {
        let started = Instant::now();
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(s) = self.child.try_wait().unwrap() {
                return (s.code(), started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        (None, started.elapsed())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> (tempfile::TempDir, Server) {
    let data = tempfile::tempdir().unwrap();
    let mut args = vec!["--code", CODE];
    args.extend_from_slice(extra);
    let server = Server::start(data.path(), &args);
    (data, server)
}

#[test]
fn a_participant_plays_over_ssh_is_recorded_under_the_code_and_gets_the_terminal_back() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let mut p = server.join("A7", CODE, "en_US.UTF-8");
    p.wait_text("Choose a conversation");
    p.wait_for("the alternate screen", |s| s.alternate_screen());
    p.press("\r");
    p.wait_text("Your answer");
    // A window change mid-game is followed: too small, then back.
    p.resize(10, 30);
    p.wait_text("Please enlarge");
    p.resize(common::pty::ROWS, common::pty::COLS);
    p.wait_for("the chat again", |s| {
        !s.contents().contains("Please enlarge")
    });
    p.play_to_debrief("Outcome:", "Press Enter for your debrief", "Your answer");
    assert!(p.contents().contains("Score: "));
    p.press("q");
    p.wait_text("Choose a conversation");
    p.send("q");
    let status = p.wait_exit();
    assert!(status.success(), "{status:?}\n{}", p.contents());
    p.assert_restored();
    assert!(p.contents().contains("Thank you for playing"));
    let results = server.results();
    assert!(results.contains("\"participant\": \"A7\""), "{results}");
    server.wait_line("A7 finished");
    assert!(
        server
            .data
            .join("redflag/participants/A7/state.json")
            .exists(),
        "A7's settings and scores are kept under the code"
    );
    let (code, took) = server.stop();
    assert_eq!(code, Some(0));
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn two_sessions_at_once_each_in_its_own_language() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let mut de = server.join("B1", CODE, "de_DE.UTF-8");
    let mut uk = server.join("B2", CODE, "uk_UA.UTF-8");
    de.wait_text("Wähle ein Gespräch");
    uk.wait_text("Оберіть розмову");
    // Ctrl-C ends a session at once, with success.
    de.send("\x03");
    assert!(de.wait_exit().success());
    de.assert_restored();
    // The other goes on.
    uk.press("\x1b[B");
    uk.send("\x03");
    assert!(uk.wait_exit().success());
}

#[test]
fn a_wrong_code_is_refused_and_ssh_exits_non_zero() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let (code, _, err) = server.run("A7", "0000", &[], "");
    assert_ne!(code, 0);
    assert!(err.contains("Permission denied"), "{err}");
    server.wait_line("Wrong room code from 127.0.0.1");
    // The right code still works.
    let (code, out, _) = server.run("A7", CODE, &[], "q\n");
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_command_is_refused_and_nothing_runs() {
    if !have_ssh() {
        return;
    }
    let (d, server) = start(&[]);
    let marker = d.path().join("ran");
    let (code, out, _) = server.run("A7", CODE, &["touch", marker.to_str().unwrap()], "");
    assert_ne!(code, 0, "{out}");
    assert!(!marker.exists(), "the command was run");
    server.wait_line("Refused a command");
}

#[test]
fn a_client_killed_mid_session_leaves_the_server_serving() {
    if !have_ssh() {
        return;
    }
    let (_d, mut server) = start(&[]);
    let mut p = server.join("C3", CODE, "en_US.UTF-8");
    p.wait_text("Choose a conversation");
    p.press("\r");
    p.child.kill().unwrap();
    server.wait_line("C3 left");
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server still runs"
    );
    let mut again = server.join("C4", CODE, "en_US.UTF-8");
    again.wait_text("Choose a conversation");
    again.send("q");
    assert!(again.wait_exit().success());
}

#[test]
fn guest_plays_without_being_recorded_and_other_names_are_told_what_to_do() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let mut p = server.join("guest", CODE, "en_US.UTF-8");
    p.wait_text("Choose a conversation");
    p.press("\r");
    p.play_to_debrief("Outcome:", "Press Enter for your debrief", "Your answer");
    p.press("q");
    p.send("q");
    assert!(p.wait_exit().success());
    server.wait_line("guest finished");
    assert!(
        !server.results().contains("\"kind\""),
        "{}",
        server.results()
    );
    assert!(!server.data.join("redflag/participants").exists());
    let (code, out, _) = server.run("not.a.code", CODE, &[], "");
    assert_ne!(code, 0);
    assert!(out.contains("is not a participant code"), "{out}");
}

#[test]
fn plain_mode_without_a_terminal_for_screen_readers() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let (code, out, err) = server.run("D4", CODE, &[], "1\nq\n");
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("Choose a scenario"), "{out}");
    // Plain text only: no escape sequences.
    assert!(!out.contains('\x1b'), "{out:?}");
}

#[test]
fn the_host_key_is_kept_across_restarts_and_matches_ssh_keygen() {
    if !have_ssh() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let first = Server::start(data.path(), &["--code", CODE]);
    let fp = first.fingerprint.clone();
    assert!(first.output().contains("A new server key was made"));
    let (code, _) = first.stop();
    assert_eq!(code, Some(0));
    let key = data.path().join("redflag/host_ed25519");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let keygen = Command::new("ssh-keygen").arg("-lf").arg(&key).output();
    if let Ok(k) = keygen {
        let printed = String::from_utf8_lossy(&k.stdout);
        assert!(printed.contains(&fp), "{printed} vs {fp}");
    }
    let second = Server::start(data.path(), &["--code", CODE]);
    assert_eq!(second.fingerprint, fp);
    assert!(!second.output().contains("A new server key was made"));
    drop(second);
    // A broken key file is reported, and left as it was.
    std::fs::write(&key, "garbage").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("XDG_DATA_HOME", data.path())
        .env_remove("LANG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used"));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "garbage");
}

#[test]
fn stopping_the_server_says_goodbye_to_everyone_within_five_seconds() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let mut p = server.join("E5", CODE, "en_US.UTF-8");
    p.wait_text("Choose a conversation");
    let (code, took) = server.stop();
    assert_eq!(code, Some(0));
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert!(p.wait_exit().success());
    p.assert_restored();
    assert!(
        p.contents().contains("stopped the game"),
        "{}",
        p.contents()
    );
}

#[test]
fn the_next_one_after_max_sessions_is_told_the_room_is_full() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&["--max-sessions", "1"]);
    let mut first = server.join("F1", CODE, "en_US.UTF-8");
    first.wait_text("Choose a conversation");
    let (code, out, _) = server.run("F2", CODE, &[], "");
    assert_ne!(code, 0);
    assert!(out.contains("The room is full"), "{out}");
    server.wait_line("the room is full");
    first.send("q");
    assert!(first.wait_exit().success());
    server.wait_line("F1 left");
    // The place is free again.
    let (code, _, _) = server.run("F2", CODE, &[], "q\n");
    assert_eq!(code, 0);
}

/// A panic in one session ends that session only (debug builds: the test hook that makes
/// a frame panic exists only there).
#[cfg(debug_assertions)]
#[test]
fn a_panicking_session_ends_alone_and_the_server_goes_on() {
    if !have_ssh() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    // The hook is read by each session when its game starts.
    let mut server = Server::start_env(
        data.path(),
        &["--code", CODE],
        &[("REDFLAG_TEST_PANIC_IN_FRAME", "1")],
    );
    let mut p = server.join("G1", CODE, "en_US.UTF-8");
    let status = p.wait_exit();
    assert!(!status.success());
    p.assert_restored();
    server.wait_line("stopped after an error");
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server still runs"
    );
    let mut again = server.join("G2", CODE, "en_US.UTF-8");
    assert!(!again.wait_exit().success());
    let (code, _) = server.stop();
    assert_eq!(code, Some(0));
}

/// On a terminal, the facilitator gets a live view: who is there and what they do;
/// Ctrl-C stops the server and gives the terminal back.
#[test]
fn the_facilitator_sees_the_room_live_and_ctrl_c_stops_it() {
    if !have_ssh() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_redflag"));
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--code", CODE]);
    cmd.env_clear();
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("XDG_DATA_HOME", data.path());
    let mut view = Pty::start(cmd, 30, 100);
    view.wait_text("No one has joined yet");
    // The start text is on screen too: the port to join on.
    let text = view.contents();
    let port: u16 = text
        .split_whitespace()
        .skip_while(|w| *w != "-p")
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in:\n{text}"));
    let server = Server {
        child: Command::new("true").spawn().unwrap(),
        port,
        fingerprint: String::new(),
        data: data.path().to_path_buf(),
        lines: Arc::new((Mutex::new(Vec::new()), Condvar::new())),
    };
    let mut p = server.join("H8", CODE, "de_DE.UTF-8");
    p.wait_text("Wähle ein Gespräch");
    view.wait_text("H8");
    view.wait_text("on the start screen");
    p.press("\r");
    view.wait_text("playing ");
    view.send("\x03");
    assert!(view.wait_exit().success());
    view.assert_restored();
    assert!(p.wait_exit().success());
}

/// Connections that never log in cannot use up the server: one address gets a few at a
/// time, the next ones are turned away, and everyone can join again once they are gone.
#[test]
fn connections_that_never_log_in_are_bounded() {
    if !have_ssh() {
        return;
    }
    let (_d, server) = start(&[]);
    let idle: Vec<std::net::TcpStream> = (0..20)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    server.wait_line("too many are waiting");
    drop(idle);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (code, out, err) = server.run("J1", CODE, &[], "q\n");
        if code == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{out}\n{err}");
        std::thread::sleep(Duration::from_millis(200));
    }
}
