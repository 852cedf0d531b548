//! The room as the facilitator sees it: who is connected (participant codes only), what
//! each is doing, their finished runs, and the group's figures. Sessions report here;
//! the facilitator's view reads it and is told of each event.

use std::collections::BTreeMap;
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::results::Record;
use crate::results::store::Tap;
use crate::tui::Activity;

/// Something that happened, for the event lines and the live view.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A session began (after the room code).
    Joined {
        id: u64,
        who: String,
        peer: String,
    },
    /// Its game started, in this language, plain or not.
    Started {
        id: u64,
        lang: String,
        plain: bool,
    },
    /// It opened a scenario or the check.
    Playing {
        id: u64,
        what: String,
    },
    /// It finished a scenario (points of max) or a check stage (right of asked).
    Finished {
        id: u64,
        what: String,
        points: u32,
        max: u32,
    },
    Left {
        id: u64,
    },
    /// A connection was refused before it played: a wrong code, or an address that waits.
    Refused {
        peer: String,
        why: Refusal,
    },
    /// A session's thread panicked; it ended, the others go on.
    Crashed {
        id: u64,
        message: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    WrongCode,
    /// Five wrong codes: the address waits.
    Waits,
    Full,
    /// A request the server never serves (exec, subsystem, forwarding).
    Request,
    /// Too many connections waiting to log in (from one address, or in all).
    TooMany,
}

/// One connected session.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub who: String,
    pub peer: String,
    pub lang: String,
    pub plain: bool,
    pub activity: Activity,
    /// Finished runs (scenarios and checks).
    pub done: u32,
    /// The last finished scenario: (id, points, max).
    pub last: Option<(String, u32, u32)>,
}

#[derive(Debug, Default)]
struct State {
    rows: BTreeMap<u64, Row>,
    /// Finished runs of participants with a code, for the group's figures.
    records: Vec<Record>,
    /// Everyone who joined with a code, in order.
    seen: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Room {
    state: Mutex<State>,
    listener: Mutex<Option<SyncSender<Note>>>,
}

impl Room {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Where every note goes from now on. The queue is bounded: a listener that falls
    /// behind (a stalled output) loses notes, never the server's memory.
    pub fn listen(&self, to: SyncSender<Note>) {
        *self.listener.lock().unwrap_or_else(|e| e.into_inner()) = Some(to);
    }

    /// Stops telling the listener (its receiver sees the end).
    pub fn unlisten(&self) {
        *self.listener.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// Records what happened, and tells the listener.
    pub fn note(&self, n: Note) {
        {
            let mut s = self.lock();
            match &n {
                Note::Joined { id, who, peer } => {
                    s.rows.insert(
                        *id,
                        Row {
                            who: who.clone(),
                            peer: peer.clone(),
                            ..Row::default()
                        },
                    );
                    if who != "guest" && !s.seen.contains(who) {
                        s.seen.push(who.clone());
                    }
                }
                Note::Started { id, lang, plain } => {
                    if let Some(r) = s.rows.get_mut(id) {
                        r.lang = lang.clone();
                        r.plain = *plain;
                    }
                }
                Note::Left { id } | Note::Crashed { id, .. } => {
                    s.rows.remove(id);
                }
                _ => {}
            }
        }
        // A listener too slow to take it (a full queue) loses the note, never memory.
        if let Some(l) = &*self.listener.lock().unwrap_or_else(|e| e.into_inner()) {
            let _ = l.try_send(n);
        }
    }

    /// A session's screen changed; a new scenario or check is a note of its own.
    pub fn activity(&self, id: u64, a: &Activity) {
        let started = {
            let mut s = self.lock();
            let Some(r) = s.rows.get_mut(&id) else {
                return;
            };
            let new = (a.screen == "chat" || a.screen == "quiz")
                && (r.activity.screen != a.screen || r.activity.what != a.what);
            r.activity = a.clone();
            new.then(|| a.what.clone().unwrap_or_default())
        };
        if let Some(what) = started {
            self.note(Note::Playing { id, what });
        }
    }

    /// A listener for the session `id`'s finished runs.
    pub fn tap(self: &Arc<Self>, id: u64) -> Tap {
        let room = Arc::downgrade(self);
        Tap(Arc::new(move |r: &Record| {
            if let Some(room) = room.upgrade() {
                room.finished(id, r);
            }
        }))
    }

    fn finished(&self, id: u64, r: &Record) {
        let (what, points, max) = if r.is_play() {
            (
                r.scenario.clone().unwrap_or_default(),
                r.points.unwrap_or(0),
                r.max.unwrap_or(0),
            )
        } else {
            let right = r.answers.iter().filter(|a| a.correct()).count() as u32;
            (
                r.stage.clone().unwrap_or_default(),
                right,
                r.answers.len() as u32,
            )
        };
        {
            let mut s = self.lock();
            if r.participant.is_some() {
                s.records.push(r.clone());
            }
            if let Some(row) = s.rows.get_mut(&id) {
                row.done += 1;
                if r.is_play() {
                    row.last = Some((what.clone(), points, max));
                }
            }
        }
        self.note(Note::Finished {
            id,
            what,
            points,
            max,
        });
    }

    /// The connected sessions, by id.
    pub fn rows(&self) -> Vec<(u64, Row)> {
        self.lock()
            .rows
            .iter()
            .map(|(k, v)| (*k, v.clone()))
            .collect()
    }

    /// The participant code of session `id`, if it is connected.
    pub fn who(&self, id: u64) -> Option<String> {
        self.lock().rows.get(&id).map(|r| r.who.clone())
    }

    /// The finished runs of participants with a code, this server's run only.
    pub fn records(&self) -> Vec<Record> {
        self.lock().records.clone()
    }

    /// How many participant codes joined so far.
    pub fn seen(&self) -> usize {
        self.lock().seen.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_sessions_and_only_coded_runs_count_for_the_group() {
        let room = Arc::new(Room::default());
        let (tx, rx) = std::sync::mpsc::sync_channel(100);
        room.listen(tx);
        room.note(Note::Joined {
            id: 1,
            who: "A7".into(),
            peer: "10.0.0.2".into(),
        });
        room.note(Note::Joined {
            id: 2,
            who: "guest".into(),
            peer: "10.0.0.3".into(),
        });
        let play = |p: Option<&str>| Record {
            kind: "play".into(),
            participant: p.map(str::to_string),
            scenario: Some("s".into()),
            points: Some(3),
            max: Some(4),
            ..Record::default()
        };
        (room.tap(1).0)(&play(Some("A7")));
        (room.tap(2).0)(&play(None));
        assert_eq!(room.records().len(), 1, "the guest's run is not counted");
        let rows = room.rows();
        assert_eq!(rows[0].1.last, Some(("s".into(), 3, 4)));
        assert_eq!(rows[1].1.done, 1);
        room.note(Note::Left { id: 1 });
        assert_eq!(room.rows().len(), 1);
        assert_eq!(room.seen(), 1);
        let notes: Vec<Note> = rx.try_iter().collect();
        assert_eq!(notes.len(), 5, "{notes:?}");
    }
}
