//! The game teaches discernment, not surface cues: the built-in content passes the cue check
//! with margin, every scenario judges requests both ways, the debrief explains honest
//! offers without scam advice, and the before/after check is a matched measure.

mod common;

use std::collections::BTreeMap;

use redflag::check::cues::{self, Limit};
use redflag::engine::{Game, Status};
use redflag::library::Library;
use redflag::present::{Rerun, Words, debrief_text};
use redflag::quiz::{self, Form};
use redflag::scenario::model::{Node, Outcome};

fn builtin() -> Library {
    Library::load(&[])
}

#[test]
fn the_built_in_content_passes_the_cue_check_with_margin() {
    let lib = builtin();
    let sets = cues::measure(&lib);
    assert_eq!(sets.len(), 1, "only the built-in set");
    let set = &sets[0];
    let mut failing = Vec::new();
    for f in &set.figures {
        let v = f
            .value
            .unwrap_or_else(|| panic!("{} cannot be measured", f.name));
        // Margin: a tenth of the allowed range inside every limit.
        let ok = match f.limit {
            Limit::AtMost(t) => v <= t * 0.9,
            Limit::AtLeast(t) => v >= t,
            Limit::Between(lo, hi) => v >= lo * 1.05 && v <= hi * 0.95,
        };
        if !ok {
            failing.push(format!(
                "{} = {v:.3} ({:?}; worst: {:?})",
                f.name, f.limit, f.worst
            ));
        }
    }
    assert!(failing.is_empty(), "{failing:#?}");
    for s in &set.scenarios {
        assert!(
            !s.scare_quotes,
            "{}: quotation marks in the title or summary",
            s.id
        );
    }
    // And check says nothing about cues.
    let diags = redflag::check::check_library(&lib);
    let cue: Vec<String> = diags
        .iter()
        .filter(|d| ("W080".."W090").contains(&d.code))
        .map(|d| d.to_string())
        .collect();
    assert!(cue.is_empty(), "{cue:#?}");
}

#[test]
fn every_scenario_judges_requests_both_ways() {
    let lib = builtin();
    let set = &cues::measure(&lib)[0];
    for s in &set.scenarios {
        assert!(
            s.harmless > 0,
            "{}: no request scored trusted or false_alarm",
            s.id
        );
        if s.legitimate {
            assert!(
                s.flagged > 0,
                "{}: an honest offer with nothing to decline",
                s.id
            );
        }
    }
    // At least 40 % honest offers on each side.
    for hiring in [false, true] {
        let side: Vec<_> = set
            .scenarios
            .iter()
            .filter(|s| s.hiring == hiring)
            .collect();
        let honest = side.iter().filter(|s| s.legitimate).count();
        assert!(
            honest * 10 >= side.len() * 4,
            "hiring={hiring}: {honest} of {} honest",
            side.len()
        );
    }
}

/// Plays a scenario, at each choice taking the option `pick` chooses among the option keys
/// of the scenario's choice node (by the engine's order), up to the end.
fn play(lib: &Library, id: &str, seed: u64, pick: impl Fn(&Node, &[usize]) -> usize) -> Game {
    let scn = lib.find(id).expect("scenario").scenario().clone();
    let (mut g, _) = Game::start(scn.clone(), seed).expect("starts");
    for _ in 0..100 {
        let Status::Choosing { node, options } = g.status().clone() else {
            return g;
        };
        let n = scn.nodes.iter().find(|n| n.id() == node).expect("node");
        let keys: Vec<usize> = options.iter().map(|o| o.key).collect();
        g.choose(pick(n, &keys)).expect("valid");
    }
    panic!("{id} did not end");
}

/// The option key at a choice whose `goto` is an ending with a safe outcome, if any.
fn safe_exit(scn_nodes: &[Node], n: &Node, keys: &[usize]) -> Option<usize> {
    let Node::Choice { options, .. } = n else {
        return None;
    };
    keys.iter().copied().find(|&k| {
        scn_nodes.iter().any(|m| {
            matches!(m, Node::Ending { id, outcome } if *id == options[k].goto
                && matches!(outcome, Outcome::WalkedAway | Outcome::Reported))
        })
    })
}

#[test]
fn an_honest_offer_is_explained_without_scam_advice_or_reporting() {
    let lib = builtin();
    let (loc, _) = lib.catalog.localizer("en");
    let honest: Vec<String> = lib
        .scenarios
        .iter()
        .filter(|s| s.head.legitimate)
        .map(|s| s.head.id.clone())
        .collect();
    assert!(!honest.is_empty());
    let mut explained = 0;
    for id in &honest {
        for seed in 0..4 {
            // The first answer each time: some trust, some refuse.
            let g = play(&lib, id, seed, |_, keys| keys[0]);
            let d = g.debrief().expect("ended");
            let words = Words::for_game(&loc, &g);
            let t = debrief_text(&loc, &words, &d, Rerun::Flag);
            assert!(
                t.report.is_none(),
                "{id}: an honest offer shows where to report"
            );
            explained += t.fine.len();
            for f in &t.fine {
                assert!(
                    f.instead.is_empty() && f.sources.is_empty(),
                    "{id}: {}",
                    f.id
                );
                assert!(
                    !f.why.contains("[text missing]") && !f.why.is_empty(),
                    "{id}: {}",
                    f.id
                );
                // Not the flag's scam advice ("what to do instead").
                let advice = loc.text(&format!("flag-{}-instead", f.id));
                assert!(!f.why.contains(&advice), "{id}: {}", f.id);
            }
        }
    }
    // The loop above judged some "fine" explanations, not none.
    assert!(explained > 0);
}

#[test]
fn a_safe_early_exit_shows_what_was_coming_next() {
    let lib = builtin();
    let (loc, _) = lib.catalog.localizer("en");
    let mut previews = 0;
    for s in lib.scenarios.iter().filter(|s| !s.head.legitimate) {
        let nodes = s.scenario().nodes.clone();
        let g = play(&lib, &s.head.id, 1, |n, keys| {
            safe_exit(&nodes, n, keys).unwrap_or_else(|| {
                // No exit here: take an answer that spots or trusts, to go on safely.
                let Node::Choice { options, .. } = n else {
                    return keys[0];
                };
                keys.iter()
                    .copied()
                    .find(|&k| options[k].assess.values().all(|a| a.is_correct()))
                    .unwrap_or(keys[0])
            })
        });
        let d = g.debrief().expect("ended");
        if !matches!(d.outcome, Outcome::WalkedAway | Outcome::Reported) {
            continue;
        }
        let t = debrief_text(&loc, &Words::for_game(&loc, &g), &d, Rerun::Flag);
        assert!(
            t.report.is_some(),
            "{}: a scam shows where to report",
            s.head.id
        );
        if let Some(a) = &t.ahead {
            previews += 1;
            assert_eq!(a.flags.len(), d.ahead.len());
            assert!(!a.flags.iter().any(|f| f.contains("[text missing]")));
        }
    }
    assert!(
        previews >= 3,
        "only {previews} scams preview what was coming"
    );
}

#[test]
fn each_flag_quotes_the_line_it_appeared_in_once() {
    let lib = builtin();
    let (loc, _) = lib.catalog.localizer("en");
    for s in &lib.scenarios {
        let g = play(&lib, &s.head.id, 3, |_, keys| keys[keys.len() - 1]);
        let d = g.debrief().expect("ended");
        let words = Words::for_game(&loc, &g);
        let t = debrief_text(&loc, &words, &d, Rerun::Flag);
        let mut seen: BTreeMap<(&str, bool), usize> = BTreeMap::new();
        for (list, harmless) in [(&t.flags, false), (&t.fine, true)] {
            for f in list {
                *seen.entry((f.id.as_str(), harmless)).or_default() += 1;
                let q = f
                    .quote
                    .as_deref()
                    .unwrap_or_else(|| panic!("{}: {} unquoted", s.head.id, f.id));
                assert!(q.starts_with("Here: “"), "{q}");
                // The quote is the start of a message the player saw.
                let shown = q.trim_start_matches("Here: “").trim_end_matches('”');
                let shown = shown.trim_end_matches('…');
                let any = g.assessments().iter().any(|a| {
                    a.quote.as_deref().is_some_and(|id| {
                        words
                            .scenario_text(id)
                            .replace('\n', " ")
                            .starts_with(shown)
                    })
                });
                assert!(any, "{}: {q}", s.head.id);
            }
        }
        assert!(seen.values().all(|&n| n == 1), "{}: {seen:?}", s.head.id);
    }
}

#[test]
fn the_check_has_two_matched_parallel_forms_and_a_larger_bank() {
    let lib = builtin();
    let (all, diags) = quiz::items(&lib.files);
    assert!(diags.is_empty(), "{diags:?}");
    let of = |f: Form| all.iter().filter(|i| i.form == f).collect::<Vec<_>>();
    let (a, b, bank) = (of(Form::A), of(Form::B), of(Form::Bank));
    assert!(
        a.len() >= 20 && b.len() == a.len(),
        "a {} b {}",
        a.len(),
        b.len()
    );
    assert!(
        bank.len() > a.len(),
        "the booster bank is larger than a form"
    );
    // Pairs: one scam and one honest twin, same form and channel.
    let mut pairs: BTreeMap<&str, Vec<&quiz::Item>> = BTreeMap::new();
    for i in &all {
        pairs
            .entry(
                i.pair
                    .as_deref()
                    .unwrap_or_else(|| panic!("{} has no pair", i.id)),
            )
            .or_default()
            .push(i);
    }
    for (p, items) in &pairs {
        assert_eq!(items.len(), 2, "{p}");
        assert_ne!(items[0].scam, items[1].scam, "{p}");
        assert_eq!(
            (items[0].form, &items[0].channel),
            (items[1].form, &items[1].channel),
            "{p}"
        );
    }
    // Matched: the same channel kinds and the same number of hiring-side pairs.
    let kind = |c: &str| {
        lib.channel(c)
            .map(|c| format!("{:?}", c.kind))
            .unwrap_or_default()
    };
    let hiring: Vec<String> = lib
        .flags()
        .iter()
        .filter(|f| format!("{:?}", f.side).to_lowercase().contains("hiring"))
        .map(|f| f.id.clone())
        .collect();
    let profile = |form: &[&quiz::Item]| {
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        let mut hiring_items = 0;
        for i in form {
            *kinds.entry(kind(&i.channel)).or_default() += 1;
            hiring_items += usize::from(i.flags.iter().any(|f| hiring.contains(f)));
        }
        (kinds, hiring_items)
    };
    assert_eq!(profile(&a), profile(&b));
    let (kinds, hiring_items) = profile(&a);
    assert!(
        kinds.len() >= 3,
        "platforms, messengers and e-mail: {kinds:?}"
    );
    assert!(hiring_items >= 4, "hiring-side pairs in each form");
    // The channel does not give the answer: honest items on messengers, scams on platforms.
    for form in [&a, &b] {
        assert!(
            form.iter()
                .any(|i| !i.scam && kind(&i.channel) == "Messenger")
        );
        assert!(
            form.iter()
                .any(|i| i.scam && kind(&i.channel) == "Platform")
        );
    }
    // A round before and after asks different forms, counterbalanced by participant code.
    use redflag::quiz::Stage;
    assert_eq!(quiz::form_for(Stage::Before, None), Form::A);
    assert_eq!(quiz::form_for(Stage::After, None), Form::B);
    let codes = ["A1", "A2", "B7", "group-3", "x", "y", "z9", "q"];
    let b_first = codes
        .iter()
        .filter(|c| quiz::form_for(Stage::Before, Some(c)) == Form::B)
        .count();
    assert!(
        b_first > 0 && b_first < codes.len(),
        "counterbalanced: {b_first}"
    );
    for c in codes {
        assert_ne!(
            quiz::form_for(Stage::Before, Some(c)),
            quiz::form_for(Stage::After, Some(c))
        );
    }
    let (form, round) = quiz::check_round(&all, Stage::Before, None, 7);
    assert_eq!(form, Form::A);
    assert_eq!(round.len(), a.len());
    assert!(round.iter().all(|i| i.form == Form::A));
}

/// A pack whose answers leak through length and style, as an NGO might first write it.
const LEAKY_RON: &str = r#"Scenario(
    id: "leaky", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c1", options: [
            (id: "no", goto: "left", assess: { "remote-access": spotted }),
            (id: "yes", goto: "lost", assess: { "remote-access": missed }),
        ]),
        Ending(id: "lost", outcome: compromised),
        Ending(id: "left", outcome: walked_away),
    ],
)"#;
const LEAKY_FTL: &str = "leaky-title = The client who pays “too well”\n\
leaky-summary = A test.\n\
leaky-cast-x = X\n\
leaky-hi = pls install anydesk 😀\n\
leaky-c1-no = No. Nobody gets control of my computer, and I will report this to the platform today.\n\
leaky-c1-yes = ok\n\
leaky-lost = Lost.\n\
leaky-left = You left.\n";

#[test]
fn check_warns_an_author_about_cues_in_a_pack_and_json_carries_every_figure() {
    let dir = common::temp_dir("cues");
    common::write(&dir.join("scenarios/leaky.ron"), LEAKY_RON);
    common::write(&dir.join("locales/en/leaky.ftl"), LEAKY_FTL);
    let d = dir.to_str().unwrap();
    let r = common::redflag(&["check", d], "");
    assert_eq!(r.code, 0, "cue findings are warnings: {}", r.stdout);
    for code in ["W080", "W081", "W086", "W088"] {
        assert!(
            r.stdout.contains(&format!("[{code}]")),
            "{code}: {}",
            r.stdout
        );
    }
    // The scare quotes are pointed out where the title is written.
    assert!(
        r.stdout.contains("locales/en/leaky.ftl:1:1: warning[W086]"),
        "{}",
        r.stdout
    );
    let r = common::redflag(&["check", d, "--format", "json"], "");
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let sets = doc["cues"]["sets"].as_array().expect("cues.sets");
    let pack = sets
        .iter()
        .find(|s| s["set"] != "built-in")
        .expect("the pack's own set");
    let lr = &pack["figures"]["longest_option_right"];
    assert_eq!(lr["value"], 1.0);
    assert_eq!(lr["threshold"]["at_most"], 0.4);
    assert_eq!(lr["passes"], false);
    // The built-in set is there too, every figure with its threshold, passing.
    let builtin = sets
        .iter()
        .find(|s| s["set"] == "built-in")
        .expect("built-in");
    let figures = builtin["figures"].as_object().unwrap();
    assert!(figures.len() >= 9, "{figures:?}");
    for (name, f) in figures {
        assert!(f["threshold"].is_object(), "{name}");
        assert_eq!(f["passes"], true, "{name}: {f}");
    }
}

#[test]
fn no_id_gives_the_answer_away_and_old_ids_still_count() {
    let lib = builtin();
    for s in &lib.scenarios {
        for word in ["legit", "honest", "scam", "fake"] {
            assert!(!s.head.id.contains(word), "{} names its answer", s.head.id);
        }
    }
    for (old, new) in [
        ("legit-time-tracker", "dispatch-dashboard"),
        ("legit-open-source-bounty", "open-source-bounty"),
        ("legit-email-after-contract", "accessibility-audit"),
    ] {
        assert_eq!(lib.find(old).map(|s| s.head.id.as_str()), Some(new));
        // A run saved under the old id counts for the scenario under its new one.
        let record = redflag::results::Record {
            kind: "play".into(),
            scenario: Some(old.into()),
            points: Some(3),
            max: Some(5),
            ..Default::default()
        };
        let s = redflag::results::summary(&lib, &[record]);
        assert_eq!(s.scenarios.len(), 1);
        assert_eq!(s.scenarios[0].scenario, new);
    }
}

#[test]
fn a_compromised_ending_says_where_to_report_once() {
    use redflag::content::{ContentFile, Kind, Origin, builtin_files};
    let pack = Origin::Pack {
        name: "p".into(),
        dir: "p".into(),
    };
    let mut files = builtin_files();
    files.push(ContentFile {
        origin: pack.clone(),
        kind: Kind::Scenario,
        rel: "scenarios/lost.ron".into(),
        display: "p/scenarios/lost.ron".into(),
        text: r#"Scenario(id: "lost", perspective: freelancer, cast: ["x"], channels: ["upwork"],
            nodes: [
                Message(id: "hi", from: "x"),
                Choice(id: "c", options: [
                    (id: "a", goto: "end", assess: { "remote-access": missed }),
                    (id: "b", goto: "end", assess: { "remote-access": missed }),
                ]),
                Ending(id: "end", outcome: compromised),
            ])"#
        .into(),
    });
    files.push(ContentFile {
        origin: pack,
        kind: Kind::Locale {
            lang: "en".into(),
            name: "lost".into(),
        },
        rel: "locales/en/lost.ftl".into(),
        display: "p/locales/en/lost.ftl".into(),
        text: "lost-title = L\nlost-summary = S\nlost-cast-x = X\nlost-hi = Hi\nlost-c-a = A\nlost-c-b = B\nlost-end = Lost.\n"
            .into(),
    });
    let lib = Library::from_files(files, Vec::new());
    let (loc, _) = lib.catalog.localizer("en");
    let mut out = Vec::new();
    let s = lib.find("lost").expect("loads");
    redflag::plain::play(&loc, s, 1, &mut std::io::Cursor::new("1\n"), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let heading = loc.text("report-heading");
    assert_eq!(out.matches(heading.as_str()).count(), 1, "{out}");
    // ... and it comes after the steps of "Already involved?".
    let involved = out
        .find(&loc.text("involved-title"))
        .expect("the steps are shown");
    assert!(involved < out.find(heading.as_str()).expect("shown once"));
}
