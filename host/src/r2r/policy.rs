//! Whether the host uses an image's ReadyToRun code, and why — the one place these
//! decisions are made. `r2rhost inspect` predicts them from the file alone by calling the
//! same functions the runtime will call at load time.
//!
//! Image-level checks follow CoreCLR's order (`ReadyToRunInfo::Initialize`): the
//! `DOTNET_ReadyToRun` knob, the machine, the format version, and for component stubs the
//! owning composite. Where CoreCLR fails hard (a machine mismatch throws
//! BadImageFormatException), r2rhost falls back to the JIT and says so: the IL is still
//! there.
//!
//! This build does not execute R2R code yet (roadmap step 4): the last check says so, and
//! every method is JIT-compiled.

use serde::Serialize;

use r2rhost_image::metadata::flags::{MethodAttributes, MethodImplAttributes};
use r2rhost_image::pe::{Arch, TargetOs};
use r2rhost_image::Image;

/// R2R major versions this host has been tested with (.NET 10.0.12–10.0.14 crossgen2 emits
/// 16.0). CoreCLR 10 accepts a range; we accept only what we have verified.
pub const SUPPORTED_MAJOR_VERSIONS: std::ops::RangeInclusive<u16> = 16..=16;

/// What the host does with an image's native code.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ImageDecision {
    /// True when the host will run the image's R2R code (where each method's fixups hold).
    pub uses_native_code: bool,
    /// One-line reason.
    pub reason: String,
    /// The image-level checks, in the order the host applies them.
    pub checks: Vec<Check>,
}

/// One image-level check.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    /// What is checked.
    pub name: String,
    /// Whether it passed.
    pub ok: bool,
    /// Details.
    pub detail: String,
}

/// The reason every method is JIT-compiled in this build.
pub const JIT_ONLY: &str = "this build of r2rhost does not execute ReadyToRun code yet (JIT only; roadmap step 4)";

/// `DOTNET_ReadyToRun`, parsed like CoreCLR's DWORD knobs (hexadecimal); default 1.
pub fn ready_to_run_knob() -> u32 {
    match std::env::var("DOTNET_ReadyToRun") {
        Ok(v) => u32::from_str_radix(v.trim().trim_start_matches("0x").trim_start_matches("0X"), 16).unwrap_or(1),
        Err(_) => 1,
    }
}

/// The decision for an IL-only image.
pub fn il_only_decision() -> ImageDecision {
    ImageDecision { uses_native_code: false, reason: "IL-only image: every method is JIT-compiled".into(), checks: Vec::new() }
}

/// The decision for a composite image inspected on its own (its components are loaded
/// through their stubs).
pub fn composite_decision() -> ImageDecision {
    let mut d = ImageDecision { uses_native_code: false, reason: String::new(), checks: Vec::new() };
    d.checks.push(Check { name: "composite".into(), ok: true, detail: "composite image: used when its component stubs are loaded".into() });
    finish(d)
}

/// The image-level decision for an R2R image or component stub. `owner_found` is `Some`
/// for a component stub: whether its composite image was found.
pub fn image_decision(image: &Image<'_>, owner_found: Option<bool>) -> ImageDecision {
    let mut d = ImageDecision::default();
    let Some(r2r) = &image.r2r else { return il_only_decision() };
    let knob = ready_to_run_knob();
    d.checks.push(Check {
        name: "DOTNET_ReadyToRun".into(),
        ok: knob != 0,
        detail: if knob != 0 { "enabled".into() } else { "disabled by DOTNET_ReadyToRun=0".into() },
    });
    let machine_ok = image.pe.machine.decode() == Some((Arch::X64, TargetOs::Linux));
    d.checks.push(Check {
        name: "machine".into(),
        ok: machine_ok,
        detail: if machine_ok {
            format!("{} matches this host (Linux x64)", image.pe.machine)
        } else {
            format!("{} is not Linux x64 (CoreCLR would refuse to load the image; r2rhost JITs its IL)", image.pe.machine)
        },
    });
    let major = r2r.major_version();
    let version_ok = SUPPORTED_MAJOR_VERSIONS.contains(&major);
    d.checks.push(Check {
        name: "format version".into(),
        ok: version_ok,
        detail: format!(
            "{}.{} {} (tested: {}..={})",
            major,
            r2r.minor_version(),
            if version_ok { "is supported" } else { "is not supported" },
            SUPPORTED_MAJOR_VERSIONS.start(),
            SUPPORTED_MAJOR_VERSIONS.end()
        ),
    });
    if let Some(found) = owner_found {
        let owner = r2r.owner_composite_executable().ok().flatten().unwrap_or("").trim_end_matches('\0').to_string();
        d.checks.push(Check {
            name: "owner composite".into(),
            ok: found,
            detail: if found { format!("{owner} found") } else { format!("{owner} not found next to the component") },
        });
    }
    finish(d)
}

/// Adds the execution-support check and sets the verdict from all checks.
fn finish(mut d: ImageDecision) -> ImageDecision {
    d.checks.push(Check { name: "execution".into(), ok: false, detail: JIT_ONLY.into() });
    d.uses_native_code = d.checks.iter().all(|c| c.ok);
    d.reason = match d.checks.iter().find(|c| !c.ok) {
        Some(c) => format!("native code not used: {}", c.detail),
        None => "native code used where each method's fixups resolve".into(),
    };
    d
}

/// Facts about one method that explain its code.
#[derive(Clone, Copy, Debug)]
pub struct MethodFacts {
    /// The method has an IL body.
    pub has_il: bool,
    /// The image has R2R code for it.
    pub has_native: bool,
    /// Method flags.
    pub flags: MethodAttributes,
    /// Implementation flags.
    pub impl_flags: MethodImplAttributes,
    /// The method or its type has generic parameters (its code lives in instantiations).
    pub generic: bool,
}

/// What runs for one MethodDef, and why.
pub fn method_decision(image: &ImageDecision, m: MethodFacts) -> String {
    if m.has_native {
        return if image.uses_native_code { "r2r".into() } else { "jit: the image's native code is not used (see decision)".into() };
    }
    if !m.has_il {
        return if m.flags.is_abstract() {
            "none: abstract".into()
        } else if m.flags.contains(MethodAttributes::PINVOKE_IMPL) {
            "stub: P/Invoke".into()
        } else if m.impl_flags.contains(MethodImplAttributes::INTERNAL_CALL) {
            "host: internal call".into()
        } else if m.impl_flags.code_type() == MethodImplAttributes::RUNTIME {
            "host: runtime-implemented (delegate)".into()
        } else {
            "none: no IL body".into()
        };
    }
    if m.generic {
        return "jit: generic definition (instantiations are listed separately when precompiled)".into();
    }
    if m.impl_flags.contains(MethodImplAttributes::AGGRESSIVE_OPTIMIZATION) {
        return "jit: not precompiled (AggressiveOptimization methods are always JIT-compiled)".into();
    }
    "jit: not precompiled by crossgen2 (crossgen2 --verbose says why)".into()
}

/// What runs for a precompiled generic instantiation.
pub fn instantiation_decision(image: &ImageDecision) -> String {
    if image.uses_native_code { "r2r".into() } else { "jit: the image's native code is not used (see decision)".into() }
}
