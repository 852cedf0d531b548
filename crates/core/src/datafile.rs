//! The user's data folder and the one way redflag writes a file there: whole, through a
//! temporary file in the same folder, synced, then renamed over the old one. A crash at any
//! moment leaves either the old file or the new one, never a mix.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `$XDG_DATA_HOME/redflag` when set, else the platform's data folder for redflag.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(x).join("redflag"));
    }
    directories::ProjectDirs::from("", "", "redflag").map(|d| d.data_dir().to_path_buf())
}

/// Why [`read_bounded`] did not return a file's bytes.
#[derive(Debug)]
pub enum ReadProblem {
    /// A FIFO, a device, a folder: reading it could block for ever or never end.
    NotAFile,
    /// More than the limit (the size found, or the limit + 1 when the file grew).
    TooLarge(u64),
    Io(io::Error),
}

/// Reads a regular file of at most `limit` bytes. The type is checked before the file is
/// opened (a FIFO would block the open itself), and the read stops after `limit + 1` bytes
/// whatever the file claims, so a device behind a link or a growing file cannot fill the
/// memory. A leading UTF-8 byte order mark, as Windows Notepad writes one, is dropped.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadProblem> {
    use std::io::Read;
    // On Unix the open cannot block (O_NONBLOCK), so the look at the opened file is
    // enough; elsewhere the name is looked at first.
    #[cfg(not(unix))]
    {
        let meta = std::fs::metadata(path).map_err(ReadProblem::Io)?;
        if !meta.is_file() {
            return Err(ReadProblem::NotAFile);
        }
    }
    let (file, meta) = open_regular(path)?;
    if meta.len() > limit {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize + 1);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadProblem::TooLarge(limit + 1));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Ok(bytes)
}

/// Opens `path` for reading without blocking and looks at it again as opened: a file
/// swapped for a pipe between a look at its name and the open cannot hang the program.
fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), ReadProblem> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(ReadProblem::Io)?;
    let meta = file.metadata().map_err(ReadProblem::Io)?;
    if !meta.is_file() {
        return Err(ReadProblem::NotAFile);
    }
    Ok((file, meta))
}

/// Where a write stops early, for tests that simulate a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fault {
    #[default]
    None,
    /// Stop (as a killed process would) after this many bytes of the temporary file.
    AfterBytes(usize),
}

/// Writes `bytes` to `path` atomically (see the module's notes).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, bytes, Fault::None)
}

/// [`write_atomically`] with a fault-injection hook. On a fault the temporary file is left
/// behind half written, exactly as a crash would leave it, and an error is returned.
pub fn write_atomically_with(path: &Path, bytes: &[u8], fault: Fault) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent folder"))?;
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Unique per write, not only per process: the sessions of `redflag serve` are threads
    // of one process, and two of them may save the same participant's file at once.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        {
            let mut f = std::fs::File::create(&tmp)?;
            if let Fault::AfterBytes(n) = fault {
                f.write_all(&bytes[..n.min(bytes.len())])?;
                return Err(io::Error::other("simulated crash"));
            }
            f.write_all(bytes)?;
            f.sync_all()?;
            // Closed here, before the rename.
        }
        // The new file keeps the old one's mode (a read-only results file stays read-only).
        #[cfg(unix)]
        if let Ok(m) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, m.permissions())?;
        }
        std::fs::rename(&tmp, path)?;
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() && fault == Fault::None {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn opening_a_pipe_neither_blocks_nor_reads_it() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.ron");
        let c = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid, NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // Past the look at the name (as when the file is swapped after it): no writer
        // ever comes, and a blocking open would wait for ever.
        assert!(matches!(open_regular(&fifo), Err(ReadProblem::NotAFile)));
        // The whole read, which no longer looks at the name first on Unix, refuses it too.
        assert!(matches!(
            read_bounded(&fifo, 100),
            Err(ReadProblem::NotAFile)
        ));
        assert!(matches!(
            read_bounded(dir.path(), 100),
            Err(ReadProblem::NotAFile)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_rewrite_keeps_the_file_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        write_atomically(&path, b"one").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        write_atomically(&path, b"two").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o444);
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
    }

    #[test]
    fn a_crash_in_the_middle_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        write_atomically(&path, b"old and complete").unwrap();
        let new = b"new, much longer content that is cut off in the middle";
        let err = write_atomically_with(&path, new, Fault::AfterBytes(new.len() / 2));
        assert!(err.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"old and complete");
        // The next write succeeds and replaces it whole.
        write_atomically(&path, new).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), new);
    }
}
