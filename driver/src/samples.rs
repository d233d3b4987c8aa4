//! The project's sample programs (`<repo>/samples/`) and the standard ReadyToRun variant
//! suite built from them.
//!
//! Every sample is deterministic, prints its results, checks them itself and exits with
//! [`SUCCESS_EXIT_CODE`] when all checks pass. [`build`] compiles a sample to IL;
//! [`r2r_suite`] compiles the samples with crossgen2 in each configuration other crates'
//! tests need ([`SUITE`] lists them). Everything is cached, so after the first run these
//! calls cost a few hashes.

use std::fs;
use std::path::{Path, PathBuf};

use crate::cache::workspace_root;
use crate::crossgen2::{Crossgen2Output, Crossgen2Request};
use crate::csc::{CscRequest, OutputKind};
use crate::error::{Error, Result};
use crate::ilasm::IlasmRequest;

/// The exit code of a sample whose checks all passed.
pub const SUCCESS_EXIT_CODE: i32 = 100;

/// The samples directory: `<repo>/samples`.
pub fn samples_dir() -> PathBuf {
    workspace_root().join("samples")
}

/// A sample program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct SampleInfo {
    /// Name used by [`build`] and the CLI.
    pub name: &'static str,
    /// Where its sources are, relative to [`samples_dir`].
    pub dir: &'static str,
    /// What it exercises.
    pub covers: &'static str,
}

/// Every sample.
pub const SAMPLES: &[SampleInfo] = &[
    SampleInfo {
        name: "hello",
        dir: "hello",
        covers: "the README demo: console output, a loop, string formatting, exit code",
    },
    SampleInfo {
        name: "r2r",
        dir: "r2r",
        covers: "generics, virtual/interface/default-interface/generic-virtual calls, statics and \
                 static ctors, exception handling with filters, structs by value, delegates and \
                 closures, P/Invoke, strings, arrays, boxing, ValueTuple, Span, SIMD intrinsics",
    },
    SampleInfo {
        name: "bubble",
        dir: "bubble",
        covers: "two assemblies (BubbleLib, BubbleApp): cross-assembly generics, inlineable \
                 methods, structs and virtual calls, for --inputbubble and --composite",
    },
    SampleInfo {
        name: "il",
        dir: "il",
        covers: "hand-written IL: arithmetic, branches, switch, locals, fields, calls, \
                 try/finally, tail calls, value types",
    },
];

/// A sample built to IL.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Sample {
    /// The sample's name.
    pub name: String,
    /// The program to run: `dotnet <entry>`.
    pub entry: PathBuf,
    /// Its assemblies, dependencies first, all in the entry's directory.
    pub assemblies: Vec<PathBuf>,
    /// True if every step was a cache hit.
    pub cache_hit: bool,
}

fn info(name: &str) -> Result<&'static SampleInfo> {
    SAMPLES.iter().find(|s| s.name == name).ok_or_else(|| {
        let names: Vec<&str> = SAMPLES.iter().map(|s| s.name).collect();
        Error::bad_input(format!("no sample {name:?} (samples: {})", names.join(", ")))
    })
}

/// Files in `dir` with extension `ext`, sorted.
fn sources(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext) && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::bad_input(format!("no *.{ext} in {}", dir.display())));
    }
    Ok(files)
}

/// Builds sample `name` to IL.
pub fn build(name: &str) -> Result<Sample> {
    let info = info(name)?;
    let dir = samples_dir().join(info.dir);
    match name {
        "hello" => {
            let out = CscRequest::new("Hello", OutputKind::Exe, sources(&dir, "cs")?).build()?;
            Ok(Sample { name: name.into(), entry: out.assembly.clone(), assemblies: vec![out.assembly], cache_hit: out.build.cache_hit })
        }
        "r2r" => {
            let mut req = CscRequest::new("R2RSamples", OutputKind::Exe, sources(&dir, "cs")?);
            req.allow_unsafe = true;
            let out = req.build()?;
            Ok(Sample { name: name.into(), entry: out.assembly.clone(), assemblies: vec![out.assembly], cache_hit: out.build.cache_hit })
        }
        "bubble" => {
            let lib = CscRequest::new("BubbleLib", OutputKind::Library, vec![dir.join("Lib.cs")]).build()?;
            let mut app = CscRequest::new("BubbleApp", OutputKind::Exe, vec![dir.join("App.cs")]);
            app.references = vec![lib.assembly.clone()];
            let app = app.build()?;
            let lib_copy = app.copied_references.first().cloned().unwrap_or(lib.assembly);
            Ok(Sample {
                name: name.into(),
                entry: app.assembly.clone(),
                assemblies: vec![lib_copy, app.assembly],
                cache_hit: lib.build.cache_hit && app.build.cache_hit,
            })
        }
        "il" => {
            let source = dir.join("IlSample.il");
            let out = IlasmRequest::new("IlSample", OutputKind::Exe, source).build()?;
            Ok(Sample { name: name.into(), entry: out.assembly.clone(), assemblies: vec![out.assembly], cache_hit: out.build.cache_hit })
        }
        _ => Err(Error::bad_input(format!("sample {name:?} has no build recipe"))),
    }
}

/// Builds every sample to IL.
pub fn build_all() -> Result<Vec<Sample>> {
    SAMPLES.iter().map(|s| build(s.name)).collect()
}

/// One configuration of the R2R suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct VariantSpec {
    /// Variant name.
    pub name: &'static str,
    /// Which sample it compiles.
    pub sample: &'static str,
    /// What it is for.
    pub description: &'static str,
    /// crossgen2 option arguments beyond the suite's base (`-O --map --mapcsv`).
    pub args: &'static [&'static str],
}

/// The standard R2R variant suite. Every variant also gets `--targetos linux --targetarch
/// x64 -O --map --mapcsv`.
pub const SUITE: &[VariantSpec] = &[
    VariantSpec { name: "default", sample: "r2r", description: "R2RSamples, plain -O", args: &[] },
    VariantSpec {
        name: "avx2",
        sample: "r2r",
        description: "R2RSamples assuming AVX2 (Vector<T> is 256-bit)",
        args: &["--instruction-set", "avx2"],
    },
    VariantSpec {
        name: "avx512",
        sample: "r2r",
        description: "R2RSamples assuming AVX-512 (F/BW/CD/DQ/VL)",
        args: &["--instruction-set", "avx512"],
    },
    VariantSpec {
        name: "verify-layout",
        sample: "r2r",
        description: "R2RSamples with type-layout and field-offset check fixups",
        args: &["--verify-type-and-field-layout"],
    },
    VariantSpec {
        name: "hot-cold",
        sample: "r2r",
        description: "R2RSamples with hot/cold splitting (cold blocks such as EH handlers moved out of line)",
        args: &["--hot-cold-splitting"],
    },
    VariantSpec {
        name: "embed-pgo",
        sample: "r2r",
        description: "R2RSamples with a synthetic profile embedded as instrumentation data",
        args: &["--embed-pgo-data", "--synthesize-random-mibc"],
    },
    VariantSpec {
        name: "bubble",
        sample: "bubble",
        description: "BubbleLib + BubbleApp, one version bubble each (baseline for the next two)",
        args: &[],
    },
    VariantSpec {
        name: "inputbubble",
        sample: "bubble",
        description: "BubbleLib + BubbleApp in one version bubble (--inputbubble, --inputbubbleref the other)",
        args: &["--inputbubble"],
    },
    VariantSpec {
        name: "composite",
        sample: "bubble",
        description: "BubbleLib + BubbleApp as one composite image bubble.r2r.dll plus component stubs",
        args: &["--composite", "--inputbubble"],
    },
    VariantSpec { name: "hello", sample: "hello", description: "Hello, plain -O", args: &[] },
    VariantSpec { name: "il", sample: "il", description: "IlSample (from ILAsm), plain -O", args: &[] },
];

/// A built variant of the suite.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Variant {
    /// Variant name (see [`SUITE`]).
    pub name: String,
    /// What it is for.
    pub description: String,
    /// The sample it compiles.
    pub sample: String,
    /// The program to run: `dotnet <entry>` exits with [`SUCCESS_EXIT_CODE`].
    pub entry: PathBuf,
    /// Every image with native code (composite image first, if any).
    pub images: Vec<PathBuf>,
    /// The `.map.csv` files.
    pub map_csv: Vec<PathBuf>,
    /// The exact crossgen2 option arguments (paths left out).
    pub crossgen2_args: Vec<String>,
    /// The request that built it.
    pub request: Crossgen2Request,
    /// Everything crossgen2 produced.
    pub output: Crossgen2Output,
}

/// The crossgen2 request for a variant over an already built sample.
pub fn variant_request(spec: &VariantSpec, sample: &Sample) -> Crossgen2Request {
    let mut req = Crossgen2Request::new(sample.assemblies.clone());
    req.map = true;
    req.map_csv = true;
    let mut extra = Vec::new();
    for arg in spec.args {
        match *arg {
            "--inputbubble" => req.input_bubble = true,
            "--composite" => {
                req.composite = true;
                req.composite_name = Some(sample.name.clone());
            }
            "--verify-type-and-field-layout" => req.verify_type_and_field_layout = true,
            "--hot-cold-splitting" => req.hot_cold_splitting = true,
            "--embed-pgo-data" => req.embed_pgo_data = true,
            "--synthesize-random-mibc" => req.synthesize_random_mibc = true,
            other => extra.push(other.to_string()),
        }
    }
    if let Some(i) = extra.iter().position(|a| a == "--instruction-set")
        && i + 1 < extra.len()
    {
        req.instruction_set = Some(extra.remove(i + 1));
        extra.remove(i);
    }
    req.extra_args = extra;
    req
}

/// Builds the variant called `name` (and the sample under it).
pub fn r2r_variant(name: &str) -> Result<Variant> {
    let spec = SUITE.iter().find(|v| v.name == name).ok_or_else(|| {
        let names: Vec<&str> = SUITE.iter().map(|v| v.name).collect();
        Error::bad_input(format!("no R2R variant {name:?} (variants: {})", names.join(", ")))
    })?;
    let sample = build(spec.sample)?;
    let request = variant_request(spec, &sample);
    let output = request.build()?;
    let entry_stem = sample.entry.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let entry = output.image(&entry_stem).map(Path::to_path_buf).unwrap_or_default();
    Ok(Variant {
        name: spec.name.into(),
        description: spec.description.into(),
        sample: spec.sample.into(),
        entry,
        images: output.native_images(),
        map_csv: output.map_csvs.clone(),
        crossgen2_args: request.option_args(),
        request,
        output,
    })
}

/// Builds the whole suite, in [`SUITE`] order.
pub fn r2r_suite() -> Result<Vec<Variant>> {
    SUITE.iter().map(|v| r2r_variant(v.name)).collect()
}
