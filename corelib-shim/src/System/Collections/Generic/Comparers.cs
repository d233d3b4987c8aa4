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

    /// <summary>Introspective sort with CoreCLR's observable behaviour (insertion sort for partitions of at most 16,
    /// median-of-three pivot moved to hi-1, heapsort once the depth limit 2*(log2(n)+1) is exhausted).</summary>
    internal static class ArraySortHelper<T>
    {
        private const int IntrosortSizeThreshold = 16;

        internal static void Sort(Span<T> keys, IComparer<T> comparer)
        {
            comparer ??= Comparer<T>.Default;
            Sort(keys, comparer.Compare);
        }

        internal static void Sort(Span<T> keys, Comparison<T> comparer)
        {
            try
            {
                if (keys.Length > 1) IntroSort(keys, 2 * (Log2((uint)keys.Length) + 1), comparer);
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException(SR.Format(SR.Arg_BogusIComparer, comparer));
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(SR.InvalidOperation_IComparerFailed, e);
            }
        }

        private static int Log2(uint v) { int r = 0; while ((v >>= 1) != 0) r++; return r; }

        private static void SwapIfGreater(Span<T> keys, Comparison<T> comparer, int i, int j)
        {
            if (comparer(keys[i], keys[j]) > 0) { T key = keys[i]; keys[i] = keys[j]; keys[j] = key; }
        }

        private static void Swap(Span<T> a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }

        private static void IntroSort(Span<T> keys, int depthLimit, Comparison<T> comparer)
        {
            int partitionSize = keys.Length;
            while (partitionSize > 1)
            {
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 2) { SwapIfGreater(keys, comparer, 0, 1); return; }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, comparer, 0, 1);
                        SwapIfGreater(keys, comparer, 0, 2);
                        SwapIfGreater(keys, comparer, 1, 2);
                        return;
                    }
                    InsertionSort(keys.Slice(0, partitionSize), comparer);
                    return;
                }
                if (depthLimit == 0) { HeapSort(keys.Slice(0, partitionSize), comparer); return; }
                depthLimit--;
                int p = PickPivotAndPartition(keys.Slice(0, partitionSize), comparer);
                IntroSort(keys.Slice(p + 1, partitionSize - (p + 1)), depthLimit, comparer);
                partitionSize = p;
            }
        }

        private static int PickPivotAndPartition(Span<T> keys, Comparison<T> comparer)
        {
            int hi = keys.Length - 1;
            int middle = hi >> 1;
            SwapIfGreater(keys, comparer, 0, middle);
            SwapIfGreater(keys, comparer, 0, hi);
            SwapIfGreater(keys, comparer, middle, hi);
            T pivot = keys[middle];
            Swap(keys, middle, hi - 1);
            int left = 0, right = hi - 1;
            while (left < right)
            {
                while (comparer(keys[++left], pivot) < 0) { }
                while (comparer(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, left, right);
            }
            if (left != hi - 1) Swap(keys, left, hi - 1);
            return left;
        }

        private static void HeapSort(Span<T> keys, Comparison<T> comparer)
        {
            int n = keys.Length;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, i, n, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, 0, i - 1);
                DownHeap(keys, 1, i - 1, comparer);
            }
        }

        private static void DownHeap(Span<T> keys, int i, int n, Comparison<T> comparer)
        {
            T d = keys[i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer(keys[child - 1], keys[child]) < 0) child++;
                if (!(comparer(d, keys[child - 1]) < 0)) break;
                keys[i - 1] = keys[child - 1];
                i = child;
            }
            keys[i - 1] = d;
        }

        private static void InsertionSort(Span<T> keys, Comparison<T> comparer)
        {
            for (int i = 0; i < keys.Length - 1; i++)
            {
                T t = keys[i + 1];
                int j = i;
                while (j >= 0 && comparer(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }
    }
}
