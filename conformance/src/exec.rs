//! Running one program with a timeout, capturing stdout/stderr (bounded) and how it ended.
//!
//! The child runs in its own process group, so a timeout kills it and anything it started.
//! A signal N is reported as exit code 128+N, the way a shell (and `check-case.sh`, which
//! produced the expectations) reports it: CoreCLR's unhandled-exception abort is 134.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// At most this many bytes of each stream are kept; the rest is read and dropped.
pub const OUTPUT_LIMIT: usize = 8 << 20;

/// How long to wait for the output pipes to close after the program has exited (something
/// it started may still hold them) before killing its process group.
const DRAIN_GRACE: Duration = Duration::from_secs(2);

/// What to run.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The program.
    pub program: &'a Path,
    /// Its arguments.
    pub args: &'a [OsString],
    /// Environment variables set on top of the inherited environment.
    pub env: &'a [(String, String)],
    /// Working directory (`None`: inherited).
    pub cwd: Option<&'a Path>,
    /// Text written to standard input (`None`: `/dev/null`).
    pub stdin: Option<&'a str>,
    /// Kill the program after this long.
    pub timeout: Duration,
}

/// How a run ended (in JSON: the exit code, or `"timed_out"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It exited, or was killed by a signal N (reported as 128+N).
    Code(i32),
    /// It ran out of time and was killed.
    TimedOut,
}

impl serde::Serialize for Exit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Exit::Code(code) => s.serialize_i32(*code),
            Exit::TimedOut => s.serialize_str("timed_out"),
        }
    }
}

/// The captured result of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Execution {
    /// How it ended.
    pub exit: Exit,
    /// Standard output (lossily decoded UTF-8, at most [`OUTPUT_LIMIT`] bytes).
    pub stdout: String,
    /// Standard error (likewise).
    pub stderr: String,
    /// True when a stream was longer than [`OUTPUT_LIMIT`].
    pub truncated: bool,
    /// Wall time from start to exit.
    pub duration: Duration,
}

/// Runs `req`. An error means the program could not be started at all.
pub fn execute(req: &Request<'_>) -> Result<Execution, String> {
    let mut cmd = Command::new(req.program);
    cmd.args(req.args)
        .envs(req.env.iter().map(|(k, v)| (k, v)))
        .stdin(if req.stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    if let Some(dir) = req.cwd {
        cmd.current_dir(dir);
    }
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {}: {e}", req.program.display()))?;
    let pid = child.id();

    if let (Some(text), Some(mut pipe)) = (req.stdin, child.stdin.take()) {
        let text = text.to_string();
        // A program that exits without reading its input closes the pipe: not an error.
        std::thread::spawn(move || {
            let _ = pipe.write_all(text.as_bytes());
        });
    }
    let (out_tx, out_rx) = mpsc::channel::<(bool, Vec<u8>, bool)>();
    let readers: [(bool, Option<Box<dyn Read + Send>>); 2] = [
        (false, child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
        (true, child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
    ];
    for (is_stderr, pipe) in readers {
        let tx = out_tx.clone();
        std::thread::spawn(move || {
            let (bytes, truncated) = pipe.map(read_bounded).unwrap_or_default();
            let _ = tx.send((is_stderr, bytes, truncated));
        });
    }
    drop(out_tx);

    // A thread blocks in `wait` and notes the exit instant, so the wall time is exact (no
    // polling granularity); on timeout the process group is killed, which ends that wait.
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let status = child.wait();
        let _ = done_tx.send((status, Instant::now()));
    });
    let (status, end) = match done_rx.recv_timeout(req.timeout) {
        Ok((status, end)) => (Some(status), end),
        Err(_) => {
            // The child may have just been reaped; only then could its pid be reused.
            if let Ok((status, end)) = done_rx.try_recv() {
                (Some(status), end)
            } else {
                kill_group(pid);
                let _ = done_rx.recv();
                (None, Instant::now())
            }
        }
    };
    let duration = end.duration_since(start);

    let mut streams: [Option<(Vec<u8>, bool)>; 2] = [None, None];
    let mut killed_stragglers = false;
    while streams.iter().any(Option::is_none) {
        match out_rx.recv_timeout(DRAIN_GRACE) {
            Ok((is_stderr, bytes, truncated)) => streams[usize::from(is_stderr)] = Some((bytes, truncated)),
            Err(mpsc::RecvTimeoutError::Timeout) if !killed_stragglers => {
                // Something the program started still holds the pipes; its group still exists,
                // so the group id cannot have been reused.
                kill_group(pid);
                killed_stragglers = true;
            }
            Err(_) => break,
        }
    }
    let [out, err] = streams.map(Option::unwrap_or_default);
    let exit = match status {
        None => Exit::TimedOut,
        Some(Ok(s)) => Exit::Code(s.code().or_else(|| s.signal().map(|n| 128 + n)).unwrap_or(-1)),
        Some(Err(e)) => return Err(format!("cannot wait for {}: {e}", req.program.display())),
    };
    Ok(Execution {
        exit,
        stdout: String::from_utf8_lossy(&out.0).into_owned(),
        stderr: String::from_utf8_lossy(&err.0).into_owned(),
        truncated: out.1 || err.1,
        duration,
    })
}

/// Reads a stream to its end, keeping the first [`OUTPUT_LIMIT`] bytes.
fn read_bounded(mut pipe: Box<dyn Read + Send>) -> (Vec<u8>, bool) {
    let mut kept = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let mut truncated = false;
    loop {
        match pipe.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = OUTPUT_LIMIT.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
                truncated |= n > room;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    (kept, truncated)
}

/// Sends SIGKILL to the process group `pid` (the child was made its leader), with the
/// `kill` utility: this crate has no `unsafe` (CONTRIBUTING.md), and std can only kill the
/// child itself, which the caller does as well.
fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{pid}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, stdin: Option<&str>, timeout: Duration) -> Execution {
        let args = [OsString::from("-c"), OsString::from(script)];
        execute(&Request { program: Path::new("/bin/sh"), args: &args, env: &[], cwd: None, stdin, timeout }).unwrap()
    }

    #[test]
    fn captures_streams_exit_and_stdin() {
        let e = sh("read x; echo \"got $x\"; echo err >&2; exit 3", Some("hi there\n"), Duration::from_secs(10));
        assert_eq!((e.exit, e.stdout.as_str(), e.stderr.as_str()), (Exit::Code(3), "got hi there\n", "err\n"));
        let e = sh("cat", None, Duration::from_secs(10));
        assert_eq!((e.exit, e.stdout.as_str()), (Exit::Code(0), ""));
    }

    #[test]
    fn signals_are_128_plus_n() {
        let e = sh("kill -ABRT $$", None, Duration::from_secs(10));
        assert_eq!(e.exit, Exit::Code(134));
    }

    #[test]
    fn timeouts_kill_the_group() {
        let t = Instant::now();
        let e = sh("echo started; sleep 30 & sleep 30", None, Duration::from_millis(300));
        assert_eq!(e.exit, Exit::TimedOut);
        assert_eq!(e.stdout, "started\n");
        assert!(t.elapsed() < Duration::from_secs(10), "took {:?}", t.elapsed());
    }

    #[test]
    fn stragglers_holding_pipes_do_not_hang() {
        let t = Instant::now();
        let e = sh("sleep 30 & echo done", None, Duration::from_secs(10));
        assert_eq!((e.exit, e.stdout.as_str()), (Exit::Code(0), "done\n"));
        assert!(t.elapsed() < Duration::from_secs(10), "took {:?}", t.elapsed());
    }

    #[test]
    fn missing_program_is_an_error() {
        let r = execute(&Request {
            program: Path::new("/nonexistent/prog"),
            args: &[],
            env: &[],
            cwd: None,
            stdin: None,
            timeout: Duration::from_secs(1),
        });
        assert!(r.unwrap_err().contains("cannot start /nonexistent/prog"));
    }
}
