//! ReadyToRun execution: which images and methods have usable native code, and (roadmap
//! step 4) running it. Today only the policy exists: the host runs everything on its JIT
//! and says why.

pub mod layout_fixups;
pub mod policy;
