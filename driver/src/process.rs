//! Running external tools: capture their output, turn failure into [`Error::ToolFailed`].

use std::ffi::OsStr;
use std::io;
use std::path::Path;
use std::process::Command;

use crate::error::{Error, Result};

/// What a tool printed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Captured {
    /// Standard output, lossily decoded.
    pub stdout: String,
    /// Standard error, lossily decoded.
    pub stderr: String,
}

impl Captured {
    /// Both streams, for a build log.
    pub fn log(&self) -> String {
        let mut log = self.stdout.clone();
        if !self.stderr.is_empty() {
            if !log.is_empty() && !log.ends_with('\n') {
                log.push('\n');
            }
            log.push_str(&self.stderr);
        }
        log
    }
}

/// Environment that keeps the .NET CLI quiet, English-speaking and free of first-run side effects.
pub(crate) fn quiet_dotnet_env(cmd: &mut Command) {
    cmd.env("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
        .env("DOTNET_NOLOGO", "1")
        .env("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1")
        .env("DOTNET_GENERATE_ASPNET_CERTIFICATE", "false")
        .env("DOTNET_CLI_UI_LANGUAGE", "en")
        .env("NUGET_XMLDOC_MODE", "skip");
}

/// Renders a command line for error messages and build logs (not for re-parsing). Long runs
/// of references from one directory (the reference pack, the shared framework) are shown as
/// `-r:<dir>/*.dll [N files]`.
pub(crate) fn render(cmd: &Command) -> String {
    let mut parts = vec![quote(cmd.get_program())];
    let args: Vec<String> = cmd.get_args().map(quote).collect();
    let mut i = 0;
    while i < args.len() {
        let dir = args[i].strip_prefix("-r:").and_then(|p| p.rsplit_once('/')).map(|(d, _)| d);
        let run = match dir {
            Some(dir) => args[i..]
                .iter()
                .take_while(|a| a.strip_prefix("-r:").and_then(|p| p.rsplit_once('/')).is_some_and(|(d, _)| d == dir))
                .count(),
            None => 1,
        };
        if run > 3 {
            parts.push(format!("-r:{}/*.dll [{run} files]", dir.unwrap_or_default()));
        } else {
            parts.extend(args[i..i + run].iter().cloned());
        }
        i += run;
    }
    parts.join(" ")
}

fn quote(arg: &OsStr) -> String {
    let s = arg.to_string_lossy();
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=+,@%*".contains(c)) {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Runs `cmd` to completion. A spawn failure because the program does not exist is
/// [`Error::ToolMissing`]; a non-zero exit is [`Error::ToolFailed`] with both streams.
pub(crate) fn run(tool: &str, cmd: &mut Command) -> Result<Captured> {
    let output = match cmd.output() {
        Ok(output) => output,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::ToolMissing {
                tool: tool.to_string(),
                detail: format!("cannot start {}: {e}", cmd.get_program().to_string_lossy()),
            });
        }
        Err(e) => return Err(Error::io("start", Path::new(cmd.get_program()), e)),
    };
    let captured = Captured {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    if output.status.success() {
        Ok(captured)
    } else {
        Err(Error::ToolFailed {
            tool: tool.to_string(),
            command: render(cmd),
            status: output.status.to_string(),
            stdout: captured.stdout,
            stderr: captured.stderr,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_abbreviates_reference_runs() {
        let mut cmd = Command::new("tool");
        cmd.arg("in put.dll");
        for n in ["a", "b", "c", "d"] {
            cmd.arg(format!("-r:/fw/{n}.dll"));
        }
        cmd.arg("-r:/other/x.dll").arg("-O");
        assert_eq!(render(&cmd), "tool 'in put.dll' -r:/fw/*.dll [4 files] -r:/other/x.dll -O");
    }
}
