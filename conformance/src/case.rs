//! Case files: parsing the `/* EXPECT ... */` block at the end of a `.cs`/`.il` file, and
//! rendering it back (for `BLESS=1`). The format is `../CASE-FORMAT.md`.
//!
//! Parsing never panics: anything malformed is a [`CaseError`] naming the file and line.
//! Rendering an unchanged [`CaseFile`] reproduces the file byte for byte (header lines are
//! kept verbatim and in their order; only `exit:` is rewritten when the exit code changes).

use std::fmt;
use std::path::{Path, PathBuf};

/// The line that opens the expectation block.
pub const BLOCK_START: &str = "/* EXPECT";
/// The line that closes it (the file's last line).
pub const BLOCK_END: &str = "*/";
/// The line that starts the expected standard output.
pub const STDOUT_MARKER: &str = "--- stdout";
/// The line that starts the expected standard error.
pub const STDERR_MARKER: &str = "--- stderr";

/// A problem with a case file (or with output that cannot be written into one), with the
/// file and, where it applies, the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// The case file.
    pub file: PathBuf,
    /// The line the problem is on, if it is on one.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl CaseError {
    pub(crate) fn new(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        CaseError { file: file.to_path_buf(), line, message: message.into() }
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for CaseError {}

/// One `build:` option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildOption {
    /// `unsafe`: compile C# with `-unsafe+`.
    Unsafe,
    /// `library:<file>`: build that source file (relative to the case's directory) as a class
    /// library first and reference it.
    Library(PathBuf),
}

/// The parsed header of an EXPECT block plus the expected output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// `exit:` — the expected exit code (a signal N shows as 128+N, as in a shell).
    pub exit: i32,
    /// `args:` — command-line arguments.
    pub args: Vec<String>,
    /// `stdin:` — one line given on standard input (`None`: stdin is empty, `/dev/null`).
    pub stdin: Option<String>,
    /// `build:` — build options.
    pub build: Vec<BuildOption>,
    /// `modes:` — the only modes the case runs in (`None`: every mode).
    pub modes: Option<Vec<String>>,
    /// Exact expected standard output.
    pub stdout: String,
    /// Exact expected standard error.
    pub stderr: String,
}

impl Expectation {
    /// True when `build:` says `unsafe`.
    pub fn allow_unsafe(&self) -> bool {
        self.build.contains(&BuildOption::Unsafe)
    }

    /// The `library:` files, as written (relative to the case's directory).
    pub fn libraries(&self) -> impl Iterator<Item = &Path> {
        self.build.iter().filter_map(|b| match b {
            BuildOption::Library(p) => Some(p.as_path()),
            BuildOption::Unsafe => None,
        })
    }

    /// True when the case runs in `mode`.
    pub fn runs_in(&self, mode: &str) -> bool {
        self.modes.as_ref().is_none_or(|m| m.iter().any(|x| x == mode))
    }
}

/// A case file split into the program text and its parsed EXPECT block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Everything before the `/* EXPECT` line (the program), verbatim.
    pub body: String,
    /// The header lines verbatim, in order (`exit: 100`, `args: a b`, ...).
    header_lines: Vec<String>,
    /// Whether the final `*/` is followed by a newline.
    final_newline: bool,
    /// The parsed block.
    pub expect: Expectation,
}

/// Header keys, in the order `check-case.sh` writes them.
pub const HEADER_KEYS: &[&str] = &["exit", "args", "stdin", "build", "modes"];

impl CaseFile {
    /// Reads and parses a case file.
    pub fn read(path: &Path) -> Result<CaseFile, CaseError> {
        let bytes = std::fs::read(path).map_err(|e| CaseError::new(path, None, format!("cannot read: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| CaseError::new(path, None, "not UTF-8 text"))?;
        CaseFile::parse(path, &text)
    }

    /// True when `text` contains an EXPECT block start line at all (files without one are
    /// not cases; they may be libraries used by cases).
    pub fn has_block(text: &str) -> bool {
        text.lines().any(|l| l == BLOCK_START)
    }

    /// Parses the text of a case file; `path` is only used in errors.
    pub fn parse(path: &Path, text: &str) -> Result<CaseFile, CaseError> {
        let err = |line: usize, msg: String| CaseError::new(path, Some(line), msg);
        // Lines with their byte offsets; `lines[i]` is line i+1, without its '\n'.
        let mut lines: Vec<(usize, &str)> = Vec::new();
        let mut offset = 0;
        for piece in text.split_inclusive('\n') {
            lines.push((offset, piece.strip_suffix('\n').unwrap_or(piece)));
            offset += piece.len();
        }
        let final_newline = text.ends_with('\n');
        let crlf_hint = if text.contains('\r') { " (the file has CRLF line ends; use LF)" } else { "" };

        let Some(last) = lines.len().checked_sub(1) else {
            return Err(CaseError::new(path, None, "empty file: no EXPECT block"));
        };
        if lines[last].1 != BLOCK_END {
            let message = if lines.iter().any(|(_, l)| *l == BLOCK_START) {
                format!("the file must end with the EXPECT block's closing `{BLOCK_END}` line; nothing may follow it{crlf_hint}")
            } else {
                format!("no EXPECT block (a line that is exactly `{BLOCK_START}`){crlf_hint}")
            };
            return Err(err(last + 1, message));
        }
        // The block is the comment the final `*/` closes: it starts at the first `/* EXPECT`
        // line after the previous `*/` anywhere in the file.
        let prev_close = (0..last).rev().find(|&i| lines[i].1.contains(BLOCK_END));
        let search_from = prev_close.map_or(0, |i| i + 1);
        let Some(start) = (search_from..last).find(|&i| lines[i].1 == BLOCK_START) else {
            let message = match prev_close {
                Some(i) if lines[..i].iter().any(|(_, l)| *l == BLOCK_START) => format!(
                    "line {} contains `{BLOCK_END}`, which ends the EXPECT comment early (expected text may not contain `{BLOCK_END}`)",
                    i + 1
                ),
                _ => format!("no EXPECT block (a line that is exactly `{BLOCK_START}`) before the final `{BLOCK_END}`{crlf_hint}"),
            };
            return Err(err(prev_close.map_or(last + 1, |i| i + 1), message));
        };

        // Header.
        let mut i = start + 1;
        let mut header_lines = Vec::new();
        let mut values: Vec<(&str, &str, usize)> = Vec::new();
        while i < last && lines[i].1 != STDOUT_MARKER {
            let line = lines[i].1;
            if line == STDERR_MARKER {
                return Err(err(i + 1, format!("`{STDERR_MARKER}` before `{STDOUT_MARKER}`")));
            }
            let Some((key, value)) = line.split_once(':') else {
                return Err(err(i + 1, format!("expected a header line `key: value` or `{STDOUT_MARKER}`, found {line:?}")));
            };
            if !HEADER_KEYS.contains(&key) {
                return Err(err(i + 1, format!("unknown header key {key:?} (known: {})", HEADER_KEYS.join(", "))));
            }
            if values.iter().any(|(k, _, _)| *k == key) {
                return Err(err(i + 1, format!("duplicate header key {key:?}")));
            }
            let value = value.strip_prefix(' ').unwrap_or(value);
            values.push((key, value, i + 1));
            header_lines.push(line.to_string());
            i += 1;
        }
        if i == last {
            return Err(err(start + 1, format!("the EXPECT block has no `{STDOUT_MARKER}` line")));
        }
        let stdout_start = i + 1;
        let Some(stderr_line) = (stdout_start..last).find(|&j| lines[j].1 == STDERR_MARKER) else {
            return Err(err(start + 1, format!("the EXPECT block has no `{STDERR_MARKER}` line after `{STDOUT_MARKER}`")));
        };
        let section = |from: usize, to: usize| -> &str {
            if from >= to { "" } else { &text[lines[from].0..lines[to].0] }
        };
        let stdout = section(stdout_start, stderr_line).to_string();
        let stderr = section(stderr_line + 1, last).to_string();

        let get = |key: &str| values.iter().find(|(k, _, _)| *k == key).map(|(_, v, n)| (*v, *n));
        let Some((exit_text, exit_line)) = get("exit") else {
            return Err(err(start + 1, "the EXPECT block has no `exit:` line (it is required)".into()));
        };
        let exit = exit_text
            .trim()
            .parse::<i32>()
            .map_err(|_| err(exit_line, format!("`exit:` must be an integer, found {exit_text:?}")))?;
        let args = get("args").map(|(v, _)| v.split_whitespace().map(str::to_string).collect()).unwrap_or_default();
        let stdin = get("stdin").map(|(v, _)| v.to_string());
        let mut build = Vec::new();
        if let Some((v, n)) = get("build") {
            for token in v.split_whitespace() {
                build.push(match token {
                    "unsafe" => BuildOption::Unsafe,
                    _ => match token.strip_prefix("library:") {
                        Some(lib) if !lib.is_empty() => BuildOption::Library(PathBuf::from(lib)),
                        _ => {
                            return Err(err(n, format!("unknown build option {token:?} (known: unsafe, library:<file>)")));
                        }
                    },
                });
            }
        }
        let modes = match get("modes") {
            Some((v, n)) => {
                let list: Vec<String> =
                    v.split([',', ' ', '\t']).filter(|m| !m.is_empty()).map(str::to_string).collect();
                if list.is_empty() {
                    return Err(err(n, "`modes:` names no mode".into()));
                }
                Some(list)
            }
            None => None,
        };

        Ok(CaseFile {
            path: path.to_path_buf(),
            body: text[..lines[start].0].to_string(),
            header_lines,
            final_newline,
            expect: Expectation { exit, args, stdin, build, modes, stdout, stderr },
        })
    }

    /// The header line for `key`, verbatim, if present.
    pub fn header_line(&self, key: &str) -> Option<&str> {
        self.header_lines.iter().map(String::as_str).find(|l| l.split_once(':').is_some_and(|(k, _)| k == key))
    }

    /// The file text with the EXPECT block rewritten for a new run result: `exit:` is
    /// replaced (its line kept verbatim when the code is unchanged), the other header lines
    /// are kept as they are, the sections hold `stdout`/`stderr`. Fails when the output
    /// cannot be represented in the format (text containing `*/`, a missing final newline, a
    /// line that looks like a section marker).
    pub fn render_blessed(&self, exit: i32, stdout: &str, stderr: &str) -> Result<String, CaseError> {
        for (name, text) in [("stdout", stdout), ("stderr", stderr)] {
            let problem = if text.contains(BLOCK_END) {
                Some(format!("contains `{BLOCK_END}`"))
            } else if !text.is_empty() && !text.ends_with('\n') {
                Some("does not end with a newline".to_string())
            } else if text.lines().any(|l| l == STDOUT_MARKER || l == STDERR_MARKER) {
                Some("has a line that is a section marker".to_string())
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(CaseError::new(
                    &self.path,
                    None,
                    format!("cannot bless: the {name} {problem}, which the case format cannot hold"),
                ));
            }
        }
        let mut out = String::with_capacity(self.body.len() + stdout.len() + stderr.len() + 128);
        out.push_str(&self.body);
        out.push_str(BLOCK_START);
        out.push('\n');
        for line in &self.header_lines {
            if line.split_once(':').is_some_and(|(k, _)| k == "exit") && exit != self.expect.exit {
                out.push_str(&format!("exit: {exit}"));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out.push_str(STDOUT_MARKER);
        out.push('\n');
        out.push_str(stdout);
        out.push_str(STDERR_MARKER);
        out.push('\n');
        out.push_str(stderr);
        out.push_str(BLOCK_END);
        if self.final_newline {
            out.push('\n');
        }
        Ok(out)
    }

    /// The file's text as parsed (the same as [`CaseFile::render_blessed`] with the
    /// expectation's own output).
    pub fn render(&self) -> Result<String, CaseError> {
        self.render_blessed(self.expect.exit, &self.expect.stdout, &self.expect.stderr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<CaseFile, CaseError> {
        CaseFile::parse(Path::new("t.cs"), text)
    }

    #[test]
    fn parses_a_full_block() {
        let text = "class P {}\n/* EXPECT\nexit: 100\nargs: a  b\nstdin: x y\nbuild: unsafe library:lib.cs\nmodes: oracle, jit\n--- stdout\nhello\n\nworld\n--- stderr\noops\n*/\n";
        let c = parse(text).unwrap();
        assert_eq!(c.body, "class P {}\n");
        let e = &c.expect;
        assert_eq!(e.exit, 100);
        assert_eq!(e.args, ["a", "b"]);
        assert_eq!(e.stdin.as_deref(), Some("x y"));
        assert_eq!(e.build, [BuildOption::Unsafe, BuildOption::Library("lib.cs".into())]);
        assert_eq!(e.modes.as_deref(), Some(&["oracle".to_string(), "jit".to_string()][..]));
        assert_eq!(e.stdout, "hello\n\nworld\n");
        assert_eq!(e.stderr, "oops\n");
        assert_eq!(c.render().unwrap(), text);
    }

    #[test]
    fn empty_sections_and_no_final_newline() {
        let text = "x\n/* EXPECT\nexit: 0\n--- stdout\n--- stderr\n*/";
        let c = parse(text).unwrap();
        assert_eq!((c.expect.stdout.as_str(), c.expect.stderr.as_str()), ("", ""));
        assert_eq!(c.render().unwrap(), text);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("x\n/* EXPECT\nexit: 1\nfoo: 2\n--- stdout\n--- stderr\n*/\n").unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e.message.contains("unknown header key"), "{e}");
        let e = parse("x\n/* EXPECT\nargs: 1\n--- stdout\n--- stderr\n*/\n").unwrap_err();
        assert!(e.message.contains("no `exit:`"), "{e}");
        let e = parse("x\n/* EXPECT\nexit: one\n--- stdout\n--- stderr\n*/\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        let e = parse("x\n/* EXPECT\nexit: 1\n--- stdout\n*/\n").unwrap_err();
        assert!(e.message.contains("--- stderr"), "{e}");
        let e = parse("x\n/* EXPECT\nexit: 1\n--- stdout\n--- stderr\n*/\n\n").unwrap_err();
        assert!(e.message.contains("nothing may follow"), "{e}");
        let e = parse("class P {}\n").unwrap_err();
        assert!(e.message.contains("no EXPECT block"), "{e}");
        let e = parse("x\n/* EXPECT\nexit: 1\nbuild: fast\n--- stdout\n--- stderr\n*/\n").unwrap_err();
        assert!(e.message.contains("unknown build option"), "{e}");
        let e = parse("x\n/* EXPECT\nexit: 1\nexit: 2\n--- stdout\n--- stderr\n*/\n").unwrap_err();
        assert!(e.message.contains("duplicate"), "{e}");
        assert!(e.to_string().starts_with("t.cs:4: "), "{e}");
    }

    #[test]
    fn text_containing_comment_end_is_rejected() {
        let e = parse("x\n/* EXPECT\nexit: 1\n--- stdout\na */ b\n--- stderr\n*/\n").unwrap_err();
        assert_eq!(e.line, Some(5));
        assert!(e.message.contains("ends the EXPECT comment early"), "{e}");
        let c = parse("x\n/* EXPECT\nexit: 1\n--- stdout\n--- stderr\n*/\n").unwrap();
        assert!(c.render_blessed(1, "a */ b\n", "").is_err());
        assert!(c.render_blessed(1, "no newline", "").is_err());
        assert!(c.render_blessed(1, "--- stderr\n", "").is_err());
    }

    #[test]
    fn comments_in_the_body_are_fine() {
        let text = "/* a */ class P {} // /* EXPECT\n/* EXPECT\nexit: 3\n--- stdout\n/* EXPECT\n--- stderr\n*/\n";
        let c = parse(text).unwrap();
        assert_eq!(c.expect.exit, 3);
        assert_eq!(c.expect.stdout, "/* EXPECT\n");
    }

    #[test]
    fn bless_rewrites_only_what_changed() {
        let text = "x\n/* EXPECT\nargs: q\nexit:  7\n--- stdout\nold\n--- stderr\n*/\n";
        let c = parse(text).unwrap();
        assert_eq!(c.render_blessed(7, "old\n", "").unwrap(), text);
        assert_eq!(
            c.render_blessed(9, "new\n", "err\n").unwrap(),
            "x\n/* EXPECT\nargs: q\nexit: 9\n--- stdout\nnew\n--- stderr\nerr\n*/\n"
        );
    }
}
