using System.Reflection;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Minimal Type: every Type object is a RuntimeType wrapping one MT (unique per MT, so == is reference equality).</summary>
    public abstract partial class Type : MemberInfo
    {
        protected Type() { }

        public static readonly Type[] EmptyTypes = new Type[0];
        public static readonly object Missing = System.Reflection.Missing.Value;
        public static readonly char Delimiter = '.';

        [Intrinsic]
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => handle.Value == IntPtr.Zero ? null : RuntimeImports.GetTypeObject(handle.Value);
        public static RuntimeTypeHandle GetTypeHandle(object o)
        {
            if (o == null) throw new ArgumentNullException(null, SR.Arg_InvalidHandle);
            return new RuntimeTypeHandle(RuntimeHelpers.GetMethodTable(o));
        }

        public abstract string Namespace { get; }
        public abstract string FullName { get; }
        public abstract string AssemblyQualifiedName { get; }
        public abstract Type BaseType { get; }
        public abstract Type UnderlyingSystemType { get; }
        public virtual RuntimeTypeHandle TypeHandle => throw new NotSupportedException();

        public bool IsValueType => IsValueTypeImpl();
        protected virtual bool IsValueTypeImpl() => false;
        public bool IsArray => IsArrayImpl();
        protected abstract bool IsArrayImpl();
        public bool IsPointer => IsPointerImpl();
        protected abstract bool IsPointerImpl();
        public bool IsByRef => IsByRefImpl();
        protected abstract bool IsByRefImpl();
        public bool IsPrimitive => IsPrimitiveImpl();
        protected abstract bool IsPrimitiveImpl();
        public bool HasElementType => HasElementTypeImpl();
        protected abstract bool HasElementTypeImpl();
        public bool IsCOMObject => false;
        protected abstract bool IsCOMObjectImpl();
        public bool IsContextful => false;
        protected virtual bool IsContextfulImpl() => false;
        public bool IsMarshalByRef => false;
        protected virtual bool IsMarshalByRefImpl() => false;

        public virtual bool IsEnum => false;
        public virtual bool IsGenericType => false;
        public virtual bool IsGenericTypeDefinition => false;
        public virtual bool IsConstructedGenericType => false;
        public virtual bool IsGenericParameter => false;
        public virtual bool IsSZArray => false;
        public virtual bool IsVariableBoundArray => IsArray && !IsSZArray;
        public virtual bool IsByRefLike => false;
        public virtual bool ContainsGenericParameters => false;
        public bool IsInterface => (GetAttributeFlagsImpl() & TypeAttributes.Interface) != 0;
        public bool IsClass => (GetAttributeFlagsImpl() & TypeAttributes.Interface) == 0 && !IsValueType;
        public bool IsAbstract => (GetAttributeFlagsImpl() & TypeAttributes.Abstract) != 0;
        public bool IsSealed => (GetAttributeFlagsImpl() & TypeAttributes.Sealed) != 0;
        public bool IsNested => DeclaringType != null;
        public bool IsPublic => true;
        public bool IsNotPublic => false;
        public TypeAttributes Attributes => GetAttributeFlagsImpl();
        protected abstract TypeAttributes GetAttributeFlagsImpl();

        public virtual Type GetElementType() => null;
        public virtual int GetArrayRank() => throw new ArgumentException(SR.Argument_HasToBeArrayClass);
        public virtual Type[] GetGenericArguments() => EmptyTypes;
        public virtual Type[] GenericTypeArguments => EmptyTypes;
        public virtual Type GetGenericTypeDefinition() => throw new InvalidOperationException(SR.InvalidOperation_NotGenericType);
        public virtual Type MakeGenericType(params Type[] typeArguments) => throw new NotSupportedException();
        public virtual Type MakeArrayType() => throw new NotSupportedException();
        public virtual Type MakeArrayType(int rank) => throw new NotSupportedException();
        public virtual Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException(SR.Arg_MustBeEnum, "enumType");
            throw new NotSupportedException();
        }
        public virtual Array GetEnumValues() => throw new NotSupportedException();
        public virtual string[] GetEnumNames() => throw new NotSupportedException();
        public virtual bool IsAssignableFrom(Type c) => false;
        public bool IsAssignableTo(Type targetType) => targetType != null && targetType.IsAssignableFrom(this);
        public virtual bool IsInstanceOfType(object o) => o != null && IsAssignableFrom(o.GetType());
        public virtual bool IsSubclassOf(Type c)
        {
            Type p = this;
            if (p == c) return false;
            while (p != null) { if (p == c) return true; p = p.BaseType; }
            return false;
        }
        public virtual bool IsEquivalentTo(Type other) => this == other;

        public override bool Equals(object o) => o is Type t && Equals(t);
        public virtual bool Equals(Type o) => o != null && (object)UnderlyingSystemType == o.UnderlyingSystemType;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        [Intrinsic]
        public static bool operator ==(Type left, Type right) => (object)left == right;
        [Intrinsic]
        public static bool operator !=(Type left, Type right) => (object)left != right;

        public override string ToString() => "Type: " + Name;

        public static Type GetType(string typeName) => null;
    }

    /// <summary>The only concrete Type. Layout: one field, the MT, at +8 (the host creates instances).</summary>
    internal sealed class RuntimeType : Type
    {
        internal IntPtr _handle;

        private RuntimeType() { }

        private int Flags => RuntimeImports.GetTypeFlags(_handle);
        private int ElementType => Flags & TypeFlags.ElementTypeMask;

        public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle(_handle);
        public override Type UnderlyingSystemType => this;
        public override Type DeclaringType
        {
            get
            {
                IntPtr d = RuntimeImports.GetDeclaringType(_handle);
                return d == IntPtr.Zero ? null : RuntimeImports.GetTypeObject(d);
            }
        }

        protected override bool IsValueTypeImpl() => (Flags & TypeFlags.IsValueType) != 0;
        protected override bool IsArrayImpl() { int et = ElementType; return et == CorElementType.SzArray || et == CorElementType.Array; }
        public override bool IsSZArray => ElementType == CorElementType.SzArray;
        protected override bool IsPointerImpl() => ElementType == CorElementType.Ptr;
        protected override bool IsByRefImpl() => ElementType == CorElementType.ByRef;
        protected override bool IsPrimitiveImpl() => (Flags & TypeFlags.IsPrimitive) != 0;
        protected override bool HasElementTypeImpl() { int et = ElementType; return et == CorElementType.SzArray || et == CorElementType.Array || et == CorElementType.Ptr || et == CorElementType.ByRef; }
        protected override bool IsCOMObjectImpl() => false;
        public override bool IsEnum => (Flags & TypeFlags.IsEnum) != 0;
        public override bool IsGenericType => (Flags & (TypeFlags.IsGenericInstance | TypeFlags.IsGenericDefinition)) != 0;
        public override bool IsGenericTypeDefinition => (Flags & TypeFlags.IsGenericDefinition) != 0;
        public override bool IsConstructedGenericType => (Flags & TypeFlags.IsGenericInstance) != 0;
        public override bool IsGenericParameter => (Flags & TypeFlags.IsGenericParameter) != 0;
        public override bool IsByRefLike => (Flags & TypeFlags.IsByRefLike) != 0;
        public override bool ContainsGenericParameters
        {
            get
            {
                if (IsGenericParameter || IsGenericTypeDefinition) return true;
                if (HasElementType) return GetElementType().ContainsGenericParameters;
                foreach (Type t in GetGenericArguments()) if (t.ContainsGenericParameters) return true;
                return false;
            }
        }

        protected override TypeAttributes GetAttributeFlagsImpl()
        {
            int f = Flags;
            TypeAttributes a = TypeAttributes.Public;
            if ((f & TypeFlags.IsInterface) != 0) a |= TypeAttributes.Interface | TypeAttributes.Abstract;
            if ((f & TypeFlags.IsAbstract) != 0) a |= TypeAttributes.Abstract;
            if ((f & TypeFlags.IsSealed) != 0) a |= TypeAttributes.Sealed;
            return a;
        }

        public override Type BaseType
        {
            get
            {
                IntPtr b = RuntimeImports.GetBaseType(_handle);
                return b == IntPtr.Zero ? null : RuntimeImports.GetTypeObject(b);
            }
        }

        public override Type GetElementType()
        {
            if (!HasElementType) return null;
            return RuntimeImports.GetTypeObject(RuntimeImports.GetElementType(_handle));
        }

        public override int GetArrayRank()
        {
            int et = ElementType;
            if (et == CorElementType.SzArray) return 1;
            if (et == CorElementType.Array) return (Flags & TypeFlags.RankMask) >> TypeFlags.RankShift;
            throw new ArgumentException(SR.Argument_HasToBeArrayClass);
        }

        public override Type[] GetGenericArguments()
        {
            int n = RuntimeImports.GetGenericArgumentCount(_handle);
            if (n == 0) return EmptyTypes;
            var r = new Type[n];
            for (int i = 0; i < n; i++) r[i] = RuntimeImports.GetTypeObject(RuntimeImports.GetGenericArgument(_handle, i));
            return r;
        }

        public override Type[] GenericTypeArguments => IsConstructedGenericType ? GetGenericArguments() : EmptyTypes;

        public override Type GetGenericTypeDefinition()
        {
            if (!IsGenericType) throw new InvalidOperationException(SR.InvalidOperation_NotGenericType);
            return RuntimeImports.GetTypeObject(RuntimeImports.GetGenericTypeDefinition(_handle));
        }

        public override unsafe Type MakeGenericType(params Type[] typeArguments)
        {
            if (typeArguments == null) throw new ArgumentNullException(nameof(typeArguments));
            if (!IsGenericTypeDefinition) throw new InvalidOperationException(SR.Format(SR.Arg_NotGenericTypeDefinition, this));
            IntPtr* args = stackalloc IntPtr[typeArguments.Length];
            for (int i = 0; i < typeArguments.Length; i++)
            {
                if (typeArguments[i] == null) throw new ArgumentNullException();
                args[i] = typeArguments[i].TypeHandle.Value;
            }
            IntPtr mt = RuntimeImports.MakeGenericType(_handle, args, typeArguments.Length);
            if (mt == IntPtr.Zero) throw new ArgumentException(SR.Argument_GenConstraintViolation);
            return RuntimeImports.GetTypeObject(mt);
        }

        public override Type MakeArrayType() => RuntimeImports.GetTypeObject(RuntimeImports.MakeArrayType(_handle, 0));
        public override Type MakeArrayType(int rank)
        {
            if (rank <= 0) throw new IndexOutOfRangeException();
            return RuntimeImports.GetTypeObject(RuntimeImports.MakeArrayType(_handle, rank));
        }

        public override bool IsAssignableFrom(Type c)
        {
            if (c == null) return false;
            if ((object)c == this) return true;
            return c is RuntimeType rt && RuntimeImports.IsAssignableFrom(_handle, rt._handle);
        }

        public override bool IsInstanceOfType(object o) => o != null && RuntimeImports.IsAssignableFrom(_handle, RuntimeHelpers.GetMethodTable(o));

        public override Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException(SR.Arg_MustBeEnum, "enumType");
            return RuntimeImports.GetTypeObject(RuntimeImports.GetElementType(_handle));
        }

        public override string[] GetEnumNames()
        {
            if (!IsEnum) throw new ArgumentException(SR.Arg_MustBeEnum, "enumType");
            return (string[])EnumInfo.Get(_handle).Names.Clone();
        }

        public override Array GetEnumValues()
        {
            if (!IsEnum) throw new ArgumentException(SR.Arg_MustBeEnum, "enumType");
            return Enum.GetValuesAsObjects(_handle);
        }

        // ---- names ----
        public override string Name
        {
            get
            {
                if (HasElementType) return GetElementType().Name + Suffix();
                return RuntimeImports.GetTypeName(_handle);
            }
        }

        private string Suffix()
        {
            switch (ElementType)
            {
                case CorElementType.SzArray: return "[]";
                case CorElementType.Ptr: return "*";
                case CorElementType.ByRef: return "&";
                case CorElementType.Array:
                    int rank = GetArrayRank();
                    return rank == 1 ? "[*]" : "[" + new string(',', rank - 1) + "]";
            }
            return "";
        }

        public override string Namespace
        {
            get
            {
                if (HasElementType) return GetElementType().Namespace;
                Type d = this;
                while (d.DeclaringType != null) d = d.DeclaringType;
                string ns = RuntimeImports.GetTypeNamespace(((RuntimeType)d)._handle);
                return string.IsNullOrEmpty(ns) ? null : ns;
            }
        }

        /// <summary>Namespace + enclosing types ('+') + name, without generic arguments.</summary>
        private string QualifiedDefinitionName()
        {
            IntPtr decl = RuntimeImports.GetDeclaringType(_handle);
            string name = RuntimeImports.GetTypeName(_handle);
            if (decl != IntPtr.Zero) return ((RuntimeType)RuntimeImports.GetTypeObject(decl)).QualifiedDefinitionName() + "+" + name;
            string ns = RuntimeImports.GetTypeNamespace(_handle);
            return string.IsNullOrEmpty(ns) ? name : ns + "." + name;
        }

        public override string FullName
        {
            get
            {
                if (IsGenericParameter) return null;
                if (HasElementType)
                {
                    string e = GetElementType().FullName;
                    return e == null ? null : e + Suffix();
                }
                string n = QualifiedDefinitionName();
                if (IsConstructedGenericType)
                {
                    if (ContainsGenericParameters) return null;
                    var sb = new System.Text.StringBuilder(n);
                    sb.Append('[');
                    Type[] args = GetGenericArguments();
                    for (int i = 0; i < args.Length; i++)
                    {
                        if (i > 0) sb.Append(',');
                        sb.Append('[').Append(args[i].AssemblyQualifiedName).Append(']');
                    }
                    return sb.Append(']').ToString();
                }
                return n;
            }
        }

        public override string AssemblyQualifiedName
        {
            get
            {
                string fn = FullName;
                return fn == null ? null : fn + ", System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e";
            }
        }

        public override string ToString()
        {
            if (IsGenericParameter) return Name;
            if (HasElementType) return GetElementType().ToString() + Suffix();
            string n = QualifiedDefinitionName();
            if (IsGenericType)
            {
                Type[] args = GetGenericArguments();
                var sb = new System.Text.StringBuilder(n);
                sb.Append('[');
                for (int i = 0; i < args.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append(args[i].ToString());
                }
                return sb.Append(']').ToString();
            }
            return n;
        }

        public override bool Equals(object obj) => (object)this == obj;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
    }
}

namespace System.Reflection
{
    public sealed class Missing
    {
        public static readonly Missing Value = new Missing();
        private Missing() { }
    }

    [Flags]
    public enum TypeAttributes
    {
        VisibilityMask = 0x00000007, NotPublic = 0x00000000, Public = 0x00000001, NestedPublic = 0x00000002, NestedPrivate = 0x00000003,
        NestedFamily = 0x00000004, NestedAssembly = 0x00000005, NestedFamANDAssem = 0x00000006, NestedFamORAssem = 0x00000007,
        LayoutMask = 0x00000018, AutoLayout = 0x00000000, SequentialLayout = 0x00000008, ExplicitLayout = 0x00000010,
        ClassSemanticsMask = 0x00000020, Class = 0x00000000, Interface = 0x00000020,
        Abstract = 0x00000080, Sealed = 0x00000100, SpecialName = 0x00000400, Import = 0x00001000, Serializable = 0x00002000,
        WindowsRuntime = 0x00004000, StringFormatMask = 0x00030000, AnsiClass = 0x00000000, UnicodeClass = 0x00010000,
        AutoClass = 0x00020000, CustomFormatClass = 0x00030000, CustomFormatMask = 0x00C00000, BeforeFieldInit = 0x00100000,
        RTSpecialName = 0x00000800, HasSecurity = 0x00040000, ReservedMask = 0x00040800,
    }
}
