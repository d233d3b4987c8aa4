//! Running built programs under `dotnet` (CoreCLR, the reference behaviour) to check them.

use std::path::Path;

use crate::error::{Error, Result};
use crate::toolchain::toolchain;

/// How a program run ended.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AppRun {
    /// The exit code (`None` if killed by a signal).
    pub exit_code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs `dotnet <app> <args>` with extra environment variables (e.g.
/// `DOTNET_ReadyToRun=0` to ignore R2R code) and captures how it ended. A non-zero exit is
/// not an error here: the exit code is the program's result.
pub fn run_app(app: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<AppRun> {
    if !app.is_file() {
        return Err(Error::bad_input(format!("{} does not exist", app.display())));
    }
    let app = std::path::absolute(app).map_err(|e| Error::io("resolve", app, e))?;
    let app = app.as_path();
    let tc = toolchain()?;
    let mut cmd = tc.dotnet_command();
    cmd.arg(app).args(args).envs(env.iter().copied());
    if let Some(dir) = app.parent() {
        cmd.current_dir(dir);
    }
    let output = cmd.output().map_err(|e| Error::io("start", &tc.dotnet, e))?;
    Ok(AppRun {
        exit_code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}
