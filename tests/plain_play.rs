//! Every shipped scenario played to an ending in plain mode, in every shipped locale, along
//! every path through its choices; and the same seed giving the same transcript.

mod common;

use std::io::Cursor;

use common::redflag;
use redflag::engine::{Game, Status};
use redflag::library::Library;
use redflag::plain::{self, Ended};

/// Every sequence of answers (as 1-based menu numbers) through a scenario, with one seed.
fn all_paths(lib: &Library, id: &str, seed: u64) -> Vec<Vec<usize>> {
    let scn = lib.find(id).unwrap().scenario().clone();
    let mut done = Vec::new();
    let mut stack: Vec<Vec<usize>> = vec![vec![]];
    while let Some(prefix) = stack.pop() {
        let (mut g, _) = Game::start(scn.clone(), seed).unwrap();
        for &k in &prefix {
            let Status::Choosing { options, .. } = g.status().clone() else {
                unreachable!()
            };
            g.choose(options[k - 1].key).unwrap();
        }
        match g.status() {
            Status::Ended => done.push(prefix),
            Status::Choosing { options, .. } => {
                for k in 1..=options.len() {
                    let mut p = prefix.clone();
                    p.push(k);
                    stack.push(p);
                }
            }
        }
        assert!(done.len() < 10_000, "too many paths in {id}");
    }
    done
}

fn assert_clean(out: &str, lang: &str, id: &str, missing: &str) {
    assert!(!out.contains('\u{1b}'), "escape byte in {id}/{lang}");
    assert!(
        !out.contains('\u{2068}') && !out.contains('\u{2069}'),
        "isolation marks in {id}/{lang}"
    );
    assert!(
        !out.contains("{ $") && !out.contains("{$"),
        "unfilled variable in {id}/{lang}:\n{out}"
    );
    assert!(
        !out.contains(missing),
        "missing text in {id}/{lang}:\n{out}"
    );
    // No raw message id: ids look like `<scenario>-<node>`.
    assert!(
        !out.contains(&format!("{id}-")),
        "raw message id in {id}/{lang}:\n{out}"
    );
    for raw in [
        "flag-", "outcome-", "channel-", "pool-", "debrief-", "plain-",
    ] {
        assert!(!out.contains(raw), "raw id `{raw}…` in {id}/{lang}:\n{out}");
    }
    let has_score = out.lines().any(|l| {
        l.split_whitespace().any(|w| {
            let mut parts = w.split('/');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
                if a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
        })
    });
    assert!(has_score, "no N/M score in {id}/{lang}:\n{out}");
}

/// The nodes a path through a scenario visits, to pick paths that cover every node.
fn visited(lib: &Library, id: &str, seed: u64, path: &[usize]) -> Vec<String> {
    let scn = lib.find(id).unwrap().scenario().clone();
    let (mut g, _) = Game::start(scn, seed).unwrap();
    for &k in path {
        let Status::Choosing { options, .. } = g.status().clone() else {
            break;
        };
        g.choose(options[k - 1].key).unwrap();
    }
    g.path().to_vec()
}

/// A few of `paths` that together visit every node any of them visits.
fn covering(lib: &Library, id: &str, seed: u64, paths: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for p in paths {
        let nodes = visited(lib, id, seed, p);
        if nodes.iter().any(|n| !seen.contains(n)) {
            seen.extend(nodes);
            out.push(p.clone());
        }
    }
    out
}

/// Every path of every scenario is played in English; in every other locale, a set of paths
/// that together show every node (so every message of the story is seen in every language,
/// without playing thousands of paths four times over).
#[test]
fn every_scenario_plays_to_an_ending_in_every_locale_on_every_path() {
    let lib = Library::load(&[]);
    assert!(lib.scenarios.len() >= 2);
    let langs = lib.catalog.langs();
    assert!(langs.contains(&"en".to_string()) && langs.contains(&"de".to_string()));
    let locs: Vec<_> = langs
        .iter()
        .map(|lang| {
            let (loc, diags) = lib.catalog.localizer(lang);
            assert!(diags.is_empty(), "{lang}: {diags:?}");
            assert_eq!(loc.lang(), lang);
            let missing = loc.text("missing-text");
            (lang, loc, missing)
        })
        .collect();
    let mut runs = 0;
    for s in &lib.scenarios {
        let id = s.head.id.clone();
        // Every path with one seed; other seeds vary names, amounts and random turns.
        for seed in [1, 2, 3] {
            let mut paths = all_paths(&lib, &id, seed);
            assert!(paths.len() >= 2, "{id} has a single path");
            if seed != 1 {
                paths.truncate(8);
            }
            let cover = covering(&lib, &id, seed, &paths);
            for (lang, loc, missing) in &locs {
                let (lang, missing) = (lang.as_str(), missing.as_str());
                let paths = if lang == "en" { &paths } else { &cover };
                for path in paths {
                    let input: String = path.iter().map(|k| format!("{k}\n")).collect();
                    let mut out = Vec::new();
                    let ended =
                        plain::play(loc, s, seed, &mut Cursor::new(input), &mut out).unwrap();
                    let out = String::from_utf8(out).unwrap();
                    assert_eq!(ended, Ended::Debriefed, "{id}/{lang} {path:?}:\n{out}");
                    assert_clean(&out, lang, &id, missing);
                    runs += 1;
                }
            }
        }
    }
    assert!(runs > 20);
}

#[test]
fn the_binary_plays_each_scenario_in_each_locale() {
    let lib = Library::load(&[]);
    for s in &lib.scenarios {
        for lang in lib.catalog.langs() {
            let id = s.head.id.as_str();
            let r = redflag(
                &["--plain", "--lang", &lang, "play", id, "--seed", "11"],
                &"1\n".repeat(30),
            );
            assert_eq!(r.code, 0, "{id}/{lang}: {}", r.stderr);
            assert!(r.stderr.is_empty(), "{id}/{lang} stderr: {}", r.stderr);
            let (loc, _) = lib.catalog.localizer(&lang);
            assert_clean(&r.stdout, &lang, id, &loc.text("missing-text"));
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_transcript() {
    let input = "2\n1\n3\n2\n1\n1\n";
    let a = redflag(&["play", "subcontract-anydesk", "--seed", "4242"], input);
    let b = redflag(&["play", "subcontract-anydesk", "--seed", "4242"], input);
    assert_eq!(a.code, 0);
    assert_eq!(a.stdout, b.stdout);
    // Another seed changes names, amounts or the order of answers.
    let c = redflag(&["play", "subcontract-anydesk", "--seed", "4243"], input);
    assert_ne!(a.stdout, c.stdout);
}

#[test]
fn the_same_seed_draws_the_same_positions_in_every_language() {
    // The n-th answer in English is the same answer as the n-th in German: compare the
    // endings reached by the same keystrokes.
    let lib = Library::load(&[]);
    for s in &lib.scenarios {
        let id = s.head.id.as_str();
        let input = "3\n2\n1\n".repeat(6);
        let input = input.as_str();
        let en = redflag(&["--lang", "en", "play", id, "--seed", "77"], input);
        let de = redflag(&["--lang", "de", "play", id, "--seed", "77"], input);
        let score = |out: &str| {
            out.lines()
                .flat_map(|l| l.split_whitespace())
                .find(|w| w.contains('/') && w.split('/').all(|p| p.parse::<u32>().is_ok()))
                .map(str::to_string)
        };
        assert!(score(&en.stdout).is_some());
        assert_eq!(score(&en.stdout), score(&de.stdout), "{id}");
        // The same number of chat lines and answers, whatever the words.
        let shape = |out: &str| {
            out.lines()
                .filter(|l| l.starts_with('[') || l.starts_with(|c: char| c.is_ascii_digit()))
                .count()
        };
        assert_eq!(shape(&en.stdout), shape(&de.stdout), "{id}");
    }
}

#[test]
fn plain_output_has_numbered_options_and_a_prompt() {
    let r = redflag(&["play", "subcontract-anydesk", "--seed", "1"], "");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("\n1) "));
    assert!(r.stdout.contains("\n2) "));
    assert!(r.stdout.contains("> "));
    assert!(r.stdout.contains("[Upwork] "));
}

#[test]
fn bad_input_gets_a_hint_and_the_prompt_again() {
    let r = redflag(
        &["play", "subcontract-anydesk", "--seed", "1"],
        "abc\n0\n99\nq\n",
    );
    assert_eq!(r.code, 0);
    let hints = r.stdout.matches("Please type a number from 1 to 3").count();
    assert_eq!(hints, 3, "{}", r.stdout);
    assert_eq!(r.stdout.matches("> ").count(), 4);
}

#[test]
fn q_and_end_of_input_quit_cleanly() {
    for input in ["q\n", "", "1\n"] {
        let r = redflag(&["play", "subcontract-anydesk", "--seed", "1"], input);
        assert_eq!(r.code, 0, "input {input:?}");
        assert!(r.stderr.is_empty());
    }
}

#[test]
fn without_a_scenario_the_list_is_offered() {
    let r = redflag(&["play", "--seed", "5"], &"1\n".repeat(30));
    assert_eq!(r.code, 0);
    let lib = Library::load(&[]);
    let (loc, _) = lib.catalog.localizer("en");
    let (first, _) = redflag::present::list_entry(&loc, &lib, 0).unwrap();
    assert!(
        r.stdout.contains(&format!("\n1) {first} (")),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Score: "));
    // After the debrief the list comes back, and `q` leaves.
    assert!(r.stdout.matches("Choose a scenario").count() >= 2);
    // No command at all plays too.
    let r = redflag(&[], "q\n");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("Choose a scenario"));
}

#[test]
fn plain_output_names_channel_switches() {
    let lib = Library::load(&[]);
    let s = lib.find("subcontract-anydesk").unwrap();
    let (loc, _) = lib.catalog.localizer("en");
    // Find a path that moves to Telegram.
    let path = all_paths(&lib, "subcontract-anydesk", 9)
        .into_iter()
        .find(|p| p.len() >= 3)
        .unwrap();
    let input: String = path.iter().map(|k| format!("{k}\n")).collect();
    let mut out = Vec::new();
    plain::play(&loc, s, 9, &mut Cursor::new(input), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("* The conversation moves from Upwork to Telegram."),
        "{out}"
    );
    assert!(out.contains("[Telegram] "));
}
