//! ReadyToRun compilation with the pinned crossgen2, invoked directly (not through the SDK's
//! `PublishReadyToRun`), against the installed shared framework.
//!
//! Output layout (all inside the build's cache directory):
//! - not composite: each input `X.dll` becomes `X.dll` (+ `X.map`, `X.map.csv`,
//!   `X.nodestats.csv`, `X.ni.{mvid}.map` as requested). Several inputs are compiled one
//!   crossgen2 run each (crossgen2 only accepts several inputs in composite mode), each
//!   seeing the others as references — and, with `input_bubble`, as `--inputbubbleref`.
//! - composite: one run over all inputs writes the composite image `<composite>.r2r.dll`
//!   (+ maps) and a rewritten component stub `X.dll` per input.
//!
//! An input's `X.runtimeconfig.json`, if it sits beside the input, is copied along so the
//! output directory runs under `dotnet X.dll`.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cache::{self, BuildOutput, CacheKey, KeyBuilder};
use crate::csc::{absolute, validate_name};
use crate::error::{Error, Result};
use crate::process;
use crate::toolchain::toolchain;
use crate::tools::tools;

/// crossgen2's optimization switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Optimize {
    /// No switch (crossgen2's default: unoptimized).
    None,
    /// `-O`: optimize, blended.
    #[default]
    Blended,
    /// `--Os`: optimize for size.
    Size,
    /// `--Ot`: optimize for speed.
    Speed,
    /// `--Od`: optimizations explicitly disabled.
    Disabled,
}

impl Optimize {
    /// The crossgen2 argument, if any.
    pub fn arg(self) -> Option<&'static str> {
        match self {
            Optimize::None => None,
            Optimize::Blended => Some("-O"),
            Optimize::Size => Some("--Os"),
            Optimize::Speed => Some("--Ot"),
            Optimize::Disabled => Some("--Od"),
        }
    }
}

/// Target OS passed to crossgen2 (r2rhost runs linux-x64 only).
pub const TARGET_OS: &str = "linux";
/// Target architecture passed to crossgen2.
pub const TARGET_ARCH: &str = "x64";

/// A crossgen2 compilation.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Crossgen2Request {
    /// IL assemblies to compile (file stems must be distinct).
    pub inputs: Vec<PathBuf>,
    /// Extra references beyond the shared framework (which is always referenced).
    pub references: Vec<PathBuf>,
    /// Optimization switch (default `-O`).
    pub optimize: Optimize,
    /// `--instruction-set <list>`, e.g. `avx2` or `avx512` (crossgen2's spelling).
    pub instruction_set: Option<String>,
    /// `--inputbubble`: the inputs (plus `input_bubble_refs`) form one version bubble.
    pub input_bubble: bool,
    /// `--inputbubbleref` files (also passed as references).
    pub input_bubble_refs: Vec<PathBuf>,
    /// `--composite`: one composite image plus component stubs.
    pub composite: bool,
    /// Composite image name without `.r2r.dll` (default: the first input's stem).
    pub composite_name: Option<String>,
    /// `--mibc <file>` profiles.
    pub mibc: Vec<PathBuf>,
    /// `--synthesize-random-mibc` (an undocumented crossgen2 switch): a deterministic
    /// synthetic profile, which gives `--embed-pgo-data` and `--partial` something to use.
    pub synthesize_random_mibc: bool,
    /// `--partial`: compile only what the profile names.
    pub partial: bool,
    /// `--map`.
    pub map: bool,
    /// `--mapcsv`.
    pub map_csv: bool,
    /// `--verify-type-and-field-layout`.
    pub verify_type_and_field_layout: bool,
    /// `--embed-pgo-data`.
    pub embed_pgo_data: bool,
    /// `--hot-cold-splitting`.
    pub hot_cold_splitting: bool,
    /// `--perfmap`.
    pub perfmap: bool,
    /// Further crossgen2 arguments, verbatim (escape hatch).
    pub extra_args: Vec<String>,
}

/// The result of a [`Crossgen2Request`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct Crossgen2Output {
    /// One image per input, in input order: the R2R image, or with `composite` the
    /// component stub that points at [`Crossgen2Output::composite_image`].
    pub images: Vec<PathBuf>,
    /// The composite image, with `composite`.
    pub composite_image: Option<PathBuf>,
    /// `.map` files (with `map`).
    pub maps: Vec<PathBuf>,
    /// `.map.csv` files (with `map_csv`).
    pub map_csvs: Vec<PathBuf>,
    /// Perf map files (with `perfmap`).
    pub perfmaps: Vec<PathBuf>,
    /// Runtime configs copied from beside the inputs.
    pub runtime_configs: Vec<PathBuf>,
    /// Cache directory, key, hit or miss, log.
    pub build: BuildOutput,
}

impl Crossgen2Output {
    /// Every image that holds native code: the composite image (if any), then `images`.
    pub fn native_images(&self) -> Vec<PathBuf> {
        self.composite_image.iter().chain(&self.images).cloned().collect()
    }

    /// The output image whose file stem is `stem`.
    pub fn image(&self, stem: &str) -> Option<&Path> {
        self.images.iter().map(PathBuf::as_path).find(|p| file_stem(p) == stem)
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Crossgen2Request {
    /// A request for `inputs` with defaults: `-O`, nothing else.
    pub fn new(inputs: Vec<PathBuf>) -> Self {
        Crossgen2Request { inputs, ..Default::default() }
    }

    /// The option arguments in canonical order — everything but paths (inputs, `-o`,
    /// references, `--inputbubbleref`, `--mibc`). This is what distinguishes builds.
    pub fn option_args(&self) -> Vec<String> {
        let mut args: Vec<String> =
            vec!["--targetos".into(), TARGET_OS.into(), "--targetarch".into(), TARGET_ARCH.into()];
        if let Some(o) = self.optimize.arg() {
            args.push(o.into());
        }
        if let Some(set) = &self.instruction_set {
            args.push("--instruction-set".into());
            args.push(set.clone());
        }
        let switches = [
            (self.input_bubble, "--inputbubble"),
            (self.composite, "--composite"),
            (self.synthesize_random_mibc, "--synthesize-random-mibc"),
            (self.partial, "--partial"),
            (self.embed_pgo_data, "--embed-pgo-data"),
            (self.hot_cold_splitting, "--hot-cold-splitting"),
            (self.verify_type_and_field_layout, "--verify-type-and-field-layout"),
            (self.map, "--map"),
            (self.map_csv, "--mapcsv"),
            (self.perfmap, "--perfmap"),
        ];
        args.extend(switches.iter().filter(|(on, _)| *on).map(|(_, s)| s.to_string()));
        args.extend(self.extra_args.iter().cloned());
        args
    }

    fn composite_stem(&self) -> String {
        match &self.composite_name {
            Some(name) => name.clone(),
            None => self.inputs.first().map(|p| file_stem(p)).unwrap_or_default(),
        }
    }

    fn validate(&self) -> Result<()> {
        if self.inputs.is_empty() {
            return Err(Error::bad_input("crossgen2: no input assemblies"));
        }
        let mut stems = HashSet::new();
        for input in &self.inputs {
            let stem = file_stem(input);
            validate_name(&stem)?;
            if input.extension().is_none_or(|e| e != "dll") {
                return Err(Error::bad_input(format!("crossgen2: input {} is not a .dll", input.display())));
            }
            if !stems.insert(stem.to_ascii_lowercase()) {
                return Err(Error::bad_input(format!("crossgen2: two inputs named {stem}")));
            }
        }
        if self.composite {
            let name = self.composite_stem();
            validate_name(&name)?;
            if stems.contains(&format!("{name}.r2r").to_ascii_lowercase()) {
                return Err(Error::bad_input(format!("crossgen2: composite name {name} clashes with an input")));
            }
        } else if self.composite_name.is_some() {
            return Err(Error::bad_input("crossgen2: composite_name without composite"));
        }
        if let Some(set) = &self.instruction_set
            && (set.is_empty() || set.chars().any(char::is_whitespace))
        {
            return Err(Error::bad_input(format!("crossgen2: bad instruction set {set:?}")));
        }
        Ok(())
    }

    /// The cache key of this build (validates the request, restores the tools if needed).
    pub fn cache_key(&self) -> Result<CacheKey> {
        self.validate()?;
        let (tools, tc) = (tools()?, toolchain()?);
        let mut key = KeyBuilder::new("crossgen2");
        key.text("tool", &tools.crossgen2.identity())
            .text("framework", &format!("Microsoft.NETCore.App/{}", tc.runtime_version))
            .list("options", &self.option_args());
        if self.composite {
            key.text("composite-name", &self.composite_stem());
        }
        key.files("inputs", &self.inputs)?
            .files("references", &self.references)?
            .files("input-bubble-refs", &self.input_bubble_refs)?
            .files("mibc", &self.mibc)?;
        // Runtime configs travel with the inputs; they are outputs too.
        for input in &self.inputs {
            let config = runtime_config_beside(input);
            if config.is_file() {
                key.file("runtime-config", &config)?;
            }
        }
        Ok(key.finish())
    }

    /// Compiles (or takes the cached result).
    pub fn build(&self) -> Result<Crossgen2Output> {
        let key = self.cache_key()?;
        let build = cache::build_cached("crossgen2", &key, |dir| {
            let mut log = String::new();
            if self.composite {
                let out = dir.join(format!("{}.r2r.dll", self.composite_stem()));
                let mut cmd = self.command(&self.inputs, &[], &out)?;
                log.push_str(&run_logged(&mut cmd)?);
            } else {
                for (i, input) in self.inputs.iter().enumerate() {
                    let others: Vec<PathBuf> = self
                        .inputs
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != i)
                        .map(|(_, p)| p.clone())
                        .collect();
                    let out = dir.join(format!("{}.dll", file_stem(input)));
                    let mut cmd = self.command(std::slice::from_ref(input), &others, &out)?;
                    log.push_str(&run_logged(&mut cmd)?);
                }
            }
            for input in &self.inputs {
                let config = runtime_config_beside(input);
                if config.is_file() {
                    cache::copy(&config, &dir.join(config.file_name().unwrap_or_default()))?;
                }
            }
            Ok(log)
        })?;
        self.collect(build)
    }

    /// One crossgen2 command: `inputs` compiled to `out`, `others` (the rest of the
    /// inputs) as references and, in a bubble, as bubble references.
    fn command(&self, inputs: &[PathBuf], others: &[PathBuf], out: &Path) -> Result<Command> {
        let (tools, tc) = (tools()?, toolchain()?);
        let mut cmd = Command::new(&tools.crossgen2.path);
        for input in inputs {
            cmd.arg(absolute(input)?);
        }
        cmd.arg("-o").arg(out);
        for r in tc.framework_assemblies.iter().chain(&self.references).chain(others).chain(&self.input_bubble_refs) {
            cmd.arg(format!("-r:{}", absolute(r)?.display()));
        }
        if self.input_bubble {
            for r in others.iter().chain(&self.input_bubble_refs) {
                cmd.arg(format!("--inputbubbleref:{}", absolute(r)?.display()));
            }
        }
        for m in &self.mibc {
            cmd.arg(format!("--mibc:{}", absolute(m)?.display()));
        }
        cmd.args(self.option_args());
        if let Some(dir) = out.parent() {
            cmd.current_dir(dir);
        }
        Ok(cmd)
    }

    /// Lists the outputs of a finished build and checks the expected ones exist.
    fn collect(&self, build: BuildOutput) -> Result<Crossgen2Output> {
        let dir = build.dir.clone();
        let mut out = Crossgen2Output {
            images: self.inputs.iter().map(|p| dir.join(format!("{}.dll", file_stem(p)))).collect(),
            composite_image: self.composite.then(|| dir.join(format!("{}.r2r.dll", self.composite_stem()))),
            maps: Vec::new(),
            map_csvs: Vec::new(),
            perfmaps: Vec::new(),
            runtime_configs: Vec::new(),
            build,
        };
        let map_stems: Vec<String> = if self.composite {
            vec![format!("{}.r2r", self.composite_stem())]
        } else {
            self.inputs.iter().map(|p| file_stem(p)).collect()
        };
        for stem in &map_stems {
            if self.map {
                out.maps.push(dir.join(format!("{stem}.map")));
            }
            if self.map_csv {
                out.map_csvs.push(dir.join(format!("{stem}.map.csv")));
            }
        }
        let mut names: Vec<String> = fs::read_dir(&dir)
            .map_err(|e| Error::io("list", &dir, e))?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in &names {
            if name.ends_with(".runtimeconfig.json") {
                out.runtime_configs.push(dir.join(name));
            } else if self.perfmap && name.ends_with(".map") && name.contains(".ni.") {
                out.perfmaps.push(dir.join(name));
            }
        }
        for expected in out.native_images().iter().chain(&out.maps).chain(&out.map_csvs) {
            if !expected.is_file() {
                return Err(Error::ToolFailed {
                    tool: "crossgen2".into(),
                    command: format!("(see {})", out.build.log.display()),
                    status: format!("succeeded but did not write {}", expected.display()),
                    stdout: String::new(),
                    stderr: String::new(),
                });
            }
        }
        Ok(out)
    }
}

/// Runs crossgen2, returning the command line and its output for the build log.
fn run_logged(cmd: &mut Command) -> Result<String> {
    let out = process::run("crossgen2", cmd)?;
    Ok(format!("$ {}\n{}", process::render(cmd), out.log()))
}

/// `<dir>/<stem>.runtimeconfig.json` beside an input.
fn runtime_config_beside(input: &Path) -> PathBuf {
    input.with_file_name(format!("{}.runtimeconfig.json", file_stem(input)))
}

/// Compiles `request` (same as [`Crossgen2Request::build`]).
pub fn crossgen2(request: &Crossgen2Request) -> Result<Crossgen2Output> {
    request.build()
}
