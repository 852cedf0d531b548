//! `redflag serve` under a room's load. Run with `cargo bench --bench serve` (Linux: it
//! reads the server's memory and CPU time from /proc). Optional arguments: the session
//! counts, `cargo bench --bench serve -- 100 300` by default.
//!
//! The release `redflag serve` runs as its own process on loopback. For each count N, N
//! SSH clients (russh, in this process) connect with a participant code, open an 80x24
//! pty and play scenarios at a human pace: a key every 300–800 ms (random), about 40 keys
//! each. Every participant's typing speed is set to instant beforehand (in their own
//! settings file, as the settings screen would), so that a frame on the channel answers a
//! key and not an animation.
//!
//! Targets (2-core machine):
//! - keypress-to-frame latency: 99th percentile under 50 ms;
//! - server memory: under 2 MB per connected session on top of the idle server (resident
//!   set, peak while all N play, minus before any connect);
//! - CPU when every session is idle: 0 % (server CPU time over 5 s with no keys, after the
//!   last frames are out).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client;

const CODE: &str = "4711";
const KEYS_PER_SESSION: usize = 40;

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A field of /proc/<pid>/status, in kB.
fn status_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// The process's CPU time (user + system), in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let get = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 after the name.
    get(11) + get(12)
}

fn ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}

/// One participant: connects, plays, and returns the latencies of keys that got a frame.
async fn participant(port: u16, i: usize, seed: u64) -> Result<Vec<Duration>, String> {
    let config = Arc::new(client::Config::default());
    let mut session = client::connect(config, ("127.0.0.1", port), Client)
        .await
        .map_err(|e| e.to_string())?;
    let auth = session
        .authenticate_password(format!("B{i}"), CODE)
        .await
        .map_err(|e| e.to_string())?;
    if !auth.success() {
        return Err("refused".into());
    }
    let mut ch = session
        .channel_open_session()
        .await
        .map_err(|e| e.to_string())?;
    ch.request_pty(false, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .map_err(|e| e.to_string())?;
    ch.request_shell(false).await.map_err(|e| e.to_string())?;
    // The first frame.
    wait_frame(&mut ch, Duration::from_secs(30)).await;
    let mut rng = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |n: u64| {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (rng >> 33) % n
    };
    // Pick a scenario, start it, then answer: show everything, choose 1, confirm.
    let mut keys: Vec<&[u8]> = vec![b"\x1b[B"; i % 13];
    keys.push(b"\r");
    while keys.len() < KEYS_PER_SESSION {
        keys.extend_from_slice(&[b" ", b"1", b"\r"]);
    }
    let mut latencies = Vec::new();
    for k in keys {
        tokio::time::sleep(Duration::from_millis(300 + next(501))).await;
        // Anything left over (a late part of the last frame) is not this key's answer.
        while let Ok(Some(_)) = tokio::time::timeout(Duration::ZERO, ch.wait()).await {}
        let t0 = Instant::now();
        ch.data(k).await.map_err(|e| e.to_string())?;
        if wait_frame(&mut ch, Duration::from_secs(2)).await {
            latencies.push(t0.elapsed());
        }
    }
    // Stay connected, idle, while the server's idle CPU is measured.
    tokio::time::sleep(Duration::from_secs(12)).await;
    let _ = ch.data(&b"\x03"[..]).await;
    Ok(latencies)
}

/// Waits for the next data on the channel; `false` if none came in time.
async fn wait_frame(ch: &mut russh::Channel<client::Msg>, limit: Duration) -> bool {
    loop {
        match tokio::time::timeout(limit, ch.wait()).await {
            Ok(Some(ChannelMsg::Data { .. })) => return true,
            Ok(Some(_)) => continue,
            _ => return false,
        }
    }
}

fn run(n: usize) {
    let data = tempfile::tempdir().unwrap();
    // Instant typing for every participant, in their own settings file.
    for i in 0..n {
        let dir = data.path().join(format!("redflag/participants/B{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("state.json"),
            r#"{"settings": {"typing": "instant", "reduced_motion": true}}"#,
        )
        .unwrap();
    }
    let mut server = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["serve", "--listen", "127.0.0.1:0", "--code", CODE])
        .args(["--max-sessions", &(n + 10).to_string()])
        .env("XDG_DATA_HOME", data.path())
        .env_remove("LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("redflag serve starts");
    let pid = server.id();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let port: u16 = loop {
        let l = lines.next().expect("a join line").unwrap();
        if let Some(p) = l.split_whitespace().skip_while(|w| *w != "-p").nth(1) {
            break p.parse().unwrap();
        }
    };
    // The event lines must be read, or the server would block on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    std::thread::sleep(Duration::from_secs(1));
    let idle_kb = status_kb(pid, "VmRSS:");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let peak = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let sampling = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let (peak, sampling) = (peak.clone(), sampling.clone());
        std::thread::spawn(move || {
            while sampling.load(std::sync::atomic::Ordering::Relaxed) {
                peak.fetch_max(
                    status_kb(pid, "VmRSS:"),
                    std::sync::atomic::Ordering::Relaxed,
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let started = Instant::now();
    let results = rt.block_on(async {
        let mut tasks = Vec::new();
        for i in 0..n {
            // Arrivals spread over a few seconds, as a room logs in.
            tokio::time::sleep(Duration::from_millis(10)).await;
            tasks.push(tokio::spawn(participant(port, i, i as u64 + 1)));
        }
        // Idle CPU: after every session has played and the last frames are out.
        let ticks = ticks_per_second();
        let play_end = Duration::from_millis(10 * n as u64)
            + Duration::from_millis(1100 * KEYS_PER_SESSION as u64)
            + Duration::from_secs(2);
        tokio::time::sleep(play_end.saturating_sub(started.elapsed())).await;
        let c0 = cpu_ticks(pid);
        tokio::time::sleep(Duration::from_secs(5)).await;
        let idle_cpu = (cpu_ticks(pid) - c0) as f64 / ticks / 5.0 * 100.0;
        let mut all = Vec::new();
        let mut failed = 0;
        for t in tasks {
            match t.await {
                Ok(Ok(l)) => all.extend(l),
                _ => failed += 1,
            }
        }
        (all, failed, idle_cpu)
    });
    sampling.store(false, std::sync::atomic::Ordering::Relaxed);
    let _ = sampler.join();
    let (mut lat, failed, idle_cpu) = results;
    lat.sort();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or_default()
    };
    let per_session_mb = (peak
        .load(std::sync::atomic::Ordering::Relaxed)
        .saturating_sub(idle_kb)) as f64
        / 1024.0
        / n as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{n} sessions: {} keys answered, {failed} sessions failed",
        lat.len()
    );
    println!(
        "  latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (target: p99 under 50 ms)",
        ms(pct(0.50)),
        ms(pct(0.99)),
        ms(lat.last().copied().unwrap_or_default())
    );
    println!(
        "  memory: idle server {:.1} MB, {:.2} MB per session at the peak (target: under 2 MB)",
        idle_kb as f64 / 1024.0,
        per_session_mb
    );
    println!("  CPU with every session idle: {idle_cpu:.1} % (target: 0 %)");
    let _ = server.kill();
    let _ = server.wait();
}

fn main() {
    if !std::path::Path::new("/proc/self/status").exists() {
        println!("serve benchmark: needs Linux (/proc) to read the server's memory and CPU");
        return;
    }
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let counts = if counts.is_empty() {
        vec![100, 300]
    } else {
        counts
    };
    for n in counts {
        run(n);
    }
}
