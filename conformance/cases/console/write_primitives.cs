// console/write_primitives: every Console.Write/Console.WriteLine overload for primitives:
// bool, char, char[], char[] with index/count, int, uint, long, ulong, float, double,
// object (incl. null), string (incl. null), and WriteLine(). The float/double overloads use
// the current culture, which the case pins to the invariant culture first.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.Write(true); Console.Write(' '); Console.Write(false); Console.WriteLine();
        Console.Write('x'); Console.WriteLine('y');
        Console.Write(new[] { 'a', 'b', 'c' }); Console.WriteLine(new[] { 'd', 'e' });
        Console.Write(new[] { '0', '1', '2', '3', '4' }, 1, 3); Console.WriteLine(new[] { 'p', 'q', 'r' }, 2, 1);
        Console.Write(int.MinValue); Console.Write(' '); Console.WriteLine(int.MaxValue);
        Console.Write(uint.MaxValue); Console.Write(' '); Console.WriteLine(0u);
        Console.Write(long.MinValue); Console.Write(' '); Console.WriteLine(-1L);
        Console.Write(ulong.MaxValue); Console.Write(' '); Console.WriteLine(42UL);
        Console.Write(1.5f); Console.Write(' '); Console.WriteLine(-0.0f);
        Console.Write(0.1); Console.Write(' '); Console.WriteLine(double.NegativeInfinity);
        Console.Write((object)123); Console.Write('|'); Console.Write((object?)null); Console.Write('|'); Console.WriteLine((object)'z');
        Console.Write("str"); Console.Write((string?)null); Console.WriteLine((string?)null);
        Console.WriteLine("after null line");
        Console.WriteLine((short)-7);
        Console.WriteLine((byte)255);
        Console.WriteLine((sbyte)-128);
        Console.WriteLine(3.0);
        Console.WriteLine(1e21);
        Console.WriteLine(new object());
        Console.WriteLine(string.Empty);
        Console.WriteLine(new char[0]);
        Console.WriteLine("end");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
True False
xy
abcde
123r
-2147483648 2147483647
4294967295 0
-9223372036854775808 -1
18446744073709551615 42
1.5 -0
0.1 -Infinity
123||z
str
after null line
-7
255
-128
3
1E+21
System.Object


end
--- stderr
*/
