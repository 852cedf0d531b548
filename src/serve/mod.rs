//! `redflag serve`: the game over SSH for a whole room. One command on the facilitator's
//! laptop; participants join with the `ssh` every laptop has. Each session runs the local
//! terminal UI's model, update and view on a thread of its own ([`session`]); this module
//! is the SSH side: the room code, the requests it serves and refuses, and the bytes
//! between the channel and the session.

pub mod hostkey;
pub mod keys;
pub mod monitor;
pub mod outbox;
pub mod room;
pub mod session;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::server::{Auth, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::io::AsyncWriteExt;

use crate::library::Library;
use outbox::{Next, Outbox};
use room::{Note, Refusal, Room};
use session::{Event, Who};

/// Wrong room codes from one address before it waits.
pub const MAX_WRONG_CODES: u32 = 5;
/// How long an address waits after [`MAX_WRONG_CODES`].
pub const WAIT_AFTER_WRONG: Duration = Duration::from_secs(60);
/// Input a session takes: a burst of this many bytes, refilled at [`INPUT_RATE`] a second.
/// More is dropped (no one types faster; a flood must not cost the server).
pub const INPUT_BURST: f64 = 4096.0;
pub const INPUT_RATE: f64 = 1024.0;
/// Events waiting for a session's game thread; more are dropped.
const QUEUE: usize = 256;
/// What a window change costs from the input budget, in bytes.
const RESIZE_COST: usize = 256;

/// What the server is set to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: SocketAddr,
    /// `None`: no code (`--open`).
    pub code: Option<String>,
    pub max_sessions: usize,
    pub idle: Duration,
    /// The server's `--lang`: the participants' language when their client sends none.
    pub lang: Option<String>,
    /// The data folder: host key, participants' settings, results. `None`: nothing kept.
    pub data: Option<PathBuf>,
}

/// What every connection shares.
pub struct Shared {
    pub lib: &'static Library,
    pub lang: Option<String>,
    pub idle: Duration,
    pub data: Option<PathBuf>,
    pub results: Option<PathBuf>,
    pub room: Arc<Room>,
    code: Option<String>,
    /// The prompt for the code, in the server's language.
    prompt: String,
    max_sessions: usize,
    sessions: AtomicUsize,
    next_id: AtomicU64,
    /// Wrong codes by address (IPv6 by its /64): how many, and when the last was.
    failures: Mutex<HashMap<IpAddr, (u32, Instant)>>,
    /// Connections that have not started a game yet: in all, and by address.
    waiting: Mutex<(usize, HashMap<IpAddr, usize>)>,
    /// Every running game, to tell of a shutdown.
    games: Mutex<HashMap<u64, SyncSender<Event>>>,
    pub stopping: AtomicBool,
}

impl Shared {
    pub fn new(lib: &'static Library, opts: &Options, prompt: String) -> Shared {
        Shared {
            lib,
            lang: opts.lang.clone(),
            idle: opts.idle,
            data: opts.data.clone(),
            results: opts
                .data
                .as_ref()
                .map(|d| d.join(crate::results::FILE_NAME)),
            room: Arc::new(Room::default()),
            code: opts.code.clone(),
            prompt,
            max_sessions: opts.max_sessions,
            sessions: AtomicUsize::new(0),
            next_id: AtomicU64::new(1),
            failures: Mutex::new(HashMap::new()),
            waiting: Mutex::new((0, HashMap::new())),
            games: Mutex::new(HashMap::new()),
            stopping: AtomicBool::new(false),
        }
    }

    /// A participant's own folder (settings, handbook, best scores).
    pub fn participant_dir(&self, code: &str) -> Option<PathBuf> {
        // Codes are letters, digits, `-` and `_`: safe as a folder name everywhere. Case
        // is folded so `a7` and `A7` share a folder on every file system alike.
        self.data
            .as_ref()
            .map(|d| d.join("participants").join(folder_name(code)))
    }

    /// Whether `ip` waits after too many wrong codes.
    fn waits(&self, ip: Option<IpAddr>) -> bool {
        let Some(ip) = ip else { return false };
        let f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        f.get(&address_key(ip))
            .is_some_and(|(n, at)| *n >= MAX_WRONG_CODES && at.elapsed() < WAIT_AFTER_WRONG)
    }

    /// Checks a code typed at `peer`; a wrong one counts against the address. The look at
    /// the count and its update are one step, so parallel attempts get no extra tries.
    fn check_code(&self, peer: Option<SocketAddr>, typed: &str) -> bool {
        let Some(code) = &self.code else { return true };
        let right = same(typed.trim().as_bytes(), code.as_bytes());
        let why = {
            let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
            let Some(key) = peer.map(|p| address_key(p.ip())) else {
                return right;
            };
            // Old entries go, so the table cannot grow without bound.
            if f.len() > 4096 {
                f.retain(|_, (_, at)| at.elapsed() < WAIT_AFTER_WRONG);
            }
            let e = f.entry(key).or_insert((0, Instant::now()));
            if e.1.elapsed() >= WAIT_AFTER_WRONG {
                *e = (0, Instant::now());
            }
            if e.0 >= MAX_WRONG_CODES {
                Some(Refusal::Waits)
            } else if right {
                f.remove(&key);
                None
            } else {
                e.0 += 1;
                e.1 = Instant::now();
                Some(if e.0 >= MAX_WRONG_CODES {
                    Refusal::Waits
                } else {
                    Refusal::WrongCode
                })
            }
        };
        match why {
            None => true,
            Some(why) => {
                self.room.note(Note::Refused {
                    peer: peer_text(peer),
                    why,
                });
                false
            }
        }
    }

    /// Takes one of the `--max-sessions` places, if one is free.
    fn take_slot(self: &Arc<Self>) -> Option<Slot> {
        self.sessions
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < self.max_sessions).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(self.clone()))
    }

    /// Admits a new connection from `ip` while it has not started a game: at most
    /// [`MAX_WAITING_PER_ADDRESS`] from one address and `--max-sessions` + [`EXTRA_WAITING`]
    /// in all, so connections that never log in cannot use up the server.
    fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Admitted> {
        let key = address_key(ip);
        let mut w = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
        let mine = w.1.get(&key).copied().unwrap_or(0);
        if mine >= MAX_WAITING_PER_ADDRESS || w.0 >= self.max_sessions + EXTRA_WAITING {
            return None;
        }
        w.0 += 1;
        *w.1.entry(key).or_insert(0) += 1;
        Some(Admitted {
            shared: self.clone(),
            key,
        })
    }

    /// Tells every running game that the server stops.
    pub fn stop_all(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        for tx in self
            .games
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
        {
            let _ = tx.try_send(Event::Shutdown);
        }
    }

    /// How many games still run.
    pub fn running(&self) -> usize {
        self.games.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// Connections from one address that may wait for a login at once.
pub const MAX_WAITING_PER_ADDRESS: usize = 16;
/// Connections waiting for a login, beyond `--max-sessions`, in all.
pub const EXTRA_WAITING: usize = 50;
/// How long a connection may take to log in and start the game.
pub const LOGIN_TIME: Duration = Duration::from_secs(60);

/// The key an address is counted under: IPv4 as it is, IPv6 by its /64 (one machine
/// easily has a whole /64 to choose from).
fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            IpAddr::from([s[0], s[1], s[2], s[3], 0, 0, 0, 0])
        }
        IpAddr::V6(v6) => IpAddr::V4(
            v6.to_ipv4_mapped()
                .unwrap_or(std::net::Ipv4Addr::UNSPECIFIED),
        ),
        v4 => v4,
    }
}

/// A participant code as a folder name: upper case, and with `_` in front of the names
/// Windows keeps for devices (`CON`, `NUL`, `COM1`, …), which cannot be folders there.
fn folder_name(code: &str) -> String {
    let up = code.to_ascii_uppercase();
    let device = matches!(up.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((up.starts_with("COM") || up.starts_with("LPT"))
            && up.len() == 4
            && up.as_bytes()[3].is_ascii_digit());
    if device { format!("_{up}") } else { up }
}

/// One of the `--max-sessions` places, given back when dropped.
pub struct Slot(Arc<Shared>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.sessions.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A connection counted as waiting for its login, until dropped.
pub struct Admitted {
    shared: Arc<Shared>,
    key: IpAddr,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let mut w = self
            .shared
            .waiting
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        w.0 = w.0.saturating_sub(1);
        if let Some(n) = w.1.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                w.1.remove(&self.key);
            }
        }
    }
}

/// Compares in time that does not depend on where the bytes differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (i, x) in b.iter().enumerate() {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ x);
    }
    diff == 0
}

pub fn peer_text(peer: Option<SocketAddr>) -> String {
    peer.map(|p| p.ip().to_string()).unwrap_or_default()
}

/// Makes a room code: six digits.
pub fn make_code() -> String {
    use rand::RngExt;
    format!("{:06}", rand::rng().random_range(0..1_000_000u32))
}

/// Runs the server on `listener` until `stop` completes, then says goodbye to everyone:
/// each game ends with a message (finished runs are on disk already), and within a few
/// seconds every connection is closed. Accept errors (such as running out of file
/// descriptors) never end the server; connections that do not log in in time are dropped.
pub async fn run(
    shared: Arc<Shared>,
    config: Arc<russh::server::Config>,
    listener: tokio::net::TcpListener,
    stop: impl std::future::Future<Output = ()>,
) {
    let (bye_tx, _) = tokio::sync::broadcast::channel::<()>(1);
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((socket, peer)) => {
                    let Some(admitted) = shared.admit(peer.ip()) else {
                        shared.room.note(Note::Refused {
                            peer: peer.ip().to_string(),
                            why: Refusal::TooMany,
                        });
                        continue;
                    };
                    let conn = Conn::new(shared.clone(), Some(peer), admitted);
                    tokio::spawn(connection(config.clone(), socket, conn, bye_tx.subscribe()));
                }
                // Out of file descriptors, or a connection reset before it was taken:
                // wait a moment, and go on serving.
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            },
        }
    }
    shared.stop_all();
    let end = Instant::now() + Duration::from_secs(3);
    while shared.running() > 0 && Instant::now() < end {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let _ = bye_tx.send(());
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// One connection, from the SSH handshake to the end: closed when it does not log in and
/// start the game within [`LOGIN_TIME`], when its game is over, or when the server stops.
async fn connection(
    config: Arc<russh::server::Config>,
    socket: tokio::net::TcpStream,
    conn: Conn,
    mut bye: tokio::sync::broadcast::Receiver<()>,
) {
    let _ = socket.set_nodelay(true);
    let (started, done) = (conn.started.clone(), conn.done.clone());
    let Ok(Ok(session)) =
        tokio::time::timeout(LOGIN_TIME, russh::server::run_stream(config, socket, conn)).await
    else {
        return;
    };
    let handle = session.handle();
    tokio::pin!(session);
    let login = async {
        tokio::time::sleep(LOGIN_TIME).await;
        if started.load(Ordering::SeqCst) {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        _ = &mut session => return,
        _ = login => {}
        _ = done.notified() => {
            // Let the exit status and the close reach the client first.
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        _ = bye.recv() => {}
    }
    let _ = handle
        .disconnect(
            russh::Disconnect::ByApplication,
            String::new(),
            String::new(),
        )
        .await;
    let _ = tokio::time::timeout(Duration::from_secs(2), &mut session).await;
}

/// One SSH connection.
pub struct Conn {
    shared: Arc<Shared>,
    peer: Option<SocketAddr>,
    user: String,
    id: u64,
    channel: Option<ChannelId>,
    write: Option<russh::ChannelWriteHalf<Msg>>,
    pty: Option<String>,
    env: Vec<(String, String)>,
    game: Option<SyncSender<Event>>,
    out: Option<Arc<Outbox>>,
    /// The latest window size, (columns << 16) | rows.
    size: Arc<AtomicU32>,
    /// A window change waits for the game: more are not queued.
    resized: Arc<AtomicBool>,
    /// Input was dropped (over the rate, or a full queue): the game resynchronises.
    lost: Arc<AtomicBool>,
    /// One of the `--max-sessions` places, until the game (or the channel) ends.
    slot: Option<Slot>,
    /// Counted as waiting for a login until the game starts.
    admitted: Option<Admitted>,
    /// The game has started (the login deadline no longer applies).
    started: Arc<AtomicBool>,
    /// Asks the connection's task to close the connection.
    done: Arc<tokio::sync::Notify>,
    joined: bool,
    budget: f64,
    refilled: Instant,
}

impl Conn {
    pub fn new(shared: Arc<Shared>, peer: Option<SocketAddr>, admitted: Admitted) -> Conn {
        let id = shared.next_id.fetch_add(1, Ordering::Relaxed);
        Conn {
            shared,
            peer,
            user: String::new(),
            id,
            channel: None,
            write: None,
            pty: None,
            env: Vec::new(),
            game: None,
            out: None,
            size: Arc::new(AtomicU32::new(0)),
            resized: Arc::new(AtomicBool::new(false)),
            lost: Arc::new(AtomicBool::new(false)),
            slot: None,
            admitted: Some(admitted),
            started: Arc::new(AtomicBool::new(false)),
            done: Arc::new(tokio::sync::Notify::new()),
            joined: false,
            budget: INPUT_BURST,
            refilled: Instant::now(),
        }
    }

    fn methods(&self) -> MethodSet {
        MethodSet::from(&[MethodKind::KeyboardInteractive, MethodKind::Password][..])
    }

    fn reject(&self) -> Auth {
        Auth::Reject {
            proceed_with_methods: Some(self.methods()),
            partial_success: false,
        }
    }

    /// Passes an event to the game; when its queue is full the event is dropped, and
    /// dropped input is flagged so the game does not read half a sequence as keys.
    fn to_game(&self, e: Event) {
        if let Some(tx) = &self.game {
            let input = matches!(e, Event::Data(_));
            if let Err(TrySendError::Full(_)) = tx.try_send(e)
                && input
            {
                self.lost.store(true, Ordering::SeqCst);
            }
        }
    }

    /// Takes `n` bytes of input from the budget; `false` when over the rate.
    fn take_budget(&mut self, n: usize) -> bool {
        let now = Instant::now();
        let dt = now.duration_since(self.refilled).as_secs_f64();
        self.refilled = now;
        self.budget = (self.budget + dt * INPUT_RATE).min(INPUT_BURST);
        if self.budget >= n as f64 {
            self.budget -= n as f64;
            true
        } else {
            false
        }
    }

    /// Starts the game thread and the task that writes its bytes to the channel.
    fn start(&mut self) {
        let Some(write) = self.write.take() else {
            return;
        };
        self.started.store(true, Ordering::SeqCst);
        self.admitted = None;
        let slot = self.slot.take();
        let who = if slot.is_none() {
            Who::Full
        } else {
            Who::from_user(&self.user)
        };
        if matches!(who, Who::Code(_) | Who::Guest) {
            self.joined = true;
            self.shared.room.note(Note::Joined {
                id: self.id,
                who: who.label(),
                peer: peer_text(self.peer),
            });
        } else if who == Who::Full {
            self.shared.room.note(Note::Refused {
                peer: peer_text(self.peer),
                why: Refusal::Full,
            });
        }
        let out = Arc::new(Outbox::default());
        let (tx, rx) = std::sync::mpsc::sync_channel(QUEUE);
        self.out = Some(out.clone());
        self.game = Some(tx.clone());
        let size = self.size.load(Ordering::Relaxed);
        let setup = session::Setup {
            shared: self.shared.clone(),
            id: self.id,
            who,
            term: self.pty.clone(),
            size: ((size >> 16) as u16, size as u16),
            env: std::mem::take(&mut self.env),
            out: out.clone(),
            live_size: self.size.clone(),
            resized: self.resized.clone(),
            lost: self.lost.clone(),
        };
        tokio::spawn(write_out(out.clone(), write, tx.clone(), self.done.clone()));
        let shared = self.shared.clone();
        let id = self.id;
        shared
            .games
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, tx);
        if shared.stopping.load(Ordering::SeqCst) {
            self.to_game(Event::Shutdown);
        }
        let thread_shared = shared.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("session-{id}"))
            .spawn(move || {
                // The place in the room is the thread's until it ends.
                let _slot = slot;
                let shared = thread_shared;
                let room = shared.room.clone();
                let out = setup.out.clone();
                let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    session::run(setup, rx)
                }));
                if let Err(payload) = ran {
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    room.note(Note::Crashed { id, message });
                    out.push(&session::leave_bytes());
                    out.finish(1);
                }
                shared
                    .games
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&id);
            });
        if spawned.is_err() {
            shared
                .games
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&id);
            out.finish(1);
        }
    }
}

/// The session's bytes to the channel, as fast as the client takes them. Ends when the
/// game is over (exit status, EOF, close) or the channel is gone, whichever comes first:
/// a client that stops taking data cannot keep this task waiting after it left.
async fn write_out(
    out: Arc<Outbox>,
    write: russh::ChannelWriteHalf<Msg>,
    game: SyncSender<Event>,
    done: Arc<tokio::sync::Notify>,
) {
    let mut w = write.make_writer();
    loop {
        let next = tokio::select! {
            n = out.next() => n,
            _ = out.closed() => Next::Closed,
        };
        match next {
            Next::Send(bytes) => {
                let sent = tokio::select! {
                    r = async {
                        w.write_all(&bytes).await?;
                        w.flush().await
                    } => r.is_ok(),
                    _ = out.closed() => false,
                };
                if !sent {
                    out.close();
                    break;
                }
                out.sent();
                let _ = game.try_send(Event::Flushed);
            }
            Next::Finish(status) => {
                let _ = write.exit_status(status).await;
                let _ = write.eof().await;
                let _ = write.close().await;
                out.close();
                break;
            }
            Next::Closed => break,
        }
    }
    done.notify_one();
}

impl Drop for Conn {
    fn drop(&mut self) {
        if let Some(out) = &self.out {
            out.close();
        }
        self.to_game(Event::Flushed);
        if self.joined {
            self.shared.room.note(Note::Left { id: self.id });
        }
    }
}

/// Environment variables a session takes from the client; all others are refused.
const KEPT_ENV: [&str; 5] = ["LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "NO_COLOR"];

impl Handler for Conn {
    type Error = russh::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        self.user = user.to_string();
        if self.shared.code.is_none() && !self.shared.waits(self.peer.map(|p| p.ip())) {
            return Ok(Auth::Accept);
        }
        Ok(self.reject())
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        self.user = user.to_string();
        if self.shared.check_code(self.peer, password) {
            Ok(Auth::Accept)
        } else {
            Ok(self.reject())
        }
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        _offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(self.reject())
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        self.user = user.to_string();
        let Some(mut response) = response else {
            if self.shared.waits(self.peer.map(|p| p.ip())) {
                return Ok(self.reject());
            }
            return Ok(Auth::Partial {
                name: "".into(),
                instructions: "".into(),
                prompts: vec![(self.shared.prompt.clone().into(), false)].into(),
            });
        };
        let typed = response
            .next()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        if self.shared.check_code(self.peer, &typed) {
            Ok(Auth::Accept)
        } else {
            Ok(self.reject())
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One session channel per connection; a second one is refused (by dropping reply).
        if self.channel.is_some() {
            return Ok(());
        }
        self.channel = Some(channel.id());
        let (read, write) = channel.split();
        // Input comes through the handler's callbacks; the channel's own queue is unused.
        drop(read);
        self.write = Some(write);
        self.slot = self.shared.take_slot();
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.game.is_some() {
            return session.channel_failure(channel);
        }
        self.pty = Some(crate::sanitize::clean_line(term).chars().take(64).collect());
        self.size
            .store(pack(col_width, row_height), Ordering::Relaxed);
        session.channel_success(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if KEPT_ENV.contains(&name) && value.len() <= 64 && self.env.len() < KEPT_ENV.len() {
            self.env.push((name.to_string(), value.to_string()));
            return session.channel_success(channel);
        }
        session.channel_failure(channel)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.game.is_some() {
            return session.channel_failure(channel);
        }
        session.channel_success(channel)?;
        self.start();
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse(channel, session)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse(channel, session)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _proto: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // A resize costs a full frame: it is paid from the input budget, and one waiting
        // is enough (the game reads the latest size), so a storm of them costs little.
        if Some(channel) == self.channel && self.take_budget(RESIZE_COST) {
            self.size
                .store(pack(col_width, row_height), Ordering::Relaxed);
            if !self.resized.swap(true, Ordering::SeqCst) {
                self.to_game(Event::Resize);
            }
        }
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel && self.game.is_some() {
            if self.take_budget(data.len()) {
                self.to_game(Event::Data(data.to_vec()));
            } else {
                self.lost.store(true, Ordering::SeqCst);
            }
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Without a pty, the end of input ends plain mode; with one, it changes nothing.
        if Some(channel) == self.channel && self.pty.is_none() {
            self.to_game(Event::Data(vec![0x04]));
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel {
            if let Some(out) = &self.out {
                out.close();
                self.to_game(Event::Flushed);
            }
            // A channel closed before its game started gives its place back, and the
            // connection has nothing more to do.
            self.slot = None;
            self.done.notify_one();
        }
        Ok(())
    }
}

impl Conn {
    /// Refuses a request the server never serves (exec, subsystem): nothing is run, the
    /// channel closes with an error.
    fn refuse(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), russh::Error> {
        self.shared.room.note(Note::Refused {
            peer: peer_text(self.peer),
            why: Refusal::Request,
        });
        self.slot = None;
        self.done.notify_one();
        session.channel_failure(channel)?;
        session.close(channel)
    }
}

/// A window size as one number, clamped to what a `u16` holds.
fn pack(w: u32, h: u32) -> u32 {
    (w.min(u32::from(u16::MAX)) << 16) | h.min(u32::from(u16::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared() -> Shared {
        static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
        let lib = LIB.get_or_init(|| Library::load(&[]));
        let opts = Options {
            listen: "127.0.0.1:0".parse().unwrap(),
            code: Some("4711".into()),
            max_sessions: 2,
            idle: Duration::from_secs(60),
            lang: None,
            data: None,
        };
        Shared::new(lib, &opts, "Room code: ".into())
    }

    #[test]
    fn five_wrong_codes_make_an_address_wait_and_others_go_on() {
        let s = shared();
        let a: SocketAddr = "10.0.0.2:5000".parse().unwrap();
        let b: SocketAddr = "10.0.0.3:5000".parse().unwrap();
        assert!(
            s.check_code(Some(a), " 4711\n"),
            "spaces around the code are fine"
        );
        for _ in 0..MAX_WRONG_CODES {
            assert!(!s.check_code(Some(a), "1234"));
        }
        assert!(s.waits(Some(a.ip())));
        assert!(
            !s.check_code(Some(a), "4711"),
            "while it waits, even the right code"
        );
        assert!(
            s.check_code(Some(b), "4711"),
            "another address is not affected"
        );
        assert!(!s.check_code(Some(b), "47111"));
        assert!(!s.check_code(Some(b), "471"));
    }

    #[test]
    fn codes_compare_whole() {
        assert!(same(b"4711", b"4711"));
        assert!(!same(b"4711", b"471"));
        assert!(!same(b"", b"4711"));
        assert!(!same(b"47110", b"4711"));
        assert_eq!(make_code().len(), 6);
        assert!(make_code().chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn input_beyond_the_rate_is_dropped() {
        let shared = Arc::new(shared());
        let admitted = shared.admit("10.0.0.9".parse().unwrap()).unwrap();
        let mut conn = Conn::new(shared, None, admitted);
        assert!(conn.take_budget(4000));
        assert!(!conn.take_budget(1000), "the burst is spent");
        conn.refilled -= Duration::from_secs(1);
        assert!(conn.take_budget(1000), "a second later there is room again");
    }

    #[test]
    fn participant_folders_fold_case_and_avoid_device_names() {
        let mut opts_shared = shared();
        opts_shared.data = Some(PathBuf::from("/d"));
        assert_eq!(
            opts_shared.participant_dir("a7"),
            Some(PathBuf::from("/d/participants/A7"))
        );
        assert_eq!(folder_name("con"), "_CON");
        assert_eq!(folder_name("Com3"), "_COM3");
        assert_eq!(folder_name("COM"), "COM");
        assert_eq!(folder_name("LPT12"), "LPT12");
    }

    #[test]
    fn places_and_waiting_connections_are_bounded_and_given_back() {
        let shared = Arc::new(shared());
        let a = shared.take_slot().unwrap();
        let b = shared.take_slot().unwrap();
        assert!(shared.take_slot().is_none(), "--max-sessions 2");
        drop(a);
        assert!(shared.take_slot().is_some());
        drop(b);
        let ip: IpAddr = "10.0.0.4".parse().unwrap();
        let held: Vec<Admitted> = (0..MAX_WAITING_PER_ADDRESS)
            .map(|_| shared.admit(ip).unwrap())
            .collect();
        assert!(shared.admit(ip).is_none(), "one address cannot hold more");
        assert!(shared.admit("10.0.0.5".parse().unwrap()).is_some());
        drop(held);
        assert!(shared.admit(ip).is_some(), "given back when they end");
        // IPv6 addresses of one /64 count together.
        let v6 = |s: &str| address_key(s.parse().unwrap());
        assert_eq!(v6("2001:db8::1"), v6("2001:db8::ffff:1"));
        assert_ne!(v6("2001:db8::1"), v6("2001:db8:0:1::1"));
    }
}
