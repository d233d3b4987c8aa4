using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Internal.Runtime;

namespace System
{
    /// <summary>Layout law: int _stringLength at +8, char _firstChar at +12, NUL-terminated.
    /// Constructors are InternalCall: the JIT turns "newobj String::.ctor(args)" into a call of the static
    /// "String String::Ctor(args)" with the same parameters (README, "String construction").</summary>
    [Serializable]
    public sealed partial class String : IComparable, IEnumerable, IEnumerable<char>, IComparable<string>, IEquatable<string>, ICloneable
    {
        private readonly int _stringLength;
        private char _firstChar;

        [Intrinsic] public static readonly string Empty = "";

        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[] value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern unsafe String(char* value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern unsafe String(char* value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(ReadOnlySpan<char> value);

        private static string Ctor(char[] value) => value == null || value.Length == 0 ? Empty : CreateFromSpan(new ReadOnlySpan<char>(value));
        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            return length == 0 ? Empty : CreateFromSpan(new ReadOnlySpan<char>(value, startIndex, length));
        }
        private static unsafe string Ctor(char* ptr)
        {
            if (ptr == null) return Empty;
            int n = 0; while (ptr[n] != 0) n++;
            return n == 0 ? Empty : CreateFromSpan(new ReadOnlySpan<char>(ptr, n));
        }
        private static unsafe string Ctor(char* ptr, int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
            if (length == 0) return Empty;
            if (ptr == null) throw new ArgumentOutOfRangeException(nameof(ptr), "Pointer startIndex and length do not refer to a valid string.");
            return CreateFromSpan(new ReadOnlySpan<char>(ptr + startIndex, length));
        }
        private static string Ctor(char c, int count)
        {
            if (count <= 0)
            {
                if (count == 0) return Empty;
                throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            }
            string s = FastAllocateString(count);
            ref char d = ref s._firstChar;
            for (int i = 0; i < count; i++) Unsafe.Add(ref d, i) = c;
            return s;
        }
        private static string Ctor(ReadOnlySpan<char> value) => value.Length == 0 ? Empty : CreateFromSpan(value);

        internal static string FastAllocateString(int length) => RuntimeImports.NewString(length);

        internal static unsafe string CreateFromSpan(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return Empty;
            string s = FastAllocateString(value.Length);
            Buffer.Memmove(ref s._firstChar, ref MemoryMarshal.GetReference(value), (nuint)value.Length);
            return s;
        }

        internal static string CreateFromChar(char c)
        {
            string s = FastAllocateString(1);
            s._firstChar = c;
            return s;
        }

        public int Length { [Intrinsic] get => _stringLength; }

        [IndexerName("Chars")]
        public char this[int index]
        {
            [Intrinsic]
            get
            {
                if ((uint)index >= (uint)_stringLength) ThrowHelper.ThrowIndexOutOfRangeException();
                return Unsafe.Add(ref _firstChar, (nint)(uint)index);
            }
        }

        internal ref char GetRawStringData() => ref _firstChar;
        public ref readonly char GetPinnableReference() => ref _firstChar;

        public static implicit operator ReadOnlySpan<char>(string value)
            => value != null ? new ReadOnlySpan<char>(ref value._firstChar, value._stringLength) : default;

        internal ReadOnlySpan<char> AsSpanFast() => new ReadOnlySpan<char>(ref _firstChar, _stringLength);
        internal Span<char> AsWritableSpan() => new Span<char>(ref _firstChar, _stringLength);

        public override string ToString() => this;
        public string ToString(IFormatProvider provider) => this;
        public object Clone() => this;
        public TypeCode GetTypeCode() => TypeCode.String;

        [NonVersionable]
        public static bool IsNullOrEmpty(string value) => value == null || value.Length == 0;

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value.Length; i++) if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        // ---------------------------------------------------------------- equality and hashing
        public override bool Equals(object obj) => obj is string s && Equals(s);

        public bool Equals(string value)
        {
            if ((object)this == value) return true;
            if (value is null || value._stringLength != _stringLength) return false;
            return SpanHelpers.SequenceEqual(ref _firstChar, ref value._firstChar, _stringLength);
        }

        public bool Equals(string value, StringComparison comparisonType)
        {
            if ((object)this == value) { CheckComparison(comparisonType); return true; }
            if (value is null) { CheckComparison(comparisonType); return false; }
            return Compare(this, value, comparisonType) == 0;
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == b) return true;
            if (a is null || b is null || a._stringLength != b._stringLength) return false;
            return SpanHelpers.SequenceEqual(ref a._firstChar, ref b._firstChar, a._stringLength);
        }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == b) { CheckComparison(comparisonType); return true; }
            if (a is null || b is null) { CheckComparison(comparisonType); return false; }
            return Compare(a, b, comparisonType) == 0;
        }

        public static bool operator ==(string a, string b) => Equals(a, b);
        public static bool operator !=(string a, string b) => !Equals(a, b);

        private static void CheckComparison(StringComparison c)
        {
            if ((uint)c > (uint)StringComparison.OrdinalIgnoreCase) throw new ArgumentException(SR.Argument_StringComparison, "comparisonType");
        }

        /// <summary>Randomized-per-process in CoreCLR; here a fixed-seed Marvin-like mix (never printed by tests).</summary>
        public override int GetHashCode() => GetHashCodeOrdinal(AsSpanFast());

        public int GetHashCode(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return GetHashCode();
                case StringComparison.OrdinalIgnoreCase: return GetHashCodeOrdinalIgnoreCase(AsSpanFast());
                default: CheckComparison(comparisonType); return GetHashCodeOrdinalIgnoreCase(AsSpanFast());
            }
        }

        public static int GetHashCode(ReadOnlySpan<char> value) => GetHashCodeOrdinal(value);
        public static int GetHashCode(ReadOnlySpan<char> value, StringComparison comparisonType)
            => comparisonType == StringComparison.Ordinal ? GetHashCodeOrdinal(value) : GetHashCodeOrdinalIgnoreCase(value);

        internal static int GetHashCodeOrdinal(ReadOnlySpan<char> s)
        {
            uint h1 = 0x9E3779B9u ^ (uint)s.Length, h2 = 0x85EBCA6Bu;
            int i = 0;
            for (; i + 1 < s.Length; i += 2)
            {
                h1 = (h1 ^ ((uint)s[i] | ((uint)s[i + 1] << 16))) * 0x01000193u;
                h1 = (h1 << 13) | (h1 >> 19);
                h2 += h1;
            }
            if (i < s.Length) { h1 = (h1 ^ s[i]) * 0x01000193u; h2 += h1; }
            h2 ^= h2 >> 15; h2 *= 0x2C1B3C6Du; h2 ^= h2 >> 12;
            return (int)(h1 ^ h2);
        }

        internal static int GetHashCodeOrdinalIgnoreCase(ReadOnlySpan<char> s)
        {
            uint h = 0x811C9DC5u ^ (uint)s.Length;
            for (int i = 0; i < s.Length; i++) h = (h ^ CharInfo.ToUpper(s[i])) * 0x01000193u;
            h ^= h >> 15; h *= 0x2C1B3C6Du; h ^= h >> 12;
            return (int)h;
        }

        // ---------------------------------------------------------------- comparison
        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == strB) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            return CompareOrdinalHelper(strA.AsSpanFast(), strB.AsSpanFast());
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null) { if ((object)strA == strB) return 0; return strA == null ? -1 : 1; }
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeCount);
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? nameof(indexA) : nameof(indexB), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            int la = Math.Min(length, strA.Length - indexA), lb = Math.Min(length, strB.Length - indexB);
            if (la < 0 || lb < 0) throw new ArgumentOutOfRangeException(la < 0 ? nameof(indexA) : nameof(indexB), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            return CompareOrdinalHelper(strA.AsSpan(indexA, la), strB.AsSpan(indexB, lb));
        }

        internal static int CompareOrdinalHelper(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i] - b[i];
            return a.Length - b.Length;
        }

        internal static int CompareOrdinalIgnoreCaseHelper(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++)
            {
                char x = a[i], y = b[i];
                if (x != y) { x = CharInfo.ToUpper(x); y = CharInfo.ToUpper(y); if (x != y) return x - y; }
            }
            return a.Length - b.Length;
        }

        public static int Compare(string strA, string strB) => Compare(strA, strB, StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, bool ignoreCase) => Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if ((object)strA == strB) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            return CompareSpans(strA.AsSpanFast(), strB.AsSpanFast(), comparisonType);
        }

        internal static int CompareSpans(ReadOnlySpan<char> a, ReadOnlySpan<char> b, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return CompareOrdinalHelper(a, b);
                case StringComparison.OrdinalIgnoreCase: return CompareOrdinalIgnoreCaseHelper(a, b);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase: return InvariantCollation.Compare(a, b, true);
                default: return InvariantCollation.Compare(a, b, false);
            }
        }

        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options)
        {
            if ((object)strA == strB) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            if (options == CompareOptions.Ordinal) return CompareOrdinalHelper(strA, strB);
            if (options == CompareOptions.OrdinalIgnoreCase) return CompareOrdinalIgnoreCaseHelper(strA, strB);
            return InvariantCollation.Compare(strA, strB, (options & CompareOptions.IgnoreCase) != 0);
        }
        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture) => Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public static int Compare(string strA, int indexA, string strB, int indexB, int length) => Compare(strA, indexA, strB, indexB, length, StringComparison.CurrentCulture);
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase) => Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if (strA == null || strB == null) { if ((object)strA == strB) return 0; return strA == null ? -1 : 1; }
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
            int la = Math.Min(length, strA.Length - indexA), lb = Math.Min(length, strB.Length - indexB);
            if (indexA < 0 || indexB < 0 || la < 0 || lb < 0) throw new ArgumentOutOfRangeException(nameof(indexA), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            return CompareSpans(strA.AsSpan(indexA, la), strB.AsSpan(indexB, lb), comparisonType);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is string s)) throw new ArgumentException(SR.Arg_MustBeString);
            return CompareTo(s);
        }

        public int CompareTo(string strB) => Compare(this, strB, StringComparison.CurrentCulture);

        // ---------------------------------------------------------------- searching
        public bool Contains(string value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            return SpanHelpers.IndexOf(AsSpanFast(), value.AsSpanFast()) >= 0;
        }
        public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(char value) => SpanHelpers.IndexOfChar(ref _firstChar, value, _stringLength) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;

        public int IndexOf(char value) => SpanHelpers.IndexOfChar(ref _firstChar, value, _stringLength);
        public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, _stringLength - startIndex);
        public int IndexOf(char value, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: case StringComparison.CurrentCulture: case StringComparison.InvariantCulture: return IndexOf(value);
                default: CheckComparison(comparisonType); return IndexOf(CreateFromChar(value), comparisonType);
            }
        }
        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            int r = SpanHelpers.IndexOfChar(ref Unsafe.Add(ref _firstChar, startIndex), value, count);
            return r < 0 ? r : r + startIndex;
        }

        public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0, _stringLength);
        public int IndexOfAny(char[] anyOf, int startIndex) => IndexOfAny(anyOf, startIndex, _stringLength - startIndex);
        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) ThrowHelper.ThrowArgumentNullException("anyOf");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                char c = this[i];
                for (int j = 0; j < anyOf.Length; j++) if (anyOf[j] == c) return i;
            }
            return -1;
        }

        public int IndexOf(string value) => IndexOf(value, StringComparison.CurrentCulture);
        public int IndexOf(string value, int startIndex) => IndexOf(value, startIndex, StringComparison.CurrentCulture);
        public int IndexOf(string value, int startIndex, int count) => IndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, _stringLength, comparisonType);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType) => IndexOf(value, startIndex, _stringLength - startIndex, comparisonType);
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            CheckComparison(comparisonType);
            var span = this.AsSpan(startIndex, count);
            int r = comparisonType switch
            {
                StringComparison.Ordinal => SpanHelpers.IndexOf(span, value.AsSpanFast()),
                StringComparison.OrdinalIgnoreCase => SpanHelpers.IndexOfIgnoreCase(span, value.AsSpanFast()),
                _ => InvariantCollation.IndexOf(span, value.AsSpanFast(), comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase),
            };
            return r < 0 ? r : r + startIndex;
        }

        public int LastIndexOf(char value) => SpanHelpers.LastIndexOfChar(ref _firstChar, value, _stringLength);
        public int LastIndexOf(char value, int startIndex) => LastIndexOf(value, startIndex, startIndex + 1);
        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (_stringLength == 0) return -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if ((uint)count > (uint)startIndex + 1) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            int start = startIndex + 1 - count;
            int r = SpanHelpers.LastIndexOfChar(ref Unsafe.Add(ref _firstChar, start), value, count);
            return r < 0 ? r : r + start;
        }

        public int LastIndexOfAny(char[] anyOf) => LastIndexOfAny(anyOf, _stringLength - 1, _stringLength);
        public int LastIndexOfAny(char[] anyOf, int startIndex) => LastIndexOfAny(anyOf, startIndex, startIndex + 1);
        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) ThrowHelper.ThrowArgumentNullException("anyOf");
            if (_stringLength == 0) return -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            for (int i = startIndex; i > startIndex - count; i--)
            {
                char c = this[i];
                for (int j = 0; j < anyOf.Length; j++) if (anyOf[j] == c) return i;
            }
            return -1;
        }

        public int LastIndexOf(string value) => LastIndexOf(value, _stringLength - 1, _stringLength, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, int startIndex) => LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, int startIndex, int count) => LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, StringComparison comparisonType) => LastIndexOf(value, _stringLength - 1, _stringLength, comparisonType);
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) => LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            CheckComparison(comparisonType);
            if (_stringLength == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex == _stringLength) { startIndex--; if (count > 0) count--; }
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            if (value.Length == 0) return startIndex + 1 == _stringLength ? _stringLength : startIndex;
            int start = startIndex - count + 1;
            var span = this.AsSpan(start, count);
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            for (int i = span.Length - value.Length; i >= 0; i--)
            {
                var cand = span.Slice(i, value.Length);
                bool eq = ic ? CompareOrdinalIgnoreCaseHelper(cand, value) == 0 : cand.SequenceEqual(value.AsSpanFast());
                if (eq) return i + start;
            }
            return -1;
        }

        public bool StartsWith(string value) => StartsWith(value, StringComparison.CurrentCulture);
        public bool StartsWith(char value) => _stringLength != 0 && _firstChar == value;
        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture) => StartsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            CheckComparison(comparisonType);
            if ((object)this == value || value.Length == 0) return true;
            if (comparisonType == StringComparison.Ordinal)
                return value.Length <= _stringLength && this.AsSpan(0, value.Length).SequenceEqual(value.AsSpanFast());
            if (comparisonType == StringComparison.OrdinalIgnoreCase)
                return value.Length <= _stringLength && CompareOrdinalIgnoreCaseHelper(this.AsSpan(0, value.Length), value) == 0;
            return InvariantCollation.StartsWith(AsSpanFast(), value.AsSpanFast(), comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase);
        }

        public bool EndsWith(string value) => EndsWith(value, StringComparison.CurrentCulture);
        public bool EndsWith(char value) => _stringLength != 0 && this[_stringLength - 1] == value;
        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture) => EndsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            CheckComparison(comparisonType);
            if ((object)this == value || value.Length == 0) return true;
            if (comparisonType == StringComparison.Ordinal)
                return value.Length <= _stringLength && this.AsSpan(_stringLength - value.Length).SequenceEqual(value.AsSpanFast());
            if (comparisonType == StringComparison.OrdinalIgnoreCase)
                return value.Length <= _stringLength && CompareOrdinalIgnoreCaseHelper(this.AsSpan(_stringLength - value.Length), value) == 0;
            return InvariantCollation.EndsWith(AsSpanFast(), value.AsSpanFast(), comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase);
        }

        // ---------------------------------------------------------------- slicing and building
        public string Substring(int startIndex) => Substring(startIndex, _stringLength - startIndex);
        public string Substring(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)_stringLength)
            {
                if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
                throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndexLargerThanLength);
            }
            if ((uint)length > (uint)(_stringLength - startIndex))
            {
                if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
                throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_IndexLength);
            }
            if (length == 0) return Empty;
            if (length == _stringLength) return this;
            return CreateFromSpan(new ReadOnlySpan<char>(ref Unsafe.Add(ref _firstChar, startIndex), length));
        }

        public char[] ToCharArray()
        {
            if (_stringLength == 0) return Array.Empty<char>();
            var a = new char[_stringLength];
            AsSpanFast().CopyTo(a);
            return a;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > _stringLength || startIndex > _stringLength - length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (length <= 0)
            {
                if (length == 0) return Array.Empty<char>();
                throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
            }
            var a = new char[length];
            this.AsSpan(startIndex, length).CopyTo(a);
            return a;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) ThrowHelper.ThrowArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException(nameof(sourceIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count > Length - sourceIndex) throw new ArgumentOutOfRangeException(nameof(sourceIndex), SR.ArgumentOutOfRange_IndexCount);
            if (destinationIndex > destination.Length - count || destinationIndex < 0) throw new ArgumentOutOfRangeException(nameof(destinationIndex), SR.ArgumentOutOfRange_IndexCount);
            this.AsSpan(sourceIndex, count).CopyTo(new Span<char>(destination, destinationIndex, count));
        }

        public void CopyTo(Span<char> destination)
        {
            if ((uint)_stringLength > (uint)destination.Length) ThrowHelper.ThrowArgumentException_DestinationTooShort();
            AsSpanFast().CopyTo(destination);
        }

        public bool TryCopyTo(Span<char> destination)
        {
            if ((uint)_stringLength > (uint)destination.Length) return false;
            AsSpanFast().CopyTo(destination);
            return true;
        }

        public string Insert(int startIndex, string value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex));
            if (value.Length == 0) return this;
            if (_stringLength == 0) return value;
            string r = FastAllocateString(_stringLength + value.Length);
            var d = r.AsWritableSpan();
            this.AsSpan(0, startIndex).CopyTo(d);
            value.AsSpanFast().CopyTo(d.Slice(startIndex));
            this.AsSpan(startIndex).CopyTo(d.Slice(startIndex + value.Length));
            return r;
        }

        public string Remove(int startIndex)
        {
            if ((uint)startIndex > (uint)_stringLength)
            {
                if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
                throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex must be less than length of string.");
            }
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            if (count > _stringLength - startIndex) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_IndexCount);
            if (count == 0) return this;
            int newLength = _stringLength - count;
            if (newLength == 0) return Empty;
            string r = FastAllocateString(newLength);
            var d = r.AsWritableSpan();
            this.AsSpan(0, startIndex).CopyTo(d);
            this.AsSpan(startIndex + count).CopyTo(d.Slice(startIndex));
            return r;
        }

        public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');
        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), SR.ArgumentOutOfRange_NeedNonNegNum);
            int count = totalWidth - _stringLength;
            if (count <= 0) return this;
            string r = FastAllocateString(totalWidth);
            var d = r.AsWritableSpan();
            d.Slice(0, count).Fill(paddingChar);
            AsSpanFast().CopyTo(d.Slice(count));
            return r;
        }

        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');
        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), SR.ArgumentOutOfRange_NeedNonNegNum);
            int count = totalWidth - _stringLength;
            if (count <= 0) return this;
            string r = FastAllocateString(totalWidth);
            var d = r.AsWritableSpan();
            AsSpanFast().CopyTo(d);
            d.Slice(_stringLength).Fill(paddingChar);
            return r;
        }

        public string Replace(char oldChar, char newChar)
        {
            int first = IndexOf(oldChar);
            if (first < 0 || oldChar == newChar) return this;
            string r = FastAllocateString(_stringLength);
            var d = r.AsWritableSpan();
            AsSpanFast().CopyTo(d);
            for (int i = first; i < d.Length; i++) if (d[i] == oldChar) d[i] = newChar;
            return r;
        }

        public string Replace(string oldValue, string newValue) => ReplaceCore(oldValue, newValue, false);
        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture) => ReplaceCore(oldValue, newValue, ignoreCase);
        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            return ReplaceCore(oldValue, newValue, comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase);
        }

        private string ReplaceCore(string oldValue, string newValue, bool ignoreCase)
        {
            if (oldValue == null) ThrowHelper.ThrowArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException(SR.Argument_StringZeroLength, nameof(oldValue));
            newValue ??= Empty;
            var sb = new ValueStringBuilder(_stringLength + 16);
            int i = 0, last = 0;
            bool any = false;
            var span = AsSpanFast();
            while (i <= _stringLength - oldValue.Length)
            {
                int idx = ignoreCase ? SpanHelpers.IndexOfIgnoreCase(span.Slice(i), oldValue) : SpanHelpers.IndexOf(span.Slice(i), oldValue);
                if (idx < 0) break;
                idx += i;
                sb.Append(span.Slice(last, idx - last));
                sb.Append(newValue);
                i = last = idx + oldValue.Length;
                any = true;
            }
            if (!any) return this;
            sb.Append(span.Slice(last));
            return sb.ToString();
        }

        public string ReplaceLineEndings() => ReplaceLineEndings("\n");
        public string ReplaceLineEndings(string replacementText)
        {
            if (replacementText == null) ThrowHelper.ThrowArgumentNullException("replacementText");
            var sb = new ValueStringBuilder(_stringLength);
            for (int i = 0; i < _stringLength; i++)
            {
                char c = this[i];
                if (c == '\r') { if (i + 1 < _stringLength && this[i + 1] == '\n') i++; sb.Append(replacementText); }
                else if (c == '\n' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') sb.Append(replacementText);
                else sb.Append(c);
            }
            return sb.ToString();
        }

        // ---------------------------------------------------------------- trimming
        public string Trim() => TrimWhiteSpaceHelper(true, true);
        public string TrimStart() => TrimWhiteSpaceHelper(true, false);
        public string TrimEnd() => TrimWhiteSpaceHelper(false, true);
        public string Trim(char trimChar) => TrimCharHelper(trimChar, true, true);
        public string TrimStart(char trimChar) => TrimCharHelper(trimChar, true, false);
        public string TrimEnd(char trimChar) => TrimCharHelper(trimChar, false, true);
        public string Trim(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? Trim() : TrimSetHelper(trimChars, true, true);
        public string TrimStart(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimStart() : TrimSetHelper(trimChars, true, false);
        public string TrimEnd(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimEnd() : TrimSetHelper(trimChars, false, true);

        private string TrimWhiteSpaceHelper(bool start, bool end)
        {
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && char.IsWhiteSpace(this[s])) s++;
            if (end) while (e >= s && char.IsWhiteSpace(this[e])) e--;
            return Slice(s, e);
        }

        private string TrimCharHelper(char c, bool start, bool end)
        {
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && this[s] == c) s++;
            if (end) while (e >= s && this[e] == c) e--;
            return Slice(s, e);
        }

        private string TrimSetHelper(char[] set, bool start, bool end)
        {
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && Array.IndexOf(set, this[s]) >= 0) s++;
            if (end) while (e >= s && Array.IndexOf(set, this[e]) >= 0) e--;
            return Slice(s, e);
        }

        private string Slice(int s, int e)
        {
            int len = e - s + 1;
            if (len == _stringLength) return this;
            if (len == 0) return Empty;
            return CreateFromSpan(this.AsSpan(s, len));
        }

        // ---------------------------------------------------------------- case
        public string ToUpper() => ToUpperInvariant();
        public string ToLower() => ToLowerInvariant();
        public string ToUpper(CultureInfo culture) => ToUpperInvariant();
        public string ToLower(CultureInfo culture) => ToLowerInvariant();

        public string ToUpperInvariant()
        {
            for (int i = 0; i < _stringLength; i++)
            {
                char c = this[i];
                if (CharInfo.ToUpper(c) != c)
                {
                    string r = FastAllocateString(_stringLength);
                    var d = r.AsWritableSpan();
                    AsSpanFast().CopyTo(d);
                    for (int j = i; j < d.Length; j++) d[j] = CharInfo.ToUpper(d[j]);
                    return r;
                }
            }
            return this;
        }

        public string ToLowerInvariant()
        {
            for (int i = 0; i < _stringLength; i++)
            {
                char c = this[i];
                if (CharInfo.ToLower(c) != c)
                {
                    string r = FastAllocateString(_stringLength);
                    var d = r.AsWritableSpan();
                    AsSpanFast().CopyTo(d);
                    for (int j = i; j < d.Length; j++) d[j] = CharInfo.ToLower(d[j]);
                    return r;
                }
            }
            return this;
        }

        // ---------------------------------------------------------------- misc
        public CharEnumerator GetEnumerator() => new CharEnumerator(this);
        IEnumerator<char> IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new CharEnumerator(this);

        public static string Intern(string str)
        {
            if (str == null) ThrowHelper.ThrowArgumentNullException("str");
            return RuntimeImports.InternString(str, true);
        }
        public static string IsInterned(string str)
        {
            if (str == null) ThrowHelper.ThrowArgumentNullException("str");
            return RuntimeImports.InternString(str, false);
        }

        [Obsolete("This API should not be used to create mutable strings. See https://go.microsoft.com/fwlink/?linkid=2084035 for alternatives.")]
        public static string Copy(string str)
        {
            if (str == null) ThrowHelper.ThrowArgumentNullException("str");
            return CreateFromSpan(str.AsSpanFast());
        }

        public bool IsNormalized() => true;
        public string Normalize() => this;
    }

    public enum StringComparison
    {
        CurrentCulture = 0, CurrentCultureIgnoreCase = 1, InvariantCulture = 2, InvariantCultureIgnoreCase = 3, Ordinal = 4, OrdinalIgnoreCase = 5,
    }

    [Flags]
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }

    public sealed class CharEnumerator : IEnumerator, IEnumerator<char>, IDisposable, ICloneable
    {
        private string _str;
        private int _index;
        private char _currentElement;

        internal CharEnumerator(string str) { _str = str; _index = -1; }
        public object Clone() => MemberwiseClone();
        public bool MoveNext()
        {
            int index = _index + 1;
            string s = _str;
            if (s != null && index < s.Length) { _index = index; _currentElement = s[index]; return true; }
            _index = s?.Length ?? 0;
            return false;
        }
        public void Dispose() { if (_str != null) _index = _str.Length; _str = null; }
        object IEnumerator.Current => Current;
        public char Current
        {
            get
            {
                if (_index == -1) throw new InvalidOperationException(SR.InvalidOperation_EnumNotStarted);
                if (_str == null || _index >= _str.Length) throw new InvalidOperationException(SR.InvalidOperation_EnumEnded);
                return _currentElement;
            }
        }
        public void Reset() { _currentElement = (char)0; _index = -1; }
    }
}
