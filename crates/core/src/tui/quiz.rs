//! The before/after check and booster rounds: pick the stage, then for each message the
//! verdict (scam or legitimate) and how sure (1 to 5). Up/Down and Enter, or the digits.
//! A finished round is recorded; Esc leaves without recording.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::{truncate, wrap};
use super::{Key, Model, Screen};
use crate::engine::rng::fresh_seed;
use crate::i18n::{ArgValue, args};
use crate::quiz::{BOOSTER_ITEMS, Form, Item, Stage, check_round, items, pool, round, words};
use crate::results::Answer;
use crate::results::record::{KIND_QUIZ, Record};

/// Where in the round the player is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Choosing before, after or booster.
    Stage,
    Verdict,
    Confidence,
    /// After a booster answer: right or not, and why.
    Feedback,
    Done,
}

pub struct QuizView {
    pub phase: Phase,
    pub stage: Stage,
    /// The item set asked: a parallel form, or the bank for boosters.
    pub form: Form,
    /// The option under the pointer.
    pub sel: usize,
    pub items: Vec<Item>,
    pub index: usize,
    pub answers: Vec<Answer>,
    said_scam: bool,
    seed: u64,
    started: i64,
}

const STAGES: [Stage; 3] = [Stage::Before, Stage::After, Stage::Booster];

impl QuizView {
    pub fn new(seed: Option<u64>, now: i64) -> QuizView {
        QuizView {
            phase: Phase::Stage,
            stage: Stage::Before,
            form: Form::A,
            sel: 0,
            items: Vec::new(),
            index: 0,
            answers: Vec::new(),
            said_scam: false,
            seed: seed.unwrap_or_else(fresh_seed),
            started: now,
        }
    }

    /// How many options the current phase offers.
    fn options(&self) -> usize {
        match self.phase {
            Phase::Stage => STAGES.len(),
            Phase::Verdict => 2,
            Phase::Confidence => 5,
            Phase::Feedback | Phase::Done => 1,
        }
    }
}

/// The items of a round at `stage`.
fn items_for(model: &Model, stage: Stage, seed: u64) -> (Form, Vec<Item>) {
    let (all, _) = items(&model.lib.files);
    if stage != Stage::Booster {
        return check_round(&all, stage, model.recorder.participant.as_deref(), seed);
    }
    let loaded;
    let records: &[crate::results::Record] = match (&model.kept, &model.recorder.path) {
        (Some(kept), _) => kept,
        (None, Some(p)) => {
            loaded = crate::results::store::load(p, false).unwrap_or_default();
            &loaded.records
        }
        (None, None) => &[],
    };
    let known: Vec<String> = model.lib.flag_ids();
    let now = model.recorder.now();
    let flags = crate::results::booster::flags_to_practise(records, now, &known);
    (
        Form::Bank,
        round(&pool(&all, Form::Bank), seed, Some(&flags), BOOSTER_ITEMS),
    )
}

/// Starts a round at `stage`: on the check screen (keeping its seed), or opening it.
pub fn start_round(model: &mut Model, stage: Stage) {
    let (seed, started) = match &model.screen {
        Screen::Quiz(q) => (q.seed, q.started),
        _ => (model.seed.unwrap_or_else(fresh_seed), model.recorder.now()),
    };
    let (form, list) = items_for(model, stage, seed);
    let mut q = QuizView::new(Some(seed), started);
    q.stage = stage;
    q.form = form;
    q.phase = if list.is_empty() {
        Phase::Done
    } else {
        Phase::Verdict
    };
    q.items = list;
    model.screen = Screen::Quiz(Box::new(q));
}

pub fn update(model: &mut Model, key: Key) {
    let Screen::Quiz(q) = &mut model.screen else {
        return;
    };
    let n = q.options();
    let chosen = match key {
        Key::Esc | Key::Char('q') => {
            model.screen = Screen::Start;
            return;
        }
        Key::Up => {
            q.sel = q.sel.saturating_sub(1);
            None
        }
        Key::Down => {
            q.sel = (q.sel + 1).min(n - 1);
            None
        }
        Key::Enter | Key::Space => Some(q.sel),
        Key::Char(d @ '1'..='9') => {
            let k = d as usize - '1' as usize;
            (k < n).then_some(k)
        }
        _ => None,
    };
    let Some(k) = chosen else { return };
    match q.phase {
        Phase::Stage => start_round(model, STAGES[k]),
        Phase::Verdict => {
            q.said_scam = k == 0;
            q.sel = 0;
            q.phase = Phase::Confidence;
        }
        Phase::Confidence => {
            let Some(item) = q.items.get(q.index) else {
                return;
            };
            q.answers.push(Answer::to(item, q.said_scam, k as u8 + 1));
            q.sel = 0;
            if q.stage == Stage::Booster {
                q.phase = Phase::Feedback;
            } else {
                next(model);
            }
        }
        Phase::Feedback => next(model),
        Phase::Done => model.screen = Screen::Start,
    }
}

/// On to the next item, or to the end, where the round is recorded.
fn next(model: &mut Model) {
    let Screen::Quiz(q) = &mut model.screen else {
        return;
    };
    q.index += 1;
    q.sel = 0;
    if q.index < q.items.len() {
        q.phase = Phase::Verdict;
        return;
    }
    q.phase = Phase::Done;
    let now = model.recorder.now();
    let record = Record {
        kind: KIND_QUIZ.into(),
        program: crate::results::PROGRAM_VERSION.into(),
        locale: model.loc.lang().to_string(),
        seed: q.seed,
        finished_at: crate::results::clock::format_utc(now),
        seconds: (now - q.started).max(0) as u64,
        stage: Some(q.stage.as_str().into()),
        form: Some(q.form.as_str().into()),
        answers: q.answers.clone(),
        ..Record::default()
    };
    model.record_error = model
        .recorder
        .record(record)
        .err()
        .map(|e| e.localized(&model.loc));
}

pub fn view(model: &Model, q: &QuizView, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    let w = area.width;
    let ww = w as usize;
    let buf = frame.buffer_mut();
    let count = q.items.len();
    let heading = if q.phase == Phase::Stage {
        loc.text("tui-quiz-heading")
    } else {
        loc.fmt(
            &format!("quiz-heading-{}", q.stage.as_str()),
            &args([("count", ArgValue::from(count))]),
        )
    };
    let head = format!(" {} {heading}", theme.flag());
    buf.set_style(Rect::new(area.x, area.y, w, 1), theme.header(None));
    super::put(
        buf,
        area.x,
        area.y,
        &Line::styled(truncate(&head, ww), theme.header(None)),
        w,
    );
    let foot_y = area.bottom().saturating_sub(1);
    super::put(
        buf,
        area.x,
        foot_y,
        &Line::styled(truncate(&loc.text("tui-quiz-keys"), ww), theme.dim()),
        w,
    );

    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut options: Vec<String> = Vec::new();
    let para = |text: &str, style, lines: &mut Vec<Line<'static>>| {
        for l in wrap(text, ww.max(1)) {
            lines.push(Line::styled(l, style));
        }
    };
    let item = q.items.get(q.index);
    match q.phase {
        Phase::Stage => {
            para(&loc.text("quiz-intro"), theme.text(), &mut lines);
            lines.push(Line::raw(""));
            para(
                &loc.text("tui-quiz-stage-question"),
                theme.title(),
                &mut lines,
            );
            options = STAGES
                .iter()
                .map(|s| loc.text(&format!("tui-quiz-stage-{}", s.as_str())))
                .collect();
        }
        Phase::Verdict | Phase::Confidence | Phase::Feedback => {
            if let Some(item) = item {
                let t = words(loc, item);
                para(
                    &loc.fmt(
                        "quiz-item",
                        &args([
                            ("index", ArgValue::from(q.index + 1)),
                            ("count", ArgValue::from(count)),
                            ("channel", t.channel.as_str().into()),
                            ("name", t.from.as_str().into()),
                        ]),
                    ),
                    theme.speaker(),
                    &mut lines,
                );
                para(&t.text, theme.text(), &mut lines);
                lines.push(Line::raw(""));
                match q.phase {
                    Phase::Verdict => {
                        para(
                            &loc.text("quiz-verdict-question"),
                            theme.title(),
                            &mut lines,
                        );
                        options = vec![
                            loc.text("quiz-verdict-scam"),
                            loc.text("quiz-verdict-legitimate"),
                        ];
                    }
                    Phase::Confidence => {
                        para(
                            &loc.text("quiz-confidence-question"),
                            theme.title(),
                            &mut lines,
                        );
                        options = (1..=5)
                            .map(|c| loc.text(&format!("quiz-confidence-{c}")))
                            .collect();
                    }
                    _ => {
                        let right = q.answers.last().is_some_and(Answer::correct);
                        let truth = if item.scam {
                            "quiz-verdict-scam"
                        } else {
                            "quiz-verdict-legitimate"
                        };
                        let text = loc.fmt(
                            if right {
                                "quiz-feedback-right"
                            } else {
                                "quiz-feedback-wrong"
                            },
                            &args([
                                ("answer", loc.text(truth).into()),
                                ("why", t.why.as_str().into()),
                            ]),
                        );
                        let style = if right { theme.good() } else { theme.bad() };
                        para(&text, style, &mut lines);
                        options = vec![loc.text("tui-quiz-next")];
                    }
                }
            }
        }
        Phase::Done => {
            let text = if count == 0 {
                loc.text("booster-nothing")
            } else {
                let right = q.answers.iter().filter(|a| a.correct()).count();
                loc.fmt(
                    "quiz-done",
                    &args([
                        ("right", ArgValue::from(right)),
                        ("count", ArgValue::from(count)),
                    ]),
                )
            };
            para(&text, theme.title(), &mut lines);
            options = vec![loc.text("tui-quiz-back")];
        }
    }
    lines.push(Line::raw(""));
    let first_option = lines.len();
    for (k, o) in options.iter().enumerate() {
        let selected = k == q.sel;
        let mark = if selected { theme.pointer() } else { " " };
        let style = if selected {
            theme.selected()
        } else {
            theme.text()
        };
        lines.push(Line::styled(
            truncate(&format!("{mark} {}) {o}", k + 1), ww),
            style,
        ));
    }
    let body_h = foot_y.saturating_sub(area.y + 1) as usize;
    // Keep the options in sight: scroll the text above them if the screen is short.
    let off = lines.len().saturating_sub(body_h);
    for (k, l) in lines.iter().skip(off).take(body_h).enumerate() {
        super::put(buf, area.x, area.y + 1 + k as u16, l, w);
    }
    let sel_line = first_option + q.sel;
    if model.overlay.is_none() && sel_line >= off && sel_line - off < body_h {
        frame.set_cursor_position((area.x + 2, area.y + 1 + (sel_line - off) as u16));
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::super::state::Store;
    use super::super::{Env, Key, Model, Msg, Screen, TuiOptions, update, view};
    use crate::library::Library;
    use crate::results::Recorder;

    const ENV: Env = Env {
        no_color: false,
        utf8: true,
    };

    /// 2026-03-01T10:00:00Z
    fn fixed_now() -> i64 {
        1_772_359_200
    }

    fn model<'a>(lib: &'a Library, lang: &str, rec: Recorder, notices: Vec<String>) -> Model<'a> {
        Model::new(
            lib,
            Some(lang.into()),
            TuiOptions {
                seed: Some(11),
                results_path: rec.path.clone(),
                recorder: rec,
                notices,
                ..TuiOptions::default()
            },
            Store::in_memory(Default::default()),
            ENV,
            Instant::now(),
        )
    }

    fn key(m: &mut Model, k: Key) {
        update(m, Msg::Key(k), Instant::now());
    }

    fn screen(m: &Model, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view(m, f)).unwrap();
        let buf = t.backend().buffer().clone();
        (0..h)
            .map(|y| {
                (0..w)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn recorder(dir: &std::path::Path) -> Recorder {
        Recorder {
            path: Some(dir.join("results.json")),
            participant: Some("T1".into()),
            clock: fixed_now,
            broken: false,
            tap: None,
        }
    }

    #[test]
    fn the_check_is_reachable_from_the_start_screen_and_recorded() {
        let lib = Library::load(&[]);
        let dir = tempfile::tempdir().unwrap();
        for (lang, scam, question) in [
            ("en", "1) Scam", "Scam or legitimate?"),
            ("de", "1) Betrug", "Betrug oder seriös?"),
        ] {
            let mut m = model(&lib, lang, recorder(dir.path()), Vec::new());
            key(&mut m, Key::Char('c'));
            assert!(matches!(m.screen, Screen::Quiz(_)));
            key(&mut m, Key::Char('1')); // before
            for (w, h) in [(80, 24), (40, 12)] {
                let s = screen(&m, w, h);
                assert!(s.contains(scam), "{lang} {w}x{h}\n{s}");
                assert!(w < 80 || s.contains(question), "{lang}\n{s}");
            }
            // A parallel form: twenty items, ten of them honest.
            for _ in 0..20 {
                key(&mut m, Key::Down); // legitimate
                key(&mut m, Key::Enter);
                key(&mut m, Key::Char('3'));
            }
            let Screen::Quiz(q) = &m.screen else {
                panic!("still in the check")
            };
            assert_eq!(q.phase, super::Phase::Done);
            assert!(screen(&m, 80, 24).contains("10"));
            key(&mut m, Key::Enter);
            assert!(matches!(m.screen, Screen::Start));
        }
        let doc = crate::results::store::load(&dir.path().join("results.json"), true).unwrap();
        assert_eq!(doc.records.len(), 2);
        let r = &doc.records[1];
        assert_eq!(r.stage.as_deref(), Some("before"));
        assert_eq!(r.locale, "de");
        assert_eq!(r.participant.as_deref(), Some("T1"));
        assert_eq!(r.finished_at, "2026-03-01T10:00:00Z");
        // Always "legitimate": the 10 honest items right.
        assert_eq!(r.answers.iter().filter(|a| a.correct()).count(), 10);
        // The round is one parallel form, recorded with it: the form the participant code
        // draws for the stage.
        let form = crate::quiz::form_for(crate::quiz::Stage::Before, Some("T1"));
        assert_eq!(r.form.as_deref(), Some(form.as_str()));
        let (items, _) = crate::quiz::items(&lib.files);
        for a in &r.answers {
            let item = items.iter().find(|i| i.id == a.item).unwrap();
            assert_eq!(item.form, form, "{}", a.item);
        }

        // The results screen shows the summary; Esc goes back.
        let mut m = model(&lib, "en", recorder(dir.path()), Vec::new());
        key(&mut m, Key::Char('r'));
        let s = screen(&m, 80, 24);
        assert!(
            s.contains("Your results") && s.contains("check before"),
            "{s}"
        );
        let _ = screen(&m, 20, 5);
        key(&mut m, Key::Esc);
        assert!(matches!(m.screen, Screen::Start));
    }

    #[test]
    fn the_quiz_command_opens_the_check_at_its_stage() {
        let lib = Library::load(&[]);
        let m = Model::new(
            &lib,
            Some("en".into()),
            TuiOptions {
                quiz: Some(crate::quiz::Stage::After),
                ..TuiOptions::default()
            },
            Store::in_memory(Default::default()),
            ENV,
            Instant::now(),
        );
        let Screen::Quiz(q) = &m.screen else {
            panic!("the check is open")
        };
        assert_eq!(
            (q.stage, q.phase),
            (crate::quiz::Stage::After, super::Phase::Verdict)
        );
        assert!(screen(&m, 80, 24).contains("Check after the workshop: 20 messages"));
    }

    #[test]
    fn leaving_the_check_early_records_nothing_and_notices_show_on_the_start_screen() {
        let lib = Library::load(&[]);
        let dir = tempfile::tempdir().unwrap();
        let offer = "It has been 7 days: a short booster round".to_string();
        let mut m = model(&lib, "en", recorder(dir.path()), vec![offer.clone()]);
        assert!(screen(&m, 80, 24).contains(&offer));
        key(&mut m, Key::Char('c'));
        key(&mut m, Key::Char('3')); // booster
        key(&mut m, Key::Char('1'));
        key(&mut m, Key::Char('5'));
        // A booster answer is explained before the next item.
        let s = screen(&m, 80, 24);
        assert!(s.contains("1) Next"), "{s}");
        key(&mut m, Key::Esc);
        assert!(matches!(m.screen, Screen::Start));
        assert!(!dir.path().join("results.json").exists());
    }
}
