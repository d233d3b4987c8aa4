namespace System
{
    /// <summary>Layout law: one pointer-sized value, the host's MethodTable* (what ldtoken of a type pushes).</summary>
    public struct RuntimeTypeHandle : IEquatable<RuntimeTypeHandle>
    {
        private readonly IntPtr _value;
        internal RuntimeTypeHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
        public override int GetHashCode() => _value.GetHashCode();
        public override bool Equals(object obj) => obj is RuntimeTypeHandle h && h._value == _value;
        public bool Equals(RuntimeTypeHandle handle) => handle._value == _value;
        public static bool operator ==(RuntimeTypeHandle left, object right) => left.Equals(right);
        public static bool operator ==(object left, RuntimeTypeHandle right) => right.Equals(left);
        public static bool operator !=(RuntimeTypeHandle left, object right) => !left.Equals(right);
        public static bool operator !=(object left, RuntimeTypeHandle right) => !right.Equals(left);
        public static RuntimeTypeHandle FromIntPtr(IntPtr value) => new RuntimeTypeHandle(value);
        public static IntPtr ToIntPtr(RuntimeTypeHandle value) => value._value;
        public ModuleHandle GetModuleHandle() => default;
    }

    /// <summary>Layout law: one pointer-sized value, the host's field handle (what ldtoken of a field pushes).</summary>
    public struct RuntimeFieldHandle : IEquatable<RuntimeFieldHandle>
    {
        private readonly IntPtr _value;
        public IntPtr Value => _value;
        public override int GetHashCode() => _value.GetHashCode();
        public override bool Equals(object obj) => obj is RuntimeFieldHandle h && h._value == _value;
        public bool Equals(RuntimeFieldHandle handle) => handle._value == _value;
        public static bool operator ==(RuntimeFieldHandle left, RuntimeFieldHandle right) => left._value == right._value;
        public static bool operator !=(RuntimeFieldHandle left, RuntimeFieldHandle right) => left._value != right._value;
        public static RuntimeFieldHandle FromIntPtr(IntPtr value) { RuntimeFieldHandle h = default; System.Runtime.CompilerServices.Unsafe.As<RuntimeFieldHandle, IntPtr>(ref h) = value; return h; }
        public static IntPtr ToIntPtr(RuntimeFieldHandle value) => value._value;
    }

    /// <summary>Layout law: one pointer-sized value, the host's method handle (what ldtoken of a method pushes).</summary>
    public struct RuntimeMethodHandle : IEquatable<RuntimeMethodHandle>
    {
        private readonly IntPtr _value;
        public IntPtr Value => _value;
        public override int GetHashCode() => _value.GetHashCode();
        public override bool Equals(object obj) => obj is RuntimeMethodHandle h && h._value == _value;
        public bool Equals(RuntimeMethodHandle handle) => handle._value == _value;
        public static bool operator ==(RuntimeMethodHandle left, RuntimeMethodHandle right) => left._value == right._value;
        public static bool operator !=(RuntimeMethodHandle left, RuntimeMethodHandle right) => left._value != right._value;
        public static RuntimeMethodHandle FromIntPtr(IntPtr value) { RuntimeMethodHandle h = default; System.Runtime.CompilerServices.Unsafe.As<RuntimeMethodHandle, IntPtr>(ref h) = value; return h; }
        public static IntPtr ToIntPtr(RuntimeMethodHandle value) => value._value;
        public IntPtr GetFunctionPointer() => throw new PlatformNotSupportedException();
    }

    public struct ModuleHandle
    {
        private readonly IntPtr _value;
        public static readonly ModuleHandle EmptyHandle;
        public int MDStreamVersion => 0x20000;
        public override int GetHashCode() => _value.GetHashCode();
        public override bool Equals(object obj) => obj is ModuleHandle h && h._value == _value;
        public bool Equals(ModuleHandle handle) => handle._value == _value;
        public static bool operator ==(ModuleHandle left, ModuleHandle right) => left._value == right._value;
        public static bool operator !=(ModuleHandle left, ModuleHandle right) => left._value != right._value;
    }

    public struct RuntimeArgumentHandle
    {
        private IntPtr _value;
    }

    public ref struct TypedReference
    {
        private readonly ref byte _value;
        private readonly IntPtr _type;
        public override bool Equals(object o) => throw new NotSupportedException();
        public override int GetHashCode() => _type.GetHashCode();
        public static Type GetTargetType(TypedReference value) => value._type == IntPtr.Zero ? null : Type.GetTypeFromHandle(new RuntimeTypeHandle(value._type));
        public static RuntimeTypeHandle TargetTypeToken(TypedReference value) => new RuntimeTypeHandle(value._type);
        public static object ToObject(TypedReference value) => TypeSupport.Box(value._type, ref value._value);
    }
}
