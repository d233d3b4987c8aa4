using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public static partial class MemoryExtensions
    {
        public static ReadOnlySpan<char> AsSpan(this string text) => text == null ? default : new ReadOnlySpan<char>(ref text.GetRawStringData(), text.Length);
        public static ReadOnlySpan<char> AsSpan(this string text, int start)
        {
            if (text == null) { if (start != 0) ThrowHelper.ThrowArgumentOutOfRangeException("start"); return default; }
            if ((uint)start > (uint)text.Length) ThrowHelper.ThrowArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), text.Length - start);
        }
        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
        {
            if (text == null) { if (start != 0 || length != 0) ThrowHelper.ThrowArgumentOutOfRangeException("start"); return default; }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)text.Length) ThrowHelper.ThrowArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), length);
        }
        public static ReadOnlySpan<char> AsSpan(this string text, Index startIndex)
        {
            if (text == null) { if (!startIndex.Equals(Index.Start)) ThrowHelper.ThrowArgumentOutOfRangeException("startIndex"); return default; }
            return AsSpan(text, startIndex.GetOffset(text.Length));
        }
        public static ReadOnlySpan<char> AsSpan(this string text, Range range)
        {
            if (text == null) return default;
            (int start, int length) = range.GetOffsetAndLength(text.Length);
            return AsSpan(text, start, length);
        }
        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[] array, int start)
        {
            if (array == null) { if (start != 0) ThrowHelper.ThrowArgumentOutOfRangeException("start"); return default; }
            return new Span<T>(array, start, array.Length - start);
        }
        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);
        public static Span<T> AsSpan<T>(this T[] array, Index startIndex) { if (array == null) return default; return AsSpan(array, startIndex.GetOffset(array.Length)); }
        public static Span<T> AsSpan<T>(this T[] array, Range range)
        {
            if (array == null) return default;
            (int start, int length) = range.GetOffsetAndLength(array.Length);
            return new Span<T>(array, start, length);
        }
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment) => new Span<T>(segment.Array, segment.Offset, segment.Count);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start) => new Span<T>(segment.Array, segment.Offset + start, segment.Count - start);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start, int length) => new Span<T>(segment.Array, segment.Offset + start, length);

        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> => SequenceEqual((ReadOnlySpan<T>)span, other);
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>
        {
            if (span.Length != other.Length) return false;
            for (int i = 0; i < span.Length; i++)
            {
                T a = span[i];
                if (a == null) { if (other[i] != null) return false; }
                else if (!a.Equals(other[i])) return false;
            }
            return true;
        }
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer = null)
        {
            if (span.Length != other.Length) return false;
            comparer ??= EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!comparer.Equals(span[i], other[i])) return false;
            return true;
        }
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>
        {
            int n = Math.Min(span.Length, other.Length);
            for (int i = 0; i < n; i++)
            {
                int c = span[i] == null ? (other[i] == null ? 0 : -1) : span[i].CompareTo(other[i]);
                if (c != 0) return c;
            }
            return span.Length.CompareTo(other.Length);
        }

        public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++)
            {
                T a = span[i];
                if (a == null ? value == null : a.Equals(value)) return i;
            }
            return -1;
        }
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null)
        {
            comparer ??= EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (comparer.Equals(span[i], value)) return i;
            return -1;
        }
        public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
        {
            if (value.Length == 0) return 0;
            for (int i = 0; i <= span.Length - value.Length; i++) if (span.Slice(i, value.Length).SequenceEqual(value)) return i;
            return -1;
        }
        public static int LastIndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => LastIndexOf((ReadOnlySpan<T>)span, value);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            for (int i = span.Length - 1; i >= 0; i--)
            {
                T a = span[i];
                if (a == null ? value == null : a.Equals(value)) return i;
            }
            return -1;
        }
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
        {
            if (value.Length == 0) return span.Length;
            for (int i = span.Length - value.Length; i >= 0; i--) if (span.Slice(i, value.Length).SequenceEqual(value)) return i;
            return -1;
        }
        public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOf(span, value) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOf(span, value, comparer) >= 0;
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++) { T a = span[i]; if (a == null ? (value0 == null || value1 == null) : (a.Equals(value0) || a.Equals(value1))) return i; }
            return -1;
        }
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++) { T a = span[i]; if (a == null ? (value0 == null || value1 == null || value2 == null) : (a.Equals(value0) || a.Equals(value1) || a.Equals(value2))) return i; }
            return -1;
        }
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++) if (values.IndexOf(span[i]) >= 0) return i;
            return -1;
        }
        public static int IndexOfAny<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAny((ReadOnlySpan<T>)span, values);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>
        {
            for (int i = span.Length - 1; i >= 0; i--) if (values.IndexOf(span[i]) >= 0) return i;
            return -1;
        }
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAny(span, values) >= 0;
        public static int Count<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            int n = 0;
            for (int i = 0; i < span.Length; i++) { T a = span[i]; if (a == null ? value == null : a.Equals(value)) n++; }
            return n;
        }
        public static int Count<T>(this Span<T> span, T value) where T : IEquatable<T> => Count((ReadOnlySpan<T>)span, value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => value.Length <= span.Length && span.Slice(0, value.Length).SequenceEqual(value);
        public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => StartsWith((ReadOnlySpan<T>)span, value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => value.Length <= span.Length && span.Slice(span.Length - value.Length).SequenceEqual(value);
        public static bool EndsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => EndsWith((ReadOnlySpan<T>)span, value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => span.Length != 0 && (span[0]?.Equals(value) ?? value == null);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => span.Length != 0 && (span[span.Length - 1]?.Equals(value) ?? value == null);

        public static void Reverse<T>(this Span<T> span)
        {
            int i = 0, j = span.Length - 1;
            while (i < j) { T t = span[i]; span[i] = span[j]; span[j] = t; i++; j--; }
        }
        public static void Sort<T>(this Span<T> span) => ArraySortHelper<T>.Sort(span, (IComparer<T>)null);
        public static void Sort<T, TComparer>(this Span<T> span, TComparer comparer) where TComparer : IComparer<T> => ArraySortHelper<T>.Sort(span, comparer);
        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            ArraySortHelper<T>.Sort(span, comparison);
        }
        public static void CopyTo<T>(this T[] source, Span<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination);
        public static int BinarySearch<T>(this ReadOnlySpan<T> span, IComparable<T> comparable)
        {
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int i = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparable.CompareTo(span[i]);
                if (c == 0) return i;
                if (c > 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }

        // ---- char spans ----
        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) => string.CompareSpans(span, other, comparisonType) == 0;
        public static int CompareTo(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) => string.CompareSpans(span, other, comparisonType);
        public static bool Contains(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) => IndexOf(span, value, comparisonType) >= 0;
        public static int IndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
            => comparisonType switch
            {
                StringComparison.Ordinal => SpanHelpers.IndexOf(span, value),
                StringComparison.OrdinalIgnoreCase => SpanHelpers.IndexOfIgnoreCase(span, value),
                _ => InvariantCollation.IndexOf(span, value, comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase),
            };
        public static int LastIndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
        {
            for (int i = span.Length - value.Length; i >= 0; i--) if (Equals(span.Slice(i, value.Length), value, comparisonType)) return i;
            return -1;
        }
        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
            => comparisonType >= StringComparison.Ordinal ? value.Length <= span.Length && Equals(span.Slice(0, value.Length), value, comparisonType)
                : InvariantCollation.StartsWith(span, value, comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase);
        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
            => comparisonType >= StringComparison.Ordinal ? value.Length <= span.Length && Equals(span.Slice(span.Length - value.Length), value, comparisonType)
                : InvariantCollation.EndsWith(span, value, comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase);
        public static bool IsWhiteSpace(this ReadOnlySpan<char> span)
        {
            for (int i = 0; i < span.Length; i++) if (!char.IsWhiteSpace(span[i])) return false;
            return true;
        }
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => TrimEnd(TrimStart(span));
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
        {
            int s = 0; while (s < span.Length && char.IsWhiteSpace(span[s])) s++;
            return span.Slice(s);
        }
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
        {
            int e = span.Length - 1; while (e >= 0 && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(0, e + 1);
        }
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) => TrimEnd(TrimStart(span, trimChar), trimChar);
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar)
        {
            int s = 0; while (s < span.Length && span[s] == trimChar) s++;
            return span.Slice(s);
        }
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar)
        {
            int e = span.Length - 1; while (e >= 0 && span[e] == trimChar) e--;
            return span.Slice(0, e + 1);
        }
        public static Span<char> Trim(this Span<char> span)
        {
            int s = 0; while (s < span.Length && char.IsWhiteSpace(span[s])) s++;
            int e = span.Length - 1; while (e >= s && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(s, e - s + 1);
        }
        public static int ToUpperInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            for (int i = 0; i < source.Length; i++) destination[i] = char.ToUpperInvariant(source[i]);
            return source.Length;
        }
        public static int ToLowerInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            for (int i = 0; i < source.Length; i++) destination[i] = char.ToLowerInvariant(source[i]);
            return source.Length;
        }
    }
}
