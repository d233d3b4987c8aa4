using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

namespace System
{
    [Serializable]
    public readonly partial struct IntPtr : IEquatable<nint>, IComparable, IComparable<nint>, IFormattable, ISpanFormattable
    {
        private readonly nint _value;

        [Intrinsic] public static readonly IntPtr Zero;

        [NonVersionable] public IntPtr(int value) { _value = value; }
        [NonVersionable] public IntPtr(long value) { _value = (nint)value; }
        [NonVersionable] public unsafe IntPtr(void* value) { _value = (nint)value; }

        public static nint MaxValue { [NonVersionable] get => unchecked((nint)long.MaxValue); }
        public static nint MinValue { [NonVersionable] get => unchecked((nint)long.MinValue); }
        public static int Size { [NonVersionable] get => 8; }

        public override bool Equals(object obj) => obj is nint other && _value == other;
        public bool Equals(nint other) => _value == other;
        public override int GetHashCode() { long l = _value; return unchecked((int)l ^ (int)(l >> 32)); }
        [NonVersionable] public int ToInt32() { long l = _value; return checked((int)l); }
        [NonVersionable] public long ToInt64() => _value;
        [NonVersionable] public unsafe void* ToPointer() => (void*)_value;

        [NonVersionable] public static explicit operator nint(int value) => value;
        [NonVersionable] public static explicit operator nint(long value) => checked((nint)value);
        [NonVersionable] public static unsafe explicit operator nint(void* value) => (nint)value;
        [NonVersionable] public static unsafe explicit operator void*(nint value) => (void*)value;
        [NonVersionable] public static explicit operator int(nint value) { long l = value; return checked((int)l); }
        [NonVersionable] public static explicit operator long(nint value) => value;
        [NonVersionable] public static bool operator ==(nint value1, nint value2) => value1 == value2;
        [NonVersionable] public static bool operator !=(nint value1, nint value2) => value1 != value2;
        [NonVersionable] public static nint Add(nint pointer, int offset) => pointer + offset;
        [NonVersionable] public static nint operator +(nint pointer, int offset) => pointer + offset;
        [NonVersionable] public static nint Subtract(nint pointer, int offset) => pointer - offset;
        [NonVersionable] public static nint operator -(nint pointer, int offset) => pointer - offset;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is nint i) return CompareTo(i);
            throw new ArgumentException(SR.Arg_MustBeIntPtr);
        }
        public int CompareTo(nint value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override string ToString() => ((long)_value).ToString();
        public string ToString(string format) => ((long)_value).ToString(format);
        public string ToString(IFormatProvider provider) => ((long)_value).ToString(provider);
        public string ToString(string format, IFormatProvider provider) => ((long)_value).ToString(format, provider);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => ((long)_value).TryFormat(destination, out charsWritten, format, provider);

        // 64-bit: nint parses exactly as long (same range, same overflow message).
        public static nint Parse(string s) => (nint)long.Parse(s);
        public static nint Parse(string s, NumberStyles style) => (nint)long.Parse(s, style);
        public static nint Parse(string s, IFormatProvider provider) => (nint)long.Parse(s, provider);
        public static nint Parse(string s, NumberStyles style, IFormatProvider provider) => (nint)long.Parse(s, style, provider);
        public static nint Parse(ReadOnlySpan<char> s, IFormatProvider provider) => (nint)long.Parse(s, provider);
        public static nint Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) => (nint)long.Parse(s, style, provider);
        public static bool TryParse(string s, out nint result) { bool ok = long.TryParse(s, out long l); result = (nint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, out nint result) { bool ok = long.TryParse(s, out long l); result = (nint)l; return ok; }
        public static bool TryParse(string s, IFormatProvider provider, out nint result) { bool ok = long.TryParse(s, provider, out long l); result = (nint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out nint result) { bool ok = long.TryParse(s, provider, out long l); result = (nint)l; return ok; }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out nint result) { bool ok = long.TryParse(s, style, provider, out long l); result = (nint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out nint result) { bool ok = long.TryParse(s, style, provider, out long l); result = (nint)l; return ok; }

    }

    [Serializable]
    public readonly partial struct UIntPtr : IEquatable<nuint>, IComparable, IComparable<nuint>, IFormattable, ISpanFormattable
    {
        private readonly nuint _value;

        [Intrinsic] public static readonly UIntPtr Zero;

        [NonVersionable] public UIntPtr(uint value) { _value = value; }
        [NonVersionable] public UIntPtr(ulong value) { _value = (nuint)value; }
        [NonVersionable] public unsafe UIntPtr(void* value) { _value = (nuint)value; }

        public static nuint MaxValue { [NonVersionable] get => unchecked((nuint)ulong.MaxValue); }
        public static nuint MinValue { [NonVersionable] get => 0; }
        public static int Size { [NonVersionable] get => 8; }

        public override bool Equals(object obj) => obj is nuint other && _value == other;
        public bool Equals(nuint other) => _value == other;
        public override int GetHashCode() { ulong l = _value; return unchecked((int)l ^ (int)(l >> 32)); }
        [NonVersionable] public uint ToUInt32() { ulong l = _value; return checked((uint)l); }
        [NonVersionable] public ulong ToUInt64() => _value;
        [NonVersionable] public unsafe void* ToPointer() => (void*)_value;

        [NonVersionable] public static explicit operator nuint(uint value) => value;
        [NonVersionable] public static explicit operator nuint(ulong value) => checked((nuint)value);
        [NonVersionable] public static unsafe explicit operator nuint(void* value) => (nuint)value;
        [NonVersionable] public static unsafe explicit operator void*(nuint value) => (void*)value;
        [NonVersionable] public static explicit operator uint(nuint value) { ulong l = value; return checked((uint)l); }
        [NonVersionable] public static explicit operator ulong(nuint value) => value;
        [NonVersionable] public static bool operator ==(nuint value1, nuint value2) => value1 == value2;
        [NonVersionable] public static bool operator !=(nuint value1, nuint value2) => value1 != value2;
        [NonVersionable] public static nuint Add(nuint pointer, int offset) => (nuint)((nint)pointer + offset);
        [NonVersionable] public static nuint operator +(nuint pointer, int offset) => (nuint)((nint)pointer + offset);
        [NonVersionable] public static nuint Subtract(nuint pointer, int offset) => (nuint)((nint)pointer - offset);
        [NonVersionable] public static nuint operator -(nuint pointer, int offset) => (nuint)((nint)pointer - offset);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is nuint i) return CompareTo(i);
            throw new ArgumentException(SR.Arg_MustBeUIntPtr);
        }
        public int CompareTo(nuint value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override string ToString() => ((ulong)_value).ToString();
        public string ToString(string format) => ((ulong)_value).ToString(format);
        public string ToString(IFormatProvider provider) => ((ulong)_value).ToString(provider);
        public string ToString(string format, IFormatProvider provider) => ((ulong)_value).ToString(format, provider);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => ((ulong)_value).TryFormat(destination, out charsWritten, format, provider);

        // 64-bit: nuint parses exactly as ulong (same range, same overflow message).
        public static nuint Parse(string s) => (nuint)ulong.Parse(s);
        public static nuint Parse(string s, NumberStyles style) => (nuint)ulong.Parse(s, style);
        public static nuint Parse(string s, IFormatProvider provider) => (nuint)ulong.Parse(s, provider);
        public static nuint Parse(string s, NumberStyles style, IFormatProvider provider) => (nuint)ulong.Parse(s, style, provider);
        public static nuint Parse(ReadOnlySpan<char> s, IFormatProvider provider) => (nuint)ulong.Parse(s, provider);
        public static nuint Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) => (nuint)ulong.Parse(s, style, provider);
        public static bool TryParse(string s, out nuint result) { bool ok = ulong.TryParse(s, out ulong l); result = (nuint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, out nuint result) { bool ok = ulong.TryParse(s, out ulong l); result = (nuint)l; return ok; }
        public static bool TryParse(string s, IFormatProvider provider, out nuint result) { bool ok = ulong.TryParse(s, provider, out ulong l); result = (nuint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out nuint result) { bool ok = ulong.TryParse(s, provider, out ulong l); result = (nuint)l; return ok; }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out nuint result) { bool ok = ulong.TryParse(s, style, provider, out ulong l); result = (nuint)l; return ok; }
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out nuint result) { bool ok = ulong.TryParse(s, style, provider, out ulong l); result = (nuint)l; return ok; }

    }
}
