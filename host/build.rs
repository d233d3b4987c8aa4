//! Builds the corelib shim (`corelib-shim/`, C#) with the project's driver and embeds it in
//! the `r2rhost` binary, so the binary is self-contained. `R2RHOST_CORELIB=path` overrides
//! it at run time.

use std::path::PathBuf;

fn main() {
    let shim = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("corelib-shim");
    println!("cargo:rerun-if-changed={}", shim.join("src").display());
    println!("cargo:rerun-if-changed={}", shim.join("csc.rsp").display());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target = out_dir.join("System.Private.CoreLib.dll");
    match r2rhost_driver::shim::build() {
        Ok(built) => {
            std::fs::copy(&built.assembly, &target).expect("copy the built corelib shim into OUT_DIR");
        }
        Err(e) => {
            // Without the .NET SDK the binary still builds; `run` then needs R2RHOST_CORELIB.
            println!("cargo:warning=corelib shim not built ({e}); `r2rhost run` will need R2RHOST_CORELIB");
            std::fs::write(&target, b"").expect("write an empty placeholder");
        }
    }
}
