//! Typed indices used across the ReadyToRun readers.
//!
//! Each index names one table of the image; keeping them apart stops a runtime-function
//! index from being used as an import slot and so on. All are plain `u32` newtypes.

use std::fmt;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident, $fmt:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub u32);

        impl $name {
            /// The index as a `usize` (for slicing tables we own).
            pub fn as_usize(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, $fmt, self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, $fmt, self.0)
            }
        }
    };
}

index_type!(
    /// Index into the RUNTIME_FUNCTIONS table (section 102).
    RuntimeFunctionIndex,
    "rf#{}"
);
index_type!(
    /// Position of an import section in the ImportSections table (section 101). This is the
    /// index fixup lists use and the value import thunks push.
    ImportSectionIndex,
    "imp#{}"
);
index_type!(
    /// Slot (cell number) within one import section.
    ImportSlot,
    "slot#{}"
);
index_type!(
    /// A module-override index as written after `READYTORUN_FIXUP_ModuleOverride`,
    /// `ELEMENT_TYPE_MODULE_ZAPSIG` or `READYTORUN_METHOD_SIG_UpdateContext`. Resolve it with
    /// [`crate::r2r::ModuleOverrideRules`].
    ModuleIndex,
    "module {}"
);

/// One indirection cell: an import section and a slot in it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ImportCell {
    /// The import section.
    pub section: ImportSectionIndex,
    /// The slot within that section.
    pub slot: ImportSlot,
}

impl fmt::Display for ImportCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.section.0, self.slot.0)
    }
}
