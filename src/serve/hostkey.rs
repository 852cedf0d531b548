//! The server's ed25519 host key: made on the first start and kept in the data folder
//! (`host_ed25519`, mode 0600), so participants' `ssh` knows it on every later start. A
//! file that cannot be read as a key is reported and never overwritten.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use russh::keys::{Algorithm, HashAlg, PrivateKey};

pub const FILE_NAME: &str = "host_ed25519";

/// The key file is far smaller than this; a larger one is not a key.
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug)]
pub enum KeyError {
    /// The file exists but is not a private key this server can use.
    Broken {
        path: PathBuf,
        reason: String,
    },
    /// The path is not a regular file, or far too large to be a key: said as `check`
    /// says it of any file (E007, E003).
    NotAKeyFile {
        path: PathBuf,
        problem: crate::diag::Diagnostic,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
}

/// Where the key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Loaded,
    Made,
    /// No data folder: a key for this run only.
    Temporary,
}

/// The key at `path`, made there if there is none.
pub fn load_or_make(path: Option<&Path>) -> Result<(PrivateKey, Origin), KeyError> {
    let Some(path) = path else {
        return Ok((make(), Origin::Temporary));
    };
    match crate::datafile::read_bounded(path, MAX_BYTES) {
        Ok(bytes) => {
            let broken = |reason: String| KeyError::Broken {
                path: path.to_path_buf(),
                reason,
            };
            let text = String::from_utf8(bytes).map_err(|e| broken(e.to_string()))?;
            let key = PrivateKey::from_openssh(text.trim()).map_err(|e| broken(e.to_string()))?;
            if key.algorithm() != Algorithm::Ed25519 || key.is_encrypted() {
                return Err(broken(key.algorithm().to_string()));
            }
            Ok((key, Origin::Loaded))
        }
        Err(crate::datafile::ReadProblem::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
            let key = make();
            write_new(path, &key).map_err(|source| KeyError::Io {
                path: path.to_path_buf(),
                source,
            })?;
            Ok((key, Origin::Made))
        }
        Err(crate::datafile::ReadProblem::Io(source)) => Err(KeyError::Io {
            path: path.to_path_buf(),
            source,
        }),
        Err(crate::datafile::ReadProblem::NotAFile) => Err(KeyError::NotAKeyFile {
            path: path.to_path_buf(),
            problem: crate::diag::Diagnostic::error(
                "E007",
                &path.display().to_string(),
                Default::default(),
            ),
        }),
        Err(crate::datafile::ReadProblem::TooLarge(size)) => Err(KeyError::NotAKeyFile {
            path: path.to_path_buf(),
            problem: crate::diag::Diagnostic::error(
                "E003",
                &path.display().to_string(),
                Default::default(),
            )
            .arg("size", size as usize)
            .arg("limit", MAX_BYTES as usize),
        }),
    }
}

fn make() -> PrivateKey {
    PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).expect("ed25519 keys can be made")
}

/// The fingerprint as `ssh-keygen -lf` and `ssh` show it: `SHA256:…`.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

/// Writes a new key file, readable by its owner only, without replacing any file: a
/// temporary file is linked into place only if none appeared meanwhile.
fn write_new(path: &Path, key: &PrivateKey) -> io::Result<()> {
    let text = key
        .to_openssh(russh::keys::ssh_key::LineEnding::LF)
        .map_err(io::Error::other)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut f = opts.open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        // hard_link fails if the key appeared meanwhile: that key is kept.
        std::fs::hard_link(&tmp, path)
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_made_once_kept_and_a_broken_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let (k1, o1) = load_or_make(Some(&path)).unwrap();
        assert_eq!(o1, Origin::Made);
        let (k2, o2) = load_or_make(Some(&path)).unwrap();
        assert_eq!(o2, Origin::Loaded);
        assert_eq!(fingerprint(&k1), fingerprint(&k2));
        assert!(fingerprint(&k1).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, b"not a key").unwrap();
        assert!(matches!(
            load_or_make(Some(&path)),
            Err(KeyError::Broken { .. })
        ));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"not a key",
            "not overwritten"
        );
    }
}
