//! The `r2rhost-build` command: every build of the library from the shell.
//!
//! ```text
//! r2rhost-build tools                          restore the tools, print paths and versions
//! r2rhost-build csc --name App a.cs b.cs       C# → App.dll (+ runtimeconfig)
//! r2rhost-build ilasm --name P p.il            IL → P.dll
//! r2rhost-build crossgen2 App.dll --map        R2R compile
//! r2rhost-build ildasm App.dll                 disassemble
//! r2rhost-build sample r2r [--r2r] [--run]     build (and run) one sample
//! r2rhost-build samples [--run]                build (and run) all samples
//! r2rhost-build suite [--variant NAME] [--run] build the R2R variant suite
//! ```
//! Add `--json` anywhere for machine-readable output.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use crate::crossgen2::{Crossgen2Request, Optimize};
use crate::csc::{CscRequest, OutputKind};
use crate::error::{Error, Result};
use crate::ilasm::IlasmRequest;
use crate::ildasm::IldasmRequest;
use crate::samples::{self, SUCCESS_EXIT_CODE};
use crate::{run, toolchain, tools};

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(name = "r2rhost-build", version, about = "Reproducible, cached builds of r2rhost's test inputs (csc, ilasm, crossgen2, ildasm)")]
pub struct Cli {
    /// Print results as JSON.
    #[arg(long, global = true)]
    pub json: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Discover the toolchain, restore crossgen2/ilasm/ildasm, print paths and versions.
    Tools,
    /// Compile C# against the net10.0 reference assemblies.
    Csc(CscArgs),
    /// Assemble IL.
    Ilasm(IlasmArgs),
    /// Compile assemblies to ReadyToRun.
    Crossgen2(Crossgen2Args),
    /// Disassemble an assembly (prints the text; with --json the output record).
    Ildasm(IldasmArgs),
    /// Build one bundled sample.
    Sample(SampleArgs),
    /// Build all bundled samples.
    Samples(RunArgs),
    /// Build the standard R2R variant suite.
    Suite(SuiteArgs),
}

/// `csc` arguments.
#[derive(Debug, Args)]
pub struct CscArgs {
    /// Assembly name (output `<name>.dll`).
    #[arg(long)]
    pub name: String,
    /// Build a library instead of an exe.
    #[arg(long)]
    pub library: bool,
    /// Compile with -optimize-.
    #[arg(long)]
    pub no_optimize: bool,
    /// Allow unsafe code.
    #[arg(long = "unsafe")]
    pub allow_unsafe: bool,
    /// Extra reference (repeatable).
    #[arg(short = 'r', long = "reference")]
    pub references: Vec<PathBuf>,
    /// Do not copy references into the output directory.
    #[arg(long)]
    pub no_copy_references: bool,
    /// Preprocessor symbol (repeatable).
    #[arg(short = 'd', long = "define")]
    pub defines: Vec<String>,
    /// Extra csc argument, verbatim (repeatable; use `--extra-arg=-foo`).
    #[arg(long = "extra-arg", allow_hyphen_values = true)]
    pub extra_args: Vec<String>,
    /// C# source files.
    #[arg(required = true)]
    pub sources: Vec<PathBuf>,
}

/// `ilasm` arguments.
#[derive(Debug, Args)]
pub struct IlasmArgs {
    /// Output name (`<name>.dll`); default: the source's stem.
    #[arg(long)]
    pub name: Option<String>,
    /// Build a library instead of an exe.
    #[arg(long)]
    pub library: bool,
    /// Do not pass -optimize.
    #[arg(long)]
    pub no_optimize: bool,
    /// Extra ilasm argument, verbatim (repeatable).
    #[arg(long = "extra-arg", allow_hyphen_values = true)]
    pub extra_args: Vec<String>,
    /// The `.il` source.
    pub source: PathBuf,
}

/// `crossgen2` arguments.
#[derive(Debug, Args)]
pub struct Crossgen2Args {
    /// Input assemblies.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Extra reference (repeatable; the shared framework is always referenced).
    #[arg(short = 'r', long = "reference")]
    pub references: Vec<PathBuf>,
    /// Optimization: none, blended (-O), size (--Os), speed (--Ot), disabled (--Od).
    #[arg(long, value_enum, default_value = "blended")]
    pub optimize: OptimizeArg,
    /// `--instruction-set` list, e.g. avx2 or avx512.
    #[arg(long)]
    pub instruction_set: Option<String>,
    /// `--inputbubble`.
    #[arg(long)]
    pub inputbubble: bool,
    /// `--inputbubbleref` (repeatable).
    #[arg(long)]
    pub inputbubbleref: Vec<PathBuf>,
    /// `--composite`.
    #[arg(long)]
    pub composite: bool,
    /// Composite image name (without `.r2r.dll`).
    #[arg(long)]
    pub composite_name: Option<String>,
    /// `--mibc` profile (repeatable).
    #[arg(long)]
    pub mibc: Vec<PathBuf>,
    /// `--synthesize-random-mibc`.
    #[arg(long)]
    pub synthesize_random_mibc: bool,
    /// `--partial`.
    #[arg(long)]
    pub partial: bool,
    /// `--map`.
    #[arg(long)]
    pub map: bool,
    /// `--mapcsv`.
    #[arg(long)]
    pub mapcsv: bool,
    /// `--verify-type-and-field-layout`.
    #[arg(long)]
    pub verify_type_and_field_layout: bool,
    /// `--embed-pgo-data`.
    #[arg(long)]
    pub embed_pgo_data: bool,
    /// `--hot-cold-splitting`.
    #[arg(long)]
    pub hot_cold_splitting: bool,
    /// `--perfmap`.
    #[arg(long)]
    pub perfmap: bool,
    /// Extra crossgen2 argument, verbatim (repeatable; use `--extra-arg=--foo`).
    #[arg(long = "extra-arg", allow_hyphen_values = true)]
    pub extra_args: Vec<String>,
}

/// crossgen2 optimization levels on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OptimizeArg {
    /// No switch.
    None,
    /// `-O`.
    Blended,
    /// `--Os`.
    Size,
    /// `--Ot`.
    Speed,
    /// `--Od`.
    Disabled,
}

/// `ildasm` arguments.
#[derive(Debug, Args)]
pub struct IldasmArgs {
    /// The assembly.
    pub assembly: PathBuf,
    /// Show metadata tokens.
    #[arg(long)]
    pub tokens: bool,
    /// Show instruction bytes.
    #[arg(long)]
    pub bytes: bool,
    /// Raw exception clauses.
    #[arg(long)]
    pub raw_eh: bool,
    /// PE/CLI headers.
    #[arg(long)]
    pub headers: bool,
    /// Extra ildasm argument, verbatim (repeatable).
    #[arg(long = "extra-arg", allow_hyphen_values = true)]
    pub extra_args: Vec<String>,
}

/// `sample` arguments.
#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Sample name (hello, r2r, bubble, il).
    pub name: String,
    /// Also build its default R2R variant (`-O --map --mapcsv`).
    #[arg(long)]
    pub r2r: bool,
    /// Run what was built under `dotnet` and check the exit code.
    #[arg(long)]
    pub run: bool,
}

/// `samples` arguments.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Run each sample under `dotnet` and check it exits with 100.
    #[arg(long)]
    pub run: bool,
}

/// `suite` arguments.
#[derive(Debug, Args)]
pub struct SuiteArgs {
    /// Build only this variant.
    #[arg(long)]
    pub variant: Option<String>,
    /// Run each variant's program under `dotnet` and check it exits with 100.
    #[arg(long)]
    pub run: bool,
}

/// Entry point of the binary: parses arguments, runs, reports errors on stderr.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match execute(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("r2rhost-build: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a value as JSON or as `label: path` lines.
fn emit<T: Serialize>(json: bool, value: &T, lines: Vec<(String, String)>) -> Result<()> {
    if json {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::bad_input(format!("cannot render JSON: {e}")))?;
        println!("{text}");
    } else {
        for (label, value) in lines {
            println!("{label}: {value}");
        }
    }
    Ok(())
}

fn p(path: &std::path::Path) -> String {
    path.display().to_string()
}

fn build_lines(b: &crate::cache::BuildOutput) -> Vec<(String, String)> {
    vec![("dir".into(), p(&b.dir)), ("cache_hit".into(), b.cache_hit.to_string())]
}

/// Runs a parsed command.
pub fn execute(cli: &Cli) -> Result<()> {
    let json = cli.json;
    match &cli.command {
        Command::Tools => {
            let tc = toolchain::toolchain()?;
            let t = tools::tools()?;
            #[derive(Serialize)]
            struct Report<'a> {
                dotnet: &'a std::path::Path,
                sdk: String,
                csc: &'a std::path::Path,
                reference_pack: String,
                reference_dir: &'a std::path::Path,
                runtime: String,
                shared_framework_dir: &'a std::path::Path,
                tools: &'a tools::Tools,
                cache_root: PathBuf,
            }
            let report = Report {
                dotnet: &tc.dotnet,
                sdk: tc.sdk_version.to_string(),
                csc: &tc.csc_dll,
                reference_pack: tc.ref_pack_version.to_string(),
                reference_dir: &tc.ref_dir,
                runtime: tc.runtime_version.to_string(),
                shared_framework_dir: &tc.shared_framework_dir,
                tools: t,
                cache_root: crate::cache::cache_root(),
            };
            let lines = vec![
                ("dotnet".into(), p(&tc.dotnet)),
                ("sdk".into(), format!("{} ({})", tc.sdk_version, p(&tc.sdk_dir))),
                ("csc".into(), p(&tc.csc_dll)),
                ("reference assemblies".into(), format!("{} ({})", tc.ref_pack_version, p(&tc.ref_dir))),
                ("shared framework".into(), format!("{} ({})", tc.runtime_version, p(&tc.shared_framework_dir))),
                ("crossgen2".into(), format!("{} ({})", t.crossgen2.version, p(&t.crossgen2.path))),
                ("ilasm".into(), format!("{} ({})", t.ilasm.version, p(&t.ilasm.path))),
                ("ildasm".into(), format!("{} ({})", t.ildasm.version, p(&t.ildasm.path))),
                ("cache".into(), p(&report.cache_root)),
            ];
            emit(json, &report, lines)
        }
        Command::Csc(a) => {
            let kind = if a.library { OutputKind::Library } else { OutputKind::Exe };
            let mut req = CscRequest::new(a.name.clone(), kind, a.sources.clone());
            req.optimize = !a.no_optimize;
            req.allow_unsafe = a.allow_unsafe;
            req.references = a.references.clone();
            req.copy_references = !a.no_copy_references;
            req.defines = a.defines.clone();
            req.extra_args = a.extra_args.clone();
            let out = req.build()?;
            let mut lines = vec![("assembly".into(), p(&out.assembly))];
            if let Some(rc) = &out.runtime_config {
                lines.push(("runtimeconfig".into(), p(rc)));
            }
            lines.extend(build_lines(&out.build));
            emit(json, &out, lines)
        }
        Command::Ilasm(a) => {
            let kind = if a.library { OutputKind::Library } else { OutputKind::Exe };
            let name = match &a.name {
                Some(n) => n.clone(),
                None => a.source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
            };
            let mut req = IlasmRequest::new(name, kind, a.source.clone());
            req.optimize = !a.no_optimize;
            req.extra_args = a.extra_args.clone();
            let out = req.build()?;
            let mut lines = vec![("assembly".into(), p(&out.assembly))];
            lines.extend(build_lines(&out.build));
            emit(json, &out, lines)
        }
        Command::Crossgen2(a) => {
            let req = Crossgen2Request {
                inputs: a.inputs.clone(),
                references: a.references.clone(),
                optimize: match a.optimize {
                    OptimizeArg::None => Optimize::None,
                    OptimizeArg::Blended => Optimize::Blended,
                    OptimizeArg::Size => Optimize::Size,
                    OptimizeArg::Speed => Optimize::Speed,
                    OptimizeArg::Disabled => Optimize::Disabled,
                },
                instruction_set: a.instruction_set.clone(),
                input_bubble: a.inputbubble,
                input_bubble_refs: a.inputbubbleref.clone(),
                composite: a.composite,
                composite_name: a.composite_name.clone(),
                mibc: a.mibc.clone(),
                synthesize_random_mibc: a.synthesize_random_mibc,
                partial: a.partial,
                map: a.map,
                map_csv: a.mapcsv,
                verify_type_and_field_layout: a.verify_type_and_field_layout,
                embed_pgo_data: a.embed_pgo_data,
                hot_cold_splitting: a.hot_cold_splitting,
                perfmap: a.perfmap,
                extra_args: a.extra_args.clone(),
            };
            let out = req.build()?;
            let mut lines: Vec<(String, String)> = Vec::new();
            if let Some(c) = &out.composite_image {
                lines.push(("composite".into(), p(c)));
            }
            lines.extend(out.images.iter().map(|i| ("image".into(), p(i))));
            lines.extend(out.maps.iter().map(|i| ("map".into(), p(i))));
            lines.extend(out.map_csvs.iter().map(|i| ("mapcsv".into(), p(i))));
            lines.extend(out.perfmaps.iter().map(|i| ("perfmap".into(), p(i))));
            lines.extend(build_lines(&out.build));
            emit(json, &out, lines)
        }
        Command::Ildasm(a) => {
            let req = IldasmRequest {
                assembly: a.assembly.clone(),
                tokens: a.tokens,
                bytes: a.bytes,
                raw_eh: a.raw_eh,
                headers: a.headers,
                extra_args: a.extra_args.clone(),
            };
            let out = req.build()?;
            if json {
                emit(true, &out, Vec::new())
            } else {
                print!("{}", out.text);
                Ok(())
            }
        }
        Command::Sample(a) => {
            let sample = samples::build(&a.name)?;
            sample_report(json, &sample, a.run)?;
            if a.r2r {
                let variant = samples::r2r_variant(match a.name.as_str() {
                    "r2r" => "default",
                    other => other,
                })?;
                variant_report(json, &variant, a.run)?;
            }
            Ok(())
        }
        Command::Samples(a) => {
            for sample in samples::build_all()? {
                sample_report(json, &sample, a.run)?;
            }
            Ok(())
        }
        Command::Suite(a) => {
            let variants = match &a.variant {
                Some(v) => vec![samples::r2r_variant(v)?],
                None => samples::r2r_suite()?,
            };
            for v in &variants {
                variant_report(json, v, a.run)?;
            }
            Ok(())
        }
    }
}

/// Runs `entry` under dotnet and fails unless it exits with [`SUCCESS_EXIT_CODE`].
fn check_run(what: &str, entry: &std::path::Path) -> Result<String> {
    let r = run::run_app(entry, &[], &[])?;
    if r.exit_code != Some(SUCCESS_EXIT_CODE) {
        return Err(Error::ToolFailed {
            tool: format!("dotnet ({what})"),
            command: format!("dotnet {}", entry.display()),
            status: format!("exit code {:?}, expected {SUCCESS_EXIT_CODE}", r.exit_code),
            stdout: r.stdout,
            stderr: r.stderr,
        });
    }
    Ok(format!("ok (exit {SUCCESS_EXIT_CODE})"))
}

fn sample_report(json: bool, s: &samples::Sample, run: bool) -> Result<()> {
    let mut lines = vec![(format!("sample {}", s.name), p(&s.entry))];
    lines.extend(s.assemblies.iter().map(|a| ("  assembly".to_string(), p(a))));
    if run {
        lines.push(("  run".into(), check_run(&s.name, &s.entry)?));
    }
    emit(json, s, lines)
}

fn variant_report(json: bool, v: &samples::Variant, run: bool) -> Result<()> {
    let mut lines = vec![
        (format!("variant {}", v.name), v.description.clone()),
        ("  crossgen2".into(), v.crossgen2_args.join(" ")),
        ("  entry".into(), p(&v.entry)),
    ];
    lines.extend(v.images.iter().map(|i| ("  image".to_string(), p(i))));
    lines.extend(v.map_csv.iter().map(|i| ("  mapcsv".to_string(), p(i))));
    lines.push(("  cache_hit".into(), v.output.build.cache_hit.to_string()));
    if run {
        lines.push(("  run".into(), check_run(&v.name, &v.entry)?));
    }
    emit(json, v, lines)
}
