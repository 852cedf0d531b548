//! Raw bytes from an SSH channel turned into keys. A client in raw mode sends what its
//! terminal produces: plain characters (UTF-8, possibly split across packets), control
//! bytes, and escape sequences (CSI `ESC [`, SS3 `ESC O`, and string sequences such as
//! OSC). A lone `ESC` is the Esc key only once [`ESC_TIMEOUT`] has passed without more bytes,
//! so a sequence split across two packets is still one key. Unknown or broken sequences are
//! dropped whole, never shown; a bracketed paste is ignored, never taken as commands.

use std::time::Duration;

use crate::tui::Key;

/// How long a lone `ESC` waits for the rest of a sequence before it counts as Esc.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(100);

/// How long a bracketed paste may pause before the rest of its bytes count as keys again
/// (a client that never ends its paste must not swallow every later key).
pub const PASTE_TIMEOUT: Duration = Duration::from_secs(2);

/// The longest CSI sequence kept; a longer one is malformed and skipped to its end.
const MAX_SEQUENCE: usize = 64;

/// What a client typed, as far as the game cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    Key(Key),
    Backspace,
    Delete,
    Insert,
    /// A function key, F1 to F12.
    F(u8),
    /// Ctrl with a letter, lowercase (Ctrl-C is `Ctrl('c')`).
    Ctrl(char),
    /// Shift-Tab.
    BackTab,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Ground,
    /// After `ESC`.
    Escape,
    /// After `ESC [`: parameter and intermediate bytes so far.
    Csi(Vec<u8>),
    /// A CSI sequence too long to be a key, skipped up to its final byte.
    CsiSkip,
    /// After `ESC O`.
    Ss3,
    /// A string sequence (OSC, DCS, APC, PM, SOS) until BEL or `ESC \`; `true` after its ESC.
    Str(bool),
    /// The old mouse report `ESC [ M` is followed by three raw bytes.
    X10Mouse(u8),
    /// A UTF-8 character: the bytes so far and how many it needs.
    Utf8(Vec<u8>, usize),
    /// Inside a bracketed paste: how many bytes of the end marker matched.
    Paste(usize),
}

const PASTE_END: &[u8] = b"\x1b[201~";

/// The parser: feed it bytes as they arrive; call [`KeyParser::timeout`] when
/// [`KeyParser::waiting`] says so and no bytes came for [`ESC_TIMEOUT`].
#[derive(Debug, Clone)]
pub struct KeyParser {
    state: State,
    /// The last byte was a CR: a LF right after it is the same Enter.
    after_cr: bool,
}

impl Default for KeyParser {
    fn default() -> Self {
        KeyParser::new()
    }
}

impl KeyParser {
    pub fn new() -> KeyParser {
        KeyParser {
            state: State::Ground,
            after_cr: false,
        }
    }

    /// How long an unfinished sequence (a lone ESC, a split sequence or character, a
    /// paste) waits for more bytes: call [`KeyParser::timeout`] if nothing comes within it.
    /// `None` when nothing is unfinished.
    pub fn wait(&self) -> Option<Duration> {
        match self.state {
            State::Ground => None,
            State::Paste(_) => Some(PASTE_TIMEOUT),
            _ => Some(ESC_TIMEOUT),
        }
    }

    /// Whether an unfinished sequence waits (see [`KeyParser::wait`]).
    pub fn waiting(&self) -> bool {
        self.wait().is_some()
    }

    /// Nothing more came: a lone ESC is the Esc key; any other unfinished sequence (a
    /// paste included) is dropped.
    pub fn timeout(&mut self, out: &mut Vec<Typed>) {
        if self.state == State::Escape {
            out.push(Typed::Key(Key::Esc));
        }
        self.state = State::Ground;
    }

    /// Parses `bytes`, appending every complete key to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Typed>) {
        for &b in bytes {
            self.byte(b, out);
        }
    }

    fn byte(&mut self, b: u8, out: &mut Vec<Typed>) {
        let after_cr = std::mem::take(&mut self.after_cr);
        match std::mem::replace(&mut self.state, State::Ground) {
            State::Ground => self.ground(b, after_cr, out),
            State::Escape => match b {
                b'[' => self.state = State::Csi(Vec::new()),
                b'O' => self.state = State::Ss3,
                b']' | b'P' | b'_' | b'^' | b'X' => self.state = State::Str(false),
                // ESC ESC: the first was the Esc key; the second starts again.
                0x1b => {
                    out.push(Typed::Key(Key::Esc));
                    self.state = State::Escape;
                }
                // Alt with a key, or a two-byte escape: not a key of the game.
                _ => {}
            },
            State::Csi(mut params) => match b {
                0x20..=0x3f => {
                    if params.len() < MAX_SEQUENCE {
                        params.push(b);
                        self.state = State::Csi(params);
                    } else {
                        self.state = State::CsiSkip;
                    }
                }
                b'M' if params.is_empty() => self.state = State::X10Mouse(3),
                0x40..=0x7e => {
                    if let Some(t) = csi(&params, b) {
                        out.push(t);
                    } else if params == b"200" && b == b'~' {
                        self.state = State::Paste(0);
                    }
                }
                // A control byte inside a sequence breaks it; the byte counts on its own.
                _ => self.ground(b, false, out),
            },
            State::CsiSkip => match b {
                0x20..=0x3f => self.state = State::CsiSkip,
                0x40..=0x7e => {}
                _ => self.ground(b, false, out),
            },
            State::Ss3 => {
                if let Some(t) = ss3(b) {
                    out.push(t);
                }
            }
            State::Str(esc) => {
                let ended = b == 0x07 || (esc && b == b'\\');
                if !ended {
                    self.state = State::Str(b == 0x1b);
                }
            }
            State::X10Mouse(left) => {
                if left > 1 {
                    self.state = State::X10Mouse(left - 1);
                }
            }
            State::Utf8(mut bytes, need) => {
                if b & 0xc0 == 0x80 {
                    bytes.push(b);
                    if bytes.len() == need {
                        if let Some(c) = std::str::from_utf8(&bytes)
                            .ok()
                            .and_then(|s| s.chars().next())
                            .filter(|c| !c.is_control())
                        {
                            out.push(Typed::Key(Key::Char(c)));
                        }
                    } else {
                        self.state = State::Utf8(bytes, need);
                    }
                } else {
                    // Broken: drop what came, and read this byte afresh.
                    self.ground(b, false, out);
                }
            }
            State::Paste(matched) => {
                let matched = if b == PASTE_END[matched] {
                    matched + 1
                } else if b == PASTE_END[0] {
                    1
                } else {
                    0
                };
                if matched < PASTE_END.len() {
                    self.state = State::Paste(matched);
                }
            }
        }
    }

    fn ground(&mut self, b: u8, after_cr: bool, out: &mut Vec<Typed>) {
        let t = match b {
            0x1b => {
                self.state = State::Escape;
                return;
            }
            b'\r' => {
                self.after_cr = true;
                Typed::Key(Key::Enter)
            }
            b'\n' if after_cr => return,
            b'\n' => Typed::Key(Key::Enter),
            b'\t' => Typed::Key(Key::Tab),
            0x7f | 0x08 => Typed::Backspace,
            b' ' => Typed::Key(Key::Space),
            0x01..=0x1a => Typed::Ctrl((b'a' + b - 1) as char),
            0x00 | 0x1c..=0x1f => return,
            0x21..=0x7e => Typed::Key(Key::Char(b as char)),
            0xc2..=0xdf => return self.state = State::Utf8(vec![b], 2),
            0xe0..=0xef => return self.state = State::Utf8(vec![b], 3),
            0xf0..=0xf4 => return self.state = State::Utf8(vec![b], 4),
            // A stray continuation byte or an impossible lead byte.
            _ => return,
        };
        out.push(t);
    }
}

/// A complete CSI sequence as a key, if it is one the game knows.
fn csi(params: &[u8], fin: u8) -> Option<Typed> {
    // Only digits and `;` make a key; private markers (`<`, `?`, `>`) are reports.
    if !params.iter().all(|b| b.is_ascii_digit() || *b == b';') {
        return None;
    }
    let text = std::str::from_utf8(params).ok()?;
    let first: Option<u32> = text.split(';').next().and_then(|p| p.parse().ok());
    let key = |k| Some(Typed::Key(k));
    if let Some(k) = cursor(fin) {
        return key(k);
    }
    match fin {
        b'Z' => Some(Typed::BackTab),
        // The xterm "modifyOtherKeys"-free forms of F1-F4 with a modifier: `ESC [ 1;2P`.
        b'P'..=b'S' if first == Some(1) => Some(Typed::F(fin - b'P' + 1)),
        b'~' => match first? {
            1 | 7 => key(Key::Home),
            4 | 8 => key(Key::End),
            2 => Some(Typed::Insert),
            3 => Some(Typed::Delete),
            5 => key(Key::PageUp),
            6 => key(Key::PageDown),
            n @ 11..=15 => Some(Typed::F((n - 10) as u8)),
            n @ 17..=21 => Some(Typed::F((n - 11) as u8)),
            n @ 23..=24 => Some(Typed::F((n - 12) as u8)),
            _ => None,
        },
        _ => None,
    }
}

/// The cursor keys' final bytes, the same after `ESC [` and `ESC O`.
fn cursor(b: u8) -> Option<Key> {
    Some(match b {
        b'A' => Key::Up,
        b'B' => Key::Down,
        b'C' => Key::Right,
        b'D' => Key::Left,
        b'H' => Key::Home,
        b'F' => Key::End,
        _ => return None,
    })
}

/// `ESC O` and one byte: cursor keys in application mode, F1-F4, the keypad.
fn ss3(b: u8) -> Option<Typed> {
    let key = |k| Some(Typed::Key(k));
    if let Some(k) = cursor(b) {
        return key(k);
    }
    match b {
        b'M' => key(Key::Enter),
        b'P'..=b'S' => Some(Typed::F(b - b'P' + 1)),
        // The keypad's digits in application keypad mode.
        b'p'..=b'y' => key(Key::Char((b'0' + (b - b'p')) as char)),
        _ => None,
    }
}

/// A typed key as the game's message; `None` for keys the game does not use.
pub fn to_msg(t: Typed) -> Option<crate::tui::Msg> {
    use crate::tui::Msg;
    match t {
        Typed::Key(k) => Some(Msg::Key(k)),
        Typed::Ctrl('c') => Some(Msg::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(chunks: &[&[u8]]) -> Vec<Typed> {
        let mut p = KeyParser::new();
        let mut out = Vec::new();
        for c in chunks {
            p.feed(c, &mut out);
        }
        p.timeout(&mut out);
        out
    }

    fn k(key: Key) -> Typed {
        Typed::Key(key)
    }

    /// Every named sequence, with what it must give.
    fn table() -> Vec<(&'static [u8], Vec<Typed>)> {
        vec![
            (b"\x1b[A", vec![k(Key::Up)]),
            (b"\x1b[B", vec![k(Key::Down)]),
            (b"\x1b[C", vec![k(Key::Right)]),
            (b"\x1b[D", vec![k(Key::Left)]),
            (b"\x1bOA", vec![k(Key::Up)]),
            (b"\x1bOB", vec![k(Key::Down)]),
            (b"\x1bOC", vec![k(Key::Right)]),
            (b"\x1bOD", vec![k(Key::Left)]),
            (b"\x1b[H", vec![k(Key::Home)]),
            (b"\x1b[F", vec![k(Key::End)]),
            (b"\x1bOH", vec![k(Key::Home)]),
            (b"\x1bOF", vec![k(Key::End)]),
            (b"\x1b[1~", vec![k(Key::Home)]),
            (b"\x1b[7~", vec![k(Key::Home)]),
            (b"\x1b[4~", vec![k(Key::End)]),
            (b"\x1b[8~", vec![k(Key::End)]),
            (b"\x1b[5~", vec![k(Key::PageUp)]),
            (b"\x1b[6~", vec![k(Key::PageDown)]),
            (b"\x1b[2~", vec![Typed::Insert]),
            (b"\x1b[3~", vec![Typed::Delete]),
            (b"\x1bOP", vec![Typed::F(1)]),
            (b"\x1bOS", vec![Typed::F(4)]),
            (b"\x1b[11~", vec![Typed::F(1)]),
            (b"\x1b[15~", vec![Typed::F(5)]),
            (b"\x1b[17~", vec![Typed::F(6)]),
            (b"\x1b[21~", vec![Typed::F(10)]),
            (b"\x1b[23~", vec![Typed::F(11)]),
            (b"\x1b[24~", vec![Typed::F(12)]),
            (b"\x1b[1;2P", vec![Typed::F(1)]),
            (b"\x1b[1;5A", vec![k(Key::Up)]),
            (b"\x1b[Z", vec![Typed::BackTab]),
            (b"\x1bOM", vec![k(Key::Enter)]),
            (b"\x1bOq", vec![k(Key::Char('1'))]),
            (b"\r", vec![k(Key::Enter)]),
            (b"\n", vec![k(Key::Enter)]),
            (b"\r\n", vec![k(Key::Enter)]),
            (b"\r\r", vec![k(Key::Enter), k(Key::Enter)]),
            (b"\x7f", vec![Typed::Backspace]),
            (b"\x08", vec![Typed::Backspace]),
            (b"\t", vec![k(Key::Tab)]),
            (b" ", vec![k(Key::Space)]),
            (b"\x03", vec![Typed::Ctrl('c')]),
            (b"\x1b", vec![k(Key::Esc)]),
            (b"\x1b\x1b", vec![k(Key::Esc), k(Key::Esc)]),
            (b"\x1b\x1b[A", vec![k(Key::Esc), k(Key::Up)]),
            ("ä".as_bytes(), vec![k(Key::Char('ä'))]),
            ("ư".as_bytes(), vec![k(Key::Char('ư'))]),
            ("ї".as_bytes(), vec![k(Key::Char('ї'))]),
            ("€".as_bytes(), vec![k(Key::Char('€'))]),
            ("😀".as_bytes(), vec![k(Key::Char('😀'))]),
            (b"q1", vec![k(Key::Char('q')), k(Key::Char('1'))]),
            // Bracketed paste: nothing inside counts, keys after it do.
            (b"\x1b[200~q\r\x1b[Aabc\x1b[201~x", vec![k(Key::Char('x'))]),
            (b"\x1b[200~\x1b\x1b[201\x1b[201~y", vec![k(Key::Char('y'))]),
            // Reports and unknown sequences are dropped whole.
            (b"\x1b[<0;10;5M", vec![]),
            (b"\x1b[M !!q", vec![k(Key::Char('q'))]),
            (b"\x1b[?1;2c", vec![]),
            (b"\x1b[I\x1b[O", vec![]),
            (b"\x1b[99~", vec![]),
            (
                b"\x1b[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;22;23;24;25A",
                vec![],
            ),
            (b"\x1b]11;rgb:0000/0000/0000\x07q", vec![k(Key::Char('q'))]),
            (b"\x1b]0;title\x1b\\q", vec![k(Key::Char('q'))]),
            (b"\x1bPdata\x1b\\", vec![]),
            (b"\x1bx", vec![]),
            (b"\x1b[", vec![]),
            (b"\x1b[1;", vec![]),
            (b"\x1bO", vec![]),
            // Broken UTF-8 is dropped; the byte that broke it is read afresh.
            (b"\xc3q", vec![k(Key::Char('q'))]),
            (b"\xe2\x82", vec![]),
            (b"\x80\xff", vec![]),
            // C1 controls as UTF-8 are not characters.
            (b"\xc2\x9b", vec![]),
            (b"\x00\x1c", vec![]),
        ]
    }

    #[test]
    fn every_sequence_gives_its_key() {
        for (bytes, want) in table() {
            assert_eq!(
                parse(&[bytes]),
                want,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn every_sequence_split_at_every_byte_gives_the_same_keys() {
        for (bytes, want) in table() {
            for cut in 0..=bytes.len() {
                let (a, b) = bytes.split_at(cut);
                assert_eq!(
                    parse(&[a, b]),
                    want,
                    "{:?} cut at {cut}",
                    String::from_utf8_lossy(bytes)
                );
            }
            // And one byte at a time.
            let single: Vec<&[u8]> = bytes.chunks(1).collect();
            assert_eq!(parse(&single), want);
        }
    }

    #[test]
    fn a_lone_escape_waits_for_the_timeout() {
        let mut p = KeyParser::new();
        let mut out = Vec::new();
        p.feed(b"\x1b", &mut out);
        assert!(out.is_empty() && p.waiting());
        p.feed(b"[B", &mut out);
        assert_eq!(out, vec![k(Key::Down)], "a split sequence is one key");
        assert!(!p.waiting());
        p.feed(b"\x1b", &mut out);
        p.timeout(&mut out);
        assert_eq!(out, vec![k(Key::Down), k(Key::Esc)]);
        assert!(!p.waiting());
    }

    #[test]
    fn a_paste_that_never_ends_stops_swallowing_keys_when_the_bytes_stop() {
        let mut p = KeyParser::new();
        let mut out = Vec::new();
        p.feed(b"\x1b[200~half a paste", &mut out);
        assert_eq!(p.wait(), Some(PASTE_TIMEOUT));
        p.feed(b" and more", &mut out);
        assert!(out.is_empty());
        p.timeout(&mut out);
        p.feed(b"q", &mut out);
        assert_eq!(out, vec![k(Key::Char('q'))]);
    }

    #[test]
    fn cr_then_lf_in_another_packet_is_one_enter() {
        assert_eq!(parse(&[b"\r", b"\n"]), vec![k(Key::Enter)]);
        assert_eq!(parse(&[b"\r", b"a\n"]).len(), 3);
    }

    #[test]
    fn unbounded_garbage_stays_bounded_and_ends() {
        let mut p = KeyParser::new();
        let mut out = Vec::new();
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 10_000));
        p.feed(&long, &mut out);
        let mut osc = b"\x1b]".to_vec();
        osc.extend(std::iter::repeat_n(b'x', 100_000));
        p.feed(&osc, &mut out);
        p.feed(b"\x07", &mut out);
        assert_eq!(out, vec![], "garbage gives no key");
        p.feed(b"q", &mut out);
        assert_eq!(
            out,
            vec![k(Key::Char('q'))],
            "keys are read again afterwards"
        );
        // A string sequence that never ends is dropped when the bytes stop.
        p.feed(b"\x1b]unterminated", &mut out);
        assert!(p.waiting());
        p.timeout(&mut out);
        p.feed(b"w", &mut out);
        assert_eq!(out.last(), Some(&k(Key::Char('w'))));
    }

    #[test]
    fn only_keys_and_ctrl_c_reach_the_game() {
        use crate::tui::Msg;
        assert_eq!(to_msg(Typed::Ctrl('c')), Some(Msg::Quit));
        assert_eq!(to_msg(k(Key::Up)), Some(Msg::Key(Key::Up)));
        assert_eq!(to_msg(Typed::F(1)), None);
        assert_eq!(to_msg(Typed::Ctrl('d')), None);
    }
}
