namespace System.Collections.Generic
{
    /// <summary>Introspective sort with CoreCLR's observable behaviour (insertion sort for partitions of at most 16,
    /// median-of-three pivot moved to hi-1, heapsort once the depth limit 2*(log2(n)+1) is exhausted). The algorithm
    /// compares through IComparer&lt;T&gt; (CoreCLR through a Comparison&lt;T&gt; made of comparer.Compare: the same
    /// calls in the same order), so sorting with comparers needs no delegates; Comparison&lt;T&gt; callers are wrapped
    /// in a ComparisonAdapter.</summary>
    internal static class ArraySortHelper<T>
    {
        private const int IntrosortSizeThreshold = 16;

        private sealed class ComparisonAdapter : IComparer<T>
        {
            private readonly Comparison<T> _comparison;
            internal ComparisonAdapter(Comparison<T> comparison) { _comparison = comparison; }
            public int Compare(T x, T y) => _comparison(x, y);
        }

        internal static void Sort(Span<T> keys, IComparer<T> comparer)
        {
            try
            {
                comparer ??= Comparer<T>.Default;
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

        internal static void Sort(Span<T> keys, Comparison<T> comparison)
        {
            try
            {
                if (keys.Length > 1) IntroSort(keys, 2 * (Log2((uint)keys.Length) + 1), new ComparisonAdapter(comparison));
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException(SR.Format(SR.Arg_BogusIComparer, comparison));
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(SR.InvalidOperation_IComparerFailed, e);
            }
        }

        private static int Log2(uint v) { int r = 0; while ((v >>= 1) != 0) r++; return r; }

        private static void SwapIfGreater(Span<T> keys, IComparer<T> comparer, int i, int j)
        {
            if (comparer.Compare(keys[i], keys[j]) > 0) { T key = keys[i]; keys[i] = keys[j]; keys[j] = key; }
        }

        private static void Swap(Span<T> a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }

        private static void IntroSort(Span<T> keys, int depthLimit, IComparer<T> comparer)
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

        private static int PickPivotAndPartition(Span<T> keys, IComparer<T> comparer)
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
                while (comparer.Compare(keys[++left], pivot) < 0) { }
                while (comparer.Compare(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, left, right);
            }
            if (left != hi - 1) Swap(keys, left, hi - 1);
            return left;
        }

        private static void HeapSort(Span<T> keys, IComparer<T> comparer)
        {
            int n = keys.Length;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, i, n, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, 0, i - 1);
                DownHeap(keys, 1, i - 1, comparer);
            }
        }

        private static void DownHeap(Span<T> keys, int i, int n, IComparer<T> comparer)
        {
            T d = keys[i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[child - 1], keys[child]) < 0) child++;
                if (!(comparer.Compare(d, keys[child - 1]) < 0)) break;
                keys[i - 1] = keys[child - 1];
                i = child;
            }
            keys[i - 1] = d;
        }

        private static void InsertionSort(Span<T> keys, IComparer<T> comparer)
        {
            for (int i = 0; i < keys.Length - 1; i++)
            {
                T t = keys[i + 1];
                int j = i;
                while (j >= 0 && comparer.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }

        // ---- keys with parallel items (Array.Sort(keys, items)): the same algorithm, items move with their keys
        internal static void SortPaired<TValue>(Span<T> keys, Span<TValue> values, IComparer<T> comparer)
        {
            try
            {
                comparer ??= Comparer<T>.Default;
                if (keys.Length > 1) IntroSortPaired(keys, values, 2 * (Log2((uint)keys.Length) + 1), comparer);
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

        private static void SwapIfGreaterPaired<TValue>(Span<T> keys, Span<TValue> values, IComparer<T> comparer, int i, int j)
        {
            if (comparer.Compare(keys[i], keys[j]) > 0) SwapPaired(keys, values, i, j);
        }

        private static void SwapPaired<TValue>(Span<T> keys, Span<TValue> values, int i, int j)
        {
            T k = keys[i]; keys[i] = keys[j]; keys[j] = k;
            TValue v = values[i]; values[i] = values[j]; values[j] = v;
        }

        private static void IntroSortPaired<TValue>(Span<T> keys, Span<TValue> values, int depthLimit, IComparer<T> comparer)
        {
            int partitionSize = keys.Length;
            while (partitionSize > 1)
            {
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 2) { SwapIfGreaterPaired(keys, values, comparer, 0, 1); return; }
                    if (partitionSize == 3)
                    {
                        SwapIfGreaterPaired(keys, values, comparer, 0, 1);
                        SwapIfGreaterPaired(keys, values, comparer, 0, 2);
                        SwapIfGreaterPaired(keys, values, comparer, 1, 2);
                        return;
                    }
                    InsertionSortPaired(keys.Slice(0, partitionSize), values.Slice(0, partitionSize), comparer);
                    return;
                }
                if (depthLimit == 0) { HeapSortPaired(keys.Slice(0, partitionSize), values.Slice(0, partitionSize), comparer); return; }
                depthLimit--;
                int p = PickPivotAndPartitionPaired(keys.Slice(0, partitionSize), values.Slice(0, partitionSize), comparer);
                IntroSortPaired(keys.Slice(p + 1, partitionSize - (p + 1)), values.Slice(p + 1, partitionSize - (p + 1)), depthLimit, comparer);
                partitionSize = p;
            }
        }

        private static int PickPivotAndPartitionPaired<TValue>(Span<T> keys, Span<TValue> values, IComparer<T> comparer)
        {
            int hi = keys.Length - 1;
            int middle = hi >> 1;
            SwapIfGreaterPaired(keys, values, comparer, 0, middle);
            SwapIfGreaterPaired(keys, values, comparer, 0, hi);
            SwapIfGreaterPaired(keys, values, comparer, middle, hi);
            T pivot = keys[middle];
            SwapPaired(keys, values, middle, hi - 1);
            int left = 0, right = hi - 1;
            while (left < right)
            {
                while (comparer.Compare(keys[++left], pivot) < 0) { }
                while (comparer.Compare(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                SwapPaired(keys, values, left, right);
            }
            if (left != hi - 1) SwapPaired(keys, values, left, hi - 1);
            return left;
        }

        private static void HeapSortPaired<TValue>(Span<T> keys, Span<TValue> values, IComparer<T> comparer)
        {
            int n = keys.Length;
            for (int i = n >> 1; i >= 1; i--) DownHeapPaired(keys, values, i, n, comparer);
            for (int i = n; i > 1; i--)
            {
                SwapPaired(keys, values, 0, i - 1);
                DownHeapPaired(keys, values, 1, i - 1, comparer);
            }
        }

        private static void DownHeapPaired<TValue>(Span<T> keys, Span<TValue> values, int i, int n, IComparer<T> comparer)
        {
            T d = keys[i - 1];
            TValue dValue = values[i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[child - 1], keys[child]) < 0) child++;
                if (!(comparer.Compare(d, keys[child - 1]) < 0)) break;
                keys[i - 1] = keys[child - 1];
                values[i - 1] = values[child - 1];
                i = child;
            }
            keys[i - 1] = d;
            values[i - 1] = dValue;
        }

        private static void InsertionSortPaired<TValue>(Span<T> keys, Span<TValue> values, IComparer<T> comparer)
        {
            for (int i = 0; i < keys.Length - 1; i++)
            {
                T t = keys[i + 1];
                TValue tValue = values[i + 1];
                int j = i;
                while (j >= 0 && comparer.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = t;
                values[j + 1] = tValue;
            }
        }
    }
}
