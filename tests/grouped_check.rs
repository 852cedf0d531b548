//! `check PACK` reads a large pack a scenario at a time (see `check::stream`). These tests
//! inject the same mistakes into generated packs and compare what the grouped check finds
//! with what the whole check finds (the way `check` worked before, reading everything at
//! once): speed must cost no finding, and a pack whose parts need each other is checked
//! whole.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::{temp_dir, write};
use redflag::check::{self, Report};

const LANGS: [&str; 4] = ["en", "de", "uk", "vi"];

/// One generated scenario: its RON and its messages (id, English text).
fn scenario(id: &str, nodes: usize) -> (String, Vec<(String, String)>) {
    let mut ron = format!(
        "Scenario(id: \"{id}\", perspective: freelancer, vars: {{ \"amount\": Amount(min: 10, max: 90, step: 10) }},\n  cast: [\"x\"], channels: [\"upwork\", \"telegram\"],\n  nodes: [\n"
    );
    let mut msgs = vec![
        (format!("{id}-title"), "A title".to_string()),
        (format!("{id}-summary"), "A summary".to_string()),
        (format!("{id}-cast-x"), "Sam".to_string()),
    ];
    for i in 0..nodes {
        let cond = match i % 7 {
            3 => ", requires: [\"s1\"]",
            5 => ", unless: [\"s1\"]",
            _ => "",
        };
        let _ = writeln!(ron, "    Message(id: \"m{i}\", from: \"x\"{cond}),");
        let text = if i % 4 == 0 {
            format!("We pay {{ $amount }} for task {i}")
        } else {
            format!("Line {i} of the chat")
        };
        msgs.push((format!("{id}-m{i}"), text));
        if i % 3 == 2 {
            let next = if i + 1 < nodes {
                format!("m{}", i + 1)
            } else {
                "good".into()
            };
            let _ = writeln!(
                ron,
                "    Choice(id: \"c{i}\", options: [\n      (id: \"a\", goto: \"{next}\", assess: {{ \"remote-access\": spotted }}, sets: [\"s1\"]),\n      (id: \"b\", goto: \"bad\", assess: {{ \"remote-access\": missed }}),\n    ]),"
            );
            msgs.push((format!("{id}-c{i}-a"), "No, thanks".into()));
            msgs.push((format!("{id}-c{i}-b"), "Sure, send the link".into()));
        }
    }
    ron.push_str("    Ending(id: \"good\", outcome: walked_away),\n    Ending(id: \"bad\", outcome: compromised),\n  ],\n)\n");
    msgs.push((format!("{id}-good"), "You walked away".into()));
    msgs.push((format!("{id}-bad"), "Your account is gone".into()));
    (ron, msgs)
}

/// A pack of `count` scenarios in four languages, with a red flag and a contact of its
/// own; `edit` then changes it (the injected mistakes).
fn pack(name: &str, count: usize, edit: impl FnOnce(&Path)) -> PathBuf {
    let dir = temp_dir(name);
    write(
        &dir.join("data/pack.ron"),
        "Pack(name: \"Generated\", languages: [\"en\", \"de\", \"uk\", \"vi\"], contacts: [\"help.example.org\"])\n",
    );
    write(
        &dir.join("data/redflags.ron"),
        "[(id: \"fake-invoice\", side: freelancer)]\n",
    );
    for lang in LANGS {
        let mut flags = String::new();
        for (k, v) in [
            ("flag-fake-invoice", "Fake invoice"),
            ("flag-fake-invoice-why", "Why"),
            ("flag-fake-invoice-instead", "Ask help.example.org"),
            ("flag-fake-invoice-sources", "Sources"),
        ] {
            let _ = writeln!(flags, "{k} = [{lang}] {v}");
        }
        write(&dir.join(format!("locales/{lang}/pack-flags.ftl")), &flags);
    }
    for n in 0..count {
        let id = format!("gen-{n:02}");
        let (ron, msgs) = scenario(&id, 9 + n % 4);
        write(&dir.join(format!("scenarios/{id}.ron")), &ron);
        for lang in LANGS {
            let mut ftl = String::new();
            for (k, v) in &msgs {
                let _ = writeln!(ftl, "{k} = [{lang}] {v}");
            }
            write(&dir.join(format!("locales/{lang}/{id}.ftl")), &ftl);
        }
    }
    edit(&dir);
    dir
}

fn edit_file(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(text)).unwrap();
}

/// Checks `dir` both ways, as `check DIR` and as `check --scenarios DIR`, and says whether
/// the grouped check applied.
fn both_ways(dir: &Path) -> bool {
    let mut grouped = Vec::new();
    for (paths, packs) in [
        (vec![dir.to_path_buf()], vec![]),
        (vec![], vec![dir.to_path_buf()]),
    ] {
        let fast: Report = check::run_all(&paths, &packs, None);
        let whole: Report = check::run_whole(&paths, &packs);
        assert_eq!(
            fast.diagnostics,
            whole.diagnostics,
            "grouped and whole checks differ on {} (paths {paths:?})",
            dir.display()
        );
        assert_eq!(fast.cues, whole.cues, "cue figures differ");
        grouped.push(fast.grouped);
    }
    assert_eq!(grouped[0], grouped[1]);
    grouped[0]
}

fn codes(r: &Report) -> Vec<&'static str> {
    let mut c: Vec<&str> = r.diagnostics.iter().map(|d| d.code).collect();
    c.sort();
    c.dedup();
    c
}

#[test]
fn a_clean_pack_is_checked_a_scenario_at_a_time_with_the_same_result() {
    let dir = pack("grouped-clean", 12, |_| {});
    assert!(
        both_ways(&dir),
        "a pack whose parts stand alone is checked grouped"
    );
    let r = check::run_all(&[dir], &[], None);
    assert!(
        !r.diagnostics.iter().any(|d| d.is_error()),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn injected_mistakes_are_found_the_same_way() {
    let dir = pack("grouped-mistakes", 13, |d| {
        let loc = |lang: &str, n: usize| d.join(format!("locales/{lang}/gen-{n:02}.ftl"));
        // A Fluent syntax error (E055) and a translation with a variable English lacks
        // (E069), and one without the variable English has (W065).
        edit_file(&loc("de", 1), |t| {
            t.replace("gen-01-m1 = ", "gen-01-m1 = { ")
        });
        edit_file(&loc("de", 2), |t| {
            t.replace("gen-02-m1 = [de] Line 1", "gen-02-m1 = [de] Line { $rate }")
                .replace(
                    "gen-02-m4 = [de] We pay { $amount }",
                    "gen-02-m4 = [de] We pay",
                )
        });
        // A missing translation (W061), and one misspelt (W061 and W062 that name each
        // other).
        edit_file(&loc("uk", 3), |t| {
            t.replace("gen-03-m2 = [uk] Line 2 of the chat\n", "")
                .replace("gen-03-m5 =", "gen-03-m55 =")
        });
        // Missing English (E060), a message no longer used (W062), a duplicate (E051).
        edit_file(&loc("en", 4), |t| {
            t.replace("gen-04-m3 = [en] Line 3 of the chat\n", "")
                + "gen-04-old = [en] Not used any more\ngen-04-m1 = [en] Twice\n"
        });
        // A hidden character (W056) and an undeclared contact (W075).
        edit_file(&loc("vi", 5), |t| {
            t.replace("gen-05-m1 = [vi] Line", "gen-05-m1 = [vi] Li\u{202e}ne")
                .replace(
                    "gen-05-m2 = [vi] Line 2",
                    "gen-05-m2 = [vi] Mail evil@scam.example",
                )
        });
        // A broken scenario (E010) and one with an unknown red flag, and an unreachable node.
        edit_file(&d.join("scenarios/gen-06.ron"), |t| {
            t.replacen("nodes: [", "nodes: [[", 1)
        });
        edit_file(&d.join("scenarios/gen-07.ron"), |t| {
            t.replacen("\"remote-access\": spotted", "\"remote-acess\": spotted", 1)
        });
        edit_file(&d.join("scenarios/gen-08.ron"), |t| {
            t.replacen("goto: \"m3\"", "goto: \"m4\"", 1)
        });
        // A file that is not UTF-8 (E004), a plural without the forms Ukrainian needs (W066).
        std::fs::write(loc("de", 9), b"gen-09-title = \xff\xfe\n").unwrap();
        edit_file(&loc("uk", 10), |t| {
            t.replace(
                "gen-10-m0 = [uk] We pay { $amount } for task 0",
                "gen-10-m0 = { $amount ->\n    [one] one\n   *[other] many\n}",
            )
        });
        // A stale translation (W067): the lock holds another hash of the English.
        write(
            &d.join("locales/de/.source-hashes"),
            "gen-11-m1 0123456789abcdef\ngen-11-m2 0123456789abcdef\n",
        );
        // A reference to another message of the same scenario.
        edit_file(&loc("en", 12), |t| {
            t.replace(
                "gen-12-m1 = [en] Line 1 of the chat",
                "gen-12-m1 = { gen-12-m2 }!",
            )
        });
    });
    assert!(
        both_ways(&dir),
        "mistakes inside one scenario's files keep it grouped"
    );
    let r = check::run_all(&[dir], &[], None);
    let found = codes(&r);
    for code in [
        "E004", "E010", "E051", "E055", "E060", "E069", "W041", "W056", "W061", "W062", "W065",
        "W066", "W067", "W075",
    ] {
        assert!(found.contains(&code), "{code} was injected: {found:?}");
    }
    assert!(
        r.diagnostics.iter().any(|d| d.code == "W061"
            && d.args
                .iter()
                .any(|(k, v)| *k == "typo" && format!("{v:?}").contains("gen-03-m55"))),
        "the misspelt id is linked"
    );
}

#[test]
fn parts_that_need_each_other_are_checked_whole() {
    // A message defined in two scenarios' files.
    // (Scenarios far apart: a few neighbours are read together, and among themselves
    // they are checked as a whole check would.)
    let twice = pack("grouped-twice", 12, |d| {
        edit_file(&d.join("locales/de/gen-01.ftl"), |t| {
            t + "gen-10-m1 = [de] defined in the wrong file\n"
        });
    });
    // One scenario's text refers to another's.
    let refers = pack("grouped-refers", 12, |d| {
        edit_file(&d.join("locales/en/gen-02.ftl"), |t| {
            t.replace(
                "gen-02-m1 = [en] Line 1 of the chat",
                "gen-02-m1 = { gen-09-m1 }",
            )
        });
    });
    // A translation kept in a file named like no scenario is part of what every scenario
    // is checked on: that needs no whole check.
    let elsewhere = pack("grouped-elsewhere", 10, |d| {
        edit_file(&d.join("locales/uk/gen-04.ftl"), |t| {
            t.replace("gen-04-m2 = [uk] Line 2 of the chat\n", "")
        });
        write(
            &d.join("locales/uk/extra.ftl"),
            "gen-04-m2 = [uk] kept apart\n",
        );
    });
    // A scenario named like the file that holds the pack's red flag: that file's text is
    // then the scenario's, and the taxonomy looks for it there.
    let named_like = pack("grouped-named-like", 10, |d| {
        let (ron, _) = scenario("pack-flags", 3);
        write(&d.join("scenarios/pack-flags.ron"), &ron);
    });
    assert!(both_ways(&elsewhere));
    for dir in [twice, refers, named_like] {
        assert!(!both_ways(&dir), "{} is checked whole", dir.display());
    }
}
