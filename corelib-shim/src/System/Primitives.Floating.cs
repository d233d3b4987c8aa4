using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

namespace System
{
    [Serializable]
    public readonly partial struct Double : IComparable, IComparable<double>, IEquatable<double>, IFormattable, ISpanFormattable
    {
        private readonly double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)(0.0);
        public const double PositiveInfinity = (double)1.0 / (double)(0.0);
        public const double NaN = (double)0.0 / (double)0.0;
        public const double NegativeZero = -0.0;
        public const double E = 2.7182818284590452354;
        public const double Pi = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        [NonVersionable] public static bool IsFinite(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF) < 0x7FF0000000000000;
        [NonVersionable] public static bool IsInfinity(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF) == 0x7FF0000000000000;
        [NonVersionable] public static bool IsNaN(double d) => d != d;
        [NonVersionable] public static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
        [NonVersionable] public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        [NonVersionable] public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        [NonVersionable] public static bool IsNormal(double d) { long b = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF; return b < 0x7FF0000000000000 && b != 0 && (b & 0x7FF0000000000000) != 0; }
        [NonVersionable] public static bool IsSubnormal(double d) { long b = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF; return b < 0x7FF0000000000000 && b != 0 && (b & 0x7FF0000000000000) == 0; }
        public static bool IsPow2(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            if (bits <= 0) return false;
            int be = (int)(bits >> 52);
            long frac = bits & 0xFFFFFFFFFFFFF;
            if (be == 0) return (frac & (frac - 1)) == 0;
            return be != 0x7FF && frac == 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is double d) return CompareTo(d);
            throw new ArgumentException(SR.Arg_MustBeDouble);
        }

        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj) => obj is double d && Equals(d);
        public bool Equals(double obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        public override int GetHashCode()
        {
            double v = m_value;
            if (v == 0) return 0;
            if (IsNaN(v)) v = NaN;
            long bits = BitConverter.DoubleToInt64Bits(v);
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        [NonVersionable] public static bool operator ==(double left, double right) => left == right;
        [NonVersionable] public static bool operator !=(double left, double right) => left != right;
        [NonVersionable] public static bool operator <(double left, double right) => left < right;
        [NonVersionable] public static bool operator >(double left, double right) => left > right;
        [NonVersionable] public static bool operator <=(double left, double right) => left <= right;
        [NonVersionable] public static bool operator >=(double left, double right) => left >= right;

        public override string ToString() => Number.FormatDouble(m_value, default);
        public string ToString(string format) => Number.FormatDouble(m_value, format);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, default);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            var sb = new ValueStringBuilder(32);
            Number.FormatDouble(ref sb, m_value, format);
            return sb.TryCopyTo(destination, out charsWritten);
        }

        public static double Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        public static double Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static double Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static double Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (!Number.TryParseDouble(s, style, out double r)) throw Number.ParseFailure(Number.ParseStatus.Format, s, null);
            return r;
        }

        public static bool TryParse(string s, out double result) { if (s == null) { result = 0; return false; } return Number.TryParseDouble(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out result); }
        public static bool TryParse(ReadOnlySpan<char> s, out double result) => Number.TryParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, out result);
        public static bool TryParse(string s, IFormatProvider provider, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null) { result = 0; return false; }
            return Number.TryParseDouble(s.AsSpan(), style, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out double result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            return Number.TryParseDouble(s, style, out result);
        }

        public TypeCode GetTypeCode() => TypeCode.Double;

        public static double Sqrt(double x) => Math.Sqrt(x);
        public static double Floor(double x) => Math.Floor(x);
        public static double Ceiling(double x) => Math.Ceiling(x);
        public static double Truncate(double x) => Math.Truncate(x);
        public static double Round(double x) => Math.Round(x);
        public static double Round(double x, int digits) => Math.Round(x, digits);
        public static double Round(double x, MidpointRounding mode) => Math.Round(x, mode);
        public static double Round(double x, int digits, MidpointRounding mode) => Math.Round(x, digits, mode);
        public static double Pow(double x, double y) => Math.Pow(x, y);
        public static double Exp(double x) => Math.Exp(x);
        public static double Log(double x) => Math.Log(x);
        public static double Log(double x, double newBase) => Math.Log(x, newBase);
        public static double Log10(double x) => Math.Log10(x);
        public static double Log2(double x) => Math.Log2(x);
        public static double Sin(double x) => Math.Sin(x);
        public static double Cos(double x) => Math.Cos(x);
        public static double Tan(double x) => Math.Tan(x);
        public static double Atan2(double y, double x) => Math.Atan2(y, x);
        public static double Cbrt(double x) => Math.Cbrt(x);
        public static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);
        public static double FusedMultiplyAdd(double left, double right, double addend) => Math.FusedMultiplyAdd(left, right, addend);
        public static double BitDecrement(double x) => Math.BitDecrement(x);
        public static double BitIncrement(double x) => Math.BitIncrement(x);
        public static double Lerp(double value1, double value2, double amount) => (value1 * (1.0 - amount)) + (value2 * amount);
        public static double DegreesToRadians(double degrees) => degrees * Pi / 180.0;
        public static double RadiansToDegrees(double radians) => radians * 180.0 / Pi;
    }

    [Serializable]
    public readonly partial struct Single : IComparable, IComparable<float>, IEquatable<float>, IFormattable, ISpanFormattable
    {
        private readonly float m_value;

        public const float MinValue = (float)-3.40282346638528859e+38;
        public const float MaxValue = (float)3.40282346638528859e+38;
        public const float Epsilon = (float)1.4e-45;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float NegativeZero = -0.0f;
        public const float E = 2.71828183f;
        public const float Pi = 3.14159265f;
        public const float Tau = 6.28318530f;

        [NonVersionable] public static bool IsFinite(float f) => (BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF) < 0x7F800000;
        [NonVersionable] public static bool IsInfinity(float f) => (BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF) == 0x7F800000;
        [NonVersionable] public static bool IsNaN(float f) => f != f;
        [NonVersionable] public static bool IsNegative(float f) => BitConverter.SingleToInt32Bits(f) < 0;
        [NonVersionable] public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;
        [NonVersionable] public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;
        [NonVersionable] public static bool IsNormal(float f) { int b = BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF; return b < 0x7F800000 && b != 0 && (b & 0x7F800000) != 0; }
        [NonVersionable] public static bool IsSubnormal(float f) { int b = BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF; return b < 0x7F800000 && b != 0 && (b & 0x7F800000) == 0; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is float f) return CompareTo(f);
            throw new ArgumentException(SR.Arg_MustBeSingle);
        }

        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj) => obj is float f && Equals(f);
        public bool Equals(float obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        public override int GetHashCode()
        {
            float v = m_value;
            if (v == 0) return 0;
            if (IsNaN(v)) v = NaN;
            return BitConverter.SingleToInt32Bits(v);
        }

        [NonVersionable] public static bool operator ==(float left, float right) => left == right;
        [NonVersionable] public static bool operator !=(float left, float right) => left != right;
        [NonVersionable] public static bool operator <(float left, float right) => left < right;
        [NonVersionable] public static bool operator >(float left, float right) => left > right;
        [NonVersionable] public static bool operator <=(float left, float right) => left <= right;
        [NonVersionable] public static bool operator >=(float left, float right) => left >= right;

        public override string ToString() => Number.FormatSingle(m_value, default);
        public string ToString(string format) => Number.FormatSingle(m_value, format);
        public string ToString(IFormatProvider provider) => Number.FormatSingle(m_value, default);
        public string ToString(string format, IFormatProvider provider) => Number.FormatSingle(m_value, format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            var sb = new ValueStringBuilder(32);
            Number.FormatSingle(ref sb, m_value, format);
            return sb.TryCopyTo(destination, out charsWritten);
        }

        public static float Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        public static float Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static float Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static float Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static float Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (!Number.TryParseSingle(s, style, out float r)) throw Number.ParseFailure(Number.ParseStatus.Format, s, null);
            return r;
        }

        public static bool TryParse(string s, out float result) { if (s == null) { result = 0; return false; } return Number.TryParseSingle(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out result); }
        public static bool TryParse(ReadOnlySpan<char> s, out float result) => Number.TryParseSingle(s, NumberStyles.Float | NumberStyles.AllowThousands, out result);
        public static bool TryParse(string s, IFormatProvider provider, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null) { result = 0; return false; }
            return Number.TryParseSingle(s.AsSpan(), style, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out float result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            return Number.TryParseSingle(s, style, out result);
        }

        public TypeCode GetTypeCode() => TypeCode.Single;

        public static float Sqrt(float x) => MathF.Sqrt(x);
        public static float Floor(float x) => MathF.Floor(x);
        public static float Ceiling(float x) => MathF.Ceiling(x);
        public static float Truncate(float x) => MathF.Truncate(x);
        public static float Round(float x) => MathF.Round(x);
        public static float Pow(float x, float y) => MathF.Pow(x, y);
        public static float Lerp(float value1, float value2, float amount) => (value1 * (1.0f - amount)) + (value2 * amount);
    }

    [Serializable]
    public readonly struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
    {
        private readonly bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override int GetHashCode() => m_value ? 1 : 0;
        public override string ToString() => m_value ? "True" : "False";
        public string ToString(IFormatProvider provider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten)
        {
            string s = ToString();
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }

        public override bool Equals(object obj) => obj is bool b && m_value == b;
        [NonVersionable] public bool Equals(bool obj) => m_value == obj;

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is bool b)) throw new ArgumentException(SR.Arg_MustBeBoolean);
            return CompareTo(b);
        }

        public int CompareTo(bool value) => m_value == value ? 0 : m_value ? 1 : -1;

        public static bool Parse(string value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            return Parse(value.AsSpan());
        }

        public static bool Parse(ReadOnlySpan<char> value)
        {
            if (!TryParse(value, out bool r)) throw new FormatException(SR.Format(SR.Format_BadBoolean, value.ToString()));
            return r;
        }

        public static bool TryParse(string value, out bool result)
        {
            if (value == null) { result = false; return false; }
            return TryParse(value.AsSpan(), out result);
        }

        public static bool TryParse(ReadOnlySpan<char> value, out bool result)
        {
            int s = 0, e = value.Length;
            while (s < e && (char.IsWhiteSpace(value[s]) || value[s] == '\0')) s++;
            while (e > s && (char.IsWhiteSpace(value[e - 1]) || value[e - 1] == '\0')) e--;
            var t = value.Slice(s, e - s);
            if (t.Equals("True".AsSpan(), StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
            if (t.Equals("False".AsSpan(), StringComparison.OrdinalIgnoreCase)) { result = false; return true; }
            result = false;
            return false;
        }

        public TypeCode GetTypeCode() => TypeCode.Boolean;
    }

    public struct Void { }

    public enum TypeCode
    {
        Empty = 0, Object = 1, DBNull = 2, Boolean = 3, Char = 4, SByte = 5, Byte = 6, Int16 = 7, UInt16 = 8, Int32 = 9, UInt32 = 10,
        Int64 = 11, UInt64 = 12, Single = 13, Double = 14, Decimal = 15, DateTime = 16, String = 18,
    }

    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }
}
