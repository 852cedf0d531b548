//! The layers of the code, checked on its source: no two modules use each other (directly
//! or around a circle), and the parts that know nothing of terminals, networks or the
//! command line (what a web build shares with the binary) name none of them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The modules every front end shares: content, scenarios, words, the game and its words.
const CORE: [&str; 9] = [
    "diag", "sanitize", "scenario", "content", "i18n", "engine", "quiz", "library", "present",
];

/// What the core must not name: the front ends and tools above it, and the crates of the
/// terminal, the network and the command line (clap). (Reading a pack from disk, `datafile`, is
/// plain `std` and compiles for every target; a browser gives its files another way.)
const ABOVE: [&str; 7] = [
    "crate::tui",
    "crate::cli",
    "crate::serve",
    "crate::check",
    "crate::translate",
    "crate::plain",
    "crate::results",
];
const SHELL_CRATES: [&str; 6] = [
    "crossterm::",
    "tokio::",
    "russh::",
    "signal_hook::",
    "libc::",
    "clap::",
];

/// Each top-level module's source without its tests: (module, file, text), from the core
/// crate and from the terminal program.
fn sources() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for base in [root.join("crates/core/src"), root.join("src")] {
        let mut stack = vec![base.clone()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                if p.extension().is_none_or(|x| x != "rs") {
                    continue;
                }
                let rel = p
                    .strip_prefix(&base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                let module = rel
                    .split('/')
                    .next()
                    .unwrap()
                    .trim_end_matches(".rs")
                    .to_string();
                if module == "lib" || module == "main" {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                // Tests may use anything: only the code before them counts.
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                out.push((
                    module,
                    p.strip_prefix(root).unwrap().display().to_string(),
                    code,
                ));
            }
        }
    }
    out
}

fn uses(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let name: String = code[i + 7..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        out.insert(name);
    }
    out
}

#[test]
fn no_two_modules_use_each_other_even_around_a_circle() {
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, _, code) in sources() {
        let d = deps.entry(module.clone()).or_default();
        d.extend(uses(&code).into_iter().filter(|u| *u != module));
    }
    // A module that reaches itself through the others is in a circle.
    for start in deps.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<(String, Vec<String>)> = deps[start]
            .iter()
            .map(|d| (d.clone(), vec![start.clone(), d.clone()]))
            .collect();
        while let Some((m, path)) = todo.pop() {
            assert!(&m != start, "an import circle: {}", path.join(" -> "));
            if !seen.insert(m.clone()) {
                continue;
            }
            for d in deps.get(&m).into_iter().flatten() {
                let mut p = path.clone();
                p.push(d.clone());
                todo.push((d.clone(), p));
            }
        }
    }
    assert!(deps.len() > 10, "the source was read: {:?}", deps.keys());
}

#[test]
fn the_core_names_no_terminal_network_or_command_line() {
    let mut found = Vec::new();
    for (module, file, code) in sources() {
        if !CORE.contains(&module.as_str()) {
            continue;
        }
        for bad in ABOVE.iter().chain(SHELL_CRATES.iter()) {
            if code.contains(bad) {
                found.push(format!("{file} uses {bad}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
