//! The terminal front end, in the Elm style: one [`Model`], one [`Msg`], [`update`] and
//! [`view`]. Keys from crossterm become [`Msg`]s in the terminal program's `term`; nothing here
//! knows about the terminal. The run loop is generic over the ratatui `Backend`, so tests drive the whole
//! app with `TestBackend` exactly as a person would with keys.
//!
//! One screen per file: [`start`], [`chat`], [`debrief`], [`handbook`]; the overlays (help,
//! language switcher, settings) in [`overlay`]; the too-small screen in [`small`].

pub mod chat;
pub mod debrief;
pub mod handbook;
pub mod involved;
pub mod limits;
pub mod overlay;
pub mod page;
pub mod quiz;
pub mod results;
pub mod screens;
pub mod small;
pub mod start;
pub mod state;
pub mod theme;
pub mod web_keys;
pub mod wrap;

#[cfg(test)]
mod tests;

use std::io;
use std::time::Duration;
use web_time::Instant;

use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::text::Line;

use crate::engine::rng::fresh_seed;
use crate::i18n::{Localizer, SOURCE};
use crate::library::Library;
use state::Store;
use theme::Theme;

/// The smallest terminal the screens are laid out for; below it, a "please enlarge" screen.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// What the command line passes in.
#[derive(Debug, Clone, Default)]
pub struct TuiOptions {
    /// Start this scenario (by id) at once instead of showing the list first.
    pub scenario: Option<String>,
    /// The seed of every run in this session; fresh for each run if `None`.
    pub seed: Option<u64>,
    /// Open the check at this stage at once (`redflag quiz`, `redflag booster`).
    pub quiz: Option<crate::quiz::Stage>,
    /// Where finished runs are recorded (off by default).
    pub recorder: crate::results::Recorder,
    /// The results file the results screen shows: the recorder's, or the default one.
    /// The shell decides; `None` (tests, no data folder) shows that there is none.
    pub results_path: Option<std::path::PathBuf>,
    /// Lines for the start screen, in words: a results file that cannot be used, a
    /// booster that is due.
    pub notices: Vec<String>,
}

/// What the environment says about the terminal, read once (tests set it by hand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Env {
    /// `NO_COLOR` is set to something non-empty.
    pub no_color: bool,
    /// The locale's character set is UTF-8.
    pub utf8: bool,
}

impl Env {
    pub fn from_process() -> Env {
        Env {
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            utf8: crate::i18n::lang::env_is_utf8(|k| std::env::var(k).ok()),
        }
    }
}

/// A key, already ours: crossterm's events are translated in the terminal program's `term`
/// (a page's in [`web_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Space,
    Esc,
    Tab,
    Char(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    /// The terminal has a new size; the next frame follows it.
    Resize(u16, u16),
    /// A timer ran out (typing).
    Tick,
    /// Ctrl-C: leave at once, from anywhere.
    Quit,
}

/// The screen in front.
pub enum Screen {
    /// The language picker shown first when the environment names no language.
    Languages {
        sel: usize,
    },
    Start,
    Chat(Box<chat::Chat>),
    Debrief(Box<debrief::DebriefView>),
    Handbook(handbook::Handbook),
    Results(results::ResultsView),
    Quiz(Box<quiz::QuizView>),
    /// “Already involved? What to do now”.
    Involved(Box<involved::InvolvedView>),
}

/// A panel over the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Languages { sel: usize },
    Settings { sel: usize },
}

/// A place on screen a tap or click stands for keys: drawn by the view, read by a front end
/// with a pointer (the web page). The keys are the ones a person would press instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub area: ratatui::layout::Rect,
    pub keys: Vec<Key>,
}

pub struct Model<'a> {
    pub lib: &'a Library,
    pub loc: Localizer,
    pub env: Env,
    pub store: Store,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The selected scenario on the start screen.
    pub start_sel: usize,
    pub quit: bool,
    /// The time of the last message, for timers and the typing animation.
    pub now: Instant,
    seed: Option<u64>,
    /// Every locale: (tag, its own name).
    pub langs: Vec<(String, String)>,
    /// Where finished runs are recorded.
    pub recorder: crate::results::Recorder,
    /// The results file the results screen shows.
    pub results_path: Option<std::path::PathBuf>,
    /// Test hook: the next frame panics, to prove the terminal is restored after a panic.
    /// Only debug builds set it (from `REDFLAG_TEST_PANIC_IN_FRAME`).
    pub panic_in_frame: bool,
    /// Lines for the start screen (see [`TuiOptions::notices`]).
    pub notices: Vec<String>,
    /// When the current run started (by the recorder's clock), for the time it took.
    run_started: i64,
    /// The last failure to record a run, in words, for the start screen.
    pub record_error: Option<String>,
    /// Results a front end keeps itself (a web page, in its local storage), read by the
    /// results screen and the booster instead of [`Model::results_path`] when set.
    pub kept: Option<Vec<crate::results::Record>>,
    /// How a run is played again here (the debrief says): `--seed`, or in a web page
    /// `?seed=` in its address.
    pub rerun: crate::present::Rerun,
    /// Where the last frame can be tapped (see [`Hit`]); the view fills it.
    pub hits: std::cell::RefCell<Vec<Hit>>,
}

impl<'a> Model<'a> {
    /// A model over `lib`. `requested` is the language the command line or environment
    /// asks for; without one, the saved language is used, else the picker comes first.
    pub fn new(
        lib: &'a Library,
        requested: Option<String>,
        opts: TuiOptions,
        store: Store,
        env: Env,
        now: Instant,
    ) -> Model<'a> {
        Model::with_localizer(lib, requested, opts, store, env, now, None)
    }

    /// Like [`Model::new`], reusing `built`: the command line's localizer for the language
    /// it was asked for, so the start screen does not build the same bundles twice.
    pub fn with_localizer(
        lib: &'a Library,
        requested: Option<String>,
        opts: TuiOptions,
        store: Store,
        env: Env,
        now: Instant,
        built: Option<Localizer>,
    ) -> Model<'a> {
        let langs: Vec<(String, String)> = lib
            .catalog
            .langs()
            .into_iter()
            .map(|tag| {
                let name = lib
                    .catalog
                    .language_name(&tag)
                    .unwrap_or_else(|| tag.clone());
                (tag, name)
            })
            .collect();
        let chosen = requested.clone().or_else(|| store.saved.lang.clone());
        // `built` was made for `requested`, or English when nothing was asked: it fits when
        // the saved language does not take over.
        let fits = requested.is_some() || store.saved.lang.is_none();
        let loc = match built {
            Some(l) if fits => l,
            _ => lib.catalog.localizer(chosen.as_deref().unwrap_or(SOURCE)).0,
        };
        // A language that comes from a pack says so, as its scenarios do.
        let langs = langs
            .into_iter()
            .map(|(tag, mut name)| {
                if let Some(pack) = lib.catalog.origin(&tag).and_then(|o| o.pack_name()) {
                    name.push(' ');
                    name.push_str(
                        &loc.fmt("list-pack", &crate::i18n::args([("pack", pack.into())])),
                    );
                }
                (tag, name)
            })
            .collect();
        let mut model = Model {
            lib,
            loc,
            env,
            store,
            screen: Screen::Start,
            overlay: None,
            start_sel: 0,
            quit: false,
            now,
            seed: opts.seed,
            langs,
            run_started: opts.recorder.now(),
            recorder: opts.recorder,
            results_path: opts.results_path,
            panic_in_frame: false,
            notices: opts.notices,
            record_error: None,
            kept: None,
            rerun: Default::default(),
            hits: Default::default(),
        };
        if chosen.is_none() && model.langs.len() > 1 {
            let sel = model.lang_index();
            model.screen = Screen::Languages { sel };
        } else if let Some(stage) = opts.quiz {
            quiz::start_round(&mut model, stage);
        } else if let Some(id) = &opts.scenario
            && let Some(i) = lib.scenarios.iter().position(|s| &s.head.id == id)
        {
            model.start_sel = i;
            model.start_scenario(i);
        }
        model
    }

    /// The seed every run uses (`--seed`, or a page's `?seed=`); `None` for fresh ones.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }

    pub fn theme(&self) -> Theme {
        Theme::new(&self.store.saved.settings, &self.env)
    }

    /// The index of the language in use in [`Model::langs`].
    pub fn lang_index(&self) -> usize {
        self.langs
            .iter()
            .position(|(t, _)| t == self.loc.lang())
            .unwrap_or(0)
    }

    /// Switches the language of everything on screen, now.
    pub fn set_lang(&mut self, index: usize) {
        let Some((tag, _)) = self.langs.get(index) else {
            return;
        };
        let tag = tag.clone();
        self.loc = self.lib.catalog.localizer(&tag).0;
        self.store.saved.lang = Some(tag);
        self.store.save();
    }

    pub fn start_scenario(&mut self, index: usize) {
        let Some(s) = self.lib.scenarios.get(index) else {
            return;
        };
        let seed = self.seed.unwrap_or_else(fresh_seed);
        let settings = self.store.saved.settings.clone();
        self.run_started = self.recorder.now();
        self.screen = Screen::Chat(Box::new(chat::Chat::start(
            &self.loc,
            index,
            s.scenario().clone(),
            seed,
            settings,
            self.now,
        )));
    }

    /// Leaves the conversation for its debrief, and remembers the run.
    pub fn open_debrief(&mut self) {
        let Screen::Chat(c) = &self.screen else {
            return;
        };
        let Some(mut view) = debrief::DebriefView::new(&self.loc, c, self.rerun) else {
            return;
        };
        let practice = c.replay;
        if let Screen::Chat(c) = &mut self.screen {
            view.replay = c.checkpoint.take();
        }
        if !practice {
            self.record_run(&view);
        }
        self.screen = Screen::Debrief(Box::new(view));
    }

    /// Remembers a finished run: best score and handbook, and the results file if on.
    fn record_run(&mut self, view: &debrief::DebriefView) {
        let Screen::Chat(c) = &self.screen else {
            return;
        };
        self.store
            .saved
            .record(&view.scenario_id, view.points, view.max, &view.flag_ids);
        self.store.save();
        if let Some(d) = c.game.as_ref().and_then(|g| g.debrief()) {
            let record = self
                .recorder
                .finished_play(&d, self.loc.lang(), &mut self.run_started);
            self.record_error = self
                .recorder
                .record(record)
                .err()
                .map(|e| e.localized(&self.loc));
        }
    }

    /// How long until a timer needs the model again; `None` when idle.
    pub fn timer(&self, now: Instant) -> Option<Duration> {
        match &self.screen {
            Screen::Chat(c) => c.timer(now, self.store.saved.settings.reduced_motion),
            _ => None,
        }
    }
}

/// What a session shows, in a few words, for the facilitator of `redflag serve`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Activity {
    /// The screen: `languages`, `start`, `chat`, `debrief`, `handbook`, `results`, `quiz`
    /// or `involved`.
    pub screen: &'static str,
    /// The scenario's id on the chat and debrief screens; the stage in the check.
    pub what: Option<String>,
    /// How far: answers given in the chat, items answered in the check.
    pub step: usize,
}

/// What `model` shows (see [`Activity`]).
pub fn activity(model: &Model) -> Activity {
    let scenario = |i: usize| model.lib.scenarios.get(i).map(|s| s.head.id.clone());
    let (screen, what, step) = match &model.screen {
        Screen::Languages { .. } => ("languages", None, 0),
        Screen::Start => ("start", None, 0),
        Screen::Chat(c) => (
            "chat",
            scenario(c.index),
            c.game.as_ref().map_or(0, |g| g.assessments().len()),
        ),
        Screen::Debrief(d) => ("debrief", Some(d.scenario_id.clone()), 0),
        Screen::Handbook(_) => ("handbook", None, 0),
        Screen::Results(_) => ("results", None, 0),
        Screen::Quiz(q) => ("quiz", Some(q.stage.as_str().to_string()), q.answers.len()),
        Screen::Involved(_) => ("involved", None, 0),
    };
    Activity { screen, what, step }
}

/// Plays on from a checkpoint the debrief kept: practice, not recorded.
pub fn replay(model: &mut Model, index: usize, cp: chat::Checkpoint) {
    let settings = model.store.saved.settings.clone();
    let mut chat = chat::Chat::resume(&model.loc, index, cp, settings);
    chat.advance(model.now);
    model.screen = Screen::Chat(Box::new(chat));
}

/// Applies one message. Effects (saving the state) happen through [`Store`], which does
/// nothing when it lives in memory.
pub fn update(model: &mut Model, msg: Msg, now: Instant) {
    model.now = now;
    match msg {
        Msg::Quit => {
            model.quit = true;
            return;
        }
        Msg::Resize(..) => return,
        Msg::Tick => {
            if let Screen::Chat(c) = &mut model.screen {
                c.advance(now);
            }
            return;
        }
        Msg::Key(_) => {}
    }
    let Msg::Key(key) = msg else { return };
    if let Some(o) = model.overlay {
        overlay::update(model, o, key);
        return;
    }
    match &model.screen {
        Screen::Languages { .. } => overlay::update_picker(model, key),
        Screen::Start => start::update(model, key),
        Screen::Chat(_) => chat::update(model, key, now),
        Screen::Debrief(_) => debrief::update(model, key),
        Screen::Handbook(_) => handbook::update(model, key),
        Screen::Results(_) => results::update(model, key),
        Screen::Quiz(_) => quiz::update(model, key),
        Screen::Involved(_) => involved::update(model, key),
    }
}

/// Draws the model. Every area is clamped to the frame; small frames get [`small`].
pub fn view(model: &Model, frame: &mut Frame) {
    assert!(
        !model.panic_in_frame,
        "test hook: a panic in the middle of a frame"
    );
    let area = frame.area();
    model.hits.borrow_mut().clear();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        small::view(model, frame, area);
        return;
    }
    match &model.screen {
        Screen::Languages { sel } => overlay::view_picker(model, frame, area, *sel),
        Screen::Start => start::view(model, frame, area),
        Screen::Chat(c) => chat::view(model, c, frame, area),
        Screen::Debrief(d) => debrief::view(model, d, frame, area),
        Screen::Handbook(h) => handbook::view(model, h, frame, area),
        Screen::Results(r) => results::view(model, r, frame, area),
        Screen::Quiz(q) => quiz::view(model, q, frame, area),
        Screen::Involved(v) => involved::view(model, v, frame, area),
    }
    if let Some(o) = model.overlay {
        // A panel covers the screen: what was tappable under it is not any more.
        model.hits.borrow_mut().clear();
        overlay::view(model, o, frame, area);
    }
}

/// The keys that move a list's selection from `from` to `to`: as many Up or Down as it
/// takes (a tap's way to a list entry; the entries on screen are near the selection).
pub fn moves(from: usize, to: usize) -> Vec<Key> {
    let key = if to < from { Key::Up } else { Key::Down };
    vec![key; from.abs_diff(to)]
}

impl Model<'_> {
    /// Makes (`x`, `y`) in the next frame stand for `keys` (see [`Hit`]).
    pub fn hit(&self, area: ratatui::layout::Rect, keys: Vec<Key>) {
        self.hits.borrow_mut().push(Hit { area, keys });
    }

    /// The keys a tap at (`x`, `y`) of the last frame stands for; the last drawn wins.
    pub fn tapped(&self, x: u16, y: u16) -> Vec<Key> {
        self.hits
            .borrow()
            .iter()
            .rev()
            .find(|h| h.area.contains(Position { x, y }))
            .map(|h| h.keys.clone())
            .unwrap_or_default()
    }
}

/// Where events come from: the terminal, or a test's script.
pub trait Input {
    /// The next message, waiting at most `timeout` (forever if `None`); `None` on timeout.
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Msg>>;
}

/// Runs the app until it quits: draw, wait for a key or a timer, update, and again.
/// An idle game blocks in `input` and uses no CPU.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    model: &mut Model,
    input: &mut dyn Input,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        terminal
            .draw(|f| view(model, f))
            .map_err(io::Error::other)?;
        if model.quit {
            return Ok(());
        }
        let now = Instant::now();
        let msg = input.next(model.timer(now))?.unwrap_or(Msg::Tick);
        if let Msg::Resize(..) = msg {
            terminal.autoresize().map_err(io::Error::other)?;
        }
        update(model, msg, Instant::now());
    }
}

/// Writes `line` at (`x`, `y`), at most `w` columns, when that cell is inside the buffer:
/// the screens never index outside it, whatever the size.
pub fn put(buf: &mut Buffer, x: u16, y: u16, line: &Line, w: u16) {
    if buf.area.contains(Position { x, y }) {
        buf.set_line(x, y, line, w);
    }
}

/// The saved state from the user's data folder (kept in memory only when there is none).
pub fn saved_state() -> Store {
    match Store::default_path() {
        Some(p) => Store::open(p),
        None => Store::in_memory(Default::default()),
    }
}

/// Whether the player chose plain screen-reader mode in the settings (for the command
/// line, which starts plain mode instead of this UI); `false` when the state cannot be read.
pub fn plain_mode_saved(store: &Store) -> bool {
    store.broken.is_none() && store.saved.settings.plain
}
