//! Benchmark: `redflag check DIR` (the whole process, as an author runs it) on packs shaped
//! like real branching dialogue, at 100, 300 and 1,000 scenarios. Run with
//! `cargo bench --bench check_scale` (Linux: peak memory from the child's resource usage).
//! Optional arguments: the sizes, e.g. `cargo bench --bench check_scale -- 100 300`, and
//! `--keep DIR` to write the packs into DIR (`DIR/pack-100`, …) and leave them there, to
//! run `redflag check` on them by hand.
//!
//! Each generated scenario has about 250 texts of 40–120 characters (170 messages, and the
//! answers of a choice after every sixth message, whose options jump forward to any later node), state flags set by options and
//! asked for by messages (`requires`/`unless`), three endings, and text in four languages
//! (en, de, uk, vi): about 20 MB of text per language at 1,000 scenarios.
//!
//! Targets (from the packs issue): 1,000 scenarios in under 1.0 s, peak memory under 48 MB,
//! and linear growth (10x the scenarios in at most 11x the time). The figures are printed
//! as they are, met or not.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

const MESSAGES: usize = 170;
const LANGS: [&str; 4] = ["en", "de", "uk", "vi"];
const FLAGS: [&str; 6] = [
    "off-platform",
    "remote-access",
    "account-rental",
    "easy-money",
    "secrecy",
    "identity-docs",
];
const WORDS: [&str; 24] = [
    "project", "client", "account", "payment", "contract", "profile", "meeting", "invoice",
    "deadline", "team", "platform", "details", "review", "transfer", "access", "laptop",
    "schedule", "offer", "budget", "message", "question", "weekend", "rate", "company",
];

/// A small deterministic generator (the benchmark must not depend on the `rand` version).
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// A sentence of 40–120 characters.
    fn sentence(&mut self, lang: &str) -> String {
        let target = 40 + self.below(81);
        let mut s = format!("[{lang}]");
        while s.chars().count() < target {
            s.push(' ');
            s.push_str(WORDS[self.below(WORDS.len())]);
        }
        s
    }
}

/// One scenario: its RON and its message ids.
fn scenario(n: usize, g: &mut Gen) -> (String, Vec<String>) {
    let id = format!("real-{n:04}");
    let mut ron = format!(
        "Scenario(id: \"{id}\", perspective: freelancer, vars: {{ \"amount\": Amount(min: 10, max: 90, step: 10) }},\n  cast: [\"x\"], channels: [\"upwork\", \"telegram\"],\n  nodes: [\n"
    );
    let mut ids = vec![
        format!("{id}-title"),
        format!("{id}-summary"),
        format!("{id}-cast-x"),
    ];
    // The body: messages, with a choice after every sixth; node names in order.
    let mut names: Vec<String> = Vec::new();
    let mut kinds: Vec<bool> = Vec::new(); // true: choice
    for i in 0..MESSAGES {
        names.push(format!("m{i}"));
        kinds.push(false);
        if i % 6 == 5 {
            names.push(format!("c{i}"));
            kinds.push(true);
        }
    }
    let endings = ["good", "bad", "reported"];
    let total = names.len();
    for (k, name) in names.iter().enumerate() {
        if kinds[k] {
            let flag = FLAGS[g.below(FLAGS.len())];
            // Forward to any later node (or an ending).
            let mut target = || {
                let j = k + 1 + g.below(total - k + endings.len() - 1);
                if j < total {
                    names[j].clone()
                } else {
                    endings[j - total].to_string()
                }
            };
            // The first answer goes on to the next node, so every node can be reached.
            let t1 = names
                .get(k + 1)
                .cloned()
                .unwrap_or_else(|| endings[0].to_string());
            let (t2, t3) = (target(), target());
            let state = format!("s{}", k % 5);
            let _ = writeln!(
                ron,
                "    Choice(id: \"{name}\", options: [\n      (id: \"a\", goto: \"{t1}\", assess: {{ \"{flag}\": spotted }}, sets: [\"{state}\"]),\n      (id: \"b\", goto: \"{t2}\", assess: {{ \"{flag}\": missed }}),\n      (id: \"c\", goto: \"{t3}\", assess: {{ \"{flag}\": missed }}, unless: [\"{state}\"]),\n    ]),"
            );
            for o in ["a", "b", "c"] {
                ids.push(format!("{id}-{name}-{o}"));
            }
        } else {
            let cond = match g.below(10) {
                0 => format!(", requires: [\"s{}\"]", g.below(5)),
                1 => format!(", unless: [\"s{}\"]", g.below(5)),
                _ => String::new(),
            };
            let _ = writeln!(ron, "    Message(id: \"{name}\", from: \"x\"{cond}),");
            ids.push(format!("{id}-{name}"));
        }
    }
    ron.push_str("    Ending(id: \"good\", outcome: walked_away),\n    Ending(id: \"bad\", outcome: compromised),\n    Ending(id: \"reported\", outcome: reported),\n  ],\n)\n");
    for e in endings {
        ids.push(format!("{id}-{e}"));
    }
    (ron, ids)
}

/// Writes a pack of `count` scenarios; returns the bytes of text per language.
fn generate(dir: &Path, count: usize) -> usize {
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    for lang in LANGS {
        std::fs::create_dir_all(dir.join("locales").join(lang)).unwrap();
    }
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(
        dir.join("data/pack.ron"),
        "Pack(name: \"Scale\", languages: [\"en\", \"de\", \"uk\", \"vi\"])\n",
    )
    .unwrap();
    let mut g = Gen(42);
    let mut bytes = 0;
    for n in 0..count {
        let (ron, ids) = scenario(n, &mut g);
        std::fs::write(dir.join(format!("scenarios/real-{n:04}.ron")), ron).unwrap();
        // A message uses the scenario's variable in every language or in none.
        let with_var: Vec<bool> = ids.iter().map(|_| g.below(8) == 0).collect();
        for lang in LANGS {
            let mut ftl = String::new();
            for (m, var) in ids.iter().zip(&with_var) {
                let text = g.sentence(lang);
                let text = if *var { text + " { $amount }" } else { text };
                let _ = writeln!(ftl, "{m} = {text}");
            }
            if lang == "en" {
                bytes += ftl.len();
            }
            std::fs::write(dir.join(format!("locales/{lang}/real-{n:04}.ftl")), ftl).unwrap();
        }
    }
    bytes
}

/// Runs `redflag check DIR`: wall time, peak resident memory (kB, Linux), exit code.
fn run_check(dir: &Path) -> (Duration, Option<u64>, i32) {
    let t = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["check"])
        .arg(dir)
        .env_remove("LANG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("redflag starts");
    let (code, peak) = wait_with_peak(&mut child);
    (t.elapsed(), peak, code)
}

#[cfg(target_os = "linux")]
fn wait_with_peak(child: &mut std::process::Child) -> (i32, Option<u64>) {
    let mut status = 0;
    // SAFETY: wait4 fills `status` and `usage` for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if r != pid {
        return (-1, None);
    }
    (libc::WEXITSTATUS(status), Some(usage.ru_maxrss as u64))
}

#[cfg(not(target_os = "linux"))]
fn wait_with_peak(child: &mut std::process::Child) -> (i32, Option<u64>) {
    let code = child.wait().ok().and_then(|s| s.code()).unwrap_or(-1);
    (code, None)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let keep: Option<std::path::PathBuf> = args
        .iter()
        .position(|a| a == "--keep")
        .and_then(|i| args.get(i + 1))
        .map(Into::into);
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![100, 300, 1000]
    } else {
        sizes
    };
    let mut times: Vec<(usize, f64)> = Vec::new();
    for &n in &sizes {
        let dir = match &keep {
            Some(k) => k.join(format!("pack-{n}")),
            None => {
                std::env::temp_dir().join(format!("redflag-bench-scale-{}-{n}", std::process::id()))
            }
        };
        let _ = std::fs::remove_dir_all(&dir);
        let bytes = generate(&dir, n);
        // The best of three: the first run also warms the file cache.
        let mut best: Option<(Duration, Option<u64>, i32)> = None;
        for _ in 0..3 {
            let r = run_check(&dir);
            if best.as_ref().is_none_or(|b| r.0 < b.0) {
                best = Some(r);
            }
        }
        let (t, peak, code) = best.unwrap();
        println!(
            "{n} scenarios ({:.1} MB of text per language): {:.2} s, peak {} (exit {code})",
            bytes as f64 / 1e6,
            t.as_secs_f64(),
            peak.map(|k| format!("{:.0} MB", k as f64 / 1024.0))
                .unwrap_or_else(|| "n/a".into())
        );
        times.push((n, t.as_secs_f64()));
        if keep.is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    if let (Some(&(n0, t0)), Some(&(n1, t1))) = (times.first(), times.last())
        && n1 > n0
    {
        println!(
            "growth: {:.1}x the scenarios took {:.1}x the time (target: linear, at most 1.1x the ratio of scenarios)",
            n1 as f64 / n0 as f64,
            t1 / t0
        );
    }
    println!("targets: 1,000 scenarios under 1.0 s and under 48 MB");
}
