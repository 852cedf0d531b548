//! The page's ratatui backend, on ratzilla's DOM grid.
//!
//! ratzilla's `DomBackend` measures a cell in the page's font and lays out a grid that fills
//! its element, one `<pre>` per row. Three things are done here instead:
//!
//! - **The size.** `DomBackend` reports the window's size to ratatui with fixed cell metrics
//!   while its grid follows the element and the measured font; when they differ ratatui
//!   draws outside the grid and the backend panics. The size reported here is the grid's
//!   own, and after a resize the backend is made anew (it measures again).
//! - **What a row holds.** `DomBackend` keeps one `<span>` per cell and sets each changed
//!   cell's `innerHTML` and style. A line of chat scrolled changes some 1,400 cells, and the
//!   browser's own work on that many elements (styling them, laying out their text) took
//!   8–10 ms on top of ours. Here a row that changed is written again as a few runs of cells
//!   that look alike: a `<span>` each, exactly as many columns wide as its cells (so the grid
//!   stays aligned whatever the font does with a glyph), its text set as text (no HTML
//!   parser: nothing in a pack's text can ever be markup). All the rows of a frame go in one
//!   call into the page.
//! - **The colours.** A class per look, in a palette that reads well on a dark page:
//!   ratzilla's dark blue and dark red are hard to read there, and its reversed default
//!   colours come out white on white.
//!
//! `cargo xtask web-bench` measures the result.

use std::io;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use ratzilla::DomBackend;
use ratzilla::backend::cell_sized::CellSized;
use unicode_width::UnicodeWidthStr;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r##"
let rows = [];
let sheet = null;
let grid = "";
export function find_rows(id, expected) {
  grid = "#" + id;
  rows = Array.from(document.querySelectorAll(grid + " pre"));
  if (rows.length !== expected) return rows.length;
  for (const r of rows) r.replaceChildren();
  if (sheet === null) {
    const el = document.createElement("style");
    document.head.appendChild(el);
    sheet = el.sheet;
    sheet.insertRule(grid + " pre span { display: inline-block; overflow: visible; }", 0);
  }
  return rows.length;
}
export function paint(rowAt, runs, looks, cols, newLooks, newCss, texts) {
  const css = newCss.split("\u0000");
  for (let k = 0; k < newLooks.length; k++) {
    sheet.insertRule(grid + " span.k" + newLooks[k] + " { " + css[k] + " }", sheet.cssRules.length);
  }
  const t = texts.split("\u0000");
  let k = 0;
  for (let r = 0; r < rowAt.length; r++) {
    const spans = [];
    for (let j = 0; j < runs[r]; j++, k++) {
      const s = document.createElement("span");
      s.className = "k" + looks[k];
      s.style.width = cols[k] + "ch";
      s.textContent = t[k];
      spans.push(s);
    }
    rows[rowAt[r]].replaceChildren(...spans);
  }
}
"##)]
extern "C" {
    /// Finds ratzilla's rows in the element `id`; when there are `expected` of them, empties
    /// them for runs. Returns how many there are.
    fn find_rows(id: &str, expected: u32) -> u32;
    /// Defines the looks `new_looks` (classes `k<n>`) with the rules `new_css` (split at
    /// NUL), then writes the rows `row_at` again: row `row_at[r]` gets `runs[r]` runs, each
    /// with its look, its width in columns and its text (`texts`, split at NUL), in order.
    fn paint(
        row_at: &[u32],
        runs: &[u32],
        looks: &[u32],
        cols: &[u32],
        new_looks: &[u32],
        new_css: &str,
        texts: &str,
    );
}

thread_local! {
    /// Every look given a class so far, for the page's lifetime (its rules stay defined).
    static LOOKS: std::cell::RefCell<std::collections::HashMap<Look, u32>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// How a cell looks: colours and modifiers, after the page's defaults and reversing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Look {
    fg: Rgb,
    bg: Option<Rgb>,
    modifier: Modifier,
}

type Rgb = (u8, u8, u8);

/// The page's text and background (style.css), for a terminal's "default" colour.
const FG: Rgb = (240, 240, 240);
const BG: Rgb = (16, 16, 16);

pub struct PageBackend {
    dom: DomBackend,
    /// The element the grid is in.
    id: String,
    size: Size,
    /// A cell's size in CSS pixels, for taps and swipes.
    pub cell: (f64, f64),
    /// Whether ratzilla's grid is in the page and its rows found (see `find_rows`).
    found: bool,
    /// The screen as the page shows it: each cell's text and look.
    cells: Vec<(String, Look)>,
}

impl PageBackend {
    /// A grid inside the element with id `id`, as many cells as fit.
    pub fn new(id: &str) -> io::Result<PageBackend> {
        let mut dom = DomBackend::new_by_id(id).map_err(io::Error::other)?;
        let size = dom.window_size()?.columns_rows;
        let (w, h) = dom.cell_size_css_px();
        Ok(PageBackend {
            dom,
            id: id.to_string(),
            size,
            cell: (f64::from(w), f64::from(h)),
            found: false,
            cells: Vec::new(),
        })
    }

    /// Has ratzilla put its grid in the page, and finds its rows.
    fn grid(&mut self) -> io::Result<bool> {
        if self.found {
            return Ok(true);
        }
        self.dom.draw(std::iter::empty())?;
        let rows = u32::from(self.size.height);
        if find_rows(&self.id, rows) != rows {
            return Ok(false);
        }
        let blank = look(&Cell::default());
        self.cells = vec![(" ".to_string(), blank); self.size.area() as usize];
        self.found = true;
        Ok(true)
    }
}

/// What a cell's character may share a run with. A run is as many columns wide as its
/// cells, so the grid stays aligned however the font draws a glyph; inside a run, only
/// characters every monospace font draws one column wide keep their columns. Any other
/// character goes in a run of its own kind: a wide one (an emoji) alone, two columns; a
/// symbol (a box-drawing line, an arrow) with more of the same symbol only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Wide,
    Symbol(char),
}

impl Kind {
    fn of(sym: &str) -> Kind {
        if sym.width() > 1 {
            return Kind::Wide;
        }
        let text = |c: char| {
            matches!(u32::from(c),
                0x20..=0x7e
                | 0xa0..=0x24f      // Latin-1, Latin Extended-A and -B
                | 0x300..=0x36f     // combining accents
                | 0x370..=0x52f     // Greek, Cyrillic
                | 0x1e00..=0x1eff   // Latin Extended Additional (Vietnamese)
                | 0x2010..=0x2027   // dashes, quotes, bullet, ellipsis
                | 0x20ac) // euro sign
        };
        if sym.chars().all(text) {
            Kind::Text
        } else {
            Kind::Symbol(sym.chars().next().unwrap_or(' '))
        }
    }
}

/// A colour as the page shows it: a terminal palette that reads well on a dark page.
fn rgb(c: Color) -> Option<Rgb> {
    const ANSI: [Rgb; 16] = [
        (12, 12, 12),
        (241, 76, 76),
        (35, 209, 139),
        (229, 229, 16),
        (59, 142, 234),
        (214, 112, 214),
        (41, 184, 219),
        (204, 204, 204),
        (143, 143, 143),
        (255, 110, 110),
        (80, 230, 160),
        (245, 245, 67),
        (100, 170, 255),
        (230, 140, 230),
        (90, 210, 235),
        (242, 242, 242),
    ];
    Some(match c {
        Color::Reset => return None,
        Color::Black => ANSI[0],
        Color::Red => ANSI[1],
        Color::Green => ANSI[2],
        Color::Yellow => ANSI[3],
        Color::Blue => ANSI[4],
        Color::Magenta => ANSI[5],
        Color::Cyan => ANSI[6],
        Color::Gray => ANSI[7],
        Color::DarkGray => ANSI[8],
        Color::LightRed => ANSI[9],
        Color::LightGreen => ANSI[10],
        Color::LightYellow => ANSI[11],
        Color::LightBlue => ANSI[12],
        Color::LightMagenta => ANSI[13],
        Color::LightCyan => ANSI[14],
        Color::White => ANSI[15],
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) if i < 16 => ANSI[usize::from(i)],
        Color::Indexed(i) if i < 232 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        Color::Indexed(i) => {
            let g = 8 + (i - 232) * 10;
            (g, g, g)
        }
    })
}

fn look(c: &Cell) -> Look {
    let mut fg = rgb(c.fg).unwrap_or(FG);
    let mut bg = rgb(c.bg);
    if c.modifier.contains(Modifier::REVERSED) {
        let under = bg.unwrap_or(BG);
        bg = Some(fg);
        fg = under;
    }
    Look {
        fg,
        bg,
        modifier: c.modifier,
    }
}

fn css(l: &Look) -> String {
    let (r, g, b) = l.fg;
    let mut s = format!("color:rgb({r},{g},{b});");
    if let Some((r, g, b)) = l.bg {
        s.push_str(&format!("background-color:rgb({r},{g},{b});"));
    }
    let m = l.modifier;
    if m.contains(Modifier::BOLD) {
        s.push_str("font-weight:bold;");
    }
    if m.contains(Modifier::DIM) {
        s.push_str("opacity:0.75;");
    }
    if m.contains(Modifier::ITALIC) {
        s.push_str("font-style:italic;");
    }
    match (
        m.contains(Modifier::UNDERLINED),
        m.contains(Modifier::CROSSED_OUT),
    ) {
        (true, true) => s.push_str("text-decoration:underline line-through;"),
        (true, false) => s.push_str("text-decoration:underline;"),
        (false, true) => s.push_str("text-decoration:line-through;"),
        (false, false) => {}
    }
    if m.contains(Modifier::HIDDEN) {
        s.push_str("visibility:hidden;");
    }
    s
}

impl Backend for PageBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let (w, h) = (self.size.width, self.size.height);
        let content = content.filter(|(x, y, _)| *x < w && *y < h);
        if !self.grid()? {
            // Not the grid this backend knows how to write: ratzilla writes it itself.
            return self.dom.draw(content);
        }
        let w = usize::from(w);
        let mut dirty = vec![false; usize::from(h)];
        for (x, y, cell) in content {
            let i = usize::from(y) * w + usize::from(x);
            if let Some(c) = self.cells.get_mut(i) {
                c.0.clear();
                c.0.push_str(cell.symbol());
                c.1 = look(cell);
                dirty[usize::from(y)] = true;
            }
        }
        let (mut row_at, mut runs) = (Vec::new(), Vec::new());
        let (mut looks, mut cols, mut texts) = (Vec::new(), Vec::new(), String::new());
        let (mut new_looks, mut new_css) = (Vec::new(), String::new());
        LOOKS.with(|known| {
            let mut known = known.borrow_mut();
            let mut class_of = |l: &Look| {
                let next = known.len() as u32 + 1;
                *known.entry(*l).or_insert_with(|| {
                    if !new_looks.is_empty() {
                        new_css.push('\0');
                    }
                    new_looks.push(next);
                    new_css.push_str(&css(l));
                    next
                })
            };
            for (y, _) in dirty.iter().enumerate().filter(|(_, d)| **d) {
                let row = &self.cells[y * w..(y + 1) * w];
                let mut n = 0u32;
                let mut x = 0;
                while x < w {
                    let l = row[x].1;
                    if n > 0 || !looks.is_empty() {
                        texts.push('\0');
                    }
                    let mut width = 0;
                    let kind = Kind::of(&row[x].0);
                    while x < w && row[x].1 == l && Kind::of(&row[x].0) == kind {
                        let sym = &row[x].0;
                        // Text never holds NUL (control characters are stripped); were one
                        // here, it would split the runs wrongly, so it goes as a space.
                        texts.extend(sym.chars().map(|c| if c == '\0' { ' ' } else { c }));
                        // A wide character covers the next cell too.
                        let span = sym.width().clamp(1, 2);
                        width += span;
                        x += span;
                        if kind == Kind::Wide {
                            break;
                        }
                    }
                    looks.push(class_of(&l));
                    cols.push(width as u32);
                    n += 1;
                }
                row_at.push(y as u32);
                runs.push(n);
            }
        });
        if !row_at.is_empty() {
            paint(&row_at, &runs, &looks, &cols, &new_looks, &new_css, &texts);
        }
        Ok(())
    }

    // The terminal's cursor is for screen readers in a terminal; the page has its text
    // mirror and plain mode instead, so no cell is ever marked.
    fn hide_cursor(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(Position::default())
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> io::Result<()> {
        Ok(())
    }
    fn clear(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn clear_region(&mut self, _: ClearType) -> io::Result<()> {
        Ok(())
    }
    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.dom.window_size()
    }
    fn flush(&mut self) -> io::Result<()> {
        self.dom.flush()
    }
}
