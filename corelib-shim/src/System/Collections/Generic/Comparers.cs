using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System.Collections.Generic
{
    /// <summary>Default comparer selection without reflection: for T implementing IComparable&lt;T&gt; the host
    /// instantiates GenericComparer&lt;T&gt; (RuntimeImports.MakeGenericType + CreateInstanceDefaultCtor);
    /// Nullable&lt;U&gt; gets NullableComparer&lt;U&gt;; anything else ObjectComparer&lt;T&gt;.</summary>
    [Serializable]
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        private static Comparer<T> s_default;
        public static Comparer<T> Default => s_default ??= ComparerHelpers.CreateDefaultComparer<T>();
        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            return new ComparisonComparer<T>(comparison);
        }
        public abstract int Compare(T x, T y);
        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T tx && y is T ty) return Compare(tx, ty);
            throw new ArgumentException("Object is not of the expected type.");
        }
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;
        public ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }
        public override int Compare(T x, T y) => _comparison(x, y);
    }

    internal sealed class GenericComparer<T> : Comparer<T> where T : IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            if (x != null) { if (y != null) return x.CompareTo(y); return 1; }
            if (y != null) return -1;
            return 0;
        }
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal sealed class NullableComparer<T> : Comparer<T?> where T : struct, IComparable<T>
    {
        public override int Compare(T? x, T? y)
        {
            if (x.HasValue) { if (y.HasValue) return x.value.CompareTo(y.value); return 1; }
            if (y.HasValue) return -1;
            return 0;
        }
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y) => System.Collections.Comparer.Default.Compare(x, y);
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    [Serializable]
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> s_default;
        public static EqualityComparer<T> Default
        {
            [Intrinsic]
            get => s_default ??= ComparerHelpers.CreateDefaultEqualityComparer<T>();
        }
        public static EqualityComparer<T> Create(Func<T, T, bool> equals, Func<T, int> getHashCode = null)
        {
            if (equals == null) ThrowHelper.ThrowArgumentNullException(nameof(equals));
            return new DelegateEqualityComparer<T>(equals, getHashCode ?? (obj => throw new NotSupportedException()));
        }
        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T t) return GetHashCode(t);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T tx && y is T ty) return Equals(tx, ty);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    internal sealed class DelegateEqualityComparer<T> : EqualityComparer<T>
    {
        private readonly Func<T, T, bool> _equals;
        private readonly Func<T, int> _getHashCode;
        public DelegateEqualityComparer(Func<T, T, bool> equals, Func<T, int> getHashCode) { _equals = equals; _getHashCode = getHashCode; }
        public override bool Equals(T x, T y) => _equals(x, y);
        public override int GetHashCode(T obj) => _getHashCode(obj);
    }

    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null) { if (y != null) return x.Equals(y); return false; }
            if (y != null) return false;
            return true;
        }
        public override int GetHashCode(T obj) => obj?.GetHashCode() ?? 0;
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal sealed class NullableEqualityComparer<T> : EqualityComparer<T?> where T : struct, IEquatable<T>
    {
        public override bool Equals(T? x, T? y)
        {
            if (x.HasValue) { if (y.HasValue) return x.value.Equals(y.value); return false; }
            if (y.HasValue) return false;
            return true;
        }
        public override int GetHashCode(T? obj) => obj.GetHashCode();
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null) { if (y != null) return x.Equals(y); return false; }
            if (y != null) return false;
            return true;
        }
        public override int GetHashCode(T obj) => obj?.GetHashCode() ?? 0;
        public override bool Equals(object obj) => obj != null && GetType() == obj.GetType();
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal static unsafe class ComparerHelpers
    {
        private static object CreateFor(Type openComparer, Type arg)
        {
            IntPtr a = arg.TypeHandle.Value;
            IntPtr mt = RuntimeImports.MakeGenericType(openComparer.TypeHandle.Value, &a, 1);
            return mt == IntPtr.Zero ? null : RuntimeImports.CreateInstanceDefaultCtor(mt);
        }

        private static Type NullableUnderlying(Type t)
        {
            if (t.IsGenericType && !t.IsGenericTypeDefinition && t.GetGenericTypeDefinition() == typeof(Nullable<>)) return t.GetGenericArguments()[0];
            return null;
        }

        internal static Comparer<T> CreateDefaultComparer<T>()
        {
            Type t = typeof(T);
            object r = null;
            if (typeof(IComparable<T>).IsAssignableFrom(t)) r = CreateFor(typeof(GenericComparer<>), t);
            else
            {
                Type u = NullableUnderlying(t);
                if (u != null && typeof(IComparable<>).MakeGenericType(u).IsAssignableFrom(u)) r = CreateFor(typeof(NullableComparer<>), u);
            }
            return (Comparer<T>)r ?? new ObjectComparer<T>();
        }

        internal static EqualityComparer<T> CreateDefaultEqualityComparer<T>()
        {
            Type t = typeof(T);
            object r = null;
            if (typeof(IEquatable<T>).IsAssignableFrom(t)) r = CreateFor(typeof(GenericEqualityComparer<>), t);
            else
            {
                Type u = NullableUnderlying(t);
                if (u != null && typeof(IEquatable<>).MakeGenericType(u).IsAssignableFrom(u)) r = CreateFor(typeof(NullableEqualityComparer<>), u);
            }
            return (EqualityComparer<T>)r ?? new ObjectEqualityComparer<T>();
        }
    }

}
