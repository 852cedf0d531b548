//! The author's tools: `new`, `graph`, playtests in `check`, and `play --watch`.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{redflag, temp_dir, write};

#[test]
fn new_scaffolds_a_scenario_that_passes_check_and_plays() {
    let dir = temp_dir("new");
    let d = dir.to_str().unwrap();
    let r = redflag(&["new", "my-story", "--out", d], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ron = std::fs::read_to_string(dir.join("scenarios/my-story.ron")).unwrap();
    assert!(ron.contains("id: \"my-story\""));
    assert!(
        ron.contains("// "),
        "the scaffold explains itself in comments"
    );
    let ftl = std::fs::read_to_string(dir.join("locales/en/my-story.ftl")).unwrap();
    assert!(
        ftl.contains("my-story-hello = ") && ftl.contains("{ $rate }"),
        "{ftl}"
    );

    let check = redflag(&["check", d], "");
    assert_eq!(check.code, 0, "{}", check.stdout);
    // An English-only pack hears once per other language that it plays in English there
    // (W068), and nothing else.
    assert!(
        check.stdout.contains("0 errors, 3 warnings"),
        "{}",
        check.stdout
    );
    assert_eq!(check.stdout.matches("warning[W068]").count(), 3);
    let play = redflag(
        &["--scenarios", d, "play", "my-story", "--seed", "2"],
        &"1\n".repeat(5),
    );
    assert_eq!(play.code, 0);
    assert!(play.stdout.contains("Score: "), "{}", play.stdout);

    // It never overwrites, and refuses ids that cannot be ids.
    assert_eq!(redflag(&["new", "my-story", "--out", d], "").code, 2);
    assert_eq!(redflag(&["new", "My Story", "--out", d], "").code, 2);

    // In another language the comments are the author's, and the words in locales/en
    // stay English, the source every translation starts from.
    let r = redflag(&["--lang", "de", "new", "her-story", "--out", d], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let de = std::fs::read_to_string(dir.join("locales/en/her-story.ftl")).unwrap();
    let en_story = |text: &str, id: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.replace(id, "ID"))
            .collect()
    };
    assert_eq!(en_story(&de, "her-story"), en_story(&ftl, "my-story"));
    assert_ne!(
        de.lines().find(|l| l.starts_with('#')),
        ftl.lines().find(|l| l.starts_with('#')),
        "the comment is in German"
    );
}

#[test]
fn graph_draws_dot_and_mermaid() {
    let dot = redflag(&["graph", "subcontract-anydesk"], "");
    assert_eq!(dot.code, 0);
    assert!(dot.stdout.starts_with("digraph \"subcontract-anydesk\" {"));
    assert!(
        dot.stdout.contains("[off-platform: spotted]"),
        "{}",
        dot.stdout
    );
    assert!(dot.stdout.contains("END: compromised"));
    let mm = redflag(&["graph", "subcontract-anydesk", "--format", "mermaid"], "");
    assert!(mm.stdout.starts_with("flowchart TD"));
    // A path works too.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/agency-portfolio-call.ron"
    );
    let p = redflag(&["graph", path], "");
    assert_eq!(p.code, 0);
    assert!(p.stdout.contains("missed_opportunity") || p.stdout.contains("missed-opportunity"));
    assert_eq!(redflag(&["graph", "no-such-scenario"], "").code, 2);
}

#[test]
fn walks_report_coverage_for_every_scenario() {
    let r = redflag(&["check", "--walks", "3", "--seed", "9"], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    let lines: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains(": coverage: "))
        .collect();
    let list = redflag(&["list"], "");
    assert_eq!(lines.len(), list.stdout.lines().count());
    assert!(lines.iter().all(|l| l.ends_with(" nodes reached")));
    let json = redflag(&["check", "--walks", "2", "--format", "json"], "");
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let cov = doc["coverage"].as_array().unwrap();
    assert!(!cov.is_empty());
    assert!(
        cov.iter()
            .all(|c| c["reached"].as_u64() <= c["total"].as_u64())
    );
}

const TRAP: &str = r#"Scenario(id: "trap", perspective: freelancer, cast: ["x"], channels: ["upwork"], nodes: [
    Message(id: "hi", from: "x"),
    Choice(id: "c1", options: [
        (id: "a", goto: "loop", sets: ["in"], assess: { "secrecy": missed }),
        (id: "b", goto: "end", assess: { "secrecy": spotted }),
    ]),
    Choice(id: "loop", options: [
        (id: "again", goto: "loop", assess: { "secrecy": missed }),
        (id: "out", goto: "end", unless: ["in"], assess: { "secrecy": spotted }),
    ]),
    Ending(id: "end", outcome: safe),
])"#;

const TRAP_FTL: &str = "trap-title = T\ntrap-summary = S\ntrap-cast-x = X\ntrap-hi = Hi\ntrap-c1-a = A\ntrap-c1-b = B\ntrap-loop-again = Again\ntrap-loop-out = Out\ntrap-end = End\n";

#[test]
fn exhaustive_mode_finds_a_loop_that_state_makes_inescapable() {
    let dir = temp_dir("trap");
    write(&dir.join("scenarios/trap.ron"), TRAP);
    write(&dir.join("locales/en/trap.ftl"), TRAP_FTL);
    let d = dir.to_str().unwrap();
    // The plain graph check cannot see it: `loop` has a way out, but not with `in` set.
    assert_eq!(redflag(&["check", d], "").code, 0);
    let r = redflag(&["check", "--exhaustive", d], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("error[E072]"), "{}", r.stdout);
    assert!(r.stdout.contains("hi → c1 → loop"), "{}", r.stdout);
    // `out` is never open: the only way into `loop` sets `in`.
    assert!(r.stdout.contains("options taken: 3/4"), "{}", r.stdout);
    let capped = redflag(&["check", "--exhaustive", "--max-states", "2", d], "");
    assert!(capped.stdout.contains("warning[W074]"), "{}", capped.stdout);
}

/// Reads the watcher's output on a thread, so the test can wait for a line with a timeout.
fn wait_for(rx: &mpsc::Receiver<String>, seen: &mut String, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !seen.contains(needle) {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
            }
            Err(_) => panic!("waited for {needle:?}, got:\n{seen}"),
        }
    }
}

#[test]
fn watch_restarts_on_save_and_shows_errors_without_crashing() {
    let dir = temp_dir("watch");
    let d = dir.to_str().unwrap();
    assert_eq!(redflag(&["new", "w", "--out", d], "").code, 0);
    let ron = dir.join("scenarios/w.ron");
    let ftl = dir.join("locales/en/w.ftl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["play", "--seed", "1", "--watch", ron.to_str().unwrap()])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    let mut seen = String::new();
    wait_for(&rx, &mut seen, "I liked your profile");

    // An edit to the words restarts the run with the new text.
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace("I liked your profile", "Great portfolio"),
    )
    .unwrap();
    wait_for(&rx, &mut seen, "Great portfolio");

    // A broken edit shows the problem and waits; fixing it plays again.
    let good = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(
        &ron,
        good.replace("goto: \"reported\"", "goto: \"reportd\""),
    )
    .unwrap();
    wait_for(&rx, &mut seen, "error[E030]");
    std::fs::write(&ron, &good).unwrap();
    let before = seen.matches("Great portfolio").count();
    let deadline = Instant::now() + Duration::from_secs(20);
    while seen.matches("Great portfolio").count() == before {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx.recv_timeout(left).expect("plays again after the fix");
        seen.push_str(&line);
        seen.push('\n');
    }
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
}
