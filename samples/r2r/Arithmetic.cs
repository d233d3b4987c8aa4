// Integer and floating-point arithmetic with edge cases: signed division and remainder,
// shifts with large counts, checked overflow, unsigned wrap-around, conversions between
// integer and floating types (including saturating NaN/infinity conversions), 128-bit
// integers, decimal, Math functions and IEEE special values.
using System;
using System.Runtime.CompilerServices;

static class Arithmetic
{
    [MethodImpl(MethodImplOptions.NoInlining)] static int Div(int a, int b) => a / b;
    [MethodImpl(MethodImplOptions.NoInlining)] static int Rem(int a, int b) => a % b;
    [MethodImpl(MethodImplOptions.NoInlining)] static int Shl(int a, int n) => a << n;
    [MethodImpl(MethodImplOptions.NoInlining)] static long Sar(long a, int n) => a >> n;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint Shr(uint a, int n) => a >>> n;
    [MethodImpl(MethodImplOptions.NoInlining)] static int ToInt(double d) => (int)d;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint ToUInt(double d) => (uint)d;
    [MethodImpl(MethodImplOptions.NoInlining)] static long ToLong(float f) => (long)f;
    [MethodImpl(MethodImplOptions.NoInlining)] static double Hide(double d) => d;

    static long Fib(int n)
    {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) (a, b) = (b, a + b);
        return a;
    }

    public static void Run()
    {
        Check.Eq("-7 / 2", Div(-7, 2), -3);
        Check.Eq("-7 % 2", Rem(-7, 2), -1);
        Check.Eq("7 % -2", Rem(7, -2), 1);
        Check.Eq("1 << 33 (count masked)", Shl(1, 33), 2);
        Check.Eq("-16L >> 2", Sar(-16, 2), -4L);
        Check.Eq("0x80000000u >>> 31", Shr(0x80000000u, 31), 1u);
        uint u = 0;
        u--;
        Check.Eq("unsigned wrap", u, uint.MaxValue);
        int big = int.MaxValue;
        Check.Eq("unchecked overflow wraps", unchecked(big + 1), int.MinValue);
        bool threw = false;
        try { _ = checked(big * 2); } catch (OverflowException) { threw = true; }
        Check.Eq("checked multiply throws", threw, true);
        Check.Eq("checked ulong cast throws", Throws(() => checked((ulong)(-1L + big - big))), true);

        Check.Eq("(int)2.9", ToInt(2.9), 2);
        Check.Eq("(int)-2.9", ToInt(-2.9), -2);
        Check.Eq("(int)NaN saturates to 0", ToInt(double.NaN), 0);
        Check.Eq("(int)1e20 saturates", ToInt(1e20), int.MaxValue);
        Check.Eq("(int)-1e20 saturates", ToInt(-1e20), int.MinValue);
        Check.Eq("(uint)-1.0 saturates to 0", ToUInt(-1.0), 0u);
        Check.Eq("(uint)4e9", ToUInt(4e9), 4000000000u);
        Check.Eq("(long)float.PositiveInfinity", ToLong(float.PositiveInfinity), long.MaxValue);
        Check.Eq("(float)int.MaxValue", (float)Hide(int.MaxValue), 2147483648f);
        Check.Eq("(double)ulong.MaxValue", (double)ulong.MaxValue, 18446744073709551615.0);

        Check.Eq("0.1 + 0.2", Hide(0.1) + Hide(0.2), 0.30000000000000004);
        Check.Eq("1/0", 1 / Hide(0), double.PositiveInfinity);
        Check.True("NaN != NaN", Hide(double.NaN) != Hide(double.NaN));
        Check.Eq("-0.0 sign", double.IsNegative(-Hide(0)), true);
        Check.Eq("Math.Sqrt", Math.Sqrt(Hide(144)), 12.0);
        Check.Eq("Math.Round banker's", Math.Round(Hide(2.5)), 2.0);
        Check.Eq("Math.Round away", Math.Round(Hide(2.5), MidpointRounding.AwayFromZero), 3.0);
        Check.Eq("Math.Floor(-1.5)", Math.Floor(Hide(-1.5)), -2.0);
        Check.Eq("Math.Pow", Math.Pow(Hide(2), 10), 1024.0);
        Check.Eq("Math.Abs(int)", Math.Abs(-5), 5);
        Check.Eq("Math.FusedMultiplyAdd", Math.FusedMultiplyAdd(Hide(2), 3, 4), 10.0);
        Check.Eq("float arithmetic", 1.1f * 3f, 3.3000002f);
        Check.Eq("Fib(90)", Fib(90), 2880067194370816120L);

        Int128 huge = (Int128)long.MaxValue * 4 + 3;
        Check.Eq("Int128", huge.ToString(), "36893488147419103231");
        UInt128 uh = UInt128.MaxValue;
        Check.Eq("UInt128 wrap", (uh + 1) == UInt128.Zero, true);
        Check.Eq("Math.BigMul", Math.BigMul(uint.MaxValue, uint.MaxValue), 18446744065119617025UL);
        Check.Eq("decimal", 0.1m + 0.2m, 0.3m);
        Check.Eq("decimal division", (10m / 3m).ToString(), "3.3333333333333333333333333333");
        Check.Eq("long.MinValue / -1 throws", Throws(() => { long m = long.MinValue; _ = m / Hide2(-1); }), true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static long Hide2(long v) => v;

    static bool Throws(Action a)
    {
        try { a(); return false; }
        catch (OverflowException) { return true; }
    }

    static bool Throws<T>(Func<T> f)
    {
        try { f(); return false; }
        catch (OverflowException) { return true; }
    }
}
