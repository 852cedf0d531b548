//! Keys as a browser names them (`KeyboardEvent.key`: `"ArrowUp"`, `"Enter"`, `" "`, `"q"`),
//! as the same [`Msg`]s the terminal's keys become (see [`super::term`]), for a front end
//! in a web page. Pure: the page hands over the name and whether Ctrl, Alt or Meta is held.

use super::{Key, Msg};

/// The message for a key the page reports; `None` for keys the game does not use and for
/// combinations with Ctrl, Alt or Meta, which stay the browser's (copy, find, tabs). Ctrl-C
/// quits a terminal program; a page has nothing to quit, so it stays "copy" there.
pub fn key_msg(key: &str, ctrl_alt_or_meta: bool) -> Option<Msg> {
    if ctrl_alt_or_meta {
        return None;
    }
    let key = match key {
        "ArrowUp" | "Up" => Key::Up,
        "ArrowDown" | "Down" => Key::Down,
        "ArrowLeft" | "Left" => Key::Left,
        "ArrowRight" | "Right" => Key::Right,
        "PageUp" => Key::PageUp,
        "PageDown" => Key::PageDown,
        "Home" => Key::Home,
        "End" => Key::End,
        "Enter" => Key::Enter,
        "Escape" | "Esc" => Key::Esc,
        "Tab" => Key::Tab,
        " " | "Spacebar" => Key::Space,
        other => {
            // One character is a character key; longer names (Shift, F1, Dead,
            // Unidentified, Backspace) are keys the game has no use for.
            let mut chars = other.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => Key::Char(c),
                _ => return None,
            }
        }
    };
    Some(Msg::Key(key))
}

/// The messages a tap (or click) on cell (`x`, `y`) of the last frame stands for: the keys
/// a person would press instead (an answer's number, Enter on the selected scenario), from
/// the places the view marked (see [`super::Hit`]). Nothing where nothing was marked.
pub fn tap_msgs(model: &super::Model, x: u16, y: u16) -> Vec<Msg> {
    model.tapped(x, y).into_iter().map(Msg::Key).collect()
}

/// A wheel turn or a swipe, as lines to scroll: `lines` > 0 moves down (as the wheel turned
/// towards the player, or a finger pushed the text up), < 0 moves up. At most a page
/// at a time, as a terminal's own scrolling does.
pub fn scroll_msgs(lines: i32) -> Vec<Msg> {
    let key = if lines < 0 { Key::Up } else { Key::Down };
    let n = lines.unsigned_abs().min(MAX_SCROLL_LINES) as usize;
    vec![Msg::Key(key); n]
}

/// The most lines one wheel turn or swipe scrolls.
pub const MAX_SCROLL_LINES: u32 = 10;

/// Pixels to lines: a wheel reports pixels (`deltaMode` 0), lines (1) or pages (2); a swipe
/// reports pixels. `cell_h` is a row's height in pixels; `page` the rows on screen.
pub fn wheel_lines(delta: f64, mode: u32, cell_h: f64, page: u16) -> i32 {
    let lines = match mode {
        0 => delta / cell_h.max(1.0),
        1 => delta,
        _ => delta * f64::from(page.max(1)),
    };
    // A small nudge still moves one line.
    if lines.abs() < 1.0 && lines != 0.0 {
        return lines.signum() as i32;
    }
    lines.clamp(-1000.0, 1000.0).round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use crate::tui::state::Store;
    use crate::tui::{Env, Model, Screen, TuiOptions, update, view};
    use ratatui::{Terminal, backend::TestBackend};
    use web_time::Instant;

    fn model(lib: &Library) -> Model<'_> {
        let env = Env {
            no_color: false,
            utf8: true,
        };
        let opts = TuiOptions {
            seed: Some(7),
            ..Default::default()
        };
        let store = Store::in_memory(Default::default());
        Model::new(lib, Some("en".into()), opts, store, env, Instant::now())
    }

    fn draw(term: &mut Terminal<TestBackend>, m: &Model) -> Vec<String> {
        let frame = term.draw(|f| view(m, f)).unwrap();
        let b = frame.buffer;
        (0..b.area.height)
            .map(|y| (0..b.area.width).map(|x| b[(x, y)].symbol()).collect())
            .collect()
    }

    fn row_of(rows: &[String], needle: &str) -> u16 {
        rows.iter()
            .position(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", rows.join("\n")))
            as u16
    }

    fn press_all(m: &mut Model, msgs: Vec<Msg>) {
        for msg in msgs {
            update(m, msg, Instant::now());
        }
    }

    /// Taps do what the keys do: a scenario is selected, then played; the chat's body shows
    /// the next messages; an answer's line gives that answer, as its number key would.
    #[test]
    fn taps_stand_for_the_keys_a_person_would_press() {
        let lib = Library::load(&[]);
        let mut m = model(&lib);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let rows = draw(&mut term, &m);
        // The second scenario in the list, by its title's line.
        let second = crate::present::list_entry(&m.loc, &lib, 1).unwrap().0;
        let y = row_of(&rows, &second[..second.len().min(20)]);
        let t = tap_msgs(&m, 10, y);
        press_all(&mut m, t);
        assert_eq!(m.start_sel, 1, "the first tap selects");
        assert!(matches!(m.screen, Screen::Start));
        draw(&mut term, &m);
        let t = tap_msgs(&m, 10, y);
        press_all(&mut m, t);
        assert!(matches!(m.screen, Screen::Chat(_)), "the second tap plays");

        // Tap the chat until answers are offered, then tap the second answer.
        let mut twin = model(&lib);
        press_all(&mut twin, vec![Msg::Key(Key::Down), Msg::Key(Key::Enter)]);
        for _ in 0..50 {
            let rows = draw(&mut term, &m);
            let Screen::Chat(c) = &m.screen else {
                panic!("left the chat")
            };
            if c.waiting() && !c.options.is_empty() {
                let y = row_of(&rows, " 2. ");
                let t = tap_msgs(&m, 20, y);
                press_all(&mut m, t);
                break;
            }
            let t = tap_msgs(&m, 5, 3);
            press_all(&mut m, t);
            press_all(&mut twin, vec![Msg::Key(Key::Space)]);
        }
        press_all(&mut twin, vec![Msg::Key(Key::Char('2'))]);
        let (Screen::Chat(a), Screen::Chat(b)) = (&m.screen, &twin.screen) else {
            panic!("left the chat")
        };
        let answers = |c: &crate::tui::chat::Chat| {
            c.game
                .as_ref()
                .map(|g| g.assessments().to_vec())
                .unwrap_or_default()
        };
        assert_eq!(answers(a).len(), 1, "the tap gave an answer");
        assert_eq!(answers(a), answers(b), "the same answer as key 2");
    }

    /// In a page, the debrief says how to play the run again there: `?seed=`, not `--seed`.
    #[test]
    fn a_page_debrief_names_the_address_not_the_flag() {
        let lib = Library::load(&[]);
        for in_page in [false, true] {
            let mut m = model(&lib);
            if in_page {
                m.rerun = crate::present::Rerun::Address;
            }
            press_all(&mut m, vec![Msg::Key(Key::Enter)]);
            for _ in 0..200 {
                if matches!(m.screen, Screen::Debrief(_)) {
                    break;
                }
                press_all(&mut m, vec![Msg::Key(Key::Enter)]);
            }
            let Screen::Debrief(d) = &m.screen else {
                panic!("no debrief")
            };
            let (id, hint) = if in_page {
                ("debrief-seed-page", "?seed=7")
            } else {
                ("debrief-seed", "--seed 7")
            };
            let want = m.loc.fmt(id, &crate::i18n::args([("seed", 7u64.into())]));
            assert_eq!(d.text.seed, want);
            assert!(d.text.seed.contains(hint), "{}", d.text.seed);
        }
    }

    /// Results a page keeps itself are what its results screen shows, not a file.
    #[test]
    fn the_results_screen_shows_the_results_a_page_keeps() {
        let lib = Library::load(&[]);
        let mut m = model(&lib);
        m.kept = Some(Vec::new());
        press_all(&mut m, vec![Msg::Key(Key::Char('r'))]);
        let Screen::Results(r) = &m.screen else {
            panic!("no results screen")
        };
        assert_eq!(r.text, m.loc.text("results-empty-kept"));
        // With a finished run kept, its summary.
        let mut m = model(&lib);
        m.rerun = crate::present::Rerun::Address;
        let kept = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = kept.clone();
        m.recorder.tap = Some(crate::results::store::Tap(std::sync::Arc::new(move |r| {
            sink.lock().unwrap().push(r.clone())
        })));
        for _ in 0..200 {
            if matches!(m.screen, Screen::Debrief(_)) {
                break;
            }
            press_all(&mut m, vec![Msg::Key(Key::Enter)]);
        }
        let records = kept.lock().unwrap().clone();
        assert_eq!(records.len(), 1, "the tap heard the run");
        m.kept = Some(records.clone());
        press_all(&mut m, vec![Msg::Key(Key::Esc), Msg::Key(Key::Char('r'))]);
        let Screen::Results(r) = &m.screen else {
            panic!("no results screen")
        };
        assert_eq!(
            r.text,
            crate::tui::results::ResultsView::of_records(&m.loc, &lib, &records).text
        );
    }

    #[test]
    fn a_tap_where_nothing_is_marked_does_nothing() {
        let lib = Library::load(&[]);
        let m = model(&lib);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        draw(&mut term, &m);
        // The header line is not a scenario.
        assert!(tap_msgs(&m, 3, 0).is_empty());
        assert!(tap_msgs(&m, 500, 500).is_empty());
    }

    #[test]
    fn rows_are_text_with_wide_characters_counted_once() {
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        let mut b = Buffer::empty(Rect::new(0, 0, 8, 2));
        b.set_string(0, 0, "🚩 ab", ratatui::style::Style::default());
        b.set_string(1, 1, "x", ratatui::style::Style::default());
        // What a page puts in its text mirror: the rows as the terminal shows them.
        let rows: Vec<String> = crate::tui::screens::rows(&b)
            .iter()
            .map(|r| r.trim_end().to_string())
            .collect();
        assert_eq!(rows, vec!["🚩 ab".to_string(), " x".to_string()]);
    }

    #[test]
    fn a_tap_moves_the_selection_the_shortest_way() {
        use crate::tui::moves;
        assert_eq!(moves(3, 1), vec![Key::Up; 2]);
        assert_eq!(moves(1, 4), vec![Key::Down; 3]);
        assert!(moves(2, 2).is_empty());
    }

    #[test]
    fn wheel_and_swipes_scroll_by_lines() {
        assert_eq!(scroll_msgs(3), vec![Msg::Key(Key::Down); 3]);
        assert_eq!(scroll_msgs(-2), vec![Msg::Key(Key::Up); 2]);
        assert!(scroll_msgs(0).is_empty());
        assert_eq!(scroll_msgs(i32::MIN).len(), MAX_SCROLL_LINES as usize);
        assert_eq!(wheel_lines(100.0, 0, 20.0, 24), 5);
        assert_eq!(wheel_lines(-3.0, 1, 20.0, 24), -3);
        assert_eq!(wheel_lines(1.0, 2, 20.0, 24), 24);
        assert_eq!(wheel_lines(4.0, 0, 20.0, 24), 1);
        assert_eq!(wheel_lines(f64::NAN, 0, 20.0, 24), 0);
        assert_eq!(wheel_lines(f64::INFINITY, 0, 0.0, 24), 1000);
    }
}
