//! Engine tests: scoring and seeded determinism, on small scenarios written inline.

use std::sync::Arc;

use super::*;
use crate::scenario::load::parse_ron;
use crate::scenario::model::Assessment;

fn scenario(text: &str) -> Arc<Scenario> {
    Arc::new(parse_ron::<Scenario>("t.ron", text).expect("test scenario parses"))
}

const SCAM: &str = r#"Scenario(
    id: "t", perspective: freelancer, legitimate: false,
    vars: { "who": Name(pool: "p"), "amount": Amount(min: 10, max: 100, step: 10), "mood": Pick(from: ["a", "b", "c"]) },
    cast: ["x"], channels: ["upwork", "telegram"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c1", options: [
            (id: "go", goto: "tg", assess: { "off-platform": missed }),
            (id: "stay", goto: "left", assess: { "off-platform": spotted }),
            (id: "ask", goto: "tg", assess: { "off-platform": spotted }, sets: ["asked"], feedback: true),
        ]),
        Switch(id: "tg", to: "telegram"),
        Message(id: "only-if-asked", from: "x", requires: ["asked"]),
        Message(id: "ad", from: "x"),
        Choice(id: "c2", options: [
            (id: "install", goto: "lost", assess: { "remote-access": missed, "secrecy": missed }),
            (id: "refuse", goto: "left", assess: { "remote-access": spotted, "secrecy": spotted }),
            (id: "thanks", goto: "left", assess: { "remote-access": spotted }, requires: ["asked"]),
        ]),
        Ending(id: "lost", outcome: compromised),
        Ending(id: "left", outcome: walked_away),
    ],
)"#;

/// Picks the option with this id at the current choice.
fn pick(game: &mut Game, option: &str) -> Vec<Event> {
    let Status::Choosing { options, .. } = game.status().clone() else {
        panic!("not at a choice");
    };
    let opt = options
        .iter()
        .find(|o| o.text.ends_with(&format!("-{option}")))
        .unwrap_or_else(|| panic!("no option {option} in {options:?}"));
    game.choose(opt.key).expect("valid choice")
}

#[test]
fn misses_and_a_bad_ending_score_low() {
    let (mut g, events) = Game::start(scenario(SCAM), 1).unwrap();
    assert!(matches!(&events[0], Event::Channel { from: None, to } if to == "upwork"));
    pick(&mut g, "go");
    let ev = pick(&mut g, "install");
    assert!(matches!(
        ev.last(),
        Some(Event::End {
            outcome: Outcome::Compromised,
            ..
        })
    ));
    let d = g.debrief().unwrap();
    // Three assessments, all missed, plus a bad ending: 0 of 4.
    assert_eq!((d.points, d.max), (0, 4));
    assert_eq!(d.misses, 3);
    assert_eq!(d.flags.len(), 3);
    assert_eq!(d.flags[0].flag, "off-platform");
}

#[test]
fn spotting_and_walking_away_score_full() {
    let (mut g, _) = Game::start(scenario(SCAM), 2).unwrap();
    pick(&mut g, "ask");
    pick(&mut g, "refuse");
    let d = g.debrief().unwrap();
    assert_eq!((d.points, d.max), (4, 4));
    assert_eq!(d.hits, 3);
}

const REPORTING: &str = r#"Scenario(
    id: "r", perspective: freelancer, legitimate: false, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Message(id: "portfolio", from: "x"),
        Choice(id: "c0", options: [
            (id: "send", goto: "move", assess: { "identity-docs": trusted }),
            (id: "refuse", goto: "move", assess: { "identity-docs": false_alarm }),
        ]),
        Message(id: "move", from: "x"),
        Choice(id: "c1", options: [
            (id: "go", goto: "rent", assess: { "off-platform": missed }),
            (id: "leave", goto: "left", assess: { "off-platform": spotted }),
            (id: "report", goto: "reported", assess: { "off-platform": spotted }),
        ]),
        Message(id: "rent", from: "x"),
        Choice(id: "c2", options: [
            (id: "yes", goto: "lost", assess: { "account-rental": missed, "off-platform": missed }),
            (id: "no", goto: "left", assess: { "account-rental": spotted }),
        ]),
        Ending(id: "lost", outcome: compromised),
        Ending(id: "left", outcome: walked_away),
        Ending(id: "reported", outcome: reported),
    ],
)"#;

#[test]
fn reporting_scores_above_walking_away_silently() {
    let run = |first: &str, second: &str| {
        let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
        pick(&mut g, "send");
        pick(&mut g, first);
        if !second.is_empty() {
            pick(&mut g, second);
        }
        g.debrief().unwrap()
    };
    let reported = run("report", "");
    let left = run("leave", "");
    // The best ending is worth two: the maximum counts it.
    assert_eq!((reported.points, reported.max), (4, 4));
    assert_eq!((left.points, left.max), (3, 4));
    assert_eq!(ending_points(Outcome::Reported), 2);
    assert!(ending_points(Outcome::WalkedAway) > ending_points(Outcome::Compromised));
}

#[test]
fn each_mark_quotes_the_message_it_answered() {
    let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
    pick(&mut g, "refuse");
    pick(&mut g, "go");
    let quotes: Vec<(&str, Option<&str>)> = g
        .assessments()
        .iter()
        .map(|a| (a.flag.as_str(), a.quote.as_deref()))
        .collect();
    assert_eq!(
        quotes,
        vec![
            ("identity-docs", Some("r-portfolio")),
            ("off-platform", Some("r-move")),
        ]
    );
}

#[test]
fn a_flag_met_twice_shows_its_worst_mark_once() {
    let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
    pick(&mut g, "send");
    pick(&mut g, "go");
    pick(&mut g, "no");
    let d = g.debrief().unwrap();
    let off = d.flags.iter().find(|f| f.flag == "off-platform").unwrap();
    // Missed at the move, spotted later: all marks are kept for results ...
    assert_eq!(off.marks, vec![Assessment::Missed]);
    let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
    pick(&mut g, "send");
    pick(&mut g, "go");
    pick(&mut g, "yes");
    let d = g.debrief().unwrap();
    let off = d.flags.iter().find(|f| f.flag == "off-platform").unwrap();
    assert_eq!(off.marks, vec![Assessment::Missed, Assessment::Missed]);
    // ... and the debrief shows one: the worst, quoting where it happened first.
    assert_eq!(off.worst(false), Some((Assessment::Missed, Some("r-move"))));
    assert_eq!(off.worst(true), None);
    let docs = d.flags.iter().find(|f| f.flag == "identity-docs").unwrap();
    assert_eq!(
        docs.worst(true),
        Some((Assessment::Trusted, Some("r-portfolio")))
    );
    assert_eq!(docs.worst(false), None);
}

#[test]
fn a_safe_early_exit_previews_what_was_coming() {
    let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
    pick(&mut g, "send");
    // A checkpoint before the last answer plays on as if the player had stayed.
    let before = g.clone();
    pick(&mut g, "leave");
    let d = g.debrief().unwrap();
    assert_eq!(d.ahead, vec!["account-rental".to_string()]);
    let mut again = before;
    pick(&mut again, "go");
    pick(&mut again, "no");
    let d2 = again.debrief().unwrap();
    assert!(d2.flags.iter().any(|f| f.flag == "account-rental"));
    // Nothing is ahead after a bad ending, nor when every flag was met.
    assert!(d2.ahead.is_empty());
    let (mut g, _) = Game::start(scenario(REPORTING), 1).unwrap();
    pick(&mut g, "send");
    pick(&mut g, "go");
    pick(&mut g, "yes");
    assert!(g.debrief().unwrap().ahead.is_empty());
}

#[test]
fn a_mixed_run_scores_in_between() {
    let (mut g, _) = Game::start(scenario(SCAM), 3).unwrap();
    pick(&mut g, "go");
    pick(&mut g, "refuse");
    let d = g.debrief().unwrap();
    // One miss, two hits, good ending: 3 of 4.
    assert_eq!((d.points, d.max), (3, 4));
    assert_eq!(d.flags[0].marks, vec![Assessment::Missed]);
}

#[test]
fn false_alarms_cost_points_in_a_legitimate_offer() {
    let legit = r#"Scenario(id: "l", perspective: freelancer, legitimate: true, cast: ["c"], channels: ["upwork"],
        nodes: [
            Message(id: "hi", from: "c"),
            Choice(id: "c1", options: [
                (id: "yes", goto: "job", assess: { "remote-access": trusted }),
                (id: "no", goto: "gone", assess: { "remote-access": false_alarm }),
            ]),
            Ending(id: "job", outcome: hired),
            Ending(id: "gone", outcome: missed_opportunity),
        ])"#;
    let (mut g, _) = Game::start(scenario(legit), 5).unwrap();
    pick(&mut g, "no");
    let d = g.debrief().unwrap();
    assert_eq!((d.points, d.max, d.false_alarms), (0, 2, 1));
    let (mut g, _) = Game::start(scenario(legit), 5).unwrap();
    pick(&mut g, "yes");
    let d = g.debrief().unwrap();
    assert_eq!((d.points, d.max, d.trusted), (2, 2, 1));
}

#[test]
fn conditions_follow_state_flags() {
    let (mut g, _) = Game::start(scenario(SCAM), 4).unwrap();
    let ev = pick(&mut g, "ask");
    assert!(ev.iter().any(|e| matches!(e, Event::Feedback { .. })));
    assert!(
        ev.iter()
            .any(|e| matches!(e, Event::Message { text, .. } if text == "t-only-if-asked"))
    );
    let Status::Choosing { options, .. } = g.status() else {
        panic!()
    };
    assert_eq!(options.len(), 3, "the `thanks` option requires `asked`");

    let (mut g, _) = Game::start(scenario(SCAM), 4).unwrap();
    let ev = pick(&mut g, "go");
    assert!(
        !ev.iter()
            .any(|e| matches!(e, Event::Message { text, .. } if text == "t-only-if-asked"))
    );
    let Status::Choosing { options, .. } = g.status() else {
        panic!()
    };
    assert_eq!(options.len(), 2);
}

#[test]
fn the_same_seed_gives_the_same_run() {
    let scn = scenario(SCAM);
    let run = |seed| {
        let (g, ev) = Game::start(scn.clone(), seed).unwrap();
        (g.vars().clone(), g.status().clone(), ev)
    };
    assert_eq!(run(99), run(99));
    // Different seeds vary the draws: over a few seeds, more than one amount appears.
    let amounts: std::collections::BTreeSet<String> = (0..20)
        .map(|s| format!("{:?}", run(s).0["amount"]))
        .collect();
    assert!(amounts.len() > 1);
    // And the order of answers varies too.
    let orders: std::collections::BTreeSet<String> =
        (0..20).map(|s| format!("{:?}", run(s).1)).collect();
    assert!(orders.len() > 1);
}

#[test]
fn draws_are_pinned_across_versions() {
    // Seeds printed on workshop handouts must keep working: these values must never change.
    let vars = sample_vars(&scenario(SCAM).vars, 2024);
    assert_eq!(format!("{vars:?}"), PINNED_2024);
}

const PINNED_2024: &str = r#"{"amount": Number(20), "mood": Keyword("c"), "who": Pooled { pool: "p", index: 2945130497 }}"#;

#[test]
fn choosing_after_the_end_is_an_error_not_a_panic() {
    let (mut g, _) = Game::start(scenario(SCAM), 1).unwrap();
    pick(&mut g, "stay");
    assert_eq!(g.choose(0), Err(EngineError::Ended));
    let (mut g, _) = Game::start(scenario(SCAM), 1).unwrap();
    assert_eq!(g.choose(42), Err(EngineError::BadChoice));
}

#[test]
fn a_loop_without_stops_is_reported_not_hung() {
    let looping = r#"Scenario(id: "l", perspective: freelancer, cast: ["c"], channels: ["upwork"],
        nodes: [
            Message(id: "a", from: "c", next: "b"),
            Message(id: "b", from: "c", next: "a"),
            Ending(id: "e", outcome: safe),
        ])"#;
    let r = Game::start(scenario(looping), 1);
    assert!(matches!(r, Err(EngineError::Stuck(_))));
}

#[test]
fn what_was_coming_next_counts_only_what_follows_the_last_question() {
    let text = r#"Scenario(
        id: "n", perspective: freelancer, cast: ["x"], channels: ["upwork"],
        nodes: [
            Message(id: "hi", from: "x"),
            Choice(id: "c0", options: [
                (id: "main", goto: "m1", assess: { "off-platform": spotted }),
                (id: "side", goto: "c3", assess: { "off-platform": missed }),
            ]),
            Choice(id: "c3", options: [
                (id: "a", goto: "m1", assess: { "secrecy": spotted }),
                (id: "b", goto: "m1", assess: { "secrecy": missed }),
            ]),
            Message(id: "m1", from: "x"),
            Choice(id: "c1", options: [
                (id: "stay", goto: "m2", assess: { "easy-money": missed }),
                (id: "leave", goto: "left", assess: { "easy-money": spotted }),
            ]),
            Message(id: "m2", from: "x"),
            Choice(id: "c2", options: [
                (id: "yes", goto: "lost", assess: { "account-rental": missed }),
                (id: "no", goto: "left", assess: { "account-rental": spotted }),
            ]),
            Ending(id: "lost", outcome: compromised),
            Ending(id: "left", outcome: walked_away),
        ],
    )"#;
    let (mut g, _) = Game::start(scenario(text), 1).unwrap();
    pick(&mut g, "main");
    pick(&mut g, "leave");
    // The rental request was still to come; the secrecy request sat on a path the player
    // had already passed.
    assert_eq!(
        g.debrief().unwrap().ahead,
        vec!["account-rental".to_string()]
    );
}

#[test]
fn a_long_straight_story_is_not_mistaken_for_a_loop() {
    let mut nodes = String::new();
    for i in 0..20_000 {
        nodes.push_str(&format!("Message(id: \"m{i}\", from: \"x\"),\n"));
    }
    let text = format!(
        r#"Scenario(id: "long", perspective: freelancer, cast: ["x"], channels: ["upwork"],
            nodes: [{nodes} Ending(id: "end", outcome: safe)])"#
    );
    let (g, events) = Game::start(scenario(&text), 1).expect("plays to its end");
    assert_eq!(g.status(), &Status::Ended);
    assert!(events.len() > 20_000);
}

#[test]
fn an_amount_over_the_whole_integer_range_neither_overflows_nor_sticks_to_min() {
    let vars = BTreeMap::from([(
        "x".to_string(),
        VarSpec::Amount {
            min: i64::MIN,
            max: i64::MAX,
            step: 1,
        },
    )]);
    let drawn: std::collections::BTreeSet<String> = (0..20)
        .map(|seed| format!("{:?}", sample_vars(&vars, seed)["x"]))
        .collect();
    assert!(drawn.len() > 1, "{drawn:?}");
}
