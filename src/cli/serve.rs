//! `redflag serve`: the facilitator's side. Checks the options, loads or makes the host
//! key, prints how to join (before the port accepts anyone), then runs the server with the
//! facilitator's view until Ctrl-C or SIGTERM.

use std::io::{self, IsTerminal, Write};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use super::Ctx;
use crate::i18n::{Localizer, args};
use crate::serve::{self, Options, Shared, hostkey, monitor};

#[derive(Debug, Default, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, value_name = "ADDRESS:PORT", default_value = "0.0.0.0:2222")]
    pub listen: String,
    /// The room code participants type; made up when not given.
    #[arg(long, value_name = "CODE", conflicts_with = "open")]
    pub code: Option<String>,
    /// No room code: anyone who can reach the port can join.
    #[arg(long)]
    pub open: bool,
    /// The most sessions at once.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_sessions: usize,
    /// Close a session after this many minutes without a key.
    #[arg(long, value_name = "MINUTES", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=1440))]
    pub idle_minutes: u64,
}

pub fn run(ctx: Ctx, a: &ServeArgs) -> i32 {
    let loc = &ctx.loc;
    let Ok(listen) = a.listen.parse::<SocketAddr>() else {
        eprintln!(
            "{}",
            loc.fmt(
                "serve-error-listen",
                &args([("value", crate::sanitize::clean_line(&a.listen).into())])
            )
        );
        return 2;
    };
    if let Some(c) = &a.code
        && !crate::results::valid_participant(c)
    {
        eprintln!("{}", loc.text("serve-error-code"));
        return 2;
    }
    let code = if a.open {
        None
    } else {
        Some(a.code.clone().unwrap_or_else(serve::make_code))
    };
    let data = crate::datafile::data_dir();
    let key_path = data.as_ref().map(|d| d.join(hostkey::FILE_NAME));
    let (key, origin) = match hostkey::load_or_make(key_path.as_deref()) {
        Ok(k) => k,
        Err(e) => {
            let (id, path, reason) = match e {
                hostkey::KeyError::Broken { path, reason } => ("serve-error-key", path, reason),
                hostkey::KeyError::Io { path, source } => {
                    ("serve-error-key-io", path, source.to_string())
                }
                hostkey::KeyError::NotAKeyFile { path, problem } => (
                    "serve-error-key",
                    path,
                    crate::check::render::message(loc, &problem),
                ),
            };
            eprintln!(
                "{}",
                loc.fmt(
                    id,
                    &args([
                        ("path", path.display().to_string().into()),
                        ("reason", crate::sanitize::clean_line(&reason).into()),
                    ])
                )
            );
            return 1;
        }
    };
    super::warn_skipped(&ctx);
    let opts = Options {
        listen,
        code,
        max_sessions: a.max_sessions,
        idle: Duration::from_secs(a.idle_minutes * 60),
        lang: ctx.requested.clone(),
        data,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return super::exit_code(loc, Err(e)),
    };
    let Ctx { lib, loc, .. } = ctx;
    // The sessions' threads borrow the content for as long as the process lives.
    let lib: &'static crate::library::Library = Box::leak(Box::new(lib));
    let code = runtime.block_on(serve_until_stopped(lib, &loc, opts, key, origin, key_path));
    // Sessions' tasks that still hang on a dead link are not waited for.
    runtime.shutdown_timeout(Duration::from_millis(200));
    code
}

async fn serve_until_stopped(
    lib: &'static crate::library::Library,
    loc: &Localizer,
    opts: Options,
    key: russh::keys::PrivateKey,
    origin: hostkey::Origin,
    key_path: Option<std::path::PathBuf>,
) -> i32 {
    let mut stops = Stops::install();
    #[cfg(unix)]
    raise_file_limit();
    let cannot_listen = |address: SocketAddr, e: io::Error| {
        eprintln!(
            "{}",
            loc.fmt(
                "serve-error-bind",
                &args([
                    ("address", address.to_string().into()),
                    ("reason", e.to_string().into()),
                ])
            )
        );
        1
    };
    let socket = match bind(opts.listen) {
        Ok(s) => s,
        Err(e) => return cannot_listen(opts.listen, e),
    };
    let local = socket.local_addr().unwrap_or(opts.listen);
    let fingerprint = hostkey::fingerprint(&key);
    let header = start_text(loc, &opts, local, &fingerprint, origin, key_path.as_deref());
    {
        // Written and flushed before the port accepts anyone, terminal or not.
        let mut out = io::stdout().lock();
        for l in &header {
            let _ = writeln!(out, "{l}");
        }
        let _ = out.flush();
    }
    let listener = match socket.listen(1024) {
        Ok(l) => l,
        Err(e) => return cannot_listen(local, e),
    };
    let mut prompt = loc.text("serve-prompt-code");
    if !prompt.ends_with(' ') {
        prompt.push(' ');
    }
    let shared = Arc::new(Shared::new(lib, &opts, prompt));
    install_panic_hook();
    let stop = Arc::new(tokio::sync::Notify::new());
    let (notes_tx, notes_rx) = std::sync::mpsc::sync_channel(4096);
    shared.room.listen(notes_tx);
    let live = io::stdout().is_terminal();
    let monitor = {
        let room = shared.room.clone();
        let loc_tag = loc.lang().to_string();
        let stop = stop.clone();
        let header = header.clone();
        std::thread::spawn(move || {
            let (loc, _) = lib.catalog.localizer(&loc_tag);
            if live {
                let stop = Arc::new(move || stop.notify_one());
                let _ = monitor::live(&loc, lib, &room, &header, notes_rx, stop);
            } else {
                monitor::lines(&loc, &room, notes_rx);
            }
        })
    };
    let config = Arc::new(russh::server::Config {
        keys: vec![key],
        methods: if opts.code.is_some() {
            russh::MethodSet::from(
                &[
                    russh::MethodKind::KeyboardInteractive,
                    russh::MethodKind::Password,
                ][..],
            )
        } else {
            russh::MethodSet::from(&[russh::MethodKind::None][..])
        },
        auth_rejection_time: Duration::from_secs(1),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // The game closes idle sessions itself, with a message; the login deadline closes
        // connections that never start one (serve::run). This only drops a connection
        // that sends nothing at all, not even keepalive replies.
        inactivity_timeout: Some(opts.idle + Duration::from_secs(60)),
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    });
    let stopped = async {
        tokio::select! {
            _ = stop.notified() => {},
            _ = stops.next() => {},
        }
    };
    serve::run(shared.clone(), config, listener, stopped).await;
    shared.room.unlisten();
    // The view ends when its notes do; a stalled output is not waited for long.
    let joined = tokio::task::spawn_blocking(move || monitor.join());
    let _ = tokio::time::timeout(Duration::from_secs(1), joined).await;
    if live {
        monitor::restore();
    }
    0
}

/// The signals that stop the server: Ctrl-C (SIGINT), SIGTERM and SIGHUP on Unix, Ctrl-C
/// elsewhere. Made before the start text is printed, so a signal sent as soon as the
/// server says it runs is already handled.
struct Stops {
    #[cfg(unix)]
    signals: Vec<tokio::signal::unix::Signal>,
    #[cfg(not(unix))]
    ctrl_c: Option<tokio::signal::windows::CtrlC>,
    /// The console window closed, or Ctrl-Break.
    #[cfg(not(unix))]
    ctrl_close: Option<tokio::signal::windows::CtrlClose>,
    #[cfg(not(unix))]
    ctrl_break: Option<tokio::signal::windows::CtrlBreak>,
}

impl Stops {
    fn install() -> Stops {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Stops {
                signals: [
                    SignalKind::interrupt(),
                    SignalKind::terminate(),
                    SignalKind::hangup(),
                ]
                .into_iter()
                .filter_map(|k| signal(k).ok())
                .collect(),
            }
        }
        #[cfg(not(unix))]
        Stops {
            ctrl_c: tokio::signal::windows::ctrl_c().ok(),
            ctrl_close: tokio::signal::windows::ctrl_close().ok(),
            ctrl_break: tokio::signal::windows::ctrl_break().ok(),
        }
    }

    /// Waits for the first of them.
    async fn next(&mut self) {
        #[cfg(unix)]
        {
            if self.signals.is_empty() {
                return std::future::pending().await;
            }
            let waits = self.signals.iter_mut().map(|s| Box::pin(s.recv()));
            let _ = futures_select_all(waits.collect()).await;
        }
        #[cfg(not(unix))]
        {
            let c = async {
                match &mut self.ctrl_c {
                    Some(c) => c.recv().await,
                    None => std::future::pending().await,
                }
            };
            let close = async {
                match &mut self.ctrl_close {
                    Some(c) => c.recv().await,
                    None => std::future::pending().await,
                }
            };
            let brk = async {
                match &mut self.ctrl_break {
                    Some(c) => c.recv().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = c => {},
                _ = close => {},
                _ = brk => {},
            }
        }
    }
}

/// The first of several futures to finish (a small `select_all`).
#[cfg(unix)]
async fn futures_select_all<F: std::future::Future + Unpin>(mut fs: Vec<F>) -> F::Output {
    std::future::poll_fn(move |cx| {
        for f in fs.iter_mut() {
            if let std::task::Poll::Ready(v) = std::pin::Pin::new(f).poll(cx) {
                return std::task::Poll::Ready(v);
            }
        }
        std::task::Poll::Pending
    })
    .await
}

/// A session's panic is caught and shown in the facilitator's view, and a panic in a
/// connection's task ends that connection only (the runtime catches it): neither prints
/// over the live view. Any other panic puts the facilitator's terminal back first.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let contained = std::thread::current()
            .name()
            .is_some_and(|n| n.starts_with("session-") || n.starts_with("tokio-runtime"));
        if !contained {
            monitor::restore();
            previous(info);
        }
    }));
}

/// More connections need more file descriptors than some systems give a process by
/// default (256 on macOS): the soft limit goes up to the hard one.
#[cfg(unix)]
fn raise_file_limit() {
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return;
        }
        let mut want = lim.rlim_max;
        // macOS refuses more than OPEN_MAX for the soft limit.
        if cfg!(target_os = "macos") {
            want = want.min(10240);
        }
        if want > lim.rlim_cur {
            lim.rlim_cur = want;
            let _ = libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

fn bind(addr: SocketAddr) -> io::Result<tokio::net::TcpSocket> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // A restart right after a stop must not fail on connections still closing.
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    Ok(socket)
}

/// The lines printed at start: how to join, the code, the key's fingerprint.
fn start_text(
    loc: &Localizer,
    opts: &Options,
    local: SocketAddr,
    fingerprint: &str,
    origin: hostkey::Origin,
    key_path: Option<&std::path::Path>,
) -> Vec<String> {
    let mut lines = vec![loc.text("serve-start-heading")];
    let addrs = join_addresses(local);
    if addrs.is_empty() {
        lines.push(loc.text("serve-start-no-address"));
    } else {
        lines.push(loc.text("serve-start-join"));
    }
    let port = local.port();
    let shown: Vec<IpAddr> = if addrs.is_empty() {
        vec![IpAddr::from([127, 0, 0, 1])]
    } else {
        addrs
    };
    for ip in shown {
        let port_arg = if port == 22 {
            String::new()
        } else {
            format!("-p {port} ")
        };
        lines.push(format!("    ssh {port_arg}A7@{ip}"));
    }
    lines.push(loc.text("serve-start-codes"));
    match &opts.code {
        Some(c) => lines.push(loc.fmt("serve-start-code", &args([("code", c.clone().into())]))),
        None => lines.push(loc.text("serve-start-open")),
    }
    lines.push(loc.fmt(
        "serve-start-fingerprint",
        &args([("fingerprint", fingerprint.into())]),
    ));
    match (origin, key_path) {
        (hostkey::Origin::Made, Some(p)) => lines.push(loc.fmt(
            "serve-start-key-made",
            &args([("path", p.display().to_string().into())]),
        )),
        (hostkey::Origin::Temporary, _) => lines.push(loc.text("serve-start-key-temporary")),
        _ => {}
    }
    lines.push(loc.text("serve-start-stop"));
    lines
}

/// The addresses participants can reach: the listening one, or when it is every
/// interface, this machine's network addresses (IPv4, loopback left out).
fn join_addresses(local: SocketAddr) -> Vec<IpAddr> {
    let ip = local.ip();
    if !ip.is_unspecified() {
        return vec![ip];
    }
    let mut found = interface_addresses();
    found.retain(|a| a.is_ipv4() && !a.is_loopback());
    found.sort();
    found.dedup();
    found
}

#[cfg(unix)]
fn interface_addresses() -> Vec<IpAddr> {
    let mut out = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that freeifaddrs releases; each
    // node's `ifa_addr` is null or points to a sockaddr of the family it names.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return out;
        }
        let mut node = list;
        while !node.is_null() {
            let addr = (*node).ifa_addr;
            if !addr.is_null() && i32::from((*addr).sa_family) == libc::AF_INET {
                let sin = addr as *const libc::sockaddr_in;
                let bytes = (*sin).sin_addr.s_addr.to_ne_bytes();
                out.push(IpAddr::from(bytes));
            }
            node = (*node).ifa_next;
        }
        libc::freeifaddrs(list);
    }
    out
}

/// Elsewhere: the address this machine would use to reach a local network. A UDP
/// "connection" sends nothing; it only picks the route.
#[cfg(not(unix))]
fn interface_addresses() -> Vec<IpAddr> {
    std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| {
            s.connect("192.168.0.1:9")?;
            s.local_addr()
        })
        .map(|a| vec![a.ip()])
        .unwrap_or_default()
}
