using System.Globalization;

namespace System
{
    /// <summary>Convert: the common conversions (rounding to even for floating point -> integer, overflow checks,
    /// string parsing with the invariant culture, bases 2/8/10/16, Base64).</summary>
    public static class Convert
    {
        private static Exception Overflow(string m) => new OverflowException(m);

        public static int ToInt32(double value)
        {
            if (value >= -2147483648.5 && value < 2147483647.5)
            {
                int result = (int)value;
                double dif = value - result;
                if (dif > 0.5 || (dif == 0.5 && (result & 1) != 0)) result++;
                else if (dif < -0.5 || (dif == -0.5 && (result & 1) != 0)) result--;
                return result;
            }
            throw Overflow(SR.Overflow_Int32);
        }
        public static int ToInt32(float value) => ToInt32((double)value);
        public static int ToInt32(long value) { if (value < int.MinValue || value > int.MaxValue) throw Overflow(SR.Overflow_Int32); return (int)value; }
        public static int ToInt32(ulong value) { if (value > int.MaxValue) throw Overflow(SR.Overflow_Int32); return (int)value; }
        public static int ToInt32(uint value) { if (value > int.MaxValue) throw Overflow(SR.Overflow_Int32); return (int)value; }
        public static int ToInt32(int value) => value;
        public static int ToInt32(short value) => value;
        public static int ToInt32(ushort value) => value;
        public static int ToInt32(byte value) => value;
        public static int ToInt32(sbyte value) => value;
        public static int ToInt32(char value) => value;
        public static int ToInt32(bool value) => value ? 1 : 0;
        public static int ToInt32(string value) => value == null ? 0 : int.Parse(value, CultureInfo.CurrentCulture);
        public static int ToInt32(string value, IFormatProvider provider) => value == null ? 0 : int.Parse(value, provider);
        public static int ToInt32(object value) => value == null ? 0 : value switch
        {
            int i => i, long l => ToInt32(l), double d => ToInt32(d), float f => ToInt32(f), string s => ToInt32(s), short sh => sh, byte b => b,
            sbyte sb => sb, ushort us => us, uint ui => ToInt32(ui), ulong ul => ToInt32(ul), char c => c, bool bo => bo ? 1 : 0,
            Enum e => (int)ToInt64(e),
            _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(int)))
        };
        public static int ToInt32(object value, IFormatProvider provider) => ToInt32(value);
        public static int ToInt32(string value, int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException(SR.Arg_InvalidBase);
            if (value == null) return 0;
            if (fromBase == 10) return int.Parse(value, CultureInfo.InvariantCulture);
            return (int)ParseBase(value, fromBase, 32);
        }

        public static long ToInt64(double value) => checked((long)Math.Round(value));
        public static long ToInt64(float value) => ToInt64((double)value);
        public static long ToInt64(int value) => value;
        public static long ToInt64(long value) => value;
        public static long ToInt64(ulong value) { if (value > long.MaxValue) throw Overflow(SR.Overflow_Int64); return (long)value; }
        public static long ToInt64(bool value) => value ? 1 : 0;
        public static long ToInt64(char value) => value;
        public static long ToInt64(string value) => value == null ? 0 : long.Parse(value, CultureInfo.CurrentCulture);
        public static long ToInt64(string value, int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException(SR.Arg_InvalidBase);
            if (value == null) return 0;
            if (fromBase == 10) return long.Parse(value, CultureInfo.InvariantCulture);
            return (long)ParseBase(value, fromBase, 64);
        }
        public static long ToInt64(object value) => value == null ? 0 : value switch
        {
            long l => l, int i => i, double d => ToInt64(d), float f => ToInt64(f), string s => ToInt64(s), short sh => sh, byte b => b,
            sbyte sb => sb, ushort us => us, uint ui => ui, ulong ul => ToInt64(ul), char c => c, bool bo => bo ? 1 : 0,
            Enum e => EnumToInt64(e),
            _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(long)))
        };

        private static long EnumToInt64(Enum e)
        {
            var info = EnumInfo.Get(System.Runtime.CompilerServices.RuntimeHelpers.GetMethodTable(e));
            ulong raw = Enum.RawValue(e, info);
            return info.IsSigned ? (info.Size == 1 ? (sbyte)raw : info.Size == 2 ? (short)raw : info.Size == 4 ? (int)raw : (long)raw) : (long)raw;
        }

        private static ulong ParseBase(string s, int b, int bits)
        {
            int i = 0;
            bool neg = false;
            if (s.Length > 0 && s[0] == '-') { if (b != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10."); neg = true; i++; }
            if (b == 16 && s.Length > i + 1 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
            if (i >= s.Length) throw new FormatException("Could not find any recognizable digits.");
            ulong r = 0;
            for (; i < s.Length; i++)
            {
                int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f' ? (s[i] | 0x20) - 'a' + 10 : 99;
                if (d >= b) throw new FormatException("Additional non-parsable characters are at the end of the string.");
                ulong nr = r * (ulong)b + (ulong)d;
                if (bits == 32 ? nr > uint.MaxValue : nr / (ulong)b != r) throw Overflow(bits == 32 ? SR.Overflow_Int32 : SR.Overflow_Int64);
                r = nr;
            }
            return neg ? (ulong)(-(long)r) : r;
        }

        public static decimal ToDecimal(int value) => value;
        public static decimal ToDecimal(long value) => value;
        public static decimal ToDecimal(double value) => (decimal)value;
        public static decimal ToDecimal(float value) => (decimal)value;
        public static decimal ToDecimal(decimal value) => value;
        public static decimal ToDecimal(bool value) => value ? 1 : 0;
        public static decimal ToDecimal(string value) => value == null ? 0 : decimal.Parse(value, CultureInfo.CurrentCulture);
        public static decimal ToDecimal(string value, IFormatProvider provider) => value == null ? 0 : decimal.Parse(value, provider);
        public static decimal ToDecimal(object value) => value == null ? 0 : value switch
        {
            decimal d => d, int i => i, long l => l, double db => (decimal)db, float f => (decimal)f, string s => ToDecimal(s), short sh => sh, byte b => b, uint ui => ui, ulong ul => ul, bool bo => bo ? 1 : 0,
            _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(decimal)))
        };
        public static double ToDouble(decimal value) => (double)value;
        public static int ToInt32(decimal value) => decimal.ToInt32(decimal.Round(value, 0));
        public static long ToInt64(decimal value) => decimal.ToInt64(decimal.Round(value, 0));
        public static double ToDouble(int value) => value;
        public static double ToDouble(long value) => value;
        public static double ToDouble(float value) => value;
        public static double ToDouble(double value) => value;
        public static double ToDouble(bool value) => value ? 1 : 0;
        public static double ToDouble(string value) => value == null ? 0 : double.Parse(value, CultureInfo.CurrentCulture);
        public static double ToDouble(string value, IFormatProvider provider) => value == null ? 0 : double.Parse(value, provider);
        public static double ToDouble(object value) => value == null ? 0 : value switch
        {
            double d => d, float f => f, int i => i, long l => l, string s => ToDouble(s), short sh => sh, byte b => b, uint ui => ui, ulong ul => ul,
            bool bo => bo ? 1 : 0,
            _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(double)))
        };
        public static float ToSingle(double value) => (float)value;
        public static float ToSingle(int value) => value;
        public static float ToSingle(string value) => value == null ? 0 : float.Parse(value, CultureInfo.CurrentCulture);
        public static float ToSingle(object value) => value == null ? 0 : (float)ToDouble(value);

        public static bool ToBoolean(int value) => value != 0;
        public static bool ToBoolean(long value) => value != 0;
        public static bool ToBoolean(double value) => value != 0;
        public static bool ToBoolean(bool value) => value;
        public static bool ToBoolean(string value) => value != null && bool.Parse(value);
        public static bool ToBoolean(object value) => value != null && value switch
        {
            bool b => b, string s => bool.Parse(s), int i => i != 0, long l => l != 0, double d => d != 0,
            _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(bool)))
        };

        public static char ToChar(int value) { if (value < 0 || value > char.MaxValue) throw Overflow(SR.Overflow_Char); return (char)value; }
        public static char ToChar(long value) { if (value < 0 || value > char.MaxValue) throw Overflow(SR.Overflow_Char); return (char)value; }
        public static char ToChar(byte value) => (char)value;
        public static char ToChar(ushort value) => (char)value;
        public static char ToChar(string value) { if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value)); if (value.Length != 1) throw new FormatException(SR.Format_NeedSingleChar); return value[0]; }
        public static char ToChar(object value) => value == null ? '\0' : value switch { char c => c, int i => ToChar(i), string s => ToChar(s), byte b => (char)b, _ => throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), typeof(char))) };

        public static byte ToByte(int value) { if (value < 0 || value > byte.MaxValue) throw Overflow(SR.Overflow_Byte); return (byte)value; }
        public static byte ToByte(long value) { if (value < 0 || value > byte.MaxValue) throw Overflow(SR.Overflow_Byte); return (byte)value; }
        public static byte ToByte(double value) => ToByte(ToInt32(value));
        public static byte ToByte(char value) { if (value > byte.MaxValue) throw Overflow(SR.Overflow_Byte); return (byte)value; }
        public static byte ToByte(string value) => value == null ? (byte)0 : byte.Parse(value, CultureInfo.CurrentCulture);
        public static byte ToByte(string value, int fromBase) => checked((byte)ToInt32(value, fromBase));
        public static byte ToByte(object value) => value == null ? (byte)0 : ToByte(ToInt64(value));
        public static short ToInt16(int value) { if (value < short.MinValue || value > short.MaxValue) throw Overflow(SR.Overflow_Int16); return (short)value; }
        public static short ToInt16(long value) { if (value < short.MinValue || value > short.MaxValue) throw Overflow(SR.Overflow_Int16); return (short)value; }
        public static short ToInt16(double value) => ToInt16(ToInt32(value));
        public static short ToInt16(string value) => value == null ? (short)0 : short.Parse(value, CultureInfo.CurrentCulture);
        public static short ToInt16(object value) => value == null ? (short)0 : ToInt16(ToInt64(value));
        public static uint ToUInt32(int value) { if (value < 0) throw Overflow(SR.Overflow_UInt32); return (uint)value; }
        public static uint ToUInt32(long value) { if (value < 0 || value > uint.MaxValue) throw Overflow(SR.Overflow_UInt32); return (uint)value; }
        public static uint ToUInt32(double value) => checked((uint)Math.Round(value));
        public static uint ToUInt32(string value) => value == null ? 0 : uint.Parse(value, CultureInfo.CurrentCulture);
        public static uint ToUInt32(object value) => value == null ? 0 : ToUInt32(ToInt64(value));
        public static ulong ToUInt64(long value) { if (value < 0) throw Overflow(SR.Overflow_UInt64); return (ulong)value; }
        public static ulong ToUInt64(int value) { if (value < 0) throw Overflow(SR.Overflow_UInt64); return (ulong)value; }
        public static ulong ToUInt64(double value) => checked((ulong)Math.Round(value));
        public static ulong ToUInt64(string value) => value == null ? 0 : ulong.Parse(value, CultureInfo.CurrentCulture);

        public static string ToString(int value) => value.ToString();
        public static string ToString(long value) => value.ToString();
        public static string ToString(double value) => value.ToString();
        public static string ToString(float value) => value.ToString();
        public static string ToString(bool value) => value.ToString();
        public static string ToString(char value) => value.ToString();
        public static string ToString(object value) => value?.ToString() ?? string.Empty;
        public static string ToString(object value, IFormatProvider provider) => value is IFormattable f ? f.ToString(null, provider) : value?.ToString() ?? string.Empty;
        public static string ToString(int value, IFormatProvider provider) => value.ToString(provider);
        public static string ToString(double value, IFormatProvider provider) => value.ToString(provider);
        public static string ToString(int value, int toBase) => ToStringBase((uint)value, toBase, value < 0 && toBase == 10 ? -1 : 0, 32, value);
        public static string ToString(long value, int toBase) => ToStringBase((ulong)value, toBase, 0, 64, value);
        public static string ToString(byte value, int toBase) => ToStringBase(value, toBase, 0, 8, value);
        public static string ToString(short value, int toBase) => ToStringBase((ushort)value, toBase, 0, 16, value);

        private static string ToStringBase(ulong bits, int toBase, int unused, int width, long signedValue)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException(SR.Arg_InvalidBase);
            if (toBase == 10) return signedValue.ToString();
            if (bits == 0) return "0";
            var c = new char[64];
            int p = 64;
            while (bits != 0) { int d = (int)(bits % (ulong)toBase); c[--p] = (char)(d < 10 ? '0' + d : 'a' + d - 10); bits /= (ulong)toBase; }
            return new string(c, p, 64 - p);
        }

        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) ThrowHelper.ThrowArgumentNullException(nameof(inArray));
            return ToBase64String(inArray, 0, inArray.Length);
        }
        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            if (inArray == null) ThrowHelper.ThrowArgumentNullException(nameof(inArray));
            var sb = new ValueStringBuilder((length + 2) / 3 * 4);
            int i = offset, end = offset + length;
            for (; i + 2 < end; i += 3)
            {
                int n = (inArray[i] << 16) | (inArray[i + 1] << 8) | inArray[i + 2];
                sb.Append(Base64Chars[n >> 18]); sb.Append(Base64Chars[(n >> 12) & 63]); sb.Append(Base64Chars[(n >> 6) & 63]); sb.Append(Base64Chars[n & 63]);
            }
            if (end - i == 1) { int n = inArray[i] << 16; sb.Append(Base64Chars[n >> 18]); sb.Append(Base64Chars[(n >> 12) & 63]); sb.Append("=="); }
            else if (end - i == 2) { int n = (inArray[i] << 16) | (inArray[i + 1] << 8); sb.Append(Base64Chars[n >> 18]); sb.Append(Base64Chars[(n >> 12) & 63]); sb.Append(Base64Chars[(n >> 6) & 63]); sb.Append('='); }
            return sb.ToString();
        }
        public static byte[] FromBase64String(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            var bytes = new System.Collections.Generic.List<byte>(s.Length * 3 / 4);
            int acc = 0, bitsHeld = 0, pad = 0;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (c == '=') { pad++; continue; }
                int v = Base64Chars.IndexOf(c);
                if (v < 0 || pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                acc = (acc << 6) | v; bitsHeld += 6;
                if (bitsHeld >= 8) { bitsHeld -= 8; bytes.Add((byte)(acc >> bitsHeld)); }
            }
            return bytes.ToArray();
        }

        public static object ChangeType(object value, Type conversionType)
        {
            if (conversionType == null) ThrowHelper.ThrowArgumentNullException(nameof(conversionType));
            if (value == null) { if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type."); return null; }
            if (conversionType.IsInstanceOfType(value)) return value;
            if (conversionType == typeof(int)) return ToInt32(value);
            if (conversionType == typeof(long)) return ToInt64(value);
            if (conversionType == typeof(double)) return ToDouble(value);
            if (conversionType == typeof(float)) return ToSingle(value);
            if (conversionType == typeof(string)) return ToString(value);
            if (conversionType == typeof(bool)) return ToBoolean(value);
            if (conversionType == typeof(char)) return ToChar(value);
            if (conversionType == typeof(byte)) return ToByte(value);
            if (conversionType == typeof(short)) return ToInt16(value);
            if (conversionType == typeof(uint)) return ToUInt32(value);
            if (conversionType == typeof(decimal)) return ToDecimal(value);
            throw new InvalidCastException(SR.Format(SR.Arg_InvalidCastWithTypes, value.GetType(), conversionType));
        }
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider) => ChangeType(value, conversionType);
    }

    public abstract class StringComparer : System.Collections.IComparer, System.Collections.IEqualityComparer, System.Collections.Generic.IComparer<string>, System.Collections.Generic.IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_invariant = new CultureComparer(false);
        private static readonly StringComparer s_invariantIgnoreCase = new CultureComparer(true);
        protected StringComparer() { }
        public static StringComparer Ordinal => s_ordinal;
        public static StringComparer OrdinalIgnoreCase => s_ordinalIgnoreCase;
        public static StringComparer InvariantCulture => s_invariant;
        public static StringComparer InvariantCultureIgnoreCase => s_invariantIgnoreCase;
        public static StringComparer CurrentCulture => s_invariant;
        public static StringComparer CurrentCultureIgnoreCase => s_invariantIgnoreCase;
        public static StringComparer Create(CultureInfo culture, bool ignoreCase) => ignoreCase ? s_invariantIgnoreCase : s_invariant;
        public static StringComparer FromComparison(StringComparison comparisonType) => comparisonType switch
        {
            StringComparison.Ordinal => s_ordinal, StringComparison.OrdinalIgnoreCase => s_ordinalIgnoreCase,
            StringComparison.CurrentCultureIgnoreCase or StringComparison.InvariantCultureIgnoreCase => s_invariantIgnoreCase,
            _ => s_invariant,
        };
        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            if (x is string sa && y is string sb) return Compare(sa, sb);
            if (x is IComparable ia) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is string sa && y is string sb) return Equals(sa, sb);
            return x.Equals(y);
        }
        public int GetHashCode(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
            return obj is string s ? GetHashCode(s) : obj.GetHashCode();
        }
        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);

        private sealed class OrdinalComparer : StringComparer
        {
            private readonly bool _ignoreCase;
            internal OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) => string.Compare(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            public override bool Equals(string x, string y) => string.Equals(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            public override int GetHashCode(string obj)
            {
                if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
                return _ignoreCase ? string.GetHashCodeOrdinalIgnoreCase(obj) : obj.GetHashCode();
            }
            public override bool Equals(object obj) => obj is OrdinalComparer o && o._ignoreCase == _ignoreCase;
            public override int GetHashCode() => _ignoreCase ? 1 : 0;
        }

        private sealed class CultureComparer : StringComparer
        {
            private readonly bool _ignoreCase;
            internal CultureComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) => string.Compare(x, y, _ignoreCase ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture);
            public override bool Equals(string x, string y) => Compare(x, y) == 0;
            public override int GetHashCode(string obj)
            {
                if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
                return _ignoreCase ? string.GetHashCodeOrdinalIgnoreCase(obj) : InvariantCollation.GetHashCode(obj);
            }
            public override bool Equals(object obj) => obj is CultureComparer o && o._ignoreCase == _ignoreCase;
            public override int GetHashCode() => _ignoreCase ? 3 : 2;
        }
    }
}

namespace System.Numerics
{
    public static class BitOperations
    {
        public static bool IsPow2(int value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(long value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(ulong value) => (value & (value - 1)) == 0 && value != 0;
        public static int LeadingZeroCount(uint value) { if (value == 0) return 32; int n = 0; while ((value & 0x80000000u) == 0) { value <<= 1; n++; } return n; }
        public static int LeadingZeroCount(ulong value) { if (value == 0) return 64; int n = 0; while ((value & 0x8000000000000000UL) == 0) { value <<= 1; n++; } return n; }
        public static int Log2(uint value) => 31 - LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 - LeadingZeroCount(value | 1);
        public static int PopCount(uint value) { int n = 0; while (value != 0) { value &= value - 1; n++; } return n; }
        public static int PopCount(ulong value) { int n = 0; while (value != 0) { value &= value - 1; n++; } return n; }
        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(uint value) { if (value == 0) return 32; int n = 0; while ((value & 1) == 0) { value >>= 1; n++; } return n; }
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(ulong value) { if (value == 0) return 64; int n = 0; while ((value & 1) == 0) { value >>= 1; n++; } return n; }
        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));
        public static uint RoundUpToPowerOf2(uint value) { --value; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; return value + 1; }
        public static ulong RoundUpToPowerOf2(ulong value) { --value; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; value |= value >> 32; return value + 1; }
    }
}
