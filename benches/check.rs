//! Benchmark: `check` of 1,000 generated scenarios of 50 nodes each, with 3 locales.
//! Target: under 2 s on a 2-core machine. Run with `cargo bench --bench check`.
//!
//! The generator below writes a pack into a temporary folder; the timing covers
//! `redflag::check::run` on it, as `redflag check DIR` would do.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

const SCENARIOS: usize = 1000;
const NODES: usize = 50;
const LOCALES: [&str; 3] = ["en", "de", "uk"];
const FLAGS: [&str; 5] = [
    "off-platform",
    "remote-access",
    "account-rental",
    "easy-money",
    "secrecy",
];

/// One scenario of `NODES` nodes: runs of messages, a choice every fifth node, two endings.
fn scenario(n: usize) -> (String, Vec<String>) {
    let id = format!("gen-{n:04}");
    let mut ron = format!(
        "Scenario(id: \"{id}\", perspective: freelancer, vars: {{ \"amount\": Amount(min: 10, max: 90, step: 10) }},\n  cast: [\"x\"], channels: [\"upwork\", \"telegram\"],\n  nodes: [\n"
    );
    let mut messages = vec![
        format!("{id}-title"),
        format!("{id}-summary"),
        format!("{id}-cast-x"),
    ];
    let body = NODES - 2;
    for i in 0..body {
        let node = format!("n{i}");
        if i % 5 == 4 {
            let next = if i + 1 < body {
                format!("n{}", i + 1)
            } else {
                "good".into()
            };
            let flag = FLAGS[i % FLAGS.len()];
            let _ = writeln!(
                ron,
                "    Choice(id: \"{node}\", options: [\n      (id: \"a\", goto: \"{next}\", assess: {{ \"{flag}\": spotted }}),\n      (id: \"b\", goto: \"bad\", assess: {{ \"{flag}\": missed }}),\n      (id: \"c\", goto: \"{next}\", assess: {{ \"{flag}\": spotted }}, feedback: true),\n    ]),"
            );
            for o in ["a", "b", "c"] {
                messages.push(format!("{id}-{node}-{o}"));
            }
            messages.push(format!("{id}-{node}-c-feedback"));
        } else if i == 10 {
            let _ = writeln!(ron, "    Switch(id: \"{node}\", to: \"telegram\"),");
        } else {
            let _ = writeln!(ron, "    Message(id: \"{node}\", from: \"x\", delay: 500),");
            messages.push(format!("{id}-{node}"));
        }
    }
    ron.push_str("    Ending(id: \"good\", outcome: walked_away),\n    Ending(id: \"bad\", outcome: compromised),\n  ],\n)\n");
    messages.push(format!("{id}-good"));
    messages.push(format!("{id}-bad"));
    (ron, messages)
}

fn generate(dir: &Path) {
    for n in 0..SCENARIOS {
        let (ron, messages) = scenario(n);
        let id = format!("gen-{n:04}");
        std::fs::write(dir.join(format!("scenarios/{id}.ron")), ron).unwrap();
        for lang in LOCALES {
            let mut ftl = String::new();
            for m in &messages {
                let _ = writeln!(ftl, "{m} = [{lang}] text of {m} with {{ $amount }} dollars");
            }
            std::fs::write(dir.join(format!("locales/{lang}/{id}.ftl")), ftl).unwrap();
        }
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("redflag-bench-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    for lang in LOCALES {
        std::fs::create_dir_all(dir.join("locales").join(lang)).unwrap();
    }
    let t = Instant::now();
    generate(&dir);
    println!(
        "generated {SCENARIOS} scenarios x {NODES} nodes x {} locales in {:.2?}",
        LOCALES.len(),
        t.elapsed()
    );

    let mut best = f64::MAX;
    for round in 0..3 {
        let t = Instant::now();
        let diags = redflag::check::run(std::slice::from_ref(&dir), &[]);
        let secs = t.elapsed().as_secs_f64();
        best = best.min(secs);
        let errors = diags.iter().filter(|d| d.is_error()).count();
        println!(
            "round {round}: check took {secs:.3} s ({} diagnostics, {errors} errors)",
            diags.len()
        );
        if round == 0 && errors > 0 {
            for d in diags.iter().filter(|d| d.is_error()).take(5) {
                println!("  {d}");
            }
        }
    }
    println!("best: {best:.3} s (target: under 2 s)");
    let _ = std::fs::remove_dir_all(&dir);
}
