//! What the facilitator sees while the server runs: on a terminal, a live view of the
//! room (who is connected, what each is doing, their scores, the group's figures); else
//! one line per event. All words come from Fluent in the facilitator's language.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::{cursor, execute, terminal};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row as TableRow, Table, Wrap};

use super::room::{Note, Refusal, Room};
use crate::i18n::{Localizer, args};
use crate::sanitize::clean_line;

/// The room's events as lines, in the facilitator's words.
pub struct Words<'a> {
    pub loc: &'a Localizer,
    pub room: &'a Room,
}

impl Words<'_> {
    fn who(&self, id: u64) -> String {
        self.room.who(id).unwrap_or_else(|| format!("#{id}"))
    }

    /// One line for a note; `None` for notes that only update the view.
    pub fn line(&self, n: &Note, who: &str) -> Option<String> {
        let loc = self.loc;
        Some(match n {
            Note::Joined { who, peer, .. } => loc.fmt(
                "serve-event-joined",
                &args([
                    ("who", clean_line(who).into()),
                    ("peer", peer.clone().into()),
                ]),
            ),
            Note::Started { lang, plain, .. } => loc.fmt(
                if *plain {
                    "serve-event-started-plain"
                } else {
                    "serve-event-started"
                },
                &args([("who", who.into()), ("lang", lang.clone().into())]),
            ),
            Note::Playing { what, .. } => loc.fmt(
                "serve-event-playing",
                &args([("who", who.into()), ("what", clean_line(what).into())]),
            ),
            Note::Finished {
                what, points, max, ..
            } => loc.fmt(
                "serve-event-finished",
                &args([
                    ("who", who.into()),
                    ("what", clean_line(what).into()),
                    ("points", (*points).into()),
                    ("max", (*max).into()),
                ]),
            ),
            Note::Left { .. } => loc.fmt("serve-event-left", &args([("who", who.into())])),
            Note::Refused { peer, why } => {
                let id = match why {
                    Refusal::WrongCode => "serve-event-wrong-code",
                    Refusal::Waits => "serve-event-waits",
                    Refusal::Full => "serve-event-full",
                    Refusal::Request => "serve-event-request",
                    Refusal::TooMany => "serve-event-too-many",
                };
                loc.fmt(
                    id,
                    &args([
                        ("peer", peer.clone().into()),
                        ("count", super::MAX_WRONG_CODES.into()),
                        ("seconds", super::WAIT_AFTER_WRONG.as_secs().into()),
                    ]),
                )
            }
            Note::Crashed { message, .. } => loc.fmt(
                "serve-event-crashed",
                &args([("who", who.into()), ("message", clean_line(message).into())]),
            ),
        })
    }

    /// The group's figures, as lines.
    pub fn figures(&self, lib: &crate::library::Library) -> Vec<String> {
        let records = self.room.records();
        let s = crate::results::summary(lib, &records);
        let mut out = vec![self.loc.fmt(
            "serve-live-group",
            &args([
                ("participants", self.room.seen().into()),
                ("runs", s.records.into()),
                ("spotted", s.play.hits.into()),
                ("flags", s.play.scams.into()),
                ("alarms", s.play.false_alarms.into()),
                ("honest", s.play.honest.into()),
            ]),
        )];
        if let (Some(b), Some(a)) = (s.before.accuracy(), s.after.accuracy()) {
            out.push(self.loc.fmt(
                "serve-live-before-after",
                &args([
                    ("before", (b.round() as u32).into()),
                    ("after", (a.round() as u32).into()),
                ]),
            ));
        }
        out
    }
}

/// Prints one line per event until the notes end (not a terminal).
pub fn lines(loc: &Localizer, room: &Room, notes: Receiver<Note>) {
    let words = Words { loc, room };
    let start = Instant::now();
    // Who a session was, kept past its Left note so that note can still name it.
    let mut names = std::collections::HashMap::new();
    for n in notes {
        let who = who_of(&words, &mut names, &n);
        if let Note::Left { id } | Note::Crashed { id, .. } = &n {
            names.remove(id);
        }
        if let Some(line) = words.line(&n, &who) {
            let t = start.elapsed().as_secs();
            let mut out = io::stdout().lock();
            let _ = writeln!(
                out,
                "[{:02}:{:02}:{:02}] {line}",
                t / 3600,
                t / 60 % 60,
                t % 60
            );
            let _ = out.flush();
        }
    }
}

fn who_of(words: &Words, names: &mut std::collections::HashMap<u64, String>, n: &Note) -> String {
    let id = match n {
        Note::Joined { id, who, .. } => {
            names.insert(*id, clean_line(who));
            *id
        }
        Note::Started { id, .. }
        | Note::Playing { id, .. }
        | Note::Finished { id, .. }
        | Note::Left { id }
        | Note::Crashed { id, .. } => *id,
        Note::Refused { .. } => return String::new(),
    };
    names
        .get(&id)
        .cloned()
        .unwrap_or_else(|| clean_line(&words.who(id)))
}

/// The live view draws at most ten frames a second, however busy the room.
const FRAME_GAP: Duration = Duration::from_millis(100);

/// Puts the facilitator's terminal back.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}

/// The live view, until Ctrl-C (then `stop` is called) or the notes end.
pub fn live(
    loc: &Localizer,
    lib: &crate::library::Library,
    room: &Arc<Room>,
    header: &[String],
    notes: Receiver<Note>,
    stop: Arc<dyn Fn() + Send + Sync>,
) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
    let result = (|| {
        let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        let words = Words { loc, room };
        let mut names = std::collections::HashMap::new();
        let mut recent: std::collections::VecDeque<String> = Default::default();
        // Keys come on a thread of their own, which blocks until one comes: an idle room
        // costs no CPU. Ctrl-C stops the server; a resize is followed at the next frame.
        std::thread::spawn(move || {
            while let Ok(ev) = event::read() {
                if let Event::Key(k) = ev
                    && k.kind != KeyEventKind::Release
                    && k.modifiers.contains(KeyModifiers::CONTROL)
                    && matches!(k.code, KeyCode::Char('c') | KeyCode::Char('C'))
                {
                    stop();
                }
            }
        });
        let mut last_size = term.size()?;
        let mut dirty = true;
        let mut drawn = Instant::now() - FRAME_GAP;
        // The group's figures go over every record: worked out again only when a run
        // finishes or someone joins, not for every frame.
        let mut figures = words.figures(lib);
        loop {
            if dirty && drawn.elapsed() >= FRAME_GAP {
                term.draw(|f| draw(f, &words, header, &figures, &recent))?;
                drawn = Instant::now();
                dirty = false;
            }
            // Wait for a note; when a frame is due, no longer than until then.
            let wait = if dirty {
                FRAME_GAP.saturating_sub(drawn.elapsed())
            } else {
                Duration::from_secs(1)
            };
            let first = match notes.recv_timeout(wait) {
                Ok(n) => Some(n),
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
                Err(RecvTimeoutError::Timeout) => None,
            };
            // Everything that came meanwhile, in one frame.
            let mut refigure = false;
            for n in first.into_iter().chain(notes.try_iter()) {
                refigure |= matches!(n, Note::Finished { .. } | Note::Joined { .. });
                let who = who_of(&words, &mut names, &n);
                if let Note::Left { id } | Note::Crashed { id, .. } = &n {
                    names.remove(id);
                }
                if let Some(l) = words.line(&n, &who) {
                    recent.push_back(l);
                    if recent.len() > 50 {
                        recent.pop_front();
                    }
                }
                dirty = true;
            }
            if refigure {
                figures = words.figures(lib);
            }
            let size = term.size()?;
            if size != last_size {
                last_size = size;
                dirty = true;
            }
        }
    })();
    restore();
    result
}

fn draw(
    f: &mut ratatui::Frame,
    words: &Words,
    header: &[String],
    figures: &[String],
    recent: &std::collections::VecDeque<String>,
) {
    let loc = words.loc;
    let area = f.area();
    let rows = words.room.rows();
    let [top, table, figs, log, foot] = Layout::vertical([
        Constraint::Length(header.len() as u16 + 1),
        Constraint::Min(3),
        Constraint::Length(figures.len() as u16 + 1),
        Constraint::Length(6),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut head: Vec<Line> = vec![
        Line::from(loc.fmt("serve-live-title", &args([("count", rows.len().into())])))
            .style(Style::default().add_modifier(Modifier::BOLD)),
    ];
    head.extend(header.iter().map(|h| Line::from(h.clone())));
    f.render_widget(Paragraph::new(head).wrap(Wrap { trim: false }), top);
    if rows.is_empty() {
        f.render_widget(Paragraph::new(loc.text("serve-live-empty")), table);
    } else {
        let header_row = TableRow::new([
            loc.text("serve-live-col-who"),
            loc.text("serve-live-col-lang"),
            loc.text("serve-live-col-doing"),
            loc.text("serve-live-col-done"),
            loc.text("serve-live-col-last"),
        ])
        .style(Style::default().add_modifier(Modifier::BOLD));
        let body: Vec<TableRow> = rows
            .iter()
            .map(|(_, r)| {
                let doing = doing(loc, &r.activity);
                let last = r
                    .last
                    .as_ref()
                    .map(|(id, p, m)| format!("{} {p}/{m}", clean_line(id)))
                    .unwrap_or_default();
                TableRow::new([
                    clean_line(&r.who),
                    if r.plain {
                        format!("{} ({})", r.lang, loc.text("serve-live-plain"))
                    } else {
                        r.lang.clone()
                    },
                    doing,
                    r.done.to_string(),
                    last,
                ])
            })
            .collect();
        let t = Table::new(
            body,
            [
                Constraint::Length(10),
                Constraint::Length(12),
                Constraint::Fill(3),
                Constraint::Length(8),
                Constraint::Fill(2),
            ],
        )
        .header(header_row);
        f.render_widget(t, table);
    }
    let figs_lines: Vec<Line> = figures.iter().map(|l| Line::from(l.clone())).collect();
    f.render_widget(Paragraph::new(figs_lines).wrap(Wrap { trim: false }), figs);
    let shown: Vec<Line> = recent
        .iter()
        .rev()
        .take(log.height as usize)
        .rev()
        .map(|l| Line::from(l.clone()))
        .collect();
    f.render_widget(Paragraph::new(shown), log);
    f.render_widget(
        Paragraph::new(loc.text("serve-live-stop"))
            .style(Style::default().add_modifier(Modifier::DIM)),
        foot,
    );
}

/// What a session is doing, in words.
pub fn doing(loc: &Localizer, a: &crate::tui::Activity) -> String {
    let screen = if a.screen.is_empty() {
        "start"
    } else {
        a.screen
    };
    loc.fmt(
        &format!("serve-screen-{screen}"),
        &args([
            ("what", clean_line(a.what.as_deref().unwrap_or("")).into()),
            ("step", a.step.into()),
        ]),
    )
}
