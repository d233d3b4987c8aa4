// arith/int32_int64_ops_table: +, -, *, /, %, unary -, ~, &, |, ^ over a table of int and
// long values incl. MinValue, MaxValue, -1, 0 (division skipped for 0 divisors and for
// MinValue / -1, which throws). Division truncates toward zero; the remainder takes the sign
// of the dividend; unchecked overflow wraps. Operands come through a non-inlined identity so
// nothing is folded at compile time. A checksum over all results is checked.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int[] vals = { int.MinValue, int.MinValue + 1, -1000000007, -7, -2, -1, 0, 1, 2, 7, 65536, 1000000007, int.MaxValue };
        long checksum = 17;
        foreach (int a0 in vals)
        {
            string line = "";
            foreach (int b0 in vals)
            {
                int a = V(a0), b = V(b0);
                int add = unchecked(a + b), sub = unchecked(a - b), mul = unchecked(a * b);
                string div = "-", rem = "-";
                int d = 0, r = 0;
                if (b != 0 && !(a == int.MinValue && b == -1)) { d = a / b; r = a % b; div = d.ToString(); rem = r.ToString(); }
                checksum = unchecked(checksum * 31 + add) ^ sub;
                checksum = unchecked(checksum * 31 + mul + d * 3 + r * 5 + (a & b) + ((a | b) << 1) + ((a ^ b) << 2));
                if (a0 == -7 || a0 == int.MinValue || a0 == 1000000007)
                    line += " [" + b + ": " + add + " " + sub + " " + mul + " " + div + " " + rem + "]";
            }
            if (line.Length > 0) Console.WriteLine("int a=" + a0 + ":" + line);
            Console.WriteLine("int a=" + a0 + " neg=" + unchecked(-V(a0)) + " not=" + ~V(a0));
        }
        Console.WriteLine("int checksum " + checksum);

        long[] lvals = { long.MinValue, -4294967296L, -3, -1, 0, 1, 3, 4294967295L, 1L << 40, long.MaxValue };
        long lsum = 19;
        foreach (long a0 in lvals)
        {
            string line = "";
            foreach (long b0 in lvals)
            {
                long a = V(a0), b = V(b0);
                long add = unchecked(a + b), sub = unchecked(a - b), mul = unchecked(a * b);
                string div = "-", rem = "-";
                long d = 0, r = 0;
                if (b != 0 && !(a == long.MinValue && b == -1)) { d = a / b; r = a % b; div = d.ToString(); rem = r.ToString(); }
                lsum = unchecked(lsum * 37 + add ^ sub * 3 + mul * 5 + d * 7 + r * 11 + (a & b) + (a | b) * 13 + (a ^ b) * 17);
                if (a0 == -3 || a0 == long.MaxValue)
                    line += " [" + b + ": " + add + " " + sub + " " + mul + " " + div + " " + rem + "]";
            }
            if (line.Length > 0) Console.WriteLine("long a=" + a0 + ":" + line);
        }
        Console.WriteLine("long checksum " + lsum);

        // spot checks written by hand
        if (V(-7) / V(2) != -3 || V(-7) % V(2) != -1 || V(7) % V(-2) != 1 || V(-7) / V(-2) != 3) return 1;
        if (unchecked(V(int.MaxValue) + 1) != int.MinValue || unchecked(V(int.MinValue) * -1) != int.MinValue) return 2;
        if (V(long.MinValue) / 2 != -4611686018427387904L || V(long.MinValue) % 3 != -2) return 3;
        if (unchecked(V(65536) * 65536) != 0 || unchecked(V(1000000007) * 1000000007) != -371520463) return 4;
        if (checksum != CHECK_INT || lsum != CHECK_LONG) return 5;
        Console.WriteLine("PASS");
        return 100;
    }
    const long CHECK_INT = 6560810271090418667;
    const long CHECK_LONG = 4347861771541774094;
}
/* EXPECT
exit: 100
--- stdout
int a=-2147483648: [-2147483648: 0 0 0 1 0] [-2147483647: 1 -1 -2147483648 1 -1] [-1000000007: 1147483641 -1147483641 -2147483648 2 -147483634] [-7: 2147483641 -2147483641 -2147483648 306783378 -2] [-2: 2147483646 -2147483646 0 1073741824 0] [-1: 2147483647 -2147483647 -2147483648 - -] [0: -2147483648 -2147483648 0 - -] [1: -2147483647 2147483647 -2147483648 -2147483648 0] [2: -2147483646 2147483646 0 -1073741824 0] [7: -2147483641 2147483641 -2147483648 -306783378 -2] [65536: -2147418112 2147418112 0 -32768 0] [1000000007: -1147483641 1147483641 -2147483648 -2 -147483634] [2147483647: -1 1 -2147483648 -1 -1]
int a=-2147483648 neg=-2147483648 not=2147483647
int a=-2147483647 neg=2147483647 not=2147483646
int a=-1000000007 neg=1000000007 not=1000000006
int a=-7: [-2147483648: 2147483641 2147483641 -2147483648 0 -7] [-2147483647: 2147483642 2147483640 2147483641 0 -7] [-1000000007: -1000000014 1000000000 -1589934543 0 -7] [-7: -14 0 49 1 0] [-2: -9 -5 14 3 -1] [-1: -8 -6 7 7 0] [0: -7 -7 0 - -] [1: -6 -8 -7 -7 0] [2: -5 -9 -14 -3 -1] [7: 0 -14 -49 -1 0] [65536: 65529 -65543 -458752 0 -7] [1000000007: 1000000000 -1000000014 1589934543 0 -7] [2147483647: 2147483640 2147483642 -2147483641 0 -7]
int a=-7 neg=7 not=6
int a=-2 neg=2 not=1
int a=-1 neg=1 not=0
int a=0 neg=0 not=-1
int a=1 neg=-1 not=-2
int a=2 neg=-2 not=-3
int a=7 neg=-7 not=-8
int a=65536 neg=-65536 not=-65537
int a=1000000007: [-2147483648: -1147483641 -1147483641 -2147483648 0 1000000007] [-2147483647: -1147483640 -1147483642 -1147483641 0 1000000007] [-1000000007: 0 2000000014 371520463 -1 0] [-7: 1000000000 1000000014 1589934543 -142857143 6] [-2: 1000000005 1000000009 -2000000014 -500000003 1] [-1: 1000000006 1000000008 -1000000007 -1000000007 0] [0: 1000000007 1000000007 0 - -] [1: 1000000008 1000000006 1000000007 1000000007 0] [2: 1000000009 1000000005 2000000014 500000003 1] [7: 1000000014 1000000000 -1589934543 142857143 6] [65536: 1000065543 999934471 -905510912 15258 51719] [1000000007: 2000000014 0 -371520463 1 0] [2147483647: -1147483642 -1147483640 1147483641 0 1000000007]
int a=1000000007 neg=-1000000007 not=-1000000008
int a=2147483647 neg=-2147483647 not=-2147483648
int checksum 6560810271090418667
long a=-3: [-9223372036854775808: 9223372036854775805 9223372036854775805 -9223372036854775808 0 -3] [-4294967296: -4294967299 4294967293 12884901888 0 -3] [-3: -6 0 9 1 0] [-1: -4 -2 3 3 0] [0: -3 -3 0 - -] [1: -2 -4 -3 -3 0] [3: 0 -6 -9 -1 0] [4294967295: 4294967292 -4294967298 -12884901885 0 -3] [1099511627776: 1099511627773 -1099511627779 -3298534883328 0 -3] [9223372036854775807: 9223372036854775804 9223372036854775806 -9223372036854775805 0 -3]
long a=9223372036854775807: [-9223372036854775808: -1 -1 -9223372036854775808 0 9223372036854775807] [-4294967296: 9223372032559808511 -9223372032559808513 4294967296 -2147483647 4294967295] [-3: 9223372036854775804 -9223372036854775806 -9223372036854775805 -3074457345618258602 1] [-1: 9223372036854775806 -9223372036854775808 -9223372036854775807 -9223372036854775807 0] [0: 9223372036854775807 9223372036854775807 0 - -] [1: -9223372036854775808 9223372036854775806 9223372036854775807 9223372036854775807 0] [3: -9223372036854775806 9223372036854775804 9223372036854775805 3074457345618258602 1] [4294967295: -9223372032559808514 9223372032559808512 9223372032559808513 2147483648 2147483647] [1099511627776: -9223370937343148033 9223370937343148031 -1099511627776 8388607 1099511627775] [9223372036854775807: -2 0 1 1 0]
long checksum 4347861771541774094
PASS
--- stderr
*/
