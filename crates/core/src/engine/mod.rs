//! The game: a pure state machine over a scenario. It knows nothing of terminals or
//! languages; it yields events that name Fluent messages, and front ends render them.

pub mod rng;
pub mod score;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::scenario::ids;
use crate::scenario::model::{Assessment, EventIcon, Node, Outcome, Scenario, VarSpec};
use crate::scenario::validate::Graph;
use rng::GameRng;
pub use score::{Assessed, Debrief, FlagResult, ending_points};

/// A drawn variable, before it meets a language.
#[derive(Debug, Clone, PartialEq)]
pub enum VarValue {
    /// An index into the per-locale pool `pool-<pool>`.
    Pooled {
        pool: String,
        index: u32,
    },
    Number(i64),
    Keyword(String),
}

/// Something that happens in the conversation, for the front end to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The conversation starts on, or moves to, a channel.
    Channel { from: Option<String>, to: String },
    /// A cast member writes; the front end shows "typing…" for `delay_ms` first.
    Message {
        from: String,
        channel: String,
        delay_ms: u32,
        text: String,
    },
    /// A system notice.
    Notice {
        icon: EventIcon,
        channel: String,
        text: String,
    },
    /// Narration, outside any channel: a time jump or a consequence.
    Narration { text: String },
    /// The player's own answer, as it appears in the chat.
    Reply { channel: String, text: String },
    /// Immediate feedback on the answer.
    Feedback { text: String },
    /// The story ends.
    End { outcome: Outcome, text: String },
}

/// An answer the player can give now.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionView {
    /// The Fluent id of the answer's text.
    pub text: String,
    /// The option's index in the scenario, to pass back to [`Game::choose`].
    pub key: usize,
}

/// Why the engine could not go on. Validation prevents these; the engine still never panics.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("node `{0}` does not exist")]
    MissingNode(String),
    #[error("the story loops without a stop at `{0}`")]
    Stuck(String),
    #[error("no answer is available at `{0}`")]
    NoOptions(String),
    #[error("there is no such answer")]
    BadChoice,
    #[error("the story has ended")]
    Ended,
}

/// Where the game stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Waiting for the player to pick one of these.
    Choosing {
        node: String,
        options: Vec<OptionView>,
    },
    Ended,
}

/// One run of a scenario. Cloning it keeps a checkpoint to play on from later.
#[derive(Clone)]
pub struct Game {
    scn: Arc<Scenario>,
    graph: Graph,
    seed: u64,
    rng: GameRng,
    vars: BTreeMap<String, VarValue>,
    state: BTreeSet<String>,
    channel: Option<String>,
    at: usize,
    status: Status,
    assessments: Vec<Assessed>,
    outcome: Option<(Outcome, String)>,
    path: Vec<String>,
    /// The Fluent id of the last message shown from the other side: what an answer given
    /// now responds to, quoted in the debrief.
    last_message: Option<String>,
}

impl Game {
    /// Starts a run and plays up to the first choice. Returns the game and what happened.
    pub fn start(scn: Arc<Scenario>, seed: u64) -> Result<(Game, Vec<Event>), EngineError> {
        let graph = Graph::new(&scn);
        let mut rng = GameRng::new(seed);
        let vars = draw_vars(&scn.vars, &mut rng);
        let at = graph
            .start
            .ok_or_else(|| EngineError::MissingNode(scn.start.clone().unwrap_or_default()))?;
        let mut game = Game {
            scn,
            graph,
            seed,
            rng,
            vars,
            state: BTreeSet::new(),
            channel: None,
            at,
            status: Status::Ended,
            assessments: Vec::new(),
            outcome: None,
            path: Vec::new(),
            last_message: None,
        };
        let mut events = Vec::new();
        if let Some(first) = game.scn.channels.first().cloned() {
            events.push(Event::Channel {
                from: None,
                to: first.clone(),
            });
            game.channel = Some(first);
        }
        game.run(&mut events)?;
        Ok((game, events))
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scn
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn vars(&self) -> &BTreeMap<String, VarValue> {
        &self.vars
    }
    pub fn status(&self) -> &Status {
        &self.status
    }
    pub fn channel(&self) -> Option<&str> {
        self.channel.as_deref()
    }
    /// The ids of the nodes visited, in order.
    pub fn path(&self) -> &[String] {
        &self.path
    }
    /// The assessments made so far, in order.
    pub fn assessments(&self) -> &[Assessed] {
        &self.assessments
    }
    /// Takes answer `key` (from [`OptionView::key`]) and plays on to the next stop.
    pub fn choose(&mut self, key: usize) -> Result<Vec<Event>, EngineError> {
        let Status::Choosing { options, .. } = &self.status else {
            return Err(EngineError::Ended);
        };
        if !options.iter().any(|o| o.key == key) {
            return Err(EngineError::BadChoice);
        }
        let scn = Arc::clone(&self.scn);
        let Node::Choice { id, options, .. } = &scn.nodes[self.at] else {
            return Err(EngineError::BadChoice);
        };
        let opt = options.get(key).ok_or(EngineError::BadChoice)?;
        let channel = self.channel.clone().unwrap_or_default();
        let mut events = vec![Event::Reply {
            channel,
            text: ids::option(&scn.id, id, &opt.id),
        }];
        if opt.feedback {
            events.push(Event::Feedback {
                text: ids::feedback(&scn.id, id, &opt.id),
            });
        }
        for (flag, how) in &opt.assess {
            self.assessments.push(Assessed {
                flag: flag.clone(),
                how: *how,
                quote: self.last_message.clone(),
            });
        }
        self.state.extend(opt.sets.iter().cloned());
        self.at = *self
            .graph
            .index
            .get(&opt.goto)
            .ok_or_else(|| EngineError::MissingNode(opt.goto.clone()))?;
        self.run(&mut events)?;
        Ok(events)
    }

    /// The debrief, once the story has ended.
    pub fn debrief(&self) -> Option<Debrief> {
        let (outcome, text) = self.outcome.clone()?;
        let mut d = score::debrief(&self.scn, self.seed, outcome, text, &self.assessments);
        // What was coming next: only the red flags still reachable from the last question.
        if !d.ahead.is_empty() {
            let reachable = self.reachable_from_last_choice();
            d.ahead.retain(|f| reachable.contains(f));
        }
        Some(d)
    }

    /// The red flags judged at choices that follow the last choice the player met, through
    /// any of its answers.
    fn reachable_from_last_choice(&self) -> BTreeSet<String> {
        let last = self.path.iter().rev().find_map(|id| {
            let &i = self.graph.index.get(id.as_str())?;
            matches!(self.scn.nodes[i], Node::Choice { .. }).then_some(i)
        });
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        let mut todo: Vec<usize> = last
            .and_then(|i| self.graph.succ.get(i))
            .cloned()
            .unwrap_or_default();
        let mut flags = BTreeSet::new();
        while let Some(i) = todo.pop() {
            if !seen.insert(i) {
                continue;
            }
            if let Some(Node::Choice { options, .. }) = self.scn.nodes.get(i) {
                for o in options {
                    flags.extend(
                        o.assess
                            .iter()
                            .filter(|(_, a)| matches!(a, Assessment::Spotted | Assessment::Missed))
                            .map(|(f, _)| f.clone()),
                    );
                }
            }
            if let Some(next) = self.graph.succ.get(i) {
                todo.extend(next.iter().copied());
            }
        }
        flags
    }

    fn holds(&self, requires: &[String], unless: &[String]) -> bool {
        requires.iter().all(|f| self.state.contains(f))
            && !unless.iter().any(|f| self.state.contains(f))
    }

    fn goto(&self, id: &str) -> Result<usize, EngineError> {
        self.graph
            .index
            .get(id)
            .copied()
            .ok_or_else(|| EngineError::MissingNode(id.to_string()))
    }

    /// The node after a flowing node.
    fn next_of(&self, i: usize, next: &Option<String>) -> Result<usize, EngineError> {
        match next {
            Some(id) => self.goto(id),
            None if i + 1 < self.scn.nodes.len() => Ok(i + 1),
            None => Err(EngineError::MissingNode(format!(
                "{}+1",
                self.scn.nodes[i].id()
            ))),
        }
    }

    /// Plays from `self.at` until a choice or an ending.
    fn run(&mut self, events: &mut Vec<Event>) -> Result<(), EngineError> {
        let scn = Arc::clone(&self.scn);
        // A node met twice before the next stop is a loop without a way out, however long a
        // straight story is: the engine stops at the second visit.
        let mut seen = vec![false; scn.nodes.len()];
        loop {
            let i = self.at;
            let node = scn
                .nodes
                .get(i)
                .ok_or_else(|| EngineError::MissingNode(i.to_string()))?;
            if std::mem::replace(&mut seen[i], true) {
                return Err(EngineError::Stuck(node.id().to_string()));
            }
            self.path.push(node.id().to_string());
            let channel = self.channel.clone().unwrap_or_default();
            match node {
                Node::Message {
                    id,
                    from,
                    delay,
                    next,
                    requires,
                    unless,
                } => {
                    if self.holds(requires, unless) {
                        let text = ids::node(&scn.id, id);
                        self.last_message = Some(text.clone());
                        events.push(Event::Message {
                            from: from.clone(),
                            channel,
                            delay_ms: *delay,
                            text,
                        });
                    }
                    self.at = self.next_of(i, next)?;
                }
                Node::Event {
                    id,
                    icon,
                    next,
                    requires,
                    unless,
                } => {
                    if self.holds(requires, unless) {
                        events.push(Event::Notice {
                            icon: *icon,
                            channel,
                            text: ids::node(&scn.id, id),
                        });
                    }
                    self.at = self.next_of(i, next)?;
                }
                Node::Narration {
                    id,
                    next,
                    requires,
                    unless,
                } => {
                    if self.holds(requires, unless) {
                        events.push(Event::Narration {
                            text: ids::node(&scn.id, id),
                        });
                    }
                    self.at = self.next_of(i, next)?;
                }
                Node::Switch { to, next, .. } => {
                    if self.channel.as_deref() != Some(to) {
                        events.push(Event::Channel {
                            from: self.channel.clone(),
                            to: to.clone(),
                        });
                        self.channel = Some(to.clone());
                    }
                    self.at = self.next_of(i, next)?;
                }
                Node::Random { goto, .. } => {
                    let k = self.rng.below(goto.len());
                    let target = goto
                        .get(k)
                        .ok_or_else(|| EngineError::NoOptions(node.id().to_string()))?;
                    self.at = self.goto(target)?;
                }
                Node::Branch {
                    if_set,
                    then,
                    otherwise,
                    ..
                } => {
                    let t = if self.holds(if_set, &[]) {
                        then
                    } else {
                        otherwise
                    };
                    self.at = self.goto(t)?;
                }
                Node::Choice {
                    id,
                    options,
                    shuffle,
                } => {
                    // Shuffle every option (available or not) so the draws do not depend
                    // on state; then keep those whose conditions hold.
                    let mut order: Vec<usize> = (0..options.len()).collect();
                    if *shuffle {
                        self.rng
                            .shuffle_unpinned(&mut order, |&k| options[k].pinned);
                    }
                    let views: Vec<OptionView> = order
                        .into_iter()
                        .filter(|&k| self.holds(&options[k].requires, &options[k].unless))
                        .map(|k| OptionView {
                            text: ids::option(&scn.id, id, &options[k].id),
                            key: k,
                        })
                        .collect();
                    if views.is_empty() {
                        return Err(EngineError::NoOptions(id.clone()));
                    }
                    self.status = Status::Choosing {
                        node: id.clone(),
                        options: views,
                    };
                    return Ok(());
                }
                Node::Ending { id, outcome } => {
                    let text = ids::node(&scn.id, id);
                    events.push(Event::End {
                        outcome: *outcome,
                        text: text.clone(),
                    });
                    self.outcome = Some((*outcome, text));
                    self.status = Status::Ended;
                    return Ok(());
                }
            }
        }
    }
}

/// Draws the scenario's variables, in name order, from the run's generator.
pub fn draw_vars(
    vars: &BTreeMap<String, VarSpec>,
    rng: &mut GameRng,
) -> BTreeMap<String, VarValue> {
    vars.iter()
        .map(|(name, spec)| {
            let v = match spec {
                VarSpec::Name { pool } => VarValue::Pooled {
                    pool: pool.clone(),
                    index: rng.index(),
                },
                VarSpec::Amount { min, max, step } => {
                    // Wide integers: no bounds in the file can overflow (check bounds them).
                    let (min, max, step) = (*min as i128, *max as i128, (*step).max(1) as i128);
                    let count = ((max - min).max(0) / step + 1).min(usize::MAX as i128) as usize;
                    VarValue::Number((min + step * rng.below(count) as i128) as i64)
                }
                VarSpec::Pick { from } => {
                    let k = rng.below(from.len());
                    VarValue::Keyword(from.get(k).cloned().unwrap_or_default())
                }
            };
            (name.clone(), v)
        })
        .collect()
}

/// The variables a scenario (its `vars`) would draw with `seed`, for checks and previews.
pub fn sample_vars(vars: &BTreeMap<String, VarSpec>, seed: u64) -> BTreeMap<String, VarValue> {
    draw_vars(vars, &mut GameRng::new(seed))
}

#[cfg(test)]
mod tests;
