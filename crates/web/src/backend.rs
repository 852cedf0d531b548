//! The page's ratatui backend, on ratzilla's DOM grid.
//!
//! ratzilla's `DomBackend` measures a cell in the page's font, lays out a grid that fills
//! its element (one `<pre>` per row, one `<span>` per cell) and keeps it sized. Two things
//! are done here instead:
//!
//! - **The size.** `DomBackend` reports the window's size to ratatui with fixed cell metrics
//!   while its grid follows the element and the measured font; when they differ ratatui
//!   draws outside the grid and the backend panics. The size reported here is the grid's
//!   own, and after a resize the backend is made anew (it measures again).
//! - **Writing the cells.** `DomBackend` sets each changed cell's `innerHTML` and style
//!   (about 7 µs a cell: a line of chat scrolled redraws some 1,400 cells, 9 ms). Here a
//!   cell's text is set as text (`textContent`: no HTML parser, so nothing in a pack's text
//!   can ever be markup) and its style only when it changed, in the page's own palette:
//!   ratzilla's dark blue and dark red are hard to read on a dark page, and its reversed
//!   default colours come out white on white. `cargo xtask web-bench` measures the result.

use std::io;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use ratzilla::DomBackend;
use ratzilla::backend::cell_sized::CellSized;
use unicode_width::UnicodeWidthStr;
use wasm_bindgen::prelude::*;

// The cells are written in one call a frame: a call from WebAssembly into the page costs
// more than writing a cell, and a scrolled line of chat changes about 1,400 of them. A
// cell's look is a class (one style rule per look, made once), not an inline style: a
// class is set without parsing CSS, and scrolling changes most cells' looks.
#[wasm_bindgen(inline_js = r##"
let cells = [];
let sheet = null;
let grid = "";
export function find_cells(id) {
  grid = "#" + id;
  cells = Array.from(document.querySelectorAll("#" + id + " span"));
  for (const c of cells) {
    c.removeAttribute("style");
    c.className = "";
  }
  if (sheet === null) {
    const el = document.createElement("style");
    document.head.appendChild(el);
    sheet = el.sheet;
    sheet.insertRule(grid + " span { }", 0);
    sheet.insertRule(grid + " span.k0 { display: none; }", 1);
  }
  return cells.length;
}
export function paint(textAt, texts, lookAt, looks, newLooks, newCss) {
  const css = newCss.split("\u0000");
  for (let k = 0; k < newLooks.length; k++) {
    sheet.insertRule(grid + " span.k" + newLooks[k] + " { " + css[k] + " }", sheet.cssRules.length);
  }
  const t = texts.split("\u0000");
  for (let k = 0; k < textAt.length; k++) cells[textAt[k]].textContent = t[k];
  for (let k = 0; k < lookAt.length; k++) cells[lookAt[k]].className = "k" + looks[k];
}
"##)]
extern "C" {
    /// Finds ratzilla's cell elements in the element `id`, row by row, and takes their
    /// inline styles off; returns how many there are.
    fn find_cells(id: &str) -> u32;
    /// Defines the looks `new_looks` (classes `k<n>`) with the rules `new_css` (split at
    /// NUL); sets the text of the cells at `text_at` to `texts` (split at NUL), and the look
    /// of the cells at `look_at` to `looks`. Look 0 hides a cell.
    fn paint(
        text_at: &[u32],
        texts: &str,
        look_at: &[u32],
        looks: &[u32],
        new_looks: &[u32],
        new_css: &str,
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
    wide: bool,
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
    /// Whether ratzilla's grid is in the page and its cells found (see `find_cells`).
    found: bool,
    /// What each cell shows now: its text and look (`None` until first written).
    shown: Vec<(String, Option<Look>)>,
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
            shown: Vec::new(),
        })
    }

    /// Has ratzilla put its grid in the page (blank cells), and finds its cells.
    fn grid(&mut self) -> io::Result<bool> {
        if self.found {
            return Ok(true);
        }
        self.dom.draw(std::iter::empty())?;
        let want = usize::from(self.size.width) * usize::from(self.size.height);
        if find_cells(&self.id) as usize != want {
            return Ok(false);
        }
        self.shown = vec![(" ".to_string(), None); want];
        self.found = true;
        Ok(true)
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
        wide: c.symbol().width() > 1,
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
    // A wide character's cell spans two columns; the next cell is hidden.
    if l.wide {
        s.push_str("display:inline-block;width:2ch;");
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
        let (mut text_at, mut texts) = (Vec::new(), String::new());
        let (mut look_at, mut looks) = (Vec::new(), Vec::new());
        let (mut new_looks, mut new_css) = (Vec::new(), String::new());
        let mut put_text = |i: usize, sym: &str| {
            if !text_at.is_empty() {
                texts.push('\0');
            }
            text_at.push(i as u32);
            // Text never holds NUL (it is stripped of control characters); if a cell did,
            // it would split wrongly, so it goes as a space.
            texts.extend(sym.chars().map(|c| if c == '\0' { ' ' } else { c }));
        };
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
            for (x, y, cell) in content {
                let i = usize::from(y) * usize::from(w) + usize::from(x);
                let Some(shown) = self.shown.get_mut(i) else {
                    continue;
                };
                let sym = cell.symbol();
                if shown.0 != sym {
                    put_text(i, sym);
                    shown.0.clear();
                    shown.0.push_str(sym);
                }
                let l = look(cell);
                if shown.1 != Some(l) {
                    look_at.push(i as u32);
                    looks.push(class_of(&l));
                    shown.1 = Some(l);
                }
                if l.wide
                    && let Some(after) = self.shown.get_mut(i + 1)
                    && !after.0.is_empty()
                {
                    // The cell after a wide character takes no room beside it.
                    put_text(i + 1, "");
                    after.0.clear();
                    look_at.push(i as u32 + 1);
                    looks.push(0);
                    after.1 = None;
                }
            }
        });
        paint(&text_at, &texts, &look_at, &looks, &new_looks, &new_css);
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
