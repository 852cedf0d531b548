//! A static file server for the tests: one folder, on 127.0.0.1, every request logged.
//! (What a freelancer's host or `python3 -m http.server` does; here so the test needs
//! nothing beyond the browser.)

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub struct Server {
    pub port: u16,
    /// Every path asked for, in order.
    pub log: Arc<Mutex<Vec<String>>>,
    /// When set, every connection is closed unanswered: the network is gone.
    pub down: Arc<std::sync::atomic::AtomicBool>,
}

pub fn start(dir: &Path) -> crate::Result<Server> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let log = Arc::new(Mutex::new(Vec::new()));
    let down = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (dir, seen, gone) = (dir.to_path_buf(), log.clone(), down.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if gone.load(std::sync::atomic::Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let (dir, seen) = (dir.clone(), seen.clone());
            std::thread::spawn(move || {
                let _ = answer(stream, &dir, &seen);
            });
        }
    });
    Ok(Server { port, log, down })
}

fn answer(stream: TcpStream, dir: &Path, log: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        // The headers, up to the blank line.
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
                break;
            }
        }
        if let Ok(mut l) = log.lock() {
            l.push(target.clone());
        }
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let path = if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        let file: Option<PathBuf> = (!path.contains(".."))
            .then(|| dir.join(path.trim_start_matches('/')))
            .filter(|p| p.is_file());
        match file.and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
            Some((p, body)) => {
                let kind = match p.extension().and_then(|e| e.to_str()) {
                    Some("html") => "text/html; charset=utf-8",
                    Some("js") => "text/javascript",
                    Some("css") => "text/css",
                    Some("wasm") => "application/wasm",
                    _ => "application/octet-stream",
                };
                write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\r\n",
                    body.len()
                )?;
                out.write_all(&body)?;
            }
            None => {
                out.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")?;
            }
        }
        out.flush()?;
    }
}
