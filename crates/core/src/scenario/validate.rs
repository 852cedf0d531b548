//! Checks a parsed scenario against itself and the shared data, with positions.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use super::ids::is_valid_id;
use super::model::{Node, Scenario, VarSpec};
use super::ron_index::RonIndex;
use crate::diag::{Diagnostic, Pos, suggest};

/// The largest amount (either sign) a scenario may draw: a trillion is more than any
/// scenario needs, is shown exactly, and keeps the engine's arithmetic far from overflow.
pub const MAX_AMOUNT: u64 = 1_000_000_000_000;

/// What a scenario may refer to outside itself.
pub struct Known<'a> {
    pub flags: &'a [String],
    pub channels: &'a [String],
}

/// The graph of a scenario: each node's successors, by index.
#[derive(Clone)]
pub struct Graph {
    pub index: HashMap<String, usize>,
    pub succ: Vec<Vec<usize>>,
    pub start: Option<usize>,
}

impl Graph {
    /// A node on a cycle that passes no choice (and so no stop), if there is one.
    pub fn loop_without_stop(&self, scn: &Scenario) -> Option<usize> {
        let goes_on = |i: usize| !matches!(scn.nodes[i], Node::Choice { .. } | Node::Ending { .. });
        // 0 unseen, 1 on the current path, 2 done.
        let mut state = vec![0u8; scn.nodes.len()];
        for root in 0..scn.nodes.len() {
            if state[root] != 0 || !goes_on(root) {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            state[root] = 1;
            while let Some(&mut (i, ref mut k)) = stack.last_mut() {
                let next = self.succ[i].get(*k).copied();
                *k += 1;
                match next {
                    Some(j) if goes_on(j) => match state[j] {
                        0 => {
                            state[j] = 1;
                            stack.push((j, 0));
                        }
                        1 => return Some(j),
                        _ => {}
                    },
                    Some(_) => {}
                    None => {
                        state[i] = 2;
                        stack.pop();
                    }
                }
            }
        }
        None
    }

    /// Each edge out of node `i` with the state flags certainly set on it (as bits, see
    /// [`Flags`]): an answer's `sets`, a branch's `if_set` on its `then` side.
    fn flag_edges(&self, scn: &Scenario, flags: &Flags, i: usize) -> Vec<(usize, u128)> {
        let at = |id: &str| self.index.get(id).copied();
        match &scn.nodes[i] {
            Node::Choice { options, .. } => options
                .iter()
                .filter_map(|o| Some((at(&o.goto)?, flags.bits(&o.sets))))
                .collect(),
            Node::Branch {
                if_set,
                then,
                otherwise,
                ..
            } => [(at(then), flags.bits(if_set)), (at(otherwise), 0)]
                .into_iter()
                .filter_map(|(j, f)| Some((j?, f)))
                .collect(),
            _ => self.succ[i].iter().map(|&j| (j, 0)).collect(),
        }
    }

    /// Questions where, on some way in, the state flags make every answer hidden for
    /// certain: an `unless` flag that every path to that way in has set, or a `requires`
    /// flag that no path to the question sets. The story stops there in play.
    ///
    /// `None` when the scenario names more state flags than this reasoning tracks (128):
    /// then nothing is claimed.
    pub fn certain_dead_ends(&self, scn: &Scenario) -> Option<Vec<usize>> {
        let n = scn.nodes.len();
        let flags = Flags::of(scn)?;
        let Some(start) = self.start else {
            return Some(Vec::new());
        };
        // Flags set on every path to a node (None: not reached yet) and on some path.
        let mut must: Vec<Option<u128>> = vec![None; n];
        let mut may: Vec<u128> = vec![0; n];
        must[start] = Some(0);
        let mut queue: VecDeque<usize> = VecDeque::from([start]);
        while let Some(i) = queue.pop_front() {
            let Some(here) = must[i] else {
                continue;
            };
            for (j, set) in self.flag_edges(scn, &flags, i) {
                let out = here | set;
                let narrowed = must[j].map_or(out, |old| old & out);
                let widened = may[j] | may[i] | set;
                if must[j] != Some(narrowed) || widened != may[j] {
                    must[j] = Some(narrowed);
                    may[j] = widened;
                    queue.push_back(j);
                }
            }
        }
        let mut dead = BTreeSet::new();
        for (i, here) in must.iter().enumerate() {
            let Some(here) = here else { continue };
            for (j, set) in self.flag_edges(scn, &flags, i) {
                let Node::Choice { options, .. } = &scn.nodes[j] else {
                    continue;
                };
                let known = here | set;
                let hidden = |o: &super::model::Choice| {
                    flags.bits(&o.unless) & known != 0 || flags.bits(&o.requires) & !may[j] != 0
                };
                if !options.is_empty() && options.iter().all(hidden) {
                    dead.insert(j);
                }
            }
        }
        Some(dead.into_iter().collect())
    }

    /// Builds the graph, ignoring references that do not resolve (those are reported apart).
    pub fn new(scn: &Scenario) -> Graph {
        let mut index = HashMap::new();
        for (i, n) in scn.nodes.iter().enumerate() {
            index.entry(n.id().to_string()).or_insert(i);
        }
        let succ = scn
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                successors(n, i, scn.nodes.len())
                    .into_iter()
                    .filter_map(|t| match t {
                        Target::Index(j) => Some(j),
                        Target::Id(id) => index.get(id).copied(),
                    })
                    .collect()
            })
            .collect();
        let start = match &scn.start {
            Some(s) => index.get(s).copied(),
            None if !scn.nodes.is_empty() => Some(0),
            None => None,
        };
        Graph { index, succ, start }
    }

    /// Nodes reachable from the start.
    pub fn reachable(&self) -> Vec<bool> {
        let mut seen = vec![false; self.succ.len()];
        let mut queue: VecDeque<usize> = self.start.into_iter().collect();
        while let Some(i) = queue.pop_front() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            queue.extend(self.succ[i].iter().copied().filter(|j| !seen[*j]));
        }
        seen
    }

    /// Nodes from which some ending can be reached.
    pub fn can_end(&self, scn: &Scenario) -> Vec<bool> {
        let n = self.succ.len();
        let mut pred = vec![Vec::new(); n];
        for (i, s) in self.succ.iter().enumerate() {
            for &j in s {
                pred[j].push(i);
            }
        }
        let mut ok = vec![false; n];
        let mut queue: VecDeque<usize> = scn
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, node)| matches!(node, Node::Ending { .. }))
            .map(|(i, _)| i)
            .collect();
        while let Some(i) = queue.pop_front() {
            if std::mem::replace(&mut ok[i], true) {
                continue;
            }
            queue.extend(pred[i].iter().copied().filter(|j| !ok[*j]));
        }
        ok
    }
}

/// The state flags a scenario names, each as one bit.
struct Flags<'a>(HashMap<&'a str, u32>);

impl<'a> Flags<'a> {
    fn of(scn: &'a Scenario) -> Option<Flags<'a>> {
        let mut map: HashMap<&str, u32> = HashMap::new();
        let mut add = |v: &'a [String]| {
            for f in v {
                let n = map.len() as u32;
                map.entry(f.as_str()).or_insert(n);
            }
        };
        for node in &scn.nodes {
            match node {
                Node::Choice { options, .. } => {
                    for o in options {
                        add(&o.sets);
                        add(&o.requires);
                        add(&o.unless);
                    }
                }
                Node::Branch { if_set, .. } => add(if_set),
                _ => {}
            }
        }
        (map.len() <= 128).then_some(Flags(map))
    }

    fn bits(&self, names: &[String]) -> u128 {
        names
            .iter()
            .filter_map(|f| self.0.get(f.as_str()))
            .fold(0, |acc, &b| acc | (1u128 << b))
    }
}

enum Target<'a> {
    Index(usize),
    Id(&'a str),
}

fn successors(n: &Node, i: usize, len: usize) -> Vec<Target<'_>> {
    // Nodes that flow on: their `next`, else the node written after them.
    if n.flows_on() {
        return match n.explicit_next() {
            Some(id) => vec![Target::Id(id)],
            None if i + 1 < len => vec![Target::Index(i + 1)],
            None => vec![],
        };
    }
    match n {
        Node::Message { .. }
        | Node::Switch { .. }
        | Node::Event { .. }
        | Node::Narration { .. } => vec![],
        Node::Choice { options, .. } => options.iter().map(|o| Target::Id(&o.goto)).collect(),
        Node::Random { goto, .. } => goto.iter().map(|g| Target::Id(g)).collect(),
        Node::Branch {
            then, otherwise, ..
        } => vec![Target::Id(then), Target::Id(otherwise)],
        Node::Ending { .. } => vec![],
    }
}

/// Checks one scenario. `file` names it in diagnostics; `text` is its source.
///
/// Most files have no problem, so a first pass runs without positions; only when it finds
/// something is the file indexed and checked again, to point at each problem.
pub fn validate(scn: &Scenario, file: &str, text: &str, known: &Known) -> Vec<Diagnostic> {
    let mut quick = Validator {
        file,
        idx: None,
        out: Vec::new(),
        graph: None,
    };
    quick.run(scn, known);
    if quick.out.is_empty() {
        return quick.out;
    }
    let idx = RonIndex::new(text);
    let mut v = Validator {
        file,
        idx: Some(&idx),
        out: Vec::new(),
        graph: quick.graph.take(),
    };
    v.run(scn, known);
    v.out
}

/// Where `key: value` is in the file (`Pos::default()` in the quick pass, without an
/// index).
fn at_in(idx: Option<&RonIndex>, key: &str, value: &str) -> Pos {
    let Some(idx) = idx else {
        return Pos::default();
    };
    idx.find(key, value)
        .or_else(|| idx.find_value(value))
        .unwrap_or(Pos { line: 1, col: 1 })
}

struct Validator<'a> {
    file: &'a str,
    /// Where things are; `None` in the first, quick pass.
    idx: Option<&'a RonIndex>,
    out: Vec<Diagnostic>,
    /// The graph's findings, once worked out.
    graph: Option<GraphFacts>,
}

impl Validator<'_> {
    /// Where the story starts: its `start`, or else its first node.
    fn start_pos(&self, scn: &Scenario) -> Pos {
        match (&scn.start, scn.nodes.first()) {
            (Some(start), _) => self.at("start", start),
            (None, Some(first)) => self.node_pos(first.id()),
            (None, None) => Pos { line: 1, col: 1 },
        }
    }

    fn at(&self, key: &str, value: &str) -> Pos {
        at_in(self.idx, key, value)
    }

    fn find_after(&self, after: Pos, key: &str, value: &str) -> Option<Pos> {
        self.idx?.find_after(after, key, value)
    }

    fn find_nth(&self, key: &str, value: &str, n: usize) -> Option<Pos> {
        self.idx?.find_nth(key, value, n)
    }

    fn node_pos(&self, id: &str) -> Pos {
        self.at("id", id)
    }

    fn push(&mut self, d: Diagnostic) {
        self.out.push(d);
    }

    fn bad_ref(&mut self, code: &'static str, pos: Pos, name: &str, candidates: &[&str]) {
        let mut d = Diagnostic::error(code, self.file, pos).arg("name", name);
        if let Some(s) = suggest(name, candidates.iter().copied()) {
            d = d.arg("suggestion", s);
        } else {
            d = d.arg("suggestion", "");
        }
        self.push(d);
    }

    fn run(&mut self, scn: &Scenario, known: &Known) {
        let file = self.file;
        if !is_valid_id(&scn.id) {
            let pos = self.node_pos(&scn.id);
            self.push(Diagnostic::error("E020", file, pos).arg("name", scn.id.as_str()));
        }
        let stem = file
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(file)
            .trim_end_matches(".ron");
        if stem != scn.id {
            let pos = self.node_pos(&scn.id);
            self.push(
                Diagnostic::error("E021", file, pos)
                    .arg("name", scn.id.as_str())
                    .arg("file", stem),
            );
        }

        // Channels and cast.
        if scn.channels.is_empty() {
            self.push(Diagnostic::error("E022", file, Pos { line: 1, col: 1 }));
        }
        let known_channels: Vec<&str> = known.channels.iter().map(String::as_str).collect();
        for c in &scn.channels {
            if !known.channels.contains(c) {
                let pos = self.at("channels", c);
                self.bad_ref("E023", pos, c, &known_channels);
            }
        }
        let mut seen_cast = HashSet::new();
        for person in &scn.cast {
            let pos = self.at("cast", person);
            if !is_valid_id(person) {
                self.push(Diagnostic::error("E020", file, pos).arg("name", person.as_str()));
            }
            if !seen_cast.insert(person) {
                self.push(Diagnostic::error("E024", file, pos).arg("name", person.as_str()));
            }
        }

        // Variables.
        for (name, spec) in &scn.vars {
            let pos = self.at("vars", name);
            if !is_valid_var(name) {
                self.push(Diagnostic::error("E025", file, pos).arg("name", name.as_str()));
            }
            match spec {
                VarSpec::Amount { min, max, step } if *step <= 0 || min > max => {
                    self.push(Diagnostic::error("E026", file, pos).arg("name", name.as_str()));
                }
                VarSpec::Amount { min, max, .. }
                    if min.unsigned_abs() > MAX_AMOUNT || max.unsigned_abs() > MAX_AMOUNT =>
                {
                    self.push(
                        Diagnostic::error("E028", file, pos)
                            .arg("name", name.as_str())
                            .arg("limit", MAX_AMOUNT as usize),
                    );
                }
                VarSpec::Pick { from } if from.is_empty() => {
                    self.push(Diagnostic::error("E026", file, pos).arg("name", name.as_str()));
                }
                VarSpec::Name { pool } if !is_valid_id(pool) => {
                    let p = self.at("pool", pool);
                    self.push(Diagnostic::error("E020", file, p).arg("name", pool.as_str()));
                }
                _ => {}
            }
        }

        // Node ids.
        if scn.nodes.is_empty() {
            self.push(Diagnostic::error("E027", file, Pos { line: 1, col: 1 }));
            return;
        }
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for n in &scn.nodes {
            let id = n.id();
            let count = ids.entry(id).or_insert(0);
            let nth = *count;
            *count += 1;
            let (twice, invalid) = (*count == 2, !is_valid_id(id));
            if !twice && !invalid {
                continue;
            }
            // Found only for a node with a problem: most have none.
            let pos = self
                .find_nth("id", id, nth)
                .unwrap_or_else(|| self.node_pos(id));
            if twice {
                self.push(Diagnostic::error("E024", file, pos).arg("name", id));
            }
            if invalid {
                self.push(Diagnostic::error("E020", file, pos).arg("name", id));
            }
        }
        let node_ids: Vec<&str> = scn.nodes.iter().map(|n| n.id()).collect();
        let cast: Vec<&str> = scn.cast.iter().map(String::as_str).collect();
        let channels: Vec<&str> = scn.channels.iter().map(String::as_str).collect();
        let flags: Vec<&str> = known.flags.iter().map(String::as_str).collect();
        let bad_start = match &scn.start {
            Some(start) if !ids.contains_key(start.as_str()) => {
                let pos = self.at("start", start);
                self.bad_ref("E030", pos, start, &node_ids);
                true
            }
            _ => false,
        };

        // State flags set anywhere, to check what is required.
        let set: BTreeSet<&str> = scn
            .nodes
            .iter()
            .flat_map(|n| match n {
                Node::Choice { options, .. } => options
                    .iter()
                    .flat_map(|o| o.sets.iter().map(String::as_str))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let check_required = |v: &mut Self, names: &[String], key: &str| {
            for name in names {
                // State flags follow the id rules too: they reach `graph` and diagnostics.
                if !is_valid_id(name) {
                    let pos = v.at(key, name);
                    v.push(Diagnostic::error("E020", v.file, pos).arg("name", name.as_str()));
                    continue;
                }
                if !set.contains(name.as_str()) {
                    let pos = v.at(key, name);
                    let cands: Vec<&str> = set.iter().copied().collect();
                    let mut d = Diagnostic::warning("W031", v.file, pos).arg("name", name.as_str());
                    d = d.arg(
                        "suggestion",
                        suggest(name, cands.iter().copied()).unwrap_or_default(),
                    );
                    v.push(d);
                }
            }
        };

        let mut has_ending = false;
        let idx = self.idx;
        for (i, n) in scn.nodes.iter().enumerate() {
            // Where the node is, found only when something needs it.
            let npos_cell = std::cell::OnceCell::new();
            let npos_of = || *npos_cell.get_or_init(|| at_in(idx, "id", n.id()));
            if let Some(next) = n.explicit_next()
                && !ids.contains_key(next)
            {
                let pos = self
                    .find_after(npos_of(), "next", next)
                    .unwrap_or(npos_of());
                self.bad_ref("E030", pos, next, &node_ids);
            }
            if n.flows_on() && n.explicit_next().is_none() && i + 1 == scn.nodes.len() {
                self.push(Diagnostic::error("E032", file, npos_of()).arg("name", n.id()));
            }
            match n {
                Node::Message {
                    from,
                    requires,
                    unless,
                    ..
                } => {
                    if !scn.cast.contains(from) {
                        let pos = self
                            .find_after(npos_of(), "from", from)
                            .unwrap_or(npos_of());
                        self.bad_ref("E033", pos, from, &cast);
                    }
                    check_required(self, requires, "requires");
                    check_required(self, unless, "unless");
                }
                Node::Event {
                    requires, unless, ..
                }
                | Node::Narration {
                    requires, unless, ..
                } => {
                    check_required(self, requires, "requires");
                    check_required(self, unless, "unless");
                }
                Node::Switch { to, .. } => {
                    if !scn.channels.contains(to) {
                        let pos = self.find_after(npos_of(), "to", to).unwrap_or(npos_of());
                        self.bad_ref("E034", pos, to, &channels);
                    }
                }
                Node::Choice { options, .. } => {
                    if options.is_empty() {
                        self.push(Diagnostic::error("E035", file, npos_of()).arg("name", n.id()));
                    } else if options.len() == 1 {
                        self.push(Diagnostic::warning("W036", file, npos_of()).arg("name", n.id()));
                    }
                    let mut opt_ids = HashSet::new();
                    for o in options {
                        let opos_cell = std::cell::OnceCell::new();
                        let opos_of = || {
                            *opos_cell.get_or_init(|| {
                                idx.and_then(|i| i.find_after(npos_of(), "id", &o.id))
                                    .unwrap_or(npos_of())
                            })
                        };
                        if !is_valid_id(&o.id) {
                            self.push(
                                Diagnostic::error("E020", file, opos_of())
                                    .arg("name", o.id.as_str()),
                            );
                        }
                        if !opt_ids.insert(&o.id) {
                            self.push(
                                Diagnostic::error("E024", file, opos_of())
                                    .arg("name", o.id.as_str()),
                            );
                        }
                        if !ids.contains_key(o.goto.as_str()) {
                            let pos = self
                                .find_after(opos_of(), "goto", &o.goto)
                                .unwrap_or(opos_of());
                            self.bad_ref("E030", pos, &o.goto, &node_ids);
                        }
                        for flag in o.assess.keys() {
                            if !known.flags.contains(flag) {
                                let fpos = self
                                    .find_after(opos_of(), "assess", flag)
                                    .unwrap_or(opos_of());
                                self.bad_ref("E037", fpos, flag, &flags);
                            }
                        }
                        if !scn.legitimate && o.assess.is_empty() {
                            self.push(
                                Diagnostic::warning("W039", file, opos_of())
                                    .arg("name", o.id.as_str()),
                            );
                        }
                        check_required(self, &o.requires, "requires");
                        check_required(self, &o.unless, "unless");
                        for name in o.sets.iter().filter(|n| !is_valid_id(n)) {
                            let pos = self
                                .find_after(opos_of(), "sets", name)
                                .unwrap_or(opos_of());
                            self.push(
                                Diagnostic::error("E020", file, pos).arg("name", name.as_str()),
                            );
                        }
                    }
                }
                Node::Random { goto, .. } => {
                    if goto.is_empty() {
                        self.push(Diagnostic::error("E035", file, npos_of()).arg("name", n.id()));
                    }
                    for g in goto {
                        if !ids.contains_key(g.as_str()) {
                            let pos = self.find_after(npos_of(), "goto", g).unwrap_or(npos_of());
                            self.bad_ref("E030", pos, g, &node_ids);
                        }
                    }
                }
                Node::Branch {
                    if_set,
                    then,
                    otherwise,
                    ..
                } => {
                    check_required(self, if_set, "if_set");
                    for (key, t) in [("then", then), ("else", otherwise)] {
                        if !ids.contains_key(t.as_str()) {
                            let pos = self.find_after(npos_of(), key, t).unwrap_or(npos_of());
                            self.bad_ref("E030", pos, t, &node_ids);
                        }
                    }
                }
                Node::Ending { .. } => has_ending = true,
            }
        }
        if !has_ending {
            self.push(Diagnostic::error("E040", file, self.start_pos(scn)));
            return;
        }

        // A start that is not there is E030 above; nothing is reachable from it, so the
        // graph would only repeat the same problem as many others.
        if bad_start {
            return;
        }
        // The graph: every node reachable, and an ending reachable from every node.
        // Worked out once: the pass with positions takes the quick pass's findings.
        let facts = self.graph.take().unwrap_or_else(|| GraphFacts::of(scn));
        let GraphFacts {
            reach,
            ends,
            endless,
            dead_ends,
        } = &facts;
        for (i, n) in scn.nodes.iter().enumerate() {
            if !reach[i] {
                let pos = self.node_pos(n.id());
                self.push(Diagnostic::warning("W041", file, pos).arg("name", n.id()));
            } else if !ends[i] {
                let pos = self.node_pos(n.id());
                self.push(Diagnostic::error("E042", file, pos).arg("name", n.id()));
            }
        }
        // A loop with no question on it: the story would go round for ever. (The engine
        // stops there at once; check says so before anyone plays it.)
        if let Some(i) = *endless {
            let n = &scn.nodes[i];
            self.push(Diagnostic::error("E043", file, self.node_pos(n.id())).arg("name", n.id()));
        }
        for &i in dead_ends {
            let n = &scn.nodes[i];
            self.push(Diagnostic::error("E044", file, self.node_pos(n.id())).arg("name", n.id()));
        }
        let reached_ending = scn
            .nodes
            .iter()
            .enumerate()
            .any(|(i, n)| reach[i] && matches!(n, Node::Ending { .. }));
        if !reached_ending {
            self.push(Diagnostic::error("E040", file, self.start_pos(scn)));
        }
        self.graph = Some(facts);
    }
}

/// What the story's graph says: which nodes are reached, which can end, a loop without a
/// question, and the nodes where the story certainly gets stuck.
struct GraphFacts {
    reach: Vec<bool>,
    ends: Vec<bool>,
    endless: Option<usize>,
    dead_ends: Vec<usize>,
}

impl GraphFacts {
    fn of(scn: &Scenario) -> GraphFacts {
        let graph = Graph::new(scn);
        GraphFacts {
            reach: graph.reachable(),
            ends: graph.can_end(scn),
            endless: graph.loop_without_stop(scn),
            dead_ends: graph.certain_dead_ends(scn).unwrap_or_default(),
        }
    }
}

/// Variable names become Fluent variables: letters, digits, `-` and `_`.
fn is_valid_var(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
