//! The `r2rhost` command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use r2rhost::dump::{self, DumpKind};
use r2rhost::inspect::{self, text};

#[derive(Parser)]
#[command(name = "r2rhost", version, about = "A .NET execution host: ReadyToRun code where valid, Cranelift JIT elsewhere")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program (JIT-only today: ReadyToRun code in the image is not used yet).
    Run {
        /// The program (a Roslyn-built net10.0 `.dll` with its runtimeconfig.json).
        app: PathBuf,
        /// Arguments passed to `Main`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
        /// Logging: `jit` prints one line per compiled method (IL size, code size, time).
        #[arg(long, value_name = "WHAT")]
        log: Vec<String>,
        /// Dump the IL, CLIF and machine code of methods whose name contains this text.
        #[arg(long, value_name = "METHOD")]
        dump: Option<String>,
        /// Run Cranelift's IR verifier on every compiled method.
        #[arg(long)]
        verify: bool,
        /// When the program ends, check every heap object's MethodTable, GC descriptor and
        /// references (a corrupt heap is a fatal error).
        #[arg(long)]
        verify_heap: bool,
    },
    /// What native code is in an image, and which of it this host will use.
    Inspect {
        /// The image (an assembly, an R2R image, a composite image or a component stub).
        file: PathBuf,
        /// Disassemble each listed method, annotating import cells with their fixups.
        #[arg(long)]
        disasm: bool,
        /// Print runtime functions and unwind codes of each listed method.
        #[arg(long)]
        unwind: bool,
        /// Only list methods whose name contains this text (or with this token).
        #[arg(long, value_name = "TEXT")]
        method: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// More directories to look for referenced assemblies in.
        #[arg(short = 'r', long = "reference-dir", value_name = "DIR")]
        reference_dirs: Vec<PathBuf>,
    },
    /// How much of reference assemblies' public API the corelib shim implements.
    ShimCoverage {
        /// Reference assemblies (e.g. the net10.0 ref pack's System.Runtime.dll).
        references: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// List up to this many missing members per assembly.
        #[arg(long, default_value_t = 0)]
        missing: usize,
    },
    /// Textual dumps of one stage.
    Dump {
        /// What to dump.
        what: DumpWhat,
        /// The image.
        file: PathBuf,
        /// A table name (metadata) or a method-name substring (il).
        #[arg(long)]
        filter: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DumpWhat {
    /// Metadata tables, one line per row.
    Metadata,
    /// IL method bodies, ildasm style.
    Il,
    /// ReadyToRun structures at token level.
    R2r,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Run { app, args, log, dump, verify, verify_heap } = &cli.command {
        let options = r2rhost::runtime::RunOptions { log_jit: log.iter().any(|l| l == "jit"), dump: dump.clone(), verify: *verify, verify_heap: *verify_heap };
        return match r2rhost::runtime::run(app, args, options) {
            Ok(code) => std::process::exit(code),
            Err(e) => {
                eprintln!("r2rhost: {e}");
                ExitCode::from(2)
            }
        };
    }
    match run(cli) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("r2rhost: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<String, String> {
    match cli.command {
        Command::Run { .. } => Err("unreachable: run is handled in main".into()),
        Command::ShimCoverage { references, json, missing } => shim_coverage(&references, json, missing),
        Command::Inspect { file, disasm, unwind, method, json, reference_dirs } => {
            let opts = inspect::Options { disasm, method_filter: method, reference_dirs };
            let report = inspect::inspect_file(&file, &opts).map_err(|e| format!("{}: {e}", file.display()))?;
            if json {
                serde_json::to_string_pretty(&report).map(|s| s + "\n").map_err(|e| e.to_string())
            } else {
                Ok(text::render(&report, text::TextOptions { unwind }))
            }
        }
        Command::Dump { what, file, filter } => {
            let kind = match what {
                DumpWhat::Metadata => DumpKind::Metadata,
                DumpWhat::Il => DumpKind::Il,
                DumpWhat::R2r => DumpKind::ReadyToRun,
            };
            dump::dump_file(&file, kind, filter.as_deref()).map_err(|e| format!("{}: {e}", file.display()))
        }
    }
}

fn shim_coverage(references: &[PathBuf], json: bool, missing: usize) -> Result<String, String> {
    let (_, shim) = r2rhost::runtime::corelib_image().map_err(|e| e.to_string())?;
    let shim_md = shim.metadata.as_ref().ok_or("the corelib shim has no metadata")?;
    let mut rows = Vec::new();
    for r in references {
        let file = r2rhost_image::file::MappedFile::open(r).map_err(|e| e.to_string())?;
        let image = r2rhost_image::Image::parse(file.bytes()).map_err(|e| format!("{}: {e}", r.display()))?;
        let md = image.metadata.as_ref().ok_or_else(|| format!("{}: no metadata", r.display()))?;
        rows.push(r2rhost::shim_coverage::coverage(md, shim_md, missing).map_err(|e| format!("{}: {e}", r.display()))?);
    }
    if json {
        return serde_json::to_string_pretty(&rows).map(|s| s + "\n").map_err(|e| e.to_string());
    }
    let mut out = format!("{:<28} {:>8} {:>8} {:>10} {:>10} {:>8}\n", "reference assembly", "types", "present", "members", "present", "percent");
    let (mut m, mut p) = (0u32, 0u32);
    for r in &rows {
        out += &format!("{:<28} {:>8} {:>8} {:>10} {:>10} {:>7.1}%\n", r.assembly, r.types, r.types_present, r.members, r.members_present, r.percent());
        m += r.members;
        p += r.members_present;
        for x in &r.missing {
            out += &format!("    missing {x}\n");
        }
    }
    let pct = if m == 0 { 100.0 } else { 100.0 * f64::from(p) / f64::from(m) };
    out += &format!("{:<28} {:>8} {:>8} {:>10} {:>10} {:>7.1}%\n", "all", "", "", m, p, pct);
    Ok(out)
}
