//! Automatic playtests, as ChoiceScript's quicktest and randomtest do for its authors:
//! seeded random walks through every scenario in every locale, and an exhaustive mode that
//! takes every option of every choice in every reachable state.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use crate::diag::{Diagnostic, Pos};
use crate::engine::rng::GameRng;
use crate::engine::{Event, Game, Status};
use crate::i18n::Localizer;
use crate::library::{Library, LoadedScenario, scenario_args};
use crate::scenario::model::{Node, Scenario};
use crate::scenario::ron_index::RonIndex;
use crate::scenario::validate::Graph;

/// What to play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Random walks per scenario and locale.
    pub walks: Option<u32>,
    /// Walk k uses seed `seed + k`.
    pub seed: u64,
    pub exhaustive: bool,
    /// The most states explored per scenario in exhaustive mode.
    pub max_states: usize,
}

/// How much of a scenario the playtests reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub scenario: String,
    pub file: String,
    pub reached: usize,
    pub total: usize,
    /// Node ids never reached, in file order.
    pub unreached: Vec<String>,
    /// Options taken and options in all, in exhaustive mode.
    pub options: Option<(usize, usize)>,
    /// States explored, and whether the cap stopped the exploration.
    pub states: Option<(usize, bool)>,
}

/// Steps a walk may take before it counts as stuck.
const MAX_CHOICES: usize = 1_000;

pub fn run(
    lib: &Library,
    only: Option<&BTreeSet<String>>,
    opts: &Options,
) -> (Vec<Diagnostic>, Vec<Coverage>) {
    let mut diags = Vec::new();
    let mut cover = Vec::new();
    let locs: Vec<Localizer> = lib
        .catalog
        .langs()
        .iter()
        .map(|l| lib.catalog.localizer(l).0)
        .filter(|loc| lib.catalog.langs().iter().any(|l| l == loc.lang()))
        .collect();
    let text_of: HashMap<&str, &str> = lib
        .files
        .iter()
        .map(|f| (f.display.as_str(), f.text.as_ref()))
        .collect();
    for s in &lib.scenarios {
        if only.is_some_and(|set| !set.contains(&s.file)) {
            continue;
        }
        let idx = RonIndex::new(text_of.get(s.file.as_str()).copied().unwrap_or(""));
        let mut reached: HashSet<String> = HashSet::new();
        if let Some(n) = opts.walks {
            for loc in &locs {
                for k in 0..n {
                    let seed = opts.seed.wrapping_add(u64::from(k));
                    walk(s, loc, seed, &idx, &mut reached, &mut diags);
                }
            }
        }
        let mut c = Coverage {
            scenario: s.head.id.clone(),
            file: s.file.clone(),
            reached: 0,
            total: s.scenario().nodes.len(),
            unreached: Vec::new(),
            options: None,
            states: None,
        };
        if opts.exhaustive {
            let e = explore(s.scenario(), opts.max_states);
            for (path, kind) in &e.problems {
                let last = path.last().map(String::as_str).unwrap_or("");
                let pos = idx.find("id", last).unwrap_or(Pos { line: 1, col: 1 });
                diags.push(
                    Diagnostic::error(kind, &s.file, pos)
                        .arg("path", path.join(" → "))
                        .arg("name", last),
                );
            }
            if e.capped {
                diags.push(
                    Diagnostic::warning("W074", &s.file, Pos { line: 1, col: 1 })
                        .arg("limit", opts.max_states),
                );
            }
            format_reached(s, &idx, &locs, opts.seed, &e.nodes, &mut diags);
            reached.extend(e.nodes);
            c.options = Some((e.options_taken, e.options_total));
            c.states = Some((e.states, e.capped));
        }
        c.reached = s
            .scenario()
            .nodes
            .iter()
            .filter(|n| reached.contains(n.id()))
            .count();
        c.unreached = s
            .scenario()
            .nodes
            .iter()
            .filter(|n| !reached.contains(n.id()))
            .map(|n| n.id().to_string())
            .collect();
        cover.push(c);
    }
    (diags, cover)
}

/// A playtest's problem at the last node of `path`, with what replays it: the scenario,
/// the seed, the language, and `--scenarios` when the scenario comes from a pack.
fn unformattable(
    s: &LoadedScenario,
    idx: &RonIndex,
    loc: &Localizer,
    seed: u64,
    code: &'static str,
    path: &[String],
    reason: String,
) -> Diagnostic {
    let last = path.last().map(String::as_str).unwrap_or("");
    let pos = idx.find("id", last).unwrap_or(Pos { line: 1, col: 1 });
    let packs = super::scenarios_flag(&s.origin);
    Diagnostic::error(code, &s.file, pos)
        .arg("path", path.join(" → "))
        .arg("seed", seed.to_string())
        .arg("lang", loc.lang())
        .arg("scenario", s.head.id.as_str())
        .arg("packs", packs)
        .arg("reason", reason)
}

/// Exhaustive mode: every message of every node the exploration reached, formatted in
/// every locale with the variables the seed draws; one that cannot be is E070.
fn format_reached(
    s: &LoadedScenario,
    idx: &RonIndex,
    locs: &[Localizer],
    seed: u64,
    reached: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let scn = s.scenario();
    let vars = crate::engine::sample_vars(&scn.vars, seed);
    for loc in locs {
        let args = scenario_args(loc, &vars);
        for node in scn.nodes.iter().filter(|n| reached.contains(n.id())) {
            let mut ids = Vec::new();
            if node.has_text() {
                ids.push(crate::scenario::ids::node(&scn.id, node.id()));
            }
            if let Node::Choice { id, options, .. } = node {
                for o in options {
                    ids.push(crate::scenario::ids::option(&scn.id, id, &o.id));
                    if o.feedback {
                        ids.push(crate::scenario::ids::feedback(&scn.id, id, &o.id));
                    }
                }
            }
            for id in ids {
                if loc.has_own(&id)
                    && let Err(reason) = loc.fmt_strict(&id, &args)
                {
                    let path = [node.id().to_string()];
                    diags.push(unformattable(
                        s,
                        idx,
                        loc,
                        seed,
                        "E070",
                        &path,
                        format!("{id}: {reason}"),
                    ));
                }
            }
        }
    }
}

/// One random walk in one locale: picks answers with its own generator, formats every
/// message the player would read, and reports a walk that breaks.
fn walk(
    s: &LoadedScenario,
    loc: &Localizer,
    seed: u64,
    idx: &RonIndex,
    reached: &mut HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let fail =
        |diags: &mut Vec<Diagnostic>, code: &'static str, path: &[String], reason: String| {
            diags.push(unformattable(s, idx, loc, seed, code, path, reason));
        };
    let (mut game, mut events) = match Game::start(s.scenario().clone(), seed) {
        Ok(x) => x,
        Err(_) => {
            fail(diags, "E071", &[], String::new());
            return;
        }
    };
    let args = scenario_args(loc, game.vars());
    // Answers are drawn apart from the game's own generator, so the run stays the one
    // `play --seed` would show for the same answers.
    let mut picker = GameRng::new(seed ^ 0x5eed_7e57);
    for _ in 0..MAX_CHOICES {
        for e in &events {
            let id = match e {
                Event::Message { text, .. }
                | Event::Notice { text, .. }
                | Event::Reply { text, .. }
                | Event::Feedback { text }
                | Event::Narration { text }
                | Event::End { text, .. } => Some(text),
                Event::Channel { .. } => None,
            };
            // Missing translations are reported by the locale checks; here, only messages
            // the locale has and cannot format.
            if let Some(id) = id
                && loc.has_own(id)
                && let Err(reason) = loc.fmt_strict(id, &args)
            {
                fail(diags, "E070", game.path(), format!("{id}: {reason}"));
            }
        }
        match game.status().clone() {
            Status::Ended => {
                reached.extend(game.path().iter().cloned());
                return;
            }
            Status::Choosing { options, .. } => {
                let k = picker.below(options.len());
                match game.choose(options[k].key) {
                    Ok(ev) => events = ev,
                    Err(_) => {
                        fail(diags, "E071", game.path(), String::new());
                        reached.extend(game.path().iter().cloned());
                        return;
                    }
                }
            }
        }
    }
    reached.extend(game.path().iter().cloned());
    fail(diags, "E071", game.path(), String::new());
}

/// What the exhaustive exploration found.
struct Explored {
    nodes: HashSet<String>,
    options_taken: usize,
    options_total: usize,
    states: usize,
    capped: bool,
    /// Paths (node ids) to problems, with the problem's code.
    problems: Vec<(Vec<String>, &'static str)>,
}

/// A state of the story: where it waits, and which state flags are set. Random turns
/// branch to every target; the order of options does not matter here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct State {
    node: usize,
    flags: BTreeSet<String>,
}

fn explore(scn: &Scenario, max_states: usize) -> Explored {
    let graph = Graph::new(scn);
    let mut out = Explored {
        nodes: HashSet::new(),
        options_taken: 0,
        options_total: scn
            .nodes
            .iter()
            .map(|n| match n {
                Node::Choice { options, .. } => options.len(),
                _ => 0,
            })
            .sum(),
        states: 0,
        capped: false,
        problems: Vec::new(),
    };
    let Some(start) = graph.start else {
        return out;
    };
    let mut taken: HashSet<(usize, usize)> = HashSet::new();
    let mut seen: HashMap<State, Option<(State, String)>> = HashMap::new();
    let mut queue = VecDeque::new();
    let first = State {
        node: start,
        flags: BTreeSet::new(),
    };
    seen.insert(first.clone(), None);
    queue.push_back(first);
    // Whether an ending can be reached from each state, found after the search.
    let mut edges: Vec<(State, State)> = Vec::new();
    let mut endings: Vec<State> = Vec::new();
    let path_to = |seen: &HashMap<State, Option<(State, String)>>, s: &State| {
        let mut path = vec![scn.nodes[s.node].id().to_string()];
        let mut cur = s.clone();
        while let Some(Some((prev, _))) = seen.get(&cur) {
            path.push(scn.nodes[prev.node].id().to_string());
            cur = prev.clone();
        }
        path.reverse();
        path
    };
    while let Some(state) = queue.pop_front() {
        out.states += 1;
        if out.states > max_states {
            out.capped = true;
            break;
        }
        let node = &scn.nodes[state.node];
        out.nodes.insert(node.id().to_string());
        let holds = |req: &[String], unless: &[String]| {
            req.iter().all(|f| state.flags.contains(f))
                && !unless.iter().any(|f| state.flags.contains(f))
        };
        let mut next: Vec<State> = Vec::new();
        match node {
            Node::Ending { .. } => endings.push(state.clone()),
            Node::Choice { options, .. } => {
                let open: Vec<(usize, &crate::scenario::model::Choice)> = options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| holds(&o.requires, &o.unless))
                    .collect();
                if open.is_empty() {
                    out.problems.push((path_to(&seen, &state), "E073"));
                }
                for (k, o) in open {
                    taken.insert((state.node, k));
                    if let Some(&j) = graph.index.get(&o.goto) {
                        let mut flags = state.flags.clone();
                        flags.extend(o.sets.iter().cloned());
                        next.push(State { node: j, flags });
                    }
                }
            }
            Node::Branch {
                if_set,
                then,
                otherwise,
                ..
            } => {
                let t = if holds(if_set, &[]) { then } else { otherwise };
                if let Some(&j) = graph.index.get(t) {
                    next.push(State {
                        node: j,
                        flags: state.flags.clone(),
                    });
                }
            }
            _ => {
                for &j in &graph.succ[state.node] {
                    next.push(State {
                        node: j,
                        flags: state.flags.clone(),
                    });
                }
            }
        }
        for n in next {
            edges.push((state.clone(), n.clone()));
            if !seen.contains_key(&n) {
                seen.insert(n.clone(), Some((state.clone(), String::new())));
                queue.push_back(n);
            }
        }
    }
    out.options_taken = taken.len();
    if !out.capped {
        // States from which no ending can be reached: loops that cannot be left.
        let mut pred: HashMap<&State, Vec<&State>> = HashMap::new();
        for (a, b) in &edges {
            pred.entry(b).or_default().push(a);
        }
        let mut good: HashSet<&State> = HashSet::new();
        let mut q: VecDeque<&State> = endings.iter().collect();
        while let Some(s) = q.pop_front() {
            if good.insert(s) {
                for p in pred.get(s).into_iter().flatten() {
                    q.push_back(p);
                }
            }
        }
        let mut stuck_nodes = BTreeSet::new();
        for s in seen.keys() {
            if !good.contains(s) && stuck_nodes.insert(s.node) {
                out.problems.push((path_to(&seen, s), "E072"));
            }
        }
    }
    out.problems.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load::parse_ron;

    fn scn(text: &str) -> Scenario {
        parse_ron::<Scenario>("t.ron", text).unwrap()
    }

    #[test]
    fn exhaustive_takes_every_option_and_follows_state() {
        let s = scn(
            r#"Scenario(id: "t", perspective: freelancer, cast: ["x"], channels: ["upwork"], nodes: [
            Message(id: "hi", from: "x"),
            Choice(id: "c1", options: [
                (id: "a", goto: "c2", sets: ["asked"], assess: { "secrecy": spotted }),
                (id: "b", goto: "c2", assess: { "secrecy": missed }),
            ]),
            Choice(id: "c2", options: [
                (id: "x", goto: "end", assess: { "secrecy": spotted }),
                (id: "y", goto: "end", requires: ["asked"], assess: { "secrecy": spotted }),
            ]),
            Ending(id: "end", outcome: safe),
        ])"#,
        );
        let e = explore(&s, 1000);
        assert_eq!((e.options_taken, e.options_total), (4, 4));
        assert!(e.problems.is_empty());
        assert!(!e.capped);
        // c2 is explored twice: with and without `asked`.
        assert_eq!(e.states, 6);
    }

    #[test]
    fn exhaustive_finds_a_loop_that_cannot_be_left() {
        let s = scn(
            r#"Scenario(id: "t", perspective: freelancer, cast: ["x"], channels: ["upwork"], nodes: [
            Choice(id: "c1", options: [
                (id: "a", goto: "trap", sets: ["in"], assess: { "secrecy": missed }),
                (id: "b", goto: "end", assess: { "secrecy": spotted }),
            ]),
            Choice(id: "trap", options: [
                (id: "again", goto: "trap", assess: { "secrecy": missed }),
                (id: "out", goto: "end", unless: ["in"], assess: { "secrecy": spotted }),
            ]),
            Ending(id: "end", outcome: safe),
        ])"#,
        );
        let e = explore(&s, 1000);
        assert!(
            e.problems
                .iter()
                .any(|(p, code)| *code == "E072" && p.last().map(String::as_str) == Some("trap")),
            "{:?}",
            e.problems
        );
    }

    #[test]
    fn the_cap_is_reported() {
        let s = scn(
            r#"Scenario(id: "t", perspective: freelancer, cast: ["x"], channels: ["upwork"], nodes: [
            Message(id: "a", from: "x"), Message(id: "b", from: "x"), Message(id: "c", from: "x"),
            Ending(id: "end", outcome: safe),
        ])"#,
        );
        let e = explore(&s, 2);
        assert!(e.capped);
    }
}
