using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Decimal: layout int _flags (sign bit 31, scale in bits 16-23), uint _hi32, ulong _lo64. Arithmetic is exact
    /// big-integer arithmetic followed by CoreCLR's result rules (scale alignment, round half to even when a result
    /// must lose digits, division extends the scale until exact or full). This file avoids the 'decimal' keyword so
    /// difftest can compile it next to the BCL's decimal.</summary>
    [Serializable]
    public readonly partial struct Decimal : IComparable, IComparable<Decimal>, IEquatable<Decimal>, IFormattable, ISpanFormattable
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;
        private const int MaxScale = 28;

        [DecimalConstant(0, 0, uint.MaxValue, uint.MaxValue, uint.MaxValue)]
        public static readonly Decimal MaxValue = new Decimal(-1, -1, -1, false, 0);
        [DecimalConstant(0, 255, uint.MaxValue, uint.MaxValue, uint.MaxValue)]
        public static readonly Decimal MinValue = new Decimal(-1, -1, -1, true, 0);
        public static readonly Decimal Zero = new Decimal(0);
        public static readonly Decimal One = new Decimal(1);
        public static readonly Decimal MinusOne = new Decimal(-1);

        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;

        public Decimal(int value) { _flags = value < 0 ? SignMask : 0; _hi32 = 0; _lo64 = value < 0 ? (ulong)(-(long)value) : (ulong)value; }
        public Decimal(uint value) { _flags = 0; _hi32 = 0; _lo64 = value; }
        public Decimal(long value) { _flags = value < 0 ? SignMask : 0; _hi32 = 0; _lo64 = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value; }
        public Decimal(ulong value) { _flags = 0; _hi32 = 0; _lo64 = value; }
        public Decimal(float value) { this = FromDouble(value, 7); }
        public Decimal(double value) { this = FromDouble(value, 15); }
        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > MaxScale) throw new ArgumentOutOfRangeException(nameof(scale), "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo64 = (uint)lo | ((ulong)(uint)mid << 32);
            _hi32 = (uint)hi;
            _flags = (scale << ScaleShift) | (isNegative ? SignMask : 0);
        }
        public Decimal(int[] bits) : this(new ReadOnlySpan<int>(bits ?? throw new ArgumentNullException(nameof(bits)))) { }
        public Decimal(ReadOnlySpan<int> bits)
        {
            if (bits.Length != 4) throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            int f = bits[3];
            if ((f & ~(SignMask | (0xFF << ScaleShift))) != 0 || ((f >> ScaleShift) & 0xFF) > MaxScale)
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            _lo64 = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            _hi32 = (uint)bits[2];
            _flags = f;
        }
        private Decimal(int flags, uint hi, ulong lo) { _flags = flags; _hi32 = hi; _lo64 = lo; }

        internal int Scale => (_flags >> ScaleShift) & 0xFF;
        internal bool IsNeg => _flags < 0;
        private bool IsZeroValue => _lo64 == 0 && _hi32 == 0;

        // ---- big-integer bridge ----
        private Number.BigInt Mantissa()
        {
            var m = Number.BigInt.FromULong(_hi32);
            m.ShiftLeft(64);
            var lo = Number.BigInt.FromULong(_lo64);
            m.Add(lo);
            return m;
        }

        private static Number.BigInt Pow10(int n) { var p = Number.BigInt.FromULong(1); p.MulPow10(n); return p; }
        private static readonly Number.BigInt s_two96 = MakeTwo96();
        private static Number.BigInt MakeTwo96() { var t = Number.BigInt.FromULong(1); t.ShiftLeft(96); return t; }

        /// <summary>Builds a decimal from an exact (neg, m, scale), dropping digits with round-half-even while the value does
        /// not fit 96 bits or the scale exceeds 28; OverflowException if the integer part does not fit.</summary>
        private static Decimal FromExact(bool neg, Number.BigInt m, int scale)
        {
            if (scale < 0) { m.MulPow10(-scale); scale = 0; }
            int k = scale > MaxScale ? scale - MaxScale : 0;
            while (true)
            {
                var q = m.Clone();
                Number.BigInt r = null;
                if (k > 0)
                {
                    var d = Pow10(k);
                    var qq = q.DivRem(d); // q now holds the remainder
                    r = q; q = qq;
                    var twice = r.Clone(); twice.ShiftLeft(1);
                    int c = Number.BigInt.Compare(twice, d);
                    if (c > 0 || (c == 0 && q.GetBit(0))) q.AddSmall(1);
                }
                if (Number.BigInt.Compare(q, s_two96) < 0)
                {
                    return Make(neg, q, scale - k);
                }
                k++;
                if (scale - k < 0) throw new OverflowException(SR.Overflow_Decimal);
            }
        }

        private static Decimal Make(bool neg, Number.BigInt q, int scale)
        {
            ulong lo = q.GetBits64(0), hi = q.GetBits64(64);
            return new Decimal((scale << ScaleShift) | (neg && (lo | hi) != 0 ? SignMask : 0), (uint)hi, lo);
        }

        private static void Align(Decimal a, Decimal b, out Number.BigInt ma, out Number.BigInt mb, out int scale)
        {
            ma = a.Mantissa(); mb = b.Mantissa();
            int sa = a.Scale, sb = b.Scale;
            scale = Math.Max(sa, sb);
            if (sa < scale) ma.MulPow10(scale - sa);
            if (sb < scale) mb.MulPow10(scale - sb);
        }

        public static Decimal Add(Decimal d1, Decimal d2)
        {
            Align(d1, d2, out var a, out var b, out int scale);
            if (d1.IsNeg == d2.IsNeg) { a.Add(b); return FromExact(d1.IsNeg, a, scale); }
            int c = Number.BigInt.Compare(a, b);
            if (c >= 0) { a.Sub(b); return FromExact(d1.IsNeg, a, scale); }
            b.Sub(a);
            return FromExact(d2.IsNeg, b, scale);
        }

        public static Decimal Subtract(Decimal d1, Decimal d2) => Add(d1, Negate(d2));

        public static Decimal Multiply(Decimal d1, Decimal d2)
        {
            var a = d1.Mantissa(); var b = d2.Mantissa();
            var p = new Number.BigInt(8);
            // schoolbook multiply via repeated shift-add over b's limbs
            for (int i = b._len - 1; i >= 0; i--)
            {
                p.ShiftLeft(32);
                var t = a.Clone(); t.MulSmall(b._b[i]);
                p.Add(t);
            }
            bool neg = d1.IsNeg != d2.IsNeg;
            bool small = d1._hi32 == 0 && (d1._lo64 >> 32) == 0 && d2._hi32 == 0 && (d2._lo64 >> 32) == 0;
            int scale = d1.Scale + d2.Scale;
            // CoreCLR: a 32x32-bit product keeps sign and scale even when zero; wider products that are zero give +0, scale 0
            if (p.IsZero) return small ? new Decimal((Math.Min(scale, MaxScale) << ScaleShift) | (neg ? SignMask : 0), 0, 0) : default;
            Decimal r = FromExact(neg, p, scale);
            return small && neg && r.IsZeroValue ? new Decimal(r._flags | SignMask, 0, 0) : r;
        }

        public static Decimal Divide(Decimal d1, Decimal d2)
        {
            if (d2.IsZeroValue) throw new DivideByZeroException();
            bool neg = d1.IsNeg != d2.IsNeg;
            var a = d1.Mantissa(); var b = d2.Mantissa();
            int scale = d1.Scale - d2.Scale;
            if (scale < 0) { a.MulPow10(-scale); scale = 0; }
            int naturalScale = scale;
            var q = a.DivRem(b); // a = remainder
            if (Number.BigInt.Compare(q, s_two96) >= 0) throw new OverflowException(SR.Overflow_Decimal);
            if (q.IsZero && a.IsZero) return new Decimal((scale << ScaleShift) | (neg ? SignMask : 0), 0, 0); // 0 / x: signed zero at the natural scale
            while (!a.IsZero && scale < MaxScale)
            {
                var q10 = q.Clone(); q10.MulSmall(10);
                var r10 = a.Clone(); r10.MulSmall(10);
                var digit = r10.DivRem(b);
                q10.Add(digit);
                if (Number.BigInt.Compare(q10, s_two96) >= 0) break;
                q = q10; a = r10; scale++;
            }
            if (!a.IsZero)
            {
                var twice = a.Clone(); twice.ShiftLeft(1);
                int c = Number.BigInt.Compare(twice, b);
                if (c > 0 || (c == 0 && q.GetBit(0))) q.AddSmall(1);
                if (Number.BigInt.Compare(q, s_two96) >= 0) return FromExact(neg, q, scale);
                if (q.IsZero) return new Decimal(neg ? SignMask : 0, 0, 0); // CoreCLR: signed zero, scale 0
            }
            // digits added beyond the natural scale lose their trailing zeros (10m/4m is 2.5, 1.00m/2m stays 0.50)
            while (scale > naturalScale && !q.IsZero)
            {
                var t = q.Clone();
                if (t.DivRemSmall(10) != 0) break;
                q = t; scale--;
            }
            return Make(neg, q, scale);
        }

        public static Decimal Remainder(Decimal d1, Decimal d2)
        {
            if (d2.IsZeroValue) throw new DivideByZeroException();
            if (Compare(Abs(d1), Abs(d2)) < 0) return d1;
            Align(d1, d2, out var a, out var b, out int scale);
            a.DivRem(b); // a = remainder
            Decimal r = FromExact(d1.IsNeg, a, scale);
            return a.IsZero ? new Decimal((scale << ScaleShift) | (d1.IsNeg ? SignMask : 0), 0, 0) : r; // a zero remainder keeps the dividend's sign
        }

        public static Decimal Negate(Decimal d) => new Decimal(d._flags ^ SignMask, d._hi32, d._lo64);
        public static Decimal Abs(Decimal d) => new Decimal(d._flags & ~SignMask, d._hi32, d._lo64);
        public static int Compare(Decimal d1, Decimal d2)
        {
            bool z1 = d1.IsZeroValue, z2 = d2.IsZeroValue;
            if (z1 && z2) return 0;
            bool n1 = d1.IsNeg && !z1, n2 = d2.IsNeg && !z2;
            if (n1 != n2) return n1 ? -1 : 1;
            Align(d1, d2, out var a, out var b, out _);
            int c = Number.BigInt.Compare(a, b);
            return n1 ? -c : c;
        }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Decimal d)) throw new ArgumentException("Object must be of type Decimal.");
            return Compare(this, d);
        }
        public int CompareTo(Decimal value) => Compare(this, value);
        public override bool Equals(object value) => value is Decimal d && Compare(this, d) == 0;
        public bool Equals(Decimal value) => Compare(this, value) == 0;
        public static bool Equals(Decimal d1, Decimal d2) => Compare(d1, d2) == 0;
        public override int GetHashCode() => ((double)this).GetHashCode();

        public static Decimal operator +(Decimal d) => d;
        public static Decimal operator -(Decimal d) => Negate(d);
        public static Decimal operator ++(Decimal d) => Add(d, One);
        public static Decimal operator --(Decimal d) => Subtract(d, One);
        public static Decimal operator +(Decimal d1, Decimal d2) => Add(d1, d2);
        public static Decimal operator -(Decimal d1, Decimal d2) => Subtract(d1, d2);
        public static Decimal operator *(Decimal d1, Decimal d2) => Multiply(d1, d2);
        public static Decimal operator /(Decimal d1, Decimal d2) => Divide(d1, d2);
        public static Decimal operator %(Decimal d1, Decimal d2) => Remainder(d1, d2);
        public static bool operator ==(Decimal d1, Decimal d2) => Compare(d1, d2) == 0;
        public static bool operator !=(Decimal d1, Decimal d2) => Compare(d1, d2) != 0;
        public static bool operator <(Decimal d1, Decimal d2) => Compare(d1, d2) < 0;
        public static bool operator <=(Decimal d1, Decimal d2) => Compare(d1, d2) <= 0;
        public static bool operator >(Decimal d1, Decimal d2) => Compare(d1, d2) > 0;
        public static bool operator >=(Decimal d1, Decimal d2) => Compare(d1, d2) >= 0;

        public static Decimal Max(Decimal x, Decimal y) => Compare(x, y) >= 0 ? x : y;
        public static Decimal Min(Decimal x, Decimal y) => Compare(x, y) < 0 ? x : y; // equal: y (CoreCLR; Max returns x)
        public static Decimal Clamp(Decimal value, Decimal min, Decimal max)
        {
            if (min > max) throw new ArgumentException(SR.Format(SR.Argument_MinMaxValue, min, max));
            return value < min ? min : value > max ? max : value;
        }
        public static int Sign(Decimal d) => d.IsZeroValue ? 0 : d.IsNeg ? -1 : 1;
        public static bool IsNegative(Decimal value) => value.IsNeg;
        public static bool IsPositive(Decimal value) => !value.IsNeg;
        public static bool IsInteger(Decimal value) => value == Truncate(value);
        public static bool IsEvenInteger(Decimal value) => IsInteger(value) && Remainder(value, new Decimal(2)).IsZeroValue;
        public static bool IsOddInteger(Decimal value) => IsInteger(value) && !Remainder(value, new Decimal(2)).IsZeroValue;
        /// <summary>No representation with a smaller scale exists: scale 0, or a mantissa not divisible by 10
        /// (2^64 = 6 mod 10).</summary>
        public static bool IsCanonical(Decimal value) => value.Scale == 0 || ((ulong)(value._hi32 % 10) * 6 + value._lo64 % 10) % 10 != 0;
        public static Decimal CopySign(Decimal value, Decimal sign) => new Decimal((value._flags & ~SignMask) | (sign._flags & SignMask), value._hi32, value._lo64);
        public static Decimal MaxMagnitude(Decimal x, Decimal y) { int c = Compare(Abs(x), Abs(y)); return c > 0 ? x : c < 0 ? y : (IsNegative(x) ? y : x); }
        public static Decimal MinMagnitude(Decimal x, Decimal y) { int c = Compare(Abs(x), Abs(y)); return c < 0 ? x : c > 0 ? y : (IsNegative(x) ? x : y); }

        // ---- rounding ----
        public static Decimal Round(Decimal d) => Round(d, 0, MidpointRounding.ToEven);
        public static Decimal Round(Decimal d, int decimals) => Round(d, decimals, MidpointRounding.ToEven);
        public static Decimal Round(Decimal d, MidpointRounding mode) => Round(d, 0, mode);
        public static Decimal Round(Decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > MaxScale) throw new ArgumentOutOfRangeException(nameof(decimals), SR.ArgumentOutOfRange_DecimalRound);
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity) throw new ArgumentException(SR.Format(SR.Argument_InvalidEnumValue, mode, nameof(MidpointRounding)), nameof(mode));
            int scale = d.Scale;
            if (decimals >= scale) return d;
            int k = scale - decimals;
            var m = d.Mantissa();
            var div = Pow10(k);
            var q = m.DivRem(div); // m = remainder
            if (!m.IsZero)
            {
                var twice = m.Clone(); twice.ShiftLeft(1);
                int c = Number.BigInt.Compare(twice, div);
                bool up = mode switch
                {
                    MidpointRounding.ToEven => c > 0 || (c == 0 && q.GetBit(0)),
                    MidpointRounding.AwayFromZero => c >= 0,
                    MidpointRounding.ToZero => false,
                    MidpointRounding.ToNegativeInfinity => d.IsNeg,
                    _ => !d.IsNeg,
                };
                if (up) q.AddSmall(1);
            }
            ulong lo = q.GetBits64(0), hi = q.GetBits64(64);
            return new Decimal((decimals << ScaleShift) | (d.IsNeg ? SignMask : 0), (uint)hi, lo); // CoreCLR keeps the sign of a zero result
        }
        public static Decimal Truncate(Decimal d) => Round(d, 0, MidpointRounding.ToZero);
        public static Decimal Floor(Decimal d) => Round(d, 0, MidpointRounding.ToNegativeInfinity);
        public static Decimal Ceiling(Decimal d) => Round(d, 0, MidpointRounding.ToPositiveInfinity);

        // ---- conversions ----
        /// <summary>double/float -> decimal the way CoreCLR does it: scale by a power of ten in double arithmetic to a
        /// 15-digit (float: 7-digit) integer, round half to even, then factor out trailing zeros (at most 14 / 6).</summary>
        private static Decimal FromDouble(double value, int digits)
        {
            bool isFloat = digits == 7;
            if (double.IsNaN(value) || double.IsInfinity(value)) throw new OverflowException(SR.Overflow_Decimal);
            if (value == 0) return default;
            int biased = isFloat ? (BitConverter.SingleToInt32Bits((float)value) >> 23) & 0xFF : (int)((BitConverter.DoubleToInt64Bits(value) >> 52) & 0x7FF);
            int exp = biased - (isFloat ? 126 : 1022);
            if (exp < -94) return default;
            if (exp > 96) throw new OverflowException(SR.Overflow_Decimal);
            bool neg = value < 0;
            double dbl = Math.Abs(value);
            int power = (isFloat ? 6 : 14) - ((exp * 19728) >> 16);
            double limit = isFloat ? 1E7 : 1E15, lower = isFloat ? 1E6 : 1E14;
            if (power >= 0)
            {
                if (power > MaxScale) power = MaxScale;
                dbl *= s_doublePowers10[power];
            }
            else
            {
                if (power != -1 || dbl >= limit) dbl /= s_doublePowers10[-power];
                else power = 0;
            }
            if (dbl < lower && power < MaxScale) { dbl *= 10; power++; }
            ulong mant = (ulong)(long)Math.Round(dbl);
            if (mant == 0) return default;
            if (power < 0)
            {
                var m = Number.BigInt.FromULong(mant);
                m.MulPow10(-power);
                if (Number.BigInt.Compare(m, s_two96) >= 0) throw new OverflowException(SR.Overflow_Decimal);
                return Make(neg, m, 0);
            }
            int lmax = Math.Min(power, isFloat ? 6 : 14);
            if (!isFloat && (byte)mant == 0 && lmax >= 8 && mant % 100000000 == 0) { mant /= 100000000; power -= 8; lmax -= 8; }
            if ((mant & 0xF) == 0 && lmax >= 4 && mant % 10000 == 0) { mant /= 10000; power -= 4; lmax -= 4; }
            if ((mant & 3) == 0 && lmax >= 2 && mant % 100 == 0) { mant /= 100; power -= 2; lmax -= 2; }
            if ((mant & 1) == 0 && lmax >= 1 && mant % 10 == 0) { mant /= 10; power--; }
            return new Decimal((power << ScaleShift) | (neg ? SignMask : 0), 0, mant);
        }

        public static explicit operator Decimal(double value) => FromDouble(value, 15);
        public static explicit operator Decimal(float value) => FromDouble(value, 7);
        public static implicit operator Decimal(byte value) => new Decimal((uint)value);
        public static implicit operator Decimal(sbyte value) => new Decimal((int)value);
        public static implicit operator Decimal(short value) => new Decimal((int)value);
        public static implicit operator Decimal(ushort value) => new Decimal((uint)value);
        public static implicit operator Decimal(char value) => new Decimal((uint)value);
        public static implicit operator Decimal(int value) => new Decimal(value);
        public static implicit operator Decimal(uint value) => new Decimal(value);
        public static implicit operator Decimal(long value) => new Decimal(value);
        public static implicit operator Decimal(ulong value) => new Decimal(value);

        public static double ToDouble(Decimal d)
        {
            double v = ((double)d._lo64 + (double)d._hi32 * 18446744073709551616.0) / s_doublePowers10[d.Scale];
            return d.IsNeg ? -v : v;
        }
        private static readonly double[] s_doublePowers10 = {
            1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
            1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28 };
        public static float ToSingle(Decimal d) => (float)ToDouble(d);
        public static explicit operator double(Decimal value) => ToDouble(value);
        public static explicit operator float(Decimal value) => ToSingle(value);

        private static bool TruncToInt64(Decimal d, out long result, out ulong magnitude)
        {
            Decimal t = Truncate(d);
            result = 0; magnitude = 0;
            if (t._hi32 != 0) return false;
            magnitude = t._lo64;
            if (t.IsNeg) { if (magnitude > 0x8000000000000000UL) return false; result = -(long)magnitude; }
            else { if (magnitude > long.MaxValue) { result = 0; return true; } result = (long)magnitude; }
            return true;
        }
        public static long ToInt64(Decimal d)
        {
            if (!TruncToInt64(d, out long r, out ulong mag) || (!d.IsNeg && mag > long.MaxValue)) throw new OverflowException(SR.Overflow_Int64);
            return r;
        }
        public static ulong ToUInt64(Decimal d)
        {
            Decimal t = Truncate(d);
            if (t._hi32 != 0 || (t.IsNeg && t._lo64 != 0)) throw new OverflowException(SR.Overflow_UInt64);
            return t._lo64;
        }
        public static int ToInt32(Decimal d)
        {
            if (!TruncToInt64(d, out long r, out ulong mag) || (!d.IsNeg && mag > long.MaxValue) || r < int.MinValue || r > int.MaxValue) throw new OverflowException(SR.Overflow_Int32);
            return (int)r;
        }
        public static uint ToUInt32(Decimal d) { ulong v; try { v = ToUInt64(d); } catch (OverflowException) { throw new OverflowException(SR.Overflow_UInt32); } if (v > uint.MaxValue) throw new OverflowException(SR.Overflow_UInt32); return (uint)v; }
        public static short ToInt16(Decimal d) { long v; try { v = ToInt64(d); } catch (OverflowException) { throw new OverflowException(SR.Overflow_Int16); } if (v < short.MinValue || v > short.MaxValue) throw new OverflowException(SR.Overflow_Int16); return (short)v; }
        public static ushort ToUInt16(Decimal d) { long v; try { v = ToInt64(d); } catch (OverflowException) { throw new OverflowException(SR.Overflow_UInt16); } if (v < 0 || v > ushort.MaxValue) throw new OverflowException(SR.Overflow_UInt16); return (ushort)v; }
        public static byte ToByte(Decimal d) { long v; try { v = ToInt64(d); } catch (OverflowException) { throw new OverflowException(SR.Overflow_Byte); } if (v < 0 || v > byte.MaxValue) throw new OverflowException(SR.Overflow_Byte); return (byte)v; }
        public static sbyte ToSByte(Decimal d) { long v; try { v = ToInt64(d); } catch (OverflowException) { throw new OverflowException(SR.Overflow_SByte); } if (v < sbyte.MinValue || v > sbyte.MaxValue) throw new OverflowException(SR.Overflow_SByte); return (sbyte)v; }
        public static explicit operator long(Decimal value) => ToInt64(value);
        public static explicit operator ulong(Decimal value) => ToUInt64(value);
        public static explicit operator int(Decimal value) => ToInt32(value);
        public static explicit operator uint(Decimal value) => ToUInt32(value);
        public static explicit operator short(Decimal value) => ToInt16(value);
        public static explicit operator ushort(Decimal value) => ToUInt16(value);
        public static explicit operator byte(Decimal value) => ToByte(value);
        public static explicit operator sbyte(Decimal value) => ToSByte(value);
        public static explicit operator char(Decimal value) { ushort v; try { v = ToUInt16(value); } catch (OverflowException) { throw new OverflowException(SR.Overflow_Char); } return (char)v; }

        public static int[] GetBits(Decimal d) => new int[] { (int)(uint)d._lo64, (int)(uint)(d._lo64 >> 32), (int)d._hi32, d._flags };
        public static int GetBits(Decimal d, Span<int> destination)
        {
            if (destination.Length <= 3) throw new ArgumentException(SR.Argument_DestinationTooShort, nameof(destination));
            destination[0] = (int)(uint)d._lo64; destination[1] = (int)(uint)(d._lo64 >> 32); destination[2] = (int)d._hi32; destination[3] = d._flags;
            return 4;
        }
        public static bool TryGetBits(Decimal d, Span<int> destination, out int valuesWritten)
        {
            if (destination.Length <= 3) { valuesWritten = 0; return false; }
            valuesWritten = GetBits(d, destination);
            return true;
        }
        public static Decimal FromOACurrency(long cy) => Divide(new Decimal(cy), new Decimal(10000));

        // ---- formatting ----
        internal void ToNumber(ref NumberBuffer number)
        {
            string digits = Mantissa().ToDecimalDestructive();
            int scale = Scale;
            if (IsZeroValue)
            {
                number.DigitsCount = 0;
                number.Scale = -scale;
                number.IsNegative = false;
                return;
            }
            for (int i = 0; i < digits.Length; i++) number.Digits[i] = (byte)digits[i];
            number.DigitsCount = digits.Length;
            number.Scale = digits.Length - scale;
            number.IsNegative = IsNeg;
            number.IsFloatingPoint = false;
        }

        public override string ToString() => Number.FormatDecimal(this, default);
        public string ToString(string format) => Number.FormatDecimal(this, format);
        public string ToString(IFormatProvider provider) => Number.FormatDecimal(this, default);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDecimal(this, format);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = Number.FormatDecimal(this, format);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }

        // ---- parsing ----
        public static Decimal Parse(string s) => Parse(s, NumberStyles.Number, null);
        public static Decimal Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static Decimal Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Number, provider);
        public static Decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            return Parse(s.AsSpan(), style, provider);
        }
        public static Decimal Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Number, provider);
        public static Decimal Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Number, IFormatProvider provider = null)
        {
            var st = Number.TryParseDecimal(s, style, out Decimal r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, SR.Overflow_Decimal);
            return r;
        }
        public static bool TryParse(string s, out Decimal result) { result = default; return s != null && Number.TryParseDecimal(s.AsSpan(), NumberStyles.Number, out result) == Number.ParseStatus.OK; }
        public static bool TryParse(ReadOnlySpan<char> s, out Decimal result) => Number.TryParseDecimal(s, NumberStyles.Number, out result) == Number.ParseStatus.OK;
        public static bool TryParse(string s, IFormatProvider provider, out Decimal result) => TryParse(s, NumberStyles.Number, provider, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out Decimal result) => TryParse(s, NumberStyles.Number, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out Decimal result)
        {
            result = default;
            return s != null && Number.TryParseDecimal(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out Decimal result)
            => Number.TryParseDecimal(s, style, out result) == Number.ParseStatus.OK;

        public TypeCode GetTypeCode() => TypeCode.Decimal;

        internal static Decimal FromDigits(bool neg, ReadOnlySpan<byte> digits, int fractionalDigits)
        {
            var m = new Number.BigInt();
            for (int i = 0; i < digits.Length; i++) { m.MulSmall(10); m.AddSmall((uint)(digits[i] - '0')); }
            Decimal r = FromExact(neg, m, fractionalDigits);
            return neg && r.IsZeroValue ? new Decimal(r._flags | SignMask, 0, 0) : r; // "-0.00" parses to a negative zero
        }
    }

    internal static partial class Number
    {
        internal static string FormatDecimal(Decimal value, ReadOnlySpan<char> format)
        {
            var sb = new ValueStringBuilder(32);
            char fmt = ParseFormatSpecifier(format, out int digits);
            var number = new NumberBuffer(stackalloc byte[40]);
            value.ToNumber(ref number);
            if (fmt == '\0') { FormatCustom(ref sb, ref number, format); return sb.ToString(); }
            switch (fmt)
            {
                case 'G': case 'g':
                    if (digits < 1)
                    {
                        // all digits, scale preserved, never scientific
                        if (number.IsNegative) sb.Append('-');
                        FormatGeneral(ref sb, ref number, number.DigitsCount, fmt == 'G' ? 'E' : 'e', true);
                        return sb.ToString();
                    }
                    RoundNumber(ref number, digits, false);
                    if (number.IsNegative) sb.Append('-');
                    FormatGeneral(ref sb, ref number, digits, fmt == 'G' ? 'E' : 'e', false);
                    return sb.ToString();
                case 'E': case 'e':
                    if (digits < 0) digits = 6;
                    digits++;
                    RoundNumber(ref number, digits, false);
                    if (number.IsNegative) sb.Append('-');
                    FormatScientific(ref sb, ref number, digits, fmt);
                    return sb.ToString();
                case 'F': case 'f': case 'N': case 'n': case 'C': case 'c':
                    if (digits < 0) digits = 2;
                    RoundNumber(ref number, number.Scale + digits, false);
                    FormatFixedStyle(ref sb, ref number, fmt, digits);
                    return sb.ToString();
                case 'P': case 'p':
                    if (digits < 0) digits = 2;
                    number.Scale += 2;
                    RoundNumber(ref number, number.Scale + digits, false);
                    FormatFixedStyle(ref sb, ref number, fmt, digits);
                    return sb.ToString();
            }
            throw new FormatException(SR.Argument_BadFormatSpecifier);
        }

        /// <summary>Decimal parsing: digits (trailing zeros kept, they set the scale), '.', exponent; rounds half up
        /// beyond what a decimal holds.</summary>
        internal static ParseStatus TryParseDecimal(ReadOnlySpan<char> s, System.Globalization.NumberStyles styles, out Decimal result)
        {
            result = default;
            int i = 0, n = s.Length;
            while (i < n && IsWhite(s[i])) i++;
            while (n > i && IsWhite(s[n - 1])) n--;
            bool neg = false;
            if (i < n && (s[i] == '-' || s[i] == '+')) { neg = s[i] == '-'; i++; }
            Span<byte> digits = stackalloc byte[64];
            int nd = 0, frac = 0;
            bool point = false, any = false, roundUp = false, tail = false;
            for (; i < n; i++)
            {
                char c = s[i];
                if ((uint)(c - '0') <= 9)
                {
                    any = true;
                    if (nd == 0 && c == '0' && !point) continue;
                    if (nd < 60) { digits[nd++] = (byte)c; if (point) frac++; }
                    else
                    {
                        if (!point) return ParseStatus.Overflow;
                        if (!tail) { roundUp = c >= '5'; tail = true; }
                    }
                    continue;
                }
                if (c == '.' && !point && (styles & System.Globalization.NumberStyles.AllowDecimalPoint) != 0) { point = true; continue; }
                if (c == ',' && !point && any && (styles & System.Globalization.NumberStyles.AllowThousands) != 0) continue;
                break;
            }
            if (!any) return ParseStatus.Format;
            int exp = 0;
            if (i < n && (s[i] == 'e' || s[i] == 'E') && (styles & System.Globalization.NumberStyles.AllowExponent) != 0)
            {
                i++;
                bool eneg = false;
                if (i < n && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
                if (i >= n || (uint)(s[i] - '0') > 9) return ParseStatus.Format;
                while (i < n && (uint)(s[i] - '0') <= 9) { if (exp < 1000) exp = exp * 10 + (s[i] - '0'); i++; }
                if (eneg) exp = -exp;
            }
            if (i != n) return ParseStatus.Format;
            int scale = frac - exp;
            if (nd == 0) { result = Decimal.FromDigits(neg, default, Math.Clamp(scale, 0, 28)); return ParseStatus.OK; }
            // round half up to what fits: at most 28 fractional digits and 29 significant digits
            int keep = nd;
            if (scale > 28) keep = nd - (scale - 28);
            if (keep < 0) { result = Decimal.FromDigits(neg, default, 28); return ParseStatus.OK; }
            try
            {
                if (keep < nd)
                {
                    bool up = digits[keep] >= '5';
                    Span<byte> kept = stackalloc byte[keep + 1];
                    kept[0] = (byte)'0';
                    digits.Slice(0, keep).CopyTo(kept.Slice(1));
                    if (up) { int k = keep; while (kept[k] == '9') { kept[k] = (byte)'0'; k--; } kept[k]++; }
                    result = Decimal.FromDigits(neg, kept, 28);
                }
                else
                {
                    Span<byte> kept = stackalloc byte[nd + 1];
                    kept[0] = (byte)'0';
                    digits.Slice(0, nd).CopyTo(kept.Slice(1));
                    if (roundUp) { int k = nd; while (kept[k] == '9') { kept[k] = (byte)'0'; k--; } kept[k]++; }
                    result = Decimal.FromDigits(neg, kept, scale);
                }
            }
            catch (OverflowException) { return ParseStatus.Overflow; }
            return ParseStatus.OK;
        }
    }
}
