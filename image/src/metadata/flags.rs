//! Attribute flag words of the metadata tables (ECMA-335 II.23.1), as typed newtypes with
//! the commonly needed bits and masks. The raw value is always available as `.0`.

use std::fmt;

macro_rules! flags_type {
    ($(#[$doc:meta])* $name:ident($ty:ty) { $($(#[$cdoc:meta])* $c:ident = $v:expr;)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name(pub $ty);

        impl $name {
            $($(#[$cdoc])* pub const $c: $ty = $v;)*

            /// True when every bit of `mask` is set.
            pub fn contains(self, mask: $ty) -> bool {
                self.0 & mask == mask
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({:#x})"), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:#x}", self.0)
            }
        }
    };
}

flags_type! {
    /// `TypeAttributes` (II.23.1.15).
    TypeAttributes(u32) {
        /// Mask of the visibility bits.
        VISIBILITY_MASK = 0x7;
        /// Public top-level type.
        PUBLIC = 0x1;
        /// Nested public type.
        NESTED_PUBLIC = 0x2;
        /// Mask of the layout bits.
        LAYOUT_MASK = 0x18;
        /// Sequential layout.
        SEQUENTIAL_LAYOUT = 0x08;
        /// Explicit layout.
        EXPLICIT_LAYOUT = 0x10;
        /// Interface.
        INTERFACE = 0x20;
        /// Abstract.
        ABSTRACT = 0x80;
        /// Sealed.
        SEALED = 0x100;
        /// Special name.
        SPECIAL_NAME = 0x400;
        /// Imported (COM).
        IMPORT = 0x1000;
        /// Serializable.
        SERIALIZABLE = 0x2000;
        /// Windows Runtime type.
        WINDOWS_RUNTIME = 0x4000;
        /// Mask of the string-format bits.
        STRING_FORMAT_MASK = 0x30000;
        /// Static constructor may run before first static field access.
        BEFORE_FIELD_INIT = 0x100000;
        /// Runtime-special name.
        RT_SPECIAL_NAME = 0x800;
        /// Has security declarations.
        HAS_SECURITY = 0x40000;
    }
}

impl TypeAttributes {
    /// True for interfaces.
    pub fn is_interface(self) -> bool {
        self.0 & Self::INTERFACE != 0
    }
    /// True for nested types (visibility 2..=7).
    pub fn is_nested(self) -> bool {
        self.0 & Self::VISIBILITY_MASK >= 2
    }
    /// The layout bits: 0 auto, 8 sequential, 0x10 explicit.
    pub fn layout(self) -> u32 {
        self.0 & Self::LAYOUT_MASK
    }
}

flags_type! {
    /// `FieldAttributes` (II.23.1.5).
    FieldAttributes(u16) {
        /// Mask of the accessibility bits.
        ACCESS_MASK = 0x7;
        /// Static field.
        STATIC = 0x10;
        /// Init-only (readonly).
        INIT_ONLY = 0x20;
        /// Compile-time constant.
        LITERAL = 0x40;
        /// Not serialized.
        NOT_SERIALIZED = 0x80;
        /// Special name.
        SPECIAL_NAME = 0x200;
        /// P/Invoke implementation.
        PINVOKE_IMPL = 0x2000;
        /// Runtime-special name.
        RT_SPECIAL_NAME = 0x400;
        /// Has marshalling information.
        HAS_FIELD_MARSHAL = 0x1000;
        /// Has a default value.
        HAS_DEFAULT = 0x8000;
        /// Has an RVA (mapped data).
        HAS_FIELD_RVA = 0x100;
    }
}

impl FieldAttributes {
    /// True for static fields.
    pub fn is_static(self) -> bool {
        self.0 & Self::STATIC != 0
    }
    /// True for literal (const) fields, which have no storage.
    pub fn is_literal(self) -> bool {
        self.0 & Self::LITERAL != 0
    }
}

flags_type! {
    /// `MethodAttributes` (II.23.1.10).
    MethodAttributes(u16) {
        /// Mask of the accessibility bits.
        ACCESS_MASK = 0x7;
        /// Static method.
        STATIC = 0x10;
        /// Final (sealed) virtual.
        FINAL = 0x20;
        /// Virtual.
        VIRTUAL = 0x40;
        /// Hide by name and signature.
        HIDE_BY_SIG = 0x80;
        /// Always gets a new vtable slot.
        NEW_SLOT = 0x100;
        /// Overridable only if accessible.
        STRICT = 0x200;
        /// Abstract.
        ABSTRACT = 0x400;
        /// Special name.
        SPECIAL_NAME = 0x800;
        /// P/Invoke implementation.
        PINVOKE_IMPL = 0x2000;
        /// Runtime-special name (.ctor, .cctor).
        RT_SPECIAL_NAME = 0x1000;
        /// Has security declarations.
        HAS_SECURITY = 0x4000;
        /// Requires a security object.
        REQUIRE_SEC_OBJECT = 0x8000;
    }
}

impl MethodAttributes {
    /// True for static methods.
    pub fn is_static(self) -> bool {
        self.0 & Self::STATIC != 0
    }
    /// True for virtual methods.
    pub fn is_virtual(self) -> bool {
        self.0 & Self::VIRTUAL != 0
    }
    /// True for abstract methods.
    pub fn is_abstract(self) -> bool {
        self.0 & Self::ABSTRACT != 0
    }
}

flags_type! {
    /// `MethodImplAttributes` (II.23.1.11).
    MethodImplAttributes(u16) {
        /// Mask of the code-type bits.
        CODE_TYPE_MASK = 0x3;
        /// Native code.
        NATIVE = 0x1;
        /// Optimized IL (reserved).
        OPTIL = 0x2;
        /// Provided by the runtime.
        RUNTIME = 0x3;
        /// Unmanaged code.
        UNMANAGED = 0x4;
        /// Do not inline.
        NO_INLINING = 0x8;
        /// Forward reference.
        FORWARD_REF = 0x10;
        /// Synchronized.
        SYNCHRONIZED = 0x20;
        /// Do not optimize.
        NO_OPTIMIZATION = 0x40;
        /// Preserve the signature (COM).
        PRESERVE_SIG = 0x80;
        /// Aggressive inlining.
        AGGRESSIVE_INLINING = 0x100;
        /// Aggressive optimization.
        AGGRESSIVE_OPTIMIZATION = 0x200;
        /// Implemented inside the runtime (FCALL / QCALL-style internal call).
        INTERNAL_CALL = 0x1000;
        /// Async method (runtime async).
        ASYNC = 0x2000;
    }
}

impl MethodImplAttributes {
    /// The code type: 0 IL, 1 native, 2 OPTIL, 3 runtime.
    pub fn code_type(self) -> u16 {
        self.0 & Self::CODE_TYPE_MASK
    }
}

flags_type! {
    /// `ParamAttributes` (II.23.1.13).
    ParamAttributes(u16) {
        /// `[in]`.
        IN = 0x1;
        /// `[out]`.
        OUT = 0x2;
        /// Optional.
        OPTIONAL = 0x10;
        /// Has a default value.
        HAS_DEFAULT = 0x1000;
        /// Has marshalling information.
        HAS_FIELD_MARSHAL = 0x2000;
    }
}

flags_type! {
    /// `EventAttributes` (II.23.1.4).
    EventAttributes(u16) {
        /// Special name.
        SPECIAL_NAME = 0x200;
        /// Runtime-special name.
        RT_SPECIAL_NAME = 0x400;
    }
}

flags_type! {
    /// `PropertyAttributes` (II.23.1.14).
    PropertyAttributes(u16) {
        /// Special name.
        SPECIAL_NAME = 0x200;
        /// Runtime-special name.
        RT_SPECIAL_NAME = 0x400;
        /// Has a default value.
        HAS_DEFAULT = 0x1000;
    }
}

flags_type! {
    /// `MethodSemanticsAttributes` (II.23.1.12).
    MethodSemanticsAttributes(u16) {
        /// Property setter.
        SETTER = 0x1;
        /// Property getter.
        GETTER = 0x2;
        /// Other method of a property or event.
        OTHER = 0x4;
        /// Event add method.
        ADD_ON = 0x8;
        /// Event remove method.
        REMOVE_ON = 0x10;
        /// Event raise method.
        FIRE = 0x20;
    }
}

flags_type! {
    /// `PInvokeAttributes` (II.23.1.8) of an `ImplMap` row.
    PInvokeAttributes(u16) {
        /// Use the member name as given.
        NO_MANGLE = 0x1;
        /// Mask of the character-set bits.
        CHAR_SET_MASK = 0x6;
        /// Set the last error.
        SUPPORTS_LAST_ERROR = 0x40;
        /// Mask of the calling-convention bits.
        CALL_CONV_MASK = 0x700;
        /// `winapi` calling convention.
        CALL_CONV_WINAPI = 0x100;
        /// `cdecl`.
        CALL_CONV_CDECL = 0x200;
        /// `stdcall`.
        CALL_CONV_STDCALL = 0x300;
        /// `thiscall`.
        CALL_CONV_THISCALL = 0x400;
        /// `fastcall`.
        CALL_CONV_FASTCALL = 0x500;
    }
}

flags_type! {
    /// `AssemblyFlags` (II.23.1.2).
    AssemblyFlags(u32) {
        /// The blob holds the full public key (not a token).
        PUBLIC_KEY = 0x1;
        /// Retargetable.
        RETARGETABLE = 0x100;
        /// Mask of the content-type bits (0 default, 0x200 Windows Runtime).
        CONTENT_TYPE_MASK = 0xe00;
        /// JIT tracking disabled.
        DISABLE_JIT_COMPILE_OPTIMIZER = 0x4000;
        /// JIT tracking enabled.
        ENABLE_JIT_COMPILE_TRACKING = 0x8000;
    }
}

flags_type! {
    /// `FileAttributes` (II.23.1.6).
    FileAttributes(u32) {
        /// The file has no metadata (a resource file).
        CONTAINS_NO_METADATA = 0x1;
    }
}

flags_type! {
    /// `ManifestResourceAttributes` (II.23.1.9).
    ManifestResourceAttributes(u32) {
        /// Public resource.
        PUBLIC = 0x1;
        /// Private resource.
        PRIVATE = 0x2;
    }
}

flags_type! {
    /// `GenericParamAttributes` (II.23.1.7).
    GenericParamAttributes(u16) {
        /// Mask of the variance bits.
        VARIANCE_MASK = 0x3;
        /// Covariant (`out`).
        COVARIANT = 0x1;
        /// Contravariant (`in`).
        CONTRAVARIANT = 0x2;
        /// `class` constraint.
        REFERENCE_TYPE_CONSTRAINT = 0x4;
        /// `struct` constraint.
        NOT_NULLABLE_VALUE_TYPE_CONSTRAINT = 0x8;
        /// `new()` constraint.
        DEFAULT_CONSTRUCTOR_CONSTRAINT = 0x10;
        /// `allows ref struct` anti-constraint.
        ALLOW_BY_REF_LIKE = 0x20;
    }
}
