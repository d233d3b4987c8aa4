// Int128 and UInt128 (arithmetic, comparisons, conversions, decimal/hex formatting, parsing).
namespace System
{
    /// <summary>Int128: two ulongs (_lower, _upper; little-endian order). The host gives System.Int128/UInt128
    /// 16-byte alignment (CoreCLR's x64 rule since .NET 8).</summary>
    [Serializable]
    public readonly struct Int128 : IComparable, IComparable<Int128>, IEquatable<Int128>, IFormattable, ISpanFormattable
    {
        private readonly ulong _lower;
        private readonly ulong _upper;

        public Int128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        internal ulong Lower => _lower;
        internal ulong Upper => _upper;

        public static Int128 MinValue => new Int128(0x8000000000000000, 0);
        public static Int128 MaxValue => new Int128(0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);
        public static Int128 NegativeOne => new Int128(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);
        public static Int128 Zero => default;
        public static Int128 One => new Int128(0, 1);

        public static Int128 operator +(Int128 left, Int128 right)
        {
            ulong lower = left._lower + right._lower;
            ulong carry = lower < left._lower ? 1UL : 0UL;
            return new Int128(left._upper + right._upper + carry, lower);
        }
        public static Int128 operator checked +(Int128 left, Int128 right)
        {
            Int128 r = left + right;
            if (((r._upper ^ left._upper) & (r._upper ^ right._upper)) >> 63 != 0) throw new OverflowException();
            return r;
        }
        public static Int128 operator -(Int128 left, Int128 right)
        {
            ulong lower = left._lower - right._lower;
            ulong borrow = lower > left._lower ? 1UL : 0UL;
            return new Int128(left._upper - right._upper - borrow, lower);
        }
        public static Int128 operator checked -(Int128 left, Int128 right)
        {
            Int128 r = left - right;
            if (((left._upper ^ right._upper) & (left._upper ^ r._upper)) >> 63 != 0) throw new OverflowException();
            return r;
        }
        public static Int128 operator *(Int128 left, Int128 right)
        {
            ulong upper = Math.BigMul(left._lower, right._lower, out ulong lower);
            upper += (left._upper * right._lower) + (left._lower * right._upper);
            return new Int128(upper, lower);
        }
        public static Int128 operator checked *(Int128 left, Int128 right)
        {
            Int128 r = left * right;
            if (left != Zero && (r / left != right)) throw new OverflowException();
            return r;
        }
        public static Int128 operator ++(Int128 value) => value + One;
        public static Int128 operator --(Int128 value) => value - One;
        public static Int128 operator checked ++(Int128 value) => checked(value + One);
        public static Int128 operator checked --(Int128 value) => checked(value - One);
        public static Int128 operator +(Int128 value) => value;
        public static Int128 operator -(Int128 value) => Zero - value;
        public static Int128 operator checked -(Int128 value) => value == MinValue ? throw new OverflowException() : Zero - value;
        public static Int128 operator ~(Int128 value) => new Int128(~value._upper, ~value._lower);
        public static Int128 operator &(Int128 left, Int128 right) => new Int128(left._upper & right._upper, left._lower & right._lower);
        public static Int128 operator |(Int128 left, Int128 right) => new Int128(left._upper | right._upper, left._lower | right._lower);
        public static Int128 operator ^(Int128 left, Int128 right) => new Int128(left._upper ^ right._upper, left._lower ^ right._lower);
        public static Int128 operator <<(Int128 value, int shiftAmount)
        {
            shiftAmount &= 0x7F;
            if ((shiftAmount & 0x40) != 0) return new Int128(value._lower << shiftAmount, 0);
            if (shiftAmount != 0) return new Int128((value._upper << shiftAmount) | (value._lower >> (64 - shiftAmount)), value._lower << shiftAmount);
            return value;
        }
        public static Int128 operator >>>(Int128 value, int shiftAmount)
        {
            shiftAmount &= 0x7F;
            if ((shiftAmount & 0x40) != 0) return new Int128(0, value._upper >> shiftAmount);
            if (shiftAmount != 0) return new Int128(value._upper >> shiftAmount, (value._lower >> shiftAmount) | (value._upper << (64 - shiftAmount)));
            return value;
        }
        public static Int128 operator >>(Int128 value, int shiftAmount)
        {
            shiftAmount &= 0x7F;
            if ((shiftAmount & 0x40) != 0) { ulong upper = (ulong)((long)value._upper >> 63); return new Int128(upper, (ulong)((long)value._upper >> shiftAmount)); }
            if (shiftAmount != 0) return new Int128((ulong)((long)value._upper >> shiftAmount), (value._lower >> shiftAmount) | (value._upper << (64 - shiftAmount)));
            return value;
        }
        public static bool IsNegative(Int128 value) => (long)value._upper < 0;
        public static Int128 Abs(Int128 value) => IsNegative(value) ? checked(-value) : value;
        public static Int128 operator /(Int128 left, Int128 right)
        {
            if (right == Zero) throw new DivideByZeroException();
            if (right == NegativeOne && left == MinValue) throw new OverflowException();
            bool neg = IsNegative(left) != IsNegative(right);
            UInt128 q = (UInt128)(IsNegative(left) ? -left : left) / (UInt128)(IsNegative(right) ? -right : right);
            Int128 r = (Int128)q;
            return neg ? -r : r;
        }
        public static Int128 operator checked /(Int128 left, Int128 right) => left / right;
        public static Int128 operator %(Int128 left, Int128 right)
        {
            if (right == Zero) throw new DivideByZeroException();
            if (right == NegativeOne) { if (left == MinValue) throw new OverflowException(); return Zero; }
            UInt128 r = (UInt128)(IsNegative(left) ? -left : left) % (UInt128)(IsNegative(right) ? -right : right);
            return IsNegative(left) ? -(Int128)r : (Int128)r;
        }
        public static bool operator <(Int128 left, Int128 right) => (long)left._upper < (long)right._upper || (left._upper == right._upper && left._lower < right._lower);
        public static bool operator >(Int128 left, Int128 right) => right < left;
        public static bool operator <=(Int128 left, Int128 right) => !(right < left);
        public static bool operator >=(Int128 left, Int128 right) => !(left < right);
        public static bool operator ==(Int128 left, Int128 right) => left._lower == right._lower && left._upper == right._upper;
        public static bool operator !=(Int128 left, Int128 right) => !(left == right);

        public override bool Equals(object obj) => obj is Int128 o && this == o;
        public bool Equals(Int128 other) => this == other;
        public override int GetHashCode() => HashCode.Combine(_lower, _upper);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int128 o) return CompareTo(o);
            throw new ArgumentException(SR.Format(SR.Arg_MustBeType_Generic, "Int128"));
        }
        public int CompareTo(Int128 value) => this < value ? -1 : this > value ? 1 : 0;

        public static Int128 Max(Int128 x, Int128 y) => x >= y ? x : y;
        public static Int128 Min(Int128 x, Int128 y) => x <= y ? x : y;

        public override string ToString() => ToString(null, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider provider)
        {
            char f = string.IsNullOrEmpty(format) ? 'G' : format[0];
            if (f == 'X' || f == 'x')
            {
                int digits = format.Length > 1 ? int.Parse(format.Substring(1)) : 0;
                string hex = _upper != 0 ? _upper.ToString(f == 'X' ? "X" : "x") + _lower.ToString(f == 'X' ? "X16" : "x16") : _lower.ToString(f == 'X' ? "X" : "x");
                return hex.PadLeft(digits, '0');
            }
            bool neg = IsNegative(this); UInt128 mag = neg ? (UInt128)(-(this + One)) + UInt128.One : (UInt128)this;
            string s = UInt128.ToDecimal(mag);
            if (format != null && format.Length > 1 && (f == 'D' || f == 'd')) s = s.PadLeft(int.Parse(format.Substring(1)), '0');
            return neg ? "-" + s : s;
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.ToString(), provider);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }

        public static Int128 Parse(string s) => Parse(s, System.Globalization.NumberStyles.Integer, null);
        public static Int128 Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static Int128 Parse(string s, IFormatProvider provider) => Parse(s, System.Globalization.NumberStyles.Integer, provider);
        public static Int128 Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            if (!TryParse(s, style, provider, out Int128 r)) throw new FormatException(SR.Format(SR.Format_InvalidStringWithValue, s));
            return r;
        }
        public static bool TryParse(string s, out Int128 result) => TryParse(s, System.Globalization.NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out Int128 result)
        {
            result = default;
            if (s == null) return false;
            string t = s.Trim();
            bool neg = false;
            int i = 0;
            if (t.Length > 0 && (t[0] == '-' || t[0] == '+')) { neg = t[0] == '-'; i = 1; }
            if (i >= t.Length) return false;
            UInt128 acc = UInt128.Zero;
            for (; i < t.Length; i++)
            {
                uint d = (uint)(t[i] - '0');
                if (d > 9) return false;
                acc = acc * (UInt128)10UL + (UInt128)(ulong)d;
            }
            result = neg ? -(Int128)acc : (Int128)acc; return true;
        }

        public static implicit operator Int128(byte value) => new Int128(0, value);
        public static implicit operator Int128(char value) => new Int128(0, value);
        public static implicit operator Int128(short value) { long v = value; return new Int128((ulong)(v >> 63), (ulong)v); }
        public static implicit operator Int128(int value) { long v = value; return new Int128((ulong)(v >> 63), (ulong)v); }
        public static implicit operator Int128(long value) { long v = value; return new Int128((ulong)(v >> 63), (ulong)v); }
        public static implicit operator Int128(nint value) { long v = value; return new Int128((ulong)(v >> 63), (ulong)v); }
        public static implicit operator Int128(sbyte value) { long v = value; return new Int128((ulong)(v >> 63), (ulong)v); }
        public static implicit operator Int128(ushort value) => new Int128(0, value);
        public static implicit operator Int128(uint value) => new Int128(0, value);
        public static implicit operator Int128(ulong value) => new Int128(0, value);
        public static implicit operator Int128(nuint value) => new Int128(0, value);
        public static explicit operator byte(Int128 value) => (byte)value._lower;
        public static explicit operator checked byte(Int128 value) { if (value < (byte.MinValue) || value > (byte.MaxValue)) throw new OverflowException(); return (byte)value._lower; }
        public static explicit operator char(Int128 value) => (char)value._lower;
        public static explicit operator checked char(Int128 value) { if (value < (char.MinValue) || value > (char.MaxValue)) throw new OverflowException(); return (char)value._lower; }
        public static explicit operator short(Int128 value) => (short)value._lower;
        public static explicit operator checked short(Int128 value) { if (value < (short.MinValue) || value > (short.MaxValue)) throw new OverflowException(); return (short)value._lower; }
        public static explicit operator int(Int128 value) => (int)value._lower;
        public static explicit operator checked int(Int128 value) { if (value < (int.MinValue) || value > (int.MaxValue)) throw new OverflowException(); return (int)value._lower; }
        public static explicit operator long(Int128 value) => (long)value._lower;
        public static explicit operator checked long(Int128 value) { if (value < (long.MinValue) || value > (long.MaxValue)) throw new OverflowException(); return (long)value._lower; }
        public static explicit operator nint(Int128 value) => (nint)value._lower;
        public static explicit operator checked nint(Int128 value) { if (value < (nint.MinValue) || value > (nint.MaxValue)) throw new OverflowException(); return (nint)value._lower; }
        public static explicit operator sbyte(Int128 value) => (sbyte)value._lower;
        public static explicit operator checked sbyte(Int128 value) { if (value < (sbyte.MinValue) || value > (sbyte.MaxValue)) throw new OverflowException(); return (sbyte)value._lower; }
        public static explicit operator ushort(Int128 value) => (ushort)value._lower;
        public static explicit operator checked ushort(Int128 value) { if (value < (ushort.MinValue) || value > (ushort.MaxValue)) throw new OverflowException(); return (ushort)value._lower; }
        public static explicit operator uint(Int128 value) => (uint)value._lower;
        public static explicit operator checked uint(Int128 value) { if (value < (uint.MinValue) || value > (uint.MaxValue)) throw new OverflowException(); return (uint)value._lower; }
        public static explicit operator ulong(Int128 value) => (ulong)value._lower;
        public static explicit operator checked ulong(Int128 value) { if (value < (ulong.MinValue) || value > (ulong.MaxValue)) throw new OverflowException(); return (ulong)value._lower; }
        public static explicit operator nuint(Int128 value) => (nuint)value._lower;
        public static explicit operator checked nuint(Int128 value) { if (value < (nuint.MinValue) || value > (nuint.MaxValue)) throw new OverflowException(); return (nuint)value._lower; }
        public static explicit operator UInt128(Int128 value) => new UInt128(value._upper, value._lower);
        public static explicit operator checked UInt128(Int128 value) { if (IsNegative(value)) throw new OverflowException(); return new UInt128(value._upper, value._lower); }
        public static explicit operator double(Int128 value) => IsNegative(value) ? -(double)(UInt128)(-value) : (double)(UInt128)value;
        public static explicit operator float(Int128 value) => (float)(double)value; // CoreCLR rounds through double
        public static explicit operator Int128(double value) { if (value < 0) return -(Int128)(UInt128)(-value); return (Int128)(UInt128)value; }
        public static explicit operator checked Int128(double value) { if (!(value >= -1.7014118346046923E+38 && value < 1.7014118346046923E+38)) throw new OverflowException(); return (Int128)value; }
        public static explicit operator Int128(float value) => (Int128)(double)value;
        public static explicit operator checked Int128(float value) => checked((Int128)(double)value);
    }

    /// <summary>UInt128: two ulongs (_lower, _upper; little-endian order). The host gives System.Int128/UInt128
    /// 16-byte alignment (CoreCLR's x64 rule since .NET 8).</summary>
    [Serializable]
    public readonly struct UInt128 : IComparable, IComparable<UInt128>, IEquatable<UInt128>, IFormattable, ISpanFormattable
    {
        private readonly ulong _lower;
        private readonly ulong _upper;

        public UInt128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        internal ulong Lower => _lower;
        internal ulong Upper => _upper;

        public static UInt128 MinValue => new UInt128(0, 0);
        public static UInt128 MaxValue => new UInt128(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);
        public static UInt128 Zero => default;
        public static UInt128 One => new UInt128(0, 1);

        public static UInt128 operator +(UInt128 left, UInt128 right)
        {
            ulong lower = left._lower + right._lower;
            ulong carry = lower < left._lower ? 1UL : 0UL;
            return new UInt128(left._upper + right._upper + carry, lower);
        }
        public static UInt128 operator checked +(UInt128 left, UInt128 right)
        {
            UInt128 r = left + right;
            if (r < left) throw new OverflowException();
            return r;
        }
        public static UInt128 operator -(UInt128 left, UInt128 right)
        {
            ulong lower = left._lower - right._lower;
            ulong borrow = lower > left._lower ? 1UL : 0UL;
            return new UInt128(left._upper - right._upper - borrow, lower);
        }
        public static UInt128 operator checked -(UInt128 left, UInt128 right)
        {
            UInt128 r = left - right;
            if (r > left) throw new OverflowException();
            return r;
        }
        public static UInt128 operator *(UInt128 left, UInt128 right)
        {
            ulong upper = Math.BigMul(left._lower, right._lower, out ulong lower);
            upper += (left._upper * right._lower) + (left._lower * right._upper);
            return new UInt128(upper, lower);
        }
        public static UInt128 operator checked *(UInt128 left, UInt128 right)
        {
            UInt128 r = left * right;
            if (left != Zero && (r / left != right)) throw new OverflowException();
            return r;
        }
        public static UInt128 operator ++(UInt128 value) => value + One;
        public static UInt128 operator --(UInt128 value) => value - One;
        public static UInt128 operator checked ++(UInt128 value) => checked(value + One);
        public static UInt128 operator checked --(UInt128 value) => checked(value - One);
        public static UInt128 operator +(UInt128 value) => value;
        public static UInt128 operator -(UInt128 value) => Zero - value;
        public static UInt128 operator checked -(UInt128 value) => value == Zero ? value : throw new OverflowException();
        public static UInt128 operator ~(UInt128 value) => new UInt128(~value._upper, ~value._lower);
        public static UInt128 operator &(UInt128 left, UInt128 right) => new UInt128(left._upper & right._upper, left._lower & right._lower);
        public static UInt128 operator |(UInt128 left, UInt128 right) => new UInt128(left._upper | right._upper, left._lower | right._lower);
        public static UInt128 operator ^(UInt128 left, UInt128 right) => new UInt128(left._upper ^ right._upper, left._lower ^ right._lower);
        public static UInt128 operator <<(UInt128 value, int shiftAmount)
        {
            shiftAmount &= 0x7F;
            if ((shiftAmount & 0x40) != 0) return new UInt128(value._lower << shiftAmount, 0);
            if (shiftAmount != 0) return new UInt128((value._upper << shiftAmount) | (value._lower >> (64 - shiftAmount)), value._lower << shiftAmount);
            return value;
        }
        public static UInt128 operator >>>(UInt128 value, int shiftAmount)
        {
            shiftAmount &= 0x7F;
            if ((shiftAmount & 0x40) != 0) return new UInt128(0, value._upper >> shiftAmount);
            if (shiftAmount != 0) return new UInt128(value._upper >> shiftAmount, (value._lower >> shiftAmount) | (value._upper << (64 - shiftAmount)));
            return value;
        }
        public static UInt128 operator >>(UInt128 value, int shiftAmount) => value >>> shiftAmount;
        public static UInt128 operator /(UInt128 left, UInt128 right) { DivRem(left, right, out UInt128 q, out _); return q; }
        public static UInt128 operator checked /(UInt128 left, UInt128 right) => left / right;
        public static UInt128 operator %(UInt128 left, UInt128 right) { DivRem(left, right, out _, out UInt128 r); return r; }
        internal static void DivRem(UInt128 left, UInt128 right, out UInt128 quotient, out UInt128 remainder)
        {
            if (right == Zero) throw new DivideByZeroException();
            if (right._upper == 0 && left._upper == 0) { quotient = new UInt128(0, left._lower / right._lower); remainder = new UInt128(0, left._lower % right._lower); return; }
            UInt128 q = Zero, r = Zero;
            for (int i = 127; i >= 0; i--)
            {
                r = (r << 1) | ((left >>> i) & One);
                if (r >= right) { r -= right; q |= One << i; }
            }
            quotient = q; remainder = r;
        }
        public static bool operator <(UInt128 left, UInt128 right) => left._upper < right._upper || (left._upper == right._upper && left._lower < right._lower);
        public static bool operator >(UInt128 left, UInt128 right) => right < left;
        public static bool operator <=(UInt128 left, UInt128 right) => !(right < left);
        public static bool operator >=(UInt128 left, UInt128 right) => !(left < right);
        public static bool operator ==(UInt128 left, UInt128 right) => left._lower == right._lower && left._upper == right._upper;
        public static bool operator !=(UInt128 left, UInt128 right) => !(left == right);

        public override bool Equals(object obj) => obj is UInt128 o && this == o;
        public bool Equals(UInt128 other) => this == other;
        public override int GetHashCode() => HashCode.Combine(_lower, _upper);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt128 o) return CompareTo(o);
            throw new ArgumentException(SR.Format(SR.Arg_MustBeType_Generic, "UInt128"));
        }
        public int CompareTo(UInt128 value) => this < value ? -1 : this > value ? 1 : 0;

        public static UInt128 Max(UInt128 x, UInt128 y) => x >= y ? x : y;
        public static UInt128 Min(UInt128 x, UInt128 y) => x <= y ? x : y;

        public override string ToString() => ToString(null, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider provider)
        {
            char f = string.IsNullOrEmpty(format) ? 'G' : format[0];
            if (f == 'X' || f == 'x')
            {
                int digits = format.Length > 1 ? int.Parse(format.Substring(1)) : 0;
                string hex = _upper != 0 ? _upper.ToString(f == 'X' ? "X" : "x") + _lower.ToString(f == 'X' ? "X16" : "x16") : _lower.ToString(f == 'X' ? "X" : "x");
                return hex.PadLeft(digits, '0');
            }
            bool neg = false; UInt128 mag = this;
            string s = UInt128.ToDecimal(mag);
            if (format != null && format.Length > 1 && (f == 'D' || f == 'd')) s = s.PadLeft(int.Parse(format.Substring(1)), '0');
            return neg ? "-" + s : s;
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.ToString(), provider);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }

        public static UInt128 Parse(string s) => Parse(s, System.Globalization.NumberStyles.Integer, null);
        public static UInt128 Parse(string s, System.Globalization.NumberStyles style) => Parse(s, style, null);
        public static UInt128 Parse(string s, IFormatProvider provider) => Parse(s, System.Globalization.NumberStyles.Integer, provider);
        public static UInt128 Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            if (!TryParse(s, style, provider, out UInt128 r)) throw new FormatException(SR.Format(SR.Format_InvalidStringWithValue, s));
            return r;
        }
        public static bool TryParse(string s, out UInt128 result) => TryParse(s, System.Globalization.NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out UInt128 result)
        {
            result = default;
            if (s == null) return false;
            string t = s.Trim();
            bool neg = false;
            int i = 0;
            if (t.Length > 0 && (t[0] == '-' || t[0] == '+')) { neg = t[0] == '-'; i = 1; }
            if (i >= t.Length) return false;
            UInt128 acc = UInt128.Zero;
            for (; i < t.Length; i++)
            {
                uint d = (uint)(t[i] - '0');
                if (d > 9) return false;
                acc = acc * (UInt128)10UL + (UInt128)(ulong)d;
            }
            if (neg && acc != Zero) return false; result = acc; return true;
        }

        public static implicit operator UInt128(byte value) => new UInt128(0, value);
        public static implicit operator UInt128(char value) => new UInt128(0, value);
        public static implicit operator UInt128(ushort value) => new UInt128(0, value);
        public static implicit operator UInt128(uint value) => new UInt128(0, value);
        public static implicit operator UInt128(ulong value) => new UInt128(0, value);
        public static implicit operator UInt128(nuint value) => new UInt128(0, value);
        public static explicit operator UInt128(short value) { long v = value; return new UInt128((ulong)(v >> 63), (ulong)v); }
        public static explicit operator checked UInt128(short value) { if (value < 0) throw new OverflowException(); return new UInt128(0, (ulong)value); }
        public static explicit operator UInt128(int value) { long v = value; return new UInt128((ulong)(v >> 63), (ulong)v); }
        public static explicit operator checked UInt128(int value) { if (value < 0) throw new OverflowException(); return new UInt128(0, (ulong)value); }
        public static explicit operator UInt128(long value) { long v = value; return new UInt128((ulong)(v >> 63), (ulong)v); }
        public static explicit operator checked UInt128(long value) { if (value < 0) throw new OverflowException(); return new UInt128(0, (ulong)value); }
        public static explicit operator UInt128(nint value) { long v = value; return new UInt128((ulong)(v >> 63), (ulong)v); }
        public static explicit operator checked UInt128(nint value) { if (value < 0) throw new OverflowException(); return new UInt128(0, (ulong)value); }
        public static explicit operator UInt128(sbyte value) { long v = value; return new UInt128((ulong)(v >> 63), (ulong)v); }
        public static explicit operator checked UInt128(sbyte value) { if (value < 0) throw new OverflowException(); return new UInt128(0, (ulong)value); }
        public static explicit operator byte(UInt128 value) => (byte)value._lower;
        public static explicit operator checked byte(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)byte.MaxValue) throw new OverflowException(); return (byte)value._lower; }
        public static explicit operator char(UInt128 value) => (char)value._lower;
        public static explicit operator checked char(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)char.MaxValue) throw new OverflowException(); return (char)value._lower; }
        public static explicit operator short(UInt128 value) => (short)value._lower;
        public static explicit operator checked short(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)short.MaxValue) throw new OverflowException(); return (short)value._lower; }
        public static explicit operator int(UInt128 value) => (int)value._lower;
        public static explicit operator checked int(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)int.MaxValue) throw new OverflowException(); return (int)value._lower; }
        public static explicit operator long(UInt128 value) => (long)value._lower;
        public static explicit operator checked long(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)long.MaxValue) throw new OverflowException(); return (long)value._lower; }
        public static explicit operator nint(UInt128 value) => (nint)value._lower;
        public static explicit operator checked nint(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)nint.MaxValue) throw new OverflowException(); return (nint)value._lower; }
        public static explicit operator sbyte(UInt128 value) => (sbyte)value._lower;
        public static explicit operator checked sbyte(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)sbyte.MaxValue) throw new OverflowException(); return (sbyte)value._lower; }
        public static explicit operator ushort(UInt128 value) => (ushort)value._lower;
        public static explicit operator checked ushort(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)ushort.MaxValue) throw new OverflowException(); return (ushort)value._lower; }
        public static explicit operator uint(UInt128 value) => (uint)value._lower;
        public static explicit operator checked uint(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)uint.MaxValue) throw new OverflowException(); return (uint)value._lower; }
        public static explicit operator ulong(UInt128 value) => (ulong)value._lower;
        public static explicit operator checked ulong(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)ulong.MaxValue) throw new OverflowException(); return (ulong)value._lower; }
        public static explicit operator nuint(UInt128 value) => (nuint)value._lower;
        public static explicit operator checked nuint(UInt128 value) { if (value._upper != 0 || value._lower > (ulong)nuint.MaxValue) throw new OverflowException(); return (nuint)value._lower; }
        public static explicit operator Int128(UInt128 value) => new Int128(value._upper, value._lower);
        public static explicit operator checked Int128(UInt128 value) { if ((long)value._upper < 0) throw new OverflowException(); return new Int128(value._upper, value._lower); }
        public static explicit operator double(UInt128 value)
        {
            if (value._upper == 0) return value._lower;
            // take the top 64 bits, fold the dropped bits into a sticky bit, convert once, then scale exactly
            int lz = System.Numerics.BitOperations.LeadingZeroCount(value._upper);
            int shift = 64 - lz;
            UInt128 top = value >>> shift;
            bool sticky = (value & ((One << shift) - One)) != Zero;
            ulong t = top._lower | (sticky ? 1UL : 0UL);
            return (double)t * BitConverter.Int64BitsToDouble((long)(1023 + shift) << 52);
        }
        public static explicit operator float(UInt128 value) => (float)(double)value; // CoreCLR rounds through double
        public static explicit operator UInt128(double value) { if (!(value >= 1)) return Zero; if (value < 18446744073709551616.0) return new UInt128(0, (ulong)value); double hi = Math.Floor(value / 18446744073709551616.0); return new UInt128((ulong)hi, (ulong)(value - hi * 18446744073709551616.0)); }
        public static explicit operator checked UInt128(double value) { if (!(value > -1.0 && value < 3.4028236692093846E+38)) throw new OverflowException(); return (UInt128)value; }
        public static explicit operator UInt128(float value) => (UInt128)(double)value;
        public static explicit operator checked UInt128(float value) => checked((UInt128)(double)value);
        internal static string ToDecimal(UInt128 v)
        {
            if (v._upper == 0) return v._lower.ToString();
            var parts = new System.Collections.Generic.List<ulong>();
            UInt128 ten19 = new UInt128(0, 10000000000000000000UL);
            while (v._upper != 0 || v._lower >= 10000000000000000000UL) { DivRem(v, ten19, out UInt128 q, out UInt128 r); parts.Add(r._lower); v = q; }
            var sb = new ValueStringBuilder(40);
            sb.AppendUInt(v._lower, 0);
            for (int i = parts.Count - 1; i >= 0; i--) sb.AppendUInt(parts[i], 19);
            return sb.ToString();
        }
    }

}
