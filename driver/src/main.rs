//! `r2rhost-build`: the command-line face of `r2rhost-driver` (see `r2rhost-build --help`).

fn main() -> std::process::ExitCode {
    r2rhost_driver::cli::main()
}
