//! The start screen: the scenarios in library order with their facts and best scores, and
//! the ways to the language switcher, the settings, the handbook and help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::{truncate, wrap};
use super::{Key, Model, Overlay, Screen, handbook};
use crate::i18n::{ArgValue, args};
use crate::present::list_entry;

pub fn update(model: &mut Model, key: Key) {
    let n = model.lib.scenarios.len();
    match key {
        Key::Char('q') | Key::Esc => model.quit = true,
        Key::Up => model.start_sel = model.start_sel.saturating_sub(1),
        Key::Down => model.start_sel = (model.start_sel + 1).min(n.saturating_sub(1)),
        Key::Home => model.start_sel = 0,
        Key::End => model.start_sel = n.saturating_sub(1),
        Key::Enter if n > 0 => model.start_scenario(model.start_sel),
        Key::Char(d @ '1'..='9') => {
            let i = d as usize - '1' as usize;
            if i < n {
                model.start_sel = i;
            }
        }
        Key::Char('?') => model.overlay = Some(Overlay::Help),
        Key::Char('i') | Key::Char('I') => super::involved::open(model),
        Key::Char('l') | Key::Char('L') => {
            model.overlay = Some(Overlay::Languages {
                sel: model.lang_index(),
            })
        }
        Key::Char('s') | Key::Char('S') => model.overlay = Some(Overlay::Settings { sel: 0 }),
        Key::Char('r') | Key::Char('R') => {
            let view = match &model.kept {
                Some(kept) => super::results::ResultsView::kept(&model.loc, model.lib, kept),
                None => super::results::ResultsView::new(
                    &model.loc,
                    model.results_path.clone(),
                    model.lib,
                ),
            };
            model.screen = Screen::Results(view);
        }
        Key::Char('c') | Key::Char('C') => {
            model.screen = Screen::Quiz(Box::new(super::quiz::QuizView::new(
                model.seed,
                model.recorder.now(),
            )));
        }
        Key::Char('h') | Key::Char('H') => {
            model.screen = Screen::Handbook(handbook::Handbook::new(
                model.lib,
                &model.loc,
                &model.store.saved.met,
            ));
        }
        _ => {}
    }
}

/// The facts line of a scenario, with its best score if played.
fn facts(model: &Model, i: usize, facts: String) -> String {
    let head = &model.lib.scenarios[i].head;
    // Scores saved under an id the scenario had before still count.
    let saved = std::iter::once(&head.id)
        .chain(&head.aliases)
        .filter_map(|id| model.store.saved.scores.get(id))
        .find(|b| b.plays > 0);
    let played = match saved {
        Some(b) if b.plays > 0 => model.loc.fmt(
            "tui-best",
            &args([
                ("plays", ArgValue::from(b.plays)),
                ("points", ArgValue::from(b.points)),
                ("max", ArgValue::from(b.max)),
            ]),
        ),
        _ => model.loc.text("tui-not-played"),
    };
    format!("{facts} {} {played}", model.theme().pick("·", "-"))
}

/// A tap on scenario `i`: the first selects it, a tap on the selected one plays it.
fn pick_keys(model: &Model, i: usize) -> Vec<Key> {
    if i == model.start_sel {
        return vec![Key::Enter];
    }
    super::moves(model.start_sel, i)
}

pub fn view(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    let w = area.width as usize;
    let buf = frame.buffer_mut();

    // A pseudo-locale names itself through its own transform, as every other text.
    let lang = if loc.pseudo().is_some() {
        loc.text("language-name")
    } else {
        model
            .langs
            .get(model.lang_index())
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let title = format!(
        " {} {} {}",
        theme.flag(),
        loc.text("tui-app-title"),
        theme.pick("·", "-")
    );
    let head = format!("{title} {lang}");
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), theme.header(None));
    super::put(
        buf,
        area.x,
        area.y,
        &Line::styled(truncate(&head, w), theme.header(None)),
        area.width,
    );

    let mut y = area.y + 1;
    // Problems with the saved state come first.
    let mut warnings: Vec<String> = Vec::new();
    if let (Some(_), Some(path)) = (&model.store.broken, &model.store.path) {
        warnings.push(loc.fmt(
            "tui-state-broken",
            &args([(
                "path",
                crate::sanitize::clean_line(&path.display().to_string()).into(),
            )]),
        ));
    }
    if let Some(e) = &model.record_error {
        warnings.push(crate::sanitize::clean_line(e));
    }
    warnings.extend(model.notices.iter().map(|n| crate::sanitize::clean_line(n)));
    if let Some(e) = &model.store.write_error {
        warnings.push(loc.fmt(
            "tui-state-unwritable",
            &args([("reason", crate::sanitize::clean_line(e).into())]),
        ));
    }
    for wline in warnings.iter().flat_map(|t| wrap(t, w)) {
        if y + 4 >= area.bottom() {
            break;
        }
        super::put(
            buf,
            area.x,
            y,
            &Line::styled(wline, theme.warning()),
            area.width,
        );
        y += 1;
    }

    let heading = loc.text("tui-start-heading");
    super::put(
        buf,
        area.x,
        y,
        &Line::styled(truncate(&heading, w), theme.title()),
        area.width,
    );
    y += 1;

    // Footer: key hints, wrapped, at the bottom.
    let foot_y = super::page::footer(model, buf, area, &loc.text("tui-start-keys"), 4);

    let list_h = foot_y.saturating_sub(y) as usize;
    if model.lib.scenarios.is_empty() {
        for (k, l) in wrap(&loc.text("list-empty"), w)
            .into_iter()
            .take(list_h)
            .enumerate()
        {
            super::put(buf, area.x, y + k as u16, &Line::raw(l), area.width);
        }
        return;
    }
    // Two lines per scenario (more when its title wraps), scrolled to keep the selection.
    // Scenarios below the last visible row are not formatted at all.
    let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
    let mut sel_row = 0;
    for i in 0..model.lib.scenarios.len() {
        if i > model.start_sel && rows.len() >= (sel_row + 2).max(list_h) {
            break;
        }
        let Some((title, fact)) = list_entry(loc, model.lib, i) else {
            continue;
        };
        let selected = i == model.start_sel;
        if selected {
            sel_row = rows.len();
        }
        let style = if selected {
            theme.selected()
        } else {
            theme.title()
        };
        let mark = if selected { theme.pointer() } else { " " };
        let lead = format!("{mark} {}. ", i + 1);
        let indent = " ".repeat(lead.chars().count());
        for (k, l) in wrap(&title, w.saturating_sub(indent.len()).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 { lead.clone() } else { indent.clone() };
            rows.push((
                Line::styled(format!("{lead}{l}"), style),
                (k == 0).then_some(i),
            ));
        }
        for l in wrap(
            &facts(model, i, fact),
            w.saturating_sub(indent.len()).max(1),
        ) {
            rows.push((Line::styled(format!("{indent}{l}"), theme.dim()), None));
        }
    }
    let off = (sel_row + 2).saturating_sub(list_h);
    let mut cursor = None;
    let mut owner = None;
    for (k, (line, idx)) in rows.iter().enumerate() {
        // Every line of a scenario (title and facts) is tapped as the scenario.
        owner = idx.or(owner);
        if k < off || k >= off + list_h {
            continue;
        }
        let row = y + (k - off) as u16;
        super::put(buf, area.x, row, line, area.width);
        if *idx == Some(model.start_sel) {
            cursor = Some((area.x + 2, row));
        }
        if let Some(i) = owner {
            model.hit(Rect::new(area.x, row, area.width, 1), pick_keys(model, i));
        }
    }
    if model.overlay.is_none()
        && let Some(c) = cursor
    {
        frame.set_cursor_position(c);
    }
}
