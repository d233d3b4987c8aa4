using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using Internal.Runtime;

namespace System
{
    /// <summary>Math: transcendental functions call the C library through MathImports (as CoreCLR does);
    /// rounding, Min/Max, Abs and friends are managed with CoreCLR's semantics (NaN, -0.0, midpoints).</summary>
    public static partial class Math
    {
        public const double E = 2.7182818284590452354;
        public const double PI = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        private static readonly double[] s_roundPower10 = { 1E0, 1E1, 1E2, 1E3, 1E4, 1E5, 1E6, 1E7, 1E8, 1E9, 1E10, 1E11, 1E12, 1E13, 1E14, 1E15 };


        public static short Abs(short value) { if (value < 0) { value = (short)-value; if (value < 0) ThrowHelper.ThrowNegateTwosCompOverflow(); } return value; }
        public static int Abs(int value) { if (value < 0) { value = -value; if (value < 0) ThrowHelper.ThrowNegateTwosCompOverflow(); } return value; }
        public static long Abs(long value) { if (value < 0) { value = -value; if (value < 0) ThrowHelper.ThrowNegateTwosCompOverflow(); } return value; }
        public static nint Abs(nint value) { if (value < 0) { value = -value; if (value < 0) ThrowHelper.ThrowNegateTwosCompOverflow(); } return value; }
        public static sbyte Abs(sbyte value) { if (value < 0) { value = (sbyte)-value; if (value < 0) ThrowHelper.ThrowNegateTwosCompOverflow(); } return value; }
        [Intrinsic] public static double Abs(double value) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFF);
        [Intrinsic] public static float Abs(float value) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF);

        [Intrinsic] public static double Acos(double d) => MathImports.Acos(d);
        [Intrinsic] public static double Acosh(double d) => MathImports.Acosh(d);
        [Intrinsic] public static double Asin(double d) => MathImports.Asin(d);
        [Intrinsic] public static double Asinh(double d) => MathImports.Asinh(d);
        [Intrinsic] public static double Atan(double d) => MathImports.Atan(d);
        [Intrinsic] public static double Atan2(double y, double x) => MathImports.Atan2(y, x);
        [Intrinsic] public static double Atanh(double d) => MathImports.Atanh(d);
        [Intrinsic] public static double Cbrt(double d) => MathImports.Cbrt(d);
        [Intrinsic] public static double Ceiling(double a) => MathImports.Ceil(a);
        [Intrinsic] public static double Cos(double d) => MathImports.Cos(d);
        [Intrinsic] public static double Cosh(double value) => MathImports.Cosh(value);
        [Intrinsic] public static double Exp(double d) => MathImports.Exp(d);
        [Intrinsic] public static double Floor(double d) => MathImports.Floor(d);
        [Intrinsic] public static double FusedMultiplyAdd(double x, double y, double z) => MathImports.Fma(x, y, z);
        [Intrinsic] public static double Log(double d) => MathImports.Log(d);
        [Intrinsic] public static double Log10(double d) => MathImports.Log10(d);
        [Intrinsic] public static double Log2(double x) => MathImports.Log2(x);
        [Intrinsic] public static double Pow(double x, double y) => MathImports.Pow(x, y);
        [Intrinsic] public static double Sin(double a) => MathImports.Sin(a);
        [Intrinsic] public static double Sinh(double value) => MathImports.Sinh(value);
        [Intrinsic] public static double Sqrt(double d) => MathImports.Sqrt(d);
        [Intrinsic] public static double Tan(double a) => MathImports.Tan(a);
        [Intrinsic] public static double Tanh(double value) => MathImports.Tanh(value);
        [Intrinsic] public static double Truncate(double d) => MathImports.Trunc(d);
        public static (double Sin, double Cos) SinCos(double x) => (Sin(x), Cos(x));
        public static decimal Abs(decimal value) => decimal.Abs(value);
        public static decimal Ceiling(decimal d) => decimal.Ceiling(d);
        public static decimal Floor(decimal d) => decimal.Floor(d);
        public static decimal Truncate(decimal d) => decimal.Truncate(d);
        public static decimal Round(decimal d) => decimal.Round(d);
        public static decimal Round(decimal d, int decimals) => decimal.Round(d, decimals);
        public static decimal Round(decimal d, MidpointRounding mode) => decimal.Round(d, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) => decimal.Round(d, decimals, mode);
        public static decimal Max(decimal val1, decimal val2) => decimal.Max(val1, val2);
        public static decimal Min(decimal val1, decimal val2) => decimal.Min(val1, val2);
        public static int Sign(decimal value) => decimal.Sign(value);
        public static decimal Clamp(decimal value, decimal min, decimal max) => decimal.Clamp(value, min, max);
        public static double ReciprocalEstimate(double d) => 1.0 / d;
        public static double ReciprocalSqrtEstimate(double d) => 1.0 / Sqrt(d);

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static long BigMul(int a, int b) => (long)a * b;
        public static ulong BigMul(uint a, uint b) => (ulong)a * b;
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong al = (uint)a, ah = a >> 32, bl = (uint)b, bh = b >> 32;
            ulong mull = al * bl, t = ah * bl + (mull >> 32), tl = al * bh + (uint)t;
            low = (tl << 32) | (uint)mull;
            return ah * bh + (t >> 32) + (tl >> 32);
        }
        public static long BigMul(long a, long b, out long low)
        {
            ulong high = BigMul((ulong)a, (ulong)b, out ulong ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        public static int DivRem(int a, int b, out int result) { int div = a / b; result = a - div * b; return div; }
        public static long DivRem(long a, long b, out long result) { long div = a / b; result = a - div * b; return div; }
        public static (int Quotient, int Remainder) DivRem(int left, int right) { int q = left / right; return (q, left - q * right); }
        public static (long Quotient, long Remainder) DivRem(long left, long right) { long q = left / right; return (q, left - q * right); }
        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right) { uint q = left / right; return (q, left - q * right); }
        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right) { ulong q = left / right; return (q, left - q * right); }

        public static byte Clamp(byte value, byte min, byte max) => byte.Clamp(value, min, max);
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) => sbyte.Clamp(value, min, max);
        public static short Clamp(short value, short min, short max) => short.Clamp(value, min, max);
        public static ushort Clamp(ushort value, ushort min, ushort max) => ushort.Clamp(value, min, max);
        public static int Clamp(int value, int min, int max) => int.Clamp(value, min, max);
        public static uint Clamp(uint value, uint min, uint max) => uint.Clamp(value, min, max);
        public static long Clamp(long value, long min, long max) => long.Clamp(value, min, max);
        public static ulong Clamp(ulong value, ulong min, ulong max) => ulong.Clamp(value, min, max);
        public static nint Clamp(nint value, nint min, nint max) => nint.Clamp(value, min, max);
        public static nuint Clamp(nuint value, nuint min, nuint max) => nuint.Clamp(value, min, max);
        public static double Clamp(double value, double min, double max) { if (min > max) ThrowHelper.ThrowMinMaxException(min, max); return value < min ? min : value > max ? max : value; }
        public static float Clamp(float value, float min, float max) { if (min > max) ThrowHelper.ThrowMinMaxException(min, max); return value < min ? min : value > max ? max : value; }

        public static byte Max(byte val1, byte val2) => val1 >= val2 ? val1 : val2;
        public static sbyte Max(sbyte val1, sbyte val2) => val1 >= val2 ? val1 : val2;
        public static short Max(short val1, short val2) => val1 >= val2 ? val1 : val2;
        public static ushort Max(ushort val1, ushort val2) => val1 >= val2 ? val1 : val2;
        public static int Max(int val1, int val2) => val1 >= val2 ? val1 : val2;
        public static uint Max(uint val1, uint val2) => val1 >= val2 ? val1 : val2;
        public static long Max(long val1, long val2) => val1 >= val2 ? val1 : val2;
        public static ulong Max(ulong val1, ulong val2) => val1 >= val2 ? val1 : val2;
        public static nint Max(nint val1, nint val2) => val1 >= val2 ? val1 : val2;
        public static nuint Max(nuint val1, nuint val2) => val1 >= val2 ? val1 : val2;
        public static byte Min(byte val1, byte val2) => val1 <= val2 ? val1 : val2;
        public static sbyte Min(sbyte val1, sbyte val2) => val1 <= val2 ? val1 : val2;
        public static short Min(short val1, short val2) => val1 <= val2 ? val1 : val2;
        public static ushort Min(ushort val1, ushort val2) => val1 <= val2 ? val1 : val2;
        public static int Min(int val1, int val2) => val1 <= val2 ? val1 : val2;
        public static uint Min(uint val1, uint val2) => val1 <= val2 ? val1 : val2;
        public static long Min(long val1, long val2) => val1 <= val2 ? val1 : val2;
        public static ulong Min(ulong val1, ulong val2) => val1 <= val2 ? val1 : val2;
        public static nint Min(nint val1, nint val2) => val1 <= val2 ? val1 : val2;
        public static nuint Min(nuint val1, nuint val2) => val1 <= val2 ? val1 : val2;

        // The floating-point Max/Min/MaxMagnitude/MinMagnitude/CopySign/Sign are double's and float's (the IEEE 754
        // semantics live in Primitives.GenericMath.cs; Math.Clamp differs from double.Clamp and stays here).
        [Intrinsic] public static double Max(double val1, double val2) => double.Max(val1, val2);
        [Intrinsic] public static float Max(float val1, float val2) => float.Max(val1, val2);
        [Intrinsic] public static double Min(double val1, double val2) => double.Min(val1, val2);
        [Intrinsic] public static float Min(float val1, float val2) => float.Min(val1, val2);
        public static double MaxMagnitude(double x, double y) => double.MaxMagnitude(x, y);
        public static double MinMagnitude(double x, double y) => double.MinMagnitude(x, y);

        public static int Sign(sbyte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(short value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(int value) => (value >> 31) | (int)((uint)-value >> 31);
        public static int Sign(long value) => (int)(value >> 63) | (int)((ulong)-value >> 63);
        public static int Sign(nint value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(double value) => double.Sign(value);
        public static int Sign(float value) => float.Sign(value);

        [Intrinsic]
        public static double Round(double a) => MathImports.Nearbyint(a);
        public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);
        public static double Round(double value, MidpointRounding mode) => Round(value, 0, mode);
        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 15) throw new ArgumentOutOfRangeException(nameof(digits), SR.ArgumentOutOfRange_RoundingDigits);
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity) throw new ArgumentException(SR.Format(SR.Argument_InvalidEnumValue, mode, nameof(MidpointRounding)), nameof(mode));
            if (Abs(value) < 1e16)
            {
                double power10 = s_roundPower10[digits];
                value *= power10;
                switch (mode)
                {
                    case MidpointRounding.ToEven: value = Round(value); break;
                    case MidpointRounding.AwayFromZero:
                    {
                        double t = Truncate(value);
                        if (Abs(value - t) >= 0.5) t += Sign(value);
                        value = t;
                        break;
                    }
                    case MidpointRounding.ToZero: value = Truncate(value); break;
                    case MidpointRounding.ToNegativeInfinity: value = Floor(value); break;
                    case MidpointRounding.ToPositiveInfinity: value = Ceiling(value); break;
                }
                value /= power10;
            }
            return value;
        }

        public static double IEEERemainder(double x, double y)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsNaN(y)) return y;
            double regularMod = x % y;
            if (double.IsNaN(regularMod)) return double.NaN;
            if (regularMod == 0 && double.IsNegative(x)) return -0.0;
            double alternativeResult = regularMod - (Abs(y) * Sign(x));
            if (Abs(alternativeResult) == Abs(regularMod))
            {
                double divisionResult = x / y;
                double roundedResult = Round(divisionResult);
                return Abs(roundedResult) > Abs(divisionResult) ? alternativeResult : regularMod;
            }
            return Abs(alternativeResult) < Abs(regularMod) ? alternativeResult : regularMod;
        }

        public static double CopySign(double x, double y) => double.CopySign(x, y);

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return bits == unchecked((long)0xFFF0000000000000) ? double.MinValue : x;
            if (bits == unchecked((long)0x8000000000000000)) return double.Epsilon;
            bits += bits < 0 ? -1 : 1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return bits == 0x7FF0000000000000 ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            bits += bits < 0 ? 1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static int ILogB(double x)
        {
            if (double.IsNaN(x)) return int.MaxValue;
            if (x == 0) return int.MinValue;
            if (double.IsInfinity(x)) return int.MaxValue;
            long bits = BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFF;
            int e = (int)(bits >> 52);
            if (e == 0) { int hb = 63; while ((bits >> hb) == 0) hb--; return hb - 1074; }
            return e - 1023;
        }

        public static double ScaleB(double x, int n)
        {
            if (n > 1023)
            {
                x *= BitConverter.Int64BitsToDouble(0x7FE0000000000000); n -= 1023;
                if (n > 1023) { x *= BitConverter.Int64BitsToDouble(0x7FE0000000000000); n -= 1023; if (n > 1023) n = 1023; }
            }
            else if (n < -1022)
            {
                x *= BitConverter.Int64BitsToDouble(54L << 52); n += 969;
                if (n < -1022) { x *= BitConverter.Int64BitsToDouble(54L << 52); n += 969; if (n < -1022) n = -1022; }
            }
            return x * BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
        }
    }

    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;
        public const float Tau = 6.283185307f;

        [Intrinsic] public static float Abs(float x) => Math.Abs(x);
        [Intrinsic] public static float Acos(float x) => MathImports.AcosF(x);
        [Intrinsic] public static float Acosh(float x) => MathImports.AcoshF(x);
        [Intrinsic] public static float Asin(float x) => MathImports.AsinF(x);
        [Intrinsic] public static float Asinh(float x) => MathImports.AsinhF(x);
        [Intrinsic] public static float Atan(float x) => MathImports.AtanF(x);
        [Intrinsic] public static float Atan2(float y, float x) => MathImports.Atan2F(y, x);
        [Intrinsic] public static float Atanh(float x) => MathImports.AtanhF(x);
        [Intrinsic] public static float Cbrt(float x) => MathImports.CbrtF(x);
        [Intrinsic] public static float Ceiling(float x) => MathImports.CeilF(x);
        [Intrinsic] public static float Cos(float x) => MathImports.CosF(x);
        [Intrinsic] public static float Cosh(float x) => MathImports.CoshF(x);
        [Intrinsic] public static float Exp(float x) => MathImports.ExpF(x);
        [Intrinsic] public static float Floor(float x) => MathImports.FloorF(x);
        [Intrinsic] public static float FusedMultiplyAdd(float x, float y, float z) => MathImports.FmaF(x, y, z);
        [Intrinsic] public static float Log(float x) => MathImports.LogF(x);
        [Intrinsic] public static float Log10(float x) => MathImports.Log10F(x);
        [Intrinsic] public static float Log2(float x) => MathImports.Log2F(x);
        [Intrinsic] public static float Max(float x, float y) => Math.Max(x, y);
        [Intrinsic] public static float Min(float x, float y) => Math.Min(x, y);
        [Intrinsic] public static float Pow(float x, float y) => MathImports.PowF(x, y);
        [Intrinsic] public static float Round(float x) => MathImports.NearbyintF(x);
        [Intrinsic] public static float Sin(float x) => MathImports.SinF(x);
        [Intrinsic] public static float Sinh(float x) => MathImports.SinhF(x);
        [Intrinsic] public static float Sqrt(float x) => MathImports.SqrtF(x);
        [Intrinsic] public static float Tan(float x) => MathImports.TanF(x);
        [Intrinsic] public static float Tanh(float x) => MathImports.TanhF(x);
        [Intrinsic] public static float Truncate(float x) => MathImports.TruncF(x);
        public static int Sign(float x) => Math.Sign(x);
        public static (float Sin, float Cos) SinCos(float x) => (Sin(x), Cos(x));
        public static float Log(float x, float y)
        {
            if (float.IsNaN(x)) return x;
            if (float.IsNaN(y)) return y;
            if (y == 1) return float.NaN;
            if (x != 1 && (y == 0 || float.IsPositiveInfinity(y))) return float.NaN;
            return Log(x) / Log(y);
        }
        public static float CopySign(float x, float y) => float.CopySign(x, y);
        public static float IEEERemainder(float x, float y) => (float)Math.IEEERemainder(x, y);
        public static float MaxMagnitude(float x, float y) => float.MaxMagnitude(x, y);
        public static float MinMagnitude(float x, float y) => float.MinMagnitude(x, y);
        public static float BitIncrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000) return bits == unchecked((int)0xFF800000) ? float.MinValue : x;
            if (bits == unchecked((int)0x80000000)) return float.Epsilon;
            bits += bits < 0 ? -1 : 1;
            return BitConverter.Int32BitsToSingle(bits);
        }
        public static float BitDecrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000) return bits == 0x7F800000 ? float.MaxValue : x;
            if (bits == 0) return -float.Epsilon;
            bits += bits < 0 ? 1 : -1;
            return BitConverter.Int32BitsToSingle(bits);
        }
        public static float Round(float x, int digits) => Round(x, digits, MidpointRounding.ToEven);
        public static float Round(float x, MidpointRounding mode) => Round(x, 0, mode);
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 6) throw new ArgumentOutOfRangeException(nameof(digits), SR.ArgumentOutOfRange_RoundingDigits_MathF);
            if (Abs(x) < 1e8f)
            {
                float power10 = digits switch { 0 => 1e0f, 1 => 1e1f, 2 => 1e2f, 3 => 1e3f, 4 => 1e4f, 5 => 1e5f, _ => 1e6f };
                x *= power10;
                switch (mode)
                {
                    case MidpointRounding.ToEven: x = Round(x); break;
                    case MidpointRounding.AwayFromZero: { float t = Truncate(x); if (Abs(x - t) >= 0.5f) t += Sign(x); x = t; break; }
                    case MidpointRounding.ToZero: x = Truncate(x); break;
                    case MidpointRounding.ToNegativeInfinity: x = Floor(x); break;
                    case MidpointRounding.ToPositiveInfinity: x = Ceiling(x); break;
                }
                x /= power10;
            }
            return x;
        }
        public static int ILogB(float x) => Math.ILogB(x);
        public static float ScaleB(float x, int n) => (float)Math.ScaleB(x, n);
        public static float ReciprocalEstimate(float x) => 1.0f / x;
        public static float ReciprocalSqrtEstimate(float x) => 1.0f / Sqrt(x);
    }
}
