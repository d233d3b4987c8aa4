//! The content-addressed build cache.
//!
//! A build's key is a SHA-256 over its kind, the identity of the tool (with version), every
//! option in a fixed order, the bytes of every input file, and the identity of every
//! reference (extra references by content; the SDK reference pack and the shared framework by
//! their version directory names). Outputs live in `<cache>/<kind>/<hex-key>/`. A build
//! writes into a temporary directory beside it and renames it into place, so a key directory
//! that exists is complete; a per-key file lock makes concurrent identical builds (parallel
//! tests, several processes) run the tool once while the others wait and take the result.
//!
//! The cache root is `$R2RHOST_CACHE`, else `<workspace root>/.cache` (gitignored).

use std::fmt;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Environment variable that overrides the cache root.
pub const CACHE_ENV: &str = "R2RHOST_CACHE";

/// Name of the file, in every output directory, that describes what went into the key.
pub const KEY_FILE: &str = "key.txt";
/// Name of the file, in every output directory, holding the tools' output (warnings).
pub const LOG_FILE: &str = "build.log";

/// The repository root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The cache root: `$R2RHOST_CACHE` when set and non-empty, else `<workspace root>/.cache`.
pub fn cache_root() -> PathBuf {
    match std::env::var_os(CACHE_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => workspace_root().join(".cache"),
    }
}

/// A finished cache key: 64 lowercase hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CacheKey {
    hex: String,
    description: String,
}

impl CacheKey {
    /// The key as hex.
    pub fn as_str(&self) -> &str {
        &self.hex
    }

    /// A human-readable account of everything hashed (also written to [`KEY_FILE`]).
    pub fn description(&self) -> &str {
        &self.description
    }
}

impl fmt::Display for CacheKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hex)
    }
}

/// Accumulates the parts of a cache key. Each part is a tagged, length-prefixed name/value
/// pair, so no two different sequences of parts hash alike.
#[derive(Debug, Clone)]
pub struct KeyBuilder {
    hasher: Sha256,
    description: String,
}

impl KeyBuilder {
    /// Starts a key for a build of `kind` (`csc`, `ilasm`, `crossgen2`, ...).
    pub fn new(kind: &str) -> Self {
        let mut builder = KeyBuilder { hasher: Sha256::new(), description: String::new() };
        builder.hasher.update(b"r2rhost-driver cache v1\0");
        builder.text("kind", kind);
        builder
    }

    fn part(&mut self, tag: u8, name: &str, value: &[u8]) {
        self.hasher.update([tag]);
        self.hasher.update((name.len() as u64).to_le_bytes());
        self.hasher.update(name.as_bytes());
        self.hasher.update((value.len() as u64).to_le_bytes());
        self.hasher.update(value);
    }

    /// Adds a text option.
    pub fn text(&mut self, name: &str, value: &str) -> &mut Self {
        self.part(b't', name, value.as_bytes());
        self.description.push_str(&format!("{name} = {value}\n"));
        self
    }

    /// Adds a boolean option.
    pub fn flag(&mut self, name: &str, value: bool) -> &mut Self {
        self.text(name, if value { "true" } else { "false" })
    }

    /// Adds an ordered list of text values (order matters: it is hashed as given).
    pub fn list<S: AsRef<str>>(&mut self, name: &str, values: &[S]) -> &mut Self {
        self.part(b'l', name, &(values.len() as u64).to_le_bytes());
        for value in values {
            self.part(b'e', name, value.as_ref().as_bytes());
        }
        let joined: Vec<&str> = values.iter().map(AsRef::as_ref).collect();
        self.description.push_str(&format!("{name} = [{}]\n", joined.join(", ")));
        self
    }

    /// Adds a file: its name (not its directory, so checkouts in different places share
    /// keys) and its full contents.
    pub fn file(&mut self, name: &str, path: &Path) -> Result<&mut Self> {
        let bytes = fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Error::bad_input(format!("{name}: {} does not exist", path.display()))
            }
            _ => Error::io("read", path, e),
        })?;
        let file_name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        self.part(b'f', name, file_name.as_bytes());
        self.part(b'c', name, &bytes);
        let digest = hex(&Sha256::digest(&bytes));
        self.description.push_str(&format!("{name} = {file_name} sha256:{digest}\n"));
        Ok(self)
    }

    /// Adds each file of `paths`, in order.
    pub fn files(&mut self, name: &str, paths: &[PathBuf]) -> Result<&mut Self> {
        self.part(b'l', name, &(paths.len() as u64).to_le_bytes());
        for path in paths {
            self.file(name, path)?;
        }
        Ok(self)
    }

    /// Finishes the key.
    pub fn finish(&self) -> CacheKey {
        CacheKey { hex: hex(&self.hasher.clone().finalize()), description: self.description.clone() }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a build's outputs are, and whether they were already there.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BuildOutput {
    /// The build kind (the cache subdirectory).
    pub kind: String,
    /// The cache key, hex.
    pub key: String,
    /// The output directory `<cache>/<kind>/<key>/`.
    pub dir: PathBuf,
    /// True when no tool ran: the outputs were already in the cache (possibly put there by a
    /// concurrent identical build this one waited for).
    pub cache_hit: bool,
    /// The tools' combined output ([`LOG_FILE`]), e.g. compiler warnings.
    pub log: PathBuf,
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Returns the output directory for `key`, running `build` into a fresh temporary directory
/// and renaming it into place if the key is not cached yet. `build` must write every output
/// into the directory it is given; whatever it returns as log text goes to [`LOG_FILE`].
pub(crate) fn build_cached<F>(kind: &str, key: &CacheKey, build: F) -> Result<BuildOutput>
where
    F: FnOnce(&Path) -> Result<String>,
{
    build_cached_in(&cache_root(), kind, key, build)
}

/// [`build_cached`] under an explicit cache root.
fn build_cached_in<F>(root: &Path, kind: &str, key: &CacheKey, build: F) -> Result<BuildOutput>
where
    F: FnOnce(&Path) -> Result<String>,
{
    let kind_dir = root.join(kind);
    let final_dir = kind_dir.join(key.as_str());
    let output = |cache_hit| BuildOutput {
        kind: kind.to_string(),
        key: key.as_str().to_string(),
        log: final_dir.join(LOG_FILE),
        dir: final_dir.clone(),
        cache_hit,
    };
    if final_dir.is_dir() {
        return Ok(output(true));
    }

    let lock_dir = root.join("locks");
    fs::create_dir_all(&lock_dir).map_err(|e| Error::io("create", &lock_dir, e))?;
    fs::create_dir_all(&kind_dir).map_err(|e| Error::io("create", &kind_dir, e))?;
    let lock_path = lock_dir.join(format!("{kind}-{key}.lock"));
    let lock = File::create(&lock_path).map_err(|e| Error::io("create", &lock_path, e))?;
    lock.lock().map_err(|e| Error::io("lock", &lock_path, e))?;
    if final_dir.is_dir() {
        return Ok(output(true));
    }

    // Holding the lock, no one else is building this key: temporary directories left for it
    // by a process that died mid-build are garbage.
    let stale_prefix = format!(".tmp-{key}-");
    if let Ok(entries) = fs::read_dir(&kind_dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&stale_prefix) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }

    let n = TMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = kind_dir.join(format!(".tmp-{key}-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&tmp);
    fs::create_dir_all(&tmp).map_err(|e| Error::io("create", &tmp, e))?;
    let result = build(&tmp).and_then(|log| {
        write(&tmp.join(LOG_FILE), log.as_bytes())?;
        write(&tmp.join(KEY_FILE), key.description().as_bytes())
    });
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if let Err(e) = fs::rename(&tmp, &final_dir) {
        let _ = fs::remove_dir_all(&tmp);
        if !final_dir.is_dir() {
            return Err(Error::io("rename into", &final_dir, e));
        }
    }
    drop(lock);
    Ok(output(false))
}

/// Writes a file, mapping the error.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).map_err(|e| Error::io("write", path, e))
}

/// Copies a file, mapping the error.
pub(crate) fn copy(from: &Path, to: &Path) -> Result<()> {
    fs::copy(from, to).map(|_| ()).map_err(|e| Error::io(&format!("copy {} to", from.display()), to, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unambiguous() {
        let a = KeyBuilder::new("k").text("a", "bc").finish();
        let b = KeyBuilder::new("k").text("ab", "c").finish();
        assert_ne!(a, b);
        let c = KeyBuilder::new("k").list("x", &["a", "b"]).finish();
        let d = KeyBuilder::new("k").list("x", &["ab"]).finish();
        assert_ne!(c, d);
        assert_eq!(a.as_str().len(), 64);
        assert_eq!(a, KeyBuilder::new("k").text("a", "bc").finish());
    }

    #[test]
    fn concurrent_identical_builds_run_once() {
        use std::sync::atomic::AtomicUsize;
        let root = std::env::temp_dir().join(format!("r2rhost-driver-cache-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let key = KeyBuilder::new("race").text("x", "1").finish();
        let runs = AtomicUsize::new(0);
        let outputs: Vec<BuildOutput> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    s.spawn(|| {
                        build_cached_in(&root, "race", &key, |dir| {
                            runs.fetch_add(1, Ordering::SeqCst);
                            std::thread::sleep(std::time::Duration::from_millis(50));
                            write(&dir.join("out.txt"), b"built")?;
                            Ok("log".into())
                        })
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap().unwrap()).collect()
        });
        assert_eq!(runs.load(Ordering::SeqCst), 1, "the build ran more than once");
        assert_eq!(outputs.iter().filter(|o| !o.cache_hit).count(), 1);
        assert!(outputs.iter().all(|o| o.dir == outputs[0].dir));
        assert_eq!(fs::read_to_string(outputs[0].dir.join("out.txt")).unwrap(), "built");
        assert_eq!(fs::read_to_string(outputs[0].dir.join(LOG_FILE)).unwrap(), "log");

        // A failed build leaves nothing behind and can be retried; so does a dead one.
        fs::create_dir_all(root.join("race").join(".tmp-deadbeef-1-0")).unwrap();
        let dead = CacheKey { hex: "deadbeef".into(), description: String::new() };
        build_cached_in(&root, "race", &dead, |_| Ok(String::new())).unwrap();
        assert!(!root.join("race").join(".tmp-deadbeef-1-0").exists(), "stale temp dir kept");
        fs::remove_dir_all(root.join("race").join("deadbeef")).unwrap();
        let bad = KeyBuilder::new("race").text("x", "2").finish();
        let err = build_cached_in(&root, "race", &bad, |_| Err(Error::bad_input("boom")));
        assert!(matches!(err, Err(Error::BadInput(_))));
        let leftovers = fs::read_dir(root.join("race")).unwrap().count();
        assert_eq!(leftovers, 1, "only the successful build's directory remains");
        let _ = fs::remove_dir_all(&root);
    }
}
