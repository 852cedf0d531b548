//! The curriculum covers what it promises: every freelancer-side red flag in a scam, enough
//! honest offers to score discernment, the hiring side, and every locale complete.

use std::collections::BTreeSet;

use redflag::library::Library;
use redflag::scenario::data::Side;
use redflag::scenario::model::{Node, Perspective};

fn assessed(s: &redflag::scenario::model::Scenario) -> BTreeSet<String> {
    s.nodes
        .iter()
        .flat_map(|n| match n {
            Node::Choice { options, .. } => options
                .iter()
                .flat_map(|o| o.assess.keys().cloned())
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn every_freelancer_flag_appears_in_a_scam() {
    let lib = Library::load(&[]);
    let in_scams: BTreeSet<String> = lib
        .scenarios
        .iter()
        .filter(|s| !s.head.legitimate)
        .flat_map(|s| assessed(s.scenario()))
        .collect();
    let section_a: Vec<&str> = lib
        .flags()
        .iter()
        .filter(|f| f.side == Side::Freelancer)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(section_a.len(), 14);
    for f in section_a {
        assert!(in_scams.contains(f), "no scam scenario assesses `{f}`");
    }
}

#[test]
fn the_mix_rewards_discernment() {
    let lib = Library::load(&[]);
    let freelancer: Vec<_> = lib
        .scenarios
        .iter()
        .filter(|s| s.head.perspective == Perspective::Freelancer)
        .collect();
    let legit = freelancer.iter().filter(|s| s.head.legitimate).count();
    let hiring = lib
        .scenarios
        .iter()
        .filter(|s| s.head.perspective == Perspective::Hiring)
        .count();
    assert!(
        freelancer.len() >= 12,
        "{} freelancer scenarios",
        freelancer.len()
    );
    assert!(legit >= 4, "{legit} legitimate offers");
    assert!(hiring >= 3, "{hiring} hiring-side scenarios");
    for s in &freelancer {
        assert!(
            (6..=12).contains(&s.head.minutes),
            "{} says {} minutes",
            s.head.id,
            s.head.minutes
        );
    }
    // Scenarios start on each platform the issue names.
    let starts: BTreeSet<&str> = lib
        .scenarios
        .iter()
        .filter_map(|s| s.scenario().channels.first().map(String::as_str))
        .collect();
    for p in ["upwork", "freelancer", "linkedin", "github"] {
        assert!(starts.contains(p), "no scenario starts on {p}");
    }
}

#[test]
fn every_scenario_varies_with_the_seed() {
    let lib = Library::load(&[]);
    for s in &lib.scenarios {
        let scn = s.scenario();
        assert!(!scn.vars.is_empty(), "{} draws no variables", scn.id);
        let random_turn = scn.nodes.iter().any(|n| matches!(n, Node::Random { .. }));
        assert!(random_turn, "{} has no random turn", scn.id);
    }
}

#[test]
fn every_shipped_locale_is_complete_for_every_scenario() {
    let lib = Library::load(&[]);
    for lang in ["en", "de", "uk", "vi"] {
        assert!(
            lib.catalog.langs().iter().any(|l| l == lang),
            "{lang} is missing"
        );
    }
    for s in &lib.scenarios {
        let complete = lib.complete_locales(s.scenario());
        for lang in lib.catalog.langs() {
            assert!(
                complete.contains(&lang),
                "{} is not complete in {lang}",
                s.head.id
            );
        }
    }
}
