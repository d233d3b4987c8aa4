// exceptions/checked_overflow_and_divide_by_zero: OverflowException from checked +, -, *,
// unary -, ++ and conversions (incl. float -> int out of range and NaN), DivideByZeroException
// from integer / and % by zero, int.MinValue / -1 (OverflowException on x64) and
// int.MinValue % -1; floating division by zero does not throw. Each case is caught and the
// exception type printed. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static string Try(Func0 f)
    {
        try { return "ok " + f.Run(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    interface Func0 { string Run(); }
    struct Op : Func0 { public int K; public string Run() => Program.Run(K); }

    static string Run(int k) => k switch
    {
        0 => checked(V(int.MaxValue) + 1).ToString(),
        1 => checked(V(int.MinValue) - 1).ToString(),
        2 => checked(V(65536) * V(65536)).ToString(),
        3 => checked(-V(int.MinValue)).ToString(),
        4 => checked((byte)V(256)).ToString(),
        5 => checked((uint)V(-1)).ToString(),
        6 => checked((int)V(2147483648.0)).ToString(),
        7 => checked((long)V(double.NaN)).ToString(),
        8 => checked((ulong)V(-1L)).ToString(),
        9 => Inc(),
        10 => (V(1) / V(0)).ToString(),
        11 => (V(1L) % V(0L)).ToString(),
        12 => (V(int.MinValue) / V(-1)).ToString(),
        13 => (V(int.MinValue) % V(-1)).ToString(),
        14 => (V(long.MinValue) / V(-1L)).ToString(),
        15 => (V(1.0) / V(0.0)).ToString(),
        16 => (V(5u) / V(0u)).ToString(),
        17 => checked(V(ulong.MaxValue) + 1).ToString(),
        18 => checked((short)V(40000L)).ToString(),
        19 => unchecked(V(int.MaxValue) + 1).ToString(),
        _ => "?",
    };

    static string Inc() { short s = V(short.MaxValue); checked { s++; } return s.ToString(); }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string[] labels = { "int max+1", "int min-1", "65536*65536", "-(int.MinValue)", "(byte)256", "(uint)-1", "(int)2147483648.0", "(long)NaN", "(ulong)-1L",
                            "short++", "1/0", "1L%0L", "MinValue/-1", "MinValue%-1", "long Min/-1", "1.0/0.0", "5u/0u", "ulong max+1", "(short)40000L", "unchecked max+1" };
        string all = "";
        for (int k = 0; k < labels.Length; k++)
        {
            string r = Try(new Op { K = k });
            Console.WriteLine(labels[k] + " -> " + r);
            all += r + ";";
        }
        try { checked { int x = V(int.MaxValue); x += 1; } }
        catch (OverflowException e) { Console.WriteLine("message: " + e.Message); }
        try { Console.WriteLine(V(10) / V(0)); }
        catch (DivideByZeroException e) { Console.WriteLine("message: " + e.Message); }
        if (!all.StartsWith("OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;OverflowException;DivideByZeroException;DivideByZeroException;"))
            return 1;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
int max+1 -> OverflowException
int min-1 -> OverflowException
65536*65536 -> OverflowException
-(int.MinValue) -> OverflowException
(byte)256 -> OverflowException
(uint)-1 -> OverflowException
(int)2147483648.0 -> OverflowException
(long)NaN -> OverflowException
(ulong)-1L -> OverflowException
short++ -> OverflowException
1/0 -> DivideByZeroException
1L%0L -> DivideByZeroException
MinValue/-1 -> OverflowException
MinValue%-1 -> OverflowException
long Min/-1 -> OverflowException
1.0/0.0 -> ok Infinity
5u/0u -> DivideByZeroException
ulong max+1 -> OverflowException
(short)40000L -> OverflowException
unchecked max+1 -> ok -2147483648
message: Arithmetic operation resulted in an overflow.
message: Attempted to divide by zero.
PASS
--- stderr
*/
